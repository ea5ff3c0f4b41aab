"""LOCATED_IN frames over several projects at once: "这些项目落户Z" after the projects are named, a host
with its count before their list (其中经开区6个：A、B；临空区3个：C、D), and the projects a host is said to
hold listed after it (落户Z的项目有：A、B)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.located import _most_specific
from kg.extract.mentions import PARK, PLACE, PROJECT, Found
from kg.extract.pretest import Ending, Starting
from kg.extract.vocab import SMALL_NUMERALS
from kg.model import RelType

# "这些创新项目落户邵阳市经济技术开发区": the projects named just before are all in that park.
RE_PLURAL_LOCATED: Final = Ending(re.compile(
    r"(?:这些|上述|以上|该批|此批|各|这?[两二三四五六七八九十\d]+个)[\u4e00-\u9fff]{0,4}项目"
    r"(?:均|都|全部|已|将|正式|成功){0,2}(?:落户|落地|位于|入驻|签约落户|集中在|依托)$"),
    "于在地户托驻")
PLURAL_LOOKBACK_SENTENCES: Final = 6
PLURAL_MAX_PROJECTS: Final = 10


@frame("located_in.plural")
def plural(f: Found) -> Iterator[Fact]:
    """"这些项目落户Z": every project named in the sentences just before is in Z."""
    for si, sent in f.sentences_with(PARK, PLACE):  # nothing to find without a park or place
        for j in f.in_sentence(sent, PARK, PLACE):
            n = f.mentions[j]
            said = RE_PLURAL_LOCATED.search(f.text, sent.start, n.start)
            if not said:
                continue
            lo = f.sentences[max(0, si - PLURAL_LOOKBACK_SENTENCES)].start
            projects = f.between(lo, n.start, PROJECT)
            count = RE_PLURAL_COUNT.search(said.group())
            distinct = len({f.mentions[i].text for i in projects})
            if count is not None and not distinct <= _numeral(count.group(1)) <= 2 * distinct + 1:
                break  # 74个项目入驻Z after three projects named: other projects, not these (这两个项目
                # after one named: the other is a name kg missed)
            if 0 < len(projects) <= PLURAL_MAX_PROJECTS:
                for i in projects:
                    yield Fact(RelType.LOCATED_IN, i, _most_specific(f, j), sent, "located_in.plural", 0.6)
                break


# The count in "这3个项目落户Z": about the number of projects named before.
RE_PLURAL_COUNT: Final = re.compile(r"([两二三四五六七八九十\d]+)个")
def _numeral(s: str) -> int:
    return int(s) if s.isdigit() else SMALL_NUMERALS.get(s, -1)


# "其中经开区6个：A、B；临空区3个：C、D": a place or park, its count of the projects, then their list.
# "落户Z的有3个，分别是…", "Z签约项目4个，包括…": the host, what happened there and the count, then the list.
RE_HOST_COUNT_LIST: Final = Starting(re.compile(
    r"(?:本部|内|境内)?(?:的有|(?:共|集中)?(?:签约|开工|落户|引进|入驻|落地|投产|竣工)?(?:了)?(?:项目)?)"
    r"(?:\d+|[一二三四五六七八九十两]+)个(?:项目)?"
    r"(?:[:：]|[，,](?:分别)?(?:为|是|包括|有)[:：]?)"),  # 迎江区1个，为…
    "一七三两九了二五入八六共内十四境开引投本的竣签落集项", digits=True)


# A place or park after these is where something was done (在深圳市签约…), not the host of what it names.
VENUE_MARKS: Final = frozenset("在赴于")


@frame("located_in.count_list")
def count_list(f: Found) -> Iterator[Fact]:
    """"其中经开区本部6个：A、B、C；…": the projects listed after a place or park and its count are there."""
    for j, n in enumerate(f.mentions):
        if n.type not in (PARK, PLACE) or n.inner:
            continue
        if f.text[max(0, n.start - 1) : n.start] in VENUE_MARKS:
            continue  # 浏阳市招商代表团在深圳市签约项目3个: where the signing was held, not the site
        mm = RE_HOST_COUNT_LIST.match(f.text, n.end)
        if not mm:
            continue
        end = min(k for k in (f.text.find(c, mm.end()) for c in "；;。\n") if k >= 0) \
            if any(c in f.text[mm.end() :] for c in "；;。\n") else len(f.text)
        nxt = next((k for k in f.between(mm.end(), end, PARK, PLACE)
                    if RE_HOST_COUNT_LIST.match(f.text, f.mentions[k].end)), None)
        end = f.mentions[nxt].start if nxt is not None else end  # …项目，宿松县1个，为…: the next host's
        for i in f.between(mm.end(), end, PROJECT):
            yield Fact(RelType.LOCATED_IN, i, j, f.sentence_of(f.mentions[i].start), "located_in.count_list",
                       0.7)


# "签约落户Z的项目有：A、B、C": the host, then the list of what settles there.
RE_HOSTED_BEFORE: Final = Ending(re.compile(r"(?:落户|落地|入驻|进驻|位于|选址)(?:在|于|到)?$"),
                                 "于到在地址户驻")
HOSTED_BEFORE_REACH: Final = 4  # characters before the host its verb is looked for in
RE_HOSTED_LIST: Final = re.compile(r"的[\u4e00-\u9fff]{0,8}?项目(?:主要)?(?:有|包括|为|是|分别是|分别为)"
                                   r"[:：]?|的[\u4e00-\u9fff]{0,8}?项目[:：]")
LIST_END_MARKS: Final = ("。", "\n")


@frame("located_in.hosted_list")
def hosted_list(f: Found) -> Iterator[Fact]:
    """"此次签约落户Z的项目有：A、B、C": the projects listed (to the end of the sentence) are in Z."""
    for j, n in enumerate(f.mentions):
        if n.type not in (PARK, PLACE) or n.inner or \
                not RE_HOSTED_BEFORE.search(f.text, max(0, n.start - HOSTED_BEFORE_REACH), n.start):
            continue
        mm = RE_HOSTED_LIST.match(f.text, n.end)
        if mm is None:
            continue
        end = min((k for k in (f.text.find(c, mm.end()) for c in LIST_END_MARKS) if k >= 0),
                  default=len(f.text))
        for i in f.between(mm.end(), end, PROJECT):
            yield Fact(RelType.LOCATED_IN, i, j, f.sentence_of(f.mentions[i].start), "located_in.hosted_list",
                       0.7)
