"""Numbers written in figures, Chinese numerals or both, with 万/亿 multipliers (the numbers of amounts and
years): ``parse_number``.

>>> int(parse_number("十四亿"))
1400000000
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Final

CN_DIGITS: Final = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
CN_SMALL_UNITS: Final = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_WAN: Final = "万"
CN_YI: Final = "亿"
# The decimal point of a Chinese numeral (五点六亿, 十二点五亿).
CN_POINT: Final = "点"
RE_SPACE: Final = re.compile(r"\s+")


def parse_number(text: str) -> Decimal | None:
    """Parse a number written with Arabic digits, Chinese numerals, or both, with 万/亿 multipliers.

    >>> [int(parse_number(s)) for s in ("一千二百万", "1.5万亿", "3亿5000万", "百", "二〇二三")]
    [12000000, 1500000000000, 350000000, 100, 2023]
    """
    s = RE_SPACE.sub("", unicodedata.normalize("NFKC", text)).replace(",", "")
    if not s:
        return None
    s = _decimals_in_figures(s)  # 五点六亿 -> 5.6亿
    total = wan = section = Decimal(0)
    cur: Decimal | None = None
    last_was_digit = False
    seen = False
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            try:
                cur = Decimal(s[i:j])
            except InvalidOperation:
                return None
            seen, last_was_digit, i = True, False, j
            continue
        if ch in CN_DIGITS:
            d = Decimal(CN_DIGITS[ch])
            # 二〇二三: consecutive digits read positionally, but only before any unit (十四五 is no number)
            if last_was_digit and cur is not None:
                if section or wan or total:
                    return None
                cur = cur * 10 + d
            else:
                cur = d
            last_was_digit = ch not in "零〇" or cur != 0
            seen = True
        elif ch in CN_SMALL_UNITS:
            section += (cur if cur is not None else Decimal(1)) * CN_SMALL_UNITS[ch]
            cur, last_was_digit, seen = None, False, True
        elif ch == CN_WAN:
            if not seen:
                return None
            wan += (section + (cur or 0)) * 10_000
            section, cur, last_was_digit = Decimal(0), None, False
        elif ch == CN_YI:
            if not seen:
                return None
            total = (total + wan + section + (cur or 0)) * 100_000_000
            wan = section = Decimal(0)
            cur, last_was_digit = None, False
        else:
            return None
        i += 1
    if not seen:
        return None
    return total + wan + section + (cur or 0)


# A Chinese numeral with decimals (五点六, 十二点五): written in figures before the rest is read.
RE_CN_DECIMAL: Final = re.compile(r"([零〇一二两三四五六七八九十百千]+)点([零〇一二三四五六七八九]+)")


def _decimals_in_figures(s: str) -> str:
    return RE_CN_DECIMAL.sub(_figures_of_decimal, s) if CN_POINT in s else s


def _figures_of_decimal(m: re.Match[str]) -> str:
    whole = parse_number(m.group(1))
    if whole is None:
        return m.group(0)
    return f"{whole}." + "".join(str(CN_DIGITS[c]) for c in m.group(2))
