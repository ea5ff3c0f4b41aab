"""A document's parks by how it names them: one sense per name (a 产业园 the text also calls a project is that
project), short forms (东疆综保区 … 落户东疆), the places written before a park's own name, and a zone's
projects spoken of (X园区项目建设…)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Final

from kg.extract.heads import BRAND_MAX_FREQ, RE_SUFFIX_RUN
from kg.extract.mentions import PARK, PLACE, PROJECT, Mention
from kg.extract.text import with_prefix
from kg.extract.tokens import word_bounded, word_frequency
from kg.extract.validity import valid_name
from kg.lexicon import Lexicon
from kg.lexicon.grammar import PARK_ABBREVIATIONS, han_count, park_suffix
from kg.model import EntityType

PROJECT_WORD: Final = "项目"
# What follows "X园区项目" when it speaks of the zone's projects, not of a project named X园区
# (阜阳合肥现代产业园区项目建设快速推进).
ZONE_PROJECTS_AFTER: Final = ("建设", "招商")


def zone_projects_phrase(text: str, top: list[Mention], lex: Lexicon) -> list[Mention]:
    """X园区项目建设…, where the text names X园区 alone elsewhere: the zone, whose projects are spoken of."""
    parks = {m.text for m in top if m.type is PARK}
    out = []
    for m in top:
        if m.type is PROJECT and m.text.endswith(PROJECT_WORD) and \
                text.startswith(ZONE_PROJECTS_AFTER, m.end) and m.text[: -len(PROJECT_WORD)] in parks:
            park = m.text[: -len(PROJECT_WORD)]
            canon = lex.park_canonical(park)
            m = Mention(m.start, m.end - len(PROJECT_WORD), PARK, park, "park.projects_phrase",
                        name=canon[0] if canon else "", score=m.score)
        out.append(m)
    return out


def one_sense(top: list[Mention], lex: Lexicon, hosting: Callable[[Mention], bool]) -> list[Mention]:
    """A 产业园 the document also calls a project (X产业园项目, X产业园一期, X产业园 signed) is that project
    everywhere in it, unless the text says it hosts others there (``hosting``: 入驻X产业园); a park written
    after a full place chain (柳州市双仁工业园区) is named without it (双仁工业园区)."""
    projects = sorted((t, t) for t in {m.text for m in top if m.type is PROJECT})
    out = []
    for m in top:
        if m.type is PARK and any(p != m.text and RE_SUFFIX_RUN.fullmatch(p[len(m.text) :]) or
                                  p == m.text and not hosting(m) for p in with_prefix(projects, m.text)):
            m = Mention(m.start, m.end, PROJECT, m.text, "project.park_named", score=m.score)
        elif m.type is PARK:
            m, chain = _park_without_place(m, lex)
            out.extend(chain)
        out.append(m)
    return out


def park_short_forms(text: str, top: list[Mention], lex: Lexicon) -> list[Mention]:
    """A park named in full is then often written shorter: its distinctive part alone (东疆综保区 …
    落地东疆), or its type alone when the document names one park of that type (无锡高新区 … 依托高新区)."""
    parks = [m for m in top if m.type is PARK and m.name]
    if not parks:
        return top
    taken = sorted((m.start, m.end) for m in top)
    forms: dict[str, Mention] = {}
    by_type: dict[str, list[Mention]] = {}
    for m in parks:
        canon = lex.park_canonical(m.text)
        if canon is None:
            continue
        by_type.setdefault(canon[1], []).append(m)
        head = m.text[: len(m.text) - len(park_suffix(m.text) or "")]
        if han_count(head) >= 2 and lex.gazetteer.resolve(head) is None and \
                not lex.taxonomy.find_industries(head) and word_frequency(head) < BRAND_MAX_FREQ:
            forms.setdefault(head, m)
    for ptype, ms in by_type.items():
        if len({m.name for m in ms}) == 1:
            for short in PARK_ABBREVIATIONS.get(ptype, ()) + (ptype,):
                forms.setdefault(short, ms[0])
    if not forms:
        return top
    out = list(top)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))  # the furthest end up to each start
    for word, park in forms.items():
        for s, e in _occurrences(word, text):
            k = bisect.bisect_left(starts, e)  # mentions starting before e; one overlaps if its end passes s
            if k and reach[k - 1] > s or not word_bounded(text, s, e):
                continue
            if e < len(text) and park_suffix(text[s : e + 6]) not in (None, park_suffix(word)):
                continue
            out.append(Mention(s, e, PARK, word, "park.short_form", name=park.name, score=0.7))
    return sorted(out, key=lambda m: m.start)


def _occurrences(word: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``word`` in ``text``, left to right, none overlapping (``re.finditer(re.escape(word))``'s,
    without compiling a pattern for each word)."""
    pos = text.find(word)
    while pos >= 0 and word:
        yield pos, pos + len(word)
        pos = text.find(word, pos + len(word))


