"""Find firm, project and park mentions by suffix grammar, list context and known names.

The grammar: a name ends in a type suffix (有限公司, 项目, 经开区 …) and starts after the last hard boundary
(punctuation, 、) or after an earlier name followed by a break word (在, 落户, 的 …); leading verbs, amounts and
counts are trimmed (:func:`kg.extract.text.trim_name`). Coordinated lists "A、B、C等…企业/项目" type their items
by the list's head noun. Overlaps are settled by longest match.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.extract.patterns import (
    FIRM_LIST_HEADS,
    GENERIC_FIRM_ENDINGS,
    GENERIC_FIRM_STARTS,
    FIRM_NAME_WORDS,
    GENERIC_PARK_WORDS,
    NOT_PROJECT_ENDINGS,
    PROGRAM_WORDS,
    RE_DESIGNATION,
    GENERIC_PROJECT_WORDS,
    LIST_PROJECT_ENDINGS,
    RE_INDUSTRIAL_PURPOSE,
    RE_PARK_RANK,
    RE_PROGRAM_NAME,
    WEAK_PARK_SUFFIXES,
    NOT_NAME_INFIXES,
    PUBLIC_WORKS_WORDS,
    GENERIC_FIRM_WORDS,
    GENERIC_PARK_PREFIXES,
    LEADING_STOPWORDS,
    NOT_FIRM_SUFFIXES,
    NOT_PARK_WORDS,
    PARK_SUFFIX_CANON,
    PROJECT_LIST_HEADS,
    RE_FIRM_LEGAL,
    RE_FIRM_TRADE,
    RE_BRANCH,
    RE_GENERIC_PROJECT,
    RE_INTERNAL_BREAK,
    RE_INTERNAL_CONNECTOR,
    RE_PARK_SUFFIX,
    RE_PROJECT_EVENT,
    RE_PROJECT_SUFFIX,
)
from kg.extract.text import Span, segments, trim_name
from kg.model import EntityType

FIRM, PROJECT, PARK = EntityType.FIRM, EntityType.PROJECT, EntityType.PARK

MAX_NAME = 40
MIN_NAME = 3
# A list: items separated by 、 (the last may be joined by 和/及/与), closed by 等 and a head noun.
RE_LIST_TAIL = re.compile(r"等(?P<qual>[^，,。；;、]{0,12}?)(?P<head>企业|公司|集团|龙头|市场主体|银行|金融机构|网红|品牌|项目|工程|建设)")
# A project list whose qualifier says "industrial / investment project": its 产业园 items are projects too.
RE_INVESTMENT_QUALIFIER = re.compile(r"产业|招商|引资|签约|亿元")
RE_LAST_ITEM_JOIN = re.compile(r"(?:和|及|以及|与)")
# "力促X在主板上市" / "支持X上市" / "X通过证监会审核": X is a listed or listing firm.
RE_LISTING = re.compile(
    r"(?:力促|支持|推动|推进|助推)(?P<firm>[\u4e00-\u9fff]{2,12}?)"
    r"(?:(?:尽快|早日|加快|冲刺|实现|在|到|登陆)[^，,。；、]{0,8}?)?(?:上市|挂牌|IPO)")
# "当地打火机企业如东亿电气": a firm given as an example of 企业.
RE_FIRM_EXAMPLE = re.compile(r"(?:企业|公司|厂商|龙头)(?:如|像|包括|例如|比如|有)(?P<firm>[\u4e00-\u9fff]{2,8}?)"
                             r"(?=[，,、和与及等强加在将已正])")
RE_GENERIC_PARK_WORDS = re.compile("|".join(sorted(GENERIC_PARK_WORDS, key=len, reverse=True)))
# Items of a firm list given as industries, not firms: "电池材料、精密部件等上下游企业".
RE_INDUSTRY_QUALIFIER = re.compile(r"上下游|相关|配套|类|型")
# A list's qualifier that is a clause, not a description ("等保护产权和企业"): no list of firms.
RE_CLAUSE_QUALIFIER = re.compile(r"[和与及的]|保护|服务|支持|帮助")
# In a list of projects, an item ending in a trade word is a firm only when the list is about firms' seats.
RE_FIRM_QUALIFIER = re.compile(r"总部|企业|公司")
RE_CN_COUNT_INSIDE = re.compile(r"[一二三四五六七八九十两]+(?:大|项)(?:[\u4e00-\u9fff]{0,4})(?:项目|工程)|"
                                r"[一二三四五六七八九十两]+个")
RE_GENERIC_PROJECT_WORDS = re.compile("|".join(sorted(GENERIC_PROJECT_WORDS, key=len, reverse=True)))
RE_PUBLIC_WORKS = re.compile("|".join(sorted(PUBLIC_WORKS_WORDS, key=len, reverse=True)))
RE_HAN = re.compile(r"[\u4e00-\u9fff]")
RE_COUNT_INSIDE = re.compile(r"\d+(?:个|家|项|名|人次)")
RE_MONEY_OR_RANK = re.compile(r"\d+\s*(?:亿|万|强)|亿元|万元")
RE_CONNECTOR_BEFORE_SUFFIX = re.compile(r"[及和与、](?:项目|工程|基地|中心)$")
# Break words: after an earlier name, one of these means a new name starts after it.
BREAK_WORDS = ("的", "在", "于", "落户", "落地", "签约", "由", "与", "和", "及", "是", "为", "将", "位于", "入驻",
               "引进", "建设", "开工", "投产", "整合", "升格", "成功", "正式", "已", "向", "对", "把", "等", "针对",
               "作为", "通过", "用于", "回归", "主要", "积极", "全面", "率先")


def cut_internal(name: str, etype: EntityType) -> tuple[int, str]:
    """Cut a candidate after the last word that cannot be inside a name. Returns (chars removed, name)."""
    last = 0
    if RE_INTERNAL_BREAK.search(name):
        # multi-character break words cut anywhere; one-character ones only where they are words of their own
        # (华为 holds 为, but 为 is no word there): jieba on this short name only
        for m in RE_INTERNAL_BREAK.finditer(name):
            if len(m.group()) > 1 and m.end() < len(name) - 1:
                if etype is FIRM and m.group() in FIRM_NAME_WORDS:
                    continue
                last = max(last, m.end())
        pos = 0
        for tok in _cut(name):
            pos += len(tok)
            if pos < len(name) - 1 and RE_INTERNAL_BREAK.fullmatch(tok):
                if etype is FIRM and tok in FIRM_NAME_WORDS:
                    continue
                last = max(last, pos)
    if etype is not PROJECT:
        for m in RE_INTERNAL_CONNECTOR.finditer(name):
            if m.start() >= 1 and m.end() < len(name) - 2:
                last = max(last, m.end())
    return last, name[last:]


def _cut(s: str) -> list[str]:
    from kg.extract.tokenize import cut

    return cut(s)


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate mention: offsets, type, surface text, the rule that found it."""

    start: int
    end: int
    type: EntityType
    text: str
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def filter_spans(mentions: Iterable[Mention]) -> list[Mention]:
    """Longest match wins, no overlaps (ties: earlier start, then rule order given by the caller)."""
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), m.start))
    taken: list[Mention] = []
    used: list[tuple[int, int]] = []
    for m in ordered:
        if any(m.start < e and s < m.end for s, e in used):
            continue
        taken.append(m)
        used.append((m.start, m.end))
    return sorted(taken, key=lambda m: m.start)


