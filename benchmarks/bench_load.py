"""Load throughput of the embedded store on a synthetic graph of >= 1M relations.

Builds a plausible graph (Chinese-style firm, project, park and place names; every relationship type, with
evidence sentences), loads it with ``EmbeddedStore.load`` into a temporary folder, and prints relations/s,
nodes/s, the store's size on disk and the process's peak memory (resident set, the synthetic graph held in
memory and the embedded database's buffers included). Prints figures only (no asserts).

    .venv/bin/python benchmarks/bench_load.py [--relations 1000000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

from kg.model import Entity, EntityType, Evidence, Graph, Relation, RelType
from kg.store.embedded import EmbeddedStore

SURNAMES = "华中长江东方新海天宏远金泰恒瑞国华中联鼎盛永安明德盛世华润博达"
WORDS = (
    "能源",
    "科技",
    "新材料",
    "电子",
    "智能",
    "生物",
    "医药",
    "汽车",
    "锂电",
    "光伏",
    "装备",
    "食品",
    "纺织",
)
FIRM_SUFFIXES = ("有限公司", "股份有限公司", "集团有限公司")
PROVINCES = ("湖南省", "湖北省", "江西省", "广东省", "四川省", "河南省", "安徽省", "山西省")
PARK_TYPES = ("经济技术开发区", "高新技术产业开发区", "工业园", "产业园")
STAGES = ("签约", "开工", "投产", "竣工", "建设", "落户")


def _name(rng: random.Random, i: int) -> str:
    return "".join(rng.sample(SURNAMES, 2)) + rng.choice(WORDS) + str(i)


def _evidence(rng: random.Random, a: str, b: str) -> tuple[Evidence, ...]:
    n = rng.choice((1, 1, 1, 2))
    return tuple(
        Evidence(
            f"doc{rng.randrange(50_000)}",
            f"{a}与{b}签订合作协议，总投资{rng.randrange(1, 99)}亿元，将建设“{b}”，预计年产值超百亿元。",
            rng.randrange(5000),
            rng.randrange(5000, 9000),
            "rule",
            0.9,
        )
        for _ in range(n)
    )


def synthetic_graph(n_relations: int, seed: int = 7) -> Graph:
    """A graph with about ``n_relations`` relations over all types (one firm per ~3 relations)."""
    rng = random.Random(seed)
    ents: dict[str, Entity] = {}
    rels: list[Relation] = []

    def add(e: Entity) -> str:
        ents[e.key] = e
        return e.key

    provinces = [
        add(Entity(EntityType.PLACE, p, level="province", code=f"{41 + i}0000000000"))
        for i, p in enumerate(PROVINCES)
    ]
    cities = []
    for i in range(400):
        code = f"{41 + i % len(PROVINCES)}{i:04d}000000"
        k = add(Entity(EntityType.PLACE, f"{_name(rng, i)}市", level="city", code=code))
        cities.append(k)
        rels.append(Relation(RelType.PART_OF, k, provinces[i % len(provinces)], provenance="gazetteer"))
    industries = [
        add(
            Entity(
                EntityType.INDUSTRY,
                f"{w}产业{j}",
                attrs={"chain": w, "position": j, "keywords": [w, f"{w}{j}"]},
            )
        )
        for w in WORDS
        for j in range(4)
    ]
    for w in range(len(WORDS)):
        for j in range(3):
            rels.append(
                Relation(
                    RelType.UPSTREAM_OF,
                    industries[w * 4 + j],
                    industries[w * 4 + j + 1],
                    provenance="taxonomy",
                )
            )
    parks = []
    for i in range(5000):
        city = rng.choice(cities)
        pt = rng.choice(PARK_TYPES)
        k = add(
            Entity(
                EntityType.PARK,
                f"{ents[city].name}{_name(rng, i)}{pt}",
                attrs={"park_type": pt, "place_code": ents[city].code},
                sources=(f"doc{i}",),
            )
        )
        parks.append(k)
        rels.append(Relation(RelType.LOCATED_IN, k, city, evidence=_evidence(rng, k, city)))
        rels.append(
            Relation(RelType.IN_INDUSTRY, k, rng.choice(industries), evidence=_evidence(rng, k, "产业"))
        )
    i = 0
    while len(rels) < n_relations:
        firm = add(
            Entity(
                EntityType.FIRM,
                _name(rng, i) + rng.choice(FIRM_SUFFIXES),
                aliases=(_name(rng, i),),
                sources=(f"doc{i % 50_000}",),
            )
        )
        proj_name = f"{_name(rng, i)}{rng.choice(WORDS)}项目"
        proj = add(
            Entity(
                EntityType.PROJECT,
                proj_name,
                sources=(f"doc{i % 50_000}",),
                attrs={
                    "timeline": [
                        {"year": 2022, "stage": "签约", "doc_id": f"doc{i % 50_000}"},
                        {"year": 2023, "stage": rng.choice(STAGES), "doc_id": f"doc{(i + 1) % 50_000}"},
                    ]
                },
            )
        )
        park = rng.choice(parks)
        amount = rng.randrange(1, 500) * 1e7
        rels += [
            Relation(
                RelType.INVESTS_IN,
                firm,
                proj,
                amount_cny=amount,
                amount=amount / 1e8,
                currency="CNY",
                year=2023,
                stage="签约",
                evidence=_evidence(rng, firm, proj_name),
            ),
            Relation(RelType.LOCATED_IN, proj, park, evidence=_evidence(rng, proj_name, park)),
            Relation(RelType.LOCATED_IN, firm, rng.choice(cities), evidence=_evidence(rng, firm, "市")),
            Relation(
                RelType.IN_INDUSTRY, proj, rng.choice(industries), evidence=_evidence(rng, proj_name, "产业")
            ),
        ]
        if i % 3 == 0:
            rels.append(
                Relation(
                    RelType.IN_INDUSTRY, firm, rng.choice(industries), evidence=_evidence(rng, firm, "产业")
                )
            )
        i += 1
    return Graph(ents, tuple(rels))


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relations", type=int, default=1_000_000)
    ap.add_argument("--keep", type=Path, help="load into this folder and keep it")
    args = ap.parse_args()
    t0 = time.perf_counter()
    graph = synthetic_graph(args.relations)
    t1 = time.perf_counter()
    n_nodes, n_rels = len(graph.entities), len(graph.relations)
    print(f"synthetic graph: {n_nodes:,} nodes, {n_rels:,} relations, built in {t1 - t0:.1f} s")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        with EmbeddedStore(folder) as store:
            t2 = time.perf_counter()
            counts = store.load(graph)
            t3 = time.perf_counter()
            again = store.load(graph)
            t4 = time.perf_counter()
        load_s = t3 - t2
        print(
            f"load (embedded, COPY FROM CSV): {load_s:.1f} s  ->  {n_rels / load_s:,.0f} relations/s, "
            f"{n_nodes / load_s:,.0f} nodes/s, {(n_rels + n_nodes) / load_s:,.0f} records/s"
        )
        print(f"second load of the same graph: {t4 - t3:.1f} s, same counts: {again == counts}")
        print(
            f"stored: {sum(counts[t.label] for t in EntityType):,} nodes, "
            f"{sum(counts[t.value] for t in RelType):,} relations"
        )
        print(f"size on disk: {_size(folder) / 2**20:.0f} MiB ({folder})")
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        print(f"peak memory (resident set of this process): {peak_kib / 2**10:.0f} MiB")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
