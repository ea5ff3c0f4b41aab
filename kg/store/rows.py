"""Flatten a :class:`~kg.model.Graph` into rows per node label and per relationship (type, from, to).

This is the one place that turns entities and evidence into store rows: every backend and the Neo4j import
files read these. A row is a tuple in the column order of :mod:`kg.store.schema` (``key`` first for nodes;
``src``, ``dst`` then the properties for relationships); :func:`as_dicts` makes parameter maps of them.

>>> from kg.model import Entity, EntityType, Evidence, Graph, Relation, RelType
>>> f = Entity(EntityType.FIRM, "甲公司", sources=("d1",))
>>> t = [{"year": 2023, "stage": "开工", "doc_id": "d1"}]
>>> p = Entity(EntityType.PROJECT, "乙项目", attrs={"timeline": t})
>>> ev = Evidence("d1", "句。", 0, 2, "r1")
>>> r = Relation(RelType.INVESTS_IN, f.key, p.key, amount_cny=1e8, evidence=(ev,))
>>> g = Graph({f.key: f, p.key: p}, (r,))
>>> node_rows(g)["Project"]
[('project:乙项目', '乙项目', [], [], 0, '开工', 2023, ['2023|开工|d1'])]
>>> as_dicts("INVESTS_IN", rel_rows(g)[("INVESTS_IN", "Firm", "Project")])[0]["ev_sentence"]
['句。']
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, cast

from kg.errors import StoreError
from kg.model import RE_NAME_NOISE, Entity, EntityType, Graph, Relation, RelType, normalise_name
from kg.store.schema import LABEL_OF_TYPE, NAME_LABEL, NODE_PROPS, PLACE_LINK_PAIR, REL_PROPS

NodeRow = tuple[Any, ...]
RelRow = tuple[Any, ...]
RelGroup = tuple[str, str, str]  # (rel type, from label, to label)
NAME_JOIN = "\x00"  # joins names normalised in one pass (a starter no normal form composes or drops)

_TYPE_VALUE = attrgetter("type._value_")  # the enum's value without Enum's Python-level __get__ and __hash__
_RELATION_KEY = attrgetter("type._value_", "source", "target")


@dataclass(frozen=True, slots=True)
class ListColumn:
    """One list property of many rows, flat: every item in row order and each row's number of items."""

    items: list[Any]
    counts: list[int]

    @classmethod
    def of(cls, lists: Iterable[Sequence[Any]]) -> ListColumn:
        lists = list(lists)
        return cls(list(itertools.chain.from_iterable(lists)), list(map(len, lists)))


Column = list[Any] | ListColumn  # a table column: scalars, or a ListColumn for a list property


