"""Helpers of the INVESTS_IN frames: which project a 由-clause speaks of (the one named before it, projects
joined to it, the project an earlier sentence named when its words refer back), whether its firms invest
together, and the one investment amount a stretch of text states."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.attach import OPEN_BRACKETS
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.extract.nameparts import strip_generic
from kg.extract.text import Span
from kg.extract.vocab import (
    ENUMERATOR,
    INVESTOR_LABELS,
    RE_AGGREGATE,
    RE_NOT_INVESTMENT,
)

# Words that refer back to the last named project (a bare 项目 only where it opens a clause, not as the end of
# a name the finder missed: 现代中药产业化项目).
RE_PROJECT_ANAPHOR: Final = re.compile(r"(?:该|此|这一|这个|本|一期|二期|上述|以上)项目"
                                       # (这个总投资560亿元的项目: what it is said to be, between)
                                       r"|(?:这一|这个)[^，,。；;：:]{1,20}?的项目"
                                       r"|(?:^|[，,。；;：:\s])项目")
ANAPHORA_LOOKBACK: Final = 3  # sentences
# A sentence that is a field of a project's record (项目名称：P；投资主体：X；总投资：5亿元), or that opens
# with the investor's label (P总投资5亿元。投资方X负责人介绍…): the project is the one named before.
RE_INVESTOR_FIELD: Final = re.compile(r"\s*(?:" + INVESTOR_LABELS + r")\s*(?:[：:]|为|是|系)?\s*")


def _projects_before(f: Found, pos: int, lo: int) -> list[int]:
    return [i for i in f.between(lo, pos, PROJECT) if f.mentions[i].end <= pos]


# Between two projects joined in one phrase: the glue and what the second is (A和总投资70亿元的B).
RE_COORDINATION: Final = re.compile(r"(?:、|和|及|以及|与)(?:(?:总|计划|拟)?投资\d+(?:\.\d+)?(?:万|亿)元的)?")


def _coordinated_before(f: Found, sent: Span, i: int) -> list[int]:
    """Project ``i`` and the projects joined to it before it in the sentence (A和B, A、B和C), in order."""
    out = [i]
    for k in reversed(f.in_sentence(sent, PROJECT)):
        if f.mentions[k].end <= f.mentions[out[0]].start:
            if not RE_COORDINATION.fullmatch(f.text, f.mentions[k].end, f.mentions[out[0]].start):
                break
            out.insert(0, k)
    return out


# Words of several parties in a 由-clause: 由X、Y协会联合投资, 由X与县城投共同出资.
RE_JOINT: Final = re.compile(r"共同|联合|合资")
# An organisation named right before the clause's one firm and joined to it (X协会、Y公司).
PARTY_ENDINGS: Final = r"(?:公司|集团|协会|学会|研究院|研究所|大学|基金|政府|管委会|中心|平台)"
RE_OTHER_PARTY_BEFORE: Final = re.compile(PARTY_ENDINGS + r"[、和与及]$")
# A project that opens a list (A、B等5个项目; A和B两个项目): an amount before it is the list's.
RE_LIST_AFTER: Final = re.compile(r"(?:、|[^，,。；;]{0,30}?等[\d一二三四五六七八九十两]*个?项目)")
# Another party named next to the clause's one firm (X、Y协会…; X与县城投公司…): an organisation's name.
RE_OTHER_PARTY_AFTER: Final = re.compile(r"[、和与及][^，,。；;、]{2,30}?" + PARTY_ENDINGS)


def _joint(f: Found, mm: re.Match[str], j: int) -> bool:
    """Whether the 由-clause of its one firm ``j`` names other parties too (not firms: 由X、Y协会联合投资)."""
    m = f.mentions[j]
    return bool(RE_JOINT.search(f.text[mm.start("who") : m.start] + f.text[m.end : mm.end()]) or
                RE_OTHER_PARTY_AFTER.match(f.text, m.end, mm.end()) or
                RE_OTHER_PARTY_BEFORE.search(f.text, mm.start("who"), m.start))


# The rest of a 由-clause that modifies the project after it: 由X投资1.3亿元(，分两期建设)的P.
RE_BY_MODIFIES: Final = re.compile(r"[^。；;！？、由]{0,30}?的$")


def _modified_project(f: Found, sent: Span, pos: int) -> int | None:
    """The project a 由-clause ending at ``pos`` modifies (由X投资N亿元的P): the first project after it, when
    only the rest of the clause and 的 stand between."""
    nxt = next(iter(f.between(pos, sent.end, PROJECT)), None)
    if nxt is not None and RE_BY_MODIFIES.fullmatch(f.text, pos, f.mentions[nxt].start):
        return nxt
    return None


# The phrase ending in 项目 that opens a 由-sentence: generic words and 的 before it refer back (签约项目由,
# 此次签约的项目由, 上述项目由); content words make a name the finder missed (现代中药产业化项目…，由).
RE_OPENING_PROJECT_PHRASE: Final = re.compile(r"^(?P<head>[^，,。；;：:]*?)项目")
# … but an area's or a year's projects are many, no reference to one (该区今年新开工的项目由…负责建设).
RE_AREA_PROJECTS: Final = re.compile(r"[该全我本](?:区|县|市|镇|省|州|旗)|今年|去年|全年|年内")


def _refers_back(before: str) -> bool:
    """Whether the words before a 由-clause refer to the project named in an earlier sentence."""
    if RE_PROJECT_ANAPHOR.search(before) or RE_INVESTOR_FIELD.fullmatch(before):
        return True
    m = RE_OPENING_PROJECT_PHRASE.match(before.strip())
    return m is not None and not RE_AREA_PROJECTS.search(m.group("head")) and \
        (m.group("head").endswith("的") or strip_generic(m.group("head")) == "")


def _referred_project(f: Found, si: int, pos: int) -> int | None:
    """The project a 由-clause at ``pos`` speaks of: named before it in the sentence, else the last project of
    the previous sentences when the sentence refers back (该项目…)."""
    sent = f.sentences[si]
    here = _projects_before(f, pos, sent.start)
    if here:
        return here[-1]
    before = f.text[sent.start : pos]
    if before.strip() and not _refers_back(before):
        return None  # (a sentence that opens with 由 speaks of the project named before it)
    lo = f.sentences[max(0, si - ANAPHORA_LOOKBACK)].start
    earlier = _projects_before(f, sent.start, lo)
    return earlier[-1] if earlier else None


# Words right before an amount that make it an investment (投资5亿元; 协议引进资金40亿元).
RE_INVESTMENT_CUE: Final = re.compile(r"投资|出资|投入|斥资|总投资|引进资金|协议资金|引资|增资|再投|豪掷")


# What introduces a part of a whole just stated (计划总投资23亿元，…，其中一期P项目; 总投资23亿元，包括A项目和
# B项目): the amount before it is the whole's, not the part's (包括A、B在内的P describes P's contents).
RE_PART_OF_WHOLE: Final = re.compile(r"其中|(?:包括|包含|涵盖)(?![^，,。；;]*在内)")


CLOSE_BRACKETS: Final = "）)"


def _bracketed(seg: str) -> bool:
    """Whether a bracket opened in ``seg`` is still open at its end (the amount after it is a remark's)."""
    return sum(seg.count(c) for c in OPEN_BRACKETS) > sum(seg.count(c) for c in CLOSE_BRACKETS)


def _part_follows(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` goes on to a part of the whole before it (not inside a bracketed remark
    on the amount: 投资10亿元（其中固定资产投资8亿元）建设P)."""
    return any(not _bracketed(text[start : m.start()]) for m in RE_PART_OF_WHOLE.finditer(text, start, end))


def _amount_between(f: Found, start: int, end: int, after_verb: int | None = None) -> int | None:
    """The one investment amount stated in ``text[start:end]`` right after an investment verb (between a firm
    and the project after it: not one 其中 or 包括 follows, a whole the project is a part of)."""
    hits = []
    for ai, a in enumerate(f.amounts):
        if start <= a.start < end and ai not in f.phase_amounts:
            if a.start == start and a.end == end:
                hits.append(ai)  # X集团50亿元P项目 (a headline): the amount alone between them is X's for P
                continue
            before = f.text[max(start, a.start - 8) : a.start]
            if RE_INVESTMENT_CUE.search(before) and not RE_NOT_INVESTMENT.search(before) and \
                    not RE_AGGREGATE.search(f.text[max(start, a.start - 24) : a.start]) and \
                    (after_verb is not None or not _part_follows(f.text, a.end, end)) and \
                    not _bracketed(f.text[start : a.start]):
                hits.append(ai)
    return hits[0] if len(hits) == 1 else None


# A clause that goes on with the same subject (…建设P1，在Z投资17.2亿元新增建P2): no subject of its own, the
# place it builds in, the verb of investing and what it builds.
RE_SAME_SUBJECT_CLAUSE: Final = re.compile(r"\s*[，,；;]\s*(?:并|还|同时|另外|另)?(?:将|拟|计划|准备)?"
                                           r"(?:在[^，,。；;！？]{1,16}?)?(?:投资|出资|斥资|投建)"
                                           r"[^，,。；;！？]{0,24}?$")


def same_subject_after(f: Found, sent: Span, i: int) -> list[tuple[int, int | None]]:
    """The projects that clauses without a subject of their own build after project ``i`` in the sentence
    (…建设P1，在Z投资N亿元建设P2), each with the amount its clause states."""
    out: list[tuple[int, int | None]] = []
    last = f.mentions[i].end
    for k in f.in_sentence(sent, PROJECT):
        m = f.mentions[k]
        if m.start < last:
            continue
        if not RE_SAME_SUBJECT_CLAUSE.fullmatch(f.text, last, m.start) or f.between(last, m.start, FIRM):
            break
        out.append((k, _amount_between(f, last, m.start)))
        last = m.end
    return out


# A list introduced by a colon whose items are clauses of their own, closed by semicolons
# (拟投资建设两个项目：A，投资额约25亿元；B，投资额约88亿元。): an item opens with its project (after a
# numbering, 二是, 2、).
LIST_COLON: Final = "：:"
ITEM_CLOSERS: Final = "；;"
RE_ITEM_OPENING: Final = re.compile(r"\s*(?:" + ENUMERATOR + r"|[一二三四五六七八九十]是)?\s*")
RE_LIST_OPENING: Final = re.compile(f"[{LIST_COLON}]{RE_ITEM_OPENING.pattern}$")
SEMICOLON_ITEMS_MAX: Final = 12


def semicolon_items(f: Found, sent: Span, items: list[int]) -> list[int]:
    """The projects of the items after ``items`` when those open a colon's list whose items are
    semicolon-closed clauses (…项目：A，投资额25亿元；B，投资额88亿元。), in order; none when the list is not
    such a list, or an item names a firm of its own (its investor is that firm)."""
    first = f.mentions[items[0]]
    if not RE_LIST_OPENING.search(f.text, max(sent.start, first.start - 16), first.start) or \
            not f.text[: sent.end].rstrip().endswith(tuple(ITEM_CLOSERS)):
        return []
    out: list[int] = []
    si = f.sentence_index(sent.start)
    while len(out) < SEMICOLON_ITEMS_MAX and si + 1 < len(f.sentences):
        si += 1
        nxt = f.sentences[si]
        opening = RE_ITEM_OPENING.match(f.text, nxt.start)
        at = opening.end() if opening else nxt.start
        projects = f.in_sentence(nxt, PROJECT)
        if not projects or f.mentions[projects[0]].start != at or f.in_sentence(nxt, FIRM) or \
                f.inside(projects[0], FIRM):
            break  # (2、安徽海螺新能源有限公司光伏电站项目: named after a firm of its own, that firm's)
        out.append(projects[0])
        if not f.text[: nxt.end].rstrip().endswith(tuple(ITEM_CLOSERS)):
            break  # the last item ends the list (its 。)
    return out
