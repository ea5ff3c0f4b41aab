"""List the places where the repository quotes an evaluation file's texts.

An annotated file kg is scored on (dev2, a held-out set) is third-party text: it must not be copied into the
repository, not even as a test sentence or a comment's example. This prints every line of the
repository's sources, tests and documents that shares a run of ``--chars`` characters (most of them Chinese)
with one of the file's texts, with the document it comes from; runs that the sample corpus (``seeds/``,
its gold file) also holds are the corpus's own wording and are not reported.

Usage:
    python scripts/find_quoted_text.py GOLD.jsonl [--chars 12]

Exit status 1 when something is quoted, 0 when nothing is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEARCHED = ("kg", "tests", "benchmarks", "scripts", "queries", "docs", "docker", "README.md")
SUFFIXES = (".py", ".md", ".txt", ".cypher", ".json", ".jsonl", ".ttl", ".csv", ".yml", ".yaml", ".html")
SAMPLE_CORPUS = ("seeds", "tests/data/gold_seeds.jsonl")
RE_HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_HAN_SHARE = 0.8  # of a run's characters: a run of digits, Latin letters or markup is no quotation


def runs(text: str, n: int) -> set[str]:
    """The runs of ``n`` characters of ``text`` that are mostly Chinese."""
    return {text[i : i + n] for i in range(len(text) - n + 1)
            if len(RE_HAN.findall(text[i : i + n])) >= MIN_HAN_SHARE * n}


def files(names: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for name in names:
        path = ROOT / name
        if path.is_file():
            out.append(path)
        elif path.is_dir():
            out.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in SUFFIXES)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--chars", type=int, default=12, help="length of a shared run (default 12)")
    args = ap.parse_args(argv)
    n = args.chars
    owner: dict[str, str] = {}
    for line in args.gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            for run in runs(rec["text"], n):
                owner.setdefault(run, rec["doc_id"])
    own: set[str] = set()
    for path in files(SAMPLE_CORPUS):
        own |= runs(path.read_text(encoding="utf-8", errors="replace"), n)
    sample = {ROOT / name for name in SAMPLE_CORPUS}
    found = 0
    for path in files(SEARCHED):
        if path in sample or any(s in path.parents for s in sample):
            continue
        for k, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            docs = sorted({owner[r] for r in runs(line, n) if r in owner and r not in own})
            if docs:
                found += 1
                print(f"{path.relative_to(ROOT)}:{k}: {', '.join(docs)}: {line.strip()[:100]}")
    print(f"{found} line(s) quote {args.gold.name}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
