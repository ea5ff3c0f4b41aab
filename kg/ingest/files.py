"""Which files to read: the files and folders given, folders walked in a stable order; only regular files.

A FIFO, socket or device is never opened (reading a FIFO blocks until something writes to it): it is reported
as an :class:`~kg.errors.IngestError`, like a folder that cannot be listed. Hidden entries inside folders
(``.git``, ``.DS_Store``) are left out; symbolic links to folders are not followed (no loops).

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> for name in ("b.txt", "a.txt", ".hidden", "sub/c.txt"):
...     (d / name).parent.mkdir(exist_ok=True)
...     _ = (d / name).write_text("x")
>>> [p.relative_to(d).as_posix() for p in walk([d])]
['a.txt', 'b.txt', 'sub/c.txt']
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import IngestError

# What a file that is not a regular file is, by its stat type.
FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
NOT_REGULAR = "not a regular file ({kind}); only regular files are read"
# Opened without blocking: a FIFO that slipped past the stat check (swapped in meanwhile) cannot hang a read.
OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def file_kind(mode: int) -> str:
    """What a non-regular, non-folder file is (``a FIFO (named pipe)``, ``a socket`` …)."""
    for test, kind in FILE_KINDS:
        if test(mode):
            return kind
    return "a special file"


def walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """Each regular file to read, or an IngestError for an entry that cannot be read (missing path, folder
    that cannot be listed, FIFO …), in a stable order: each path as given; a folder's files sorted by name,
    then its subfolders, recursively."""
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            yield IngestError(str(path), "no such file or folder")
            continue
        except OSError as exc:
            yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(mode):
            yield from _walk_folder(path)
        elif stat.S_ISREG(mode):
            yield path
        else:
            yield IngestError(str(path), NOT_REGULAR.format(kind=file_kind(mode)))


def _walk_folder(folder: Path) -> Iterator[Path | IngestError]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(str(folder), f"cannot list the folder: {exc.strerror or exc}")
        return
    subfolders: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir():
                if not entry.is_symlink():  # a link to a folder is not followed (as os.walk does)
                    subfolders.append(path)
                continue
            mode = entry.stat().st_mode  # follows a link to a file
        except OSError as exc:
            yield IngestError(str(path), f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISREG(mode):
            yield path
        else:
            yield IngestError(str(path), NOT_REGULAR.format(kind=file_kind(mode)))
    for sub in subfolders:
        yield from _walk_folder(sub)


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes; IngestError naming it when it cannot be read or is not a regular file."""
    try:
        fd = os.open(path, OPEN_FLAGS)
    except OSError as exc:
        raise IngestError(str(path), f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise IngestError(str(path), NOT_REGULAR.format(kind=file_kind(mode)))
        try:
            return fh.read()
        except OSError as exc:
            raise IngestError(str(path), f"cannot read: {exc.strerror or exc}") from None
