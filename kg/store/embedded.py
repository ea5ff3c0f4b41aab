"""The embedded store: LadybugDB (the maintained fork of Kùzu) in a folder, zero setup.

Layout of the folder: ``CURRENT`` names the live database file (``g-<time>-<pid>.lbdb``). A load builds a
complete new database file beside it (typed DDL, then ``COPY FROM`` temporary CSV files), closes it, and only
then replaces ``CURRENT`` atomically (:mod:`kg.store.generations`): a load that fails or is killed leaves the
previous graph readable with its old counts, and loading the same graph twice gives the same store. A load can
switch the store's ``graph.json`` together with the database. Queries run on the live file opened read-only. A
load holds the folder's write lock (:mod:`kg.store.lock`): a second one fails at once. A load that runs out of
disk space says so, keeps the previous graph, and removes what it wrote.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from types import TracebackType
from typing import Any

from kg.atomic import out_of_space
from kg.errors import StoreError
from kg.model import Entity, Graph
from kg.store.base import SIMPLE_TYPES, check_read_only, fault_point, plain
from kg.store.generations import (
    CSV_PREFIX,
    CURRENT,
    GEN_PREFIX,
    GEN_SUFFIX,
    current,
    remove_gen,
    remove_stale,
    staged_graph,
    switch,
)
from kg.store.ladybug_copy import (
    UNSAFE_PATH_CHARS,
    copy_statement,
    name_index_ddl,
    node_table_ddl,
    place_index_ddl,
    rel_table_ddl,
    write_columns,
)
from kg.store.lock import store_lock
from kg.store.rows import (
    Column,
    RelGroup,
    entity_labels,
    group_relations,
    name_links,
    node_table,
    place_links,
    rel_table,
)
from kg.store.schema import (
    LABELS,
    NAME_LABEL,
    NAME_PROPS,
    NAMES_REL,
    NODE_PROPS,
    PLACE_LINK_PAIR,
    PLACE_LINK_REL,
    REL_PAIRS,
    REL_PROPS,
    REL_TYPES,
    Prop,
)

__all__ = ["CURRENT", "DEFAULT_BATCH_SIZE", "EmbeddedStore", "no_store_message"]

DEFAULT_BATCH_SIZE = 1_000_000  # rows per COPY file
# Ladybug threads per COPY. Node COPYs use one: a multi-threaded node COPY was seen to hang in 0.22.0 (its
# workers blocked in the primary-key IndexBuilder), and one is as fast here (the main thread writes CSV
# meanwhile). Relationship COPYs build no primary-key index and may use more (0 = all cores).
NODE_COPY_THREADS = 1
REL_COPY_THREADS = 0


def _import_ladybug() -> Any:
    try:
        import ladybug
    except ImportError as exc:  # pragma: no cover - ladybug is a core dependency
        raise StoreError('the embedded store needs LadybugDB: pip install "ladybug"') from exc
    return ladybug


def _throttle(pending: list[Future[None]], ahead: int = 2) -> None:
    """Wait while more than ``ahead`` COPY jobs are queued (bounds the CSV files on disk); re-raise a
    failed job's error at once."""
    while True:
        running = [f for f in pending if not f.done()]
        for f in pending:
            if f.done() and f.exception() is not None:
                f.result()
        if len(running) <= ahead:
            return
        wait(running, return_when=FIRST_COMPLETED)


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (rows hold no cycles; reference counting frees them)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def no_store_message(path: Path) -> str:
    """The error for reading a store that was never built (``kg build`` or a load creates it)."""
    return (
        f"{path}: no embedded store here; run `kg build PATH...` first (loading creates it), or pass --store"
    )


