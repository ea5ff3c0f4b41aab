"""One document analysed: sentences, top-level mentions, what sits inside names, industry words, amounts and
which amount states which project's investment. The result (:class:`~kg.extract.mentions.Found`) is what
relation frames read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from kg.extract.amounts import find_amounts
from kg.extract.attach import amounts_of_projects
from kg.extract.firmagain import firms_again, firms_by_short_form
from kg.extract.frames.industry import INDUSTRY_FRAME_WORDS, frame_words
from kg.extract.funded import FUNDED_REACH, GARDEN_CHAR, RE_FUNDED_BUILD_BEFORE
from kg.extract.headline import without_headline_kinds
from kg.extract.heads import doc_brands, firm_inside
from kg.extract.innernames import ZONE_SUFFIXES, inner_mentions
from kg.extract.mentions import FIRM, INDUSTRY, NAMED_TYPES, PARK, PLACE, PROJECT, Found, Mention
from kg.extract.pairrefs import pair_references
from kg.extract.pairs import split_place_pairs
from kg.extract.parknames import PROJECT_WORD, one_sense, park_short_forms, zone_projects_phrase
from kg.extract.parkrefs import ftz_areas, park_references
from kg.extract.pretest import Ending
from kg.extract.roles import ROLE_CUES
from kg.extract.select import find_mentions
from kg.extract.spans import Context, find_suffixes
from kg.extract.tables import table_amounts
from kg.extract.text import SOFT_BREAK, Span, dots_as_stops, soften_line_breaks, split_sentences
from kg.extract.validity import valid_name
from kg.extract.vocab import INVESTOR_LABELS, RECORD_LABELS, TOTAL_CUE_WORDS
from kg.lexicon import Lexicon
from kg.lexicon.grammar import (
    han_count,
    park_suffix,
    park_type,
)
from kg.lexicon.matcher import Hit, Match, Matcher
from kg.lexicon.script import simplify
from kg.model import Document

# A 产业园 that is signed, invested in or built as one undertaking is a project; one that hosts others is a
# park.
RE_PARK_AS_PROJECT_BEFORE = re.compile(r"(?:签约|签署|投资建设|(?:总|计划)?投资[^，,。；;\n]{0,12}|开工|竣工"
                                       r"|动建)的?$")


# "英利集团拟在林甸县建立光伏产业园": a firm (by its legal form or group word) builds the 产业园 right after,
# or after the clause of its investment ("X公司拟投资23亿元，建设Y产业园").
RE_FIRM_BUILDS_BEFORE: Final = Ending(
    re.compile(r"(?:集团|公司|股份|控股)(?:[^，,。；;\n]{0,14}?"
               r"|[^，,。；;\n]{0,6}?(?:投资|出资)[^，,。；;\n]{1,10}[，,](?:计划|拟|将|主要|用于)?"
               # (X公司与Z政府签约，在Z建设Y产业园: the firm that signs builds it)
               r"|[^，,。；;\n]{0,16}?签约[，,](?:并|将|拟|计划)?(?:在[^，,。；;\n]{2,12}?)?)"
               r"(?:建设|新建|兴建|建立|打造|投建|建)$"),
    "建立设造")
FIRM_BUILDS_REACH: Final = 44  # characters before a 产业园 the firm that builds it may stand
# A firm's word (its legal form or group word) before money spent on a 产业园: the firm's, not a government's.
RE_FIRM_WORD: Final = re.compile(r"集团|公司|股份|控股")
FIRM_FUNDS_REACH: Final = 60
RE_PARK_AS_PROJECT_AFTER = re.compile(r"^(?:项目|一期|二期|[（(]|正式(?:签约|开工|落地)|签约|开工|竣工|落地"
                                      r"|投产|建成|等[^，,。；;、]{0,8}项目"  # (X产业园等示范项目)
                                      # (the heading of a project's record: X产业基地⏎建设单位：Y；总投资：…)
                                      r"|\s*\n\s*(?:项目)?(?:" + INVESTOR_LABELS + "|" + RECORD_LABELS + "|"
                                      + TOTAL_CUE_WORDS + r")\s*[：:])")
# A 园 with its own total right after it (…的X产业园，总投资预计约80亿元): an undertaking's (a wider zone's
# total after it is the projects' it hosts: 落户A合作区和B集中区，总投资5亿元).
# (not 总投资20亿元的二期工程: a later work's)
RE_GARDEN_TOTAL_AFTER: Final = re.compile(r"^[，,]?\s*(?:项目)?(?:计划|预计)?总投资(?:额)?(?:预计|计划)?"
                                          r"(?:约|达|超)?\s*[\d.]+\s*(?:亿|万)?元?(?![\d.元亿万]|的)")


# … unless firms settle in it: a zone, its total the projects' it hosts (X产业园总投资800亿元，已入驻企业
# 40余家).
RE_HOSTS_FIRMS: Final = re.compile(r"入驻|入园|集聚|聚集|进驻")
HOSTS_REACH: Final = 40


# What a name may be described as right before it: 集生产、物流于一体的X产业园.
RE_INTEGRATED_BEFORE: Final = re.compile(r"集[^，,。；;集]{1,30}?(?:为|于)一体的$")
INTEGRATED_REACH: Final = 36  # characters before a name the description is looked for in
# "X产业园,由A公司(与B公司)共同投资建设": a park built by named investors is their project.
RE_PARK_BUILT_BY: Final = re.compile(r"[，,]?\s*由[^。；;！？]{2,60}?(?:共同|联合|独资)?(?:计划|拟)?总?"
                              r"(?:投资|出资)(?:约|近|超)?(?:\d+(?:\.\d+)?(?:亿|万)元)?(?:建设|兴建|打造)")
# A zone's name that opens with a capacity (600MW光伏农业科技示范园, 年产10万吨…产业园) names a plant.
RE_PLANT_ZONE = re.compile(r"(?:年产|年加工)?\d+(?:\.\d+)?\s?(?:万|千|亿)?(?:吨|GW|GWh|MW|兆瓦|千瓦|万千瓦)")


RE_PARK_HOSTS = re.compile(r"^(?:内|里|中|引进|引入|吸引|迎来|新签约|入驻)"
                           r"|(?:落户|入驻|在|位于|进驻|入园|选址)(?:于|到|在)?$"
                           # 落户贵港高新区|X产业园: through the zone or place that holds it
                           r"|(?:落户|入驻|位于|进驻|入园|选址)(?:于|到|在)?[^，,。；;！？的\s]{1,14}?"
                           r"(?:区|县|市|镇|园)$"
                           # 在位于Z县的X区: a setting
                           r"|(?:在|位于)(?:(?!建设|投资|打造|建立|新建|投建)[^，,。；;]){1,14}的$")


# Industry words the sentence is about: X产业, X行业.
INDUSTRY_FRAME_TAILS: Final = ("产业", "行业")


def analyse(doc: Document, lex: Lexicon, suffixes: Matcher,
            span_filter: Callable[[Context, list[Mention]], list[Mention]] | None = None) -> Found:
    """Find every mention of ``doc`` and tie amounts to projects. ``span_filter`` may rewrite the top-level
    mentions (the learned span model judges them there)."""
    text = dots_as_stops(soften_line_breaks(doc.simplified or simplify(doc.text)))  # (built by hand: none)
    sentences = tuple(split_sentences(text))
    region = lex.gazetteer.resolve(doc.region) if doc.region else None
    # one scan of the text for the lexicon's words, the role finders' cue words, the type suffixes and the
    # industry frames' words
    hits = lex.scan(text, (ROLE_CUES.matcher, suffixes, INDUSTRY_FRAME_WORDS.matcher))
    ctx = Context(text, sentences, lex, region, find_suffixes(text, suffixes, hits.extra[1]), hits)
    top = find_mentions(ctx)
    if span_filter is not None:
        top = span_filter(ctx, top)
    top = firms_again(text, top)
    # the document's firm names and their short forms, read once (doc_brands looks every form up)
    brands = doc_brands([m.text for m in top if m.type is FIRM], lex)
    top = firms_by_short_form(text, top, lex, brands)
    top = _conjoined_works(text, [_clean(_retype_park(text, m, lex)) for m in top], lex)
    top = without_headline_kinds(text, top, lex)
    top = split_place_pairs(top, lex, region)
    top = one_sense(zone_projects_phrase(text, top, lex), lex, lambda m: _hosts_there(text, m))
    top = park_short_forms(text, ftz_areas(text, top, lex), lex)
    top = pair_references(text, park_references(text, top, lex))
    inner = inner_mentions(text, top, lex, region, brands)
    industries = _industry_words(text, sentences, top, lex, ctx.hits.industries, ctx.hits.extra[2])
    mentions = tuple(sorted([*top, *inner, *industries], key=lambda m: (m.start, -m.end, m.inner)))
    amounts = tuple(sorted([*find_amounts(text), *table_amounts(text)], key=lambda a: a.start))
    project_amounts, phase = amounts_of_projects(text, mentions, amounts)
    region_index = None
    if doc.region:
        for i, m in enumerate(mentions):
            if m.type is PLACE and not m.inner and (m.name == doc.region or m.text == doc.region):
                region_index = i
                break
    return Found(text, sentences, mentions, amounts, project_amounts, phase, region_index, doc.year, lex)


# What joins two products a funded work is named by (投资25亿元建设高端液压件及智能控制系统产业园).
WORK_CONJUNCTIONS: Final = "及和与"
CONJOINED_HEAD: Final = (2, 12)  # how many characters the first product may have
# What a building or a work ends with: before 和 it is a work of its own, no product of the 产业园's name.
BUILDING_WORDS: Final = ("厂房", "车间", "仓库", "大楼", "中心", "基地", "项目", "工程", "园")


def _conjoined_works(text: str, top: list[Mention], lex: Lexicon) -> list[Mention]:
    """A park-named work a firm's money builds goes back over a conjunction to the verb of building: the
    zone's walk stopped there (建设高端液压件及|智能控制系统产业园)."""
    out = []
    for k, m in enumerate(top):
        if m.type is PROJECT and park_suffix(m.text) is not None and \
                not (k and top[k - 1].end > m.start - 1 - CONJOINED_HEAD[1]):
            p = _conjoined_head(text, m.start, m.end, lex)
            if p is not None:
                m = Mention(p, m.end, PROJECT, text[p : m.end], m.rule, score=m.score)
        out.append(m)
    return out


