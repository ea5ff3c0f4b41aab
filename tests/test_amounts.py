"""The amount parser and finder: table-driven cases and hypothesis round-trips; years."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from regex_parts import chars_of, first_chars

from kg.extract.amounts import (
    CURRENCIES,
    RE_AMOUNT,
    RE_AMOUNT_START,
    RE_ONE,
    RE_PREFIX,
    RE_RANGE_SEP,
    _leads_amount,
    _search_amount,
    find_amounts,
    parse_amount,
    parse_number,
)
from kg.extract.years import RE_YEAR, RE_YEAR_START, _year_matches, find_years, parse_year

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# fmt: off
PARSE_CASES = [
    # text, value, currency, qualifier, value_cny, low, high
    ("16亿元", 1_600_000_000, "CNY", None, 1_600_000_000, None, None),
    ("5500万元", 55_000_000, "CNY", None, 55_000_000, None, None),
    ("十四亿", 1_400_000_000, "CNY", None, 1_400_000_000, None, None),
    ("约5亿元", 500_000_000, "CNY", "约", 500_000_000, None, None),
    ("1.2亿余元", 120_000_000, "CNY", "余", 120_000_000, None, None),
    ("252.29亿元", 25_229_000_000, "CNY", None, 25_229_000_000, None, None),
    ("3000多万元", 30_000_000, "CNY", "多", 30_000_000, None, None),
    ("逾10亿元", 1_000_000_000, "CNY", "逾", 1_000_000_000, None, None),
    ("近百亿元", 10_000_000_000, "CNY", "近", 10_000_000_000, None, None),
    ("10亿元以上", 1_000_000_000, "CNY", "以上", 1_000_000_000, None, None),
    ("5-10亿元", 500_000_000, "CNY", "range", 500_000_000, 500_000_000, 1_000_000_000),
    ("5至10亿元", 500_000_000, "CNY", "range", 500_000_000, 500_000_000, 1_000_000_000),
    ("5亿至10亿元", 500_000_000, "CNY", "range", 500_000_000, 500_000_000, 1_000_000_000),
    ("5亿元至10亿元", 500_000_000, "CNY", "range", 500_000_000, 500_000_000, 1_000_000_000),
    ("2亿美元", 200_000_000, "USD", None, None, None, None),
    ("300万美元", 3_000_000, "USD", None, None, None, None),
    ("300万港元", 3_000_000, "HKD", None, None, None, None),
    ("300万欧元", 3_000_000, "EUR", None, None, None, None),
    ("1,000万元", 10_000_000, "CNY", None, 10_000_000, None, None),
    ("千万元", 10_000_000, "CNY", None, 10_000_000, None, None),
    ("一千二百万元", 12_000_000, "CNY", None, 12_000_000, None, None),
    ("两亿元", 200_000_000, "CNY", None, 200_000_000, None, None),
    ("1.5万亿元", 1_500_000_000_000, "CNY", None, 1_500_000_000_000, None, None),
    ("6亿多元", 600_000_000, "CNY", "多", 600_000_000, None, None),
    ("３亿元", 300_000_000, "CNY", None, 300_000_000, None, None),
    ("26756元", 26_756, "CNY", None, 26_756, None, None),
    ("五点六亿元", 560_000_000, "CNY", None, 560_000_000, None, None),  # Chinese decimals
    ("十二点五亿元", 1_250_000_000, "CNY", None, 1_250_000_000, None, None),
]
NOT_AMOUNTS = ["12%", "11个", "2023年", "8.95万人", "20万吨", "4万亩", "万元", "十四五", "", "亿元", "三点",
               "五点亿元"]
# real sentences of the seeds: (text, surfaces found)
FIND_CASES = [
    ("邵阳招商引资喜迎签约十一个重点项目总投资十四亿", ["十四亿"]),
    ("总投资16亿元的锂离子动力电池项目", ["16亿元"]),
    ("公司计划投资5个亿建设新厂", ["5个亿"]),  # spoken: a measure word before 亿
    ("今年以来新签约12个亿元以上项目", []),  # … but a count of projects over 亿元 is none
    ("进出口总额增长13.6%,达到10亿元;", ["10亿元"]),
    ("减免企业各类税费 1.2亿余元", ["1.2亿余元"]),
    ("完成旅游投资6亿多元", ["6亿多元"]),
    ("粮食总产稳定在3.45亿斤以上", []),
    ("新增城镇就业2.3万人,新建标准厂房93.1万平方米", []),
    ("签约5500万元的项目", ["5500万元"]),
    ("实现产值过100亿、税收过10亿的目标", ["100亿", "10亿"]),
    ("引进外资2亿美元", ["2亿美元"]),
    ("2021年全县计划投资5-10亿元", ["5-10亿元"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "value", "currency", "qualifier", "cny", "low", "high"), PARSE_CASES)
def test_parse_amount(text, value, currency, qualifier, cny, low, high):
    a = parse_amount(text)
    assert a is not None, text
    assert (a.value, a.currency, a.qualifier, a.value_cny, a.low, a.high) == (
        value, currency, qualifier, cny, low, high,
    )  # fmt: skip


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text):
    assert parse_amount(text) is None
    assert find_amounts(text) == []


@pytest.mark.parametrize(("text", "surfaces"), FIND_CASES)
def test_find_amounts(text, surfaces):
    found = find_amounts(text)
    assert [m.surface for m in found] == surfaces
    for m in found:
        assert text[m.start : m.end] == m.surface


def test_qualifier_not_taken_from_signing_word():
    (m,) = find_amounts("签约5500万元")
    assert (m.surface, m.qualifier) == ("5500万元", None)


def test_seeds_amounts_are_money_and_offsets_hold():
    text = (SEEDS / "seed001.txt").read_text(encoding="utf-8")
    found = find_amounts(text)
    assert len(found) > 50
    assert all(text[m.start : m.end] == m.surface for m in found)
    assert not any(m.surface.endswith(("人", "亩", "吨", "%")) for m in found)
    surfaces = {m.surface: m for m in found}
    assert surfaces["252.29亿元"].value_cny == 25_229_000_000
    assert surfaces["2亿美元"].value_cny is None
    assert surfaces["约5亿元"].qualifier == "约"


CN_DIGIT = "零一二三四五六七八九"


def to_chinese_below_10000(n: int) -> str:
    """Chinese numerals for 1..9999 (一千二百零五), the test's own formatter."""
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // size % 10
        if d:
            if zero and out:
                out += "零"
            out += CN_DIGIT[d] + unit
            zero = False
        else:
            zero = True
    return out


