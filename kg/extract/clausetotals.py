"""Totals stated apart from a project's name: in a clause of its own (X项目是…，项目总投资80亿元), in the
sentence that opens with the project (X项目，是…之一，总投资约28亿元), or in a later sentence that speaks of
"the project" (该项目总投资…, 此次签约项目计划投资…, 计划总投资… after a sentence about it)."""

from __future__ import annotations

import bisect
import re
from typing import Final

from kg.extract.amounts import AmountMention
from kg.extract.mentions import FIRM, Mention
from kg.extract.vocab import RE_AGGREGATE, TOTAL_CUE, TOTAL_CUE_WORDS

# A sentence that speaks of "the project" and states its total: 项目总投资…, 该项目…总投资…, 项目投资….
RE_ANAPHORA_TOTAL: Final = re.compile(r"^\s*[”\"]?(?:(?:据了解|据悉|据介绍|目前|同时|此外)[，,]?"
                               r"|[^，,。；;！？]{0,20}?(?:介绍|表示|说|透露)[，,：:])?(?:该|此|这一|本)?项目"
                               # (项目投资5亿元: right after the word; not 带动…项目投资)
                               # (not what it draws in: 带动…新增投资额; nor a firm's: 该公司…投资额)
                               r"(?:(?:(?!带动|拉动|撬动|吸引|新增|公司|企业)[^。；;！？]){0,60}?(?:"
                               + TOTAL_CUE_WORDS
                               + r"|计划总投资|计划投资|协议投资)"
                               r"|(?:计划|拟|预计)?投资)"
                               r"(?:额)?\s?[：:]?(?:为|约|达|达到|超|超过|逾|近|约为)?\s?$")


ANAPHORA_WINDOW: Final = 400  # characters back to the project named

# A sentence that speaks of "the project signed (started …) this time" and states its total
# (此次签约项目计划投资10亿元): the one project the text has named before, if it has named only one.
RE_EVENT_PROJECT_TOTAL: Final = re.compile(
    r"^\s*(?:此次|本次|这次|今天|今日)(?:集中)?(?:签约|开工|落户|引进|落地|投产|奠基|竣工)(?:的)?项目"
    r"(?:计划|拟|预计|协议)?(?:" + TOTAL_CUE_WORDS + r"|投资)"
    r"(?:额)?\s?[：:]?(?:为|约|达|达到|超|超过|逾|近|约为)?\s?$")


# A clause that states "the project's" total: ,项目总投资80亿元, ,项目计划投资10亿元.
RE_CLAUSE_PROJECT_TOTAL: Final = re.compile(r"\s*(?:该|此|本)?项目(?:计划|估算|预计)?(?:" + TOTAL_CUE_WORDS
                                            + r"|投资)(?:额)?\s?[：:]?(?:为|约|达|超|超过|约为)?\s?$")


ANAPHORA_SENTENCE: Final = 600  # characters back to the start of the sentence that refers to it


# An amount followed by 的 describes what follows (X项目是…第一个投资逾30亿元的制造业项目): not X's total.
RE_ATTRIBUTIVE_AFTER: Final = re.compile(r"\s*(?:以上|左右|之多)?的")


# A sentence opening with a firm and its total: "X公司计划总投资约18亿元".
RE_SUBJECT_TOTAL = re.compile(r"\s*(?:计划|拟|预计)?" + TOTAL_CUE + r"(?:额)?\s?[：:]?"
                              r"(?:为|约|达|超|超过|约为)?\s?$")


def _subject_firm(text: str, mentions: tuple[Mention, ...], starts: list[int], s: int,
                  pos: int) -> str | None:
    """The firm that opens the sentence at ``s`` when its total follows it directly (X公司计划总投资约…);
    ``starts`` are the mentions' starts (they are in text order)."""
    k = bisect.bisect_left(starts, s)
    for m in mentions[k:]:
        if m.start >= pos or text[s : m.start].strip():
            return None
        if m.type is FIRM and not m.inner:
            return m.text if RE_SUBJECT_TOTAL.match(text, m.end, pos) else None
    return None


def _project_of_clause(text: str, mentions: tuple[Mention, ...], projects: list[int], starts: list[int],
                       hi: int, a: AmountMention, taken: dict[int, int],
                       mention_starts: list[int]) -> int | None:
    """A total in a clause of its own: the sentence's topic project, else the project "the project" of a
    later sentence refers to (``starts``: the projects' starts; ``hi``: how many start before the amount's
    end and a little after)."""
    topic = _topic_project(text, mentions, projects, starts, a, taken)
    if topic is not None:
        return topic
    lo = bisect.bisect_left(starts, a.start - ANAPHORA_WINDOW - 400)
    return _anaphoric_project(text, mentions, projects[lo:hi], a, taken, mention_starts)


