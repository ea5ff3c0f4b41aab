"""Read and write the resolved :class:`~kg.model.Graph` as JSON, so exports need no database.

A store folder (default ``.kg`` in the working directory, or ``$KG_STORE``) holds ``graph.json`` (written by
``kg build``) next to the embedded database. Every export reads the graph from there.

>>> from kg.model import Entity, EntityType, Graph
>>> e = Entity(EntityType.FIRM, "甲公司", aliases=("甲",), sources=("d1",))
>>> g = Graph({e.key: e})
>>> from_dict(to_dict(g)) == g
True
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelType

GRAPH_FILE = "graph.json"
DEFAULT_STORE = ".kg"
FORMAT_VERSION = 1


def default_store_dir() -> Path:
    """The store folder: ``$KG_STORE`` or ``./.kg``."""
    return Path(os.environ.get("KG_STORE", DEFAULT_STORE))


def _entity_to_dict(e: Entity) -> dict[str, Any]:
    d: dict[str, Any] = {"key": e.key, "type": e.type.value, "name": e.name, "aliases": list(e.aliases)}
    if e.mentions:
        d["mentions"] = [list(m) for m in e.mentions]
    if e.level:
        d["level"] = e.level
    if e.code:
        d["code"] = e.code
    if e.sources:
        d["sources"] = list(e.sources)
    if e.attrs:
        d["attrs"] = dict(e.attrs)
    return d


def _entity_from_dict(d: dict[str, Any]) -> Entity:
    return Entity(
        type=EntityType(d["type"]),
        name=d["name"],
        aliases=tuple(d.get("aliases", ())),
        mentions=tuple(tuple(m) for m in d.get("mentions", ())),  # type: ignore[misc]
        level=d.get("level"),
        code=d.get("code"),
        sources=tuple(d.get("sources", ())),
        attrs=d.get("attrs", {}),
    )


def evidence_to_dict(ev: Evidence) -> dict[str, Any]:
    return {"doc_id": ev.doc_id, "sentence": ev.sentence, "start": ev.start, "end": ev.end,
            "rule": ev.rule, "confidence": ev.confidence}


def evidence_from_dict(d: dict[str, Any]) -> Evidence:
    return Evidence(d["doc_id"], d["sentence"], int(d["start"]), int(d["end"]), d["rule"],
                    float(d.get("confidence", 1.0)))


def relation_to_dict(r: Relation) -> dict[str, Any]:
    d: dict[str, Any] = {"type": r.type.value, "source": r.source, "target": r.target}
    for k in ("amount_cny", "amount", "currency", "year", "stage"):
        v = getattr(r, k)
        if v is not None:
            d[k] = v
    d["provenance"] = r.provenance
    d["evidence"] = [evidence_to_dict(ev) for ev in r.evidence]
    return d


def relation_from_dict(d: dict[str, Any]) -> Relation:
    return Relation(
        type=RelType(d["type"]), source=d["source"], target=d["target"],
        amount_cny=d.get("amount_cny"), amount=d.get("amount"), currency=d.get("currency"),
        year=d.get("year"), stage=d.get("stage"),
        evidence=tuple(evidence_from_dict(x) for x in d.get("evidence", ())),
        provenance=d.get("provenance", "text"),
    )


def _doc_to_dict(doc: Document) -> dict[str, Any]:
    return {"doc_id": doc.doc_id, "source": doc.source, "title": doc.title, "date": doc.date,
            "region": doc.region, "publisher": doc.publisher}


def to_dict(graph: Graph) -> dict[str, Any]:
    """The graph as plain JSON-able data (entities sorted by key, so output is deterministic)."""
    return {
        "format": FORMAT_VERSION,
        "documents": [_doc_to_dict(graph.documents[k]) for k in sorted(graph.documents)],
        "entities": [_entity_to_dict(graph.entities[k]) for k in sorted(graph.entities)],
        "relations": [relation_to_dict(r) for r in sorted(graph.relations, key=lambda r: r.key)],
    }


def from_dict(data: dict[str, Any]) -> Graph:
    ents = {}
    for d in data.get("entities", ()):
        e = _entity_from_dict(d)
        ents[e.key] = e
    docs = {
        d["doc_id"]: Document(d["doc_id"], d.get("source", ""), d.get("title"), d.get("date"), d.get("region"),
                              "", publisher=d.get("publisher"))
        for d in data.get("documents", ())
    }
    rels = tuple(relation_from_dict(d) for d in data.get("relations", ()))
    return Graph(ents, rels, docs)


def write_graph(graph: Graph, path: str | Path) -> Path:
    """Write ``graph`` as JSON (gzip if the name ends in .gz), atomically (temp file + rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    payload = json.dumps(to_dict(graph), ensure_ascii=False).encode("utf-8")
    if path.suffix == ".gz":
        payload = gzip.compress(payload)
    tmp.write_bytes(payload)
    os.replace(tmp, path)
    return path


def read_graph(path: str | Path) -> Graph:
    """Read a graph written by :func:`write_graph`; a folder means its ``graph.json``."""
    path = Path(path)
    if path.is_dir():
        path = path / GRAPH_FILE
    if not path.exists():
        raise KgError(f"{path}: no graph here; run `kg build PATH...` first (or pass --store)")
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KgError(f"{path}: not a kg graph file ({exc})") from exc
    if not isinstance(data, dict) or "entities" not in data:
        raise KgError(f"{path}: not a kg graph file (no 'entities')")
    return from_dict(data)
