"""Cue words gate finders (:mod:`kg.extract.cues`, and the list and industry-frame cues): a finder skipped on
a sentence without its cue words could have found nothing there. Checked on every sentence of the seeds and of
generated investment news: each finder, run on every sentence, finds something only where its cues are."""

from __future__ import annotations

from pathlib import Path

import pytest
from regex_parts import literal_runs, parse, sre_constants

from kg.extract.context import Context
from kg.extract.cues import SentenceCues
from kg.extract.frames.events import RE_EVENT, RE_EVENT_WORD
from kg.extract.frames.industry import INDUSTRY_FRAME_WORDS, INDUSTRY_FRAMES, RE_INDUSTRY_FRAME
from kg.extract.lists import LIST_CUES, _list_items
from kg.extract.model.train import synthetic_sentences
from kg.extract.roles import ROLE_CUES, ROLE_FINDERS
from kg.extract.spans import find_suffixes, suffix_matcher
from kg.extract.text import soften_line_breaks, split_sentences
from kg.ingest import read_documents
from kg.lexicon import Lexicon
from kg.lexicon.script import simplify

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# A sentence for each role pattern the seeds hold none of.
ROLE_SENTENCES = ("今年引进了龙头企业恒力科技，总投资10亿元。", "恒信资本旗下天津恒信新能源有限公司落户。",
                  "广铜公司与福建紫金铜业共同建设高端铜箔项目。",
                  "签约项目包括华泰集团投资20亿元的绿色产业园项目、温州德力康投资14亿元的智能水表产业园项目。",
                  "爱玛车业入选国家级绿色工厂名单。", "新开工光伏组件封装胶膜项目（远航新材，8亿元）。",
                  "合力达重工、新宇电气分别投资12亿元、8亿元建设叉车项目。",
                  "宁波华业(301616.SZ)公告称，拟投资扩产。")


def _contexts(lex: Lexicon) -> list[Context]:
    texts = [d.text for d in read_documents([SEEDS])]
    texts.append("".join(t for t, _ in synthetic_sentences(lex, 400, 3)))
    texts.append("".join(ROLE_SENTENCES))
    out = []
    suffixes = suffix_matcher()
    for t in texts:
        text = soften_line_breaks(simplify(t))
        out.append(Context(text, tuple(split_sentences(text)), lex, None, find_suffixes(text, suffixes),
                           lex.scan(text, (ROLE_CUES.matcher,))))
    return out


def test_scan_is_substring_test() -> None:
    text = "项目由甲公司建设。乙公司上市,由此。丙挂牌\n丁"
    sents = split_sentences(text)
    cues = SentenceCues((("由",), ("上市", "挂牌"), ("丁", "戊")))
    want = tuple(frozenset(i for i, s in enumerate(sents) if any(w in s.text for w in g))
                 for g in cues.groups)
    assert cues.scan(text, sents) == want


@pytest.mark.parametrize("k", range(len(ROLE_FINDERS)), ids=[f.__name__ for f, _ in ROLE_FINDERS])
def test_role_finders_find_nothing_without_their_cues(k: int) -> None:
    finder, cues = ROLE_FINDERS[k]
    lex = Lexicon.load()
    found_somewhere = False
    for ctx in _contexts(lex):
        cued = ROLE_CUES.scan(ctx.text, ctx.sentences)[k]
        for si, sent in enumerate(ctx.sentences):
            if any(m is not None for m in finder(ctx, sent)):
                found_somewhere = True
                assert si in cued, f"{finder.__name__} found a firm in {sent.text!r} without any of {cues}"
    assert found_somewhere, f"{finder.__name__} found nothing: the check checks nothing"


def test_lists_and_industry_frames_need_their_cues() -> None:
    lex = Lexicon.load()
    lists = frames = 0
    for ctx in _contexts(lex):
        for sent in ctx.sentences:
            if _list_items(ctx.text, sent):
                lists += 1
                assert any(w in sent.text for w in LIST_CUES), sent.text
            for m in RE_INDUSTRY_FRAME.finditer(ctx.text, sent.start, sent.end):
                frames += 1
                words = next(w for p, w in INDUSTRY_FRAMES if f"(?P<{m.lastgroup}>" in p)
                assert any(w in sent.text for w in words), sent.text
    assert lists and frames


@pytest.mark.parametrize("k", range(len(INDUSTRY_FRAMES)))
def test_each_industry_frame_holds_its_words(k: int) -> None:
    """Whatever a frame matches holds one of its words: one run of literals in the pattern is, whichever way
    it is written, always one of them (so a sentence without them holds no match of the frame)."""
    pattern, words = INDUSTRY_FRAMES[k]
    runs = literal_runs(parse(pattern))
    assert any(all(any(w in s for w in words) for s in run) for run in runs), (pattern, runs)
    assert INDUSTRY_FRAME_WORDS.groups[k] == tuple(words)


def test_event_words_gate_the_event_pattern() -> None:
    """The event frame searches RE_EVENT only in sentences holding one of RE_EVENT_WORD's words: each of the
    pattern's alternatives holds, whichever way it matches, a run of literals that is always one of them."""
    words = RE_EVENT_WORD.pattern.split("|")
    assert all(w and w.isalpha() for w in words)  # plain words only
    (op, av), = list(parse(RE_EVENT.pattern))
    assert op is sre_constants.BRANCH
    for alternative in av[1]:
        runs = literal_runs(alternative)
        assert any(all(any(w in s for w in words) for s in run) for run in runs), runs
