"""One document analysed: sentences, top-level mentions, what sits inside names, industry words, amounts and
which amount states which project's investment. The result (:class:`~kg.extract.mentions.Found`) is what
relation frames read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from kg.extract.amounts import AmountMention, find_amounts
from kg.extract.frames.industry import frame_words
from kg.extract.mentions import FIRM, INDUSTRY, NAMED_TYPES, PARK, PLACE, PROJECT, Found, Mention
from kg.extract.names import MAX_NAME, valid_name
from kg.extract.spans import Context, find_mentions, find_suffixes
from kg.extract.text import SOFT_BREAK, Span, soften_line_breaks, split_sentences
from kg.extract.tokens import cut, cut_window, word_bounded, word_frequency
from kg.extract.vocab import (
    RE_AGGREGATE,
    RE_FIRM_TRADE,
    RE_NOT_INVESTMENT,
    RE_PHASE_AMOUNT,
    RE_PROJECT_SUFFIX,
    RE_TOTAL_INVEST,
)
from kg.lexicon import Lexicon, Place
from kg.lexicon.grammar import (
    PARK_ABBREVIATIONS,
    RE_FIRM_LEGAL,
    RE_HAN,
    RE_PARK_SUFFIX,
    park_suffix,
    park_type,
)
from kg.lexicon.matcher import Matcher
from kg.model import Document

# Countries (general knowledge): a name starting with one says where a firm comes from, not its brand.
COUNTRY_NAMES = ("中国", "德国", "美国", "日本", "韩国", "法国", "英国", "意大利", "新加坡", "澳大利亚",
                 "加拿大", "俄罗斯", "印度", "荷兰", "瑞士", "瑞典", "西班牙", "以色列", "泰国", "越南",
                 "马来西亚", "中欧", "中非", "中德", "中美", "中日", "中韩", "民族", "国家", "国际")
# Project names ending in a seat word name their firm before it: 千视通全球总部, 五矿湖南总部.
HQ_ENDINGS = ("全球总部", "区域总部", "总部基地项目", "总部基地", "总部项目", "总部")
RE_NOT_BRAND = re.compile(r"[与和及或用的为在等、]|^[新老大小全]|^(?:" + "|".join(COUNTRY_NAMES) + ")")
# A 产业园 that is signed, invested in or built as one undertaking is a project; one that hosts others is a
# park.
RE_PARK_AS_PROJECT_BEFORE = re.compile(r"(?:签约|签署|投资建设|(?:总|计划)?投资[^，,。；;\n]{0,12}|开工|竣工"
                                       r"|动建)的?$")
RE_PARK_AS_PROJECT_AFTER = re.compile(r"^(?:项目|一期|二期|[（(]|正式(?:签约|开工|落地)|签约|开工|竣工|落地"
                                      r"|投产|建成)")
# "X产业园,由A公司(与B公司)共同投资建设": a park built by named investors is their project.
RE_PARK_BUILT_BY = re.compile(r"[，,]?\s*由[^。；;！？]{2,60}?(?:共同|联合|独资)?"
                              r"(?:投资|出资)(?:建设|兴建|打造)")
RE_PARK_HOSTS = re.compile(r"^(?:内|里|中|引进|引入|吸引|迎来|新签约|入驻)|(?:落户|入驻|在|位于|进驻|入园)$")
# Words that open descriptions, not brands (高端膜材料, 新型材料).
GENERIC_BRAND_STARTS = ("高端", "新型", "先进", "绿色", "智能", "现代", "特色", "优质", "高性能", "高纯",
                        "新一代", "重点", "大型", "中小", "精密", "高效", "节能", "环保", "数字", "智慧")
# A brand is not a common word: jieba's dictionary counts 综合 8250, 平安 1438, but 中兴 684, 华为 373.
BRAND_MAX_FREQ = 1000
# Trade words that make a firm even after a country (韩国美科电子; not 德国负碳材料).
STRONG_TRADE_WORDS = frozenset({"电子", "科技", "电气", "药业", "制药", "汽车", "机械", "重工", "化工",
                                "半导体", "光电", "集团", "股份", "控股", "电器", "通信", "软件", "能源"})
# A sentence that speaks of "the project" and states its total: 项目总投资…, 该项目…总投资….
RE_ANAPHORA_TOTAL = re.compile(r"^\s*(?:该|此|这一|本)?项目[^。；;！？]{0,30}?(?:总投资|计划总投资|计划投资"
                               r"|投资总额)"
                               r"(?:额)?(?:为|约|达|达到|超|超过|逾|近|约为)?\s?$")
ANAPHORA_WINDOW = 400  # characters back to the project named
ANAPHORA_SENTENCE = 600  # characters back to the start of the sentence that refers to it
# A capacity in a project name: 年产10万吨, 2GW, 160万千瓦.
RE_WORK_CAPACITY = re.compile(r"\d+(?:\.\d+)?\s?(?:万|千|亿)?(?:吨|GW|GWh|MW|兆瓦|千瓦|万千瓦|套|台|辆|片)"
                              r"|年产")
# Words that continue a known firm's name at the head of a project (中电 + 国际, 华能 + 集团).
RE_KNOWN_EXTENSION = re.compile(r"国际|集团|股份|控股|科技|能源|电力")
# Zone types that, at the head of a project's name, name the zone the project is in (青铜峡工业园区…项目).
ZONE_SUFFIXES = frozenset({"经济技术开发区", "经济开发区", "经开区", "高新技术产业开发区", "高新技术开发区",
                           "高新区", "综合保税区", "综保区", "保税区", "自贸区", "工业园区", "工业园",
                           "开发区", "工业集中区", "化工园区", "产业集聚区", "新区"})
# Between a total and the project it is of: a description ending in 的 (、年产10GW光伏组件的).
RE_AMOUNT_THEN_DESCRIPTION = re.compile(r"^[、,，][^。；;！？，,]{2,20}的$")
# Between a total and the project it pays for: "总投资10亿元,建设X项目".
RE_AMOUNT_THEN_BUILD = re.compile(r"^[，,]?(?:主要|计划|拟|将|全部|分期)?(?:建设|新建|打造|实施|投资建设"
                                  r"|用于建设|兴建|布局)$")
# A project named as a phase (…三期项目): its own total is no phase's share.
RE_PHASE_NAME = re.compile(r"[一二三四五六七八九十首]期(?:项目|工程)?$")
# A run of project suffixes and phases after a name (…项目一期): the same undertaking.
RE_SUFFIX_RUN = re.compile(f"(?:{RE_PROJECT_SUFFIX.pattern}|[（(]?[一二三四五六七八九十首]期[)）]?)+")
# Organisation words after a known firm name make it no firm (中国医药教育协会).
ORG_WORDS = ("协会", "学会", "联合会", "研究会", "基金会", "商会", "促进会", "委员会")
# Industry words the sentence is about: X产业, X行业.
INDUSTRY_FRAME_TAILS = ("产业", "行业")
# How far an amount may stand after a project name to be its total investment (X项目,总投资N亿元).
AMOUNT_AFTER_WINDOW = 24


def analyse(doc: Document, lex: Lexicon, suffixes: Matcher,
            span_filter: Callable[[Context, list[Mention]], list[Mention]] | None = None) -> Found:
    """Find every mention of ``doc`` and tie amounts to projects. ``span_filter`` may rewrite the top-level
    mentions (the learned span model judges them there)."""
    text = soften_line_breaks(doc.extraction_text)
    sentences = tuple(split_sentences(text))
    region = lex.gazetteer.resolve(doc.region) if doc.region else None
    ctx = Context(text, sentences, lex, region, find_suffixes(text, suffixes))
    top = find_mentions(ctx)
    if span_filter is not None:
        top = span_filter(ctx, top)
    top = [_clean(_retype_park(text, m, lex)) for m in top]
    top = _one_sense(top, lex)
    top = _park_short_forms(text, top, lex)
    inner = _inner_mentions(text, top, lex, region)
    industries = _industry_words(text, sentences, top, lex)
    mentions = tuple(sorted([*top, *inner, *industries], key=lambda m: (m.start, -m.end, m.inner)))
    amounts = tuple(find_amounts(text))
    project_amounts, phase = _project_amounts(text, mentions, amounts)
    region_index = None
    if doc.region:
        for i, m in enumerate(mentions):
            if m.type is PLACE and not m.inner and (m.name == doc.region or m.text == doc.region):
                region_index = i
                break
    return Found(text, sentences, mentions, amounts, project_amounts, phase, region_index, doc.year, lex)


def _clean(m: Mention) -> Mention:
    """A name wrapped over a soft line break is written without it (楚江导体产业园高端细线)."""
    if SOFT_BREAK in m.text:
        return replace(m, text=m.text.replace(SOFT_BREAK, ""))
    return m


def _one_sense(top: list[Mention], lex: Lexicon) -> list[Mention]:
    """A 产业园 the document also calls a project (X产业园项目, X产业园一期) is that project everywhere in it;
    a park written after a full place chain (南宁市伶俐工业园区) is named without it (伶俐工业园区)."""
    projects = [m.text for m in top if m.type is PROJECT]
    out = []
    for m in top:
        if m.type is PARK and any(p != m.text and p.startswith(m.text) and
                                  RE_SUFFIX_RUN.fullmatch(p[len(m.text) :]) for p in projects):
            m = Mention(m.start, m.end, PROJECT, m.text, "project.park_named", score=m.score)
        elif m.type is PARK:
            m = _park_without_place(m, lex)
        out.append(m)
    return out


def _park_short_forms(text: str, top: list[Mention], lex: Lexicon) -> list[Mention]:
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
        if len(RE_HAN.findall(head)) >= 2 and lex.gazetteer.resolve(head) is None and \
                not lex.taxonomy.find_industries(head) and word_frequency(head) < BRAND_MAX_FREQ:
            forms.setdefault(head, m)
    for ptype, ms in by_type.items():
        if len({m.name for m in ms}) == 1:
            for short in PARK_ABBREVIATIONS.get(ptype, ()) + (ptype,):
                forms.setdefault(short, ms[0])
    if not forms:
        return top
    out = list(top)
    for word, park in forms.items():
        for mt in re.finditer(re.escape(word), text):
            s, e = mt.span()
            if any(a < e and s < b for a, b in taken) or not word_bounded(text, s, e):
                continue
            if e < len(text) and park_suffix(text[s : e + 6]) not in (None, park_suffix(word)):
                continue
            out.append(Mention(s, e, PARK, word, "park.short_form", name=park.name, score=0.7))
    return sorted(out, key=lambda m: m.start)


def _park_without_place(m: Mention, lex: Lexicon) -> Mention:
    """佛山市南海区西樵山大健康高新技术产业园 -> 西樵山大健康高新技术产业园: a chain of places written in full
    (with 市/区/县) before a specific park name locates it; the park's own name is what follows."""
    pos = 0
    for p in lex.gazetteer.find(m.text):
        if p.start != pos or p.is_short_form or not p.code:
            break
        pos = p.end
    rest = m.text[pos:]
    if pos and valid_name(rest, PARK, lex):
        canon = lex.park_canonical(rest)
        if canon:
            return replace(m, name=canon[0])
    return m