# A remark in brackets inside the first product (晶体材料(单晶硅)制造加工及…): passed over, not counted.
REMARK_CLOSERS: Final = {")": "(", "）": "（"}
REMARK_REACH: Final = 10  # characters a remark's opening bracket may stand before its closing one


def _conjoined_head(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where the first product of a work named by two joined products starts, when a firm's money is spent
    on building it right before (投资10亿元建设|晶体材料(单晶硅)制造加工及新材料产业园); None when
    ``text[start:end]`` joins no such product."""
    conj = start - 1
    if conj <= 0 or text[conj] not in WORK_CONJUNCTIONS:
        return None
    p, chars = conj, 0
    while p > 0 and chars < CONJOINED_HEAD[1]:
        c = text[p - 1]
        if c in REMARK_CLOSERS:
            opener = text.rfind(REMARK_CLOSERS[c], max(0, p - 1 - REMARK_REACH), p - 1)
            if opener < 0:
                return None
            p = opener
            continue
        if not han_count(c):
            return None
        p -= 1
        chars += 1
        if chars < CONJOINED_HEAD[0]:
            continue
        if text.endswith(BUILDING_WORDS, p, conj):
            return None  # 建设标准厂房和|智能装备产业园: a building of its own, then the work
        if RE_FUNDED_BUILD_BEFORE.search(text, max(0, p - FUNDED_REACH), p) and \
                RE_FIRM_WORD.search(text, max(0, p - FIRM_FUNDS_REACH), p) and \
                valid_name(text[p:end], PROJECT, lex, own_total=True):
            return p
    return None


def _clean(m: Mention) -> Mention:
    """A name wrapped over a soft line break is written without it (湘铜导体产业园高端细线)."""
    if SOFT_BREAK in m.text:
        return replace(m, text=m.text.replace(SOFT_BREAK, ""))
    return m


def _hosts_there(text: str, m: Mention) -> bool:
    """Whether the text says the zone ``m`` hosts others where it names it (入驻X产业园, X产业园内; not
    位于Z的X产业园, which says where it is)."""
    return RE_PARK_HOSTS.match(text[m.end : m.end + 6]) is not None or \
        RE_SETTLES_IN.search(text, max(0, m.start - 6), m.start) is not None


# What settles something in the zone named right after it (项目入驻|X产业园).
RE_SETTLES_IN: Final = re.compile(r"(?:落户|入驻|进驻|入园)(?:于|到|在)?$")


def _retype_park(text: str, m: Mention, lex: Lexicon) -> Mention:
    """A 产业园 name is a project when the text signs, invests in or builds it, a park when it hosts
    others."""
    if m.type is PARK and m.rule != "park.list" and park_suffix(m.text) not in ZONE_SUFFIXES:
        described = RE_INTEGRATED_BEFORE.search(text, max(0, m.start - INTEGRATED_REACH), m.start)
        lead = described.start() if described else m.start  # 建设集A、B于一体的X产业园: what builds it
        before = text[max(0, lead - 20) : lead]
        after = text[m.end : m.end + 12]
        if (RE_PARK_AS_PROJECT_BEFORE.search(before) or RE_PARK_AS_PROJECT_AFTER.match(after)
                or m.text.endswith(GARDEN_CHAR) and RE_GARDEN_TOTAL_AFTER.match(after) and
                not RE_HOSTS_FIRMS.search(text, m.end, m.end + HOSTS_REACH)
                or RE_FIRM_BUILDS_BEFORE.search(text[max(0, lead - FIRM_BUILDS_REACH) : lead])
                # (a firm's money spent right before on building it: X控股…投资超50亿元，打造Y产业园; a
                # government's builds a park: 今年将投资15亿元，建设…产业园，已有12家企业入驻)
                or RE_FUNDED_BUILD_BEFORE.search(text, max(0, lead - FUNDED_REACH), lead)
                and RE_FIRM_WORD.search(text, max(0, lead - FIRM_FUNDS_REACH), lead)
                or RE_PLANT_ZONE.match(m.text)
                or described is not None and firm_inside(m, lex, {}) is not None  # …于一体的格力电器…产业园
                or RE_PARK_BUILT_BY.match(text, m.end, m.end + 80)
                or _conjoined_head(text, m.start, m.end, lex) is not None) and \
                not RE_PARK_HOSTS.match(after) and not RE_PARK_HOSTS.search(before):
            end = m.end + len(PROJECT_WORD) if after.startswith(PROJECT_WORD) else m.end
            # (X产业园项目: the name the text gives the project holds its 项目)
            return Mention(m.start, end, PROJECT, text[m.start : end], "project.park_named", score=m.score)
    if m.type is PROJECT and park_type(m.text) is not None and m.rule != "project.list":
        before = text[max(0, m.start - 6) : m.start]
        after = text[m.end : m.end + 6]
        if RE_PARK_HOSTS.match(after) or RE_PARK_HOSTS.search(before):
            canon = lex.park_canonical(m.text)
            return Mention(m.start, m.end, PARK, m.text, "park.hosting", name=canon[0] if canon else "")
    if m.type is PARK and not m.name:
        canon = lex.park_canonical(m.text)
        if canon:
            return Mention(m.start, m.end, PARK, m.text, m.rule, name=canon[0], score=m.score)
    return m


def _industry_words(text: str, sentences: tuple[Span, ...], top: list[Mention], lex: Lexicon,
                    hits: list[Match], frame_hits: list[Hit]) -> list[Mention]:
    """Industry words of the taxonomy: inside project names (typed by the name) and in the text followed by
    产业/行业 (新能源产业: what the sentence is about)."""
    out: list[Mention] = []
    inside = _within_any([(m.start, m.end) for m in top if m.type in NAMED_TYPES])
    tax = lex.taxonomy
    for sp in tax.find_industries(text, hits):
        if inside(sp.start, sp.end):
            out.append(Mention(sp.start, sp.end, INDUSTRY, sp.surface, "industry.in_name", link=sp.name,
                               inner=True))
        elif text.startswith(INDUSTRY_FRAME_TAILS, sp.end):
            out.append(Mention(sp.start, sp.end, INDUSTRY, sp.surface, "industry.sentence", link=sp.name))
    for m in frame_words(text, sentences, frame_hits):
        if not inside(m.start, m.end):
            out.append(m)
    return out


def _within_any(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``[a, b)`` lies within one of ``spans``: of the spans starting by ``a``, the one that ends
    last must end at or after ``b`` (a bisection, not a scan of all spans)."""
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    reach: list[int] = []
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)

    def inside(a: int, b: int) -> bool:
        k = bisect.bisect_right(starts, a)
        return k > 0 and reach[k - 1] >= b

    return inside


def sentence_spans(text: str) -> tuple[Span, ...]:
    return tuple(split_sentences(text))


__all__ = ["analyse"]
