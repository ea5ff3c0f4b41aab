"""The places phase: one node per official code (a place the gazetteer does not know keeps its name as key),
and PART_OF edges from every coded place up to its province (provenance ``gazetteer``)."""

from __future__ import annotations

from kg.lexicon.gazetteer import Gazetteer
from kg.model import EntityType, Relation, RelType
from kg.resolve.report import KEPT_APART, ResolveReport
from kg.resolve.state import Builder, DocState

PHASE = "places"
GAZETTEER_PROVENANCE = "gazetteer"


def resolve_places(b: Builder, docs: list[DocState], gaz: Gazetteer, report: ResolveReport) -> None:
    """Place entities to nodes keyed by code; uncoded places are reported (they reach no province)."""
    uncoded: set[str] = set()
    for d in docs:
        for e in d.entities(EntityType.PLACE):
            p = gaz.get(e.code) if e.code else None
            if p is None:
                key = e.key
                if key not in b.nodes:
                    b.node(EntityType.PLACE, e.name, e.level)
                if e.name not in uncoded:
                    uncoded.add(e.name)
                    report.add(PHASE, KEPT_APART, e.name, reason="no official code (ambiguous or unknown): "
                               "kept as a node of its own, outside the place hierarchy")
            else:
                key = b.place_node(p)
            b.nodes[key].add(e, d.doc_id)
            d.keymap[e.key] = key


def add_place_hierarchy(b: Builder, gaz: Gazetteer) -> None:
    """PART_OF from each coded place to its parent, up to the province (parents become nodes too), and each
    coded place's ``full_name`` with the places above it (湖南省邵阳市大祥区), the name rows show."""
    for key, a in list(b.nodes.items()):
        if a.type is EntityType.PLACE and a.code:
            child = key
            for parent in gaz.parents(a.code):
                pk = b.place_node(parent)
                b.relate(Relation(RelType.PART_OF, child, pk, provenance=GAZETTEER_PROVENANCE))
                child = pk
    for a in b.nodes.values():
        if a.type is EntityType.PLACE and a.code and gaz.get(a.code):
            a.attrs["full_name"] = full_name(gaz, a.code)


def full_name(gaz: Gazetteer, code: str) -> str:
    """A place's name after those of the places above it (湖南省邵阳市大祥区); a municipality's districts are
    not doubled (北京市朝阳区).

    >>> full_name(Gazetteer.load(), "430503000000"), full_name(Gazetteer.load(), "110105000000")
    ('湖南省邵阳市大祥区', '北京市朝阳区')
    """
    place = gaz.get(code)
    if place is None:
        return ""
    names = [p.name for p in reversed(gaz.parents(code))] + [place.name]
    return "".join(n for i, n in enumerate(names) if i == 0 or n != names[i - 1])
