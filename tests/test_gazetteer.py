"""Place gazetteer and finder: real sentences of the seeds, resolution by region, no false places, gold
recall."""

from __future__ import annotations

import json
import re
from dataclasses import FrozenInstanceError
from itertools import pairwise

import pytest

from kg.lexicon.gazetteer import Gazetteer, find_places, resolve_place, short_forms

RE_LEFT_OUT_PLACE = re.compile(r"left out place: (.*?) — ")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_cached_and_complete():
    # load time is measured by benchmarks/bench_gazetteer.py, not asserted here
    from kg.lexicon.gazetteer import _load_cached

    _load_cached.cache_clear()
    fresh = Gazetteer.load()
    assert Gazetteer.load() is fresh  # cached
    gaz = fresh
    levels: dict[str, int] = {}
    for p in gaz.places.values():
        levels[p.level] = levels.get(p.level, 0) + 1
    assert levels["province"] == 34 and levels["city"] > 300
    assert levels["county"] > 2800 and levels["town"] > 38000
    assert all(len(code) == 12 and code.isdigit() for code in gaz.places)


def test_place_is_frozen(gaz):
    with pytest.raises(FrozenInstanceError):
        gaz.get("430000000000").name = "x"  # type: ignore[misc]


# fmt: off
SHORT_FORMS = [
    ("邵阳市", "city", ("邵阳",)),
    ("湘西土家族苗族自治州", "city", ("湘西", "湘西州", "湘西自治州")),
    ("通道侗族自治县", "county", ("通道", "通道县", "通道自治县")),
    ("湖南省", "province", ("湖南",)),
    ("广西壮族自治区", "province", ("广西",)),
    ("内蒙古自治区", "province", ("内蒙古",)),
    ("浏阳市", "county", ("浏阳",)),
    ("锡林郭勒盟", "city", ("锡林郭勒",)),
    ("和县", "county", ()),              # one-character stem: no short form
    ("城区", "county", ()),
    ("科技园街道", "town", ()),          # a zone, not a place stem
    ("麦市镇", "town", ("麦市",)),
    ("察哈尔右翼后旗", "county", ("察哈尔右翼后", "察右后旗")),  # a wing's banner by league, wing, position
    ("科尔沁左翼中旗", "county", ("科尔沁左翼中", "科左中旗")),
    # an ethnic group written without 族 (Xinjiang's units)
    ("新疆维吾尔自治区", "province", ("新疆",)),
    ("伊犁哈萨克自治州", "city", ("伊犁", "伊犁州", "伊犁自治州")),
    ("塔什库尔干塔吉克自治县", "county", ("塔什库尔干", "塔什库尔干县", "塔什库尔干自治县")),
]
# fmt: on


@pytest.mark.parametrize(("name", "level", "expected"), SHORT_FORMS)
def test_short_forms(name, level, expected):
    assert short_forms(name, level) == expected


# fmt: off
FIND_CASES = [
    # (text, region, [(surface, name, level, code)])
    ("湖南省郴州市桂阳县", None,
     [("湖南省", "湖南省", "province", "430000000000"), ("郴州市", "郴州市", "city", "431000000000"),
      ("桂阳县", "桂阳县", "county", "431021000000")]),
    ("凤凰、龙山、永顺", "湘西土家族苗族自治州",
     [("凤凰", "凤凰县", "county", "433123000000"), ("龙山", "龙山县", "county", "433130000000"),
      ("永顺", "永顺县", "county", "433127000000")]),
    ("邵东县", None, [("邵东县", "邵东市", "county", "430582000000")]),
    ("加快推进麦市、北港、马港等乡镇工业园区建设", "通城县",
     [("麦市", "麦市镇", "town", "421222101000"), ("北港", "北港镇", "town", "421222107000"),
      ("马港", "马港镇", "town", "421222108000")]),
    ("与湖南省临湘市、岳阳县接壤", "通城县",
     [("湖南省", "湖南省", "province", "430000000000"), ("临湘市", "临湘市", "county", "430682000000"),
      ("岳阳县", "岳阳县", "county", "430621000000")]),
    ("邵阳经开区", "湖南省", [("邵阳", "邵阳市", "city", "430500000000")]),
    ("朝阳区", "北京市", [("朝阳区", "朝阳区", "county", "110105000000")]),
    ("朝阳区", "长春市", [("朝阳区", "朝阳区", "county", "220104000000")]),
    # never inside a longer word or name: 东城区域, 隽水城区 (no 水城区 of 六盘水), 香港商报, 芙蓉学校
    ("推进东城区域协调发展", "北京市", []),
    ("持续推进隽水城区整体提升", "通城县", [("隽水", "隽水镇", "town", "421222100000")]),
    ("来源:香港商报", "成都市", []),
    ("龙山芙蓉学校投入使用", "湘西土家族苗族自治州", [("龙山", "龙山县", "county", "433130000000")]),
    # a county's short form of another province needs a related place in the text: 大庆市大同 is 大庆's
    # 大同区; 西宁东川 is no 东川区 of 昆明; 滨城 alone is no 滨城区 of 滨州
    ("大庆市大同经济开发区", None, [("大庆市", "大庆市", "city", "230600000000"),
                                    ("大同", "大同区", "county", "230606000000")]),
    ("项目在西宁东川开建", "西宁市", [("西宁", "西宁市", "city", "630100000000")]),
    ("这个产业园落地滨城", None, []),
    # a county's government or committee follows its full name (湘潭县委 is no 湘潭市's)
    ("湘潭县委与湘潭县政府联合发文", "湖南省", [("湘潭县", "湘潭县", "county", "430321000000"),
                                                ("湘潭县", "湘潭县", "county", "430321000000")]),
    # … but 市和县政府 joins two levels: no 和县 of Anhui
    ("会上，省、市和县政府与企业签约", "安徽省", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "region", "expected"), FIND_CASES)
