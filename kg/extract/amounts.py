"""Money amounts in Chinese text: a span finder (regex constants) and a parser of our own (years are in
``kg.extract.years``).

``find_amounts`` finds money only: a number with a currency (16亿元, 2亿美元, 3000多万元), or a bare
亿/万 amount right after a money cue (总投资十四亿, 产值过100亿). Percentages, counts, years and quantities
(12%, 11个, 2023年, 8.95万人, 20万亩) are not amounts.

>>> parse_amount("16亿元").value
1600000000
>>> parse_amount("1.2亿余元").qualifier
'余'
>>> [(m.surface, m.value_cny) for m in find_amounts("总投资十四亿，签约5500万元，增长12%")]
[('十四亿', 1400000000), ('5500万元', 55000000)]

Ranges (5-10亿元, 5至10亿元, 5亿至10亿元) keep ``low`` and ``high``; their ``value`` is the LOW bound, the
amount the text commits to. Foreign currencies keep their own ``value`` and get ``value_cny = None``: no
exchange rate is assumed.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from kg.errors import KgWarning
from kg.extract.numerals import CN_YI, parse_number

# ---- vocabulary -------------------------------------------------------------------------------------------


# Currency words -> ISO code. Longest first (元人民币 before 元).
CURRENCIES: Final = {
    "元人民币": "CNY", "人民币": "CNY", "元": "CNY", "美元": "USD", "美金": "USD", "港元": "HKD",
    "港币": "HKD",
    "欧元": "EUR", "日元": "JPY", "英镑": "GBP",
}  # fmt: skip

# Qualifier words -> the qualifier kept on the amount.
QUALIFIERS: Final = {
    "约": "约", "大约": "约", "左右": "约", "余": "余", "多": "多", "逾": "逾", "超过": "逾", "超": "逾",
    "过": "逾",
    "近": "近", "将近": "近", "以上": "以上", "range": "range",
}  # fmt: skip

# ---- regex constants --------------------------------------------------------------------------------------

# Every repetition is bounded: a number run longer than these is no amount (and an unbounded run made the
# search quadratic: each start inside a long digit run read to its end). 20 digits hold any real amount
# (and 9999999999999999999亿, which is then refused as implausible, with a warning).
MAX_DIGITS: Final = 20
MAX_DECIMALS: Final = 10
MAX_THOUSANDS_GROUPS: Final = 6  # 1,000,000,000,000,000,000
MAX_CN_NUMERAL = 30  # characters of a Chinese numeral after its first (一千二百三十四万五千六百七十八亿 …)
RE_AR_NUM: Final = (
    rf"(?:\d{{1,3}}(?:,\d{{3}}){{1,{MAX_THOUSANDS_GROUPS}}}(?:\.\d{{1,{MAX_DECIMALS}}})?"
    rf"|\d{{1,{MAX_DIGITS}}}(?:\.\d{{1,{MAX_DECIMALS}}})?)"
)
# A Chinese numeral run; it must start with a digit or 十/百/千 (not with 万/亿: "万元GDP" is no amount).
RE_CN_NUM: Final = (
    r"(?:[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟]"
    rf"(?:[零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿]|点(?=[零〇一二两三四五六七八九]))"
    rf"{{0,{MAX_CN_NUMERAL}}})"
)
# A measure word spoken between a figure and 亿 (投资5个亿): no part of the number.
SPOKEN_YI_WORD: Final = "个"
RE_SPOKEN_YI: Final = r"(?:个(?=亿(?!元)))?"  # (not 12个亿元以上项目: a count of projects over 亿元)
RE_AR_UNIT: Final = r"(?:万亿|千亿|百亿|亿|千万|百万|十万|万)"
RE_UNIT_TAIL: Final = re.compile(RE_AR_UNIT + "$")
RE_CURRENCY: Final = "(?:" + "|".join(sorted(CURRENCIES, key=len, reverse=True)) + ")"
RE_APPROX: Final = r"(?:多|余)"
# 约 of 签约/节约/合约 and 近 of 最近/附近 are not qualifiers
RE_PREFIX: Final = r"(?:大约|将近|超过|(?<![签制合节邀预契公条相])约|逾|(?<![最附])近|(?<![赶])超)"
RE_SUFFIX: Final = r"(?:以上|左右)"
RE_RANGE_SEP: Final = r"\s?(?:-|－|—|–|~|～|至|到)\s?"

# one number with its unit: "1.2亿余", "3000多万", "十四亿", "近百亿" (the 近 is a prefix, handled apart)
RE_ONE: Final = (
    rf"(?:{RE_AR_NUM}\s?{RE_APPROX}?\s?{RE_SPOKEN_YI}{RE_AR_UNIT}?|{RE_CN_NUM}{RE_APPROX}?{RE_SPOKEN_YI}"
    rf"(?:{RE_AR_UNIT})?){RE_APPROX}?"
)
# a full money amount: prefix? one (range-sep one)? currency suffix?
RE_AMOUNT: Final = re.compile(
    rf"(?P<prefix>{RE_PREFIX})?(?P<low>{RE_ONE}(?:\s?{RE_CURRENCY})?{RE_RANGE_SEP})?"
    rf"(?P<num>{RE_ONE})\s?(?P<cur>{RE_CURRENCY})(?P<suffix>{RE_SUFFIX})?"
)
# a bare 亿/万 amount (no currency) is money only right after one of these cues
MONEY_CUES: Final = (
    "总投资", "投资额", "投资", "投入", "融资", "引资", "资金", "产值", "营业收入", "营收", "销售收入",
    "销售额", "税收", "利税", "金额", "总额", "注册资本", "资本", "签约额", "交易额", "成交额", "生产总值",
    "GDP",
)  # fmt: skip
RE_CUE_GAP: Final = r"(?:[达为超过约逾近计共了]|达到|超过|突破){0,2}"
RE_BARE_AMOUNT: Final = re.compile(
    rf"(?:{'|'.join(MONEY_CUES)}){RE_CUE_GAP}\s?(?P<prefix>{RE_PREFIX})?(?P<low>{RE_ONE}{RE_RANGE_SEP})?"
    rf"(?P<num>{RE_ONE})(?P<suffix>{RE_SUFFIX})?"
)
# parse_amount also accepts a bare amount on its own ("十四亿"), with no cue before it
RE_BARE_ALONE: Final = re.compile(
    rf"(?P<prefix>{RE_PREFIX})?(?P<low>{RE_ONE}{RE_RANGE_SEP})?(?P<num>{RE_ONE})(?P<suffix>{RE_SUFFIX})?"
)
# after a bare amount these characters mean a quantity (人, 吨, 亩 ...), not money
RE_QUANTITY_AFTER = re.compile(r"\s?[人吨亩户头只个台件辆套平方千公米度羽担斤株栋座家项条次倍名元美港欧日英]")
RE_SPACE: Final = re.compile(r"\s+")
RE_SPLIT_RANGE: Final = re.compile(RE_RANGE_SEP)
RE_CURRENCY_WORD: Final = re.compile(RE_CURRENCY)
# What a match of RE_AMOUNT starts with: a prefix word (约, 超过 …), a figure or a numeral
# (tests/test_amounts.py checks it against the pattern). The regex engine tries RE_AMOUNT at every position of
# a search; this finds the few where it can match.
RE_AMOUNT_START: Final = re.compile(r"[\d零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟大将超约逾近]")
# What a match of RE_AMOUNT may hold before its first currency word (the prefix words, figures and numerals
# with their units, a range's separator; tests/test_amounts.py checks it against RE_PREFIX, RE_ONE and
# RE_RANGE_SEP), besides any decimal digit (\d) and space (\s). No currency word holds one of these.
AMOUNT_LEAD_CHARS: Final = frozenset("大约将近超过逾" "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾百佰千仟"
                                     "万亿点个多余" ",.-－—–~～至到")
# The most characters one RE_AMOUNT match spans (prefix, low side with its currency and separator, number,
# currency, suffix; tests/test_scaling.py checks it against the pattern). find_amounts looks for amounts only
# this near a currency word, so a long text without money costs one scan for currency words.
MAX_AMOUNT_WIDTH: Final = 110
# Larger amounts (in the currency's units) are misreadings, not money: refused with a KgWarning. China's GDP
# is about 1.3e14 yuan; the parser reads up to 100000万亿 (1e17). Also keeps Decimal rounding to the fen
# within its 28 digits (9999999999999999999亿元 raised InvalidOperation and lost the whole document).
MAX_PLAUSIBLE_AMOUNT: Final = Decimal(10) ** 18


@dataclass(frozen=True, slots=True, init=False)
class Amount:
    """A parsed amount. ``value`` is in units of ``currency``; ``value_cny`` is set only for yuan."""

    value: int | float
    currency: str = "CNY"
    qualifier: str | None = None
    value_cny: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None

    def __init__(self, value: int | float, currency: str = "CNY", qualifier: str | None = None,
                 value_cny: int | float | None = None, low: int | float | None = None,
                 high: int | float | None = None) -> None:
        # the dataclass's __init__, written out: mypyc compiles it (the generated one runs interpreted)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "currency", currency)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "value_cny", value_cny)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)


@dataclass(frozen=True, slots=True, init=False)
class AmountMention:
    """An amount found in text: character offsets ``[start, end)`` and the parsed fields."""

    start: int
    end: int
    surface: str
    value: int | float
    currency: str
    qualifier: str | None
    value_cny: int | float | None
    low: int | float | None = None
    high: int | float | None = None

    def __init__(self, start: int, end: int, surface: str, value: int | float, currency: str,
                 qualifier: str | None, value_cny: int | float | None, low: int | float | None = None,
                 high: int | float | None = None) -> None:
        # the dataclass's __init__, written out: mypyc compiles it (the generated one runs interpreted)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "surface", surface)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "currency", currency)
        object.__setattr__(self, "qualifier", qualifier)
        object.__setattr__(self, "value_cny", value_cny)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)


# ---- parsing ----------------------------------------------------------------------------------------------


def _to_number(d: Decimal) -> int | float:
    """Decimal -> int when whole (1600000000), else a float rounded to the fen."""
    q = d.quantize(Decimal("0.01"))
    return int(q) if q == q.to_integral_value() else float(q)


def _strip_marks(s: str) -> tuple[str, str | None]:
    """Remove 多/余 inside a number ("3000多万" -> "3000万") and report which one it was."""
    q = None
    s = s.replace(SPOKEN_YI_WORD + CN_YI, CN_YI)  # (5个亿: the measure word is no mark of its own)
    for mark in ("余", "多"):
        if mark in s:
            q = mark
            s = s.replace(mark, "")
    return s, q


def _unit_tail(s: str) -> str:
    """The 万/亿 multiplier at the end of a number ("10亿" -> "亿", "1.5万亿" -> "万亿"), or ''."""
    m = RE_UNIT_TAIL.search(s)
    return m.group(0) if m else ""


def _build(num: str, low: str | None, cur_word: str | None, prefix: str | None, suffix: str | None,
           where: str = "") -> Amount | None:  # fmt: skip
    num, q_num = _strip_marks(num)
    value = parse_number(num)
    if value is None or not _plausible(value, num, where):
        return None
    qualifier = None
    for word in (prefix, q_num, suffix):
        if word:
            qualifier = QUALIFIERS[word]
    lo = hi = None
    if low is not None:
        low_text, _ = _strip_marks(RE_SPLIT_RANGE.sub("", low))
        for word in sorted(CURRENCIES, key=len, reverse=True):
            low_text = low_text.removesuffix(word)
        if not _unit_tail(low_text) and _unit_tail(num):  # 5-10亿: the low side takes the high side's unit
            low_text += _unit_tail(num)
        low_value = parse_number(low_text)
        if low_value is None or low_value > value or not _plausible(low_value, low_text, where):
            return None
        lo, hi = _to_number(low_value), _to_number(value)
        value, qualifier = low_value, "range"
    currency = CURRENCIES[cur_word] if cur_word else "CNY"
    v = _to_number(value)
    return Amount(v, currency, qualifier, v if currency == "CNY" else None, lo, hi)


def _plausible(value: Decimal, text: str, where: str) -> bool:
    """False, with a KgWarning naming the number, for an amount over MAX_PLAUSIBLE_AMOUNT."""
    if value <= MAX_PLAUSIBLE_AMOUNT:
        return True
    at = f" at {where}" if where else ""
    warnings.warn(KgWarning(f"implausible amount {text!r}{at} (over 10^18) ignored"), stacklevel=3)
    return False


def parse_amount(text: str) -> Amount | None:
    """Parse one amount ("16亿元", "约5亿元", "5-10亿元", "2亿美元", "十四亿"); None if the text is not one.

    >>> parse_amount("2亿美元")
    Amount(value=200000000, currency='USD', qualifier=None, value_cny=None, low=None, high=None)
    >>> parse_amount("5至10亿元").low, parse_amount("5至10亿元").high
    (500000000, 1000000000)
    >>> parse_amount("12%") is None
    True
    """
    s = RE_SPACE.sub("", unicodedata.normalize("NFKC", text))
    for pattern in (RE_AMOUNT, RE_BARE_ALONE):
        m = pattern.fullmatch(s)
        if m and (pattern is RE_AMOUNT or _unit_tail(_strip_marks(m["num"])[0])):
            return _build(m["num"], m["low"], m.groupdict().get("cur"), m["prefix"], m["suffix"])
    return None


def find_amounts(text: str) -> list[AmountMention]:
    """Every money amount in ``text``, in order, without overlaps.

    >>> [m.surface for m in find_amounts("投资6亿多元，带动就业2.6万人，完成10亿美元以上")]
    ['6亿多元', '10亿美元以上']
    """
    found: list[AmountMention] = []
    for m in _amount_matches(text):
        if _rejected(text, m):
            continue
        a = _build(m["num"], m["low"], m["cur"], m["prefix"], m["suffix"], f"offset {m.start()}")
        if a is not None:
            found.append(_mention(m, a))
    starts = [f.start for f in found]  # sorted, and the spans do not overlap: so are their ends
    ends = [f.end for f in found]
    for m in RE_BARE_AMOUNT.finditer(text):
        s, e = m.start("prefix") if m["prefix"] else m.start("low") if m["low"] else m.start("num"), m.end()
        i = bisect.bisect_left(starts, e)  # spans before i start before e; the last of them ends last
        if (i and ends[i - 1] > s) or RE_QUANTITY_AFTER.match(text, e):
            continue
        if not _unit_tail(_strip_marks(m["num"])[0]):  # bare amounts need 万/亿: "投资5" is no amount
            continue
        a = _build(m["num"], m["low"], None, m["prefix"], m["suffix"], f"offset {s}")
        if a is not None:
            found.append(_mention(m, a, start=s))
    return sorted(found, key=lambda f: f.start)


def _amount_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``RE_AMOUNT.finditer(text)``, searched only near currency words.

    Every match holds a currency word within W = MAX_AMOUNT_WIDTH characters of its start, so the leftmost
    match at or after ``pos`` starts within that distance before the next currency word c, and lies inside
    ``[c - W, c + 2W)``: the search is bounded to that window. Either a match starting by ``c + W`` is found
    (it is the one finditer gives), or none starts before ``c + W + 1``. Each window costs O(W) and moves on
    by at least a match or W characters: linear time.
    """
    width = MAX_AMOUNT_WIDTH
    pos = 0
    while (c := RE_CURRENCY_WORD.search(text, pos)) is not None:
        m = _search_amount(text, max(pos, c.start() - width), c.start() + 2 * width)
        if m is not None and m.start() <= c.start() + width:
            yield m
            pos = m.end()
        else:
            pos = c.start() + width + 1


