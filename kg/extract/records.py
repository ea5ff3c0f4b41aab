"""Extractions as JSON records in the gold schema's shape (../shared/gold/SCHEMA.md), with extra keys.

One record per document: ``doc_id, source, title, date, region, entities{firm,project,park,place,industry},
relations`` — relation ends are entity names, as in the gold; ``mentions``, ``code``, ``key`` and ``evidence``
are extra keys for people and tools.
"""

from __future__ import annotations

from typing import Any, Final

from kg.graphio import evidence_to_dict
from kg.model import Document, Entity, EntityType, Extraction, RelType

ENTITY_TYPES: Final = ("firm", "project", "park", "place", "industry")


def _aliases(e: Entity, doc: Document) -> list[str]:
    """The entity's aliases and, on a page that prints pinyin after characters (產(chǎn)), the forms it was
    found in as the page writes them: the text kg reads has the notes removed, a reader of the page (and an
    annotation of it) sees them."""
    out = list(e.aliases)
    if doc.pinyin:
        for form in dict.fromkeys(doc.text[s:t] for s, t in e.mentions):
            written = doc.as_written(form)
            if written != form and written != e.name and written not in out:
                out.append(written)
    return out


def to_record(ex: Extraction, with_text: bool = False) -> dict[str, Any]:
    """The gold-shaped record of one extraction: the facts the text states (a relation of another provenance,
    world knowledge added to a graph, is left out)."""
    doc = ex.doc
    names = {e.key: e.name for e in ex.entities}
    ents: dict[str, list[dict[str, Any]]] = {t: [] for t in ENTITY_TYPES}
    for e in ex.entities:
        d: dict[str, Any] = {"name": e.name, "aliases": _aliases(e, doc), "key": e.key,
                             "mentions": [list(m) for m in e.mentions]}
        if e.type is EntityType.PLACE:
            d["level"] = e.level
            d["code"] = e.code
        for k, v in e.attrs.items():
            d[k] = v
        ents[e.type.value].append(d)
    rels = []
    for r in ex.relations:
        if r.provenance != "text":
            continue
        s, t = names.get(r.source), names.get(r.target)
        if s is None or t is None:
            continue
        if r.type is RelType.INVESTS_IN:
            d = {"type": r.type.value, "firm": s, "project": t, "amount_cny": r.amount_cny}
            if r.currency and r.currency != "CNY":
                d["amount"] = r.amount
                d["currency"] = r.currency
            if r.year is not None:
                d["year"] = r.year
            if r.stage:
                d["stage"] = r.stage
        else:
            d = {"type": r.type.value, "subject": s, "object": t}
        if r.provenance != "text":
            d["provenance"] = r.provenance
        d["evidence"] = [evidence_to_dict(ev) for ev in r.evidence]
        rels.append(d)
    rec: dict[str, Any] = {"doc_id": doc.doc_id, "source": doc.source, "title": doc.title, "date": doc.date,
                           "region": doc.region}
    if with_text:
        rec["text"] = doc.text
    rec["entities"] = ents
    rec["relations"] = rels
    return rec
