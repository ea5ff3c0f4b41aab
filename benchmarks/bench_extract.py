"""Benchmark: extraction against ``jieba.cut`` on the same text, interleaved, on distinct generated documents.

The corpus is generated, not the seeds repeated: documents are made of the seed files' sentences with their
places and figures replaced at random (real sentence shapes, distinct strings) and, one in five, template
sentences of investment news filled with names the naming grammar makes from the lexicons
(``kg.extract.model.train.synthetic_sentences``, seeded), so no two documents are alike. Their clauses still
repeat more than real pages' do: measured on 150 of them, 31% of the word windows extraction cuts and 44% of
the short strings it segments were cut in an earlier document (cached), against 7% and 11% on 104 real pages,
so real pages run slower than this corpus (0.72-0.76x jieba.cut over 104 real pages in a fresh process, when
last measured). Each round times, on one
batch of documents, ``extract`` then ``jieba.cut`` over the same texts (alternating which goes first), so both
see the same machine load; the ratio printed is total jieba time / total extraction time (above 1.0:
extraction is faster than jieba.cut alone). One-time loading (lexicon, jieba dictionary, span model) is done
before timing.

Usage:
    .venv/bin/python benchmarks/bench_extract.py [--docs 400] [--extractor rules|hybrid|model] [--workers 2]
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_documents(n: int, seed: int = 0) -> list[str]:
    """``n`` distinct documents of 15-40 sentences each: sentences of the seed files with their places swapped
    for random places of the same level and their figures for random figures (real sentence shapes, distinct
    strings), and one in five a template sentence of investment news."""
    from kg.extract.model.train import synthetic_sentences
    from kg.extract.text import split_sentences
    from kg.ingest import read_documents
    from kg.lexicon import Lexicon

    rng = random.Random(seed)
    lex = Lexicon.load()
    by_level: dict[str, list[str]] = {}
    for p in lex.gazetteer.places.values():
        by_level.setdefault(p.level, []).append(p.name)
    seed_sents = [s.text.strip() for d in read_documents([ROOT / "seeds"]) for s in split_sentences(d.text)
                  if len(s.text.strip()) > 8]
    places = {s: lex.gazetteer.find(s) for s in seed_sents}
    made = [t for t, _ in synthetic_sentences(lex, n * 8, seed)]

    def vary(sent: str) -> str:
        out, pos = [], 0
        for p in places[sent]:
            out.append(sent[pos : p.start])
            same_level = by_level.get(p.level or "county", by_level["county"])
            out.append(rng.choice(same_level) if p.code else p.surface)
            pos = p.end
        out.append(sent[pos:])
        return re.sub(r"\d", lambda _: str(rng.randint(0, 9)), "".join(out))

    docs = []
    for _ in range(n):
        k = rng.randint(15, 40)
        docs.append("".join(rng.choice(made) if rng.random() < 0.2 else vary(rng.choice(seed_sents))
                            for _ in range(k)))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400, help="documents to generate (default 400)")
    ap.add_argument("--rounds", type=int, default=8, help="batches timed alternately (default 8)")
    ap.add_argument("--extractor", default="rules")
    ap.add_argument("--workers", type=int, default=0, help="also time extract_many with this many processes")
    args = ap.parse_args(argv)

    import jieba

    from kg.extract import extract, extract_many, get_extractor
    from kg.model import Document

    texts = make_documents(args.docs)
    n_chars = sum(map(len, texts))
    docs = [Document(f"d{i}", f"d{i}.txt", None, "2023", "湖南省", t) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    get_extractor(args.extractor)
    extract(Document("warm", "warm.txt", None, "2023", "邵阳市", "华为邵阳运营中心项目在邵阳经开区签约。"),
            extractor=args.extractor)
    t_load = time.perf_counter() - t0
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    from kg import _native

    print(f"corpus: {len(texts)} generated documents, {n_chars:,} characters; cpus {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}; one-time loading {t_load:.2f} s (not timed); "
          f"extraction modules: {_native.status()}"
          + (f" ({_native.build_kind()})" if _native.status() == "compiled" else ""))

    batch = max(1, len(docs) // args.rounds)
    t_kg = t_jieba = 0.0
    for r in range(args.rounds):
        chunk = docs[r * batch : (r + 1) * batch]
        order = ("kg", "jieba") if r % 2 == 0 else ("jieba", "kg")
        for who in order:
            t = time.perf_counter()
            if who == "kg":
                for d in chunk:
                    extract(d, extractor=args.extractor)
                t_kg += time.perf_counter() - t
            else:
                for d in chunk:
                    list(jieba.cut(d.text))
                t_jieba += time.perf_counter() - t
    done = sum(len(d.text) for d in docs[: batch * args.rounds])
    print(f"extract ({args.extractor}), 1 process: {t_kg:7.2f} s  {done / t_kg:12,.0f} chars/s")
    print(f"jieba.cut alone:              {t_jieba:7.2f} s  {done / t_jieba:12,.0f} chars/s")
    print(f"speed of extract / speed of jieba.cut: {t_jieba / t_kg:.2f}x ({t_jieba:.2f} s / {t_kg:.2f} s; "
          ">= 1.0: extraction is faster)")
    if args.workers > 1:
        t = time.perf_counter()
        for _ in extract_many(docs, workers=args.workers, extractor=args.extractor):
            pass
        tw = time.perf_counter() - t
        print(f"extract_many, {args.workers} processes: {tw:7.2f} s  {n_chars / tw:12,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