def to_chinese(n: int) -> str:
    """Chinese numerals for 1..99999999 (万 groups)."""
    hi, lo = divmod(n, 10_000)
    if not hi:
        return to_chinese_below_10000(lo)
    s = to_chinese_below_10000(hi) + "万"
    if lo:
        s += ("零" if lo < 1000 else "") + to_chinese_below_10000(lo)
    return s


@given(st.integers(min_value=1, max_value=99_999_999))
def test_roundtrip_chinese_numerals(n):
    assert parse_number(to_chinese(n)) == n
    assert parse_amount(to_chinese(n) + "元").value == n


@given(st.integers(min_value=1, max_value=10**7),
       st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12)]))
def test_roundtrip_arabic_with_unit(n, unit):
    word, size = unit
    cents = n  # n hundredths of the unit: 0.01 .. 100000.00
    text = f"{cents / 100:.2f}".rstrip("0").rstrip(".") + word + "元"
    a = parse_amount(text)
    assert a is not None
    assert abs(a.value - cents * size / 100) <= max(1, cents * size / 100 * 1e-9)


@given(st.integers(min_value=1000, max_value=10**9))
def test_roundtrip_thousands_separators(n):
    assert parse_amount(f"{n:,}元").value == n
    assert parse_amount(f"约{n}元").qualifier == "约"


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_roundtrip_range(a, b):
    lo, hi = sorted((a, b))
    m = parse_amount(f"{lo}-{hi}亿元")
    assert (m.low, m.high, m.value, m.qualifier) == (lo * 10**8, hi * 10**8, lo * 10**8, "range")


# fmt: off
YEAR_CASES = [
    ("2023年", None, 2023), ("二〇二三年", None, 2023), ("今年", 2024, 2024), ("去年", 2024, 2023),
    ("明年", 2024, 2025), ("今年", None, None), ("上年", 2021, 2020), ("2023年度", None, 2023),
    ("12月", 2024, None),
]
# fmt: on


@pytest.mark.parametrize(("text", "doc_year", "year"), YEAR_CASES)
def test_parse_year(text, doc_year, year):
    assert parse_year(text, doc_year) == year


def test_find_years_on_a_seed_sentence():
    text = "2021年,是中国共产党成立100周年的大庆之年,是实施“十四五”规划的开局之年。今年增长12%"
    assert [(y.surface, y.year) for y in find_years(text, 2021)] == [("2021", 2021), ("今年", 2021)]
    assert [y.year for y in find_years("2021—2025年")] == [2021, 2025]


def test_amounts_are_tried_where_they_can_start() -> None:
    """RE_AMOUNT_START holds every character a match of RE_AMOUNT can start with, so trying the pattern only
    there finds what a search finds."""
    missing = {c for c in first_chars(RE_AMOUNT.pattern) if not RE_AMOUNT_START.match(c)}
    assert not missing
    for text in ("签约5亿元，约3亿元，总投资超过十四亿元", "营收12%，2023年达到5.5亿美元以上", "元",
                 "一期投资约3 亿元，二期投资 5-8亿美元以上", "5亿元至10亿元人民币",
                 "大约一百万元，最近五千万港元", "2023年，项目投资5亿元", "十分重要：投资三千万美元"):
        for pos in range(len(text)):
            want = RE_AMOUNT.search(text, pos)
            got = _search_amount(text, pos, len(text))
            assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_years_are_tried_where_they_can_start() -> None:
    missing = {c for c in first_chars(RE_YEAR.pattern) if not RE_YEAR_START.match(c)}
    assert not missing
    for text in ("2021—2025年，去年增长12%，二〇二三年", "12019年，2020 至 2021年，今年明年", "年"):
        want = [(m.span(), m.groupdict()) for m in RE_YEAR.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _year_matches(text)] == want


def test_what_may_lead_an_amount() -> None:
    """Every character RE_AMOUNT's prefix, figures and range separator can match leads an amount (so skipping
    starts before any other character before a currency word skips no match), and none of a currency word."""
    held = chars_of(RE_PREFIX) | chars_of(RE_ONE) | chars_of(RE_RANGE_SEP)
    assert held and all(_leads_amount(c) for c in held)
    assert not any(_leads_amount(c) for word in CURRENCIES for c in word)