def _retype_park(text: str, m: Mention, lex: Lexicon) -> Mention:
    """A 产业园 name is a project when the text signs, invests in or builds it, a park when it hosts
    others."""
    if m.type is PARK and m.rule != "park.list" and park_suffix(m.text) not in ZONE_SUFFIXES:
        before = text[max(0, m.start - 20) : m.start]
        after = text[m.end : m.end + 8]
        if (RE_PARK_AS_PROJECT_BEFORE.search(before) or RE_PARK_AS_PROJECT_AFTER.match(after)
                or RE_PARK_BUILT_BY.match(text, m.end, m.end + 80)) and \
                not RE_PARK_HOSTS.match(after) and not RE_PARK_HOSTS.search(before):
            return Mention(m.start, m.end, PROJECT, m.text, "project.park_named", score=m.score)
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


def _inner_mentions(text: str, top: list[Mention], lex: Lexicon, region: Place | None) -> list[Mention]:
    """Firms, parks and places written inside project and park names (a place inside a firm inside a project
    name says where the firm is from, not the project: 浙江晶科储能有限公司年产…项目)."""
    out: list[Mention] = []
    brands = _doc_brands([m.text for m in top if m.type is FIRM], lex)
    for m in top:
        firm_end = 0
        if m.type is PROJECT:
            firm = _firm_inside(m, lex, brands)
            if firm is not None:
                out.append(firm)
                firm_end = firm.end - m.start
            park = _park_prefix(m, lex)
            if park is not None:
                out.append(park)
        if m.type in (PROJECT, PARK):
            chain_end = firm_end  # 华能岳阳电厂四期: a place may open the name after its firm
            for p in lex.gazetteer.find(m.text, region):
                if p.start < firm_end:
                    continue
                # a place opens the name, or follows a place that does (大庆市大同经济开发区)
                if p.code and p.level != "village" and (p.start == chain_end or not p.is_short_form):
                    out.append(Mention(m.start + p.start, m.start + p.end, PLACE, p.surface, "place.in_name",
                                       name=p.name, code=p.code, level=p.level, inner=True))
                    if p.start == chain_end:
                        chain_end = p.end
    return out


