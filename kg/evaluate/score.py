"""Score predicted records against gold records, document by document (rules in :mod:`kg.evaluate`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.evaluate.names import (
    ENTITY_TYPES,
    LOCATION_TYPES,
    SLOT_TYPES,
    compare_form,
    compare_text,
    industry_match,
)
from kg.evaluate.records import Doc, Ent, EvalError, Rel, parse_doc, read_records
from kg.evaluate.report import ARROW, SCORED_TYPES, AmountScore, Counts, DocDiff, Report

# An amount is right when within this fraction of the gold amount.
AMOUNT_TOLERANCE = 0.005

# A relation end: ("g"|"p", type, index) for an entity of the gold or the prediction, ("?", name) for a name
# no predicted entity carries. A relation key: (type, subject node, object node or industry word).
Node = tuple[str, ...]
RelKey = tuple[str, Node, Any]


def pair_entities(preds: tuple[Ent, ...], golds: tuple[Ent, ...]) -> dict[int, int]:
    """Pair predicted with gold entities (index -> index) by a maximum matching of intersecting name sets.

    Among maximum matchings, pairs whose names are equal are preferred.
    """
    g: nx.Graph[tuple[str, int]] = nx.Graph()
    for i, p in enumerate(preds):
        for j, e in enumerate(golds):
            if not p.names.isdisjoint(e.names):
                g.add_edge(("p", i), ("g", j), weight=2 if p.key == e.key else 1)
    pairs: dict[int, int] = {}
    for a, b in nx.max_weight_matching(g, maxcardinality=True):
        (_, i), (_, j) = (a, b) if a[0] == "p" else (b, a)
        pairs[i] = j
    return pairs


def _resolve(doc: Doc, name: str, types: tuple[str, ...]) -> tuple[str, int] | None:
    """The entity a relation end names: by name, then by alias, among ``types`` and then any entity type
    (so that a LOCATED_IN between two places still takes part in the closure)."""
    cf = compare_form(name)
    for use_alias, any_type in ((False, False), (True, False), (False, True), (True, True)):
        for t in ENTITY_TYPES if any_type else types:
            for i, e in enumerate(doc.entities[t]):
                if (cf in e.lookup) if use_alias else (cf == e.key):
                    return t, i
    return None


def _reach(keys: Iterable[RelKey]) -> dict[Node, set[Node]]:
    """Transitive closure over LOCATED_IN and PART_OF: node -> every node it lies in."""
    g: nx.DiGraph[Node] = nx.DiGraph()
    g.add_edges_from((s, o) for (t, s, o) in keys if t in LOCATION_TYPES)
    return {n: nx.descendants(g, n) for n in g}


def _word_object(rtype: str) -> bool:
    """Whether the gold writes the relation's object as a free word (an industry), not as an entity."""
    return SLOT_TYPES[rtype][1] is None


def _num(x: float | None) -> str:
    return "null" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


def _amount_right(gold: float | None, pred: float | None) -> bool:
    return gold is not None and pred is not None and abs(pred - gold) <= AMOUNT_TOLERANCE * abs(gold)