def park_canonical(name: str) -> tuple[str, str] | None:
    """(canonical name, park type) for a park name, or None when it is generic.

    >>> park_canonical("邵阳经开区")
    ('邵阳经济技术开发区', '经济技术开发区')
    >>> park_canonical("邵阳市经济技术开发区")
    ('邵阳经济技术开发区', '经济技术开发区')
    >>> park_canonical("浏阳高新区")
    ('浏阳高新技术产业开发区', '高新技术产业开发区')
    >>> park_canonical("国家高新区") is None
    True
    """
    m = None
    for m in RE_PARK_SUFFIX.finditer(name):
        pass
    if m is None or m.end() != len(name):
        return None
    # the longest suffix that ends the name
    suffix = max((s for s in PARK_SUFFIX_CANON if name.endswith(s)), key=len)
    prefix = name[: -len(suffix)]
    if prefix in GENERIC_PARK_PREFIXES or len(prefix) < 2 or any(w in name for w in NOT_PARK_WORDS):
        return None
    if len(RE_HAN.findall(RE_GENERIC_PARK_WORDS.sub("", prefix))) < 2:
        return None
    if suffix in WEAK_PARK_SUFFIXES and not RE_INDUSTRIAL_PURPOSE.search(prefix):
        return None
    if suffix == "产业基地" and RE_DESIGNATION.match(prefix):
        return None
    canon_suffix = PARK_SUFFIX_CANON[suffix]
    core = RE_PARK_RANK.sub("", prefix) if len(RE_PARK_RANK.sub("", prefix)) >= 2 else prefix
    # 邵阳市经济技术开发区 = 邵阳经济技术开发区: drop the 市/县 of a place prefix (not the 市 of 智慧城市)
    if len(core) >= 3 and core[-1] in "市县" and _is_place_name(core):
        core = core[:-1]
    return core + canon_suffix, canon_suffix


