"""Graph files for other tools: GraphML (Gephi, yEd, Cytoscape) and CSV (spreadsheets), via networkx.

Every file is written to a temporary file and renamed into place when complete (:mod:`kg.atomic`): a failed
export leaves the previous files as they were. CSV text cells that a spreadsheet would run as formulas get a
leading single quote (:mod:`kg.cells`). XML cannot hold control characters: a graph with one is refused,
naming where it is (ingest removes them, so only a graph.json made elsewhere has any).

Node and edge attributes follow the property-graph schema (``key``, ``type`` = the node label, ``label`` =
``name`` as Gephi expects, ``name``, ``aliases`` ... ``amount_cny``, ``ev_sentence``). GraphML and CSV have no
lists, so list values are joined with :data:`LIST_SEPARATOR`; missing values are left out (GraphML) or empty
cells (CSV).

>>> from kg.model import Entity, EntityType, Graph
>>> e = Entity(EntityType.FIRM, "甲公司", aliases=("甲", "甲集团"))
>>> to_networkx(Graph({e.key: e})).nodes["firm:甲公司"]["aliases"]
'甲|甲集团'
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import atomic_write, out_of_space, staged_files
from kg.cells import spreadsheet_safe
from kg.errors import ExportError
from kg.model import Entity, EntityType, Graph, Relation

LIST_SEPARATOR = "|"
NODE_COLUMNS = ("key", "type", "label", "name", "aliases", "sources", "n_sources", "level", "code",
                "park_type", "place_code", "stage", "year", "timeline", "chain", "position", "keywords")
EDGE_COLUMNS = ("source", "target", "type", "amount_cny", "amount", "currency", "year", "stage", "provenance",
                "n_evidence", "confidence", "ev_doc", "ev_sentence", "ev_start", "ev_end", "ev_rule")


# Characters XML 1.0 cannot hold (C0 controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates).
RE_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _join(values: Any) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values)


def node_properties(e: Entity) -> dict[str, Any]:
    """The schema's node properties of ``e`` (lists joined, missing values dropped)."""
    props: dict[str, Any] = {"key": e.key, "type": e.type.label, "label": e.name, "name": e.name,
                             "aliases": _join(e.aliases), "sources": _join(e.sources),
                             "n_sources": len(e.sources)}
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
        props.update(chain=a.get("chain"), position=a.get("position"),
                     keywords=_join(a.get("keywords") or ()))
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


def to_networkx(graph: Graph) -> nx.MultiDiGraph[str]:
    """The graph as a networkx MultiDiGraph keyed by entity key; edge keys are relation types."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for key in sorted(graph.entities):
        g.add_node(key, **node_properties(graph.entities[key]))
    for r in sorted(graph.relations, key=lambda r: r.key):
        for end in (r.source, r.target):
            if end not in g:  # a relation to an entity the graph lacks: keep it, with what the key says
                g.add_node(end, key=end, type=end.split(":", 1)[0].capitalize(), label=end.split(":", 1)[-1],
                           name=end.split(":", 1)[-1])
        g.add_edge(r.source, r.target, key=r.type.value, **edge_properties(r))
    return g


def _write_failed(path: Path, what: str, exc: OSError) -> ExportError:
    if out_of_space(exc, path.parent):
        return ExportError(f"{path}: disk full while writing {what}; the previous file is kept")
    return ExportError(f"{path}: cannot write {what} ({exc.strerror or exc})")


def _check_xml_text(g: nx.MultiDiGraph[str], path: Path) -> None:
    """Raise ExportError naming the first node or edge property that holds a character XML cannot hold."""
    items = [(f"node {n}", d) for n, d in g.nodes(data=True)]
    items += [(f"relation {d.get('type')} {s} -> {t}", d) for s, t, d in g.edges(data=True)]
    for where, data in items:
        for name, value in data.items():
            m = RE_XML_ILLEGAL.search(value) if isinstance(value, str) else None
            if m:
                raise ExportError(
                    f"{path}: {where}: {name} holds U+{ord(m.group()):04X}, a control character XML cannot "
                    "hold; rebuild the graph with `kg build` (ingest removes control characters)"
                )


def write_graphml(graph: Graph, path: str | Path) -> Path:
    """Write GraphML (UTF-8, typed attributes) to ``path``."""
    path = Path(path)
    g = to_networkx(graph)
    _check_xml_text(g, path)
    try:
        with atomic_write(path, "wb") as fh:
            nx.write_graphml(g, fh, encoding="utf-8", named_key_ids=True)
    except OSError as exc:
        raise _write_failed(path, "GraphML", exc) from exc
    return path


def csv_rows(rows: Any, columns: tuple[str, ...]) -> Any:
    """Rows (dicts) with every text cell safe to open in a spreadsheet (see :mod:`kg.cells`)."""
    for row in rows:
        yield {k: spreadsheet_safe(v) for k, v in row.items() if k in columns}


def write_csv(graph: Graph, folder: str | Path) -> tuple[Path, Path]:
    """Write ``nodes.csv`` and ``edges.csv`` (UTF-8 with BOM, so spreadsheet programs read Chinese) into
    ``folder``, both or neither; text cells that would start a formula get a leading single quote."""
    folder = Path(folder)
    g = to_networkx(graph)
    nodes, edges = folder / "nodes.csv", folder / "edges.csv"
    try:
        with staged_files(folder) as stage:
            with open(stage / nodes.name, "w", newline="", encoding="utf-8-sig") as fh:
                w = csv.DictWriter(fh, NODE_COLUMNS)
                w.writeheader()
                w.writerows(csv_rows((data for _, data in g.nodes(data=True)), NODE_COLUMNS))
            with open(stage / edges.name, "w", newline="", encoding="utf-8-sig") as fh:
                w = csv.DictWriter(fh, EDGE_COLUMNS)
                w.writeheader()
                edge_rows = ({"source": s, "target": t, **data} for s, t, data in g.edges(data=True))
                w.writerows(csv_rows(edge_rows, EDGE_COLUMNS))
    except OSError as exc:
        raise _write_failed(folder, "CSV", exc) from exc
    return nodes, edges
