"""Resolution: the extractions of all documents -> one :class:`~kg.model.Graph`.

* places become one node per official code, with PART_OF edges up to the province from the gazetteer
  (provenance ``gazetteer``);
* parks are keyed by canonical name (邵阳经开区 = 邵阳市经济技术开发区 = 邵阳经济技术开发区) and placed by their
  name prefix or the text;
* a firm's short name (易高能源) joins a legal name (山西易高能源有限公司) only when exactly one legal name in the
  corpus contains it; otherwise they stay apart and the report says so;
* projects merge when the same name sits in the same place (keys ``project:<name>@<code>``), keeping each
  document's stage and year in ``attrs["timeline"]``;
* industries come from the chain taxonomy (nodes with chain/position, UPSTREAM_OF edges), text words join the
  link they name;
* every node keeps all aliases and source documents, every edge all its evidence.

The same input always gives the same graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.lexicon import Lexicon
from kg.lexicon.gazetteer import Gazetteer, Place
from kg.lexicon.grammar import PARK_ABBREVIATIONS, RE_FIRM_LEGAL
from kg.lexicon.words import IndustryTaxonomy
from kg.model import Document, Entity, EntityType, Evidence, Extraction, Graph, Relation, RelType, make_key

FIRM, PROJECT, PARK, PLACE, INDUSTRY = (EntityType.FIRM, EntityType.PROJECT, EntityType.PARK, EntityType.PLACE,
                                        EntityType.INDUSTRY)
STAGE_ORDER = {"签约": 1, "落户": 2, "引进": 2, "投资": 3, "开工": 4, "建设": 5, "竣工": 6, "投产": 7}


@dataclass
class ResolveReport:
    """What resolution decided that a user may want to check."""

    merged_short_names: list[tuple[str, str]] = field(default_factory=list)  # (short, legal)
    ambiguous_short_names: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"firm {s} joined {legal}" for s, legal in self.merged_short_names]
        out += [f"firm {s} kept apart: several legal names contain it ({'、'.join(c)})"
                for s, c in self.ambiguous_short_names]
        return out


class _Acc:
    """Accumulates one node across documents."""

    def __init__(self, etype: EntityType, name: str, level: str | None = None, code: str | None = None) -> None:
        self.type, self.name, self.level, self.code = etype, name, level, code
        self.aliases: dict[str, None] = {}
        self.sources: dict[str, None] = {}
        self.attrs: dict[str, Any] = {}

    def add(self, e: Entity, doc_id: str | None) -> None:
        for n in e.names:
            if n != self.name:
                self.aliases[n] = None
        if doc_id:
            self.sources[doc_id] = None

    def entity(self) -> Entity:
        aliases = tuple(sorted(a for a in self.aliases if a != self.name))
        return Entity(self.type, self.name, aliases, (), self.level, self.code, tuple(sorted(self.sources)),
                      dict(sorted(self.attrs.items())))


def _place_node(acc: dict[str, _Acc], p: Place) -> str:
    key = make_key(PLACE, p.name, p.code)
    if key not in acc:
        acc[key] = _Acc(PLACE, p.name, p.level, p.code)
    return key


def resolve(extractions: Iterable[Extraction], report: ResolveReport | None = None,
            taxonomy: IndustryTaxonomy | None = None, lexicon: Lexicon | None = None) -> Graph:
    """One graph of everything the documents state, plus place hierarchy and chain taxonomy."""
    lex = lexicon or Lexicon.load()
    gaz = lex.gazetteer
    tax = taxonomy or lex.taxonomy
    report = report if report is not None else ResolveReport()
    exs = sorted(extractions, key=lambda x: x.doc.doc_id)
    nodes: dict[str, _Acc] = {}
    rels: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    docs: dict[str, Document] = {}

    # 1. taxonomy: industry nodes and UPSTREAM_OF edges
    for link in tax.links.values():
        key = make_key(INDUSTRY, link.name)
        a = nodes.setdefault(key, _Acc(INDUSTRY, link.name))
        a.attrs.update({"chain": link.chain, "position": link.position, "keywords": list(link.keywords)})
    for up, down in tax.upstream_edges():
        s, t = make_key(INDUSTRY, up), make_key(INDUSTRY, down)
        rels[(RelType.UPSTREAM_OF.value, s, t)].append(
            Relation(RelType.UPSTREAM_OF, s, t, provenance="taxonomy"))

    # 2. firm short names -> legal names, over the whole corpus
    firm_names = sorted({e.name for ex in exs for e in ex.entities if e.type is FIRM})
    legal = [n for n in firm_names if RE_FIRM_LEGAL.search(n)]
    firm_to: dict[str, str] = {}
    for n in firm_names:
        if RE_FIRM_LEGAL.search(n) or len(n) < 2:
            continue
        holders = tuple(x for x in legal if n in x and x != n)
        if len(holders) == 1:
            firm_to[n] = holders[0]
            report.merged_short_names.append((n, holders[0]))
        elif len(holders) > 1:
            report.ambiguous_short_names.append((n, holders))

    # 3. entities, per document, to graph keys
    for ex in exs:
        doc = ex.doc
        docs[doc.doc_id] = Document(doc.doc_id, doc.source, doc.title, doc.date, doc.region, "",
                                    publisher=doc.publisher)
        region = gaz.resolve(doc.region) if doc.region else None
        keymap: dict[str, str] = {}
        # places first: projects and parks are placed by them
        for e in ex.entities:
            if e.type is PLACE:
                p = gaz.get(e.code) if e.code else None
                if p is None:
                    k = e.key
                    nodes.setdefault(k, _Acc(PLACE, e.name, e.level, None))
                else:
                    k = _place_node(nodes, p)
                nodes[k].add(e, doc.doc_id)
                keymap[e.key] = k
        located: dict[str, str] = {}  # extraction key -> extraction key of its place/park
        for r in ex.relations:
            if r.type is RelType.LOCATED_IN:
                located.setdefault(r.source, r.target)
        for e in ex.entities:
            if e.type is PARK:
                canon = lex.park_canonical(e.name)
                name = canon[0] if canon else e.name
                k = make_key(PARK, name)
                a = nodes.setdefault(k, _Acc(PARK, name))
                a.add(e, doc.doc_id)
                if canon:
                    a.attrs.setdefault("park_type", canon[1])
                    for short in PARK_ABBREVIATIONS.get(canon[1], ()):
                        a.aliases[name[: -len(canon[1])] + short] = None
                if "place_code" not in a.attrs:
                    pc = _park_place(gaz, name, region)
                    if pc is None and located.get(e.key, "").startswith("place:"):
                        pc = located[e.key].split(":", 1)[1]
                    if pc is not None:
                        a.attrs["place_code"] = pc
                keymap[e.key] = k
            elif e.type is FIRM:
                name = firm_to.get(e.name, e.name)
                k = make_key(FIRM, name)
                a = nodes.setdefault(k, _Acc(FIRM, name))
                a.add(e, doc.doc_id)
                for short in firm_short_forms(gaz, name):
                    a.aliases[short] = None
                keymap[e.key] = k
            elif e.type is INDUSTRY:
                link = e.attrs.get("link")
                if not link:
                    hits = tax.find_industries(e.name)
                    link = hits[0].name if hits else None
                if link and link in tax.links:
                    k = make_key(INDUSTRY, link)
                else:
                    k = make_key(INDUSTRY, e.name)
                    nodes.setdefault(k, _Acc(INDUSTRY, e.name))
                nodes[k].add(e, doc.doc_id)
                keymap[e.key] = k
        # projects: sited by their park's place, their place, or the document's region
        for e in ex.entities:
            if e.type is not PROJECT:
                continue
            code = _project_place(e.key, located, keymap, nodes, region)
            k = make_key(PROJECT, e.name, code)
            a = nodes.setdefault(k, _Acc(PROJECT, e.name, None, code))
            a.add(e, doc.doc_id)
            for ev in e.attrs.get("events", ()):
                a.attrs.setdefault("timeline", []).append({**ev, "doc_id": doc.doc_id})
            if e.attrs.get("amount_cny") and "amount_cny" not in a.attrs:
                a.attrs["amount_cny"] = e.attrs["amount_cny"]
            keymap[e.key] = k
        for r in ex.relations:
            s, t = keymap.get(r.source), keymap.get(r.target)
            if s and t and s != t:
                rels[(r.type.value, s, t)].append(
                    Relation(r.type, s, t, r.amount_cny, r.amount, r.currency, r.year, r.stage, r.evidence,
                             r.provenance))

    # 4. parks are in their place (from the name); places are in their parents (gazetteer)
    for k, a in list(nodes.items()):
        if a.type is PARK and a.attrs.get("place_code"):
            p = gaz.get(a.attrs["place_code"])
            if p is not None:
                pk = _place_node(nodes, p)
                if not any(x[0] == RelType.LOCATED_IN.value and x[1] == k for x in rels):
                    rels[(RelType.LOCATED_IN.value, k, pk)].append(
                        Relation(RelType.LOCATED_IN, k, pk, provenance="gazetteer"))
    for k, a in list(nodes.items()):
        if a.type is PLACE and a.code:
            child = k
            for parent in gaz.parents(a.code):
                pk = _place_node(nodes, parent)
                rels[(RelType.PART_OF.value, child, pk)].append(
                    Relation(RelType.PART_OF, child, pk, provenance="gazetteer"))
                child = pk
    # text PART_OF that skips a level (湖南省郴州市桂阳县 gives 桂阳县->郴州市 too) is kept as stated

    # 5. finish: timelines sorted, latest stage/year, one relation per (type, source, target)
    entities: dict[str, Entity] = {}
    for k, a in nodes.items():
        if a.type is PROJECT and "timeline" in a.attrs:
            tl = sorted({(t.get("year") or 0, STAGE_ORDER.get(t["stage"], 0), t["stage"], t["doc_id"])
                         for t in a.attrs["timeline"]})
            a.attrs["timeline"] = [{"year": y or None, "stage": st, "doc_id": d} for y, _, st, d in tl]
            last = tl[-1]
            a.attrs["stage"], a.attrs["year"] = last[2], last[0] or None
        entities[k] = a.entity()
    relations = tuple(_merge(v) for _, v in sorted(rels.items()))
    return Graph(dict(sorted(entities.items())), relations, dict(sorted(docs.items())))


def firm_short_forms(gaz: Gazetteer, name: str) -> list[str]:
    """Short forms of a legal firm name by suffix grammar: 山西易高能源有限公司 -> 山西易高能源, 易高能源.

    >>> firm_short_forms(Gazetteer.load(), "山西易高能源有限公司")
    ['山西易高能源', '易高能源']
    """
    m = None
    for m in RE_FIRM_LEGAL.finditer(name):
        pass
    if m is None or m.end() != len(name) or m.start() < 2:
        return []
    core = name[: m.start()]
    out = [core]
    for p in gaz.find(core):
        if p.start == 0 and len(core) - p.end >= 2:
            out.append(core[p.end :])
        break
    return [x for x in out if len(x) >= 2 and x != name]


def _park_place(gaz: Gazetteer, park_name: str, region: Place | None) -> str | None:
    """The place a park's name starts with (邵阳经济技术开发区 -> 邵阳市), resolved near the region."""
    for m in gaz.find(park_name, region):
        if m.start == 0 and m.code:
            return m.code
        break
    return None


