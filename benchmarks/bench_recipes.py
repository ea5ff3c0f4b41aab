"""Latency of every recipe on the embedded store holding a synthetic graph of >= 1M relations.

Reuses the synthetic-graph generator of ``bench_load.py``, plus one group link (SUBSIDIARY_OF) per 100 firms,
as resolution makes them; parameters for each recipe are taken from that graph (a firm with two projects, a
park, a city, a chain …), and parameters left out take the recipe's defaults (paged recipes: their first
page). Recipes whose defaulted form asks another question (industrial_chain for every place,
firms_across_regions by city) run that form too, as an extra case marked ``*``, an aggregate. Each case runs
once to warm up, then ``--runs`` times; prints the median (p50) and the worst run, in milliseconds, with the
goal for its kind. Prints figures only (no asserts).

    .venv/bin/python benchmarks/bench_recipes.py [--relations 1000000] [--runs 5] [--store DIR]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_load import synthetic_graph  # noqa: E402

from kg.model import EntityType, Graph, Relation, RelType  # noqa: E402
from kg.recipes import load_recipes, run_recipe  # noqa: E402
from kg.store.embedded import CURRENT, EmbeddedStore  # noqa: E402

# Recipes that aggregate over the whole graph (goal < 1 s); the others look one thing up (goal < 50 ms).
AGGREGATES = {"firms_across_regions", "investment_by_region", "investment_by_industry", "top_investors",
              "parks_ranking"}
LOOKUP_GOAL_MS, AGGREGATE_GOAL_MS = 50, 1000
# Extra cases (label -> recipe): a recipe's defaulted form, when it asks another question than the case above.
DEFAULTED = {"industrial_chain *": "industrial_chain", "firms_across_regions *": "firms_across_regions"}
GROUP_EVERY = 100  # one firm in this many is linked to the next as its unit (SUBSIDIARY_OF)


def with_groups(graph: Graph) -> Graph:
    """The graph plus SUBSIDIARY_OF links between firms (a real graph has some; an empty relationship table
    makes LadybugDB plan differently)."""
    firms = sorted(e.key for e in graph.by_type(EntityType.FIRM))
    links = tuple(Relation(RelType.SUBSIDIARY_OF, firms[i + 1], firms[i], provenance="names")
                  for i in range(0, len(firms) - 1, GROUP_EVERY))
    return Graph(graph.entities, graph.relations + links, graph.documents)


def bench_params(graph: Graph) -> dict[str, dict[str, Any]]:
    """Parameters for each recipe, picked from the synthetic graph."""
    invests = [r for r in graph.relations if r.type is RelType.INVESTS_IN]
    firm_a, firm_b = graph.entities[invests[0].source], graph.entities[invests[1].source]
    project = graph.entities[invests[0].target]
    park_key = next(r.target for r in graph.relations
                    if r.type is RelType.LOCATED_IN and r.source == project.key)
    park = graph.entities[park_key]
    city = graph.entities[next(r.target for r in graph.relations
                               if r.type is RelType.LOCATED_IN and r.source == park_key)]
    chain = next(e.attrs["chain"] for e in graph.by_type(EntityType.INDUSTRY))
    return {
        "firms_across_regions": {"min_regions": 2, "level": "province"},  # the example (1, city) too: --only
        "firm_profile": {"firm": firm_a.aliases[0]},
        "projects_in_park": {"park": park.name},
        "projects_in_place": {"place": city.name},
        "investment_by_region": {"level": "province", "year": 0},
        "investment_by_industry": {},
        "top_investors": {"limit": 10},
        "parks_ranking": {"limit": 10},
        "industrial_chain": {"chain": chain, "place": city.name},
        "chain_gaps": {"chain": chain, "place": city.name},
        "co_located_firms": {"name": park.name},
        "path_between": {"firm_a": firm_a.name, "firm_b": firm_b.name},
        "evidence_for": {"name": firm_a.name},
        "project_timeline": {"project": project.name},
        # the defaulted forms: every place of the chain; firms in at least two cities
        "industrial_chain *": {"chain": chain},
        "firms_across_regions *": {},
    }


def time_reports(store: Any, graph: Graph, params: dict[str, dict[str, Any]]) -> None:
    """Seconds to gather and render a place report (with its chain) and a firm report on this store."""
    from kg.report import firm_report, place_report
    from kg.report.page import render

    place, chain = params["chain_gaps"]["place"], params["chain_gaps"]["chain"]
    t = time.perf_counter()
    rep = place_report(store, graph, place, chain)
    page = render(rep)
    print(f"\nkg report --place {place} --chain {chain}: {time.perf_counter() - t:.1f} s "
          f"({len(rep.projects)} projects, {len(page) / 2**20:.1f} MiB of HTML)")
    t = time.perf_counter()
    rep = firm_report(store, graph, params["firm_profile"]["firm"])
    render(rep)
    print(f"kg report --firm {params['firm_profile']['firm']}: {time.perf_counter() - t:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relations", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--store", type=Path, help="use (and keep) this store folder; loaded when empty")
    ap.add_argument("--only", nargs="*", help="recipes to run (default: all)")
    ap.add_argument("--report", action="store_true", help="also time kg report for the city and the firm")
    args = ap.parse_args()
    t0 = time.perf_counter()
    graph = with_groups(synthetic_graph(args.relations))
    print(f"synthetic graph: {len(graph.entities):,} nodes, {len(graph.relations):,} relations "
          f"({time.perf_counter() - t0:.1f} s)")
    folder = args.store or Path(tempfile.mkdtemp(prefix="kg-bench-recipes-"))
    recipes = load_recipes()
    params = bench_params(graph)
    try:
        with EmbeddedStore(folder) as store:
            if not (folder / CURRENT).exists():  # a folder never loaded: reading it would be an error
                t1 = time.perf_counter()
                store.load(graph)
                print(f"loaded into the embedded store in {time.perf_counter() - t1:.1f} s")
            print(f"\n{'recipe':<24}{'kind':<11}{'rows':>6}{'p50 ms':>10}{'max ms':>10}{'goal ms':>9}  ok")
            cases = [(name, name) for name in recipes]
            cases += [(label, name) for label, name in DEFAULTED.items() if name in recipes]
            for name, recipe_name in sorted(cases):
                if args.only and recipe_name not in args.only:
                    continue
                recipe = recipes[recipe_name]
                p = params.get(name, dict(recipe.example))
                rows = run_recipe(store, recipe, p)  # warm-up
                times = []
                for _ in range(args.runs):
                    t = time.perf_counter()
                    run_recipe(store, recipe, p)
                    times.append((time.perf_counter() - t) * 1000)
                kind = "aggregate" if name in AGGREGATES or name in DEFAULTED else "lookup"
                goal = AGGREGATE_GOAL_MS if kind == "aggregate" else LOOKUP_GOAL_MS
                p50 = statistics.median(times)
                print(f"{name:<24}{kind:<11}{len(rows):>6}{p50:>10.1f}{max(times):>10.1f}{goal:>9}  "
                      f"{'yes' if p50 < goal else 'NO'}", flush=True)
            if args.report:
                time_reports(store, graph, params)
    finally:
        if args.store is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