def _doc_brands(firms: list[str], lex: Lexicon) -> dict[str, str]:
    """The document's firm names and their short forms -> the full name: 厦门海辰新能源科技有限公司 is written
    厦门海辰 or 海辰 too (legal form, trade words and the leading place dropped)."""
    out: dict[str, str] = {}
    for name in sorted(firms, key=len):
        out.setdefault(name, name)
        m = RE_FIRM_LEGAL.search(name)
        core = name[: m.start()] if m else name
        for form in (core, RE_FIRM_TRADE.sub("", core)):
            if len(form) >= 2:
                out.setdefault(form, name)
                for p in lex.gazetteer.find(form):
                    if p.start == 0 and len(form) - p.end >= 2:
                        out.setdefault(form[p.end :], name)
                    break
    return out


def _firm_inside(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A firm named at the start of a project name: a legal name (宇芯(成都)…公司生产线改造项目), a known
    firm (华为邵阳运营中心项目), a firm of the document by one of its short forms (海辰西南…中心项目 ->
    厦门海辰…有限公司), a listed firm's brand (万华一期), a brand + trade word (李氏控股…基地), or the owner
    of a seat (千视通全球总部). The first of :data:`FIRM_AT_HEAD` that finds one wins."""
    for step in FIRM_AT_HEAD:
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
    return _inner(m, legal.end()) if legal is not None else None


def _known_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A known firm, also after places written in full (湘阴县比亚迪新能源汽车零部件产业园)."""
    name = m.text
    lead = _leading_places(name, lex)
    for sp in lex.firms.find_known(name[: lead + 12]):
        if sp.start == lead and sp.end < len(name) - 1 and not name.startswith(ORG_WORDS, sp.end) and \
                not any(w in name for w in ORG_WORDS):
            ext = RE_KNOWN_EXTENSION.match(name, sp.end)  # 中电 + 国际… -> 中电国际
            return _inner(m, ext.end() if ext and len(name) - ext.end() >= 2 else sp.end, lead=lead)
        if sp.start >= lead:
            break
    return None


def _document_form_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A short form of a firm the document names in full (海辰西南… -> 厦门海辰…有限公司)."""
    for form in sorted(brands, key=len, reverse=True):
        if m.text.startswith(form) and len(m.text) - len(form) >= 2:
            return _inner(m, len(form), full=brands[form] if brands[form] != form else "")
    return None


def _listed_brand_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A listed firm's brand before the work it names (万华一期; 烽火 + 科技咸宁创新谷 -> 烽火科技)."""
    name = m.text
    brand = lex.firms.brand_at(name)
    if brand is None or len(name) - len(brand) < 2 or word_frequency(brand) >= BRAND_MAX_FREQ or \
            _industry_word(brand, lex) or _county_or_above(brand, lex) or \
            not _names_a_work(name[len(brand) :], lex) or not _word_ends_at(name, len(brand)):
        return None
    trade = RE_FIRM_TRADE.match(name, len(brand))
    if trade and len(name) - trade.end() >= 2:
        return _inner(m, trade.end(), full=_document_firm_of(brand, trade.group(), brands))
    return _inner(m, len(brand))


def _trade_brand_at_head(m: Mention, lex: Lexicon, brands: dict[str, str]) -> Mention | None:
    """A brand-like word and a trade word (李氏控股…基地); after a country only a strong trade word."""
    name = m.text
    country = next((c for c in COUNTRY_NAMES[:15] if name.startswith(c)), "")
    place_end = _leading_places(name, lex) or next(
        (k for k in (4, 3, 2) if _county_or_above(name[:k], lex)), 0)
    for i in range(len(country) + 2, min(len(country) + 4, len(name) - 2) + 1):
        mt = RE_FIRM_TRADE.match(name, i)
        if mt is None or (country and mt.group() not in STRONG_TRADE_WORDS) or \
                place_end and not _brand_like(name[place_end:i], lex):
            continue  # 平邑|新|材料…, 凯里|民族|文化…: a place and a common word are no brand
        if len(name) - mt.end() >= 2 and not RE_PROJECT_SUFFIX.match(name, i) and \
                _word_ends_at(name, i) and _brand_like(name[len(country) : i], lex) and \
                not _industry_word(name[: mt.end()], lex):
            return _inner(m, mt.end(), full=_document_firm_of(name[:i], mt.group(), brands))
    return None


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
            if _brand_like(firm, lex):
                return _inner(m, len(firm), "firm.hq_of")
    return None


# How a firm is found at the head of a project name, in order of trust.
FIRM_AT_HEAD: tuple[Callable[[Mention, Lexicon, dict[str, str]], Mention | None], ...] = (
    _legal_at_head, _known_at_head, _document_form_at_head, _listed_brand_at_head, _trade_brand_at_head,
    _seat_owner)


def _leading_places(name: str, lex: Lexicon) -> int:
    """How many characters of ``name`` are a chain of places written in full at its start (湘阴县…)."""
    pos = 0
    for p in lex.gazetteer.find(name):
        if p.start != pos or p.is_short_form:
            break
        pos = p.end
    return pos


def _word_ends_at(name: str, pos: int) -> bool:
    """Whether jieba ends a word at ``pos`` of ``name`` (新奥|莱 is no brand boundary when it cuts 新奥莱)."""
    return any(t.end == pos for t in cut_window(name))


def _names_a_work(rest: str, lex: Lexicon) -> bool:
    """What follows a brand at the head of a project names a work: a suffix, phase, capacity or industry word
    (万华一期, 大全年产10万吨…); 瑞丰宏泰 is a firm's name, not 瑞丰's project."""
    return bool(RE_PROJECT_SUFFIX.search(rest) or RE_SUFFIX_RUN.search(rest) or RE_WORK_CAPACITY.search(rest)
                or lex.taxonomy.find_industries(rest))


def _county_or_above(s: str, lex: Lexicon) -> bool:
    return any(p.level in ("province", "city", "county") for p in (*lex.gazetteer.by_name(s),
                                                                    *lex.gazetteer.by_short(s)))


def _brand_like(s: str, lex: Lexicon) -> bool:
    """A firm's brand part: 2-8 characters, no connector, not a place, an industry word or a common word
    (综合文化 is no firm; 烽火科技 is)."""
    if not 2 <= len(s) <= 8 or RE_NOT_BRAND.search(s) or lex.taxonomy.find_industries(s) or \
            re.search(r"[\d０-９]", s):
        return False
    if word_frequency(s) >= BRAND_MAX_FREQ or s.startswith(GENERIC_BRAND_STARTS):
        return False
    words = cut(s)
    if len(words) > 1 and len(words[0]) >= 2 and word_frequency(words[0]) >= BRAND_MAX_FREQ:
        return False  # 综合|保税: a common word and another are a description, not a brand
    return not lex.gazetteer.surfaces.get(s)  # 襄阳新能源…: a place name (even an ambiguous one) is no brand


def _industry_word(s: str, lex: Lexicon) -> bool:
    return any(sp.start == 0 and sp.end == len(s) for sp in lex.taxonomy.find_industries(s))


def _park_prefix(m: Mention, lex: Lexicon) -> Mention | None:
    """A park a project name starts with: 青铜峡工业园区海利化工新材料项目, 湘西经开区仓储物流分拣中心."""
    for pm in RE_PARK_SUFFIX.finditer(m.text):
        if pm.group() not in ZONE_SUFFIXES:
            # 楚江导体产业园高端细线: a 产业园 at the head of a project names a firm's site, not a zone
            continue
        if len(m.text) - pm.end() >= 2 and not RE_SUFFIX_RUN.fullmatch(m.text[pm.end() :]):
            park = m.text[: pm.end()]
            canon = lex.park_canonical(park)
            if canon and valid_name(park, PARK, lex):
                return Mention(m.start, m.start + len(park), PARK, park, "park.in_project_name",
                               name=canon[0],
                               inner=True)
    return None


def _industry_words(text: str, sentences: tuple[Span, ...], top: list[Mention],
                    lex: Lexicon) -> list[Mention]:
    """Industry words of the taxonomy: inside project names (typed by the name) and in the text followed by
    产业/行业 (新能源产业: what the sentence is about)."""
    out: list[Mention] = []
    named = [(m.start, m.end) for m in top if m.type in NAMED_TYPES]
    tax = lex.taxonomy
    for sp in tax.find_industries(text):
        inside = any(s <= sp.start and sp.end <= e for s, e in named)
        if inside:
            out.append(Mention(sp.start, sp.end, INDUSTRY, sp.surface, "industry.in_name", link=sp.name,
                               inner=True))
        elif text.startswith(INDUSTRY_FRAME_TAILS, sp.end):
            out.append(Mention(sp.start, sp.end, INDUSTRY, sp.surface, "industry.sentence", link=sp.name))
    for m in frame_words(text, sentences):
        if not any(s <= m.start and m.end <= e for s, e in named):
            out.append(m)
    return out


def _project_amounts(text: str, mentions: tuple[Mention, ...], amounts: tuple[AmountMention, ...]
                     ) -> tuple[dict[int, int], frozenset[int]]:
    """Which amount states a project's own total investment: 总投资16亿元的X项目, X项目总投资约5亿元, X项目，
    计划投资 10亿元 (the first such amount after the name, before the next project); phase-only amounts are
    marked."""
    out: dict[int, int] = {}
    phase: set[int] = set()
    projects = [i for i, m in enumerate(mentions) if m.type is PROJECT and not m.inner]
    starts = [mentions[i].start for i in projects]
    for ai, a in enumerate(amounts):
        before = text[max(0, a.start - 14) : a.start]
        if RE_PHASE_AMOUNT.search(before):
            phase.add(ai)
        if RE_NOT_INVESTMENT.search(before[-6:]):
            continue
        best = None
        # only projects near the amount: starting up to MAX_NAME + the window before it, or just after it
        lo = bisect.bisect_left(starts, a.start - AMOUNT_AFTER_WINDOW - MAX_NAME - 40)
        hi = bisect.bisect_right(starts, a.end + 26)
        near = projects[lo:hi]
        for i in near:
            m = mentions[i]
            gap = text[a.end : m.start]
            if 0 <= m.start - a.end <= 3 and gap in ("", "的", " 的"):
                if RE_TOTAL_INVEST.search(text[max(0, a.start - 10) : a.start]) or gap:
                    best = i  # 总投资16亿元的X项目
            elif 0 < m.start - a.end <= 24 and RE_TOTAL_INVEST.search(before) and (
                    RE_AMOUNT_THEN_DESCRIPTION.match(gap) or
                    (RE_AMOUNT_THEN_BUILD.match(gap) and not RE_PHASE_AMOUNT.search(before))):
                best = i  # 总投资100亿元、年产10GW光伏组件的天合光能项目; 总投资10亿元,建设X项目
            elif 0 <= a.start - m.end <= AMOUNT_AFTER_WINDOW:
                between = text[m.end : a.start]
                if RE_TOTAL_INVEST.search(between) and not re.search(r"[。；;！？]", between) and \
                        not any(mentions[j].start > m.end and mentions[j].start < a.start for j in near) and \
                        not RE_AGGREGATE.search(text[max(0, a.start - 30) : a.start]):
                    best = i if best is None else best
        if best is None:
            best = _anaphoric_project(text, mentions,
                                      projects[bisect.bisect_left(starts, a.start - ANAPHORA_WINDOW - 400):
                                                                 hi], a, out)
        if best is not None and best not in out:
            out[best] = ai
            if ai in phase and mentions[best].end >= a.start - 12 and \
                    RE_PHASE_NAME.search(mentions[best].text):
                phase.discard(ai)  # 中创新航三期项目计划总投资120亿元: the phase is the project itself
    return out, frozenset(phase)


def _anaphoric_project(text: str, mentions: tuple[Mention, ...], projects: list[int], a: AmountMention,
                       taken: dict[int, int]) -> int | None:
    """"项目总投资84.3亿元" / "该项目…,总投资102亿元" in a later sentence: the amount is the total of the last
    project named before that sentence (within a few sentences), when it has none yet."""
    r = max(text.rfind(c, max(0, a.start - ANAPHORA_SENTENCE), a.start) for c in "。！？；;\n")
    if r < 0 and a.start > ANAPHORA_SENTENCE:
        return None
    s = r + 1
    head = text[s : a.start]
    if not RE_ANAPHORA_TOTAL.match(head) or RE_AGGREGATE.search(head):
        return None
    before = [i for i in projects if mentions[i].end <= s and s - mentions[i].end <= ANAPHORA_WINDOW]
    if not before or any(mentions[i].start >= s and mentions[i].start < a.start for i in projects):
        return None
    i = before[-1]
    name = mentions[i].text
    if any(j in taken and mentions[j].text == name for j in projects):
        return None
    return i


def sentence_spans(text: str) -> tuple[Span, ...]:
    return tuple(split_sentences(text))


__all__ = ["analyse", "COUNTRY_NAMES"]