def _park_without_place(m: Mention, lex: Lexicon) -> tuple[Mention, list[Mention]]:
    """江门市新会区崖门大健康高新技术产业园 -> 崖门大健康高新技术产业园: a chain of places written before
    a specific park name locates it; the park's own name is what follows. The places of the chain are
    mentions of their own (浙江省嘉兴市|平湖经济技术开发区: the zone is in 嘉兴市). The chain holds places
    written in full (大连市|长兴岛…: the 市 of 市长 too); it ends where what follows is a kind of park alone
    (湖北省|孝感市高新技术产业开发区: 孝感市 stays), and a place opening what follows makes it the park's own
    name (湖南省|长沙经济技术开发区)."""
    chain: list[Mention] = []
    pos = 0
    places = lex.gazetteer.find(m.text)
    for p in places:
        if p.start != pos or not p.code:
            break
        end = p.end
        if p.is_short_form:  # (天津|滨海高新区, 上海|张江…: a short form opens many parks' own names)
            if not (p.name and m.text.startswith(p.name, p.start)):
                break
            end = p.start + len(p.name)  # 大连|市长兴岛: the full name is written (市长 is a word)
        chain.append(Mention(m.start + p.start, m.start + end, PLACE, m.text[p.start : end],
                             "place.gazetteer", name=p.name, code=p.code, level=p.level))
        pos = end
    for n in range(len(chain), 0, -1):
        rest = m.text[chain[n - 1].end - m.start :]
        if valid_name(rest, PARK, lex) and (_place_led(rest, lex) or not _kind_only(rest, lex)):
            canon = lex.park_canonical(rest)
            if canon:
                return Mention(m.end - len(rest), m.end, PARK, rest, m.rule, name=canon[0], score=m.score), \
                    chain[:n]
    return m, []


PLACE_HEAD: Final = 6  # characters of a park's name a place opening it is looked for in


def _place_led(park: str, lex: Lexicon) -> bool:
    """Whether a place opens the park's name (银川经济技术开发区): a place's park, no kind of park."""
    return any(p.start == 0 and p.code for p in lex.gazetteer.find(park[:PLACE_HEAD]))


def _kind_only(park: str, lex: Lexicon) -> bool:
    """生物医药产业集聚区, 高新技术产业开发区: industry or common words and a zone type name a kind of park
    that many places have; the place before it stays part of the name."""
    core = park[: len(park) - len(park_suffix(park) or "")]
    for sp in lex.taxonomy.find_industries(core):
        core = core.replace(sp.surface, "")
    core = core.replace("产业", "")
    return not core or word_frequency(core) >= BRAND_MAX_FREQ


PARK_GOES_ON_REACH: Final = 10  # characters a longer park name may go on past a park suffix
# Park suffixes that are also words a longer park's name holds (空港新城, 空港智慧物流产业园, 陆港物流园).
MODIFIER_PARK_SUFFIXES: Final = ("空港", "陆港", "物流港")
NAME_BREAKS: Final = frozenset("，,。；;、：:（）()“”\"！？ \n")


def park_goes_on(text: str, suffixes: Sequence[tuple[int, int, EntityType]], start: int, end: int) -> bool:
    """Whether the park suffix ``text[start:end]`` is a word a longer park name holds: another park suffix (of
    the text's ``suffixes``: start, end, type) ends within reach after it, nothing that breaks a name
    between."""
    if not text.startswith(MODIFIER_PARK_SUFFIXES, start):
        return False
    for s2, e2, t2 in suffixes:
        if t2 is PARK and s2 >= end and e2 - end <= PARK_GOES_ON_REACH and \
                not NAME_BREAKS.intersection(text[end:s2]):
            return True
    return False
