"""The compiled build's guard (kg/_native.py): compiled modules run only while their sources are the ones they
were compiled from; otherwise, or with KG_PURE_PYTHON=1, the sources run."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import _native

ROOT = Path(__file__).resolve().parent.parent


def _fake_build(root: Path) -> Path:
    """A package ``kg.fake`` with a stamp for its module ``mod``, as the build hook writes it."""
    src = root / "kg" / "fake" / "mod.py"
    src.parent.mkdir(parents=True)
    src.write_text("VALUE = 1\n")
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    (root / "kg" / _native.STAMP).write_text(f"kg/fake/mod.py {digest}\nkg/fake/__init__.py 0\n")
    return src


def test_an_edited_source_makes_the_build_stale(tmp_path: Path) -> None:
    src = _fake_build(tmp_path)
    modules = _native.read_stamp(tmp_path)
    assert sorted(modules) == ["kg.fake", "kg.fake.mod"]
    assert modules["kg.fake.mod"] == (src, hashlib.sha256(b"VALUE = 1\n").hexdigest())
    del modules["kg.fake"]
    assert _native.changed(modules) is None
    src.write_text("VALUE = 2\n")
    assert _native.changed(modules) == src.as_posix()
    src.unlink()
    assert _native.changed(modules) == src.as_posix()


def test_no_stamp_means_nothing_compiled(tmp_path: Path) -> None:
    assert _native.read_stamp(tmp_path) == {}


def test_stale_modules_import_from_their_sources(tmp_path: Path) -> None:
    src = _fake_build(tmp_path)
    finder = _native.FromSource(_native.read_stamp(tmp_path))
    spec = finder.find_spec("kg.fake.mod", None)
    assert spec is not None and spec.origin == str(src) and spec.submodule_search_locations is None
    assert finder.find_spec("kg.other", None) is None


def test_pure_python_on_request() -> None:
    """KG_PURE_PYTHON=1 runs every extraction module from its source, compiled build or not."""
    code = ("import kg._native as n, kg.extract.names as m, kg.lexicon.gazetteer as g; "
            "print(m.__file__, g.__file__, n.status(), sep='|')")
    env = {**os.environ, _native.PURE_ENV: "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip().split("|")
    assert out[0].endswith("names.py") and out[1].endswith("gazetteer.py")
    assert out[2].startswith("pure Python: ")


@pytest.mark.skipif(_native.status() != "compiled", reason="the extraction modules run as pure Python here")
def test_compiled_build_runs_compiled_modules() -> None:
    import kg.extract.names
    import kg.extract.rules

    for module in (kg.extract.names, kg.extract.rules):
        assert not (module.__file__ or "").endswith(".py")
    assert set(_native.read_stamp()) >= {"kg.extract", "kg.extract.names", "kg.lexicon.gazetteer"}


def test_mypyc_accepted_the_sources() -> None:
    """The build hook (hatch_build.py) writes kg/_native_rejected.txt when mypyc rejects kg's own sources (a
    type error, code it cannot compile): the install then silently runs as pure Python, several times slower.
    (A build without a C compiler writes none.)"""
    rejected = ROOT / "kg" / "_native_rejected.txt"
    assert not rejected.exists(), rejected.read_text(encoding="utf-8")[-2000:]


def test_stamp_says_how_the_build_was_made(tmp_path: Path) -> None:
    _fake_build(tmp_path)
    assert _native.build_kind(tmp_path) == "plain"  # (a stamp of before the first line said it)
    stamp = tmp_path / "kg" / _native.STAMP
    stamp.write_text("# profile-guided\n" + stamp.read_text())
    assert _native.build_kind(tmp_path) == "profile-guided"
    assert sorted(_native.read_stamp(tmp_path)) == ["kg.fake", "kg.fake.mod"]  # (the first line is no module)
    assert _native.build_kind(tmp_path / "elsewhere") is None


@pytest.mark.skipif(_native.status() != "compiled", reason="the extraction modules run as pure Python here")
def test_profile_guided_build_did_not_fail() -> None:
    """With GCC the build hook compiles profile-guided (hatch_build.py); when one of its steps fails it falls
    back to the plain build (same results, ~8% slower) and says why in the stamp: that must not go unseen."""
    kind = _native.build_kind() or ""
    assert not kind.startswith("plain: the profile-guided build failed"), kind
