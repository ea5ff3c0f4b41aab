"""Write the texts of a gold JSONL file (../shared/gold/SCHEMA.md) to a folder, one ``<doc_id>.txt`` each, so
that ``kg build`` can read them as a user's files: ``kg build seeds/ /tmp/dev2-texts``.

The gold texts are third-party text: they are written only to a folder outside this repository (the script
refuses a folder inside it), never copied into it. Each file holds the document's ``text`` exactly (UTF-8);
title, date and region are left for ``kg ingest`` to find, as for any other file.

Usage: .venv/bin/python scripts/write_gold_texts.py GOLD.jsonl OUT_DIR [--half develop|check|all]

``--half develop`` keeps ids whose last digit is odd, ``check`` those whose last digit is even (the held-out
half of dev2.jsonl: build with them, do not study them), ``all`` (default) every document.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HALVES = ("all", "develop", "check")


def in_half(doc_id: str, half: str) -> bool:
    """Whether a document id belongs to a half (odd last digit: develop; even: check)."""
    if half == "all" or not doc_id[-1:].isdigit():
        return half == "all"
    odd = int(doc_id[-1]) % 2 == 1
    return odd if half == "develop" else not odd


def write_texts(gold: Path, out: Path, half: str = "all") -> list[Path]:
    """Write each selected record's text to ``out/<doc_id>.txt``; returns the paths written."""
    out = out.resolve()
    if out == REPO or REPO in out.parents:
        raise SystemExit(f"{out}: inside the repository; gold texts may not be copied into it")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with gold.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                doc_id, text = str(rec["doc_id"]), str(rec["text"])
            except (json.JSONDecodeError, KeyError) as exc:
                raise SystemExit(f"{gold}:{lineno}: not a gold record ({exc})") from exc
            if not in_half(doc_id, half):
                continue
            path = out / f"{doc_id}.txt"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, help="gold JSONL file (e.g. ../shared/gold/dev2.jsonl)")
    ap.add_argument("out", type=Path, help="folder to write <doc_id>.txt files into (outside the repository)")
    ap.add_argument("--half", choices=HALVES, default="all")
    args = ap.parse_args(argv)
    paths = write_texts(args.gold, args.out, args.half)
    print(f"wrote {len(paths)} text(s) to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
