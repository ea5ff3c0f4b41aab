"""The scores :func:`kg.evaluate.score` returns, and their text forms (a table and a per-document diff)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.evaluate.names import ENTITY_TYPES, RELATION_TYPES

SCORED_TYPES = ENTITY_TYPES + RELATION_TYPES
# Relation items in diffs are written "subject → object".
ARROW = " → "


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class Counts:
    """Counts for one type, micro-summed over documents.

    ``tp`` counts gold items found and ``fn`` gold items missed; ``tp_pred`` counts predictions judged
    right and ``fp`` predictions judged wrong; ``ignored`` counts predictions that hit a don't-care name.
    For entities ``tp == tp_pred`` (pairs are one to one); for LOCATED_IN, PART_OF and IN_INDUSTRY, which
    are checked against the other side's closure or by containment, the two can differ.
    Precision is ``tp_pred / (tp_pred + fp)``, recall ``tp / (tp + fn)``; both are None when there is
    nothing to divide.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_pred: int = 0
    ignored: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.tp_pred + other.tp_pred,
            self.ignored + other.ignored,
        )

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp_pred, self.tp_pred + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tp_pred": self.tp_pred,
            "ignored": self.ignored,
        }


@dataclass(frozen=True)
class AmountScore:
    """Amounts over INVESTS_IN pairs where gold or prediction gives one: ``right`` of ``n``."""

    right: int = 0
    n: int = 0

    def __add__(self, other: AmountScore) -> AmountScore:
        return AmountScore(self.right + other.right, self.n + other.n)

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.right, self.n)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "right": self.right, "n": self.n}


@dataclass(frozen=True)
class DocDiff:
    """What one document's prediction missed and added (names per type, relations as "s → o")."""

    doc_id: str
    predicted: bool = True  # False when the document had no prediction
    scores: dict[str, Counts] = field(default_factory=dict)
    amount: AmountScore = AmountScore()
    missed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spurious: dict[str, tuple[str, ...]] = field(default_factory=dict)
    amounts: tuple[str, ...] = ()  # wrong amounts, "firm → project: gold X, predicted Y"

    @property
    def clean(self) -> bool:
        return not (any(self.missed.values()) or any(self.spurious.values()) or self.amounts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "predicted": self.predicted,
            "missed": {t: list(v) for t, v in self.missed.items() if v},
            "spurious": {t: list(v) for t, v in self.spurious.items() if v},
            "amounts": list(self.amounts),
        }


@dataclass(frozen=True)
class Report:
    """Per-type scores micro-averaged over documents, amount accuracy, per-document diffs, warnings."""

    scores: dict[str, Counts]
    amount: AmountScore
    documents: tuple[DocDiff, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": {t: c.to_dict() for t, c in self.scores.items()},
            "amount": self.amount.to_dict(),
            "documents": [d.to_dict() for d in self.documents],
            "warnings": list(self.warnings),
        }


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def format_table(report: Report) -> str:
    """The scores as a plain-text table, one row per type, then the amount accuracy."""
    rows = [("type", "P", "R", "F1", "tp", "fp", "fn")]
    for t, c in report.scores.items():
        rows.append((t, _fmt(c.precision), _fmt(c.recall), _fmt(c.f1), str(c.tp), str(c.fp), str(c.fn)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(
            [row[0].ljust(widths[0])] + [cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)]
        )
        for row in rows
    ]
    a = report.amount
    lines.append(f"amount accuracy: {_fmt(a.accuracy)} ({a.right}/{a.n})")
    return "\n".join(lines)


def format_diff(report: Report) -> str:
    """Per document: the gold items missed and the predictions counted wrong, by type."""
    out: list[str] = []
    for d in report.documents:
        if d.clean:
            continue
        out.append(f"== {d.doc_id}" + ("" if d.predicted else " (no prediction)"))
        for t in SCORED_TYPES:
            if d.missed.get(t):
                out.append(f"  {t} missed: " + "、".join(d.missed[t]))
            if d.spurious.get(t):
                out.append(f"  {t} spurious: " + "、".join(d.spurious[t]))
        out.extend(f"  amount wrong: {a}" for a in d.amounts)
    return "\n".join(out)
