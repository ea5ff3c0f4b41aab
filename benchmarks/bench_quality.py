"""Extraction quality on annotated files: precision, recall and F1 per type, and amounts right on their edges.

    .venv/bin/python benchmarks/bench_quality.py --gold ../shared/gold/dev2.jsonl \\
        [--extractor rules hybrid model]
    .venv/bin/python benchmarks/bench_quality.py --gold tests/data/gold_seeds.jsonl --docs seeds/ --whole

A gold file whose ids end in digits is scored in two halves by the last digit: odd ids (the develop half,
studied while writing rules) and even ids (the check half, only scored: the honest estimate for unseen text).
Its texts are written to a temporary folder for extraction and removed afterwards (nothing is copied into the
repository); ``--docs`` extracts from files instead (the sample corpus). ``--markdown`` prints the table the
README shows.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = ("firm", "project", "park", "place", "INVESTS_IN", "LOCATED_IN", "IN_INDUSTRY", "PART_OF")


def _halves(records: list[dict], whole: bool) -> dict[str, list[dict]]:
    if whole:
        return {"all": records}
    out: dict[str, list[dict]] = {"develop": [], "check": []}
    for r in records:
        last = r["doc_id"][-1]
        out["develop" if last.isdigit() and int(last) % 2 else "check"].append(r)
    return out


def score_half(records: list[dict], extractor: str | None, docs: Path | None = None):  # type: ignore[no-untyped-def]
    from kg.evaluate import score
    from kg.pipeline import extract_records

    with tempfile.TemporaryDirectory(prefix="kg-quality-") as tmp:
        if docs is None:
            for r in records:
                (Path(tmp) / f"{r['doc_id']}.txt").write_text(r["text"], encoding="utf-8")
            docs = Path(tmp)
        pred = list(extract_records([docs], extractor=extractor))
        return score(records, pred)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--docs", type=Path, help="extract these files instead of the gold texts")
    ap.add_argument("--whole", action="store_true", help="score the file as one set, not in halves")
    ap.add_argument("--extractor", nargs="+", default=["rules"])
    ap.add_argument("--seeds", nargs=2, type=Path, metavar=("GOLD", "DOCS"),
                    help="also score the sample corpus (its gold file and its folder) as a first column")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args(argv)
    records = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    halves = _halves(records, args.whole or args.docs is not None)
    for ex in args.extractor:
        reports = {}
        if args.seeds:
            lines = args.seeds[0].read_text(encoding="utf-8").splitlines()
            seeds = [json.loads(x) for x in lines if x.strip()]
            reports["seeds"] = score_half(seeds, ex, args.seeds[1])
        reports.update({name: score_half(recs, ex, args.docs) for name, recs in halves.items()})
        print(f"extractor: {ex}")
        head = "| type | " + " | ".join(f"{h} P / R / F1" for h in reports) + " |"
        print(head if args.markdown else f"{'type':12s}" + "".join(f"{h:>24s}" for h in reports))
        if args.markdown:
            print("|---|" + "---|" * len(reports))
        for k in KINDS:
            cells = []
            for rep in reports.values():
                s = rep.scores[k]
                cells.append(f"{_f(s.precision)} / {_f(s.recall)} / {_f(s.f1)}")
            print(f"| {k} | " + " | ".join(cells) + " |" if args.markdown else
                  f"{k:12s}" + "".join(f"{c:>24s}" for c in cells))
        amounts = "; ".join(f"{h} {rep.amount.right}/{rep.amount.n}" for h, rep in reports.items())
        print(f"amounts right: {amounts}")
    return 0


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


if __name__ == "__main__":
    sys.exit(main())
