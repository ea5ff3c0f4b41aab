"""The build hook's choice between the profile-guided and the plain compile (hatch_build.build), with the
compiler and the workload replaced: what each case compiles, with which flags, and what the stamp will say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
hatch_build = pytest.importorskip("hatch_build")  # (it imports hatchling, a test dependency)


class Ok:
    returncode = 0
    stdout = ""


class Failed:
    returncode = 1
    stdout = "Traceback …\nRuntimeError: no seeds"


@pytest.mark.parametrize(("no_pgo", "gcc", "workload", "kind", "compiles"), [
    ("", 12, Ok, "profile-guided", ["-fprofile-generate", "-fprofile-use"]),
    ("1", 12, Ok, "plain: KG_NO_PGO is set", ["plain"]),
    ("", None, Ok, "plain: the C compiler is not GCC 10 or later", ["plain"]),
    ("", 9, Ok, "plain: the C compiler is not GCC 10 or later", ["plain"]),
    ("", 12, Failed, "plain: the profile-guided build failed: the profile's workload failed",
     ["-fprofile-generate", "plain"]),
])
def test_build_kind(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_pgo: str, gcc: int | None,
                    workload: Any, kind: str, compiles: list[str]) -> None:
    calls: list[list[str]] = []

    def compile_modules(root: Path, sources: list[str], out: str, flags: Any = ()) -> list[str]:
        calls.append(list(flags))
        return ["kg/x.so"]

    monkeypatch.setenv(hatch_build.NO_PGO_ENV, no_pgo)
    monkeypatch.setattr(hatch_build, "gcc_major", lambda: gcc)
    monkeypatch.setattr(hatch_build, "compile_modules", compile_modules)
    monkeypatch.setattr(hatch_build, "write_stamp", lambda *a: None)
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: workload())
    built, got = hatch_build.build(tmp_path, ["kg/x.py"])
    assert built == ["kg/x.so"] and got.startswith(kind)
    made = [next((f.split("=")[0] for f in flags if f.startswith("-fprofile-")), "plain") for flags in calls]
    assert made == compiles
    if "-fprofile-use" in made:  # both compiles of a profile-guided build share its flags and profile folder
        assert all(set(hatch_build.GCC_FLAGS) <= set(flags) for flags in calls)
        folders = [f.split("=", 1)[1] for flags in calls for f in flags
                   if f.startswith(("-fprofile-generate=", "-fprofile-use="))]
        assert len(folders) == 2 and folders[0] == folders[1]
