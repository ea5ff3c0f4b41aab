"""The firms phase: one node per firm across documents, groups linked to their units.

A firm's name is read by the naming grammar of registered firms (企业名称: 行政区划 + 字号 + 行业 + 组织形式,
:mod:`kg.resolve.firmnames`): ``山西易高能源有限公司`` is place 山西, core 易高能源 (字号 易高 + 行业 能源),
legal form 有限公司. Then:

1. **Clean**: a name holding the clause before it is cut to the name inside (锁定恒信化工股份有限公司 ->
   恒信化工股份有限公司); a "firm" named like a project (…项目), or with neither a legal form nor a trade
   name (相关医药, 多个电子, 能源化工), is dropped.
2. **Same core**: names with one core are one firm (易高能源, 山西易高能源有限公司) unless legal names put
   that core in different places (山西易高能源有限公司, 湖南易高能源有限公司): then a name without a place
   fits several firms and is kept apart.
3. **Brand**: a bare trade name (三赢兴公司, 恒信) joins the one firm whose name is that trade name plus an
   industry (三赢兴电子); when several fit it is kept apart.
4. **Groups and units**: a group (集团, 控股, a central SOE or a known ``<brand>集团``) never absorbs a firm;
   a firm whose core starts with the group's trade name (华润电力控股有限公司 and 华润), a branch whose name
   starts with the firm's (中国光大银行长沙分行), and a firm the text calls X旗下 get ``SUBSIDIARY_OF`` to the
   group.

The node's name is the most complete clean form: a specific legal form first, then a place, then the longest
core. Every merge, refusal, cut and link is reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.lexicon import Lexicon
from kg.model import Entity, EntityType, Evidence, Relation, RelType, make_key
from kg.resolve.firmnames import MIN_BRAND
from kg.resolve.firmnames import FirmName as FirmName
from kg.resolve.firmnames import FirmNamer as FirmNamer
from kg.resolve.firmnames import parse_firm_name as parse_firm_name
from kg.resolve.names import cut_clause
from kg.resolve.report import CLEANED, DROPPED, KEPT_APART, LINKED, MERGED, ResolveReport
from kg.resolve.state import Builder, DocState

PHASE = "firms"
# Legal forms of a unit of a firm (its name starts with the firm's).
BRANCH_FORMS = frozenset({"分公司", "分行", "支行", "子公司"})
# A "firm" whose name ends so is a project's name.
PROJECT_ENDINGS = ("项目", "工程")
NAMES_PROVENANCE = "names"  # a relation read from two firms' names (not stated by a sentence)
GROUP_RULE = "name:旗下"  # the evidence rule of a unit the text names X旗下Y


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        lo, hi = sorted((ra, rb))
        self.parent[hi] = lo
        return True

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in sorted(self.parent):
            out[self.find(x)].append(x)
        return dict(out)


@dataclass(frozen=True, slots=True)
class _Mention:
    doc: DocState
    entity: Entity
    names: tuple[str, ...]  # cleaned names, the main one first
    group: str  # the group a 旗下 clause names ('' when none)
    start: int  # offsets of the first mention ( -1 when unknown)
    end: int


def clean_mentions(docs: Iterable[DocState], namer: FirmNamer, report: ResolveReport) -> list[_Mention]:
    """Step 1: every firm entity with its names cut to the name inside; project names dropped."""
    out = []
    for d in docs:
        for e in d.entities(EntityType.FIRM):
            if e.name.endswith(PROJECT_ENDINGS):
                report.add(PHASE, DROPPED, e.name, reason=f"a project's name, not a firm's ({d.doc_id})")
                continue
            if namer.names_no_firm(e.name):
                report.add(PHASE, DROPPED, e.name,
                           reason=f"neither a legal form nor a trade name ({d.doc_id})")
                continue
            names: list[str] = []
            group = ""
            for raw in e.names:
                name, prefix, g = cut_clause(raw, namer.is_name)
                if prefix and raw == e.name:
                    report.add(PHASE, CLEANED, raw, name, f"'{prefix}' is part of the sentence ({d.doc_id})")
                group = group or g
                if name == raw and raw != e.name and not namer.is_specific(raw):
                    continue  # an alias that names no firm on its own (能源 of 榆林能源集团)
                names.append(name)
            start, end = e.mentions[0] if e.mentions else (-1, -1)
            out.append(_Mention(d, e, tuple(dict.fromkeys(names)), group, start, end))
    return out


def _join_same_core(uf: _UnionFind, namer: FirmNamer, joins: list[tuple[str, str, str]],
                    report: ResolveReport) -> None:
    """Step 2: names with one core are one firm, unless legal names put the core in different places."""
    by_core: dict[str, list[str]] = defaultdict(list)
    for n in sorted(uf.parent):
        p = namer.parse(n)
        if p.brand:
            by_core[p.core].append(n)
    for core, names in by_core.items():
        placed = [n for n in names if namer.parse(n).place_code]
        places = _place_groups(placed, namer)
        for group in places:
            for n in group[1:]:
                if uf.union(group[0], n):
                    joins.append((group[0], n, f"same name {core} in one place"))
        bare = [n for n in names if not namer.parse(n).place_code]
        for n in bare[1:]:
            if uf.union(bare[0], n):
                joins.append((bare[0], n, f"same name {core}"))
        if bare and len(places) == 1:
            if uf.union(places[0][0], bare[0]):
                joins.append((places[0][0], bare[0], f"{core} without its place; the only firm so named"))
        elif bare and len(places) > 1:
            options = "、".join(sorted(g[0] for g in places))
            if not any(uf.find(bare[0]) == uf.find(g[0]) for g in places):
                report.add(PHASE, KEPT_APART, bare[0], options, "fits firms registered in several places")


def _place_groups(names: list[str], namer: FirmNamer) -> list[list[str]]:
    """Names grouped by compatible place (one place inside the other), in name order."""
    groups: list[tuple[str, list[str]]] = []
    for n in names:
        code = namer.parse(n).place_code or ""
        for gcode, members in groups:
            if namer.gaz.is_within(code, gcode) or namer.gaz.is_within(gcode, code):
                members.append(n)
                break
        else:
            groups.append((code, [n]))
    return [members for _, members in groups]


def _join_brands(uf: _UnionFind, namer: FirmNamer, joins: list[tuple[str, str, str]],
                 report: ResolveReport) -> None:
    """Step 3: a bare trade name joins the one firm named by it plus an industry; never a group."""
    clusters = uf.groups()
    longer: dict[str, set[str]] = defaultdict(set)  # trade name -> roots of clusters with a longer core
    for root, names in clusters.items():
        for n in names:
            p = namer.parse(n)
            if p.brand and p.core != p.brand:
                longer[p.brand].add(root)
    for root, names in clusters.items():
        parsed = [namer.parse(n) for n in names]
        if not all(p.brand and p.core == p.brand for p in parsed) or any(namer.is_group(n) for n in names):
            continue
        brands = {p.brand for p in parsed}
        fits = sorted({r for b in brands for r in longer.get(b, ())} - {root})
        if len(fits) == 1:
            other, bare = _best(clusters[fits[0]], namer), _best(names, namer)
            if uf.union(fits[0], root):
                joins.append((bare, other, f"{bare} is the trade name of {other} and of no other firm"))
        elif len(fits) > 1:
            options = "、".join(sorted(_best(clusters[r], namer) for r in fits))
            report.add(PHASE, KEPT_APART, _best(names, namer), options, "trade name that fits several firms")


def _best(names: Iterable[str], namer: FirmNamer) -> str:
    return max(names, key=lambda n: namer.parse(n).completeness)


def resolve_firms(b: Builder, docs: list[DocState], lex: Lexicon, report: ResolveReport) -> None:
    """The firms phase: nodes for firms (keymaps filled), SUBSIDIARY_OF between groups and their units."""
    namer = FirmNamer(lex)
    mentions = clean_mentions(docs, namer, report)
    uf = _UnionFind()
    for m in mentions:
        for n in m.names:
            uf.add(n)
        for n in m.names[1:]:
            uf.union(m.names[0], n)
    joins: list[tuple[str, str, str]] = []  # (name, name, why) of each union of two firms' names
    _join_same_core(uf, namer, joins, report)
    _join_brands(uf, namer, joins, report)
    clusters = uf.groups()
    canonical = {root: _best(names, namer) for root, names in clusters.items()}
    for a, b2, reason in joins:
        name = canonical[uf.find(a)]
        report.add(PHASE, MERGED, "、".join(x for x in (a, b2) if x != name), name, reason)
    short = _unique_short_forms(clusters, canonical, namer)
    for m in mentions:
        if not m.names:
            continue
        root = uf.find(m.names[0])
        node = b.node(EntityType.FIRM, canonical[root])
        node.add_names(m.names, m.doc.doc_id)
        node.add_names(short.get(root, ()), None)
        m.doc.keymap[m.entity.key] = make_key(EntityType.FIRM, canonical[root])
    _link_units(b, clusters, canonical, mentions, uf, namer, report)


def _unique_short_forms(clusters: dict[str, list[str]], canonical: dict[str, str],
                        namer: FirmNamer) -> dict[str, list[str]]:
    """Short forms of each node's name that no other node has as a name or short form."""
    owner: dict[str, set[str]] = defaultdict(set)
    for root, names in clusters.items():
        for n in names:
            owner[n].add(root)
        for f in namer.short_forms(canonical[root]):
            owner[f].add(root)
    return {root: [f for f in namer.short_forms(canonical[root]) if owner[f] == {root}] for root in clusters}


