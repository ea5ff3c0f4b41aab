"""Graph files for other tools: GraphML (Gephi, yEd, Cytoscape) and CSV (spreadsheets), via networkx.

Node and edge attributes follow the property-graph schema (``key``, ``type`` = the node label, ``label`` = ``name`` as
Gephi expects, ``name``, ``aliases`` ... ``amount_cny``,
``ev_sentence``). GraphML and CSV have no lists, so list values are joined with :data:`LIST_SEPARATOR`;
missing values are left out (GraphML) or empty cells (CSV).

>>> from kg.model import Entity, EntityType, Graph
>>> e = Entity(EntityType.FIRM, "甲公司", aliases=("甲", "甲集团"))
>>> to_networkx(Graph({e.key: e})).nodes["firm:甲公司"]["aliases"]
'甲|甲集团'
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.model import Entity, EntityType, Graph, Relation

LIST_SEPARATOR = "|"
NODE_COLUMNS = ("key", "type", "label", "name", "aliases", "sources", "n_sources", "level", "code", "park_type",
                "place_code", "stage", "year", "timeline", "chain", "position", "keywords")
EDGE_COLUMNS = ("source", "target", "type", "amount_cny", "amount", "currency", "year", "stage", "provenance",
                "n_evidence", "confidence", "ev_doc", "ev_sentence", "ev_start", "ev_end", "ev_rule")


def _join(values: Any) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values)


def node_properties(e: Entity) -> dict[str, Any]:
    """The schema's node properties of ``e`` (lists joined, missing values dropped)."""
    props: dict[str, Any] = {"key": e.key, "type": e.type.label, "label": e.name, "name": e.name, "aliases": _join(e.aliases),
                             "sources": _join(e.sources), "n_sources": len(e.sources)}
    a = e.attrs
    if e.type is EntityType.PLACE:
        props.update(level=e.level, code=e.code)
    elif e.type is EntityType.PARK:
        props.update(park_type=a.get("park_type"), place_code=a.get("place_code"))
    elif e.type is EntityType.PROJECT:
        from kg.rdf.triples import project_stage_year

        stage, year = project_stage_year(a)
        timeline = [f"{t.get('year') or ''}|{t.get('stage') or ''}|{t.get('doc_id') or ''}"
                    for t in a.get("timeline") or ()]
        props.update(stage=stage, year=year, timeline=";".join(timeline))
    elif e.type is EntityType.INDUSTRY:
        props.update(chain=a.get("chain"), position=a.get("position"), keywords=_join(a.get("keywords") or ()))
    return {k: v for k, v in props.items() if v is not None}


def edge_properties(r: Relation) -> dict[str, Any]:
    """The schema's relationship properties of ``r`` (evidence lists joined, missing values dropped)."""
    ev = r.evidence
    props: dict[str, Any] = {
        "type": r.type.value, "amount_cny": r.amount_cny, "amount": r.amount, "currency": r.currency,
        "year": r.year, "stage": r.stage, "provenance": r.provenance, "n_evidence": len(ev),
        "confidence": max((x.confidence for x in ev), default=None),
        "ev_doc": _join(x.doc_id for x in ev), "ev_sentence": _join(x.sentence.replace(LIST_SEPARATOR, "｜")
                                                                   for x in ev),
        "ev_start": _join(x.start for x in ev), "ev_end": _join(x.end for x in ev),
        "ev_rule": _join(x.rule for x in ev),
    }
    return {k: v for k, v in props.items() if v is not None}


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The graph as a networkx MultiDiGraph keyed by entity key; edge keys are relation types."""
    g = nx.MultiDiGraph()
    for key in sorted(graph.entities):
        g.add_node(key, **node_properties(graph.entities[key]))
    for r in sorted(graph.relations, key=lambda r: r.key):
        for end in (r.source, r.target):
            if end not in g:  # a relation to an entity the graph lacks: keep it, with what the key says
                g.add_node(end, key=end, type=end.split(":", 1)[0].capitalize(), label=end.split(":", 1)[-1],
                           name=end.split(":", 1)[-1])
        g.add_edge(r.source, r.target, key=r.type.value, **edge_properties(r))
    return g


def write_graphml(graph: Graph, path: str | Path) -> Path:
    """Write GraphML (UTF-8, typed attributes) to ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        nx.write_graphml(to_networkx(graph), path, encoding="utf-8", named_key_ids=True)
    except OSError as exc:
        raise ExportError(f"{path}: cannot write GraphML ({exc.strerror or exc})") from exc
    return path


def write_csv(graph: Graph, folder: str | Path) -> tuple[Path, Path]:
    """Write ``nodes.csv`` and ``edges.csv`` (UTF-8 with BOM, so spreadsheet programs read Chinese) into ``folder``."""
    folder = Path(folder)
    g = to_networkx(graph)
    nodes, edges = folder / "nodes.csv", folder / "edges.csv"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(nodes, "w", newline="", encoding="utf-8-sig") as fh:
            w = csv.DictWriter(fh, NODE_COLUMNS, extrasaction="ignore")
            w.writeheader()
            w.writerows(data for _, data in g.nodes(data=True))
        with open(edges, "w", newline="", encoding="utf-8-sig") as fh:
            w = csv.DictWriter(fh, EDGE_COLUMNS, extrasaction="ignore")
            w.writeheader()
            w.writerows({"source": s, "target": t, **data} for s, t, data in g.edges(data=True))
    except OSError as exc:
        raise ExportError(f"{folder}: cannot write CSV ({exc.strerror or exc})") from exc
    return nodes, edges
