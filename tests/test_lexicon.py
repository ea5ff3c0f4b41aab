"""The shipped industry taxonomy and firm short-name list: loading, validation, lookups, matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.lexicon.words import STOP, FirmNames, IndustryTaxonomy, WordMatcher

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def tax():
    return IndustryTaxonomy.load()


@pytest.fixture(scope="module")
def firms():
    return FirmNames.load()


def test_taxonomy_size_and_required_chains(tax):
    assert len(tax.chains) >= 12
    for chain in ("新能源汽车", "光伏", "集成电路", "电子信息", "装备制造", "轨道交通", "生物医药", "中医药",
                  "新材料", "农业", "食品", "纺织服装", "数字经济", "文化旅游"):  # fmt: skip
        assert chain in tax.chains, chain
    for link in ("锂矿", "正极材料", "动力电池", "工程机械", "农机", "油茶", "茶叶", "生猪", "地理信息",
                 "大数据"):
        assert link in tax.links, link


# fmt: off
CHAIN_ORDER = [
    ("锂矿", "正极材料"), ("正极材料", "动力电池"), ("隔膜", "动力电池"), ("动力电池", "电机电控"),
    ("电机电控", "新能源汽车"), ("新能源汽车", "充电设施"), ("多晶硅", "硅片"), ("光伏电池", "光伏组件"),
]
# fmt: on


@pytest.mark.parametrize(("up", "down"), CHAIN_ORDER)
def test_upstream_edges_follow_stage_order(tax, up, down):
    assert (up, down) in tax.upstream_edges()
    assert tax.links[up].position < tax.links[down].position
    assert (down, up) not in tax.upstream_edges()


def test_parallel_links_are_not_chained(tax):
    assert ("正极材料", "负极材料") not in tax.upstream_edges()
    assert tax.links["正极材料"].position == tax.links["隔膜"].position


# fmt: off
FIND_CASES = [
    ("总投资16亿元的锂离子动力电池项目", [("锂离子动力电池", "动力电池")]),
    ("大力发展新能源汽车、电子信息产业", [("新能源汽车", "新能源汽车"), ("电子信息产业", "电子信息")]),
    ("新改造油茶基地4万亩、茶叶基地", [("油茶", "油茶"), ("茶叶", "茶叶")]),
    ("发展夜经济,推动文化旅游融合", [("夜经济", "旅游服务"), ("文化旅游", "文化旅游")]),
    ("磷酸铁锂正极材料项目", [("磷酸铁锂", "正极材料"), ("正极材料", "正极材料")]),
    ("建设国碳纳米锂离子导电材料项目", [("锂离子导电材料", "导电材料")]),
    ("今天天气很好", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_industries(tax, text, expected):
    found = tax.find_industries(text)
    assert [(m.surface, m.name) for m in found] == expected
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_every_keyword_finds_its_link(tax):
    for kw, target in tax.keyword_to.items():
        (m,) = tax.find_industries(kw)
        assert (m.surface, m.name) == (kw, target)
        assert tax.chain_of(target) is not None


def _write(tmp_path, data):
    p = tmp_path / "tax.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


# fmt: off
BAD_TAXONOMIES = [
    ({"chains": [{"name": "甲", "stages": [[{"name": "锂矿", "keywords": ["锂"]}]]}]}, "shorter than"),
    ({"chains": [{"name": "甲", "stages": [[{"name": "锂矿", "keywords": ["锂盐"]}], [{"name": "正极",
      "keywords": ["锂盐"]}]]}]}, "belongs to both"),
    ({"chains": [{"name": "甲", "stages": [[{"name": "锂矿"}]]},
                 {"name": "乙", "stages": [[{"name": "锂矿"}]]}]},
     "appears twice"),
    ({"chains": [{"name": "甲", "stages": [[{"name": "锂矿"}]], "edges": [["锂矿", "电池"]]}]},
     "unknown link"),
    ({"chains": [], "industry_words": {"新能源": "不存在"}}, "unknown chain or link"),
    ({"chain": []}, "malformed"),
]
# fmt: on


@pytest.mark.parametrize(("data", "message"), BAD_TAXONOMIES)
def test_bad_taxonomy_is_a_clear_error(tmp_path, data, message):
    path = _write(tmp_path, data)
    with pytest.raises(KgError, match=message):
        IndustryTaxonomy.load(path)


def test_taxonomy_bad_json_names_file_and_line(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"chains": [\n oops]}', encoding="utf-8")
    with pytest.raises(KgError, match=r"bad\.json:2"):
        IndustryTaxonomy.load(p)


# ---- firm short names --------------------------------------------------------------------------------------


def test_firm_list_size_and_sources(firms):
    assert len(firms) > 4000
    assert {"a_share", "hk_share", "us_share", "soe", "well_known"} <= set(firms.sources.values())


@pytest.mark.parametrize("name", sorted(STOP))
def test_stop_words_are_never_firms(firms, name):
    assert not firms.is_known(name)


@pytest.mark.parametrize(
    "name", ["比亚迪", "华为", "中车", "五矿", "国家电网", "蓝思科技", "京东方", "万科", "平安银行",
             "华润置地", "碧桂园服务", "恒大汽车", "周大福", "唯品会"]
)
def test_known_firms(firms, name):
    assert firms.is_known(name)


@pytest.mark.parametrize(
    "name", ["农产品", "机器人", "人民网", "长沙", "张家界", "连云港", "ST星源", "*ST全新", "万科A", "园城",
             "一", ""]
)
def test_not_firms(firms, name):
    assert not firms.is_known(name)


def test_is_known_normalises_width_and_spaces(firms):
    assert firms.is_known(" 比亚迪 ")
    assert firms.is_known("ＴＣＬ")


# fmt: off
FIND_FIRMS = [
    ("引进比亚迪、华为等企业", ["比亚迪", "华为"]),
    ("上汽大众新能源汽车项目", ["上汽大众"]),
    ("五矿集团湖南总部落户长沙", ["五矿集团"]),
    ("推动农产品加工和机器人产业发展", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FIND_FIRMS)
def test_find_known(firms, text, expected):
    found = firms.find_known(text)
    assert [m.surface for m in found] == expected
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_firm_file_errors(tmp_path):
    p = tmp_path / "firms.txt"
    p.write_text("# comment\n比亚迪\twell_known\t多余\n", encoding="utf-8")
    with pytest.raises(KgError, match=r"firms\.txt:2"):
        FirmNames.load(p)
    with pytest.raises(KgError, match="not found"):
        FirmNames.load(tmp_path / "missing.txt")


def test_word_matcher_leftmost_longest_without_overlaps():
    m = WordMatcher(["锂电", "锂电池", "电池", "池塘", "x"])
    assert m.find("锂电池塘") == [(0, 3, "锂电池")]
    assert m.find("电池塘") == [(0, 2, "电池")]
    assert "x" not in m.words


def test_matchers_on_the_seeds(tax, firms):
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    industries = tax.find_industries(text)
    assert len(industries) > 500
    assert all(a.end <= b.start for a, b in zip(industries, industries[1:], strict=False))
    known = firms.find_known(text)
    assert {"华为", "比亚迪", "蓝思科技"} <= {m.surface for m in known}


def test_match_at_the_end_of_a_short_text_has_true_offsets():
    from kg.lexicon.words import IndustryTaxonomy

    for word in ("生物医药", "动力电池"):
        spans = IndustryTaxonomy.load().find_industries(word)
        assert [(s.start, s.end) for s in spans] == [(0, len(word))]


@pytest.mark.parametrize("word,tag,verbal", [
    ("锁定", "v", False), ("与", "p", False), ("优化", None, True), ("管理", None, True),
    ("湛江", None, False),
])
def test_word_classes_from_jiebas_dictionary(word, tag, verbal):
    """Closed and verb classes by their tag; verbal nouns (vn) apart, since they are common inside names."""
    from kg.lexicon.wordclass import WordClasses

    wc = WordClasses.load()
    assert (wc.tag(word), wc.verbal_noun(word)) == (tag, verbal)
