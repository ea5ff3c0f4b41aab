"""Benchmark: a full build against adding one document to the same store (issue 12, item 5).

Makes a corpus of N news-sized documents (default 10,000, ~1,500 characters each) from the seed texts, each
with its own firm and project names (a random brand in front of every legal firm name and project name, random
amounts), so the graph grows as a real corpus's does, then prints:

* the full build: ingest, extract every document, resolve, load the embedded store (``kg build DIR``);
* adding one new document (``kg build FILE --add``): ingest it, extract it alone, take the other N from the
  extraction cache, re-resolve and reload the store;
* a rebuild of the unchanged corpus (every extraction from the cache), for reference.

Usage: .venv/bin/python benchmarks/bench_incremental.py [--docs 10000] [--workers 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DOC_CHARS = 1500
BRAND_CHARS = "华信德鑫泰盛恒源丰瑞宏达安康博创天宇嘉合兴隆金联正远明新立诚和瀚海云峰星辰卓越"
RE_FIRM = re.compile(r"[\u4e00-\u9fff]{2,10}(?:股份有限公司|有限公司|集团)")
RE_PROJECT = re.compile(r"[\u4e00-\u9fff]{2,12}项目")
RE_AMOUNT = re.compile(r"\d+(?:\.\d+)?(?=亿元|万元)")


def chunks() -> list[str]:
    """The seed texts cut into news-sized pieces at paragraph ends."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        piece = ""
        for para in path.read_text(encoding="utf-8").splitlines():
            if para.strip().startswith(("-", "—", "=")):
                continue
            piece += para + "\n"
            if len(piece) >= DOC_CHARS:
                out.append(piece)
                piece = ""
    return out


def make_doc(rng: random.Random, base: str, n: int) -> str:
    def brand() -> str:
        return "".join(rng.choice(BRAND_CHARS) for _ in range(rng.randint(2, 3)))

    text = RE_FIRM.sub(lambda m: brand() + m.group(), base)
    text = RE_PROJECT.sub(lambda m: brand() + m.group(), text)
    text = RE_AMOUNT.sub(lambda m: str(rng.randint(1, 99)), text)
    return f"{2015 + n % 10}年招商动态第{n}期\n{text}"


def make_corpus(folder: Path, n: int, seed: int = 12) -> None:
    rng = random.Random(seed)
    bases = chunks()
    for i in range(n):
        sub = folder / f"{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{i:05d}.txt").write_text(make_doc(rng, bases[i % len(bases)], i), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    args = ap.parse_args()
    logging.getLogger("jieba").setLevel(logging.WARNING)

    from kg.pipeline import build

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-incremental-"))
    corpus, store, extra = work / "corpus", work / "store", work / "new"
    for p in (corpus, store, extra):
        shutil.rmtree(p, ignore_errors=True)
        p.mkdir(parents=True)
    make_corpus(corpus, args.docs)
    added = make_doc(random.Random(99), chunks()[0], args.docs + 1)
    (extra / "added.txt").write_text(added, encoding="utf-8")
    chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.rglob("*.txt"))
    print(f"corpus: {args.docs} documents, {chars / 1e6:.1f}M characters; workers={args.workers}")

    t = time.perf_counter()
    full = build([corpus], store, workers=args.workers)
    t_full = time.perf_counter() - t
    print(f"full build:         {t_full:7.1f} s  ({full.documents} documents, {full.extracted} extracted; "
          f"{sum(v for k, v in full.counts.items() if k[0].isupper() and not k.isupper())} nodes)")

    t = time.perf_counter()
    added = build([extra], store, workers=args.workers, add=True)
    t_add = time.perf_counter() - t
    print(f"add one document:   {t_add:7.1f} s  ({added.documents} documents, {added.extracted} extracted)")

    t = time.perf_counter()
    again = build([corpus, extra], store, workers=args.workers)
    t_again = time.perf_counter() - t
    print(f"rebuild, all cached:{t_again:7.1f} s  ({again.documents} documents, {again.extracted} extracted)")
    print(f"adding one document takes {t_add / t_full:.1%} of the full build's time")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