class EmbeddedStore:
    """A :class:`~kg.store.GraphStore` on LadybugDB in the folder ``path`` (created by the first load)."""

    name = "embedded"

    def __init__(self, path: str | Path) -> None:
        """Open the store in ``path``. Nothing is created here: a folder without a store answers
        :meth:`run` and :meth:`counts` with a StoreError (a mistyped path is not an empty graph); the first
        :meth:`load` creates the folder and the database."""
        self.path = Path(path)
        self._file_ids = itertools.count()
        self._lb = _import_ladybug()
        self._db: Any = None
        self._conn: Any = None
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: is a file, not an embedded store folder")
        if self._current() is not None:
            self._open()

    # -- generations ---------------------------------------------------------------------------------
    def _current(self) -> Path | None:
        return current(self.path)

    def _open(self) -> None:
        gen = self._current()
        try:
            self._db = self._lb.Database(str(gen), read_only=True)
            self._conn = self._lb.Connection(self._db)
        except RuntimeError as exc:
            raise StoreError(f"{gen}: cannot open the embedded store ({exc})") from exc

    def _close_db(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._db is not None:
            self._db.close()
        self._conn = self._db = None

    def _build(self, graph: Graph, batch_size: int) -> Path:
        """Write ``graph`` into a new database file beside the live one; returns its path.

        The main thread writes the CSV batches while one worker thread runs the COPY statements in order
        (Ladybug releases the GIL while it copies), so both cores work.
        """
        groups = group_relations(graph)  # validates before anything touches the disk
        gen = self.path / f"{GEN_PREFIX}{time.time_ns()}-{os.getpid()}{GEN_SUFFIX}"
        tmp_root = self.path if not any(c in str(self.path.resolve()) for c in UNSAFE_PATH_CHARS) else None
        pool = ThreadPoolExecutor(max_workers=1)
        pending: list[Future[None]] = []
        db = conn = tmp = None
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f"{CSV_PREFIX}{os.getpid()}-", dir=tmp_root))
            if any(c in str(tmp) for c in UNSAFE_PATH_CHARS):
                raise StoreError(f"{tmp}: temporary folder path holds a quote or backslash")
            # One checkpoint at the end, not one per COPY (several times faster on many batches).
            db = self._lb.Database(str(gen), auto_checkpoint=False)
            conn = self._lb.Connection(db)
            self._create_schema(conn, groups)
            self._copy_all(graph, groups, batch_size, pool, pending, conn, tmp)
            for fut in pending:
                fut.result()
            conn.execute("CHECKPOINT")
            conn.close()
            conn = None
            db.close()
        except BaseException as exc:
            pool.shutdown(wait=True, cancel_futures=True)
            full = isinstance(exc, (OSError, RuntimeError, StoreError)) and out_of_space(exc, self.path)
            for handle in (conn, db):  # closed before the files go (Ladybug writes lock files on close)
                with contextlib.suppress(Exception):
                    if handle is not None:
                        handle.close()
            remove_gen(gen)
            if full:
                raise StoreError(self._disk_full(exc)) from exc
            if isinstance(exc, (OSError, RuntimeError)):
                raise StoreError(f"{self.path}: embedded load failed: {exc}") from exc
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)
        return gen

    def _disk_full(self, exc: BaseException) -> str:
        return (f"disk full while writing {self.path}: the previous graph is kept and what this load "
                f"wrote is removed ({exc})")  # fmt: skip

    def _copy_all(self, graph: Graph, groups: dict[RelGroup, list[Any]], batch_size: int,
                  pool: ThreadPoolExecutor, pending: list[Future[None]], conn: Any, tmp: Path
                  ) -> None:  # fmt: skip
        """Write every table as CSV batches and queue their COPY statements."""
        keys = sorted(graph.entities)
        entities = list(map(graph.entities.__getitem__, keys))
        by_label: dict[str, tuple[list[str], list[Entity]]] = {label: ([], []) for label in LABELS}
        for key, e, label in zip(keys, entities, entity_labels(entities), strict=True):
            label_keys, label_entities = by_label[label]
            label_keys.append(key)
            label_entities.append(e)
        del keys, entities
        done = itertools.count(1)

        def submit(table: str, cols: list[Any], props: Sequence[Prop], pair: tuple[str, str] | None) -> None:
            pending.append(self._submit(pool, conn, tmp, table, cols, props, pair, done))
            _throttle(pending)

        for label in LABELS:
            label_keys, label_entities = by_label[label]
            for i in range(0, len(label_keys), batch_size):
                part = label_entities[i : i + batch_size]
                table = node_table(label, label_keys[i : i + batch_size], part)
                submit(label, table, NODE_PROPS[label], None)
        links = {label: name_links(*by_label[label]) for label in LABELS}
        names = sorted(set(itertools.chain.from_iterable(src for src, _ in links.values())))
        for i in range(0, len(names), batch_size):
            submit(NAME_LABEL, [names[i : i + batch_size]], NAME_PROPS, None)
        del names
        for (rel_type, a, b), rels in groups.items():
            for i in range(0, len(rels), batch_size):
                submit(rel_type, rel_table(rel_type, rels[i : i + batch_size]), REL_PROPS[rel_type], (a, b))
        for label, (src, dst) in links.items():
            for i in range(0, len(src), batch_size):
                submit(NAMES_REL, [src[i : i + batch_size], dst[i : i + batch_size]], (), (NAME_LABEL, label))
        src, dst = place_links(graph, groups)
        for i in range(0, len(src), batch_size):
            submit(PLACE_LINK_REL, [src[i : i + batch_size], dst[i : i + batch_size]], (), PLACE_LINK_PAIR)

    def _create_schema(self, conn: Any, groups: dict[RelGroup, list[Any]]) -> None:
        for label in LABELS:
            conn.execute(node_table_ddl(label))
        for rel_type in REL_TYPES:
            pairs = list(REL_PAIRS[rel_type])
            pairs += sorted({(a, b) for (t, a, b) in groups if t == rel_type} - set(pairs))
            conn.execute(rel_table_ddl(rel_type, pairs))
        for ddl in name_index_ddl():
            conn.execute(ddl)
        conn.execute(place_index_ddl())

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        conn: Any,
        tmp: Path,
        table: str,
        cols: Sequence[Column],
        props: Sequence[Prop],
        pair: tuple[str, str] | None,
        done: Iterator[int],
    ) -> Future[None]:
        """Write one CSV batch (columns; two endpoint columns first for a relationship) now; queue its
        COPY on the worker thread."""
        where = f"{table}" + (f" {pair[0]}->{pair[1]}" if pair else "")
        path = tmp / f"{table}-{next(self._file_ids)}.csv"
        n_ends = 0 if pair is None else 2
        modes = write_columns(path, cols, props, n_ends, where)
        query = copy_statement(table, path, props, n_ends, modes, pair)

        def copy() -> None:
            try:
                conn.set_max_threads_for_exec(NODE_COPY_THREADS if pair is None else REL_COPY_THREADS)
                conn.execute(query)
            except RuntimeError as exc:
                raise StoreError(f"embedded load of {where} failed: {exc}") from exc
            finally:
                path.unlink(missing_ok=True)
            fault_point(next(done))

        return pool.submit(copy)

    def _install(self, gen: Path, graph_file: Path | None = None) -> None:
        """Make ``gen`` (and its staged graph file) live, then drop older files."""
        try:
            old = switch(self.path, gen, graph_file)
        except StoreError:
            remove_gen(gen)
            raise
        self._close_db()
        if old is not None and old != gen:
            remove_gen(old)
        remove_stale(self.path, keep=gen)

    def _stage_graph_file(self, graph: Graph, gen: Path) -> None:
        """Write the graph file that goes live with ``gen`` beside it."""
        from kg.graphio import write_graph

        try:
            write_graph(graph, staged_graph(gen))
        except BaseException as exc:
            remove_gen(gen)
            if isinstance(exc, OSError) and out_of_space(exc, self.path):
                raise StoreError(self._disk_full(exc)) from exc
            if isinstance(exc, OSError):
                where = staged_graph(gen)
                raise StoreError(f"{where}: cannot write the graph file ({exc.strerror or exc})") from exc
            raise

    # -- the GraphStore contract ---------------------------------------------------------------------
    def load(self, graph: Graph, batch_size: int = DEFAULT_BATCH_SIZE, graph_file: Path | None = None
             ) -> dict[str, int]:  # fmt: skip
        """Replace the store's content with ``graph``; returns the new counts. With ``graph_file``, the graph
        is also written there as JSON, switched in with the database (both or neither)."""
        if batch_size < 1:
            raise StoreError(f"batch size must be >= 1, got {batch_size}")
        with store_lock(self.path):  # creates the folder; a second writer fails at once
            with _no_gc():  # millions of short-lived rows: GC passes over a big graph cost more than the load
                gen = self._build(graph, batch_size)
            if graph_file is not None:
                self._stage_graph_file(graph, gen)
            self._install(gen, graph_file)
        self._open()
        return self.counts()

    def run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run a read-only query; rows as dicts of plain Python values."""
        check_read_only(cypher)
        if self._conn is None:
            if self._current() is None:
                raise StoreError(no_store_message(self.path))
            raise StoreError(f"{self.path}: the store is closed")
        try:
            res = self._conn.execute(cypher, dict(params or {}))
        except RuntimeError as exc:
            raise StoreError(f"query failed on the embedded store: {exc}") from exc
        cols = res.get_column_names()
        rows = res.get_all()
        res.close()
        simple = SIMPLE_TYPES
        return [
            {c: v if type(v) in simple else plain(v) for c, v in zip(cols, row, strict=True)} for row in rows
        ]

    def counts(self) -> dict[str, int]:
        """Node counts by label and relationship counts by type."""
        out: dict[str, int] = {}
        for label in LABELS:
            out[label] = self.run(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]
        for rel_type in REL_TYPES:
            out[rel_type] = self.run(f"MATCH ()-[e:{rel_type}]->() RETURN count(e) AS n")[0]["n"]
        return out

    def clear(self) -> None:
        """Remove every node and relationship (the schema stays)."""
        self.load(Graph())

    def close(self) -> None:
        self._close_db()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