@functools.lru_cache(maxsize=4096)
def _is_place_name(name: str) -> bool:
    from kg.lexicon.gazetteer import Gazetteer

    return bool(Gazetteer.load().by_name(name))


def _valid_name(name: str, etype: EntityType) -> bool:
    if not (MIN_NAME - (1 if etype is FIRM else 0) <= len(name) <= MAX_NAME):
        return False
    if not RE_HAN.match(name) and not name[:1].isalnum() and name[:1] not in "“\"":
        return False
    if len(RE_HAN.findall(name)) < 2:
        return False
    if "等" in name or RE_COUNT_INSIDE.search(name) or not _balanced(name):
        return False
    if etype is FIRM:
        if name.startswith(GENERIC_FIRM_STARTS) or any(w in name for w in NOT_NAME_INFIXES):
            return False
        if name in GENERIC_FIRM_WORDS or name.endswith(NOT_FIRM_SUFFIXES) or name.endswith(GENERIC_FIRM_ENDINGS):
            return False
        core = RE_FIRM_LEGAL.sub("", name)
        return len(core) >= 2 and core not in GENERIC_FIRM_WORDS
    if etype is PROJECT:
        if RE_GENERIC_PROJECT.match(name) or name.startswith(("项目", "工程")) or is_public_works(name):
            return False
        if RE_PROGRAM_NAME.match(name) or RE_CN_COUNT_INSIDE.search(name) or RE_MONEY_OR_RANK.search(name):
            return False
        if "和" in name[2:] or name.endswith(NOT_PROJECT_ENDINGS) or RE_CONNECTOR_BEFORE_SUFFIX.search(name):
            return False
        if name.endswith("基地") and _only_industry_words(name):
            return False
        if RE_DESIGNATION.match(name) and not name.endswith(("项目", "工程")):
            return False
        if name.endswith("工程") and any(w in name for w in PROGRAM_WORDS):
            return False
        m = RE_PROJECT_SUFFIX.search(name)
        head = name[: m.start()] if m else name
        rest = RE_GENERIC_PROJECT_WORDS.sub("", head)
        if len(RE_HAN.findall(rest)) < 2:
            return False
        # a place and nothing else (邵阳市项目) is no project name
        from kg.lexicon.gazetteer import resolve_place

        return resolve_place(head) is None and resolve_place(rest) is None
    if etype is PARK:
        return park_canonical(name) is not None
    return True


SUFFIX_RULES = ((RE_FIRM_LEGAL, FIRM, "firm.legal_suffix"), (RE_PROJECT_SUFFIX, PROJECT, "project.suffix"),
                (RE_PARK_SUFFIX, PARK, "park.suffix"))


def suffix_matches(text: str) -> list[tuple[int, int, EntityType, str]]:
    """(suffix start, end, type, rule) for every type suffix in ``text``, by start (suffixes hold no boundary
    character, so a scan of the whole text finds what per-segment scans would)."""
    out = [(m.start(), m.end(), etype, rule) for rx, etype, rule in SUFFIX_RULES for m in rx.finditer(text)]
    out.sort()
    return out


def _suffix_matches(text: str, seg: Span, all_matches: list[tuple[int, int, EntityType, str]] | None = None
                    ) -> list[tuple[int, int, EntityType, str]]:
    """(suffix start, end, type, rule) for every type suffix inside a segment, by end."""
    if all_matches is None:
        out = [(seg.start + m.start(), seg.start + m.end(), etype, rule) for rx, etype, rule in SUFFIX_RULES
               for m in rx.finditer(text[seg.start : seg.end])]
    else:
        lo = bisect.bisect_left(all_matches, (seg.start,))
        hi = bisect.bisect_left(all_matches, (seg.end,))
        out = [t for t in all_matches[lo:hi] if t[1] <= seg.end]
    out.sort(key=lambda t: (t[1], -t[0]))
    return out


