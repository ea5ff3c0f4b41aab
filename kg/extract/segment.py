"""jieba's accurate mode, word for word, without its per-call overhead.

``Tokenizer.cut`` builds a dict DAG, then a dict route with a generator per character, then walks it through
three layers of generators; extraction cuts thousands of short windows per document, where that overhead is
most of the cost. :class:`Segmenter` does the same steps (same dictionary, same floating-point sums in the
same order, same tie-breaking) in one loop per block, and remembers what the HMM made of unknown runs. The
words it returns are jieba's; ``tests/test_segment.py`` checks that on many strings.

>>> from kg.lexicon.wordclass import jieba_tokenizer
>>> seg = Segmenter(jieba_tokenizer())
>>> seg.cut("华为邵阳运营中心项目") == list(jieba_tokenizer().cut("华为邵阳运营中心项目"))
True
"""

from __future__ import annotations

import functools
import re
from math import log
from typing import Any

import jieba
from jieba import finalseg

# jieba's own patterns: blocks it segments, and what it splits the rest at
RE_HAN_BLOCK: re.Pattern[str] = jieba.re_han_default
RE_SKIP: re.Pattern[str] = jieba.re_skip_default
# what jieba.re_eng matches: runs of these single characters are joined without the HMM
ENG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

HMM_CACHE = 65536  # unknown runs whose HMM cut is remembered


class Segmenter:
    """jieba's ``cut(s, HMM=...)`` over one tokenizer's dictionary (which must not change afterwards)."""

    def __init__(self, tokenizer: Any) -> None:
        tokenizer.check_initialized()
        self.freq: dict[str, int] = tokenizer.FREQ
        # the single characters on their own: the first look-up at each position, in a table that stays in
        # the processor's cache
        self.chars: dict[str, int] = {w: f for w, f in self.freq.items() if len(w) == 1}
        self.logtotal = log(tokenizer.total)
        self._hmm = functools.lru_cache(maxsize=HMM_CACHE)(_hmm_cut)

    def cut(self, sentence: str, hmm: bool = True) -> list[str]:
        """The words of ``sentence``, as ``list(tokenizer.cut(sentence, HMM=hmm))``."""
        out: list[str] = []
        block = self._block_hmm if hmm else self._block_no_hmm
        for blk in RE_HAN_BLOCK.split(sentence):
            if not blk:
                continue
            if RE_HAN_BLOCK.match(blk):
                block(blk, out)
                continue
            for x in RE_SKIP.split(blk):
                if RE_SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
        return out

    def _route(self, s: str) -> list[int]:
        """For each position, the end (exclusive) of the word the best path takes there (jieba's calc over
        its DAG: the highest log-probability sum, ties to the longer word)."""
        get, first, logtotal = self.freq.get, self.chars.get, self.logtotal
        n = len(s)
        score = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        alone = 0.0 - logtotal  # no word starts here: the character alone (freq 0 -> 1, log 0.0)
        for k in range(n - 1, -1, -1):
            f = first(s[k])
            best = alone + score[k + 1]
            best_x = k
            if f is not None:  # a word or the prefix of one starts here
                found = False
                i = k
                while True:
                    if f:
                        sc = log(f) - logtotal + score[i + 1]
                        if not found or sc >= best:
                            best, best_x, found = sc, i, True
                    i += 1
                    if i == n:
                        break
                    f = get(s[k : i + 1])
                    if f is None:
                        break
            score[k] = best
            nxt[k] = best_x + 1
        return nxt

    def _block_hmm(self, s: str, out: list[str]) -> None:
        nxt = self._route(s)
        n = len(s)
        x = 0
        buf = ""
        while x < n:
            y = nxt[x]
            if y - x == 1:
                buf += s[x]
            else:
                if buf:
                    self._flush(buf, out)
                    buf = ""
                out.append(s[x:y])
            x = y
        if buf:
            self._flush(buf, out)

    def _flush(self, buf: str, out: list[str]) -> None:
        """A run of single characters: one word, the HMM's words when the run is no dictionary word, or its
        characters."""
        if len(buf) == 1:
            out.append(buf)
        elif not self.freq.get(buf):
            out.extend(self._hmm(buf))
        else:
            out.extend(buf)

    def _block_no_hmm(self, s: str, out: list[str]) -> None:
        nxt = self._route(s)
        n = len(s)
        x = 0
        buf = ""
        while x < n:
            y = nxt[x]
            word = s[x:y]
            if y - x == 1 and word in ENG_CHARS:
                buf += word
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(word)
            x = y
        if buf:
            out.append(buf)


def _hmm_cut(buf: str) -> tuple[str, ...]:
    return tuple(finalseg.cut(buf))
