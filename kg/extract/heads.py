"""Firms at the head of project names: a legal name, a known firm, a firm of the document by a short form,
a listed brand, a brand and a trade word, or the owner of a seat (千视通全球总部); the steps in order of trust
are :data:`FIRM_AT_HEAD`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from kg.extract.headplaces import (
    brand_before_placed_work,
    county_or_above,
    leading_places,
    leading_region_full,
    leading_region_short,
    outer_place,
)
from kg.extract.mentions import FIRM, Mention
from kg.extract.tokens import cut, cut_window, word_frequency
from kg.extract.validity import valid_name
from kg.extract.vocab import (
    RE_FIRM_TRADE,
    RE_PROJECT_SUFFIX,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import (
    COUNTRIES,
    RE_FIRM_LEGAL,
    RE_PARK_SUFFIX,
)

# Countries a firm comes from, longest first (印度尼西亚 before 印度).
FIRM_COUNTRIES: Final = tuple(sorted(COUNTRIES, key=len, reverse=True))
# What opens no brand: a country, a joint name (中欧, 中美 …) or a word of the state.
COUNTRY_NAMES: Final = (*FIRM_COUNTRIES, "中欧", "中非", "中德", "中美", "中日", "中韩", "民族", "国家",
                        "国际")


def country_prefix(name: str, rest: int = 2) -> str:
    """The country a firm's name opens with when at least ``rest`` characters follow it (美国|特斯拉公司),
    else ""."""
    return next((c for c in FIRM_COUNTRIES if name.startswith(c) and len(name) - len(c) >= rest), "")


# What a seat covers, written between its firm and the seat word (唯品会华东运营总部, X中国区域总部).
RE_SEAT_SCOPE: Final = re.compile(r"(?:中国|全球|亚太|国际|华东|华南|华北|华中|西南|西北|东北|西部|中部|东部"
                           r"|南方|北方)?"
                           r"(?:区域|地区)?(?:运营|结算|研发|销售|营销|管理|采购|制造|生产|物流)?$")
# Project names ending in a seat word name their firm before it: 千视通全球总部, 五矿湖南总部.
HQ_ENDINGS: Final = ("全球总部", "区域总部", "总部基地项目", "总部基地", "总部项目", "总部")


RE_NOT_BRAND: Final = re.compile(r"[与和及或用的为在等、]|^[新老大小全]|^(?:" + "|".join(COUNTRY_NAMES) + ")"
                          r"|(?:地区|区域|片区|流域|沿线)$"  # 华北地区 + 农业…: a region, not a brand
                          r"|^(?:京津冀|长三角|珠三角|粤港澳|大湾区|成渝|环渤海|长江|黄河|西部|东部|中部|东北)")


# Words that open descriptions, not brands (高端膜材料, 新型材料).
GENERIC_BRAND_STARTS = ("高端", "新型", "先进", "绿色", "智能", "现代", "特色", "优质", "高性能", "高纯",
                        "新一代", "重点", "大型", "中小", "精密", "高效", "节能", "环保", "数字", "智慧",
                        "高新", "高科", "科创", "轻型", "重型", "中型", "小型", "微型", "超大", "综合",
                        "保税", "高档", "中高档", "高级", "高品质", "新兴", "传统", "特种", "专用", "通用")
# 一 before a generic start is the article, no brand (另有一|高端汽车制造项目); 一汽 is a known firm.
ARTICLE_CHAR: Final = "一"


# A brand is not a common word: jieba's dictionary counts 综合 8250, 平安 1438, but 中兴 684, 华为 373.
BRAND_MAX_FREQ: Final = 1000


# Trade words that make a firm even after a country (韩国美科电子; not 德国负碳材料).
STRONG_TRADE_WORDS: Final = frozenset({"电子", "科技", "电气", "药业", "制药", "汽车", "机械", "重工", "化工",
                                "半导体", "光电", "集团", "股份", "控股", "电器", "通信", "软件", "能源"})



# A capacity in a project name: 年产10万吨, 2GW, 160万千瓦.
RE_WORK_CAPACITY = re.compile(r"\d+(?:\.\d+)?\s?(?:万|千|亿)?(?:吨|GW|GWh|MW|兆瓦|千瓦|万千瓦|套|台|辆|片)"
                              r"|年产")


# Words that continue a known firm's name at the head of a project (中电 + 国际, 华能 + 集团).
# (not 汽车: 蔚来汽车… stays 蔚来, the short form the firm list and other documents use)
RE_KNOWN_EXTENSION: Final = re.compile(r"国际|集团|股份|控股|科技|能源|电力|电工|家居|粮油|酒店")
RE_DIGIT: Final = re.compile(r"[\d０-９]")  # (a brand holds none)
# Words of a group's form after a listed brand that stay with it (中电 + 国际… -> 中电国际), when an industry
# follows (国际影城, 国际社区 are the work's own words).
RE_GROUP_FORM: Final = re.compile(r"国际|集团|控股")
INTERNATIONAL: Final = "国际"


def _group_form(name: str, brand: str, lex: Lexicon) -> re.Match[str] | None:
    m = RE_GROUP_FORM.match(name, len(brand))
    if m is None or m.group() != INTERNATIONAL:
        return m
    nxt = lex.taxonomy.find_industries(name[m.end() : m.end() + 8])
    return m if nxt and nxt[0].start == 0 or lex.firms.is_known(name[: m.end()]) else None


# A run of project suffixes and phases after a name (…项目一期): the same undertaking.
RE_SUFFIX_RUN: Final = re.compile(f"(?:{RE_PROJECT_SUFFIX.pattern}|[（(]?[一二三四五六七八九十首]期[)）]?"
                           r"|[（(][\u4e00-\u9fff]{1,6}[)）])+")  # (…工业园(深汕)一期项目: a locator too)


# Organisation words after a known firm name make it no firm (中国医药教育协会).
ORG_WORDS: Final = ("协会", "学会", "联合会", "研究会", "基金会", "商会", "促进会", "委员会")


def doc_brands(firms: list[str], lex: Lexicon) -> dict[str, str]:
    """The document's firm names and their short forms -> the full name: 厦门恒宇新能源科技有限公司 is written
    厦门海辰 or 海辰 too (legal form, trade words and the leading place dropped)."""
    out: dict[str, str] = {}
    # each name once (a name met again would set nothing: every form it gives is taken by then), in the same
    # order: by length, then first occurrence
    for name in sorted(dict.fromkeys(firms), key=len):
        out.setdefault(name, name)
        m = RE_FIRM_LEGAL.search(name)
        core = name[: m.start()] if m else name
        country = country_prefix(core)
        lead = len(country)
        for form in (core, RE_FIRM_TRADE.sub("", core), core[len(country) :]):
            if len(form) >= 2:
                out.setdefault(form, name)
                for p in lex.gazetteer.find(form):
                    if p.start == 0 and len(form) - p.end >= 2:
                        out.setdefault(form[p.end :], name)
                        lead = lead or p.end
                    break
        # 美国康地谷物公司 is written 康地 too, 天津中兴新业港…公司 中兴: its first word after the country or
        # place, when brand-like
        brand = first_word(core[lead:]) if lead else ""
        if len(brand) >= 2 and brand_like(brand, lex) and (country or not lex.firms.is_known(brand)):
            out.setdefault(brand, name)  # (天津中兴…公司 makes no 中兴 of its own: 中兴 is another firm)
    return out


def first_word(s: str) -> str:
    """The first word of ``s``, a run of single characters jieba leaves unjoined counting as one
    (康|地|谷物 -> 康地)."""
    words = cut(s)
    if not words or len(words[0]) >= 2:
        return words[0] if words else ""
    run = ""
    for w in words:
        if len(w) >= 2:
            break
        run += w
    return run


OPEN_QUOTES: Final = ("“", '"')


def firm_inside(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A firm named at the start of a project name: a legal name (恒芯(成都)…公司生产线改造项目), a known
    firm (华为邵阳运营中心项目), a firm of the document by one of its short forms (海辰西南…中心项目 ->
    厦门海辰…有限公司), a listed firm's brand (万华一期), a brand + trade word (李氏控股…基地), or the owner
    of a seat (千视通全球总部). The first of :data:`FIRM_AT_HEAD` that finds one wins; a quoted name is read
    inside its quote (“苏宁西北商业管理总部…”项目)."""
    steps = FIRM_AT_HEAD
    if m.text[:1] in OPEN_QUOTES:
        m = replace(m, start=m.start + 1, text=m.text[1:])
        steps = QUOTED_FIRM_AT_HEAD
    for step in steps:
        found = step(m, lex, brands)
        if found is not None:
            return found
    return None


