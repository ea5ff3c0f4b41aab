"""The projects phase: one node per project name and place (``project:<name>@<code>``), sited by its park's
place, its place, or the document's region; each document's stage and year kept in ``attrs["timeline"]``.

A project the text places nowhere is LOCATED_IN its document's region (provenance ``region``: the document is
about that place, no sentence says so), so regional questions count it; the report says which documents placed
how many.
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon.gazetteer import Gazetteer
from kg.model import EntityType, Relation, RelType, make_key
from kg.resolve.report import CHOSEN, MERGED, ResolveReport
from kg.resolve.state import Builder, DocState

PHASE = "projects"
REGION_PROVENANCE = "region"  # a project placed in its document's region


def project_place(d: DocState, ekey: str, b: Builder) -> str | None:
    """The code of the place a project is in: its park's place, its place, else the document's region."""
    target = d.located.get(ekey)
    if target is not None:
        gk = d.keymap.get(target)
        if gk and gk.startswith("place:") and b.nodes[gk].code:
            return b.nodes[gk].code
        if gk and gk.startswith("park:"):
            pc = b.nodes[gk].attrs.get("place_code")
            if pc:
                return str(pc)
    return d.region.code if d.region else None


def resolve_projects(b: Builder, docs: list[DocState], report: ResolveReport) -> None:
    """The projects phase (after places and parks, which site the projects)."""
    first_doc: dict[str, str] = {}
    for d in docs:
        for e in d.entities(EntityType.PROJECT):
            code = project_place(d, e.key, b)
            a = b.node(EntityType.PROJECT, e.name, None, code)
            key = d.keymap[e.key] = _key(e.name, code)
            if key in first_doc and first_doc[key] != d.doc_id and d.doc_id not in a.sources:
                place = b.nodes.get(f"place:{code}") if code else None
                where = place.name if place else "no known place"
                report.add(PHASE, MERGED, f"{e.name} ({d.doc_id})", f"{e.name} ({first_doc[key]})",
                           f"same name in the same place ({where})")
            first_doc.setdefault(key, d.doc_id)
            a.add(e, d.doc_id)
            for ev in e.attrs.get("events", ()):
                a.attrs.setdefault("timeline", []).append({**ev, "doc_id": d.doc_id})
            if e.attrs.get("amount_cny") and "amount_cny" not in a.attrs:
                a.attrs["amount_cny"] = e.attrs["amount_cny"]


def _key(name: str, code: str | None) -> str:
    return make_key(EntityType.PROJECT, name, code)


def place_in_region(b: Builder, docs: list[DocState], gaz: Gazetteer, report: ResolveReport) -> None:
    """LOCATED_IN (provenance ``region``) from each project that no relation places to its document's
    region."""
    placed = {k[1] for k in b.rels if k[0] == RelType.LOCATED_IN.value}
    by_doc: dict[str, list[str]] = defaultdict(list)
    regions = {d.doc_id: d.region.name for d in docs if d.region is not None}
    for d in docs:
        if d.region is None:
            continue
        for e in d.entities(EntityType.PROJECT):
            key = d.keymap.get(e.key)
            if key is None or key in placed or b.nodes[key].code != d.region.code:
                continue
            placed.add(key)
            b.relate(Relation(RelType.LOCATED_IN, key, b.place_node(d.region), provenance=REGION_PROVENANCE))
            by_doc[d.doc_id].append(e.name)
    for doc_id, names in by_doc.items():
        report.add(PHASE, CHOSEN, f"{len(names)} project(s) of {doc_id}", regions[doc_id],
                   "the text places them nowhere: the document's region")
