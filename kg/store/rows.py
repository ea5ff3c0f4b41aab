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

from collections.abc import Iterable, Mapping
from typing import Any

from kg.errors import StoreError
from kg.model import Entity, EntityType, Graph, Relation, RelType, normalise_name
from kg.store.schema import NAME_LABEL, NODE_PROPS, REL_PROPS

NodeRow = tuple[Any, ...]
RelRow = tuple[Any, ...]
RelGroup = tuple[str, str, str]  # (rel type, from label, to label)


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


def _timeline(attrs: Mapping[str, Any]) -> list[dict[str, Any]]:
    events = attrs.get("timeline") or ()
    return [e for e in events if isinstance(e, Mapping)]


def _timeline_strings(events: list[dict[str, Any]]) -> list[str]:
    """One ``YEAR|STAGE|DOC_ID`` string per event (missing parts empty)."""
    return [
        "|".join("" if e.get(k) is None else str(e.get(k)) for k in ("year", "stage", "doc_id"))
        for e in events
    ]


def _latest(events: list[dict[str, Any]]) -> tuple[str | None, int | None]:
    """The latest (stage, year) of a timeline: the last event of the greatest year."""
    best: tuple[int, int] | None = None
    stage = year = None
    for i, e in enumerate(events):
        y = _int(e.get("year"))
        rank = (-1 if y is None else y, i)
        if best is None or rank >= best:
            best, stage, year = rank, _text(e.get("stage")), y
    return stage, year


def node_row(e: Entity) -> NodeRow:
    """The row of one entity, in ``NODE_PROPS[label]`` order."""
    common = (e.key, e.name, list(e.aliases), list(e.sources), len(e.sources))
    a = e.attrs
    if e.type is EntityType.FIRM:
        return common
    if e.type is EntityType.PROJECT:
        events = _timeline(a)
        stage, year = _latest(events)
        return (
            *common,
            _text(a.get("stage")) or stage,
            _int(a.get("year")) or year,
            _timeline_strings(events),
        )
    if e.type is EntityType.PARK:
        return (*common, _text(a.get("park_type")), _text(a.get("place_code")))
    if e.type is EntityType.PLACE:
        return (*common, _text(e.level), _text(e.code))
    return (
        *common,
        _text(a.get("chain")),
        _int(a.get("position")),
        [str(k) for k in a.get("keywords") or ()],
    )


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
    label_of = {key: e.type.label for key, e in graph.entities.items()}
    out: dict[RelGroup, list[Relation]] = {}
    n = 0
    for r in graph.relations:
        src, dst = label_of.get(r.source), label_of.get(r.target)
        if src is None or dst is None:
            missing = r.source if src is None else r.target
            raise StoreError(
                f"relation {r.type.value} {r.source} -> {r.target}: no entity {missing!r} in the graph"
            )
        group = out.get((r.type.value, src, dst))
        if group is None:
            group = out[(r.type.value, src, dst)] = []
        group.append(r)
        n += 1
    if len({r.key for r in graph.relations}) != n:
        seen: set[tuple[str, str, str]] = set()
        for r in graph.relations:
            if r.key in seen:
                raise StoreError(
                    f"relation {r.type.value} {r.source} -> {r.target} occurs twice in the graph"
                )
            seen.add(r.key)
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