def _starts_with_break(gap: str) -> bool:
    return gap == "" or gap.startswith(BREAK_WORDS) or gap.startswith(LEADING_STOPWORDS)


def _balanced(name: str) -> bool:
    """Quotes and brackets are balanced (“南三县”… yes; “雪亮工程 no; 阳湖)基地 no); at most one quoted part."""
    if name.count("“") != name.count("”") or name.count("“") > 1:
        return False
    return name.count("(") == name.count(")") and name.count("（") == name.count("）")


def _only_industry_words(name: str) -> bool:
    """油茶基地, 中药材基地: an industry word and a generic suffix, naming a kind of base, not one project."""
    from kg.lexicon.words import IndustryTaxonomy

    m = None
    for m in RE_PROJECT_SUFFIX.finditer(name):
        pass
    head = name[: m.start()] if m else name[:-1]
    for sp in IndustryTaxonomy.load().find_industries(head):
        head = head.replace(sp.surface, "")
    head = RE_GENERIC_PROJECT_WORDS.sub("", head)
    return len(RE_HAN.findall(head)) < 2


def is_public_works(name: str) -> bool:
    """Public works and social facilities (roads, water, schools, hospitals …) are not investment projects."""
    return RE_PUBLIC_WORKS.search(name) is not None


def find_suffix_mentions(text: str, seg: Span,
                         all_matches: list[tuple[int, int, EntityType, str]] | None = None) -> list[Mention]:
    """Candidates ending in a type suffix within one segment (``all_matches``: :func:`suffix_matches` of the
    whole text, to scan it once)."""
    matches = _suffix_matches(text, seg, all_matches)
    out: list[Mention] = []
    for i, (s_start, s_end, etype, rule) in enumerate(matches):
        # A suffix followed directly by more of a name is inside a longer name (产业园配套物流中心): it still
        # makes a candidate; the longest one wins later.
        start = seg.start
        for j in range(i):
            prev_end = matches[j][1]
            if prev_end <= s_start and prev_end > start:
                gap = text[prev_end:s_start]
                if gap and _starts_with_break(gap):
                    start = prev_end
        raw = text[start:s_end]
        if len(raw) > MAX_NAME + 12:
            start = s_end - (MAX_NAME + 12)
            raw = text[start:s_end]
        removed, name = trim_name(raw)
        cut, name = cut_internal(name, etype)
        if cut:
            more, name = trim_name(name)
            cut += more
        if not _valid_name(name, etype):
            continue
        out.append(Mention(start + removed + cut, s_end, etype, name, rule))
    return out


def _list_items(text: str, sent: Span) -> Iterable[tuple[list[Span], str, str]]:
    """Coordinated lists closed by 等+head in a sentence: (items, head word)."""
    body = text[sent.start : sent.end]
    for m in RE_LIST_TAIL.finditer(body):
        tail = sent.start + m.start()
        # walk back over the 、-separated items to the clause start
        k = tail
        while k > sent.start and text[k - 1] not in "，,。；;：:！？\n":
            k -= 1
        chunk = text[k:tail]
        if "、" not in chunk and not RE_LAST_ITEM_JOIN.search(chunk):
            items = [Span(k, tail, chunk)]
        else:
            items = []
            pos = k
            for part in chunk.split("、"):
                items.append(Span(pos, pos + len(part), part))
                pos += len(part) + 1
            # "A和B" as the last item
            last = items[-1]
            j = RE_LAST_ITEM_JOIN.search(last.text)
            if j and j.start() >= 2 and len(last.text) - j.end() >= 2:
                a = Span(last.start, last.start + j.start(), last.text[: j.start()])
                b = Span(last.start + j.end(), last.end, last.text[j.end() :])
                items[-1:] = [a, b]
        yield items, m.group("head"), m.group("qual")


