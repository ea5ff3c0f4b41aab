"""Benchmark: ``kg extract`` end to end against ``jieba.cut`` alone, on the same text (issue 3, item 6).

Builds a corpus of the seeds repeated to at least 5 MB (UTF-8), one file per copy of each seed file, in a
temporary folder, then prints in one run:

* chars/s of extraction end to end (ingest -> extract -> JSON records: ``kg.pipeline.extract_lines``, what
  ``kg extract`` runs), workers=1;
* chars/s of ``jieba.cut`` alone over the same document texts (``list(jieba.cut(text))`` per document,
  jieba initialised before timing);
* their ratio, and the speed-up of extraction with workers=2 over workers=1.

One-time loading (gazetteer, lexicons, jieba dictionary) happens before the clocks start, and is printed
separately. Note: the corpus repeats the same documents, so caches keyed by short strings (jieba cuts of
candidate names, ingest metadata) hit more often than on a corpus of distinct pages.

Usage: .venv/bin/python benchmarks/bench_extract.py [--mb 5] [--profile OUT.prof]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def make_corpus(folder: Path, min_bytes: int) -> tuple[int, int]:
    """Write copies of the seed files into ``folder`` until they hold ``min_bytes``; (files, bytes)."""
    seeds = [(p.name, p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    files = size = copy = 0
    while size < min_bytes:
        for name, data in seeds:
            (folder / f"rep{copy:03d}_{name}").write_bytes(data)
            files += 1
            size += len(data)
        copy += 1
    return files, size


def time_extract(corpus: Path, workers: int) -> tuple[float, int, int]:
    """Seconds, documents and characters of ingest -> extract -> JSON records."""
    from kg.pipeline import extract_lines

    docs = out_bytes = 0
    counted = [0]

    def progress(_docs: int, n_chars: int) -> None:
        counted[0] = n_chars

    t0 = time.perf_counter()
    for line in extract_lines([corpus], workers=workers, progress=progress):  # what `kg extract` runs
        out_bytes += len(line)
        docs += 1
    return time.perf_counter() - t0, docs, counted[0]


def time_jieba(texts: list[str]) -> float:
    import jieba

    t0 = time.perf_counter()
    for text in texts:
        list(jieba.cut(text))
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (UTF-8), default 5")
    ap.add_argument("--profile", type=Path, 
                    help="profile one workers=1 extraction into this .prof file instead")
    args = ap.parse_args(argv)

    import jieba

    from kg.extract import extract
    from kg.ingest import read_documents
    from kg.model import Document

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        corpus = Path(tmp)
        files, size = make_corpus(corpus, int(args.mb * 1_000_000))
        texts = [d.text for d in read_documents([corpus])]
        n_chars = sum(map(len, texts))
        print(f"corpus: {files} files, {len(texts)} documents, {size / 1e6:.2f} MB, {n_chars:,} chars "
              f"(seeds x{files // len(list(SEEDS.glob('*.txt')))}); cpus: {os.cpu_count()}, "
              f"load average {os.getloadavg()[0]:.1f}")

        t0 = time.perf_counter()
        warm = "华为邵阳运营中心项目在邵阳经开区签约。"
        extract(Document("warm", "warm.txt", None, "2023", "邵阳市", warm))
        t_load_kg = time.perf_counter() - t0
        t0 = time.perf_counter()
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        t_load_jieba = time.perf_counter() - t0
        print(f"one-time loading (not timed below): kg {t_load_kg:.2f} s, jieba {t_load_jieba:.2f} s")

        if args.profile:
            import cProfile

            cProfile.runctx("time_extract(corpus, 1)", globals(), {"time_extract": time_extract,
                                                                    "corpus": corpus}, str(args.profile))
            print(f"profile written to {args.profile}")
            return 0

        t_jieba = time_jieba(texts)
        t1, docs, chars = time_extract(corpus, 1)
        t2, docs2, chars2 = time_extract(corpus, 2)
        assert (docs, chars) == (docs2, chars2) == (len(texts), n_chars)
        r1, rj, r2 = chars / t1, n_chars / t_jieba, chars / t2
        print(f"kg extract, workers=1: {t1:7.2f} s  {r1:12,.0f} chars/s")
        print(f"jieba.cut alone:       {t_jieba:7.2f} s  {rj:12,.0f} chars/s")
        print(f"ratio extract/jieba.cut: {r1 / rj:.2f}x")
        print(f"kg extract, workers=2: {t2:7.2f} s  {r2:12,.0f} chars/s")
        print(f"speed-up workers=2 vs 1: {t1 / t2:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
