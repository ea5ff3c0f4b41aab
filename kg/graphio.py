"""Read and write the resolved :class:`~kg.model.Graph` as JSON, so exports need no database.

A store folder (default ``.kg`` in the working directory, or ``$KG_STORE``) holds ``graph.json`` (written by
``kg build``, switched in together with the embedded database) next to the embedded database. Every export
reads the graph from there. A graph file is checked as it is read: a malformed entity, relation or document is
reported by its number and key, and so are relations to entities the graph lacks.

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

from kg.atomic import atomic_write
from kg.errors import KgError
from kg.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelType

GRAPH_FILE = "graph.json"
DEFAULT_STORE = ".kg"
FORMAT_VERSION = 1
MAX_LISTED = 5  # dangling relations named in an error (then "and N more")


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
        mentions=tuple(tuple(m) for m in d.get("mentions", ())),
        level=d.get("level"),
        code=d.get("code"),
        sources=tuple(d.get("sources", ())),
        attrs=d.get("attrs", {}),
    )


entity_to_dict = _entity_to_dict
entity_from_dict = _entity_from_dict


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


def _what(d: Any) -> str:
    """How an item of the graph file is named in an error: its key, or its type and name."""
    if not isinstance(d, dict):
        return f"a {type(d).__name__}, not an object"
    if isinstance(d.get("key"), str):
        return repr(d["key"])
    if "source" in d or "target" in d:
        return f"{d.get('type')} {d.get('source')} -> {d.get('target')}"
    return repr(d.get("doc_id") or d.get("name") or "?")


def _problem(exc: Exception, d: Any) -> str:
    """What is wrong with an item, from the error reading it raised."""
    if isinstance(exc, KeyError):
        return f"no {exc.args[0]!r} field"
    if isinstance(exc, ValueError) and isinstance(d, dict) and "type" in d:
        kinds = EntityType if "source" not in d else RelType
        if d["type"] not in {k.value for k in kinds}:
            return f"unknown type {d['type']!r} (valid: {', '.join(k.value for k in kinds)})"
    return f"{type(exc).__name__}: {exc}"


def _items(data: dict[str, Any], section: str, parse: Any, what: str) -> list[Any]:
    items = data.get(section, ())
    if not isinstance(items, list):
        raise KgError(f"'{section}' is a {type(items).__name__}, not a list")
    out = []
    for i, d in enumerate(items, 1):
        try:
            if not isinstance(d, dict):
                raise TypeError("not an object")
            out.append(parse(d))
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise KgError(f"{what} #{i} ({_what(d)}): {_problem(exc, d)}") from exc
    return out


def _document_from_dict(d: dict[str, Any]) -> Document:
    return Document(d["doc_id"], d.get("source", ""), d.get("title"), d.get("date"), d.get("region"), "",
                    publisher=d.get("publisher"))  # fmt: skip


def from_dict(data: dict[str, Any]) -> Graph:
    """The Graph of a graph file's data; KgError naming the first malformed item (by number and key) or the
    relations that point to entities the graph lacks."""
    ents = {e.key: e for e in _items(data, "entities", _entity_from_dict, "entity")}
    docs = {d.doc_id: d for d in _items(data, "documents", _document_from_dict, "document")}
    rels = tuple(_items(data, "relations", relation_from_dict, "relation"))
    dangling = [r for r in rels if r.source not in ents or r.target not in ents]
    if dangling:
        named = "; ".join(
            f"{r.type.value} {r.source} -> {r.target} (no {r.source if r.source not in ents else r.target!r})"
            for r in dangling[:MAX_LISTED]
        )
        more = f"; and {len(dangling) - MAX_LISTED} more" if len(dangling) > MAX_LISTED else ""
        raise KgError(f"{len(dangling)} relation(s) point to entities the graph lacks: {named}{more}")
    return Graph(ents, rels, docs)


def write_graph(graph: Graph, path: str | Path) -> Path:
    """Write ``graph`` as JSON (gzip if the name ends in .gz), atomically (temp file + rename)."""
    path = Path(path)
    payload = json.dumps(to_dict(graph), ensure_ascii=False).encode("utf-8")
    if path.suffix == ".gz":
        payload = gzip.compress(payload)
    with atomic_write(path, "wb") as fh:
        fh.write(payload)
    return path


def read_graph(path: str | Path) -> Graph:
    """Read a graph written by :func:`write_graph`; a folder means its ``graph.json`` (a store folder's graph
    file is first completed if a killed build left its switch half done)."""
    path = Path(path)
    if path.is_dir():
        _finish_switch(path)
        path = path / GRAPH_FILE
    if not path.exists():
        raise KgError(f"{path}: no graph here; run `kg build PATH...` first (or pass --store)")
    try:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, EOFError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KgError(f"{path}: not a kg graph file ({exc})") from exc
    if not isinstance(data, dict) or "entities" not in data:
        raise KgError(f"{path}: not a kg graph file (no 'entities')")
    try:
        return from_dict(data)
    except KgError as exc:
        raise KgError(f"{path}: {exc}") from exc


def _finish_switch(store_dir: Path) -> None:
    """Complete a graph.json switch a killed build left half done (its database is live, its graph file still
    staged), unless a build holds the store now (it finishes the switch itself) or the store is read-only."""
    from kg.errors import StoreError
    from kg.store import EMBEDDED_DIR
    from kg.store.generations import current, finish_switch, staged_graph
    from kg.store.lock import store_lock

    folder = store_dir / EMBEDDED_DIR
    try:
        gen = current(folder)
        if gen is None or not staged_graph(gen).exists():
            return
        with store_lock(folder):
            finish_switch(folder, store_dir / GRAPH_FILE)
    except (StoreError, OSError):
        pass
