"""The projects phase: one node per project name and place (``project:<name>@<code>``), sited by its park's
place, its place, or the document's region; each document's stage and year kept in ``attrs["timeline"]``."""

from __future__ import annotations

from kg.model import EntityType, make_key
from kg.resolve.report import MERGED, ResolveReport
from kg.resolve.state import Builder, DocState

PHASE = "projects"


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
                where = b.nodes[f"place:{code}"].name if code and f"place:{code}" in b.nodes else "no known place"
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