def find_list_mentions(text: str, sent: Span) -> list[Mention]:
    """Items of "A、B、C等…企业" lists are firms; of "…等…项目" lists, projects (by suffix when they have one)."""
    out: list[Mention] = []
    for items, head, qual in _list_items(text, sent):
        if len(items) < 2 and head not in FIRM_LIST_HEADS:
            continue
        for it in items:
            removed, name = trim_name(it.text)
            cut, name = cut_internal(name, FIRM if head in FIRM_LIST_HEADS else PROJECT)
            start = it.start + removed + cut
            if not name or start >= it.end:
                continue
            if head in FIRM_LIST_HEADS:
                if RE_INDUSTRY_QUALIFIER.search(qual) or RE_CLAUSE_QUALIFIER.search(qual):
                    continue
                if park_canonical(name) is not None:
                    etype, rule = PARK, "park.list"
                else:
                    etype, rule = FIRM, "firm.list_of_firms"
                    if len(name) < 3:
                        continue
            else:
                has_project_suffix = RE_PROJECT_SUFFIX.search(name) is not None
                has_park_suffix = park_canonical(name) is not None
                investment_list = RE_INVESTMENT_QUALIFIER.search(qual) is not None
                if has_park_suffix and not has_project_suffix and not investment_list:
                    etype, rule = PARK, "park.list"
                elif has_park_suffix and not has_project_suffix:
                    etype, rule = PROJECT, "project.list"
                elif RE_FIRM_LEGAL.search(name) or (RE_FIRM_TRADE.search(name[-3:]) and not has_project_suffix
                                                    and RE_FIRM_QUALIFIER.search(qual)):
                    etype, rule = FIRM, "firm.list_of_projects"
                else:
                    # a project item ends in a project suffix: cut what follows the last one (…基地土地改良)
                    last = None
                    for last in RE_PROJECT_SUFFIX.finditer(name):
                        pass
                    if last is None:
                        if not name.endswith(LIST_PROJECT_ENDINGS):
                            continue
                        last = re.search(".$", name)
                    assert last is not None
                    end_cut = len(name) - last.end()
                    name = name[: last.end()]
                    it = Span(it.start, it.end - end_cut, name)
                    etype, rule = PROJECT, "project.list"
            if _valid_name(name, etype) and len(name) <= 25:
                out.append(Mention(start, it.end, etype, name, rule, {"list_head": head}))
    return out


def find_listing_firms(text: str, sent: Span) -> list[Mention]:
    """Firms named as listing candidates: 力促平安电工在主板市场上市."""
    out = []
    body = text[sent.start : sent.end]
    for m in RE_LISTING.finditer(body):
        name = m.group("firm")
        removed, name = trim_name(name)
        s = sent.start + m.start("firm") + removed
        if _valid_name(name, FIRM) and not name.startswith(("企业", "公司")):
            out.append(Mention(s, s + len(name), FIRM, name, "firm.listing"))
    return out


def find_example_firms(text: str, sent: Span) -> list[Mention]:
    """Firms given as examples: 当地打火机企业如东亿电气强化研发."""
    out = []
    for m in RE_FIRM_EXAMPLE.finditer(text, sent.start, sent.end):
        name = m.group("firm")
        if RE_FIRM_TRADE.search(name[-2:]) and _valid_name(name, FIRM):
            out.append(Mention(m.start("firm"), m.end("firm"), FIRM, name, "firm.example"))
    return out


def project_has_event(text: str, sent: Span) -> bool:
    """Whether a sentence ties something to investment or construction (签约, 开工, 建设 …)."""
    return RE_PROJECT_EVENT.search(text, sent.start, sent.end) is not None


def find_entity_mentions(text: str, sentences: list[Span]) -> list[Mention]:
    """All firm/project/park candidates of a text, overlaps settled (longest wins)."""
    cands: list[Mention] = []
    all_matches = suffix_matches(text)
    for sent in sentences:
        sent_cands: list[Mention] = []
        for seg in segments(text, sent.start, sent.end):
            sent_cands.extend(find_suffix_mentions(text, seg, all_matches))
        listed = find_list_mentions(text, sent)
        # a list item typed by its head overrides a suffix candidate with the same span
        listed_spans = {(m.start, m.end) for m in listed}
        sent_cands = [m for m in sent_cands if (m.start, m.end) not in listed_spans]
        sent_cands.extend(listed)
        sent_cands.extend(find_listing_firms(text, sent))
        sent_cands.extend(find_example_firms(text, sent))
        if not project_has_event(text, sent):
            sent_cands = [m for m in sent_cands if m.type is not PROJECT or m.rule == "project.list"]
        cands.extend(sent_cands)
    return filter_spans(cands)
