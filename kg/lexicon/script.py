"""Traditional to simplified characters, one character for one (offsets stay shared): OpenCC's t2s table
(Apache-2.0), loaded once. Ingest stores the simplified form on each Document; extraction makes it for a
Document built without one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final


@lru_cache(maxsize=1)
def _converter() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def _simplify_char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


FIRST_HAN: Final = 0x3400  # characters below (ASCII, punctuation, kana …) are never converted
# Characters t2s converts alone to a different word's character, which in names simplified Chinese keeps as
# written (乾县, 乾照光电, 乾元: the qián of names; only 乾燥/乾淨 become 干): kept in traditional text too.
KEPT_AS_WRITTEN: Final = frozenset("乾")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Every character that t2s turns into one other character. Only a single-character entry of OpenCC's
    dictionaries can match a single character, so those entries are all there is to look at
    (``tests/test_script.py`` checks every character against the converter)."""
    conv = _converter()
    keys = {k for _, _, words in conv.dict_cache.values() for k in words if len(k) == 1}
    return {ord(ch): simple for ch in sorted(keys)
            if ord(ch) >= FIRST_HAN and ch not in KEPT_AS_WRITTEN and (simple := _simplify_char(ch)) != ch}



def simplify(text: str) -> str:
    """Traditional -> simplified, character by character, so offsets are shared (same length); the corner
    quotes of traditional print become the curly quotes simplified text writes.

    >>> simplify("發展經濟,臺灣「華鑫」")
    '发展经济,台湾“华鑫”'
    """
    if "「" in text or "『" in text:
        text = text.translate(CORNER_QUOTES)
    return text.translate(_table()) if _is_traditional(text) else text


# A character beyond the Basic Multilingual Plane (a few rare traditional characters are).
RE_ASTRAL: Final = re.compile("[\U00010000-\U0010FFFF]")


def _is_traditional(text: str) -> bool:
    """Whether ``text`` holds a character of :func:`_telling`: one search of a character class of those in
    the Basic Multilingual Plane (a bitmap look-up per character, ten times faster than a set's
    ``isdisjoint``, which makes a string of each character), the set itself only for a text that holds a
    character beyond that plane."""
    if _telling_bmp().search(text) is not None:
        return True
    return RE_ASTRAL.search(text) is not None and not _telling().isdisjoint(text)


@lru_cache(maxsize=1)
def _telling_bmp() -> re.Pattern[str]:
    """The characters of :func:`_telling` in the Basic Multilingual Plane, as one character class (which
    ``re`` keeps as a bitmap; characters beyond the plane would make it a list searched one by one)."""
    chars = "".join(re.escape(ch) for ch in sorted(_telling()) if ord(ch) <= 0xFFFF)
    return re.compile(f"[{chars}]" if chars else "(?!)")


# Corner quotes (「」『』) -> the curly quotes the name grammar reads (one character for one).
CORNER_QUOTES: Final = {ord("「"): "“", ord("」"): "”", ord("『"): "“", ord("』"): "”"}


# Characters OpenCC's table converts that simplified Chinese writes too (the 通用规范汉字表 keeps them: 乾 in
# 乾隆/乾照光电, 著 in 著名, 覆 in 覆盖): alone they do not make a text traditional, so a simplified text
# holding them is left as written.
SIMPLIFIED_TOO: Final = frozenset("乾著覆瞭徵於馀夥藉蘋麽")


@lru_cache(maxsize=1)
def _telling() -> frozenset[str]:
    """The traditional characters that show a text is written in traditional script."""
    return _traditional() - SIMPLIFIED_TOO


@lru_cache(maxsize=1)
def _traditional() -> frozenset[str]:
    """The characters :func:`_table` converts (most texts hold none: a set scan then skips the
    translation)."""
    return frozenset(map(chr, _table()))