def test_find_places(text, region, expected):
    got = [(m.surface, m.name, m.level, m.code) for m in find_places(text, region)]
    assert got == expected


def test_ambiguous_without_context_has_no_code():
    (m,) = find_places("朝阳区")
    assert m.code is None and m.level == "county"
    (m,) = find_places("麦市镇")  # two 麦市镇 in China
    assert m.code is None and m.level == "town"


def test_parents_and_within(gaz):
    chain = [p.name for p in gaz.parents("431021000000")]
    assert chain == ["郴州市", "湖南省"]
    assert gaz.is_within("431021000000", "430000000000")
    assert not gaz.is_within("430000000000", "431021000000")
    assert [p.name for p in gaz.parents("110105000000")] == ["北京市"]


def test_a_place_relates_to_a_region_exactly_when_it_lies_in_its_province(gaz):
    """_drop_foreign_inside_region reads gaz.relation(code, region) > 0 as "in the region's province" (the
    first PROVINCE_PREFIX_LEN digits of the codes): every place against regions of each level."""
    from kg.lexicon.gazetteer import PROVINCE_PREFIX_LEN

    regions = [gaz.get(c) for c in ("430000000000", "430500000000", "431021000000", "110105000000")]
    regions += [p for p in gaz.places.values() if p.level == "town"][:3]
    for region in regions:
        for code in gaz.places:
            assert (gaz.relation(code, region) > 0) == (code[:PROVINCE_PREFIX_LEN] == region.code[:2])


# fmt: off
RESOLVE_CASES = [
    ("湘西土家族苗族自治州", None, "433100000000"),
    ("邵阳", "湖南省", "430500000000"),
    ("湘西", None, "433100000000"),
    ("长沙", "天心区", "430100000000"),      # the region's own city, not 长沙县
    ("龙山", "湘西土家族苗族自治州", "433130000000"),
    ("邵东县", None, "430582000000"),
    ("朝阳区", None, None),
    ("新疆", None, "650000000000"),
    ("博尔塔拉", None, "652700000000"),
]
# fmt: on


@pytest.mark.parametrize(("name", "region", "code"), RESOLVE_CASES)
def test_resolve_place(name, region, code):
    p = resolve_place(name, region)
    assert (p.code if p else None) == code


# fmt: off
NO_PLACE_SENTENCES = [
    "坚持以人民为中心的发展思想，统筹发展和安全，推动经济社会高质量发展。",
    "加强市场监管，优化营商环境，激发市场主体活力。",
    "推进新型城镇化和乡村振兴，完善县域城镇体系。",
    "和政府有关部门一道，打造创新平台，建设开发区和新区。",
    "全面落实惠民政策，加快城区老旧小区改造。",
]
# fmt: on


@pytest.mark.parametrize("text", NO_PLACE_SENTENCES)
def test_ordinary_sentences_give_no_place(text):
    assert find_places(text) == []


def test_mentions_do_not_overlap_and_point_into_text(seeds_dir):
    text = (seeds_dir / "seed002.txt").read_text(encoding="utf-8")
    ms = find_places(text, "咸宁市")
    assert ms
    for a, b in pairwise(ms):
        assert a.end <= b.start
    assert all(text[m.start : m.end] == m.surface for m in ms)


