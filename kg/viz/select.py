"""Choose what a view shows: plain functions from a Graph (and a name) to a :class:`Selection` of entity keys.

Views: the whole graph, an ego network (``around``), a place, an industrial chain (optionally in a place), or
the entities named in recipe result rows (:func:`select_rows`, for ``kg viz --recipe`` once recipes exist). A
node cap keeps big views usable; :func:`cap` says what it left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kg.errors import KgError
from kg.model import Entity, EntityType, Graph, RelType, normalise_name

SUGGESTIONS = 5  # how many near names an unknown-name error lists


@dataclass(frozen=True, slots=True)
class Selection:
    """The entity keys a view shows, plus chain layout hints and a note on what the node cap left out."""

    keys: tuple[str, ...]
    title: str
    focus: tuple[str, ...] = ()  # keys the view is about (kept first by the cap)
    chain: tuple[str, ...] = ()  # chain views: industry keys, upstream first
    present: frozenset[str] = frozenset()  # chain + place: links with firms/projects in the place
    missing: frozenset[str] = frozenset()  # chain + place: links with none
    # chain + place: firms elsewhere (and their projects) at missing links
    candidates: frozenset[str] = frozenset()
    left_out: Mapping[str, int] = field(default_factory=dict)  # entity type -> count dropped by the cap
    total: int = 0  # entities before the cap


def _neighbours(graph: Graph) -> dict[str, set[str]]:
    nb: dict[str, set[str]] = defaultdict(set)
    for r in graph.relations:
        nb[r.source].add(r.target)
        nb[r.target].add(r.source)
    return nb


def _named(e: Entity, wanted: str, by_alias: bool) -> bool:
    """Whether ``e``'s name (or one of its aliases) is ``wanted`` once normalised."""
    if by_alias:
        return any(normalise_name(a) == wanted for a in e.aliases)
    return normalise_name(e.name) == wanted


def find_entity(graph: Graph, name: str, etype: EntityType | None = None) -> Entity:
    """The entity with this key, name or alias (normalised); KgError listing near names when there is none."""
    if name in graph.entities:
        return graph.entities[name]
    wanted = normalise_name(name)
    candidates = [e for e in graph.entities.values() if etype is None or e.type is etype]
    for by_alias in (False, True):
        hits = sorted((e for e in candidates if _named(e, wanted, by_alias)), key=lambda e: e.key)
        if hits:
            return hits[0]
    near = sorted(e.name for e in candidates if wanted and (wanted in normalise_name(e.name)
                                                           or normalise_name(e.name) in wanted))
    what = etype.value if etype else "entity"
    hint = f"; did you mean: {', '.join(near[:SUGGESTIONS])}" if near else ""
    raise KgError(f"no {what} named {name!r} in the graph{hint}")


def select_all(graph: Graph) -> Selection:
    return Selection(tuple(sorted(graph.entities)), "整个图谱 whole graph")


def select_around(graph: Graph, name: str, hops: int = 1) -> Selection:
    """The entity named ``name`` and everything within ``hops`` relations of it (either direction)."""
    start = find_entity(graph, name)
    nb = _neighbours(graph)
    dist = {start.key: 0}
    queue = deque([start.key])
    while queue:
        k = queue.popleft()
        if dist[k] >= hops:
            continue
        for n in sorted(nb[k]):
            if n not in dist:
                dist[n] = dist[k] + 1
                queue.append(n)
    keys = sorted((k for k in dist if k in graph.entities), key=lambda k: (dist[k], k))
    return Selection(tuple(keys), f"{start.name} ({hops} hop{'s' if hops > 1 else ''})", focus=(start.key,))


def place_members(graph: Graph, place: Entity) -> set[str]:
    """Keys of the place, the places inside it (PART_OF, any depth), what is located there (projects in its
    parks too), the firms investing in those projects and their industries."""
    children: dict[str, set[str]] = defaultdict(set)
    located: dict[str, set[str]] = defaultdict(set)
    invests: dict[str, set[str]] = defaultdict(set)
    industry: dict[str, set[str]] = defaultdict(set)
    for r in graph.relations:
        if r.type is RelType.PART_OF:
            children[r.target].add(r.source)
        elif r.type is RelType.LOCATED_IN:
            located[r.target].add(r.source)
        elif r.type is RelType.INVESTS_IN:
            invests[r.target].add(r.source)
        elif r.type is RelType.IN_INDUSTRY:
            industry[r.source].add(r.target)
    places, stack = {place.key}, [place.key]
    while stack:
        for c in children[stack.pop()] - places:
            places.add(c)
            stack.append(c)
    members = set(places)
    stack = list(places)
    while stack:  # parks in the place, projects in those parks, ...
        for x in located[stack.pop()] - members:
            members.add(x)
            stack.append(x)
    for k in list(members):
        members |= invests[k]
    for k in list(members):
        members |= industry[k]
    return {k for k in members if k in graph.entities}


def select_place(graph: Graph, name: str) -> Selection:
    place = find_entity(graph, name, EntityType.PLACE)
    keys = sorted(place_members(graph, place))
    return Selection(tuple(keys), f"{place.name}", focus=(place.key,))


