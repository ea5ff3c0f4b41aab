"""What the resolution phases share: nodes being accumulated, each document's key map, relations by key."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg.lexicon.gazetteer import Place
from kg.model import Document, Entity, EntityType, Evidence, Extraction, Graph, Relation, make_key

# Stage order within a year (a later stage wins as "latest").
STAGE_ORDER = {"签约": 1, "落户": 2, "引进": 2, "投资": 3, "开工": 4, "建设": 5, "竣工": 6, "投产": 7}
# Where a sentence ends (for evidence built from a name's mention).
RE_SENTENCE_END = re.compile(r"[。！？!?；;\n]")


class NodeAcc:
    """Accumulates one node across documents: its name, aliases, sources and attributes."""

    def __init__(self, etype: EntityType, name: str, level: str | None = None,
                 code: str | None = None) -> None:
        self.type, self.name, self.level, self.code = etype, name, level, code
        self.aliases: dict[str, None] = {}
        self.sources: dict[str, None] = {}
        self.attrs: dict[str, Any] = {}

    def add_names(self, names: tuple[str, ...] | list[str], doc_id: str | None) -> None:
        for n in names:
            if n and n != self.name:
                self.aliases[n] = None
        if doc_id:
            self.sources[doc_id] = None

    def add(self, e: Entity, doc_id: str | None) -> None:
        self.add_names(e.names, doc_id)

    def entity(self) -> Entity:
        aliases = tuple(sorted(a for a in self.aliases if a != self.name))
        return Entity(self.type, self.name, aliases, (), self.level, self.code, tuple(sorted(self.sources)),
                      dict(sorted(self.attrs.items())))


@dataclass
class DocState:
    """One document during resolution: its extraction, region, and extraction key -> graph key map."""

    ex: Extraction
    region: Place | None
    keymap: dict[str, str] = field(default_factory=dict)
    # extraction key -> extraction key of its place/park
    located: dict[str, str] = field(default_factory=dict)

    @property
    def doc_id(self) -> str:
        return self.ex.doc.doc_id

    @property
    def text(self) -> str:
        return self.ex.doc.extraction_text

    def entities(self, etype: EntityType) -> list[Entity]:
        return [e for e in self.ex.entities if e.type is etype]

    def written(self, name: str) -> bool:
        """Whether ``name`` is written in the document (True when the document's text is not at hand)."""
        text = self.text
        return not text or name in text

    def evidence_at(self, start: int, end: int, rule: str) -> Evidence | None:
        """The sentence around ``[start, end)`` as evidence (None without the text)."""
        text = self.text
        if not text or end > len(text):
            return None
        s = max((m.end() for m in RE_SENTENCE_END.finditer(text, 0, start)), default=0)
        m = RE_SENTENCE_END.search(text, end)
        e = m.end() if m else len(text)
        return Evidence(self.doc_id, text[s:e].strip(), s, e, rule)


class Builder:
    """The graph under construction: nodes by key and relations by (type, source, target)."""

    def __init__(self) -> None:
        self.nodes: dict[str, NodeAcc] = {}
        self.rels: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
        self.docs: dict[str, Document] = {}

    def node(self, etype: EntityType, name: str, level: str | None = None,
             code: str | None = None) -> NodeAcc:
        """The node of this type and name (and code), created when new."""
        key = make_key(etype, name, code)
        if key not in self.nodes:
            self.nodes[key] = NodeAcc(etype, name, level, code)
        return self.nodes[key]

    def place_node(self, p: Place) -> str:
        key = make_key(EntityType.PLACE, p.name, p.code)
        if key not in self.nodes:
            self.nodes[key] = NodeAcc(EntityType.PLACE, p.name, p.level, p.code)
        return key

    def relate(self, r: Relation) -> None:
        self.rels[(r.type.value, r.source, r.target)].append(r)

    def graph(self) -> Graph:
        """The finished graph: project timelines sorted (latest stage and year), one relation per key."""
        entities: dict[str, Entity] = {}
        for k, a in self.nodes.items():
            if a.type is EntityType.PROJECT and "timeline" in a.attrs:
                finish_timeline(a)
            entities[k] = a.entity()
        relations = tuple(merge_relations(v) for _, v in sorted(self.rels.items()))
        return Graph(dict(sorted(entities.items())), relations, dict(sorted(self.docs.items())))


def finish_timeline(a: NodeAcc) -> None:
    """Sort a project's timeline events and set its latest stage and year."""
    tl = sorted({(t.get("year") or 0, STAGE_ORDER.get(t["stage"], 0), t["stage"], t["doc_id"])
                 for t in a.attrs["timeline"]})
    a.attrs["timeline"] = [{"year": y or None, "stage": st, "doc_id": d} for y, _, st, d in tl]
    last = tl[-1]
    a.attrs["stage"], a.attrs["year"] = last[2], last[0] or None


def merge_relations(rs: list[Relation]) -> Relation:
    """One relation from several: every evidence, the first amount stated, the latest year and stage."""
    r0 = rs[0]
    evidence: dict[Evidence, None] = {}
    for r in rs:
        for ev in r.evidence:
            evidence[ev] = None
    amount = next((r for r in rs if r.amount_cny is not None or r.amount is not None), None)
    years = [r.year for r in rs if r.year is not None]
    staged = sorted((r for r in rs if r.stage),
                    key=lambda r: (r.year or 0, STAGE_ORDER.get(r.stage or "", 0)))
    prov = "text" if any(r.provenance == "text" for r in rs) else r0.provenance
    return Relation(r0.type, r0.source, r0.target,
                    amount_cny=amount.amount_cny if amount else None,
                    amount=amount.amount if amount else None,
                    currency=amount.currency if amount else None,
                    year=max(years) if years else None,
                    stage=staged[-1].stage if staged else None,
                    evidence=tuple(sorted(evidence, key=lambda e: (e.doc_id, e.start, e.rule))),
                    provenance=prov)
