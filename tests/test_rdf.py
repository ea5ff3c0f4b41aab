"""RDF export: golden isomorphism (Turtle, JSON-LD, N-Triples), SHACL, safe IRIs and literals, kg validate."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from graph_samples import seed_graph
from rdflib.compare import isomorphic

from kg.errors import ExportError
from kg.graphio import write_graph
from kg.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelType
from kg.rdf import FORMATS, KG, entity_iri, key_from_iri, to_rdf, write_rdf
from kg.rdf.shacl import validate_file, validate_graph

GOLDEN = Path(__file__).resolve().parent / "golden" / "graph.ttl"
PARSER = {"turtle": "ox-turtle", "json-ld": "ox-json-ld", "nt": "ox-nt"}
SCHEMA = rdflib.Namespace("https://schema.org/")


def small_graph(currency: str | None = "CNY", place_code: str | None = "430500000000") -> Graph:
    """易高能源 invests 16亿元 in a battery project in 邵阳经开区, 邵阳市 (seed001-02), in a two-link
    chain."""
    sentence = ("2023年,总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约,"
                "这是邵阳市招商引资工作的重大成果,")
    ev = Evidence("seed001-02", sentence, 38, 38 + len(sentence), "invest_amount", 0.9)
    firm = Entity(EntityType.FIRM, "山西易高能源有限公司", aliases=("易高能源",), sources=("seed001-02",))
    proj = Entity(EntityType.PROJECT, "锂离子动力电池项目", sources=("seed001-02",),
                  attrs={"timeline": [{"year": 2023, "stage": "签约", "doc_id": "seed001-02"}]})
    park = Entity(EntityType.PARK, "邵阳经济技术开发区", aliases=("邵阳经开区",),
                  attrs={"park_type": "经济技术开发区", "place_code": "430500000000"})
    city = Entity(EntityType.PLACE, "邵阳市", aliases=("邵阳",), level="city", code=place_code)
    up = Entity(EntityType.INDUSTRY, "电池材料",
                attrs={"chain": "新能源汽车", "position": 1, "keywords": ["正极材料"]})
    down = Entity(EntityType.INDUSTRY, "动力电池",
                  attrs={"chain": "新能源汽车", "position": 2, "keywords": ["锂电池"]})
    rels = (
        Relation(RelType.INVESTS_IN, firm.key, proj.key, amount_cny=1.6e9, amount=1.6e9, currency=currency,
                 year=2023, stage="签约", evidence=(ev,)),
        Relation(RelType.LOCATED_IN, proj.key, park.key, evidence=(ev,)),
        Relation(RelType.LOCATED_IN, park.key, city.key, evidence=(ev,)),
        Relation(RelType.IN_INDUSTRY, proj.key, down.key, provenance="taxonomy"),
        Relation(RelType.UPSTREAM_OF, up.key, down.key, provenance="taxonomy"),
    )
    doc = Document("seed001-02", "seed001.txt", "【邵阳招商】16亿元锂离子动力电池项目签约邵阳 助力"
                                                "新能源产业升级",
                   "2025-07-09", "邵阳市", "")
    return Graph({e.key: e for e in (firm, proj, park, city, up, down)}, rels, {doc.doc_id: doc})


def golden() -> rdflib.Graph:
    return rdflib.Graph().parse(GOLDEN, format="ox-turtle")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_parses_back_isomorphic_to_golden(tmp_path, fmt):
    path = tmp_path / f"g{FORMATS[fmt][1]}"
    n = write_rdf(small_graph(), path, fmt)
    back = rdflib.Graph().parse(path, format=PARSER[fmt])
    assert n == len(back) == len(golden())
    assert isomorphic(back, golden())


def test_to_rdf_matches_golden_and_uses_standard_vocabularies():
    g = to_rdf(small_graph())
    assert isomorphic(g, golden())
    firm = rdflib.URIRef(entity_iri("firm:山西易高能源有限公司"))
    assert (firm, rdflib.RDF.type, SCHEMA.Organization) in g
    assert (firm, SCHEMA.alternateName, rdflib.Literal("易高能源", datatype=rdflib.XSD.string)) in g \
        or (firm, SCHEMA.alternateName, rdflib.Literal("易高能源")) in g
    inv = next(g.subjects(rdflib.RDF.type, KG.Investment))
    money = g.value(inv, KG.amount)
    assert g.value(money, SCHEMA.value) == rdflib.Literal("1600000000", datatype=rdflib.XSD.decimal)
    assert str(g.value(money, SCHEMA.currency)) == "CNY"
    ev = next(g.subjects(KG.supports, inv))
    assert str(g.value(ev, rdflib.URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))).endswith("/doc/seed001-02")
    assert str(g.value(rdflib.URIRef(entity_iri("place:430500000000")), KG.adminCode)) == "430500000000"


def test_export_is_deterministic(tmp_path):
    write_rdf(small_graph(), tmp_path / "a.ttl")
    write_rdf(small_graph(), tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_small_graph_conforms(tmp_path):
    write_rdf(small_graph(), tmp_path / "g.ttl")
    report = validate_file(tmp_path / "g.ttl", strict=True)
    assert report.conforms and report.results == ()


def test_seed_graph_conforms_in_turtle_and_json_ld(tmp_path):
    graph = seed_graph()
    for fmt in ("turtle", "json-ld"):
        path = tmp_path / f"seed{FORMATS[fmt][1]}"
        write_rdf(graph, path, fmt)
        back = rdflib.Graph().parse(path, format=PARSER[fmt])
        assert isomorphic(back, to_rdf(graph))
        report = validate_file(path)
        assert report.conforms, "\n".join(map(str, report.results))
    # the gold names places with no code (e.g. 通城县 here): warnings, which fail only --strict
    assert any("has no official code" in r.message for r in report.warnings)


def test_built_seed_graph_round_trips_and_conforms(tmp_path, seed_store):
    """The graph `kg build seeds/` makes, exported as Turtle and JSON-LD: parses back isomorphic, passes SHACL
    strictly (every place the pipeline keeps has its official code)."""
    from kg.graphio import read_graph

    graph = read_graph(seed_store)
    for fmt in ("turtle", "json-ld"):
        path = tmp_path / f"built{FORMATS[fmt][1]}"
        n = write_rdf(graph, path, fmt)
        assert n > 1000
        back = rdflib.Graph().parse(path, format=PARSER[fmt])
        assert isomorphic(back, to_rdf(graph))
        report = validate_file(path, strict=True)
        assert report.conforms and not report.results, "\n".join(map(str, report.results))
    # the 16亿元 investment is one n-ary Investment node with its amount and currency
    g = to_rdf(graph)
    amounts = {str(o) for o in g.objects(None, rdflib.URIRef("https://schema.org/value"))}
    assert "1600000000" in amounts or "1600000000.0" in amounts


# fmt: off
BROKEN = [
    # (graph, expected text in one result)
    (small_graph(currency=None), "inv:firm:山西易高能源有限公司/project:锂离子动力电池项目"
                                 "/amount schema:currency: "
                                 "an amount needs exactly one schema:currency"),
    (small_graph(currency="人民币"), "schema:currency: an amount needs exactly one schema:currency,"
                                  " an ISO 4217 code"),
    (small_graph(place_code="4305"),
     "place:4305 kg:adminCode: kg:adminCode must be one official 12-digit code"),
]
# fmt: on


@pytest.mark.parametrize(("graph", "message"), BROKEN)
def test_broken_graphs_fail_with_readable_messages(tmp_path, graph, message):
    write_rdf(graph, tmp_path / "g.ttl")
    report = validate_file(tmp_path / "g.ttl")
    assert not report.conforms
    assert any(message in str(r) for r in report.violations), "\n".join(map(str, report.results))


def test_place_without_code_warns_and_fails_only_strict(tmp_path):
    write_rdf(small_graph(place_code=None), tmp_path / "g.ttl")
    assert validate_file(tmp_path / "g.ttl").conforms
    strict = validate_file(tmp_path / "g.ttl", strict=True)
    assert not strict.conforms
    assert [str(r) for r in strict.results] == [
        "Warning: place:邵阳市 kg:adminCode: place has no official code (kg:adminCode)"]


def test_investment_without_investor_fails():
    g = to_rdf(small_graph())
    inv = next(g.subjects(rdflib.RDF.type, KG.Investment))
    g.remove((inv, KG.investor, None))
    report = validate_graph(g)
    assert any("needs exactly one kg:investor" in r.message for r in report.violations)


NASTY = ['甲"乙"公司', "<script>alert(1)</script>", "行1\n行2", "A#B", "100%纯", "a b\tc", "x>y<z",
         "\\反斜杠", "{json}", "emoji🚗", "%E7%94%B2"]


@pytest.mark.parametrize("name", NASTY)
def test_nasty_names_give_valid_iris_and_literals(tmp_path, name):
    firm = Entity(EntityType.FIRM, name, aliases=(name + "'",))
    ev = Evidence("doc #1", f"sentence with {name}", 0, 5, "r")
    place = Entity(EntityType.PLACE, name, level="town")
    graph = Graph({firm.key: firm, place.key: place},
                  (Relation(RelType.LOCATED_IN, firm.key, place.key, evidence=(ev,)),))
    for fmt in FORMATS:
        path = tmp_path / f"n{FORMATS[fmt][1]}"
        write_rdf(graph, path, fmt)
        back = rdflib.Graph().parse(path, format=PARSER[fmt])
        assert isomorphic(back, to_rdf(graph))
    iri = rdflib.URIRef(entity_iri(firm.key))
    assert key_from_iri(str(iri)) == firm.key
    assert not set(str(iri)[len("https://"):]) & set(" \"<>#{}|\\^`\n\t")
    assert str(back.value(iri, SCHEMA.name)) == name


def test_unknown_format_and_bad_file(tmp_path):
    with pytest.raises(ExportError, match="unknown RDF format 'xml'; choose one of: turtle, json-ld, nt"):
        write_rdf(small_graph(), tmp_path / "g.xml", "xml")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(ExportError, match="bad.ttl: not valid turtle RDF"):
        validate_file(bad)


def test_cli_export_rdf_and_validate(tmp_path):
    from kg.cli import viz_cmd  # noqa: F401  (registers kg validate until kg/cli/__init__.py imports it)
    from kg.cli.main import cli

    store = tmp_path / "store"
    write_graph(small_graph(currency=None), store / "graph.json")
    out = tmp_path / "g.ttl"
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "rdf", "--store", str(store), "-o", str(out)])
    assert res.exit_code == 0 and f"triples to {out}" in res.output
    res = runner.invoke(cli, ["validate", str(out)])
    assert res.exit_code == 1
    violation = "Violation: inv:firm:山西易高能源有限公司/project:锂离子动力电池项目/amount schema:currency"
    assert violation in res.output
    assert re.search(r"does not conform: [12] violation\(s\)", res.output)
    write_graph(small_graph(), store / "graph.json")
    res = runner.invoke(cli, ["export", "rdf", "--store", str(store), "--format", "json-ld", "-o",
                              str(tmp_path / "g.jsonld")])
    assert res.exit_code == 0
    res = runner.invoke(cli, ["validate", str(tmp_path / "g.jsonld")])
    assert res.exit_code == 0 and "conforms (0 violation(s), 0 warning(s))" in res.output
