"""Resolution across documents: the seeds' extractions -> one Graph (facts that cross documents), and small
hand-made extractions for the firm short-name and project-place rules."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.graphio import to_dict
from kg.model import Document, Entity, EntityType, Extraction, Graph, Relation, RelType, make_key
from kg.pipeline import extract_paths
from kg.resolve import ResolveReport, resolve

SHAOYANG_PARK_FORMS = ("邵阳经开区", "邵阳经济技术开发区", "邵阳市经济技术开发区")


@pytest.fixture(scope="module")
def seed_extractions(seeds_dir) -> list[Extraction]:  # type: ignore[no-untyped-def]
    return list(extract_paths([seeds_dir]))


@pytest.fixture(scope="module")
def seed_graph(seed_extractions: list[Extraction]) -> Graph:
    return resolve(seed_extractions)


def _out(graph: Graph, key: str, rtype: RelType) -> list[Relation]:
    return [r for r in graph.relations if r.source == key and r.type is rtype]


def _with_name(graph: Graph, etype: str, name: str) -> list[Entity]:
    return [e for e in graph.by_type(etype) if name in e.names]


def test_shaoyang_park_is_one_node_in_shaoyang(seed_graph: Graph) -> None:
    nodes = {e.key for form in SHAOYANG_PARK_FORMS for e in _with_name(seed_graph, "park", form)}
    assert nodes == {"park:邵阳经济技术开发区"}
    park = seed_graph.entities["park:邵阳经济技术开发区"]
    # the forms written in seed001-02 and seed001-04 both reach the node
    assert {"邵阳经济技术开发区", "邵阳市经济技术开发区"} <= set(park.names)
    assert {"seed001-02", "seed001-04"} <= set(park.sources)
    code = park.attrs["place_code"]
    assert code.startswith("4305")
    place = seed_graph.entities[make_key(EntityType.PLACE, "邵阳市", code)]
    assert (place.name, place.level) == ("邵阳市", "city")
    assert [r.target for r in _out(seed_graph, park.key, RelType.LOCATED_IN)] == [place.key]
    parents = [r.target for r in _out(seed_graph, place.key, RelType.PART_OF)]
    assert [seed_graph.entities[k].name for k in parents] == ["湖南省"]


def test_battery_project_path_to_province(seed_graph: Graph) -> None:
    """锂离子动力电池项目 -LOCATED_IN-> 邵阳经济技术开发区 -LOCATED_IN-> 邵阳市 -PART_OF-> 湖南省."""
    projects = _with_name(seed_graph, "project", "锂离子动力电池项目")
    assert len(projects) == 1
    project = projects[0]
    assert project.code is not None and project.code.startswith("4305")
    assert project.attrs.get("amount_cny") == 1_600_000_000
    park_key = "park:邵阳经济技术开发区"
    assert park_key in {r.target for r in _out(seed_graph, project.key, RelType.LOCATED_IN)}
    (city_edge,) = _out(seed_graph, park_key, RelType.LOCATED_IN)
    assert seed_graph.entities[city_edge.target].name == "邵阳市"
    (province_edge,) = _out(seed_graph, city_edge.target, RelType.PART_OF)
    assert seed_graph.entities[province_edge.target].name == "湖南省"
    # the firm that invests in it, with the amount and the evidence sentence
    (inv,) = [r for r in seed_graph.relations if r.type is RelType.INVESTS_IN and r.target == project.key]
    assert inv.source == "firm:山西易高能源有限公司"
    assert inv.amount_cny == 1_600_000_000
    assert any(ev.doc_id == "seed001-02" and "山西易高能源有限公司" in ev.sentence for ev in inv.evidence)


def test_coded_places_reach_a_province(seed_graph: Graph) -> None:
    """Each coded place has a PART_OF edge to its gazetteer parent, up to the province. (An edge the text
    also states is one relation with both origins: it keeps the text's evidence.)"""
    from kg.lexicon.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    part_of = {(r.source, r.target): r for r in seed_graph.relations if r.type is RelType.PART_OF}
    coded = [e for e in seed_graph.by_type("place") if e.code]
    assert len(coded) >= 50
    for place in coded:
        chain = [place.key, *(f"place:{p.code}" for p in gaz.parents(place.code))]
        assert seed_graph.entities[chain[-1]].level == "province", place.name
        for child, parent in zip(chain, chain[1:], strict=False):
            assert (child, parent) in part_of, f"no PART_OF {child} -> {parent} ({place.name})"
            assert part_of[(child, parent)].provenance in ("gazetteer", "text")
    assert sum(r.provenance == "gazetteer" for r in part_of.values()) >= 50


def test_places_are_keyed_by_code(seed_graph: Graph) -> None:
    for place in seed_graph.by_type("place"):
        if place.code:
            assert place.key == f"place:{place.code}"
            assert len(place.code) == 12


def test_industries_carry_chains_and_upstream_edges(seed_graph: Graph) -> None:
    industries = seed_graph.by_type("industry")
    chained = [e for e in industries if "chain" in e.attrs]
    assert len({e.attrs["chain"] for e in chained}) >= 12
    assert all(isinstance(e.attrs.get("position"), int) for e in chained)
    upstream = [r for r in seed_graph.relations if r.type is RelType.UPSTREAM_OF]
    assert upstream
    for r in upstream:
        assert r.provenance == "taxonomy"
        a, b = seed_graph.entities[r.source], seed_graph.entities[r.target]
        assert a.type is b.type is EntityType.INDUSTRY
        assert "chain" in a.attrs and "chain" in b.attrs
    # within a chain, upstream links sit at an earlier position
    pos = {k: e.attrs["position"] for k, e in seed_graph.entities.items() if "position" in e.attrs}
    assert any(pos[r.source] < pos[r.target] for r in upstream)
    # text facts reach taxonomy nodes: 上汽大众新能源汽车项目 -> 新能源汽车
    (project,) = _with_name(seed_graph, "project", "上汽大众新能源汽车项目")
    targets = {seed_graph.entities[r.target].name for r in _out(seed_graph, project.key, RelType.IN_INDUSTRY)}
    assert "新能源汽车" in targets


def test_every_text_relation_keeps_its_evidence(seed_graph: Graph) -> None:
    for r in seed_graph.relations:
        assert r.source in seed_graph.entities and r.target in seed_graph.entities
        if r.provenance == "text":
            assert r.evidence
            assert all(ev.doc_id in seed_graph.documents and ev.rule for ev in r.evidence)


def test_resolve_is_deterministic(seed_extractions: list[Extraction], seed_graph: Graph) -> None:
    again = resolve(list(seed_extractions))
    assert again == seed_graph
    assert to_dict(again) == to_dict(seed_graph)
    # the order documents come in does not matter either
    assert to_dict(resolve(list(reversed(seed_extractions)))) == to_dict(seed_graph)


def test_project_timeline_across_documents(seed_graph: Graph) -> None:
    """万雅跨境电商城: signed in seed003 (2020), built in seed000 (2021); both kept, in order."""
    (project,) = _with_name(seed_graph, "project", "万雅跨境电商城")
    timeline = project.attrs["timeline"]
    assert {t["doc_id"] for t in timeline} == {"seed000", "seed003"}
    assert all({"stage", "year", "doc_id"} <= set(t) for t in timeline)
    years = [t["year"] for t in timeline]
    assert years == sorted(years)
    assert (project.attrs["stage"], project.attrs["year"]) == (timeline[-1]["stage"], timeline[-1]["year"])
    assert set(project.sources) == {"seed000", "seed003"}


# --- hand-made extractions -------------------------------------------------------------------------------

def _ex(doc_id: str, *entities: Entity, region: str | None = None) -> Extraction:
    return Extraction(Document(doc_id, f"{doc_id}.txt", None, "2023", region, ""), tuple(entities))


def _firm(name: str) -> Entity:
    return Entity(EntityType.FIRM, name)


def test_short_name_joins_its_only_legal_name() -> None:
    report = ResolveReport()
    g = resolve([_ex("a", _firm("山西易高能源有限公司")), _ex("b", _firm("易高能源"))], report=report)
    firms = g.by_type("firm")
    assert [e.name for e in firms] == ["山西易高能源有限公司"]
    assert {"山西易高能源有限公司", "易高能源"} <= set(firms[0].names)
    assert firms[0].sources == ("a", "b")
    assert report.pairs("firms", "merged") == [("易高能源", "山西易高能源有限公司")]


def test_ambiguous_short_name_stays_apart_and_is_reported() -> None:
    report = ResolveReport()
    g = resolve([_ex("a", _firm("山西易高能源有限公司")), _ex("b", _firm("湖南易高能源有限公司")),
                 _ex("c", _firm("易高能源"))], report=report)
    names = sorted(e.name for e in g.by_type("firm"))
    assert names == ["山西易高能源有限公司", "易高能源", "湖南易高能源有限公司"]
    assert report.pairs("firms", "merged") == []
    assert report.pairs("firms", "kept apart") == [("易高能源", "山西易高能源有限公司、湖南易高能源有限公司")]
    assert any("易高能源" in line and "kept apart" in line for line in report.lines())


def _signing(doc_id: str, region: str) -> Extraction:
    text = "2023年,总投资16亿元的锂离子动力电池项目正式签约,将为当地新能源产业发展注入强劲动力。"
    return extract(Document(doc_id, f"{doc_id}.txt", None, "2023-07-09", region, text))


def test_same_project_name_in_two_places_is_two_nodes() -> None:
    g = resolve([_signing("a", "邵阳市"), _signing("b", "郴州市")])
    projects = _with_name(g, "project", "锂离子动力电池项目")
    assert len(projects) == 2
    assert sorted(p.code[:4] for p in projects if p.code) == ["4305", "4310"]
    assert sorted(p.sources for p in projects) == [("a",), ("b",)]


def test_same_project_name_in_one_place_is_one_node() -> None:
    g = resolve([_signing("a", "邵阳市"), _signing("b", "邵阳市")])
    (project,) = _with_name(g, "project", "锂离子动力电池项目")
    assert project.sources == ("a", "b")
    assert [t["doc_id"] for t in project.attrs["timeline"]] == ["a", "b"]