def _text(value: Any) -> str | None:
    """A string property: missing or empty -> None."""
    if value is None:
        return None
    s = str(value)
    return s or None


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _timeline(attrs: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    events = attrs.get("timeline") or ()
    return [e for e in events if isinstance(e, Mapping)]


def _timeline_strings(events: list[Mapping[str, Any]]) -> list[str]:
    """One ``YEAR|STAGE|DOC_ID`` string per event (missing parts empty)."""
    return [
        "|".join("" if e.get(k) is None else str(e.get(k)) for k in ("year", "stage", "doc_id"))
        for e in events
    ]


def _latest(events: list[Mapping[str, Any]]) -> tuple[str | None, int | None]:
    """The latest (stage, year) of a timeline: the last event of the greatest year."""
    best: tuple[int, int] | None = None
    stage = year = None
    for i, e in enumerate(events):
        y = _int(e.get("year"))
        rank = (-1 if y is None else y, i)
        if best is None or rank >= best:
            best, stage, year = rank, _text(e.get("stage")), y
    return stage, year


def _extra_values(e: Entity) -> tuple[Any, ...]:
    """The label-specific values of an entity, in ``NODE_PROPS[label]`` order after the common ones."""
    a = e.attrs
    if e.type is EntityType.FIRM:
        return ()
    if e.type is EntityType.PROJECT:
        events = _timeline(a)
        stage, year = _latest(events)
        return (_text(a.get("stage")) or stage, _int(a.get("year")) or year, _timeline_strings(events))
    if e.type is EntityType.PARK:
        return (_text(a.get("park_type")), _text(a.get("place_code")))
    if e.type is EntityType.PLACE:  # full_name: with the places above it (湖南省邵阳市), else the name
        return (_text(e.level), _text(e.code), _text(a.get("full_name")) or e.name)
    return (_text(a.get("chain")), _int(a.get("position")), [str(k) for k in a.get("keywords") or ()])


def node_row(e: Entity) -> NodeRow:
    """The row of one entity, in ``NODE_PROPS[label]`` order."""
    return (e.key, e.name, list(e.aliases), list(e.sources), len(e.sources), *_extra_values(e))


def rel_row(r: Relation) -> RelRow:
    """The row of one relation: ``src``, ``dst``, then ``REL_PROPS[type]`` (evidence as parallel lists)."""
    ev = r.evidence
    if len(ev) == 1:  # the common case, without the generic loop
        x = ev[0]
        tail: tuple[Any, ...] = (
            r.provenance,
            1,
            [x.doc_id],
            [x.sentence],
            [x.start],
            [x.end],
            [x.rule],
            x.confidence,
        )
    else:
        tail = (
            r.provenance,
            len(ev),
            [x.doc_id for x in ev],
            [x.sentence for x in ev],
            [x.start for x in ev],
            [x.end for x in ev],
            [x.rule for x in ev],
            max((x.confidence for x in ev), default=None),
        )
    if r.type is RelType.INVESTS_IN:
        extra = (_float(r.amount_cny), _float(r.amount), _text(r.currency), _int(r.year), _text(r.stage))
        return (r.source, r.target, *extra, *tail)
    return (r.source, r.target, *tail)


def node_rows(graph: Graph) -> dict[str, list[NodeRow]]:
    """Rows per node label (every label present, sorted by key)."""
    out: dict[str, list[NodeRow]] = {label: [] for label in NODE_PROPS}
    for key in sorted(graph.entities):
        e = graph.entities[key]
        out[e.type.label].append(node_row(e))
    return out


def group_relations(graph: Graph) -> dict[RelGroup, list[Relation]]:
    """Relations per (rel type, from label, to label), in graph order.

    Raises StoreError on a dangling endpoint or a (type, source, target) that occurs twice.
    """
    ents = graph.entities
    label_of = dict(zip(ents, entity_labels(ents.values()), strict=True))
    rels = graph.relations
    srcs = list(map(label_of.get, map(attrgetter("source"), rels)))
    dsts = list(map(label_of.get, map(attrgetter("target"), rels)))
    if None in srcs or None in dsts:
        for r, src, dst in zip(rels, srcs, dsts, strict=True):
            if src is None or dst is None:
                missing = r.source if src is None else r.target
                raise StoreError(
                    f"relation {r.type.value} {r.source} -> {r.target}: no entity {missing!r} in the graph"
                )
    if len(set(map(_RELATION_KEY, rels))) != len(rels):
        seen: set[tuple[str, str, str]] = set()
        for r in rels:
            if r.key in seen:
                raise StoreError(
                    f"relation {r.type.value} {r.source} -> {r.target} occurs twice in the graph"
                )
            seen.add(r.key)
    out: dict[RelGroup, list[Relation]] = {}
    # every end has a label now (a missing one raised above)
    groups = zip(map(_TYPE_VALUE, rels), cast("list[str]", srcs), cast("list[str]", dsts), strict=True)
    for r, group in zip(rels, groups, strict=True):
        members = out.get(group)
        if members is None:
            members = out[group] = []
        members.append(r)
    return out


def rel_rows(graph: Graph) -> dict[RelGroup, list[RelRow]]:
    """Rows per (rel type, from label, to label), in graph order (see :func:`group_relations`)."""
    return {g: [rel_row(r) for r in rels] for g, rels in group_relations(graph).items()}


def entity_names(e: Entity) -> list[str]:
    """The name index keys of an entity: its normalised name and aliases, without empties, sorted.

    >>> entity_names(Entity(EntityType.FIRM, "宏 华果业有限公司", aliases=("宏华果业", "“宏华”")))
    ['宏华', '宏华果业', '宏华果业有限公司']
    """
    return sorted({n for n in map(normalise_name, (e.name, *e.aliases)) if n})


def name_rows(graph: Graph) -> tuple[list[NodeRow], dict[str, list[RelRow]]]:
    """The name index: ``Name`` node rows ``(key,)`` (sorted) and ``NAMES`` rows ``(name key, entity key)``
    per entity label (in key order)."""
    names: set[str] = set()
    links: dict[str, list[RelRow]] = {label: [] for label in NODE_PROPS}
    for key in sorted(graph.entities):
        e = graph.entities[key]
        for n in entity_names(e):
            names.add(n)
            links[e.type.label].append((n, key))
    return [(n,) for n in sorted(names)], links


def node_columns(label: str) -> tuple[str, ...]:
    return tuple(p.name for p in NODE_PROPS[label])


def rel_columns(rel_type: str) -> tuple[str, ...]:
    return ("src", "dst", *(p.name for p in REL_PROPS[rel_type]))


def as_dicts(label_or_type: str, rows: Iterable[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """Rows as dicts keyed by column name (a node label or a rel type names the columns)."""
    if label_or_type == NAME_LABEL:
        cols: tuple[str, ...] = ("key",)
    elif label_or_type in NODE_PROPS:
        cols = node_columns(label_or_type)
    elif label_or_type in REL_PROPS:
        cols = rel_columns(label_or_type)
    else:  # the name index's NAMES rows
        cols = ("src", "dst")
    return [dict(zip(cols, row, strict=True)) for row in rows]


# -- column-wise tables (the embedded store's bulk load: no row tuples, the work stays in C) ---------------
def normalise_names(names: Sequence[str]) -> list[str]:
    """``[normalise_name(n) for n in names]`` in one pass over the joined text.

    >>> normalise_names(["宏 华果业", "“南三县”", "", "Ｅ"])
    ['宏华果业', '南三县', '', 'E']
    """
    text = NAME_JOIN.join(names)
    if names and text.count(NAME_JOIN) == len(names) - 1:  # no name holds the joiner itself
        out = RE_NAME_NOISE.sub("", unicodedata.normalize("NFKC", text)).split(NAME_JOIN)
        if len(out) == len(names):
            return out
    return list(map(normalise_name, names))


def entity_labels(entities: Iterable[Entity]) -> list[str]:
    """The node label of each entity."""
    return list(map(LABEL_OF_TYPE.__getitem__, map(_TYPE_VALUE, entities)))


def _floats(values: Iterable[Any]) -> list[float | None]:
    return [None if v is None else float(v) for v in values]


def node_table(label: str, keys: Sequence[str], entities: Sequence[Entity]) -> list[Column]:
    """The columns of ``node_row`` for entities of one label (``keys``: their keys, in the same order)."""
    sources = list(map(attrgetter("sources"), entities))
    n_sources = list(map(len, sources))
    cols: list[Column] = [
        list(keys),
        list(map(attrgetter("name"), entities)),
        ListColumn.of(map(attrgetter("aliases"), entities)),
        ListColumn(list(itertools.chain.from_iterable(sources)), n_sources),
        n_sources,
    ]
    n_extra = len(NODE_PROPS[label]) - len(cols)
    if n_extra:
        extra = list(zip(*map(_extra_values, entities), strict=True)) or [()] * n_extra
        props = NODE_PROPS[label][len(cols) :]
        cols += [ListColumn.of(c) if p.is_list else list(c) for p, c in zip(props, extra, strict=True)]
    return cols


def rel_table(rel_type: str, rels: Sequence[Relation]) -> list[Column]:
    """The columns of ``rel_row`` for relations of one type."""
    evidence = list(map(attrgetter("evidence"), rels))
    counts = list(map(len, evidence))
    flat = list(itertools.chain.from_iterable(evidence))
    cols: list[Column] = [list(map(attrgetter("source"), rels)), list(map(attrgetter("target"), rels))]
    if rel_type == RelType.INVESTS_IN.value:
        cols += [
            _floats(map(attrgetter("amount_cny"), rels)),
            _floats(map(attrgetter("amount"), rels)),
            [_text(v) for v in map(attrgetter("currency"), rels)],
            [_int(v) for v in map(attrgetter("year"), rels)],
            [_text(v) for v in map(attrgetter("stage"), rels)],
        ]
    confidence = list(map(attrgetter("confidence"), flat))
    if len(flat) != len(rels) or 0 in counts:  # the best of each relation's evidence
        it = iter(confidence)
        confidence = [max(itertools.islice(it, k)) if k else None for k in counts]
    cols += [
        list(map(attrgetter("provenance"), rels)),
        counts,
        *(
            ListColumn(list(map(attrgetter(a), flat)), counts)
            for a in ("doc_id", "sentence", "start", "end", "rule")
        ),
        confidence,
    ]
    return cols


def name_links(keys: Sequence[str], entities: Sequence[Entity]) -> tuple[list[str], list[str]]:
    """The ``NAMES`` rows of entities (in key order) as two columns: name keys (each entity's
    :func:`entity_names`) and entity keys."""
    names = normalise_names(list(map(attrgetter("name"), entities)))
    aliases = ListColumn.of(map(attrgetter("aliases"), entities))
    alias_names = iter(normalise_names(aliases.items))
    src: list[str] = []
    dst: list[str] = []
    for key, name, k in zip(keys, names, aliases.counts, strict=True):
        if not k:
            if name:
                src.append(name)
                dst.append(key)
            continue
        found = {name, *itertools.islice(alias_names, k)}
        found.discard("")
        for n in sorted(found):
            src.append(n)
            dst.append(key)
    return src, dst


def place_links(graph: Graph, groups: Mapping[RelGroup, Sequence[Relation]]) -> tuple[list[str], list[str]]:
    """The ``IN_PLACE`` rows (see :data:`~kg.store.schema.PLACE_LINK_REL`) as two columns, project keys and
    place keys: each project (in key order) to every place (in key order) one or two ``LOCATED_IN`` steps
    away, through anything (what ``(:Project)-[:LOCATED_IN*1..2]->(:Place)`` matches, once per pair).

    >>> from kg.model import Entity, EntityType, Graph, Relation, RelType
    >>> p, k = Entity(EntityType.PROJECT, "乙项目"), Entity(EntityType.PARK, "丙园")
    >>> a, b = Entity(EntityType.PLACE, "甲市"), Entity(EntityType.PLACE, "甲区")
    >>> rels = [Relation(RelType.LOCATED_IN, p.key, k.key), Relation(RelType.LOCATED_IN, k.key, a.key),
    ...         Relation(RelType.LOCATED_IN, p.key, b.key), Relation(RelType.PART_OF, b.key, a.key)]
    >>> g = Graph({e.key: e for e in (p, k, a, b)}, tuple(rels))
    >>> place_links(g, group_relations(g))
    (['project:乙项目', 'project:乙项目'], ['place:甲区', 'place:甲市'])
    """
    src_label, dst_label = PLACE_LINK_PAIR
    located = RelType.LOCATED_IN.value
    step: dict[str, list[str]] = {}
    is_place: set[str] = set()
    for (rel_type, _, b), rels in groups.items():
        if rel_type != located:
            continue
        for r in rels:
            step.setdefault(r.source, []).append(r.target)
            if b == dst_label:
                is_place.add(r.target)
    projects = sorted(k for k in step if graph.entities[k].type.label == src_label)
    src: list[str] = []
    dst: list[str] = []
    for key in projects:
        ends = set()
        for mid in step[key]:
            ends.add(mid)
            ends.update(step.get(mid, ()))
        for place in sorted(ends & is_place):
            src.append(key)
            dst.append(place)
    return src, dst