def _search_amount(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``RE_AMOUNT.search(text, pos, endpos)``, tried only where a match can start (RE_AMOUNT_START) and only
    what lies between there and the next currency word can lead one (AMOUNT_LEAD_CHARS): a character that
    cannot (年 of 2023年，投资5亿元) rules out every start before it."""
    cur = -1  # where the next currency word at or after the start tried starts
    clean = endpos  # from here to ``cur`` every character may lead an amount
    while (start := RE_AMOUNT_START.search(text, pos, endpos)) is not None:
        s = start.start()
        if s > cur:
            c = RE_CURRENCY_WORD.search(text, s, endpos)
            if c is None:
                return None  # every match holds a currency word
            cur, clean = c.start(), c.start()
        if s < clean:
            k = clean - 1
            while k >= s and _leads_amount(text[k]):
                k -= 1
            clean = k + 1
            if k >= s:
                pos = k + 1
                continue
        m = RE_AMOUNT.match(text, s, endpos)
        if m is not None:
            return m
        pos = s + 1
    return None


def _leads_amount(ch: str) -> bool:
    return ch in AMOUNT_LEAD_CHARS or ch.isdecimal() or ch.isspace()


def _rejected(text: str, m: re.Match[str]) -> bool:
    """A match glued to a preceding digit (part of a longer number) is not an amount."""
    return m.start() > 0 and text[m.start() - 1].isdigit()


def _mention(m: re.Match[str], a: Amount, start: int | None = None) -> AmountMention:
    s = m.start() if start is None else start
    return AmountMention(s, m.end(), m.string[s : m.end()], a.value, a.currency, a.qualifier, a.value_cny,
                         a.low, a.high)
