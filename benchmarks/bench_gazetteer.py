"""Benchmark: gazetteer load time and place-finder throughput on the seeds repeated (prints figures).

    python benchmarks/bench_gazetteer.py
"""

from __future__ import annotations

import time
from pathlib import Path

from kg.lexicon.gazetteer import Gazetteer, _load_cached
from kg.lexicon.words import FirmNames, IndustryTaxonomy

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    big = text * max(1, 2_000_000 // len(text))
    _load_cached.cache_clear()
    t = time.perf_counter()
    gaz = Gazetteer.load()
    print(f"gazetteer load: {time.perf_counter() - t:.3f} s ({len(gaz.places)} places)")
    for label, fn in (("find_places", lambda s: gaz.find(s, "湖南省")),
                      ("find_industries", IndustryTaxonomy.load().find_industries),
                      ("find_known firms", FirmNames.load().find_known)):
        t = time.perf_counter()
        n = len(fn(big))
        dt = time.perf_counter() - t
        print(f"{label:18s} {len(big) / dt / 1e6:6.2f} M chars/s  ({n} matches in {len(big):,} chars)")


if __name__ == "__main__":
    main()
