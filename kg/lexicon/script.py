"""Traditional to simplified characters, one character for one (offsets stay shared): OpenCC's t2s table
(Apache-2.0), loaded once. Ingest stores the simplified form on each Document; extraction makes it for a
Document built without one."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _converter() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def _simplify_char(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def simplify(text: str) -> str:
    """Traditional -> simplified, character by character, so offsets are shared (same length).

    >>> simplify("發展經濟,臺灣")
    '发展经济,台湾'
    """
    table = {}
    for ch in set(text):
        if ord(ch) >= 0x3400:
            simple = _simplify_char(ch)
            if simple != ch:
                table[ord(ch)] = simple
    return text.translate(table) if table else text
