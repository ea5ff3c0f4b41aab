"""Files written whole or not at all, and what a full disk looks like.

:func:`atomic_write` writes to a temporary file beside the target and renames it over the target only when it
is complete, so a failure (disk full, a value the format cannot hold, an interrupted run) leaves the previous
file as it was and no temporary file behind. :func:`staged_files` does the same for exports of several files.

>>> import pathlib, tempfile
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> with atomic_write(target, "w", encoding="utf-8") as fh:
...     _ = fh.write("old")
>>> try:
...     with atomic_write(target, "w", encoding="utf-8") as fh:
...         _ = fh.write("half of the new")
...         raise ValueError("a value the format cannot hold")
... except ValueError:
...     pass
>>> target.read_text(encoding="utf-8"), sorted(p.name for p in target.parent.iterdir())
('old', ['out.txt'])
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

TMP_SUFFIX = ".tmp"
STAGING_PREFIX = ".kg-staging-"
# Errors that mean no more bytes fit: no space, quota, file size limit (ulimit -f).
NO_SPACE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
NO_SPACE_WORDS = ("No space left on device", "Disk quota exceeded", "File too large")
# Less free space than this when a write failed: the disk was full (LadybugDB reports some failed writes as
# failed reads, with no errno).
LOW_FREE_BYTES = 1 << 20
# A file this close to the process's file size limit (RLIMIT_FSIZE) hit it.
SIZE_LIMIT_SLACK = 1 << 16


def temp_path(path: Path) -> Path:
    """A new temporary file name beside ``path`` (hidden, unique per call)."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TMP_SUFFIX}")


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "wb", **open_args: Any) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` for writing; on success it is flushed to disk and renamed to
    ``path``; on any error it is removed and ``path`` is left as it was. ``open_args`` go to :func:`open`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    try:
        with open(tmp, mode.replace("w", "x"), **open_args) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def staged_files(folder: str | os.PathLike[str]) -> Iterator[Path]:
    """A staging folder inside ``folder``: the files written there are moved into ``folder`` when the block
    ends without error. On an error nothing is moved, the staging folder is removed, and so is ``folder`` if
    this call created it and it is empty."""
    folder = Path(folder)
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    stage = folder / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
    stage.mkdir()
    try:
        yield stage
        staged = sorted(stage.iterdir())
        for p in staged:  # on disk before any is moved in
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        for p in staged:
            os.replace(p, folder / p.name)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    else:
        shutil.rmtree(stage, ignore_errors=True)


def out_of_space(exc: BaseException, where: str | os.PathLike[str] | None = None) -> bool:
    """Whether ``exc`` (raised while writing under ``where``) means the disk, a quota or the file size limit
    was full: by its errno or message, or (when ``where`` is given) by the free space left now."""
    if isinstance(exc, OSError) and exc.errno in NO_SPACE_ERRNOS:
        return True
    if any(word in str(exc) for word in NO_SPACE_WORDS):
        return True
    if where is None:
        return False
    folder = Path(where)
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        if shutil.disk_usage(folder).free < LOW_FREE_BYTES:
            return True
    except OSError:
        return False
    return _at_size_limit(folder)


def _at_size_limit(folder: Path) -> bool:
    """A file in ``folder`` has reached the process's file size limit (``ulimit -f``)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return False
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if limit == resource.RLIM_INFINITY:
        return False
    with contextlib.suppress(OSError):
        return any(p.is_file() and p.stat().st_size >= limit - SIZE_LIMIT_SLACK for p in folder.iterdir())
    return False