def _project_place(ekey: str, located: dict[str, str], keymap: dict[str, str], nodes: dict[str, _Acc],
                   region: Place | None) -> str | None:
    target = located.get(ekey)
    if target is not None:
        gk = keymap.get(target)
        if gk and gk.startswith("place:") and nodes[gk].code:
            return nodes[gk].code
        if gk and gk.startswith("park:"):
            pc = nodes[gk].attrs.get("place_code")
            if pc:
                return str(pc)
    return region.code if region else None


def _merge(rs: list[Relation]) -> Relation:
    """One relation from several: every evidence, the first amount stated, the latest year and stage."""
    r0 = rs[0]
    evidence: dict[Evidence, None] = {}
    for r in rs:
        for ev in r.evidence:
            evidence[ev] = None
    amount = next((r for r in rs if r.amount_cny is not None or r.amount is not None), None)
    years = [r.year for r in rs if r.year is not None]
    staged = sorted((r for r in rs if r.stage), key=lambda r: (r.year or 0, STAGE_ORDER.get(r.stage or "", 0)))
    prov = "text" if any(r.provenance == "text" for r in rs) else r0.provenance
    return Relation(r0.type, r0.source, r0.target,
                    amount_cny=amount.amount_cny if amount else None,
                    amount=amount.amount if amount else None,
                    currency=amount.currency if amount else None,
                    year=max(years) if years else None,
                    stage=staged[-1].stage if staged else None,
                    evidence=tuple(sorted(evidence, key=lambda e: (e.doc_id, e.start, e.rule))),
                    provenance=prov)
