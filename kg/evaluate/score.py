"""Score predicted records against gold records, document by document (rules in :mod:`kg.evaluate`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.evaluate.names import (
    ENTITY_TYPES,
    LOCATION_TYPES,
    DontCare,
    compare_form,
    compare_text,
    industry_match,
)
from kg.evaluate.records import Doc, Ent, EvalError, Rel, parse_doc, read_records
from kg.evaluate.report import ARROW, SCORED_TYPES, AmountScore, Counts, DocDiff, Report

# The entity types each end of a relation may refer to (None: a free industry word, not an entity).
SLOT_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "INVESTS_IN": (("firm",), ("project",)),
    "LOCATED_IN": (("project", "park", "firm"), ("park", "place")),
    "PART_OF": (("place",), ("place",)),
    "IN_INDUSTRY": (("project", "firm"), None),
}
# An amount is right when within this fraction of the gold amount.
AMOUNT_TOLERANCE = 0.005

Node = tuple[str, ...]  # ("g"|"p", type, index) for entities, ("?", name) for names no entity carries


def pair_entities(preds: tuple[Ent, ...], golds: tuple[Ent, ...]) -> dict[int, int]:
    """Pair predicted with gold entities (index -> index) by a maximum matching of intersecting name sets.

    Among maximum matchings, pairs whose names are equal are preferred.
    """
    g = nx.Graph()
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
    """The entity a relation end names: by name first, then by alias, trying ``types`` in order, then the
    other entity types (a LOCATED_IN between places still takes part in the closure)."""
    cf = compare_form(name)
    for use_alias, any_type in ((False, False), (True, False), (False, True), (True, True)):
        for t in ENTITY_TYPES if any_type else types:
            for i, e in enumerate(doc.entities[t]):
                if (cf in e.lookup) if use_alias else (cf == e.key):
                    return t, i
    return None


def _reach(edges: Iterable[tuple[Node, Node]]) -> dict[Node, set[Node]]:
    g: nx.DiGraph = nx.DiGraph()
    g.add_edges_from(edges)
    return {n: nx.descendants(g, n) for n in g}


def _num(x: float | None) -> str:
    return "null" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


def _score_doc(gold: Doc, pred: Doc, predicted: bool) -> DocDiff:
    counts = {t: Counts() for t in SCORED_TYPES}
    missed: dict[str, list[str]] = {t: [] for t in SCORED_TYPES}
    spurious: dict[str, list[str]] = {t: [] for t in SCORED_TYPES}
    dc: DontCare = gold.dont_care

    # Entities: pair, then count; remember where each predicted entity went.
    to_gold: dict[Node, Node] = {}
    dont_care_nodes: set[Node] = set()
    for t in ENTITY_TYPES:
        pairs = pair_entities(pred.entities[t], gold.entities[t])
        fp = ignored = 0
        for i, e in enumerate(pred.entities[t]):
            if i in pairs:
                to_gold[("p", t, str(i))] = ("g", t, str(pairs[i]))
            elif dc.has_name(t, e.names):
                ignored += 1
                dont_care_nodes.add(("p", t, str(i)))
            else:
                fp += 1
                spurious[t].append(e.name)
        paired = set(pairs.values())
        missed[t] = [e.name for j, e in enumerate(gold.entities[t]) if j not in paired]
        counts[t] = Counts(len(pairs), fp, len(missed[t]), len(pairs), ignored)
    from_gold = {g: p for p, g in to_gold.items()}

    def node(doc: Doc, side: str, name: str, types: tuple[str, ...]) -> Node:
        hit = _resolve(doc, name, types)
        if hit is None:
            if side == "g":
                raise EvalError(f"gold {gold.doc_id}: relation end {name!r} is not a {'/'.join(types)} entity")
            return ("?", compare_form(name))
        return (side, hit[0], str(hit[1]))

    def names_of(n: Node) -> set[str]:
        if n[0] == "?":
            return {n[1]}
        out = set(pred.entities[n[1]][int(n[2])].names)
        if n in to_gold:
            g = to_gold[n]
            out |= gold.entities[g[1]][int(g[2])].names
        return out

    def is_dont_care(n: Node, types: tuple[str, ...]) -> bool:
        if n[0] == "?":
            return n[1] in pred.dropped or any(dc.has_name(t, {n[1]}) for t in types)
        return n in dont_care_nodes

    def resolve_all(doc: Doc, side: str) -> dict[tuple[str, Node, Any], Rel]:
        out: dict[tuple[str, Node, Any], Rel] = {}
        for r in doc.relations:
            st, ot = SLOT_TYPES[r.type]
            s = node(doc, side, r.subject, st)
            o: Any = compare_form(r.object) if ot is None else node(doc, side, r.object, ot)
            key = (r.type, s, o)
            if key not in out or (out[key].amount is None and r.amount is not None):
                out[key] = r
        return out

    gold_rels = resolve_all(gold, "g")
    pred_rels = resolve_all(pred, "p")
    gold_reach = _reach((s, o) for (t, s, o) in gold_rels if t in LOCATION_TYPES)
    pred_reach = _reach((s, o) for (t, s, o) in pred_rels if t in LOCATION_TYPES)
    pred_mapped = {(t, to_gold.get(s), o if t == "IN_INDUSTRY" else to_gold.get(o)) for (t, s, o) in pred_rels}
    amount = AmountScore()
    amounts: list[str] = []

    for (t, s, o), r in pred_rels.items():
        gs = to_gold.get(s)
        if t == "IN_INDUSTRY":
            right = gs is not None and any(
                t2 == t and s2 == gs and industry_match(o, o2) for (t2, s2, o2) in gold_rels
            )
        else:
            go = to_gold.get(o)
            if t in LOCATION_TYPES:
                right = gs is not None and go is not None and go in gold_reach.get(gs, ())
            else:
                right = (t, gs, go) in gold_rels
        c = counts[t]
        if right:
            counts[t] = Counts(c.tp, c.fp, c.fn, c.tp_pred + 1, c.ignored)
            if t == "INVESTS_IN":
                g_amt = gold_rels[(t, gs, go)].amount
                if g_amt is not None or r.amount is not None:
                    ok = g_amt is not None and r.amount is not None and (
                        abs(r.amount - g_amt) <= AMOUNT_TOLERANCE * abs(g_amt)
                    )
                    amount = amount + AmountScore(int(ok), 1)
                    if not ok:
                        amounts.append(
                            f"{r.subject}{ARROW}{r.object}: gold {_num(g_amt)}, predicted {_num(r.amount)}"
                        )
            continue
        st, ot = SLOT_TYPES[t]
        o_names = {o} if ot is None else names_of(o)
        if (
            dc.has_relation(t, names_of(s), o_names)
            or is_dont_care(s, st)
            or (ot is not None and is_dont_care(o, ot))
        ):
            counts[t] = Counts(c.tp, c.fp, c.fn, c.tp_pred, c.ignored + 1)
        else:
            counts[t] = Counts(c.tp, c.fp + 1, c.fn, c.tp_pred, c.ignored)
            spurious[t].append(f"{r.subject}{ARROW}{r.object}")

    for (t, gs, go), r in gold_rels.items():
        if t == "IN_INDUSTRY":
            found = any(
                t2 == t and s2 == gs and industry_match(go, o2) for (t2, s2, o2) in pred_mapped if s2 is not None
            )
        elif t in LOCATION_TYPES:
            ps, po = from_gold.get(gs), from_gold.get(go)
            found = ps is not None and po is not None and po in pred_reach.get(ps, ())
        else:
            found = (t, gs, go) in pred_mapped
        c = counts[t]
        if found:
            counts[t] = Counts(c.tp + 1, c.fp, c.fn, c.tp_pred, c.ignored)
        else:
            counts[t] = Counts(c.tp, c.fp, c.fn + 1, c.tp_pred, c.ignored)
            missed[t].append(f"{r.subject}{ARROW}{r.object}")

    return DocDiff(
        gold.doc_id,
        predicted,
        counts,
        amount,
        {t: tuple(v) for t, v in missed.items()},
        {t: tuple(v) for t, v in spurious.items()},
        tuple(amounts),
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
    warnings = tuple(
        f"prediction for doc_id {k!r} is not in the gold; not scored" for k in preds if k not in gold
    )
    docs: list[DocDiff] = []
    notes: list[str] = []
    for gid, grec in gold.items():
        text = grec.get("text")
        if not isinstance(text, str):
            raise EvalError(f"gold {gid}: no text")
        text_cf = compare_text(text)
        g = parse_doc(grec, "gold", text_cf)
        notes.extend(f"gold {gid}: note not understood, not used as don't-care: {u}" for u in g.dont_care.unknown)
        prec = preds.get(gid)
        p = parse_doc(prec if prec is not None else {"doc_id": gid}, "prediction", text_cf)
        docs.append(_score_doc(g, p, prec is not None))
    totals = {t: sum((d.scores[t] for d in docs), Counts()) for t in SCORED_TYPES}
    amount = sum((d.amount for d in docs), AmountScore())
    return Report(totals, amount, tuple(docs), warnings + tuple(notes))


def score_files(
    gold_path: str | Path,
    pred: str | Path | Iterable[Mapping[str, Any]],
    doc_id: str | None = None,
) -> Report:
    """Read the gold JSONL and the predictions (a JSONL path, or records) and :func:`score` them."""
    gold_records = list(read_records(gold_path))
    pred_records = read_records(pred) if isinstance(pred, str | Path) else pred
    return score(gold_records, list(pred_records), doc_id)
