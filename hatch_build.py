"""Build hook (hatchling runs it for every wheel, the editable one of ``pip install -e .`` included): compile
the extraction and lexicon modules with mypyc (MIT, part of mypy) into C extension modules beside their
sources, and write ``kg/_native_build.txt`` (each compiled source and its hash: ``kg/_native.py`` runs the
sources instead when one changed after the build).

With GCC (10 or later) the build is profile-guided: the modules are compiled once instrumented, run over a
sample workload made of kg's own files (the seed documents and sentences generated from the lexicons), and
compiled again with the counts that run left, with link-time optimisation across the modules; the compiler
then lays out and inlines for where the work is (extraction about 10% faster: the README's benchmark). Code
the workload never ran is compiled as it would be without a profile. ``KG_NO_PGO=1`` asks for the plain build
(one compile instead of two: a quicker install), and so does any failure of the profile-guided steps.

Nothing here can fail an install: with ``KG_PURE_PYTHON=1`` set, or when compiling fails (no C compiler or
Python headers, a mypyc error), the hook says so and the package installs as pure Python, which gives the same
results, only slower. What it writes (``*.so``/``*.pyd``, the stamp) is ignored by git.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The compiled modules: extraction (rules, frames, the span model's glue) and the lexicon: every hot loop of
# `kg extract`. They are compiled together, so calls between them are direct C calls.
COMPILED = ("kg/extract/*.py", "kg/extract/frames/*.py", "kg/extract/model/*.py", "kg/lexicon/*.py")
NOT_COMPILED = ("kg/extract/model/train.py",)  # training only: nothing hot
GROUP = "kg_compiled"  # mypyc's shared library: the top-level module kg_compiled__mypyc.<abi>.so
STAMP = "kg/_native_build.txt"
# Written when mypyc rejects kg's own sources (a type error, or code mypyc cannot compile): the install still
# works (pure Python) but runs several times slower, so tests/test_native.py fails while it is there. A build
# that fails for want of a C compiler or Python headers writes none.
REJECTED = "kg/_native_rejected.txt"
PURE_ENV = "KG_PURE_PYTHON"
NO_PGO_ENV = "KG_NO_PGO"
# The stamp's first line says how the modules were built (kg._native.build_kind reads it).
PROFILE_GUIDED = "profile-guided"
PLAIN = "plain"
PGO_FAILED = "plain: the profile-guided build failed"  # (tests/test_native.py fails on it)
MIN_GCC = 10  # -fprofile-partial-training and -flto=N
# Flags of both compiles of a profile-guided build (compile and link): calls between the modules bind
# inside the library and are optimised across modules at link time (mypyc compiles each module to its own C
# file); only the modules' init functions are exported (Python declares them so).
GCC_FLAGS = ("-fno-semantic-interposition", "-fvisibility=hidden")
# How mypy and mypyc name a line of a source they reject: "<path>/kg/extract/x.py:12: error: …"
RE_SOURCE_LINE = re.compile(r"^\S*kg/\S+\.py:\d+: ", re.MULTILINE)

# Runs in a child process with the build environment's mypy and setuptools; argv: output folder, C jobs,
# group name, extra C compiler and linker flags (a JSON list), sources.
_COMPILE = r"""
import json, os, sys
from concurrent.futures import ThreadPoolExecutor

out, jobs, group, flags, *sources = sys.argv[1:]
os.chdir(out)
from setuptools import setup
from mypyc.build import mypycify

try:
    from setuptools._distutils import ccompiler
except ImportError:
    from distutils import ccompiler


def compile_parallel(self, sources, output_dir=None, macros=None, include_dirs=None, debug=0,
                     extra_preargs=None, extra_postargs=None, depends=None):
    # distutils' CCompiler.compile, with the C files compiled on `jobs` cores instead of one by one
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
        output_dir, macros, include_dirs, sources, depends, extra_postargs)
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

    def one(obj):
        src, ext = build[obj]
        self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)

    with ThreadPoolExecutor(int(jobs)) as pool:
        list(pool.map(one, objects))
    return objects


ccompiler.CCompiler.compile = compile_parallel
# --ignore-missing-imports: the build environment holds mypy, not kg's dependencies, whose types are Any here
# (the same Python semantics, with fewer shortcuts; the tests run the compiled modules)
ext = mypycify(["--ignore-missing-imports", *sources], opt_level="3", debug_level="0", multi_file=True,
               group_name=group, target_dir=os.path.join(out, "c"))
for e in ext:
    e.extra_compile_args.extend(json.loads(flags))
    e.extra_link_args.extend(json.loads(flags))
# --force: a second build in the same folder (the profile-guided one) compiles every file again
setup(name="kg-compiled", packages=[], py_modules=[], ext_modules=ext,
      script_args=["build_ext", "--force", "--build-lib", os.path.join(out, "lib"),
                   "--build-temp", os.path.join(out, "tmp")])
"""

# Runs in a child process over the instrumented build (argv: the project folder): the profile's workload.
# Sample text only: the seed documents (real pages, split where a blank line is) and generated sentences.
_WORKLOAD = r"""
import re, sys
from pathlib import Path

root = sys.argv[1]
sys.path.insert(0, root)
from kg.extract import extract
from kg.extract.model.train import synthetic_sentences
from kg.lexicon import Lexicon
from kg.model import Document

texts = [part for path in sorted(Path(root, "seeds").glob("*.txt"))
         for part in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if part.strip()]
made = [s for s, _ in synthetic_sentences(Lexicon.load(), 400, 5)]
texts += ["".join(made[i : i + 20]) for i in range(0, len(made), 20)]
for i, text in enumerate(texts):
    extract(Document(f"d{i}", "d.txt", None, None, None, text))