def _inner(m: Mention, n: int, rule: str = "firm.in_project_name", full: str = "", lead: int = 0) -> Mention:
    return Mention(m.start + lead, m.start + n, FIRM, m.text[lead:n], rule, name=full, inner=True)


def _legal_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """The longest legal name: 徐工集团工程机械股份有限公司, not 徐工集团."""
    name, legal = m.text, None
    for mt in RE_FIRM_LEGAL.finditer(name):
        if mt.start() >= 2 and len(name) - mt.end() >= 2 and valid_name(name[: mt.end()], FIRM, lex):
            legal = mt
    if legal is None:
        return None
    # (黄骅市|河北鑫海控股铁路有限公司油品仓储中转: the place before the firm's own name is the project's)
    return _inner(m, legal.end(), lead=outer_place(name[: legal.end()], lex))


def _known_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A known firm, also after places written in full (湘阴县比亚迪新能源汽车零部件产业园) or a province's or
    city's short form (内蒙古天合光能光伏组件生产项目)."""
    name = m.text
    lead = leading_places(name, lex)
    if lead == 0 and not any(sp.start == 0 for sp in lex.firms.find_known(name[:12])):
        lead = leading_region_short(name, lex)  # (not 宁德|时代: a known firm that opens with a place)
    for sp in lex.firms.find_known(name[: lead + 12]):
        if sp.start == lead and sp.end < len(name) - 1 and not name.startswith(ORG_WORDS, sp.end) and \
                not any(w in name for w in ORG_WORDS):
            ext = RE_KNOWN_EXTENSION.match(name, sp.end)  # 中电 + 国际… -> 中电国际
            if ext is not None and ext.group() == INTERNATIONAL and \
                    _group_form(name[lead:], name[lead : sp.end], lex) is None:
                ext = None  # 万达|国际影城: the work's own words
            end = ext.end() if ext and len(name) - ext.end() >= 2 else trade_through(name, sp.start, sp.end)
            end = end if len(name) - end >= 2 else sp.end
            if end > sp.end and name[lead : sp.end] in brands and name[lead:end] not in brands:
                end = sp.end  # 红星美凯龙|家居…项目 in a text naming 红星美凯龙集团: that firm
            full = brands.get(name[lead:end], "")  # 华能…项目 in a text naming 华能集团: that firm
            return _inner(m, end, lead=lead, full=full if full != name[lead:end] else "")
        if sp.start >= lead:
            break
    return None


