"""The fast segmenter (:mod:`kg.extract.segment`) cuts exactly as jieba does: every sentence of the seed
files, every window of them, and random text mixing Chinese, Latin letters, digits, symbols and spaces."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.segment import Segmenter
from kg.extract.text import RE_DOT_STOP, dot_stop_count, split_sentences
from kg.extract.tokens import ADMIN_SUFFIX_CHARS, cut_window, word_bounded
from kg.lexicon.wordclass import jieba_tokenizer

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

WINDOW = 24  # characters of each window cut from a seed sentence

HAN = "华为邵阳运营中心项目有限公司在经开区签约年产万吨的和与及由建设"
OTHER = "aZ09+#&._%- \r\n\t、，。（）“”·\u200b"
MIXED = st.text(alphabet=st.sampled_from(list(HAN + OTHER)), max_size=40)


@cache
def _segmenter() -> Segmenter:
    """One segmenter for the module (building one reads jieba's whole dictionary: ~0.6 s in pure Python, which
    made 300 random examples take three minutes)."""
    return Segmenter(jieba_tokenizer())


def _same(seg: Segmenter, s: str) -> None:
    tk = jieba_tokenizer()
    assert seg.cut(s) == list(tk.cut(s, HMM=True)), s
    assert seg.cut(s, hmm=False) == list(tk.cut(s, HMM=False)), s


def test_seed_sentences_and_windows() -> None:
    seg = _segmenter()
    for path in sorted(SEEDS.iterdir()):
        for sent in split_sentences(path.read_text(encoding="utf-8")):
            _same(seg, sent.text)
            for a in range(0, len(sent.text), 7):
                _same(seg, sent.text[a : a + WINDOW])


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_random_text(s: str) -> None:
    _same(_segmenter(), s)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=".．。5a\u4e00\u9fff\u4dff\ua000邵阳", max_size=40))
def test_dot_stops_are_counted_as_the_pattern_finds_them(text: str) -> None:
    """dot_stop_count (a dot found with str.find, its neighbours compared) counts what RE_DOT_STOP finds."""
    assert dot_stop_count(text) == len(RE_DOT_STOP.findall(text))


def _bounded_by_cutting(text: str, start: int, end: int) -> bool:
    """word_bounded's answer from the words jieba cuts (what its shortcut for punctuation must agree with)."""
    if (start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()) or \
            (end < len(text) and text[end].isascii() and text[end].isalpha()):
        return False
    w0 = max(0, start - 6)
    window = text[w0 : end + 6]
    cuts = {0, len(window)} | {t.end for t in cut_window(window)}
    suffix_after = end < len(text) and text[end] in ADMIN_SUFFIX_CHARS and (end + 1 - w0) in cuts
    return (start - w0) in cuts and ((end - w0) in cuts or suffix_after)


@pytest.mark.parametrize("text", ["凤凰、龙山、永顺（湘西）", "落户长沙。岳阳，常德 “株洲”\r\n衡阳",
                                  "在A区建设Z-1项目；株洲"])
def test_word_bounded_shortcut(text: str) -> None:
    """At punctuation and spaces word_bounded answers without cutting: the same answers as cutting."""
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 5) + 1):
            assert word_bounded(text, start, end) == _bounded_by_cutting(text, start, end), text[start:end]
