"""Train the span CRF that ships in kg/data/span_model.crfsuite.

    .venv/bin/python scripts/train_span_model.py --dev PATH/TO/dev2.jsonl [--dev MORE.jsonl] [--synthetic 800]

Gold sentences come from the sample corpus's gold file (tests/data/gold_seeds.jsonl, in the repository) and,
with --dev, from the develop half (ids ending in an odd digit) of another annotated file given by its path
(its texts are not copied anywhere: only the trained weights are written). Template sentences are generated
from the lexicons with a fixed seed, so the same inputs give the same weights.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.model.tagger import MODEL_PATH  # noqa: E402
from kg.extract.model.train import read_records, train  # noqa: E402
from kg.lexicon import Lexicon  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds-gold", type=Path, default=ROOT / "tests" / "data" / "gold_seeds.jsonl")
    ap.add_argument("--dev", type=Path, action="append", default=[],
                    help="an annotated JSONL file; its develop half (odd ids) is used (may repeat)")
    ap.add_argument("--synthetic", type=int, default=800, help="template sentences to generate (default 800)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--output", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    gold = read_records(args.seeds_gold)
    for path in args.dev:
        gold += read_records(path, half="develop")
    t0 = time.perf_counter()
    counts = train(args.output, gold, Lexicon.load(), synthetic=args.synthetic, seed=args.seed)
    size = args.output.stat().st_size
    print(f"trained on {counts['gold_sentences']} gold and {counts['synthetic_sentences']} template "
          "sentences "
          f"({counts['characters']:,} characters) in {time.perf_counter() - t0:.1f} s -> {args.output} "
          f"({size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
