"""Recipe programs: files are checked when loaded; shortest_paths answers as a single statement does, on a
graph with paths of every length, parallel relationships and a firm on its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.errors import RecipeError
from kg.model import Entity, EntityType, Graph, Relation, RelType
from kg.recipe_programs import is_program, parse_program
from kg.recipes import load_recipes, parse_recipe, run_recipe
from kg.store import EMBEDDED_DIR, open_store

QUERIES = Path(__file__).resolve().parent.parent / "queries"
PATH_BETWEEN = load_recipes(QUERIES)["path_between"]
STEPS = "// step: ends\nRETURN $x AS a, $y AS b\n// step: meet\nRETURN 1 AS middle"


# -- the files ----------------------------------------------------------------------------------------------
def test_path_between_is_a_program_on_the_embedded_store() -> None:
    assert is_program(PATH_BETWEEN.variants["embedded"])
    assert not is_program(PATH_BETWEEN.cypher) and not is_program(PATH_BETWEEN.variants["neo4j"])
    program = parse_program(PATH_BETWEEN.variants["embedded"])
    assert list(program.steps) == ["ends", "meet", "walk1", "walk2", "paths"]
    assert program.params == ("firm_a", "firm_b")


# fmt: off
BAD = [
    ("// program: longest_paths\n// step: ends\nRETURN 1 AS a", "x:1: no recipe program 'longest_paths'"),
    ("// program: shortest_paths\n" + STEPS, "x:1: program shortest_paths needs the steps ends, meet, walk1, "
                                             "walk2, paths (missing: walk1, walk2, paths)"),
    ("// program: shortest_paths\n" + STEPS + "\n// step: meet\nRETURN 2 AS x", "x:6: each // step: line"),
    ("// program: shortest_paths\n// step: ends\n// none\n// step: meet\nRETURN 1", "x:2: step ends has no"),
]
# fmt: on


@pytest.mark.parametrize(("text", "error"), BAD)
def test_malformed_programs_are_refused(text: str, error: str) -> None:
    with pytest.raises(RecipeError, match=error.replace("(", r"\(").replace(")", r"\)")):
        parse_program(text, "x")


def test_a_program_takes_the_recipe_parameters(tmp_path: Path) -> None:
    text = PATH_BETWEEN.variants["embedded"].replace("$firm_b", "$firm_c")
    with pytest.raises(RecipeError, match="the embedded variant's parameters differ by firm_b, firm_c"):
        parse_recipe("path_between", PATH_BETWEEN.cypher, None, {"embedded": text})
    with pytest.raises(RecipeError, match="a program is a backend's own text"):
        parse_recipe("demo", "// Demo.\n" + PATH_BETWEEN.variants["embedded"])


# -- shortest_paths against the single statement ------------------------------------------------------------
def _e(t: EntityType, name: str) -> Entity:
    return Entity(t, name, aliases=(f"{name}别名",) if t is EntityType.FIRM else ())


F = [_e(EntityType.FIRM, f"甲{i}公司") for i in range(8)]
P = [_e(EntityType.PROJECT, f"乙{i}项目") for i in range(3)]
K = _e(EntityType.PARK, "丙园区")
X = [_e(EntityType.PLACE, n) for n in ("丁市", "丁省")]
IND = [_e(EntityType.INDUSTRY, n) for n in ("戊材料", "戊电池")]


def _r(t: RelType, a: Entity, b: Entity) -> Relation:
    return Relation(t, a.key, b.key)


@pytest.fixture(scope="module")
def paths_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Firms 1 step apart twice over (each the other's unit), 2, 3 (through industries upstream of each
    other: two ways), 4, 5 and 6 steps apart, and firm 7 on its own."""
    inv, loc, sub, ind, up = (RelType.INVESTS_IN, RelType.LOCATED_IN, RelType.SUBSIDIARY_OF,
                              RelType.IN_INDUSTRY, RelType.UPSTREAM_OF)
    rels = [_r(sub, F[0], F[1]), _r(sub, F[1], F[0]), _r(inv, F[0], P[0]), _r(inv, F[2], P[0]),
            _r(loc, P[0], K), _r(loc, P[1], K), _r(inv, F[3], P[1]), _r(loc, K, X[1]),
            _r(RelType.PART_OF, X[0], X[1]), _r(loc, F[4], X[0]), _r(ind, F[2], IND[0]),
            _r(ind, F[5], IND[1]), _r(up, IND[0], IND[1]), _r(up, IND[1], IND[0]), _r(inv, F[6], P[2]),
            _r(loc, P[2], X[0])]
    graph = Graph({e.key: e for e in (*F, *P, K, *X, *IND)}, tuple(rels))
    store = open_store(tmp_path_factory.mktemp("paths") / EMBEDDED_DIR)
    store.load(graph)
    yield store
    store.close()


def test_shortest_paths_answers_as_the_shared_text(paths_store: Any) -> None:
    shared_only = parse_recipe(PATH_BETWEEN.name, PATH_BETWEEN.cypher, PATH_BETWEEN.path)
    hops = set()
    for a in F:
        for b in F:
            for name_b in (b.name, b.aliases[0]):
                params = {"firm_a": a.name, "firm_b": name_b}
                rows = run_recipe(paths_store, PATH_BETWEEN, params)
                assert rows == run_recipe(paths_store, shared_only, params), (a.name, name_b)
                hops |= {r["hops"] for r in rows}
    assert hops == {1, 2, 3, 4, 5, 6}


def test_parallel_relationships_are_paths_of_their_own(paths_store: Any) -> None:
    one = run_recipe(paths_store, PATH_BETWEEN, {"firm_a": F[0].name, "firm_b": F[1].name})
    assert [r["path"] for r in one] == [[F[0].name, F[1].name]] * 2
    three = run_recipe(paths_store, PATH_BETWEEN, {"firm_a": F[2].name, "firm_b": F[5].name})
    path = [F[2].name, IND[0].name, IND[1].name, F[5].name]
    assert [(r["hops"], r["path"]) for r in three] == [(3, path)] * 2
