"""Years in Chinese text: 2023年, the years of a range (2021—2025年), 二〇二三年, and words relative to the
document's year (今年, 去年, 明年).

>>> [(y.surface, y.year) for y in find_years("2021—2025年，去年增长12%", 2024)]
[('2021', 2021), ('2025', 2025), ('去年', 2023)]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from kg.extract.numerals import CN_DIGITS

# ---- vocabulary and regex constants -----------------------------------------------------------------------

RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2}
# What every match of RE_YEAR holds: 年 after a year in figures or numerals, or a relative year word (those
# without 年 listed apart): a text without any holds no year.
YEAR_CHAR: Final = "年"
YEARLESS_RELATIVE: Final = tuple(w for w in RELATIVE_YEARS if YEAR_CHAR not in w)
RE_YEAR: Final = re.compile(
    r"(?<![0-9０-９])(?P<ar>(?:19|20)\d{2})(?=年|\s?(?:-|—|–|~|～|至|到)\s?(?:19|20)\d{2}年)"
    r"|(?P<cn>[一二][〇零一二三四五六七八九]{3})(?=年)"
    r"|(?P<rel>" + "|".join(RELATIVE_YEARS) + r")"
)
# What a match of RE_YEAR starts with (tests/test_amounts.py checks it against the pattern).
RE_YEAR_START: Final = re.compile(r"[12一二今本当去上前明后]")
RE_YEAR_DIGITS: Final = re.compile(r"(?:19|20)\d{2}")  # a year written in digits, and in Chinese ones
RE_YEAR_CN_DIGITS: Final = re.compile(r"[一二][〇零一二三四五六七八九]{3}")


@dataclass(frozen=True, slots=True, init=False)
class YearMention:
    """A year found in text (2023年, 二〇二三年, 今年 ...), resolved to a number when it can be."""

    start: int
    end: int
    surface: str
    year: int | None

    def __init__(self, start: int, end: int, surface: str, year: int | None) -> None:
        # the dataclass's __init__, written out: mypyc compiles it (the generated one runs interpreted)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "surface", surface)
        object.__setattr__(self, "year", year)


# ---- finding and parsing ----------------------------------------------------------------------------------


def parse_year(text: str, doc_year: int | None = None) -> int | None:
    """'2023年' -> 2023, '二〇二三年' -> 2023; '今年'/'去年'/'明年' resolved against ``doc_year`` (None
    without it).

    >>> parse_year("2023年"), parse_year("去年", 2024), parse_year("明年", 2024), parse_year("今年")
    (2023, 2023, 2025, None)
    """
    s = text.strip()
    if s not in RELATIVE_YEARS:
        s = s.removesuffix("年度").removesuffix("年")
    if s in RELATIVE_YEARS:
        return None if doc_year is None else doc_year + RELATIVE_YEARS[s]
    s = unicodedata.normalize("NFKC", s)
    if RE_YEAR_DIGITS.fullmatch(s):
        return int(s)
    if RE_YEAR_CN_DIGITS.fullmatch(s):
        return int("".join(str(CN_DIGITS[c]) for c in s))
    return None


def _year_matches(text: str) -> Iterator[re.Match[str]]:
    """``RE_YEAR.finditer(text)``, tried only where a match can start (RE_YEAR_START; no match is empty)."""
    pos = 0
    while (start := RE_YEAR_START.search(text, pos)) is not None:
        m = RE_YEAR.match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def find_years(text: str, doc_year: int | None = None) -> list[YearMention]:
    """Years in ``text``: 2023年, the 2021 of 2021-2025年, 二〇二三年, 今年/去年/明年 (resolved with
    ``doc_year``).

    >>> [(y.surface, y.year) for y in find_years("2021—2025年，去年增长12%", 2024)]
    [('2021', 2021), ('2025', 2025), ('去年', 2023)]
    """
    out: list[YearMention] = []
    if YEAR_CHAR not in text and not any(w in text for w in YEARLESS_RELATIVE):
        return out  # (every year of RE_YEAR is followed by 年 or is a relative word)
    for m in _year_matches(text):
        surface = m.group(0)
        year = parse_year(surface, doc_year) if m["rel"] else parse_year(surface)
        out.append(YearMention(m.start(), m.end(), surface, year))
    return out