class _DocScorer:
    """Scores one document: pairs entities, then judges relations through the pairs."""

    def __init__(self, gold: Doc, pred: Doc) -> None:
        self.gold, self.pred, self.dc = gold, pred, gold.dont_care
        self.tally: dict[str, Counter[str]] = {t: Counter() for t in SCORED_TYPES}
        self.missed: dict[str, list[str]] = {t: [] for t in SCORED_TYPES}
        self.spurious: dict[str, list[str]] = {t: [] for t in SCORED_TYPES}
        self.to_gold: dict[Node, Node] = {}
        self.dont_care: set[Node] = set()
        self.amount = AmountScore()
        self.amounts: list[str] = []

    def run(self, predicted: bool) -> DocDiff:
        for t in ENTITY_TYPES:
            self._entities(t)
        self._relations()
        counts = {
            t: Counts(c["tp"], c["fp"], c["fn"], c["tp_pred"], c["ignored"]) for t, c in self.tally.items()
        }
        return DocDiff(
            self.gold.doc_id,
            predicted,
            counts,
            self.amount,
            {t: tuple(v) for t, v in self.missed.items()},
            {t: tuple(v) for t, v in self.spurious.items()},
            tuple(self.amounts),
        )

    def _entities(self, t: str) -> None:
        golds, preds = self.gold.entities[t], self.pred.entities[t]
        pairs = pair_entities(preds, golds)
        for i, e in enumerate(preds):
            if i in pairs:
                self.to_gold[("p", t, str(i))] = ("g", t, str(pairs[i]))
            elif self.dc.has_name(e.names):
                self.tally[t]["ignored"] += 1
                self.dont_care.add(("p", t, str(i)))
            else:
                self.tally[t]["fp"] += 1
                self.spurious[t].append(e.name)
        paired = set(pairs.values())
        self.missed[t] = [e.name for j, e in enumerate(golds) if j not in paired]
        self.tally[t].update(tp=len(pairs), tp_pred=len(pairs), fn=len(self.missed[t]))

    def _node(self, side: str, name: str, types: tuple[str, ...]) -> Node:
        hit = _resolve(self.gold if side == "g" else self.pred, name, types)
        if hit is not None:
            return (side, hit[0], str(hit[1]))
        if side == "g":
            raise EvalError(
                f"gold {self.gold.doc_id}: relation end {name!r} is not a {'/'.join(types)} entity"
            )
        return ("?", compare_form(name))

    def _keyed(self, side: str) -> dict[RelKey, Rel]:
        """The side's relations by key (duplicates merged, keeping an amount where one gives it)."""
        out: dict[RelKey, Rel] = {}
        for r in (self.gold if side == "g" else self.pred).relations:
            st, ot = SLOT_TYPES[r.type]
            o = compare_form(r.object) if ot is None else self._node(side, r.object, ot)
            key = (r.type, self._node(side, r.subject, st), o)
            if key not in out or (out[key].amount is None and r.amount is not None):
                out[key] = r
        return out

    def _names(self, n: Node) -> set[str]:
        """Names a predicted relation end goes by (its own, and its gold partner's) for left-out relations."""
        if n[0] == "?":
            return {n[1]}
        out = set(self.pred.entities[n[1]][int(n[2])].names)
        if n in self.to_gold:
            g = self.to_gold[n]
            out |= self.gold.entities[g[1]][int(g[2])].names
        return out

    def _is_dont_care(self, n: Node) -> bool:
        if n[0] == "?":
            return n[1] in self.pred.dropped or self.dc.has_name({n[1]})
        return n in self.dont_care

    def _relations(self) -> None:
        gold_rels, pred_rels = self._keyed("g"), self._keyed("p")
        self._judge_predicted(pred_rels, gold_rels)
        self._judge_gold(gold_rels, pred_rels)

    def _judge_predicted(self, pred_rels: dict[RelKey, Rel], gold_rels: dict[RelKey, Rel]) -> None:
        """Each predicted relation: right (``tp_pred``), don't-care (``ignored``) or wrong (``fp``)."""
        gold_reach = _reach(gold_rels)
        g = self.to_gold.get
        for (t, s, o), r in pred_rels.items():
            word = _word_object(t)
            gs, go = g(s), (None if word else g(o))
            gold_rel = None  # the relation of the gold this one is (exact types: its amount is scored)
            if word:
                right = gs is not None and any(
                    k[0] == t and k[1] == gs and industry_match(o, k[2]) for k in gold_rels
                )
            elif t in LOCATION_TYPES:
                right = gs is not None and go is not None and go in gold_reach.get(gs, ())
            else:
                gold_rel = gold_rels.get((t, gs, go)) if gs is not None and go is not None else None
                right = gold_rel is not None
            if right:
                self.tally[t]["tp_pred"] += 1
                if gold_rel is not None:
                    self._amount(r, gold_rel)
            elif (
                self.dc.has_relation(t, self._names(s), {o} if word else self._names(o))
                or self._is_dont_care(s)
                or (not word and self._is_dont_care(o))
            ):
                self.tally[t]["ignored"] += 1
            else:
                self.tally[t]["fp"] += 1
                self.spurious[t].append(f"{r.subject}{ARROW}{r.object}")

    def _judge_gold(self, gold_rels: dict[RelKey, Rel], pred_rels: dict[RelKey, Rel]) -> None:
        """Each gold relation: found (``tp``) or missed (``fn``)."""
        pred_reach = _reach(pred_rels)
        g = self.to_gold.get
        # predicted relations with their ends replaced by gold partners (None where unpaired)
        mapped: set[tuple[str, Node | None, Any]] = {
            (t, g(s), o if _word_object(t) else g(o)) for (t, s, o) in pred_rels
        }
        from_gold = {v: k for k, v in self.to_gold.items()}
        for (t, gs, go), r in gold_rels.items():
            if _word_object(t):
                found = any(k[0] == t and k[1] == gs and industry_match(go, k[2]) for k in mapped)
            elif t in LOCATION_TYPES:
                ps, po = from_gold.get(gs), from_gold.get(go)
                found = ps is not None and po is not None and po in pred_reach.get(ps, ())
            else:
                found = (t, gs, go) in mapped
            if found:
                self.tally[t]["tp"] += 1
            else:
                self.tally[t]["fn"] += 1
                self.missed[t].append(f"{r.subject}{ARROW}{r.object}")

    def _amount(self, pred: Rel, gold: Rel) -> None:
        if gold.amount is None and pred.amount is None:
            return
        ok = _amount_right(gold.amount, pred.amount)
        self.amount = self.amount + AmountScore(int(ok), 1)
        if not ok:
            self.amounts.append(
                f"{pred.subject}{ARROW}{pred.object}: gold {_num(gold.amount)}, predicted {_num(pred.amount)}"
            )