def chain_links(graph: Graph, chain: str) -> list[Entity]:
    """The chain's industries, upstream first (by position, then name); KgError listing the chains if
    unknown."""
    links = [e for e in graph.entities.values()
             if e.type is EntityType.INDUSTRY and e.attrs.get("chain") == chain]
    if not links:
        chains = sorted({str(e.attrs["chain"]) for e in graph.entities.values()
                         if e.type is EntityType.INDUSTRY and e.attrs.get("chain")})
        allowed = ", ".join(chains) if chains else "none (the graph has no industries with a chain)"
        raise KgError(f"no industrial chain named {chain!r} in the graph; chains: {allowed}")
    return sorted(links, key=lambda e: (int(e.attrs.get("position") or 0), e.name))


def select_chain(graph: Graph, chain: str) -> Selection:
    """A chain's links with the projects and firms in each (IN_INDUSTRY), and the firms investing in those
    projects. (For a place, see :func:`select_chain_gaps`: the chain_gaps recipe's answer.)"""
    links = chain_links(graph, chain)
    link_keys = {e.key for e in links}
    attached: dict[str, set[str]] = defaultdict(set)
    investors: dict[str, set[str]] = defaultdict(set)
    for r in graph.relations:
        if r.type is RelType.IN_INDUSTRY and r.target in link_keys:
            attached[r.target].add(r.source)
        elif r.type is RelType.INVESTS_IN:
            investors[r.target].add(r.source)
    keys: list[str] = []
    for link in links:
        keys.append(link.key)
        for m in sorted(attached[link.key]):
            keys.append(m)
            keys.extend(sorted(investors[m]))
    keys = [k for k in dict.fromkeys(keys) if k in graph.entities]
    return Selection(tuple(keys), f"{chain} 产业链", focus=tuple(e.key for e in links),
                     chain=tuple(e.key for e in links))


def select_chain_gaps(graph: Graph, chain: str, place: str, rows: Iterable[Mapping[str, Any]]) -> Selection:
    """The 招商图 of a place: the chain's links, upstream first, from the chain_gaps recipe's answer ``rows``;
    a present link with the place's projects and their investors, a missing link with the firms elsewhere that
    invest in it (``candidates``) and their projects there."""
    links = chain_links(graph, chain)
    by_name = {e.name: e.key for e in links}
    # link -> name -> keys
    projects_at: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    investors: dict[str, set[str]] = defaultdict(set)
    for r in graph.relations:
        if r.type is RelType.IN_INDUSTRY and r.target in by_name.values() and r.source in graph.entities:
            projects_at[r.target][graph.entities[r.source].name].append(r.source)
        elif r.type is RelType.INVESTS_IN:
            investors[r.target].add(r.source)
    place_entity = find_entity(graph, place, EntityType.PLACE)
    local = place_members(graph, place_entity)
    keys: list[str] = [e.key for e in links]
    present: set[str] = set()
    missing: set[str] = set()
    candidates: set[str] = set()
    for row in rows:
        link = by_name.get(str(row.get("link")))
        if link is None:
            continue
        (present if row.get("present") else missing).add(link)
        for name in row.get("local_projects") or ():
            for p in projects_at[link].get(name, ()):
                if p in local:
                    keys += [p, *sorted(investors[p])]
        firm, project = row.get("candidate"), row.get("candidate_project")
        for p in projects_at[link].get(str(project), ()) if firm else ():
            backers = sorted(k for k in investors[p] if graph.entities[k].name == firm)
            if backers:
                keys += [p, *backers]
                candidates.update([p, *backers])
    keys = [k for k in dict.fromkeys(keys) if k in graph.entities]
    return Selection(tuple(keys), f"{chain} 产业链 · {place_entity.name} 招商图",
                     focus=tuple(e.key for e in links), chain=tuple(e.key for e in links),
                     present=frozenset(present),
                     missing=frozenset(missing - present), candidates=frozenset(candidates))


def select_rows(graph: Graph, rows: Iterable[Mapping[str, Any]], title: str) -> Selection:
    """The entities a recipe's result rows name (any value equal to an entity key, name or alias)."""
    index: dict[str, str] = {}
    for e in sorted(graph.entities.values(), key=lambda e: e.key, reverse=True):
        for n in (*e.names, e.key):
            index[normalise_name(n)] = e.key
    keys: list[str] = []
    for row in rows:
        for v in row.values():
            for item in v if isinstance(v, list | tuple) else (v,):
                if isinstance(item, str) and normalise_name(item) in index:
                    keys.append(index[normalise_name(item)])
    return Selection(tuple(dict.fromkeys(keys)), title, focus=tuple(dict.fromkeys(keys)))


def cap(graph: Graph, sel: Selection, max_nodes: int) -> Selection:
    """Keep at most ``max_nodes`` entities: focus first, then the most connected; count what is left out by
    type."""
    if len(sel.keys) <= max_nodes:
        return Selection(sel.keys, sel.title, sel.focus, sel.chain, sel.present, sel.missing, sel.candidates,
                         {}, len(sel.keys))
    chosen = set(sel.keys)
    degree: Counter[str] = Counter()
    for r in graph.relations:
        if r.source in chosen and r.target in chosen:
            degree[r.source] += 1
            degree[r.target] += 1
    focus = set(sel.focus)
    order = {k: i for i, k in enumerate(sel.keys)}
    ranked = sorted(sel.keys, key=lambda k: (k not in focus, -degree[k], order[k]))
    kept = set(ranked[:max_nodes])
    dropped = Counter(graph.entities[k].type.value for k in sel.keys if k not in kept)
    keys = tuple(k for k in sel.keys if k in kept)
    return Selection(keys, sel.title, sel.focus, tuple(k for k in sel.chain if k in kept), sel.present,
                     sel.missing, sel.candidates, dict(sorted(dropped.items())), len(sel.keys))