def _link_units(b: Builder, clusters: dict[str, list[str]], canonical: dict[str, str],
                mentions: list[_Mention], uf: _UnionFind, namer: FirmNamer, report: ResolveReport) -> None:
    """Step 4: SUBSIDIARY_OF from a unit to its group (by trade name, by branch name, by a 旗下 clause)."""
    groups = {root: namer.group_brand(canonical[root]) for root, names in clusters.items()
              if any(namer.is_group(n) for n in names) and namer.parse(canonical[root]).brand}
    parent: dict[str, tuple[str, str, Evidence | None]] = {}  # unit root -> (group root, reason, evidence)
    for root, names in clusters.items():
        best: tuple[int, str, str] | None = None
        for n in names:
            p = namer.parse(n)
            for g, brand in groups.items():
                if (g != root and len(brand) >= MIN_BRAND and p.core.startswith(brand)
                        and len(p.core) > len(brand)):
                    cand = (len(brand), g, f"its name starts with the group's trade name {brand}")
                    best = max(best, cand) if best else cand
            if p.legal in BRANCH_FORMS:
                for g, gnames in clusters.items():
                    for x in gnames:
                        if g != root and len(x) >= 3 and n.startswith(x) and len(n) > len(x):
                            cand = (len(x) + 100, g, f"a {p.legal} of {x}")
                            best = max(best, cand) if best else cand
        if best:
            parent[root] = (best[1], best[2], None)
    by_core = {namer.parse(n).core: root for root, names in clusters.items() for n in names}
    for m in mentions:
        if not (m.group and m.names):
            continue
        group = uf.find(m.group) if m.group in uf.parent else by_core.get(namer.parse(m.group).core)
        unit = uf.find(m.names[0])
        if group and group != unit:
            ev = m.doc.evidence_at(m.start, m.end, GROUP_RULE) if m.start >= 0 else None
            parent[unit] = (group, f"named {m.group}旗下 in {m.doc.doc_id}", ev)
    for unit, (g, reason, ev) in sorted(parent.items()):
        s, t = make_key(EntityType.FIRM, canonical[unit]), make_key(EntityType.FIRM, canonical[g])
        if ev is None:
            b.relate(Relation(RelType.SUBSIDIARY_OF, s, t, provenance=NAMES_PROVENANCE))
        else:
            b.relate(Relation(RelType.SUBSIDIARY_OF, s, t, evidence=(ev,)))
        report.add(PHASE, LINKED, canonical[unit], canonical[g], reason)
