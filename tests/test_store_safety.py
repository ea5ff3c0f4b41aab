"""The store under failure: a full disk, two builds at once, graph.json and the database switched together.
Each failure says what happened, keeps the previous store readable and leaves no file behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import StoreError
from kg.graphio import GRAPH_FILE, read_graph
from kg.pipeline import build
from kg.store import EMBEDDED_DIR, store_counts
from kg.store.base import FAULT_ENV, FAULT_MARKER_ENV
from kg.store.generations import STAGED_GRAPH_SUFFIX
from kg.store.lock import LOCK_FILE, store_lock

ROOT = Path(__file__).resolve().parent.parent
REPORT = "2023年邵阳市政府工作报告\n"
FIRST = "湖南华鑫新能源科技有限公司投资10亿元在邵阳经济技术开发区建设锂电池项目。\n"
SECOND = "长沙比亚迪汽车有限公司投资50亿元在长沙经济技术开发区建设新能源汽车项目。\n"
needs_rlimit = pytest.mark.skipif(sys.platform == "win32", reason="needs resource.RLIMIT_FSIZE (POSIX)")
needs_flock = pytest.mark.skipif(sys.platform == "win32", reason="store lock uses fcntl.flock (POSIX)")


def _corpus(folder: Path, *sentences: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(sentences):
        (folder / f"d{i}.txt").write_text(REPORT + s, encoding="utf-8")
    return folder


def _listing(store: Path) -> dict[str, int]:
    """Every file in a store folder, with its size (graph.json by content)."""
    return {
        p.relative_to(store).as_posix(): p.stat().st_size for p in sorted(store.rglob("*")) if p.is_file()
    }


@pytest.fixture
def built(tmp_path: Path) -> dict[str, object]:
    """A store built from one document, and a second corpus that would change it."""
    store = tmp_path / "store"
    build([_corpus(tmp_path / "one", FIRST)], store_dir=store)
    return {
        "store": store,
        "counts": store_counts(store),
        "graph": (store / GRAPH_FILE).read_bytes(),
        "files": _listing(store),
        "bigger": _corpus(tmp_path / "two", FIRST, SECOND),
    }


def _unchanged(built: dict[str, object]) -> None:
    store = built["store"]
    assert store_counts(store) == built["counts"]  # type: ignore[arg-type]
    assert (store / GRAPH_FILE).read_bytes() == built["graph"]  # type: ignore[operator]
    assert _listing(store) == built["files"]  # type: ignore[arg-type]


def _kg(*args: str, env: dict[str, str] | None = None, **popen: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    return subprocess.Popen(  # type: ignore[call-overload]
        [sys.executable, "-m", "kg", *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, **popen
    )


# ---------------------------------------------------------------- disk full


def _file_size_limit(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:  # in the child: writes past ``limit`` bytes fail (EFBIG) instead of killing it
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@needs_rlimit
@pytest.mark.parametrize("share", [0.02, 0.6], ids=["first-writes", "checkpoint"])
def test_disk_full_build_says_so_keeps_the_store_and_leaves_nothing(built, share):
    """A real build in a process whose files cannot grow past a share of the store's size (ulimit -f): it
    fails while copying (first writes) or at the final checkpoint, which LadybugDB reports as a failed
    read."""
    store = built["store"]
    size = max(size for name, size in built["files"].items() if name.endswith(".lbdb"))  # type: ignore[union-attr]
    proc = _kg(
        "build", str(built["bigger"]), "--store", str(store), preexec_fn=_file_size_limit(int(size * share))
    )
    _, err = proc.communicate(timeout=300)
    message = err.decode()
    assert proc.returncode == 1, message
    assert f"disk full while writing {store / EMBEDDED_DIR}: the previous graph is kept" in message
    assert "Traceback" not in message
    _unchanged(built)


def test_opaque_io_error_on_a_full_disk_is_reported_as_disk_full(built, monkeypatch):
    """LadybugDB's checkpoint on a full disk fails as "Cannot read from file", with no errno: the free space
    left decides."""
    import kg.store.embedded as embedded

    def checkpoint_fails(*args: object) -> None:
        raise RuntimeError("IO exception: Cannot read from file: g-1.lbdb fileDescriptor: 4 numBytesRead: 0")

    monkeypatch.setattr(embedded.EmbeddedStore, "_create_schema", checkpoint_fails)
    monkeypatch.setattr("kg.atomic.shutil.disk_usage", lambda p: _Usage(0))
    with pytest.raises(StoreError, match="disk full while writing"):
        build([built["bigger"]], store_dir=built["store"])
    _unchanged(built)
    monkeypatch.setattr("kg.atomic.shutil.disk_usage", lambda p: _Usage(10**12))
    with pytest.raises(StoreError, match="embedded load failed: IO exception") as info:
        build([built["bigger"]], store_dir=built["store"])
    assert "disk full" not in str(info.value)
    _unchanged(built)


class _Usage:
    def __init__(self, free: int) -> None:
        self.total, self.used, self.free = 10**12, 10**12 - free, free


def test_graph_file_that_does_not_fit_keeps_both(built, monkeypatch):
    def full(fd: int) -> None:  # the database fitted; graph.json's bytes do not reach the disk
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kg.atomic.os.fsync", full)
    with pytest.raises(StoreError, match="disk full while writing"):
        build([built["bigger"]], store_dir=built["store"])
    _unchanged(built)


# ---------------------------------------------------------------- graph.json and the database switch together


def test_graph_file_that_cannot_be_put_in_place_rolls_the_database_back(built, monkeypatch):
    import kg.store.generations as generations

    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)).name == GRAPH_FILE:
            raise PermissionError(13, "Permission denied", str(dst))
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(generations.os, "replace", replace)
    with pytest.raises(
        StoreError, match="cannot put the graph file in place .*previous graph and database are kept"
    ):
        build([built["bigger"]], store_dir=built["store"])
    monkeypatch.undo()
    _unchanged(built)


class _Killed(BaseException):
    """Stands for SIGKILL between the two renames: nothing after it runs."""


def test_switch_killed_between_the_renames_is_completed_by_the_next_reader(built, monkeypatch):
    import kg.store.generations as generations

    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        if Path(str(dst)).name == GRAPH_FILE:
            raise _Killed
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(generations.os, "replace", replace)
    with pytest.raises(_Killed):
        build([built["bigger"]], store_dir=built["store"])
    monkeypatch.undo()
    store = built["store"]
    assert list(
        (store / EMBEDDED_DIR).glob(f"*{STAGED_GRAPH_SUFFIX}")
    )  # the database is live, graph.json not yet
    graph = read_graph(store)  # finishes the switch
    assert not list((store / EMBEDDED_DIR).glob(f"*{STAGED_GRAPH_SUFFIX}"))
    counts = store_counts(store)
    assert counts != built["counts"] and counts["Firm"] == len(
        [k for k in graph.entities if k.startswith("firm:")]
    )


# ---------------------------------------------------------------- one build at a time


@needs_flock
def test_second_build_on_a_busy_store_fails_at_once_and_a_killed_holder_frees_it(built, tmp_path):
    store = built["store"]
    marker = tmp_path / "paused"
    proc = _kg("build", str(built["bigger"]), "--store", str(store),
               env={FAULT_ENV: "sleep@1", FAULT_MARKER_ENV: str(marker)})  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():  # the first build is paused mid-load, holding the store
            assert proc.poll() is None, proc.communicate()[1].decode()
            assert time.monotonic() < deadline, "the first build never reached its load"
            time.sleep(0.05)
        with pytest.raises(
            StoreError, match=rf"{store / EMBEDDED_DIR}: the store is busy: .*\(pid {proc.pid}\)"
        ):
            build([built["bigger"]], store_dir=store)
        res = CliRunner().invoke(cli, ["build", str(built["bigger"]), "--store", str(store)])
        assert res.exit_code == 1 and "the store is busy" in res.stderr
        assert store_counts(store) == built["counts"]  # readers are not blocked
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    build([built["bigger"]], store_dir=store)  # the kernel released the dead build's lock
    assert store_counts(store)["Firm"] == 2
    assert not (store / EMBEDDED_DIR / LOCK_FILE).exists()


@needs_flock
def test_lock_is_reentrant_in_one_process_and_released(tmp_path):
    folder = tmp_path / "db"
    with store_lock(folder):
        with store_lock(folder):
            assert (folder / LOCK_FILE).read_text() == str(os.getpid())
        assert (folder / LOCK_FILE).exists()
    assert not (folder / LOCK_FILE).exists()


def test_build_that_fails_before_loading_leaves_no_store_folder(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    res = CliRunner().invoke(cli, ["build", str(bad), "--store", str(tmp_path / "new" / "store")])
    assert res.exit_code == 1 and "empty" in res.stderr
    assert not (tmp_path / "new").exists()