def trade_through(text: str, start: int, end: int) -> int:
    """Where a known name ``text[start:end]`` ends with the trade word that begins inside it (江瀚新材|料 ->
    江瀚新材料), else ``end``."""
    for k in (2, 1):
        trade = RE_FIRM_TRADE.match(text, end - k) if end - k > start + 1 else None
        if trade is not None and trade.end() > end:
            return trade.end()
    return end


def _document_form_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A short form of a firm the document names in full (海辰西南… -> 厦门海辰…有限公司)."""
    for k in range(len(m.text) - 2, 0, -1):  # the longest form first, each a look-up (not a scan of all)
        form = m.text[:k]
        if form in brands:
            return _inner(m, k, full=brands[form] if brands[form] != form else "")
    return None


def _listed_brand_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A listed firm's brand before the work it names (万华一期; 烽火 + 科技咸宁创新谷 -> 烽火科技)."""
    name = m.text
    brand = lex.firms.brand_at(name)
    if brand is None or len(name) - len(brand) < 2 or word_frequency(brand) >= BRAND_MAX_FREQ or \
            brand.startswith(GENERIC_BRAND_STARTS) or _industry_word(brand, lex) or \
            county_or_above(brand, lex) or not _names_a_work(name[len(brand) :], lex) or \
            not _word_ends_at(name, len(brand)):
        return None
    trade = RE_FIRM_TRADE.match(name, len(brand)) or _group_form(name, brand, lex)
    if trade and name.startswith(GRADE_CHAR, trade.end()):
        return None  # 赛盛|电子级碳化硅: a grade of the product (电子级, 食品级), no trade word
    if trade and trade.end() == len(name) and _word_ends_at(name, len(brand)):
        return _inner(m, len(name))  # 金冠食品、桂和堂等项目: the item is the firm's name
    if trade and len(name) - trade.end() >= 2 and not RE_PARK_SUFFIX.match(name, len(brand)) and \
            _word_ends_at(name, trade.end()) and not _industry_across(name, len(brand), trade.end(), lex):
        return _inner(m, trade.end(), full=_document_firm_of(brand, trade.group(), brands))
    return _inner(m, len(brand))