def test_gold_place_recall(gold_path):
    """Recall of the gold place entities (admin divisions) per document with its region."""
    found = total = 0
    spurious = predicted = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        left_out = set()
        for note in doc.get("notes", []):
            m = RE_LEFT_OUT_PLACE.match(note)
            if m:
                left_out.update(re.split("[、/]", m.group(1)))
        preds: dict[str, set[str]] = {}
        for m in find_places(doc["text"], doc["region"]):
            preds.setdefault(m.code or m.surface, set()).update({m.surface, m.name})
        matched = set()
        for g in doc["entities"].get("place", []):
            names = {g["name"], *g["aliases"]}
            hits = [k for k, v in preds.items() if v & names]
            total += 1
            found += bool(hits)
            matched.update(hits)
        predicted += sum(1 for k, v in preds.items() if not v & left_out)
        spurious += sum(1 for k, v in preds.items() if k not in matched and not v & left_out)
    recall = found / total
    precision = 1 - spurious / predicted
    print(f"gold place recall {recall:.3f} ({found}/{total}), precision {precision:.3f}")
    assert recall >= 0.9
    assert precision >= 0.5


def test_a_news_site_named_after_a_place_is_no_place() -> None:
    """凡本网注明“来源:黔东南信息港”: the site's name says who published, not where the news is."""
    gaz = Gazetteer.load()
    found = gaz.find("凡本网注明来源:黔东南信息港的所有作品")
    assert not [p for p in found if p.surface.startswith("黔东南")]


# A code and the places a text names elsewhere: whether they support a county's short form there (one city,
# or a province holding the other). Each row: code, the context's codes, supported.
SUPPORT_CASES = [
    ("430582000000", ["430500000000"], True),   # 邵东市 beside 邵阳市
    ("430582000000", ["430000000000"], True),   # … beside 湖南省, which holds it
    ("430582000000", ["430100000000"], False),  # … beside 长沙市: another city
    ("430582000000", ["110000000000", "430100000000"], False),
    ("430000000000", ["430582000000"], True),   # 湖南省 beside a place it holds
    ("430000000000", ["110000000000"], False),
    ("430582000000", [], False),
]


@pytest.mark.parametrize(("code", "context", "supported"), SUPPORT_CASES)
def test_support_by_the_text_s_other_places_in_constant_time(gaz, code, context, supported) -> None:
    # the set form a long text uses agrees with the relation it stands for, pair by pair
    from kg.lexicon.placefind import _Support, _supported

    places = [gaz.get(c) for c in context]
    assert _supported(gaz, code, places) is supported
    assert _Support(places).near(gaz, code) is supported


@pytest.mark.parametrize(("text", "expected"), [
    ("大庆市大同区", True),  # a chain of places
    ("无锡", True),  # a short form
    ("湖南省邵阳市", True),
    ("无锡高新区", False),  # a place and a park's type
    ("新能源汽车项目", False),  # no place opens it
    ("华为长沙", False),  # a place after a brand
    ("", False),
])
def test_places_only(gaz, text, expected):
    assert gaz.places_only(text) is expected


@pytest.mark.parametrize(("text", "town", "city"), [
    ("中山市黄圃镇举行重点项目动工仪式", "黄圃镇", "中山市"),
    ("东莞市长安镇签约一批电子信息项目", "长安镇", "东莞市"),
    ("儋州市那大镇新建农产品加工项目", "那大镇", "儋州市"),
])
def test_the_towns_of_a_city_without_counties_lie_in_it(gaz, text, town, city):
    """东莞, 中山, 儋州 and 嘉峪关 have towns and no counties: the towns hang off the city (their codes are
    synthetic, kg/data/README.md), so a town after its city resolves inside it."""
    found = {m.name: m for m in gaz.find(text)}
    assert town in found and found[town].code is not None
    assert gaz.is_within(found[town].code, found[city].code)


def test_a_town_named_again_is_the_one_named_before(gaz):
    """Of two towns of one name (黄圃镇 of 中山市 and of 乐昌市), the one the text named with its city before
    is the one named again alone, though a province holding both is named in between."""
    text = "中山市黄圃镇举行重大项目集中签约仪式，广东美的厨卫电器制造有限公司的厨电智造项目落户黄圃镇。"
    towns = [m for m in gaz.find(text) if m.name == "黄圃镇"]
    assert len(towns) == 2 and towns[0].code == towns[1].code and gaz.is_within(towns[1].code, "442000000000")


def test_a_longer_name_holding_the_region_s_name_is_kept(gaz):
    """A place of another province whose name holds the region's whole (马鞍山市 in a text about 鞍山市) is
    that longer place, not the region inside it; one inside a name of the region's is still none."""
    assert [(m.surface, m.name) for m in gaz.find("马鞍山市与中国宝武钢铁集团有限公司约定", "鞍山市")] == \
        [("马鞍山市", "马鞍山市")]
    assert [m.name for m in gaz.find("隽水城区建设", "通城县")] == ["隽水镇"]
