"""jieba on short windows only, with the word class of each token from the lexicon's word classes.

Extraction never runs jieba over a whole document (that alone would cost more than the rest of extraction):
it cuts the few dozen characters before a name's suffix, to see where the name can start.

>>> [t.text for t in cut_window("华为邵阳运营中心项目")][:2]
['华为', '邵阳']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Final, NamedTuple

from kg.extract.chars import CharSet
from kg.extract.segment import Segmenter
from kg.extract.vocab import FUNCTION_CHARS
from kg.lexicon.wordclass import WordClasses, jieba_tokenizer


class Token(NamedTuple):
    """A word of a window: offsets relative to the window."""

    start: int
    end: int
    text: str


_tokenizer = jieba_tokenizer


@functools.lru_cache(maxsize=1)
def _segmenter() -> Segmenter:
    """jieba's cut without its per-call overhead, over the same dictionary."""
    return Segmenter(_tokenizer())


CUT_CACHE: Final = 131072  # strings whose words are remembered (by cut, and by cut_window)
# their words: dicts, not functools.lru_cache, whose bookkeeping on every hit (moving the entry to the front
# of its list) touches objects long out of the processor's caches
_CUTS: Final[dict[str, tuple[str, ...]]] = {}
_WINDOWS: Final[dict[str, tuple[Token, ...]]] = {}


def cut(s: str) -> tuple[str, ...]:
    """Words of ``s`` (jieba, no HMM: deterministic and fast)."""
    got = _CUTS.get(s)
    if got is None:
        if len(_CUTS) >= CUT_CACHE:
            _CUTS.clear()
        got = _CUTS[s] = tuple(_segmenter().cut(s, hmm=False))
    return got


def cut_window(s: str) -> tuple[Token, ...]:
    """Words of ``s`` with their offsets; jieba's HMM joins characters it does not know into words, which
    keeps brands whole (恒港, 恒信, 恒芯)."""
    got = _WINDOWS.get(s)
    if got is not None:
        return got
    out = []
    pos = 0
    for w in _split_function_chars(_segmenter().cut(s)):
        # Token(pos, pos + len(w), w), without the interpreted __new__ a NamedTuple class is given
        out.append(tuple.__new__(Token, (pos, pos + len(w), w)))
        pos += len(w)
    if len(_WINDOWS) >= CUT_CACHE:
        _WINDOWS.clear()
    got = _WINDOWS[s] = tuple(out)
    return got


word_frequency = WordClasses.frequency
FUNCTION_SET: Final = CharSet(FUNCTION_CHARS)


def _split_function_chars(words: Iterable[str]) -> list[str]:
    """A word jieba's HMM made up (not in its dictionary) never starts or ends with a function character:
    由泛鼎 -> 由 | 泛鼎."""
    freq = _tokenizer().FREQ
    out = []
    for w in words:
        if len(w) > 1 and (FUNCTION_SET.at(w, 0) or FUNCTION_SET.at(w, len(w) - 1)) and not freq.get(w):
            if w[0] in FUNCTION_CHARS:
                out.append(w[0])
                w = w[1:]
            if len(w) > 1 and w[-1] in FUNCTION_CHARS:
                out.append(w[:-1])
                w = w[-1]
        out.append(w)
    return out


def word_bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts and ends on jieba word boundaries (人工智能 holds 工智, but not as a
    word); a match glued to Latin letters or digits is no word either."""
    if (start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()) or \
            (end < len(text) and text[end].isascii() and text[end].isalpha()):
        return False
    if (start == 0 or _splits(text[start - 1]) and text[start - 1 : start + 1] != CRLF) and \
            (end == len(text) or _splits(text[end]) and text[end - 1 : end + 1] != CRLF):
        return True  # jieba cuts every text at such characters: no need to cut this one
    w0 = max(0, start - 6)
    window = text[w0 : end + 6]
    cuts = {0, len(window)}
    for t in cut_window(window):
        cuts.add(t.end)
    if (start - w0) not in cuts:
        return False
    # 湖南省内陆: jieba cuts 湖南省|内陆, so the name ends on a word boundary one suffix character later
    return (end - w0) in cuts or (end < len(text) and text[end] in ADMIN_SUFFIX_CHARS
                                  and (end + 1 - w0) in cuts)


ADMIN_SUFFIX_CHARS: Final = frozenset("省市县区州镇乡")
# What jieba segments as one block besides Han characters (jieba.re_han_default: [一-鿕a-zA-Z0-9+#&._%-]):
# every other character is cut off on both sides.
BLOCK_ASCII: Final = frozenset("+#&._%-")
CRLF: Final = "\r\n"  # (the one pair of them jieba keeps as one word)


def _splits(ch: str) -> bool:
    """Whether jieba cuts before and after ``ch`` whatever surrounds it (punctuation, spaces …)."""
    return not ("\u4e00" <= ch <= "\u9fd5" or ch.isascii() and (ch.isalnum() or ch in BLOCK_ASCII))


def warm() -> None:
    """Load jieba's dictionary now (worker processes call this once)."""
    _segmenter()
