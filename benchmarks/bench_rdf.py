"""Benchmark: Turtle (and N-Triples) export of a synthetic graph of >= 1M triples.

    .venv/bin/python benchmarks/bench_rdf.py [--firms 20000]

Each firm invests in one project (with amount, year, stage and one evidence sentence), the project lies in a
park in a coded county; about 55 triples per firm.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.model import Entity, EntityType, Evidence, Graph, Relation, RelType
from kg.rdf import write_rdf


def synthetic_graph(n_firms: int) -> Graph:
    ents: dict[str, Entity] = {}
    rels: list[Relation] = []
    counties = [Entity(EntityType.PLACE, f"第{i}县", level="county", code=f"43{i:04d}000000")
                for i in range(200)]
    ents.update((c.key, c) for c in counties)
    for i in range(n_firms):
        doc = f"doc{i % 5000}"
        firm = Entity(EntityType.FIRM, f"湖南测试{i}新能源有限公司", aliases=(f"测试{i}",), sources=(doc,))
        proj = Entity(EntityType.PROJECT, f"年产{i}万套动力电池项目", sources=(doc,),
                      attrs={"timeline": [{"year": 2020 + i % 5, "stage": "签约", "doc_id": doc}]})
        park = Entity(EntityType.PARK, f"测试{i % 2000}高新技术产业开发区",
                      attrs={"park_type": "高新技术产业开发区"})
        county = counties[i % len(counties)]
        ents.update({firm.key: firm, proj.key: proj, park.key: park})
        sentence = f"总投资{i % 90 + 10}亿元的年产{i}万套动力电池项目由湖南测试{i}新能源有限公司投资建设。"
        ev = Evidence(doc, sentence, i, i + len(sentence), "invest_amount", 0.9)
        rels.append(Relation(RelType.INVESTS_IN, firm.key, proj.key, amount_cny=(i % 90 + 10) * 1e8,
                             amount=(i % 90 + 10) * 1e8, currency="CNY", year=2020 + i % 5, stage="签约",
                             evidence=(ev,)))
        rels.append(Relation(RelType.LOCATED_IN, proj.key, park.key, evidence=(ev,)))
        if i < 2000:
            rels.append(Relation(RelType.LOCATED_IN, park.key, county.key))
    return Graph(ents, tuple(rels))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--firms", type=int, default=20000)
    args = parser.parse_args()
    t0 = time.perf_counter()
    graph = synthetic_graph(args.firms)
    print(f"built graph: {len(graph.entities)} entities, {len(graph.relations)} relations "
          f"in {time.perf_counter() - t0:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, suffix in (("turtle", "ttl"), ("nt", "nt")):
            path = Path(tmp) / f"bench.{suffix}"
            t0 = time.perf_counter()
            n = write_rdf(graph, path, fmt)
            dt = time.perf_counter() - t0
            print(f"{fmt}: {n} triples in {dt:.2f} s = {n / dt:,.0f} triples/s, "
                  f"{path.stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
