"""The jieba wrapper: quiet (jieba logs to stderr by default), loaded once, used on short strings only.

Extraction never runs jieba over a whole document (that alone would cost more than the rest of extraction):
it cuts candidate names, a few characters each, to check word boundaries.

>>> cut("华为邵阳运营中心项目")[0]
'华为'
"""

from __future__ import annotations

import functools
import logging


@functools.lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


@functools.lru_cache(maxsize=65536)
def _cut_cached(s: str) -> tuple[str, ...]:
    return tuple(_tokenizer().cut(s, HMM=False))


def cut(s: str) -> list[str]:
    """Words of ``s`` (jieba, no HMM: deterministic and fast)."""
    return list(_cut_cached(s))
