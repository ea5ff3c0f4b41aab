"""The one-character pre-tests of patterns (kg.extract.pretest): each holds every character its pattern's
matches can start or end with, read from the pattern's parse, so the pre-tested calls answer what the regex
answers; and on the seed texts they do, at every position."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from regex_parts import edge_chars, ends_at_end, first_items, parse, sre_constants

import kg.extract
import kg.lexicon
from kg.extract.chars import CharSet
from kg.extract.frames.events import RE_EVENT, RE_EVENT_START, event_in
from kg.extract.lists import RE_LIST_COUNT_OPENING, _count_closes, _count_opens
from kg.extract.nameparts import RE_SUFFIX_RUN_END
from kg.extract.pretest import Ending, Starting
from kg.extract.roles import CLAUSE_OPENING_HEAD, HEAD_FIRST_CHARS, RE_CLAUSE_OPENING, clause_opening_end
from kg.extract.text import split_sentences
from kg.extract.validity import RE_COUNT_INSIDE, RE_COUNT_INSIDE_START
from kg.extract.vocab import RE_LIST_COUNT_TAIL, RE_PROJECT_SUFFIX

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _pretested() -> dict[str, Ending | Starting]:
    found: dict[int, tuple[str, Ending | Starting]] = {}
    for package in (kg.extract, kg.lexicon):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if isinstance(value, (Ending, Starting)):
                    found.setdefault(id(value), (f"{module.__name__}.{name}", value))
    return dict(found.values())


PRETESTED = _pretested()


def test_patterns_are_pretested() -> None:
    assert len(PRETESTED) >= 10  # (the hot paths' patterns: see kg.extract.pretest)


def _covered(chars: set[str], categories: set[str], given: CharSet, digits: bool,
             spaces: bool) -> list[str]:
    """What of a pattern's edge characters and categories the pre-test lacks."""
    missing = [c for c in sorted(chars) if not (c in given or digits and c.isdecimal() or
                                                 spaces and c.isspace())]
    return missing + [c for c in sorted(categories) if not {"digit": digits, "space": spaces}[c]]


@pytest.mark.parametrize("name", sorted(PRETESTED))
def test_pretest_holds_every_edge_character(name: str) -> None:
    p = PRETESTED[name]
    assert not p.regex.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE)
    if isinstance(p, Ending):
        assert ends_at_end(parse(p.regex.pattern)), "every branch must end in $"
        chars, categories = edge_chars(p.regex.pattern, last=True)
        assert not _covered(chars, categories, p.last, p.digits, False)
    else:
        chars, categories = edge_chars(p.regex.pattern)
        assert not _covered(chars, categories, p.first, p.digits, p.spaces)


def _seed_text() -> str:
    return "\n".join(f.read_text(encoding="utf-8") for f in sorted(SEEDS.glob("*.txt"))[:3])


@pytest.mark.parametrize("name", sorted(PRETESTED))
def test_pretested_calls_answer_what_the_regex_answers(name: str) -> None:
    p = PRETESTED[name]
    text = _seed_text()

    def same(got: re.Match[str] | None, want: re.Match[str] | None) -> bool:
        return (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))

    for i in range(0, len(text) + 1):
        if isinstance(p, Ending):
            for lo in (max(0, i - 40), max(0, i - 6), i):
                assert same(p.search(text, lo, i), p.regex.search(text, lo, i)), (lo, i)
        else:
            assert same(p.match(text, i), p.regex.match(text, i)), i
            for j in (i + 2, i + 6):
                assert same(p.fullmatch(text, i, j), p.regex.fullmatch(text, i, j)), (i, j)


def test_pretests_skip_only_what_cannot_match() -> None:
    hosted = Ending(re.compile(r"(?:落户|入驻)(?:在|于)?$"), "户驻在于")
    assert hosted.search("项目落户在", 0, 5) and hosted.search("项目落户在\n", 0, 6)
    assert hosted.search("项目落户在园区", 0, 7) is None
    counted = Starting(re.compile(r"\s*\d+个"), "", digits=True, spaces=True)
    assert counted.match("共 12个", 1) and counted.match("共１２个", 1) and counted.match("共12个", 0) is None