# Trade words this common in the segmenter's dictionary are everyday nouns (文化, 材料, 生物, 信息, 环境):
# after a brand at a project's head they describe the work (乌孙|文化产业园, 艾草|生物经济项目), unless the
# document names the firm in full.
COMMON_NOUN_FREQ: Final = 7000


def _industry_across(name: str, start: int, cut: int, lex: Lexicon, sectors: bool = True) -> bool:
    """Whether an industry word that starts at ``start`` runs past ``cut`` (美的|新能源|汽车…: 新能源汽车 is
    one industry, its 新能源 no trade word of the brand); with ``sectors``, 产业 after it adds no industry
    (华丰|食品|产业园)."""
    return any(sp.start == 0 and sp.end > cut - start and
               not (sectors and sp.surface[cut - start :] in SECTOR_WORDS)
               for sp in lex.taxonomy.find_industries(name[start : cut + 8]))


# Words that make a trade word a sector (食品产业, 物流行业) without naming another industry.
SECTOR_WORDS: Final = frozenset({"产业", "行业", "业"})


# A trade word followed by 级 is a grade of the product (电子级碳化硅, 食品级, 医药级), not a firm's trade.
GRADE_CHAR: Final = "级"


def _trade_brand_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A brand-like word and a trade word (李氏控股…基地); after a country only a strong trade word."""
    name = m.text
    country = country_prefix(name, 0)
    place_end = leading_places(name, lex) or next(
        (k for k in (4, 3, 2) if county_or_above(name[:k], lex)), 0)
    for i in range(len(country) + 2, min(len(country) + 4, len(name) - 2) + 1):
        mt = RE_FIRM_TRADE.match(name, i)
        if mt is None or name.startswith(GRADE_CHAR, mt.end()) or \
                (country and mt.group() not in STRONG_TRADE_WORDS) or \
                place_end and not brand_like(name[place_end:i], lex):
            continue  # 平邑|新|材料…, 凯里|民族|文化…: a place and a common word are no brand
        if len(name) - mt.end() >= 2 and not RE_PROJECT_SUFFIX.match(name, i) and \
                not RE_PARK_SUFFIX.match(name, i) and \
                _word_ends_at(name, i) and _word_ends_at(name, mt.end()) and \
                brand_like(name[len(country) : i], lex) and not _industry_word(name[: mt.end()], lex):
            # (凤栖湿地|科技成果…: the trade word is the start of a longer word, no firm's)
            full = _document_firm_of(name[:i], mt.group(), brands)
            if full or mt.group() in STRONG_TRADE_WORDS or \
                    word_frequency(mt.group()) < COMMON_NOUN_FREQ and \
                    not _industry_across(name, i, mt.end(), lex, sectors=False):
                # 艾草生物|经济项目, 乌孙文化|产业园: a trade word that is also a noun (生物, 文化,
                # 材料) names a firm at the head only when the document names that firm in full
                return _inner(m, mt.end(), full=full)
    return None


# What follows a firm whose name a province or city opens, at the head of a project: its capacity.
RE_CAPACITY_NEXT: Final = re.compile(r"年产|\d")


def _placed_brand_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A province or city, a brand and the work's capacity (广西华友锂业|年产5万吨…, 曲靖隆基|年产30GW…): the
    firm's name opens with the place, as its subsidiaries' names do (广西华友锂业有限公司)."""
    lead = leading_region_short(m.text, lex) or leading_region_full(m.text, lex)
    if lead == 0:
        return None
    rest = replace(m, start=m.start + lead, text=m.text[lead:])
    for step in (_listed_brand_at_head, _trade_brand_at_head):
        found = step(rest, lex, brands)
        if found is not None and RE_CAPACITY_NEXT.match(m.text, found.end - m.start):
            return _inner(m, found.end - m.start, full=found.name)
    return None


