"""The Neo4j store, through the official driver.

A load creates the key constraints (``CREATE CONSTRAINT … IF NOT EXISTS``), upserts nodes and then
relationships in batched ``UNWIND $rows … MERGE`` statements (:mod:`kg.store.cypher`), and finally deletes
the nodes and relationships the graph no longer has, so a load replaces the content, idempotently, without
emptying the database in between. Values only ever travel as parameters. Queries run in read transactions.
Connection settings come from arguments or ``KG_NEO4J_URI`` / ``KG_NEO4J_USER`` / ``KG_NEO4J_PASSWORD``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Any

from kg.errors import StoreError
from kg.model import Graph
from kg.store import cypher
from kg.store.base import check_read_only, fault_point, plain
from kg.store.rows import as_dicts, name_rows, node_rows, rel_rows
from kg.store.schema import LABELS, NAME_LABEL, NAMES_PAIRS, NAMES_REL, REL_PAIRS, REL_TYPES

URI_ENV = "KG_NEO4J_URI"
USER_ENV = "KG_NEO4J_USER"
PASSWORD_ENV = "KG_NEO4J_PASSWORD"
DATABASE_ENV = "KG_NEO4J_DATABASE"
DEFAULT_USER = "neo4j"
DEFAULT_BATCH_SIZE = 1000
CLEAR_BATCH = 10_000


def _import_driver() -> Any:
    try:
        import neo4j
    except ImportError as exc:
        raise StoreError('the Neo4j store needs the official driver: pip install "neo4j>=5.20"') from exc
    return neo4j


def _batches(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


class Neo4jStore:
    """A :class:`~kg.store.GraphStore` on a Neo4j 5 server."""

    name = "neo4j"

    def __init__(
        self,
        uri: str | None = None,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
    ) -> None:
        neo4j = _import_driver()
        self.uri = uri or os.environ.get(URI_ENV)
        if not self.uri:
            raise StoreError(f"no Neo4j URI: pass one (bolt://localhost:7687) or set {URI_ENV}")
        user = user or os.environ.get(USER_ENV, DEFAULT_USER)
        password = password if password is not None else os.environ.get(PASSWORD_ENV)
        if password is None:
            raise StoreError(f"no Neo4j password: pass --password or set {PASSWORD_ENV}")
        self.database = database or os.environ.get(DATABASE_ENV) or None
        try:
            self._driver = neo4j.GraphDatabase.driver(self.uri, auth=(user, password))
            self._driver.verify_connectivity()
        except Exception as exc:  # the driver raises many kinds (ServiceUnavailable, AuthError, ValueError)
            raise StoreError(f"cannot connect to Neo4j at {self.uri} as {user}: {exc}") from exc

    def _write(self, query: str, **params: Any) -> list[dict[str, Any]]:
        try:
            records, _, _ = self._driver.execute_query(query, params, database_=self.database)
        except Exception as exc:
            raise StoreError(f"Neo4j at {self.uri} refused a write: {exc}") from exc
        return [r.data() for r in records]

    def load(self, graph: Graph, batch_size: int = DEFAULT_BATCH_SIZE) -> dict[str, int]:
        """Make the database hold exactly ``graph`` (MERGE what is there, delete what is not)."""
        if batch_size < 1:
            raise StoreError(f"batch size must be >= 1, got {batch_size}")
        nodes = node_rows(graph)
        rels = rel_rows(graph)
        names, links = name_rows(graph)
        for label in (*LABELS, NAME_LABEL):
            self._write(cypher.create_constraint(label))
        done = 0
        for label in LABELS:
            for batch in _batches(nodes[label], batch_size):
                self._write(cypher.merge_nodes(label), rows=as_dicts(label, batch))
                done += 1
                fault_point(done)
        for batch in _batches(names, batch_size):
            self._write(cypher.merge_names(), rows=as_dicts(NAME_LABEL, batch))
            done += 1
            fault_point(done)
        for (rel_type, a, b), rows in rels.items():
            for batch in _batches(rows, batch_size):
                self._write(cypher.merge_rels(rel_type, a, b), rows=as_dicts(rel_type, batch))
                done += 1
                fault_point(done)
        for label, pairs in links.items():
            for batch in _batches(pairs, batch_size):
                self._write(cypher.merge_name_links(label), rows=as_dicts(NAMES_REL, batch))
                done += 1
                fault_point(done)
        index_rels = {(NAMES_REL, NAME_LABEL, label): pairs for label, pairs in links.items()}
        self._delete_stale({**nodes, NAME_LABEL: names}, {**rels, **index_rels}, batch_size)
        return self.counts()

    def _delete_stale(self, nodes: dict[str, list[Any]], rels: dict[Any, list[Any]], batch_size: int) -> None:
        """Delete what the graph no longer has: relationships first (facts and the name index), then nodes."""
        pairs = {t: set(REL_PAIRS[t]) for t in REL_TYPES}
        pairs[NAMES_REL] = set(NAMES_PAIRS)
        for t, a, b in rels:
            pairs[t].add((a, b))
        for rel_type in (*REL_TYPES, NAMES_REL):
            for a, b in sorted(pairs[rel_type]):
                want = {(r[0], r[1]) for r in rels.get((rel_type, a, b), ())}
                have = self._write(cypher.rel_pairs(rel_type, a, b))
                stale = [{"src": r["src"], "dst": r["dst"]} for r in have if (r["src"], r["dst"]) not in want]
                for batch in _batches(stale, batch_size):
                    self._write(cypher.delete_rels(rel_type, a, b), rows=list(batch))
        for label in (*LABELS, NAME_LABEL):
            want_keys = {r[0] for r in nodes[label]}
            stale_keys = [r["key"] for r in self._write(cypher.node_keys(label)) if r["key"] not in want_keys]
            for batch in _batches(stale_keys, batch_size):
                self._write(cypher.delete_nodes(label), keys=list(batch))

    def run(self, cypher_text: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read-only query in a read transaction; rows as dicts of plain values."""
        check_read_only(cypher_text)
        neo4j = _import_driver()
        try:
            records, _, _ = self._driver.execute_query(
                cypher_text, dict(params or {}), database_=self.database, routing_=neo4j.RoutingControl.READ
            )
        except Exception as exc:
            raise StoreError(f"query failed on Neo4j at {self.uri}: {exc}") from exc
        return [{k: plain(v) for k, v in r.items()} for r in records]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for label in LABELS:
            out[label] = int(self.run(cypher.count_label(label))[0]["n"])
        for rel_type in REL_TYPES:
            out[rel_type] = int(self.run(cypher.count_rel_type(rel_type))[0]["n"])
        return out

    def clear(self) -> None:
        """Delete every node and relationship, in batches."""
        while self._write(cypher.delete_batch(), limit=CLEAR_BATCH)[0]["deleted"]:
            pass

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