def test_event_search_tries_the_pattern_where_a_match_can_start() -> None:
    chars, categories = edge_chars(RE_EVENT.pattern)
    assert all(RE_EVENT_START.match(c) for c in chars)
    assert categories <= {"digit"} and RE_EVENT_START.match("５")
    text = _seed_text() + "共签约项目12个，3个项目在分会场成功签约，十二个重点项目集中开工"
    for lo in range(0, len(text), 7):
        for hi in (lo + 30, lo + 80, len(text)):
            want, got = RE_EVENT.search(text, lo, hi), event_in(text, lo, hi)
            assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))


def test_suffix_run_pattern_opens_with_a_suffix() -> None:
    """RE_SUFFIX_RUN_END is written X(?:X)*$ (so re can skip to a suffix's first character): it finds what
    (?:X)+$ finds."""
    plain = re.compile(f"(?:{RE_PROJECT_SUFFIX.pattern})+$")
    words = ["项目", "二期", "产业园", "基地", "工程", "（一期）", "(2期)", "电站", "扩建", "中心", "科技",
             "年产", "园", "期", "X"]
    for a in words:
        for b in words:
            for c in words:
                for s in (a + b + c, "锂电" + a + b + c, a + "新材料" + b + c):
                    got, want = RE_SUFFIX_RUN_END.search(s), plain.search(s)
                    assert (got and got.span()) == (want and want.span()), s


def test_clause_opening_head_starts_where_its_parts_can() -> None:
    items, _ = first_items(parse(CLAUSE_OPENING_HEAD))  # (every part may match nothing)
    chars: set[str] = set()
    for op, av in items:
        chars |= {chr(av)} if op is sre_constants.LITERAL else edge_chars(f"[{_class_text(av)}]")[0]
    assert all(c in HEAD_FIRST_CHARS or c.isdecimal() or c.isspace() for c in chars)


def _class_text(items: list) -> str:
    """A class's items written back (literals, ranges, digits and spaces)."""
    out = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is sre_constants.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        else:
            out.append({sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_SPACE: r"\s"}[av])
    return "".join(out)


def test_clause_opening_is_matched_part_by_part() -> None:
    """clause_opening_end is where RE_CLAUSE_OPENING's match ends, everywhere in the seed texts and on
    openings made for it (descriptors near and too far, dates, enumerators, spaces)."""
    text = _seed_text() + "\n".join([
        "（一）2023年5月上午 据悉，行业龙头企业恒力科技将投资", "其中世界500强企业 华为投资",
        "目前 其配套供应商瑞丰", "一是今年一家很远很远很远很远很远的上市公司", "近日，知名企业",
        "2）  据了解 上市公司恒泰新材发布公告"])
    for lo in range(len(text)):
        for hi in (lo, lo + 5, lo + 20, len(text)):
            want = RE_CLAUSE_OPENING.match(text, lo, hi)
            assert clause_opening_end(text, lo, hi) == (want.end() if want else lo), (lo, hi)


def test_counted_lists_are_searched_where_they_can_be() -> None:
    """A sentence holding a match of RE_LIST_COUNT_OPENING or RE_LIST_COUNT_TAIL passes the quick test that
    stands before each search."""
    made = ["12个项目集中开工，其中经开区6个：A、B、C", "项目共6个，即A、B", "签约3个分别为X、Y、Z",
            "A和B两大项目", "A、B、C三家企业", "A、B3户规上企业", "引进5个项目", "3家知名公司",
            "6个,即甲、乙"]
    for text in [_seed_text(), *made]:
        for sent in split_sentences(text):
            if RE_LIST_COUNT_OPENING.search(text, sent.start, sent.end):
                assert _count_opens(text, sent), sent.text
            if RE_LIST_COUNT_TAIL.search(text, sent.start, sent.end):
                assert _count_closes(sent.text), sent.text
    assert not _count_opens("12个项目", split_sentences("12个项目")[0])


def test_counts_are_searched_where_they_can_start() -> None:
    chars, categories = edge_chars(RE_COUNT_INSIDE.pattern)
    assert all(RE_COUNT_INSIDE_START.match(c) for c in chars)
    assert categories <= {"digit"} and RE_COUNT_INSIDE_START.match("７")


@given(st.text(max_size=12), st.text(min_size=1, max_size=20))
def test_charset_answers_what_a_set_answers(chars: str, text: str) -> None:
    """CharSet tests by code point what ``in frozenset`` tests by character (astral characters too)."""
    cs, plain = CharSet(chars), frozenset(chars)
    assert [cs.at(text, i) for i in range(len(text))] == [c in plain for c in text]
    assert cs.found_in(text) == any(c in plain for c in text)
