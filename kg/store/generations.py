"""The database files of an embedded store folder, and the switch from one to the next.

``CURRENT`` names the live database file (``g-<time>-<pid>.lbdb``). A load writes a new file beside it and,
when the store's graph file is written too (``kg build``: ``<store>/graph.json``), stages that file as
``<gen>.graph.json`` beside the new database. :func:`switch` then renames ``CURRENT`` (the commit point) and
moves the staged graph file into place; if that move fails, ``CURRENT`` is put back. A process killed between
the two renames leaves the staged file: :func:`finish_switch` (run by every reader of the graph file)
completes the move, so the graph file and the database always change together.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from kg.errors import StoreError

CURRENT = "CURRENT"
GEN_PREFIX = "g-"
GEN_SUFFIX = ".lbdb"
CSV_PREFIX = "csv-"  # temporary CSV folders: csv-<pid>-<random>
STAGED_GRAPH_SUFFIX = ".graph.json"  # <gen><suffix>: the graph file switched in with that database


def current(folder: Path) -> Path | None:
    """The live database file of ``folder`` (None before the first load)."""
    cur = folder / CURRENT
    if not cur.exists():
        return None
    name = cur.read_text(encoding="utf-8").strip()
    gen = folder / name
    if not name.startswith(GEN_PREFIX) or not gen.exists():
        raise StoreError(f"{cur}: names a missing database {name!r}; delete {folder} and load again")
    return gen


def staged_graph(gen: Path) -> Path:
    """Where the graph file that goes live with ``gen`` waits."""
    return gen.with_name(gen.name + STAGED_GRAPH_SUFFIX)


def _write_current(folder: Path, name: str | None) -> None:
    """Point CURRENT at ``name`` (None: remove it), atomically."""
    if name is None:
        (folder / CURRENT).unlink(missing_ok=True)
        return
    tmp = folder / f"{CURRENT}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(name)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, folder / CURRENT)


def switch(folder: Path, gen: Path, graph_file: Path | None = None) -> Path | None:
    """Make ``gen`` live, and with it its staged graph file as ``graph_file``; returns the database that was
    live before. On failure nothing has changed (StoreError)."""
    old = current(folder)
    try:
        _write_current(folder, gen.name)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot switch to the new database ({exc.strerror or exc})") from exc
    if graph_file is not None:
        try:
            os.replace(staged_graph(gen), graph_file)
        except OSError as exc:
            with contextlib.suppress(OSError):
                _write_current(folder, old.name if old is not None else None)
            raise StoreError(
                f"{graph_file}: cannot put the graph file in place ({exc.strerror or exc}); the previous "
                "graph and database are kept"
            ) from exc
    return old


def finish_switch(folder: Path, graph_file: Path) -> None:
    """Complete a switch a killed process left half done: move the live database's staged graph file to
    ``graph_file``. Call it with the store's write lock held (see :mod:`kg.store.lock`)."""
    with contextlib.suppress(StoreError):
        gen = current(folder)
        if gen is not None and staged_graph(gen).exists():
            with contextlib.suppress(OSError):
                os.replace(staged_graph(gen), graph_file)


def remove_gen(gen: Path) -> None:
    """Remove a database file and its companions (``.wal``, ``.shadow``, lock files, staged graph file)."""
    for p in gen.parent.glob(gen.name + "*"):
        with contextlib.suppress(OSError):
            p.unlink()


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale(folder: Path, keep: Path) -> None:
    """Remove database files and CSV folders left by loads that died (their process is gone)."""
    for p in folder.iterdir():
        if p.name.startswith(GEN_PREFIX) and not p.name.startswith(keep.name):
            pid = p.name[len(GEN_PREFIX) :].split(".")[0].rpartition("-")[2]
            if pid.isdigit() and not pid_alive(int(pid)):
                with contextlib.suppress(OSError):
                    p.unlink()
        elif p.name.startswith(CSV_PREFIX) and p.is_dir():
            pid = p.name[len(CSV_PREFIX) :].partition("-")[0]
            if pid.isdigit() and not pid_alive(int(pid)):
                shutil.rmtree(p, ignore_errors=True)
