"""Resolution across documents: the seeds' extractions -> one Graph (facts that cross documents), and small
hand-built extractions for each phase's rules (firm identity and groups, park forms, places, projects)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.graphio import to_dict
from kg.lexicon import Lexicon
from kg.model import Document, Entity, EntityType, Extraction, Graph, Relation, RelType, make_key
from kg.pipeline import extract_paths
from kg.resolve import ResolveReport, doc_states, resolve
from kg.resolve.chains import resolve_chains
from kg.resolve.firms import resolve_firms
from kg.resolve.parks import resolve_parks
from kg.resolve.places import resolve_places
from kg.resolve.projects import resolve_projects
from kg.resolve.state import Builder, DocState

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


# --- firms: one node per firm, groups linked to their units (hand-built extractions) ------------------------

def _firms(*docs: tuple[str, ...], report: ResolveReport | None = None) -> Graph:
    """One document per tuple of firm names (each name one firm entity)."""
    return resolve([_ex(f"d{i}", *(_firm(n) for n in names)) for i, names in enumerate(docs)], report=report)


# fmt: off
ONE_FIRM = [
    # (names in two documents, the node's name)
    # a short name without place and legal form; a trade name + industry, the only such firm
    (("山西易高能源有限公司",), ("易高能源",), "山西易高能源有限公司"),
    (("三赢兴公司",), ("三赢兴电子",), "三赢兴公司"),
    (("比亚迪股份有限公司",), ("比亚迪",), "比亚迪股份有限公司"),
    (("平安电工",), ("平安电工公司",), "平安电工公司"),
    (("深圳市华锂新材料集团股份有限公司",), ("华锂新材料集团股份有限公司",),
     "深圳市华锂新材料集团股份有限公司"),
]
# fmt: on


@pytest.mark.parametrize(("doc_a", "doc_b", "name"), ONE_FIRM)
def test_two_documents_naming_one_firm_differently_give_one_node(doc_a, doc_b, name) -> None:
    report = ResolveReport()
    g = _firms(doc_a, doc_b, report=report)
    (firm,) = g.by_type("firm")
    assert firm.name == name
    assert set(doc_a + doc_b) <= set(firm.names)
    assert firm.sources == ("d0", "d1")
    (merge,) = report.by("firms", "merged")
    assert merge.target == name and merge.reason


# fmt: off
APART = [
    # (documents, node names, the name reported as kept apart)
    ((("山西易高能源有限公司",), ("湖南易高能源有限公司",), ("易高能源",)),
     ["山西易高能源有限公司", "易高能源", "湖南易高能源有限公司"], "易高能源"),
    ((("恒氟化工股份有限公司",), ("恒氟新材料股份有限公司",), ("恒氟",)),
     ["恒氟", "恒氟化工股份有限公司", "恒氟新材料股份有限公司"], "恒氟"),
]
# fmt: on


@pytest.mark.parametrize(("docs", "names", "apart"), APART)
def test_a_short_name_fitting_several_firms_stays_apart_and_is_reported(docs, names, apart) -> None:
    report = ResolveReport()
    g = _firms(*docs, report=report)
    assert sorted(e.name for e in g.by_type("firm")) == names
    assert report.by("firms", "merged") == []
    (kept,) = report.by("firms", "kept apart")
    assert kept.subject == apart and kept.reason
    assert any("kept apart" in line and apart in line for line in report.lines())


# fmt: off
GROUPS = [
    # (unit, group, reason word)
    ("华润电力控股有限公司", "华润", "trade name"),
    ("华润电力控股有限公司", "华润集团", "trade name"),
    ("江苏天合储能有限公司", "天合集团", "trade name"),
    ("中国光大银行长沙分行", "中国光大银行", "分行"),
]
# fmt: on


@pytest.mark.parametrize(("unit", "group", "why"), GROUPS)
def test_a_group_and_its_subsidiary_are_two_nodes_linked(unit: str, group: str, why: str) -> None:
    report = ResolveReport()
    g = _firms((unit,), (group,), report=report)
    assert sorted(e.name for e in g.by_type("firm")) == sorted([unit, group])
    (link,) = [r for r in g.relations if r.type is RelType.SUBSIDIARY_OF]
    assert (link.source, link.target) == (make_key("firm", unit), make_key("firm", group))
    assert link.provenance == "names"
    (decision,) = report.by("firms", "linked")
    assert (decision.subject, decision.target) == (unit, group) and why in decision.reason


def test_a_unit_the_text_calls_x_qixia_gets_its_group_with_the_sentence() -> None:
    text = "日前,远航资本旗下厦门远航智港科技发展有限公司完成地块摘牌。远航资本表示支持。"
    raw = "远航资本旗下厦门远航智港科技发展有限公司"
    start = text.index(raw)
    unit = Entity(EntityType.FIRM, raw, mentions=((start, start + len(raw)),))
    group = Entity(EntityType.FIRM, "远航资本", mentions=((text.rindex("远航资本"), len(text) - 5),))
    doc = Document("d1", "d1.txt", None, "2026", "厦门市", text)
    report = ResolveReport()
    g = resolve([Extraction(doc, (unit, group))], report=report)
    assert sorted(e.name for e in g.by_type("firm")) == ["厦门远航智港科技发展有限公司", "远航资本"]
    (link,) = [r for r in g.relations if r.type is RelType.SUBSIDIARY_OF]
    assert link.target == "firm:远航资本" and link.provenance == "text"
    assert link.evidence[0].sentence == "日前,远航资本旗下厦门远航智港科技发展有限公司完成地块摘牌。"
    assert report.pairs("firms", "cleaned") == [(raw, "厦门远航智港科技发展有限公司")]


# fmt: off
FRAGMENTS = [
    ("会上我区邀请到深圳凯盛科技有限公司", "深圳凯盛科技有限公司"),
    ("锁定金氟化工股份有限公司", "金氟化工股份有限公司"),
    ("汉与华信汽车集团股份有限公司", "华信汽车集团股份有限公司"),
    ("和记黄埔有限公司", "和记黄埔有限公司"),          # 和 starts the name: nothing to cut
    ("北京同仁堂股份有限公司", "北京同仁堂股份有限公司"),  # 同 inside the name
]
# fmt: on


@pytest.mark.parametrize(("raw", "name"), FRAGMENTS)
def test_a_name_holding_a_clause_is_cut_to_the_name(raw: str, name: str) -> None:
    report = ResolveReport()
    (firm,) = _firms((raw,), report=report).by_type("firm")
    assert firm.name == name
    assert report.pairs("firms", "cleaned") == ([(raw, name)] if raw != name else [])
    assert raw not in firm.names or raw == name


def test_a_firm_named_like_a_project_or_a_phrase_is_dropped_and_reported() -> None:
    report = ResolveReport()
    g = _firms(("华康集团中药饮片产业基地项目", "华康集团", "相关医药", "能源化工", "供电公司", "南湖公司"),
               report=report)
    assert sorted(e.name for e in g.by_type("firm")) == ["供电公司", "华康集团", "南湖公司"]
    assert [d.subject for d in report.by("firms", "dropped")] == [
        "华康集团中药饮片产业基地项目", "相关医药", "能源化工"]


def test_generic_short_forms_are_no_aliases() -> None:
    g = _firms(("长沙农商行", "湖南粮食集团", "榆林能源集团"))
    aliases = {a for e in g.by_type("firm") for a in e.aliases}
    assert not aliases & {"长沙", "粮食", "能源"}


# --- parks: one node per park, national and provincial zones apart ------------------------------------------

def _park_doc(doc_id: str, *names: str) -> Extraction:
    text = "、".join(names) + "签约项目。"
    return Extraction(Document(doc_id, f"{doc_id}.txt", None, "2023", None, text),
                      tuple(Entity(EntityType.PARK, n) for n in names))


# fmt: off
PARKS = [
    # (park names, one document each -> the parks' node names)
    (("邵阳经开区", "邵阳经济技术开发区", "邵阳市经济技术开发区"), ["邵阳经济技术开发区"]),
    (("大同经济开发区", "大同经开区"), ["大同经济开发区"]),      # only the provincial form is written in full
    (("大同经济开发区", "大同经济技术开发区", "大同经开区"), ["大同经济开发区", "大同经济技术开发区"]),
    (("大同经开区",), ["大同经济技术开发区"]),                   # 经开区 alone: the national type
    # 邵阳 alone is the city
    (("邵阳县经济开发区", "邵阳经济开发区"), ["邵阳县经济开发区", "邵阳经济开发区"]),
    (("项目用地顺利出让恒港跨境电商产业园", "恒港跨境电商产业园"), ["恒港跨境电商产业园"]),
]
# fmt: on


def test_a_generic_form_pointing_back_at_a_park_is_no_alias() -> None:
    """高新区 after 无锡高新区 in one text, 高新区 after 成都高新区 in another: no name shared by two
    parks."""
    docs = [Extraction(Document(d, f"{d}.txt", None, "2023", None, f"{name}开工。高新区签约。"),
                       (Entity(EntityType.PARK, name, aliases=("高新区",)),))
            for d, name in (("a", "无锡高新区"), ("b", "成都高新区"))]
    g = resolve(docs)
    assert sorted(e.name for e in g.by_type("park")) == ["成都高新技术产业开发区", "无锡高新技术产业开发区"]
    assert not any(a == "高新区" for e in g.by_type("park") for a in e.aliases)



@pytest.mark.parametrize(("names", "nodes"), PARKS)
def test_park_forms_across_documents(names: tuple[str, ...], nodes: list[str]) -> None:
    g = resolve([_park_doc(f"d{i}", n) for i, n in enumerate(names)])
    assert sorted(e.name for e in g.by_type("park")) == nodes
    for e in g.by_type("park"):  # every written form names exactly one node
        assert all(sum(n in x.names for x in g.by_type("park")) == 1 for n in e.names)


def test_a_provincial_and_a_national_zone_of_one_city_are_placed_by_their_names() -> None:
    report = ResolveReport()
    g = resolve([_park_doc("a", "邵阳经济开发区"), _park_doc("b", "邵阳经济技术开发区"),
                 _park_doc("c", "邵阳县经济开发区")], report=report)
    placed = {e.name: g.entities[r.target].name for e in g.by_type("park")
              for r in _out(g, e.key, RelType.LOCATED_IN)}
    assert placed == {"邵阳经济开发区": "邵阳市", "邵阳经济技术开发区": "邵阳市",
                      "邵阳县经济开发区": "邵阳县"}
    types = {e.name: e.attrs["park_type"] for e in g.by_type("park")}
    assert types["邵阳经济开发区"] == "经济开发区" and types["邵阳经济技术开发区"] == "经济技术开发区"
    assert report.by("parks", "merged") == []


def test_park_abbreviation_read_as_provincial_is_reported() -> None:
    report = ResolveReport()
    resolve([_park_doc("a", "大同经济开发区"), _park_doc("b", "大同经开区")], report=report)
    assert report.pairs("parks", "chosen") == [("大同经开区", "大同经济开发区")]
    assert report.pairs("parks", "merged") == [("大同经开区", "大同经济开发区")]


# --- each phase on its own ---------------------------------------------------------------------------------

def _states(*exs: Extraction) -> list[DocState]:
    return doc_states(exs, Lexicon.load())


def test_places_phase_keys_by_code_and_reports_uncoded_places() -> None:
    coded = Entity(EntityType.PLACE, "邵阳市", level="city", code="430500000000")
    uncoded = Entity(EntityType.PLACE, "朝阳区", level="county")
    docs = _states(_ex("a", coded, uncoded))
    b, report = Builder(), ResolveReport()
    resolve_places(b, docs, Lexicon.load().gazetteer, report)
    assert docs[0].keymap == {coded.key: "place:430500000000", uncoded.key: "place:朝阳区"}
    assert [(d.phase, d.action, d.subject) for d in report.decisions] == [("places", "kept apart", "朝阳区")]


def test_chains_phase_joins_industry_words_to_taxonomy_links() -> None:
    word = Entity(EntityType.INDUSTRY, "锂电池")
    docs = _states(_ex("a", word))
    b, report = Builder(), ResolveReport()
    resolve_chains(b, docs, Lexicon.load().taxonomy, report)
    assert docs[0].keymap[word.key] == "industry:动力电池"
    assert b.nodes["industry:动力电池"].attrs["chain"] == "新能源汽车"
    assert report.pairs("chains", "merged") == [("锂电池", "动力电池")]


def test_a_project_the_text_places_nowhere_is_in_its_documents_region() -> None:
    p, q = Entity(EntityType.PROJECT, "锂电池项目"), Entity(EntityType.PROJECT, "物流园项目")
    park = Entity(EntityType.PARK, "邵阳经开区")
    ex = Extraction(Document("a", "a.txt", None, "2023", "邵阳市", ""), (p, q, park),
                    (Relation(RelType.LOCATED_IN, q.key, park.key),))
    report = ResolveReport()
    g = resolve([ex], report=report)
    placed = {(r.source, r.target, r.provenance) for r in g.relations if r.type is RelType.LOCATED_IN
              and r.source.startswith("project:")}
    assert placed == {("project:锂电池项目@430500000000", "place:430500000000", "region"),
                      ("project:物流园项目@430500000000", "park:邵阳经济技术开发区", "text")}
    assert report.pairs("projects", "chosen") == [("1 project(s) of a", "邵阳市")]


def test_projects_phase_merges_one_name_in_one_place_and_reports_it() -> None:
    p = Entity(EntityType.PROJECT, "锂电池项目", attrs={"events": [{"year": 2023, "stage": "签约"}]})
    docs = _states(_ex("a", p, region="邵阳市"), _ex("b", p, region="邵阳市"), _ex("c", p, region="郴州市"))
    b, report = Builder(), ResolveReport()
    resolve_projects(b, docs, report)
    assert [d.keymap[p.key] for d in docs] == ["project:锂电池项目@430500000000"] * 2 + [
        "project:锂电池项目@431000000000"]
    assert report.pairs("projects", "merged") == [("锂电池项目 (b)", "锂电池项目 (a)")]


def test_parks_and_firms_phases_fill_each_documents_key_map() -> None:
    park, firm = Entity(EntityType.PARK, "邵阳经开区"), Entity(EntityType.FIRM, "易高能源")
    docs = _states(_ex("a", park, firm))
    b, report = Builder(), ResolveReport()
    resolve_parks(b, docs, Lexicon.load(), report)
    resolve_firms(b, docs, Lexicon.load(), report)
    assert docs[0].keymap == {park.key: "park:邵阳经济技术开发区", firm.key: "firm:易高能源"}
    assert b.nodes["park:邵阳经济技术开发区"].attrs == {"park_type": "经济技术开发区",
                                                         "place_code": "430500000000"}


def test_report_lines_follow_the_phase_order() -> None:
    report = ResolveReport()
    report.add("firms", "merged", "b", "B", "why")
    report.add("places", "kept apart", "a")
    assert [line.split()[0] for line in report.lines()] == ["places", "firms"]
    assert report.summary() == "places: 1 kept apart; firms: 1 merged"
    with pytest.raises(ValueError, match="unknown phase 'nope'"):
        report.add("nope", "merged", "x")
