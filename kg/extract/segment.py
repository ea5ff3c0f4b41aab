"""jieba's accurate mode, word for word, without its per-call overhead.

``Tokenizer.cut`` builds a dict DAG, then a dict route with a generator per character, then walks it through
three layers of generators; extraction cuts thousands of short windows per document, where that overhead is
most of the cost. :class:`Segmenter` does the same steps (same dictionary, same floating-point sums in the
same order, same tie-breaking) in one loop per block, and remembers what the HMM made of unknown runs; its
HMM (:class:`Hmm`) is jieba's ``finalseg`` Viterbi with back-pointers instead of copied paths. The words it
returns are jieba's; ``tests/test_segment.py`` checks that on many strings.

>>> from kg.lexicon.wordclass import jieba_tokenizer
>>> seg = Segmenter(jieba_tokenizer())
>>> seg.cut("华为邵阳运营中心项目") == list(jieba_tokenizer().cut("华为邵阳运营中心项目"))
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from math import log
from typing import Any, Final

import jieba
from jieba import finalseg

# jieba's own patterns: blocks it segments, and what it splits the rest at
RE_HAN_BLOCK: Final[re.Pattern[str]] = jieba.re_han_default
RE_SKIP: Final[re.Pattern[str]] = jieba.re_skip_default
# what jieba.re_eng matches: runs of these single characters are joined without the HMM
ENG_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

HMM_CACHE: Final = 65536  # runs of single characters whose words are remembered
PREFIX_ONLY: Final = 1.0  # in place of a log-probability (all are below 0): a prefix of words, no word itself
NOT_A_PREFIX: Final = 2.0  # … neither a word nor a prefix

class Pair:
    """Two characters at a position: their log-probability (or PREFIX_ONLY) and the words of three characters
    or more they begin, with their prefixes (None: none). A class, not a tuple: compiled, its number is kept
    as a machine float, read without a type check or a pointer to follow."""

    __slots__ = ("lp", "words")

    def __init__(self, lp: float, words: dict[str, float] | None) -> None:
        self.lp = lp
        self.words = words


class Head:
    """One character: its log-probability (or PREFIX_ONLY), what follows it (per next character, the pair),
    and the character (one string object, so look-ups keyed by it find it by identity)."""

    __slots__ = ("lp", "follow", "c")

    def __init__(self, lp: float, c: str) -> None:
        self.lp = lp
        self.follow: dict[str, Pair] = {}
        self.c = c


class Segmenter:
    """jieba's ``cut(s, HMM=...)`` over one tokenizer's dictionary (which must not change afterwards)."""

    def __init__(self, tokenizer: Any) -> None:
        tokenizer.check_initialized()
        self.freq: dict[str, int] = tokenizer.FREQ
        self.logtotal = log(tokenizer.total)
        # the words of one and two characters by their first character: the look-ups at each position go to
        # small tables (what follows one character) that stay in the processor's cache, not to the big
        # dictionary; each character is kept as one string object, so look-ups find it by identity. A pair
        # of characters (a word, or the prefix of one) comes with the words of three characters or more it
        # begins (and their prefixes): a small table again, not the big dictionary.
        self.heads: dict[str, Head] = {w: Head(self._log_p(f), w)
                                       for w, f in self.freq.items() if len(w) == 1}
        longer: dict[str, dict[str, float]] = {}
        for w, f in self.freq.items():
            if len(w) >= 3:
                longer.setdefault(w[:2], {})[w] = self._log_p(f)
        for w, f in self.freq.items():
            if len(w) == 2 and w[0] in self.heads:
                second = self.heads.get(w[1])
                pair = Pair(self._log_p(f), longer.get(w))
                self.heads[w[0]].follow[w[1] if second is None else second.c] = pair
        # the same tables by code point: a list index per character, no string made, hashed and looked up
        self.by_code: list[Head | None] = [None] * (max(map(ord, self.heads), default=-1) + 1)
        for c, head in self.heads.items():
            self.by_code[ord(c)] = head
        self._hmm = Hmm.of_jieba()
        # what _flush made of each run of single characters (kept: one look-up instead of the big dictionary's
        # and the HMM's)
        self._runs: dict[str, tuple[str, ...]] = {}

    def _log_p(self, f: int) -> float:
        """A word's log-probability as jieba's calc sums it (``log(f) - logtotal``), or :data:`PREFIX_ONLY`
        for a prefix that is no word (frequency 0)."""
        return log(f) - self.logtotal if f else PREFIX_ONLY

    def cut(self, sentence: str, hmm: bool = True) -> list[str]:
        """The words of ``sentence``, as ``list(tokenizer.cut(sentence, HMM=hmm))``."""
        out: list[str] = []
        block = self._block_hmm if hmm else self._block_no_hmm
        if RE_HAN_BLOCK.fullmatch(sentence):  # one block (what the split below makes of it: "", it, "")
            block(sentence, out)
            return out
        # (the split's odd pieces are the pattern's matches, its even ones what lies between: jieba's
        # ``re_han.match(blk)`` on each piece, read from where it stands)
        for i, blk in enumerate(RE_HAN_BLOCK.split(sentence)):
            if not blk:
                continue
            if i % 2:
                block(blk, out)
                continue
            for k, x in enumerate(RE_SKIP.split(blk)):
                if k % 2:
                    out.append(x)
                else:
                    out.extend(x)
        return out

    def _route(self, s: str) -> list[int]:
        """For each position, the end (exclusive) of the word the best path takes there (jieba's calc over
        its DAG: the highest log-probability sum, ties to the longer word)."""
        by_code, logtotal = self.by_code, self.logtotal
        n_codes = len(by_code)
        n = len(s)
        score = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        alone = 0.0 - logtotal  # no word starts here: the character alone (freq 0 -> 1, log 0.0)
        after = ""  # the character after position k
        for k in range(n - 1, -1, -1):
            code = ord(s[k])
            best = alone + score[k + 1]
            best_x = k
            head = by_code[code] if code < n_codes else None
            if head is None:
                after = s[k]
            else:  # a word or the prefix of one starts here
                lp = head.lp
                found = lp <= 0.0
                if found:
                    best = lp + score[k + 1]
                pair = head.follow.get(after) if k + 1 < n else None
                if pair is not None:  # two characters: a word, or the prefix of one
                    lp = pair.lp
                    words = pair.words
                    if lp <= 0.0:
                        sc = lp + score[k + 2]
                        if not found or sc >= best:
                            best, best_x, found = sc, k + 1, True
                    i = k + 2
                    while words is not None and i < n:  # three characters or more
                        lp = words.get(s[k : i + 1], NOT_A_PREFIX)
                        if lp > PREFIX_ONLY:
                            break
                        if lp <= 0.0:
                            sc = lp + score[i + 1]
                            if not found or sc >= best:
                                best, best_x, found = sc, i, True
                        i += 1
                after = head.c
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
            return
        got = self._runs.get(buf)
        if got is None:
            got = self._hmm.cut(buf) if not self.freq.get(buf) else tuple(buf)
            if len(self._runs) >= HMM_CACHE:
                self._runs.clear()
            self._runs[buf] = got
        out.extend(got)

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


# finalseg's own patterns: the runs its HMM labels, and how it splits the rest
RE_HMM_HAN: Final[re.Pattern[str]] = finalseg.re_han
RE_HMM_SKIP: Final[re.Pattern[str]] = finalseg.re_skip
MIN_FLOAT: Final[float] = finalseg.MIN_FLOAT  # finalseg's log-probability of what its tables lack


@dataclass(frozen=True)
class Hmm:
    """jieba's character HMM (states B, M, E, S): ``finalseg.cut`` word for word.

    finalseg's Viterbi keeps, per state, the whole label path and copies it at every character; here each
    step keeps one back-pointer per state. The sums are finalseg's, in its order (previous score +
    transition + emission), and so are its ties: of two equal scores, ``max`` over (score, state) pairs
    takes the later state letter."""

    start: Mapping[str, float]
    trans: Mapping[str, Mapping[str, float]]
    emit: Mapping[str, Mapping[str, float]]
    force_split: frozenset[str] | set[str]
    # per character code, its emissions in states B, M, E and S (MIN_FLOAT where a state's table lacks it;
    # None: in none of them): one list index per character, no string made and hashed
    emit_by_code: list[tuple[float, float, float, float] | None]

    @classmethod
    def of_jieba(cls) -> Hmm:
        e = finalseg.emit_P
        chars = {c for state in "BMES" for c in e[state]}
        by_code: list[tuple[float, float, float, float] | None] = \
            [None] * (max(map(ord, chars), default=-1) + 1)
        for c in chars:
            by_code[ord(c)] = (e["B"].get(c, MIN_FLOAT), e["M"].get(c, MIN_FLOAT), e["E"].get(c, MIN_FLOAT),
                               e["S"].get(c, MIN_FLOAT))
        return cls(finalseg.start_P, finalseg.trans_P, e, finalseg.Force_Split_Words, by_code)

    def cut(self, buf: str) -> tuple[str, ...]:
        """The words of ``buf``, as ``tuple(finalseg.cut(buf))``."""
        out: list[str] = []
        for i, blk in enumerate(RE_HMM_HAN.split(buf)):
            if i % 2:  # (a match of the pattern: see Segmenter.cut)
                for word in self._words(blk):
                    if word in self.force_split:
                        out.extend(word)
                    else:
                        out.append(word)
            else:
                out.extend(x for x in RE_HMM_SKIP.split(blk) if x)
        return tuple(out)

    def _words(self, s: str) -> list[str]:
        labels = self._viterbi(s)
        out = []
        begin = nexti = 0
        for i in range(len(labels)):
            label = labels[i]
            if label == STATE_B:
                begin = i
            elif label == STATE_E:
                out.append(s[begin : i + 1])
                nexti = i + 1
            elif label == STATE_S:
                out.append(s[i])
                nexti = i + 1
        if nexti < len(s):
            out.append(s[nexti:])
        return out

    def _emissions(self, code: int) -> tuple[float, float, float, float]:
        by_code = self.emit_by_code
        got = by_code[code] if code < len(by_code) else None
        return (MIN_FLOAT, MIN_FLOAT, MIN_FLOAT, MIN_FLOAT) if got is None else got

    def _viterbi(self, s: str) -> list[int]:
        """The best label (STATE_B, STATE_M, STATE_E or STATE_S) of each character (finalseg's
        ``viterbi``)."""
        t = self.trans
        t_eb, t_sb = t["E"].get("B", MIN_FLOAT), t["S"].get("B", MIN_FLOAT)
        t_mm, t_bm = t["M"].get("M", MIN_FLOAT), t["B"].get("M", MIN_FLOAT)
        t_ss, t_es = t["S"].get("S", MIN_FLOAT), t["E"].get("S", MIN_FLOAT)
        t_be, t_me = t["B"].get("E", MIN_FLOAT), t["M"].get("E", MIN_FLOAT)
        em_b, em_m, em_e, em_s = self._emissions(ord(s[0]))
        v_b = self.start["B"] + em_b
        v_m = self.start["M"] + em_m
        v_e = self.start["E"] + em_e
        v_s = self.start["S"] + em_s
        # per character after the first: the best previous state of B, M, E and S, as the bits FROM_* (a
        # bit set: the first of the two states a state can follow; an int, not a tuple of letters)
        back: list[int] = []
        for i in range(1, len(s)):
            em_b, em_m, em_e, em_s = self._emissions(ord(s[i]))
            a, b = v_e + t_eb + em_b, v_s + t_sb + em_b
            if b >= a:
                n_b, bits = b, B_FROM_S
            else:
                n_b, bits = a, 0
            a, b = v_m + t_mm + em_m, v_b + t_bm + em_m
            if a >= b:
                n_m = a
                bits |= M_FROM_M
            else:
                n_m = b
            a, b = v_s + t_ss + em_s, v_e + t_es + em_s
            if a >= b:
                n_s = a
                bits |= S_FROM_S
            else:
                n_s = b
            a, b = v_b + t_be + em_e, v_m + t_me + em_e
            if b >= a:
                n_e = b
                bits |= E_FROM_M
            else:
                n_e = a
            v_b, v_m, v_e, v_s = n_b, n_m, n_e, n_s
            back.append(bits)
        state = STATE_S if v_s >= v_e else STATE_E
        labels = [state]
        for k in range(len(back) - 1, -1, -1):
            bits = back[k]
            if state == STATE_B:  # after E or S
                state = STATE_S if bits & B_FROM_S else STATE_E
            elif state == STATE_M:  # after M or B
                state = STATE_M if bits & M_FROM_M else STATE_B
            elif state == STATE_S:  # after S or E
                state = STATE_S if bits & S_FROM_S else STATE_E
            else:  # E: after M or B
                state = STATE_M if bits & E_FROM_M else STATE_B
            labels.append(state)
        labels.reverse()
        return labels


# The HMM's states, and the back-pointer bits of a step: which state each state's best path came from.
STATE_B: Final = 0
STATE_M: Final = 1
STATE_E: Final = 2
STATE_S: Final = 3
B_FROM_S: Final = 1  # (else from E)
M_FROM_M: Final = 2  # (else from B)
S_FROM_S: Final = 4  # (else from E)
E_FROM_M: Final = 8  # (else from B)
