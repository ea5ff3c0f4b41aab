"""Recipes: every file loads, is described, read-only and passes Neo4j's linter; each answers right on a
hand-built graph; golden answers on the store built from the seeds (``KG_UPDATE_GOLDEN=1`` rewrites them)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from cypher_lint import syntax_errors

from kg.cli import cli
from kg.errors import RecipeError
from kg.model import Entity, EntityType, Evidence, Graph, Relation, RelType
from kg.pipeline import build
from kg.recipes import (
    choose_statement,
    has_final_order,
    load_recipes,
    named_parameters,
    parse_recipe,
    parse_value,
    run_recipe,
)
from kg.store import EMBEDDED_DIR, open_store
from kg.store.base import check_read_only

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
GOLDEN = Path(__file__).resolve().parent / "golden" / "recipes"
UPDATE_ENV = "KG_UPDATE_GOLDEN"
RECIPES = load_recipes(QUERIES)
WRITE_WORDS = ("CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DROP", "LOAD CSV", "CALL")
# Recipes whose text differs per backend (the shared dialect has no common shortest-path syntax).
# The embedded variants that read the store's IN_PLACE index instead of walking LOCATED_IN*1..2.
IN_PLACE_RECIPES = ("chain_gaps", "co_located_firms", "industrial_chain", "investment_by_industry",
                    "projects_in_place")
VARIANTS = {"path_between": ["embedded", "neo4j"], "evidence_for": ["embedded"]} | {
    name: ["embedded"] for name in IN_PLACE_RECIPES
}
ISSUE_RECIPES = ("firms_across_regions", "firm_profile", "projects_in_park", "projects_in_place",
                 "investment_by_region", "investment_by_industry", "top_investors", "parks_ranking",
                 "industrial_chain", "chain_gaps", "co_located_firms", "path_between", "evidence_for",
                 "project_timeline")


# -- a hand-built graph: two provinces, PART_OF chains, two parks, a 3-link chain ---------------------
def _ev(doc: str, sentence: str) -> Evidence:
    return Evidence(doc, sentence, 0, len(sentence), "test", 0.9)


def _place(name: str, level: str, code: str, full: str) -> Entity:
    return Entity(EntityType.PLACE, name, level=level, code=code, sources=("d1",), attrs={"full_name": full})


HN = _place("湖南省", "province", "430000000000", "湖南省")
SY = _place("邵阳市", "city", "430500000000", "湖南省邵阳市")
DX = _place("大祥区", "county", "430503000000", "湖南省邵阳市大祥区")
CS = _place("长沙市", "city", "430100000000", "湖南省长沙市")
HB = _place("湖北省", "province", "420000000000", "湖北省")
XN = _place("咸宁市", "city", "421200000000", "湖北省咸宁市")
PARK_SY = Entity(EntityType.PARK, "邵阳经济技术开发区", aliases=("邵阳经开区",), sources=("d1",),
                 attrs={"park_type": "经济技术开发区", "place_code": SY.code})
PARK_XN = Entity(EntityType.PARK, "咸宁高新技术产业开发区", aliases=("咸宁高新区",), sources=("d2",),
                 attrs={"park_type": "高新技术产业开发区", "place_code": XN.code})
F_YG = Entity(EntityType.FIRM, "山西易高能源有限公司", aliases=("易高能源",), sources=("d1", "d2"))
F_BYD = Entity(EntityType.FIRM, "比亚迪股份有限公司", aliases=("比亚迪",), sources=("d3",))
F_DY = Entity(EntityType.FIRM, "东亿电气", sources=("d1",))
F_HR = Entity(EntityType.FIRM, "华润集团", aliases=("华润",), sources=("d4",))
F_HRP = Entity(EntityType.FIRM, "华润电力控股有限公司", aliases=("华润电力",), sources=("d4",))
P1 = Entity(EntityType.PROJECT, "锂离子动力电池项目", sources=("d1", "d2"), attrs={"timeline": [
    {"year": 2023, "stage": "签约", "doc_id": "d1"}, {"year": 2024, "stage": "开工", "doc_id": "d2"}]})
P2 = Entity(EntityType.PROJECT, "正极材料项目", sources=("d2",),
            attrs={"timeline": [{"year": 2024, "stage": "签约", "doc_id": "d2"}]})
P3 = Entity(EntityType.PROJECT, "比亚迪电池项目", sources=("d3",),
            attrs={"timeline": [{"year": 2023, "stage": "投产", "doc_id": "d3"}]})
P4 = Entity(EntityType.PROJECT, "华润电力风电项目", sources=("d4",),
            attrs={"timeline": [{"year": 2024, "stage": "开工", "doc_id": "d4"}]})
CHAIN = "新能源汽车"
LINKS = [Entity(EntityType.INDUSTRY, n, attrs={"chain": CHAIN, "position": i, "keywords": [n]})
         for i, n in enumerate(("锂矿", "正极材料", "动力电池"))]
S1 = "山西易高能源有限公司投资16亿元在邵阳经开区建设锂离子动力电池项目。"
S2 = "易高能源在咸宁高新区签约正极材料项目，总投资5亿元。"
S3 = "比亚迪电池项目在长沙投产，投资20亿元。"
S4 = "华润电力控股有限公司在咸宁开工建设华润电力风电项目。"


def _rel(t: RelType, a: Entity, b: Entity, *sentences: tuple[str, str], **kw: Any) -> Relation:
    return Relation(t, a.key, b.key, evidence=tuple(_ev(d, s) for d, s in sentences), **kw)


def hand_graph() -> Graph:
    ents = [HN, SY, DX, CS, HB, XN, PARK_SY, PARK_XN, F_YG, F_BYD, F_DY, F_HR, F_HRP, P1, P2, P3, P4, *LINKS]
    inv, L, K, U = RelType.INVESTS_IN, RelType.LOCATED_IN, RelType.IN_INDUSTRY, RelType.UPSTREAM_OF
    rels = [
        _rel(RelType.PART_OF, DX, SY, provenance="gazetteer"),
        _rel(RelType.PART_OF, SY, HN, provenance="gazetteer"),
        _rel(RelType.PART_OF, CS, HN, provenance="gazetteer"),
        _rel(RelType.PART_OF, XN, HB, provenance="gazetteer"),
        _rel(L, PARK_SY, DX, ("d1", S1)),
        _rel(L, PARK_XN, XN, ("d2", S2)),
        _rel(inv, F_YG, P1, ("d1", S1), ("d2", S1), amount_cny=1.6e9, year=2023, stage="签约"),
        _rel(inv, F_YG, P2, ("d2", S2), amount_cny=5e8, year=2024, stage="签约"),
        _rel(inv, F_BYD, P3, ("d3", S3), amount_cny=2e9, year=2023, stage="投产"),
        _rel(L, P1, PARK_SY, ("d1", S1)),
        _rel(L, P2, PARK_XN, ("d2", S2)),
        _rel(L, P3, CS, ("d3", S3)),
        _rel(L, F_DY, SY, ("d1", "东亿电气落户邵阳。")),
        _rel(K, P1, LINKS[2], ("d1", S1)),
        _rel(K, P2, LINKS[1], ("d2", S2)),
        _rel(K, P3, LINKS[2], ("d3", S3)),
        _rel(U, LINKS[0], LINKS[1], provenance="taxonomy"),
        _rel(U, LINKS[1], LINKS[2], provenance="taxonomy"),
        _rel(inv, F_HRP, P4, ("d4", S4)),
        _rel(L, P4, XN, ("d4", S4)),
        _rel(RelType.SUBSIDIARY_OF, F_HRP, F_HR, provenance="names"),
    ]
    return Graph({e.key: e for e in ents}, tuple(rels))


@pytest.fixture(scope="module")
def hand_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    store = open_store(tmp_path_factory.mktemp("hand") / EMBEDDED_DIR)
    store.load(hand_graph())
    yield store
    store.close()


def q(store: Any, recipe: str, /, **params: Any) -> list[dict[str, Any]]:
    return run_recipe(store, RECIPES[recipe], params)


def pick(rows: list[dict[str, Any]], *cols: str) -> list[tuple[Any, ...]]:
    return [tuple(r[c] for c in cols) for r in rows]


# -- the files ----------------------------------------------------------------------------------------------
def test_every_issue_recipe_exists() -> None:
    assert set(ISSUE_RECIPES) <= set(RECIPES)


def test_variants_are_the_declared_ones() -> None:
    assert {n: sorted(r.variants) for n, r in RECIPES.items() if r.variants} == VARIANTS


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_recipe_is_described_with_an_example(name: str) -> None:
    r = RECIPES[name]
    assert len(r.description) > 40
    assert set(r.example) <= set(r.params) and set(r.example) | set(r.defaults) == set(r.params)
    assert r.path == QUERIES / f"{name}.cypher"


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_recipe_is_read_only(name: str) -> None:
    for text in (RECIPES[name].cypher, *RECIPES[name].variants.values()):
        check_read_only(text)
        code = " ".join(line for line in text.upper().splitlines() if not line.lstrip().startswith("//"))
        assert not [w for w in WRITE_WORDS if f" {w} " in f" {code} "]


def test_recipes_and_neo4j_variants_pass_the_neo4j_linter() -> None:
    texts = [r.cypher for r in RECIPES.values()] + [r.variants["neo4j"] for r in RECIPES.values()
                                                    if "neo4j" in r.variants]
    assert syntax_errors(texts) == {}


def test_common_subset_traps_are_avoided() -> None:
    """No list indexing (base differs), no label unions, no labels()/type() in the shared texts."""
    for r in RECIPES.values():
        code = "\n".join(line for line in r.cypher.splitlines() if not line.lstrip().startswith("//"))
        for trap in ("[0]", "[1]", "labels(", "type(", "substring(", "shortestPath", "EXISTS", "toInteger"):
            assert trap not in code, (r.name, trap)


# fmt: off
PARAM_CASES = [
    ("MATCH (f:Firm {name: $firm}) RETURN f", ("firm",)),
    ("MATCH (f) WHERE f.name = '$not' OR f.x = $a // $b\nRETURN $a, $c", ("a", "c")),
    ("RETURN \"$q\" AS s, $limit /* $hidden */", ("limit",)),
]
VALUE_CASES = [("2", 2), ("-3", -3), ("1.5", 1.5), ("1e3", 1000.0), ("007", "007"), ("邵阳市", "邵阳市"),
               ("", "")]
# fmt: on


@pytest.mark.parametrize(("text", "params"), PARAM_CASES)
def test_parameters_are_dollar_names_outside_comments_and_strings(text: str, params: tuple[str, ...]) -> None:
    assert named_parameters(text) == params


@pytest.mark.parametrize(("text", "value"), VALUE_CASES)
def test_parameter_values_become_numbers_when_numeric(text: str, value: Any) -> None:
    assert parse_value(text) == value


def test_bad_recipe_files_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match=r"x\.cypher:1: a recipe starts with // lines"):
        parse_recipe("x", "MATCH (n) RETURN n", tmp_path / "x.cypher")
    (tmp_path / "a.cypher").write_text("// A.\nRETURN 1 AS one", encoding="utf-8")
    (tmp_path / "a.oracle.cypher").write_text("RETURN 1", encoding="utf-8")
    with pytest.raises(RecipeError, match="unknown backend 'oracle'"):
        load_recipes(tmp_path)
    with pytest.raises(RecipeError, match="no such recipes folder"):
        load_recipes(tmp_path / "missing")


def test_missing_and_unknown_parameters_name_the_recipe(hand_store: Any) -> None:
    with pytest.raises(RecipeError, match="recipe firm_profile needs: firm"):
        run_recipe(hand_store, RECIPES["firm_profile"], {})
    with pytest.raises(RecipeError, match=r"recipe top_investors needs: limit=10 \(unknown: top\)"):
        run_recipe(hand_store, RECIPES["top_investors"], {"limit": 3, "top": 1})
    with pytest.raises(RecipeError, match="no recipe 'nope'; valid: chain_gaps"):
        run_recipe(hand_store, "nope", {}, RECIPES)


# fmt: off
BAD_INPUTS = [
    # (recipe, params, the error's words)
    ("chain_gaps", {"chain": CHAIN, "place": "绍阳市"}, "no place named '绍阳市' in the graph;"
                                                     " did you mean: 邵阳市"),
    ("chain_gaps", {"chain": "新能源汽", "place": "邵阳市"},
     "no industrial chain named '新能源汽'; did you mean: 新能源汽车; chains: 新能源汽车"),
    ("firm_profile", {"firm": "易高能原"}, "no firm named '易高能原' in the graph; did you mean: 易高能源"),
    ("firm_profile", {"firm": "邵阳市"}, "no firm named '邵阳市'"),          # a place is no firm
    ("projects_in_park", {"park": "邵阳经开"}, "no park named '邵阳经开' in the graph;"
                                           " did you mean: 邵阳经开区"),
    ("firms_across_regions", {"level": "citi"}, "level must be one of province, city, county, not 'citi'; "
                                                "did you mean: city"),
    ("investment_by_region", {"level": "town", "year": 0}, "level must be one of province, city, county"),
]
# fmt: on


@pytest.mark.parametrize(("recipe", "params", "words"), BAD_INPUTS)
def test_unknown_names_chains_and_levels_are_errors_with_suggestions(
        hand_store: Any, recipe: str, params: dict[str, Any], words: str) -> None:
    with pytest.raises(RecipeError, match=re.escape(f"recipe {recipe}") + ".*" + re.escape(words)):
        run_recipe(hand_store, RECIPES[recipe], params)


def test_parameters_left_out_take_their_documented_defaults(hand_store: Any) -> None:
    r = RECIPES["firms_across_regions"]
    assert dict(r.defaults) == {"min_regions": 2, "level": "city", "offset": 0, "limit": 100}
    assert q(hand_store, "firms_across_regions") == q(hand_store, "firms_across_regions", min_regions=2,
                                                      level="city", offset=0, limit=100)
    assert [row["firm"] for row in q(hand_store, "firms_across_regions")] == ["山西易高能源有限公司"]
    assert len(q(hand_store, "top_investors")) == 3  # limit=10


def test_large_answers_are_paged(hand_store: Any) -> None:
    everyone = q(hand_store, "firms_across_regions", min_regions=1)
    assert len(everyone) == 4
    assert q(hand_store, "firms_across_regions", min_regions=1, offset=1, limit=2) == everyone[1:3]
    places = q(hand_store, "projects_in_place", place="湖南省")
    assert q(hand_store, "projects_in_place", place="湖南省", offset=1, limit=5) == places[1:]


def test_final_order_detection() -> None:
    assert has_final_order(RECIPES["top_investors"].cypher)
    assert not has_final_order(RECIPES["path_between"].cypher)


# -- answers on the hand-built graph ------------------------------------------------------------------------
def test_firms_across_regions(hand_store: Any) -> None:
    rows = q(hand_store, "firms_across_regions", min_regions=2, level="province")
    assert pick(rows, "firm", "regions", "projects", "amount_cny", "n_evidence") == [
        ("山西易高能源有限公司", ["湖北省", "湖南省"], ["正极材料项目", "锂离子动力电池项目"], 2.1e9, 3)]
    rows = q(hand_store, "firms_across_regions", min_regions=1, level="city")
    assert pick(rows, "firm", "n_regions", "regions") == [  # most regions first, then by name
        ("山西易高能源有限公司", 2, ["湖北省咸宁市", "湖南省邵阳市"]),
        ("东亿电气", 1, ["湖南省邵阳市"]),
        ("华润电力控股有限公司", 1, ["湖北省咸宁市"]),
        ("比亚迪股份有限公司", 1, ["湖南省长沙市"]),
    ]


@pytest.mark.parametrize("name", ["山西易高能源有限公司", "易高能源"])
def test_firm_profile_by_name_or_alias(hand_store: Any, name: str) -> None:
    rows = q(hand_store, "firm_profile", firm=name)
    assert pick(rows, "project", "amount_cny", "year", "parks", "places", "industries", "n_evidence") == [
        ("正极材料项目", 5e8, 2024, ["咸宁高新技术产业开发区"], ["湖北省咸宁市"], ["正极材料"], 1),
        ("锂离子动力电池项目", 1.6e9, 2023, ["邵阳经济技术开发区"], ["湖南省邵阳市大祥区"], ["动力电池"], 2),
    ]
    assert rows[1]["sources"] == ["d1", "d2"]


def test_a_question_about_a_group_finds_its_subsidiary(hand_store: Any) -> None:
    (row,) = q(hand_store, "firm_profile", firm="华润")
    assert (row["firm"], row["units"], row["project"]) == ("华润集团", ["华润电力控股有限公司"], None)
    (unit,) = q(hand_store, "firm_profile", firm="华润电力")
    assert (unit["groups"], unit["project"], unit["places"]) == (
        ["华润集团"], "华润电力风电项目", ["湖北省咸宁市"])
    rows = q(hand_store, "evidence_for", name="华润")
    assert pick(rows, "subject", "relation", "object", "provenance") == [
        ("华润电力控股有限公司", "SUBSIDIARY_OF", "华润集团", "names")]


def test_projects_in_park_and_place(hand_store: Any) -> None:
    rows = q(hand_store, "projects_in_park", park="邵阳经开区")
    assert pick(rows, "park", "places", "provinces", "project", "firms", "amount_cny", "stage", "year") == [
        ("邵阳经济技术开发区", ["湖南省邵阳市大祥区"], ["湖南省"], "锂离子动力电池项目",
         ["山西易高能源有限公司"], 1.6e9, "开工", 2024)]
    rows = q(hand_store, "projects_in_place", place="湖南省")
    assert pick(rows, "place", "project", "places", "parks", "amount_cny") == [
        ("湖南省", "比亚迪电池项目", ["湖南省长沙市"], [], 2e9),
        ("湖南省", "锂离子动力电池项目", ["湖南省邵阳市大祥区"], ["邵阳经济技术开发区"], 1.6e9),
    ]
    assert q(hand_store, "projects_in_place", place="邵阳市")[0]["project"] == "锂离子动力电池项目"
    with pytest.raises(RecipeError, match="no place named '长沙' in the graph; did you mean: 长沙市"):
        q(hand_store, "projects_in_place", place="长沙")


def test_investment_by_region_and_year(hand_store: Any) -> None:
    rows = q(hand_store, "investment_by_region", level="province", year=0)
    assert pick(rows, "region", "projects", "firms", "amount_cny", "priced_projects", "n_evidence") == [
        ("湖南省", 2, 2, 3.6e9, 2, 3), ("湖北省", 2, 2, 5e8, 1, 2)]
    rows = q(hand_store, "investment_by_region", level="city", year=2024)
    assert pick(rows, "region", "province", "amount_cny") == [("湖北省咸宁市", "湖北省", 5e8)]


def test_investment_by_industry(hand_store: Any) -> None:
    rows = q(hand_store, "investment_by_industry")
    assert pick(rows, "industry", "chain", "projects", "firms", "amount_cny", "provinces") == [
        ("动力电池", CHAIN, 2, 2, 3.6e9, ["湖南省"]), ("正极材料", CHAIN, 1, 1, 5e8, ["湖北省"])]


def test_top_investors_and_parks_ranking(hand_store: Any) -> None:
    rows = q(hand_store, "top_investors", limit=1)
    assert pick(rows, "firm", "amount_cny", "projects", "provinces", "years") == [
        ("山西易高能源有限公司", 2.1e9, 2, ["湖北省", "湖南省"], [2023, 2024])]
    rows = q(hand_store, "parks_ranking", limit=5)
    assert pick(rows, "park", "park_type", "places", "provinces", "projects", "amount_cny") == [
        ("邵阳经济技术开发区", "经济技术开发区", ["湖南省邵阳市大祥区"], ["湖南省"], 1, 1.6e9),
        ("咸宁高新技术产业开发区", "高新技术产业开发区", ["湖北省咸宁市"], ["湖北省"], 1, 5e8),
    ]


def test_industrial_chain_upstream_to_downstream(hand_store: Any) -> None:
    rows = q(hand_store, "industrial_chain", chain=CHAIN, place="")
    assert pick(rows, "position", "link", "downstream", "projects", "investors") == [
        (0, "锂矿", ["正极材料"], [], []),
        (1, "正极材料", ["动力电池"], ["正极材料项目"], ["山西易高能源有限公司"]),
        (2, "动力电池", [], ["比亚迪电池项目", "锂离子动力电池项目"],
         ["山西易高能源有限公司", "比亚迪股份有限公司"]),
    ]
    rows = q(hand_store, "industrial_chain", chain=CHAIN, place="邵阳市")
    assert pick(rows, "link", "projects", "n_evidence") == [
        ("锂矿", [], 0), ("正极材料", [], 0), ("动力电池", ["锂离子动力电池项目"], 1)]
    assert q(hand_store, "industrial_chain", chain=CHAIN) == q(hand_store, "industrial_chain", chain=CHAIN,
                                                               place="")


def test_chain_gaps_gives_local_investors_and_who_could_fill_each_gap(hand_store: Any) -> None:
    rows = q(hand_store, "chain_gaps", chain=CHAIN, place="湖北省")
    assert pick(rows, "link", "present", "local_projects", "local_investors", "candidate", "candidate_region",
                "candidate_project", "amount_cny", "docs") == [
        ("锂矿", False, [], [], None, None, None, None, None),
        ("正极材料", True, ["正极材料项目"], ["山西易高能源有限公司"], None, None, None, None, None),
        ("动力电池", False, [], [], "比亚迪股份有限公司", "湖南省长沙市", "比亚迪电池项目", 2e9, ["d3"]),
        ("动力电池", False, [], [], "山西易高能源有限公司", "湖南省邵阳市大祥区", "锂离子动力电池项目", 1.6e9,
         ["d1", "d2"]),
    ]
    assert rows[2]["sentences"] == [S3]
    rows = q(hand_store, "chain_gaps", chain=CHAIN, place="湖南省")
    assert pick(rows, "link", "present", "local_projects", "local_investors", "candidate") == [
        ("锂矿", False, [], [], None),
        ("正极材料", False, [], [], "山西易高能源有限公司"),
        ("动力电池", True, ["比亚迪电池项目", "锂离子动力电池项目"],
         ["山西易高能源有限公司", "比亚迪股份有限公司"], None),
    ]


def test_co_located_firms_in_a_place_or_park(hand_store: Any) -> None:
    rows = q(hand_store, "co_located_firms", name="邵阳市")
    assert pick(rows, "place", "firm", "projects", "amount_cny") == [
        ("湖南省邵阳市", "东亿电气", [], 0),
        ("湖南省邵阳市", "山西易高能源有限公司", ["锂离子动力电池项目"], 1.6e9)]
    assert pick(q(hand_store, "co_located_firms", name="咸宁高新区"), "place", "firm") == [
        ("咸宁高新技术产业开发区", "山西易高能源有限公司")]


def test_path_between_variant_and_shared_text_agree(hand_store: Any) -> None:
    r = RECIPES["path_between"]
    shared_only = parse_recipe(r.name, r.cypher, r.path)  # without its variants
    shared = run_recipe(hand_store, shared_only, {"firm_a": "比亚迪", "firm_b": "易高能源"})
    variant = q(hand_store, "path_between", firm_a="比亚迪", firm_b="易高能源")
    assert variant == [{"firm_a": "比亚迪股份有限公司", "firm_b": "山西易高能源有限公司", "hops": 4, "path": [
        F_BYD.name, P3.name, LINKS[2].name, P1.name, F_YG.name]}]
    assert shared == variant


# Names of every label in the hand-built graph: an embedded variant must answer as the shared text does.
VARIANT_NAMES = ("锂离子动力电池项目", "大祥区", "邵阳市", "湖南省", "邵阳经开区", "易高能源", "华润",
                 "华润电力", "正极材料", "动力电池", "锂矿", "比亚迪")


@pytest.mark.parametrize("name", ["evidence_for"])
def test_embedded_variants_answer_as_the_shared_text(hand_store: Any, name: str) -> None:
    r = RECIPES[name]
    shared_only = parse_recipe(r.name, r.cypher, r.path)  # without its variants
    for value in VARIANT_NAMES:
        params = {p: value for p in r.names}
        assert run_recipe(hand_store, r, params) == run_recipe(hand_store, shared_only, params), value


@pytest.mark.parametrize("place", ["", "湖南省", "邵阳市", "咸宁高新区"])
def test_industrial_chain_statements_answer_as_the_shared_text(hand_store: Any, place: str) -> None:
    r = RECIPES["industrial_chain"]
    shared_only = parse_recipe(r.name, r.cypher, r.path)  # without its variants
    params = {"chain": CHAIN, "place": place}
    expected = run_recipe(hand_store, shared_only, params, check=False)
    assert run_recipe(hand_store, r, params, check=False) == expected


def test_when_lines_choose_a_statement() -> None:
    text = "// Demo.\nMATCH (n) RETURN $x AS x\n// when: x=1\nMATCH (m) RETURN $x + 1 AS x"
    r = parse_recipe("demo", text)
    assert r.params == ("x",)
    assert choose_statement(r.cypher, {"x": 1}) == "MATCH (m) RETURN $x + 1 AS x"
    assert choose_statement(r.cypher, {"x": 2}).endswith("MATCH (n) RETURN $x AS x")
    with pytest.raises(RecipeError, match=r"demo:3: the when line names y, which the recipe does not take"):
        parse_recipe("demo", text.replace("when: x=1", "when: y=1"))


def test_evidence_for_keeps_docs_and_sentences_parallel(hand_store: Any) -> None:
    rows = q(hand_store, "evidence_for", name="锂离子动力电池项目")
    assert pick(rows, "subject", "relation", "object", "n_evidence", "docs") == [
        (F_YG.name, "INVESTS_IN", P1.name, 2, ["d1", "d2"]),
        (P1.name, "IN_INDUSTRY", LINKS[2].name, 1, ["d1"]),
        (P1.name, "LOCATED_IN", PARK_SY.name, 1, ["d1"]),
    ]
    assert rows[0]["sentences"] == [S1, S1]
    rows = q(hand_store, "evidence_for", name="大祥区")  # places by name, with the places above them
    assert pick(rows, "subject", "relation", "object", "provenance") == [
        ("湖南省邵阳市大祥区", "PART_OF", "湖南省邵阳市", "gazetteer"),
        ("邵阳经济技术开发区", "LOCATED_IN", "湖南省邵阳市大祥区", "text")]


def test_project_timeline_in_order(hand_store: Any) -> None:
    rows = q(hand_store, "project_timeline", project="锂离子动力电池项目")
    assert pick(rows, "event", "latest_stage", "firms", "amount_cny", "n_evidence") == [
        ("2023|签约|d1", "开工", ["山西易高能源有限公司"], 1.6e9, 3),
        ("2024|开工|d2", "开工", ["山西易高能源有限公司"], 1.6e9, 1),
    ]


def test_no_row_holds_a_place_code(hand_store: Any) -> None:
    for name, r in RECIPES.items():
        params = {**r.defaults, **EXAMPLES_ON_HAND.get(name, {})}
        for row in run_recipe(hand_store, r, params):
            assert not re.search(r"place:\d|\d{12}", json.dumps(row, ensure_ascii=False)), (name, row)


EXAMPLES_ON_HAND = {
    "chain_gaps": {"chain": CHAIN, "place": "湖北省"},
    "industrial_chain": {"chain": CHAIN, "place": "湖南省"},
    "firm_profile": {"firm": "华润"}, "projects_in_park": {"park": "邵阳经开区"},
    "projects_in_place": {"place": "湖南省"}, "co_located_firms": {"name": "邵阳市"},
    "path_between": {"firm_a": "比亚迪", "firm_b": "华润电力"}, "evidence_for": {"name": "大祥区"},
    "project_timeline": {"project": "锂离子动力电池项目"}, "investment_by_region": {"level": "city"},
}


def test_a_name_of_the_same_firm_twice_gives_no_path(hand_store: Any) -> None:
    assert q(hand_store, "path_between", firm_a="比亚迪", firm_b="比亚迪") == []


# -- CLI ----------------------------------------------------------------------------------------------------
def test_cli_recipes_lists_every_recipe() -> None:
    res = CliRunner().invoke(cli, ["recipes", "--json"])
    assert res.exit_code == 0, res.output
    assert [r["name"] for r in json.loads(res.output)] == sorted(RECIPES)


def test_cli_query_formats_and_errors(hand_store: Any) -> None:
    store_dir = Path(hand_store.path).parent
    run = CliRunner().invoke
    res = run(cli, ["query", "top_investors", "-p", "limit=1", "--store", str(store_dir), "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)[0]["firm"] == "山西易高能源有限公司"
    res = run(cli, ["query", "top_investors", "-p", "limit=1", "--store", str(store_dir), "--format", "csv"])
    assert res.output.splitlines()[1].startswith("山西易高能源有限公司,2100000000,2")
    res = run(cli, ["query", "projects_in_park", "-p", "park=邵阳经开区", "--store", str(store_dir)])
    assert "锂离子动力电池项目" in res.output and "1600000000" in res.output
    res = run(cli, ["query", "firm_profile", "--store", str(store_dir)])
    assert res.exit_code == 1 and "recipe firm_profile needs: firm" in res.output
    res = run(cli, ["query", "firm_profile", "-p", "firm", "--store", str(store_dir)])
    assert res.exit_code == 1 and "is not key=value" in res.output
    res = run(cli, ["query", "top_investors", "-p", "limit=1", "--store", str(store_dir / "missing")])
    assert res.exit_code == 1 and "no embedded store" in res.output


def test_cli_query_checks_inputs_and_pages(hand_store: Any) -> None:
    store = ["--store", str(Path(hand_store.path).parent)]
    run = CliRunner().invoke
    res = run(cli, ["query", "chain_gaps", "-p", "chain=新能源汽车", "-p", "place=绍阳市", *store])
    assert res.exit_code == 1 and "no place named '绍阳市' in the graph; did you mean: 邵阳市" in res.output
    res = run(cli, ["query", "firms_across_regions", "-p", "level=citi", *store])
    assert res.exit_code == 1 and "did you mean: city" in res.output
    res = run(cli, ["query", "chain_gap", *store])
    assert res.exit_code == 1 and "did you mean: chain_gaps" in res.output
    res = run(cli, ["query", "firms_across_regions", *store, "--format", "json"])  # defaults
    assert res.exit_code == 0 and [r["firm"] for r in json.loads(res.output)] == ["山西易高能源有限公司"]
    res = run(cli, ["query", "firms_across_regions", "-p", "min_regions=1", "--offset", "1", "--limit", "2",
                    *store, "--format", "csv"])
    assert [line.split(",")[0] for line in res.output.lstrip("\ufeff").splitlines()] == \
        ["firm", "东亿电气", "华润电力控股有限公司"]
    res = run(cli, ["query", "co_located_firms", "-p", "name=邵阳市", "--limit", "1", *store,
                    "--format", "json"])
    assert [r["firm"] for r in json.loads(res.output)] == ["东亿电气"]  # not paged in Cypher: rows cut
    res = run(cli, ["query", "top_investors", "--limit", "-1", *store])
    assert res.exit_code == 2


# -- golden answers on the seed corpus ----------------------------------------------------------------------
@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("seedstore")
    build([ROOT / "seeds"], folder)
    store = open_store(folder / EMBEDDED_DIR)
    yield store
    store.close()


@pytest.mark.parametrize("name", sorted(RECIPES))
def test_golden_answer_on_the_seeds(seed_store: Any, name: str) -> None:
    r = RECIPES[name]
    rows = run_recipe(seed_store, r, dict(r.example))
    path = GOLDEN / f"{name}.json"
    got = {"params": dict(r.example), "rows": rows}
    if os.environ.get(UPDATE_ENV) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden answer {path}: run with {UPDATE_ENV}=1 and read it against the seeds"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(json.dumps(got, ensure_ascii=False))


# -- recipes that reach files or run procedures are refused when loaded --------------------------------------
# fmt: off
FILE_RECIPES = [
    # (recipe text, clause, line)
    ("// Reads a file.\nLOAD FROM \"/etc/passwd\" RETURN *", "LOAD", 2),
    ("// Reads a file.\nMATCH (f:Firm) RETURN f.name AS name\nUNION ALL\nload from '/etc/passwd' RETURN *",
     "LOAD", 4),
    ("// Reads a file.\nLOAD WITH HEADERS (a STRING) FROM '/etc/passwd' RETURN a", "LOAD", 2),
    ("// Writes a file.\nCOPY (MATCH (f:Firm) RETURN f.name) TO '/tmp/out.csv'", "COPY", 2),
    ("// Lists tables.\n// example: kg query x\nCALL show_tables() RETURN *", "CALL", 3),
    ("// Settings.\nMATCH (f:Firm)\n  /* a comment */ CALL current_setting('threads') RETURN *", "CALL", 3),
    ("// Loads an extension.\nINSTALL httpfs", "INSTALL", 2),
    ("// Writes.\nMATCH (f:Firm) SET f.name = 'x'", "SET", 2),
]
# fmt: on


@pytest.mark.parametrize(("text", "clause", "line"), FILE_RECIPES)
def test_recipe_that_reaches_files_is_refused_naming_file_and_line(tmp_path: Path, text: str, clause: str,
                                                                    line: int) -> None:
    (tmp_path / "x.cypher").write_text(text, encoding="utf-8")
    with pytest.raises(RecipeError, match=rf"x\.cypher:{line}: recipes may only read the graph; {clause} "):
        load_recipes(tmp_path)


def test_file_clause_words_in_strings_and_comments_are_allowed(tmp_path: Path) -> None:
    text = ("// Firms named like a clause (LOAD, COPY, CALL).\n"
            "MATCH (f:Firm) WHERE f.name <> 'LOAD FROM x' // CALL\nRETURN f.name AS name")
    (tmp_path / "ok.cypher").write_text(text, encoding="utf-8")
    assert list(load_recipes(tmp_path)) == ["ok"]


def test_variant_that_reaches_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.cypher").write_text("// Fine.\nRETURN 1 AS one", encoding="utf-8")
    (tmp_path / "x.embedded.cypher").write_text("// Not fine.\nLOAD FROM '/etc/passwd' RETURN *",
                                                encoding="utf-8")
    with pytest.raises(RecipeError, match="LOAD reads files"):
        load_recipes(tmp_path)


def test_cli_refuses_a_custom_folder_with_a_file_reading_recipe(tmp_path: Path, hand_store: Any) -> None:
    (tmp_path / "passwd.cypher").write_text(
        "// Reads a file.\nLOAD FROM '/etc/passwd' (header=false) RETURN *", encoding="utf-8")
    store_dir = str(Path(hand_store.path).parent)
    for args in (["recipes", "--queries", str(tmp_path)],
                 ["query", "passwd", "--queries", str(tmp_path), "--store", store_dir]):
        res = CliRunner().invoke(cli, args)
        assert res.exit_code == 1, res.output
        where = tmp_path / "passwd.cypher"
        assert f"{where}:2: recipes may only read the graph; LOAD reads files" in res.stderr
        assert "root:" not in res.output
    # and the store refuses it too
    with pytest.raises(Exception, match="read-only query expected, found LOAD"):
        hand_store.run("LOAD FROM '/etc/passwd' (header=false) RETURN *")
