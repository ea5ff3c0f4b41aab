"""One writer per store: an exclusive lock on ``<store folder>/LOCK`` while a build or load writes it.

A second ``kg build`` on the same store fails at once with :class:`~kg.errors.StoreError` saying the store is
busy (and which process holds it), instead of racing the first. The lock is ``flock`` on the lock file, so the
kernel releases it when its process dies (a killed build never leaves a store locked); the file is removed
when the lock is released. Nested locks on one folder in one process (``kg build`` locks, then its load locks
again) share the first. Readers (``kg query``, ``kg stats``) take no lock: they read the live database, which
a load replaces by a rename. Without ``fcntl`` (Windows) no lock is taken.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with store_lock(folder):
...     with store_lock(folder):  # the same process may nest
...         (folder / LOCK_FILE).exists()
True
>>> (folder / LOCK_FILE).exists()
False
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from kg.errors import StoreError

try:
    import fcntl

    HAVE_FCNTL = True
except ImportError:  # pragma: no cover - Windows
    HAVE_FCNTL = False

LOCK_FILE = "LOCK"

_held: dict[Path, int] = {}  # lock file -> how many nested holders in this process
_guard = threading.Lock()


def _holder(path: Path) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(path.read_text(encoding="ascii").strip())
        return f" (pid {pid})"
    return ""


def _acquire(path: Path) -> int:
    """Lock ``path`` (created if need be); StoreError at once if another process holds it."""
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreError(
                f"{path.parent}: the store is busy: another kg build or load{_holder(path)} is writing it; "
                "wait for it to finish, or use another --store"
            ) from None
        except BaseException:
            os.close(fd)
            raise
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:  # not a file its last holder removed after we opened it
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode("ascii"))
            return fd
        os.close(fd)


@contextlib.contextmanager
def store_lock(folder: str | os.PathLike[str]) -> Iterator[None]:
    """Hold the store folder's write lock for the block. The folder is created if need be, and removed again
    if it is left empty (a build that failed before it loaded anything)."""
    if not HAVE_FCNTL:  # pragma: no cover
        yield
        return
    folder = Path(folder)
    created = [p for p in (folder, *folder.parents) if not p.exists()]  # removed again if left empty
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot create the store folder ({exc.strerror or exc})") from exc
    path = (folder / LOCK_FILE).resolve()
    with _guard:
        nested = path in _held
        if nested:
            _held[path] += 1
        else:
            fd = _acquire(path)
            _held[path] = 1
    try:
        yield
    finally:
        with _guard:
            _held[path] -= 1
            if not _held[path]:
                del _held[path]
                if not nested:
                    with contextlib.suppress(OSError):
                        path.unlink()  # before unlocking: a process that opened it meanwhile sees it gone
                    os.close(fd)
                    for p in created:  # a build that failed before loading leaves no empty store folder
                        try:
                            p.rmdir()
                        except OSError:
                            break