def _brand_of_placed_work(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A brand before the place that names its plant or seat (奥托立夫|广州新工厂)."""
    n = brand_before_placed_work(m.text, lex)
    return _inner(m, n) if n and brand_like(m.text[:n], lex) else None


def _document_firm_of(brand: str, trade: str, brands: dict[str, str]) -> str:
    """The document's one full firm name with this brand and trade word (今麦郎 + 食品 ->
    今麦郎日清食品有限公司), else ""."""
    fulls = {full for form, full in brands.items() if form.startswith(brand) and trade in full}
    return fulls.pop() if len(fulls) == 1 else ""


def _seat_owner(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """The owner of a seat (千视通全球总部; a place before the ending is no part of the firm)."""
    name = m.text
    for ending in HQ_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            firm = name[: -len(ending)]
            for p in lex.gazetteer.find(firm):
                if p.end == len(firm) and p.start >= 2:
                    firm = firm[: p.start]
                    break
            firm = RE_SEAT_SCOPE.sub("", firm)  # 唯品会|华东运营|总部: the seat's scope is not the firm
            if len(firm) >= 2 and brand_like(firm, lex):
                return _inner(m, len(firm), "firm.hq_of")
    return None


def _whole_known_firm(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A project a list names by a known firm alone (金风科技、利尔化学等投资过百亿元项目): the firm is the
    whole name."""
    return _inner(m, len(m.text)) if lex.firms.is_known(m.text) else None


# How a firm is found at the head of a project name, in order of trust.
FIRM_AT_HEAD: Final[tuple[Callable[[Mention, Lexicon, dict[str, str]], Mention | None], ...]] = (
    _legal_at_head, _known_at_head, _document_form_at_head, _listed_brand_at_head, _trade_brand_at_head,
    _placed_brand_at_head, _brand_of_placed_work, _seat_owner, _whole_known_firm)
# Inside a quoted name only a firm known by its whole name or named so in the document (“苏宁…”项目; a listed
# brand's first characters, 新特|材料…, are no firm there).
QUOTED_FIRM_AT_HEAD: Final[tuple[Callable[[Mention, Lexicon, dict[str, str]], Mention | None], ...]] = (
    _legal_at_head, _known_at_head, _document_form_at_head)


def _word_ends_at(name: str, pos: int) -> bool:
    """Whether jieba ends a word at ``pos`` of ``name`` (新奥|莱 is no brand boundary when it cuts 新奥莱)."""
    return any(t.end == pos for t in cut_window(name))


def _names_a_work(rest: str, lex: Lexicon) -> bool:
    """What follows a brand at the head of a project names a work: a suffix, phase, capacity or industry word
    (万华一期, 大全年产10万吨…); 瑞丰宏泰 is a firm's name, not 瑞丰's project."""
    return bool(RE_PROJECT_SUFFIX.search(rest) or RE_SUFFIX_RUN.search(rest) or RE_WORK_CAPACITY.search(rest)
                or lex.taxonomy.find_industries(rest))


def brand_like(s: str, lex: Lexicon) -> bool:
    """A firm's brand part: 2-8 characters, no connector, not a place, an industry word or a common word
    (综合文化 is no firm; 烽火科技 is)."""
    if not 2 <= len(s) <= 8 or RE_NOT_BRAND.search(s) or lex.taxonomy.find_industries(s) or \
            RE_DIGIT.search(s):
        return False
    if word_frequency(s) >= BRAND_MAX_FREQ or s.startswith(GENERIC_BRAND_STARTS) or \
            s.startswith(ARTICLE_CHAR) and s[1:].startswith(GENERIC_BRAND_STARTS):
        return False
    words = cut(s)
    if len(words) > 1 and len(words[0]) >= 2 and word_frequency(words[0]) >= BRAND_MAX_FREQ:
        return False  # 综合|保税: a common word and another are a description, not a brand
    return not lex.gazetteer.surfaces.get(s)  # 襄阳新能源…: a place name (even an ambiguous one) is no brand


def _industry_word(s: str, lex: Lexicon) -> bool:
    return any(sp.start == 0 and sp.end == len(s) for sp in lex.taxonomy.find_industries(s))