"""


def compiled_sources(root: Path) -> list[str]:
    """The sources to compile, relative to ``root``, with ``/``."""
    found = {p.relative_to(root).as_posix() for pattern in COMPILED for p in root.glob(pattern)}
    return sorted(found - set(NOT_COMPILED))


def clean(root: Path) -> None:
    """Remove what an earlier build left beside the sources (its extension modules and stamp)."""
    for path in [*(root / "kg").rglob("*"), *root.glob(f"{GROUP}__mypyc.*")]:
        if path.suffix in (".so", ".pyd") and path.is_file():
            path.unlink()
    (root / STAMP).unlink(missing_ok=True)
    (root / REJECTED).unlink(missing_ok=True)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def compile_modules(root: Path, sources: list[str], out: str,
                    flags: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Compile ``sources`` in the folder ``out`` (C compiler and linker ``flags`` added), then copy the
    extension modules beside them (the shared library to ``root``); their paths relative to ``root``."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    for made in ("lib", "tmp"):  # (what an earlier build in ``out`` left)
        shutil.rmtree(Path(out) / made, ignore_errors=True)
    proc = subprocess.run([sys.executable, "-c", _COMPILE, out, str(min(_cores(), 8)), GROUP,
                           json.dumps(list(flags)), *(str(root / s) for s in sources)],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if proc.returncode:
        raise RuntimeError(proc.stdout[-3000:])
    lib = Path(out) / "lib"
    built = sorted(p.relative_to(lib).as_posix() for p in lib.rglob(f"*{suffix}"))
    if len(built) != len(sources) + 1:
        raise RuntimeError(f"mypyc built {len(built)} extension modules for {len(sources)} sources")
    for rel in built:
        shutil.copy2(lib / rel, root / rel)
    return built


def gcc_major() -> int | None:
    """The major version of the C compiler extensions are built with, when it is GCC; else None."""
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "").split()
    if not cc:
        return None
    try:
        version = subprocess.run([cc[0], "--version"], capture_output=True, text=True, timeout=60).stdout
        major = subprocess.run([cc[0], "-dumpversion"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    if "Free Software Foundation" not in version or "clang" in version.lower():
        return None
    head = major.strip().split(".")[0]
    return int(head) if head.isdigit() else None


def build(root: Path, sources: list[str]) -> tuple[list[str], str]:
    """Compile ``sources`` (profile-guided where GCC allows, see the module's doc); the extension modules'
    paths relative to ``root``, and the stamp's first line (how they were built)."""
    with tempfile.TemporaryDirectory(prefix="kg-mypyc-") as out:
        gcc = gcc_major()
        if os.environ.get(NO_PGO_ENV, "") not in ("", "0"):
            kind = f"{PLAIN}: {NO_PGO_ENV} is set"
        elif gcc is None or gcc < MIN_GCC:
            kind = f"{PLAIN}: the C compiler is not GCC {MIN_GCC} or later"
        else:
            profile = str(Path(out) / "profile")
            lto = f"-flto={min(_cores(), 8)}"
            try:
                compile_modules(root, sources, out, [*GCC_FLAGS, lto, f"-fprofile-generate={profile}",
                                                     "-fprofile-update=single"])
                write_stamp(root, sources, "instrumented")
                proc = subprocess.run([sys.executable, "-c", _WORKLOAD, str(root)], stdout=subprocess.PIPE,
                                      stderr=subprocess.STDOUT, text=True)
                if proc.returncode:
                    raise RuntimeError(f"the profile's workload failed: {proc.stdout[-3000:]}")
                built = compile_modules(root, sources, out, [
                    *GCC_FLAGS, lto, f"-fprofile-use={profile}", "-fprofile-correction",
                    "-fprofile-partial-training", "-Wno-missing-profile"])
                return built, PROFILE_GUIDED
            except Exception as e:  # the plain build instead
                kind = f"{PGO_FAILED}: {' '.join(str(e).split())[:500]}"
        return compile_modules(root, sources, out), kind


def write_stamp(root: Path, sources: list[str], kind: str) -> None:
    """How the modules were built, then each compiled source with the hash ``kg/_native.py`` compares."""
    lines = [f"# {kind}\n"]
    lines += [f"{s} {hashlib.sha256((root / s).read_bytes()).hexdigest()}\n" for s in sources]
    (root / STAMP).write_text("".join(lines), encoding="utf-8")


class MypycHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        clean(root)
        if os.environ.get(PURE_ENV, "") not in ("", "0"):
            self.app.display_info(f"kg: {PURE_ENV} is set: installing pure Python (not compiled)")
            return
        sources = compiled_sources(root)
        try:
            built, kind = build(root, sources)
            write_stamp(root, sources, kind)
        except Exception as e:  # any failure: pure Python, the same results
            clean(root)
            if RE_SOURCE_LINE.search(str(e)):
                (root / REJECTED).write_text(str(e), encoding="utf-8")
            self.app.display_warning(f"kg: compiling with mypyc failed, installing pure Python (same "
                                     f"results, slower):\n{e}")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["artifacts"].extend([f"/{p}" for p in built if "/" in p] + [f"/{STAMP}"])
        if version != "editable":  # the shared library is a top-level module: a wheel gets a copy (an
            # editable install has the project folder itself on sys.path)
            build_data["force_include"].update({str(root / p): p for p in built if "/" not in p})
        self.app.display_info(f"kg: compiled {len(sources)} modules with mypyc ({kind})")