def _topic_project(text: str, mentions: tuple[Mention, ...], projects: list[int], starts: list[int],
                   a: AmountMention, taken: dict[int, int]) -> int | None:
    """"X项目，是…之一，总投资约28亿元": a clause of nothing but a total, in a sentence that opens with a
    project and names no other, states that project's total (the clauses between describe it)."""
    lo = max(0, a.start - ANAPHORA_SENTENCE)
    clause = max(text.rfind("，", lo, a.start), text.rfind(",", lo, a.start))
    if clause < 0 or not RE_SUBJECT_TOTAL.fullmatch(text, clause + 1, a.start):
        return None
    # (a colon opens the sentence only when a project follows it: 投资方：X，总投资… is a field's)
    for breaks in (TOPIC_BREAKS, SENTENCE_BREAKS):
        s = max(lo, max(text.rfind(c, lo, a.start) for c in breaks) + 1)
        inside = projects[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, a.start)]
        if inside:
            break
    if s > clause or RE_AGGREGATE.search(text, s, a.start) or len(inside) != 1 or inside[0] in taken:
        return None
    m = mentions[inside[0]]
    opening = text[s : m.start].strip()
    return inside[0] if len(opening) <= TOPIC_OPENING or RE_TOPIC_BY_EVENT.search(opening) else None


# What a topic's sentence starts after: a sentence's end, or a colon that opens what is listed or told
# (两个项目：P1，投资额约25亿元；P2，…; 再添新项目：P昨日签约，…).
TOPIC_BREAKS: Final = "。！？；;\n：:"
SENTENCE_BREAKS: Final = "。！？；;\n"
# How many characters may open a sentence before its topic project (a quote mark, 其中，).
TOPIC_OPENING: Final = 3
# … or the event that brings the project in, the object of the sentence (金昌经开区日前签约P，投资方为X，
# 投资额9.6亿元).
RE_TOPIC_BY_EVENT: Final = re.compile(r"^[^，,]{0,24}?(?:签约|签下|引进|开工|落地|落户|新开工|集中签约)了?$")


# A sentence that opens with "the project" (该项目选址…。计划总投资9.7亿元: the next one, with no subject
# of its own, goes on about it).
RE_ABOUT_PROJECT: Final = re.compile(r"\s*(?:该|此|本)?项目")


def _goes_on_about_project(text: str, end: int) -> bool:
    """Whether the sentence that ends at ``end`` (its stop) opens with "the project"."""
    start = max(text.rfind(c, max(0, end - ANAPHORA_SENTENCE), end) for c in "。！？；;\n") + 1
    return end > 0 and RE_ABOUT_PROJECT.match(text, start, end) is not None


def _anaphoric_project(text: str, mentions: tuple[Mention, ...], projects: list[int], a: AmountMention,
                       taken: dict[int, int], mention_starts: list[int]) -> int | None:
    """"项目总投资84.3亿元" / "该项目…,总投资102亿元" in a later sentence: the amount is the total of the last
    project named before that sentence (within a few sentences), when it has none yet."""
    r = max(text.rfind(c, max(0, a.start - ANAPHORA_SENTENCE), a.start) for c in "。！？；;\n")
    if r < 0 and a.start > ANAPHORA_SENTENCE:
        return None
    s = r + 1
    head = text[s : a.start]
    clause = max(text.rfind("，", s, a.start), text.rfind(",", s, a.start)) + 1
    firm = _subject_firm(text, mentions, mention_starts, s, a.start)
    if clause > 0 and RE_CLAUSE_PROJECT_TOTAL.match(text, clause, a.start):
        s = clause  # X项目是…,项目总投资80亿元: "the project" of the clause is the one the sentence names
    elif firm is not None:  # P项目…签约。X公司计划总投资约18亿元: X's project named before
        named = [i for i in projects if firm in mentions[i].text and mentions[i].end <= s and
                 s - mentions[i].end <= ANAPHORA_WINDOW]
        return named[-1] if named and named[-1] not in taken else None
    elif not RE_ANAPHORA_TOTAL.match(head) and not RE_EVENT_PROJECT_TOTAL.match(head) and \
            not (RE_SUBJECT_TOTAL.fullmatch(head) and _goes_on_about_project(text, r)) or \
            RE_AGGREGATE.search(head):
        return None
    before = [i for i in projects if mentions[i].end <= s and s - mentions[i].end <= ANAPHORA_WINDOW]
    if not before or any(mentions[i].start >= s and mentions[i].start < a.start for i in projects):
        return None
    if RE_EVENT_PROJECT_TOTAL.match(head) and (len({mentions[i].text for i in before}) > 1 or
                                                RE_AGGREGATE.search(text, max(0, s - ANAPHORA_WINDOW), s)):
        return None  # (此次签约项目… after several named, or after 共签约项目8个: the signing's total)
    if RE_ATTRIBUTIVE_AFTER.match(text, a.end) and RE_SUBJECT_TOTAL.fullmatch(head):
        return None  # (计划总投资12亿元的二期项目: what describes another work)
    i = before[-1]
    name = mentions[i].text
    if any(j in taken and mentions[j].text == name for j in projects):
        return None
    return i