def _by_id(records: Iterable[Mapping[str, Any]], side: str) -> dict[str, Mapping[str, Any]]:
    out: dict[str, Mapping[str, Any]] = {}
    for rec in records:
        doc_id = rec.get("doc_id") if isinstance(rec, Mapping) else None
        if not isinstance(doc_id, str) or not doc_id:
            raise EvalError(f"{side}: a record has no doc_id")
        if doc_id in out:
            raise EvalError(f"{side}: doc_id {doc_id!r} occurs twice")
        out[doc_id] = rec
    return out


def score(
    gold_records: Iterable[Mapping[str, Any]],
    pred_records: Iterable[Mapping[str, Any]],
    doc_id: str | None = None,
) -> Report:
    """Score predictions against gold, micro-averaged over the gold documents (only ``doc_id`` if given).

    A gold document with no prediction counts all its items as misses; predictions for doc_ids the gold
    lacks are reported in ``warnings`` and not scored.
    """
    gold = _by_id(gold_records, "gold")
    preds = _by_id(pred_records, "prediction")
    if doc_id is not None:
        if doc_id not in gold:
            raise EvalError(f"gold has no document {doc_id!r} (it has: {', '.join(gold)})")
        gold = {doc_id: gold[doc_id]}
        preds = {k: v for k, v in preds.items() if k == doc_id}
    warnings = [f"prediction for doc_id {k!r} is not in the gold; not scored" for k in preds if k not in gold]
    docs: list[DocDiff] = []
    for gid, grec in gold.items():
        if not isinstance(grec.get("text"), str):
            raise EvalError(f"gold {gid}: no text")
        text_cf = compare_text(grec["text"])
        g = parse_doc(grec, "gold", text_cf)
        warnings.extend(
            f"gold {gid}: note not understood, so not don't-care: {u}" for u in g.dont_care.unknown
        )
        prec = preds.get(gid)
        p = parse_doc(prec if prec is not None else {"doc_id": gid}, "prediction", text_cf)
        docs.append(_DocScorer(g, p).run(predicted=prec is not None))
    totals = {t: sum((d.scores[t] for d in docs), Counts()) for t in SCORED_TYPES}
    amount = sum((d.amount for d in docs), AmountScore())
    return Report(totals, amount, tuple(docs), tuple(warnings))


def score_files(
    gold_path: str | Path,
    pred: str | Path | Iterable[Mapping[str, Any]],
    doc_id: str | None = None,
) -> Report:
    """Read the gold JSONL and the predictions (a JSONL path, or records) and :func:`score` them."""
    gold_records = list(read_records(gold_path))
    pred_records = read_records(pred) if isinstance(pred, str | Path) else pred
    return score(gold_records, list(pred_records), doc_id)
