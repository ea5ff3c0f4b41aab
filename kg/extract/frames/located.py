"""LOCATED_IN frames: where the text puts a project (in a park or a place) or a park (in a place).

Each frame reads one way of saying it: "X项目落户/位于/在Z" after the project, "Z的X项目" / "Z引进…X" before
it; a park or place written in the project's own name is in :mod:`kg.extract.frames.located_in_name`. Frames
over several projects at once ("这些项目落户Z",
a host and its count before a list: 其中经开区6个：A、B) are in :mod:`kg.extract.frames.located_lists`; the
parties of a text (Z(P) pairs, the place that signs, where a firm is based) in
:mod:`kg.extract.frames.located_parties`; the host of a signing or start-up event in
:mod:`kg.extract.frames.events`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Found, Mention
from kg.extract.pairrefs import PAIR_REFERENCE_RULE
from kg.extract.pretest import Starting
from kg.extract.text import Span
from kg.extract.vocab import LIST_COMMA, RESPECTIVELY
from kg.lexicon.gazetteer import PROVINCE_LEVEL
from kg.model import RelType

# Between a project and the park/place after it: "X项目在/落户 Y", "X项目,总投资8亿元,落户Y".
RE_AFTER_GAP: Final = re.compile(
    r"^[^。；;！？]{0,40}?(?:正式|成功|顺利|已|将|拟|计划|均)?"
    r"(?:(?:落户|落地|落位)(?:于|到|在)?|入驻|进驻|入园|位于|地处|选址于?|选定|建在|坐落于|签约落户|落子|花落"
    r"|布局于?|扎根|定址|(?<![集])在"
    r"|拟建于|建于|(?:建设|项目|实施)?(?:地点|地址)(?:位于|为|是|在)?[：:]?)$")
# A clause that opens with where it builds (P1，在Z投资…建设P2): Z is the site of the clause's own project.
RE_CLAUSE_SITE: Final = re.compile(r"\s*[，,；;]\s*(?:并|还|同时|另)?(?:将|拟|计划)?在")
CLAUSE_BREAKS: Final = "，,；;。！？"


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause going on at ``pos`` ends (before ``end``)."""
    return min((k for k in (text.find(c, pos, end) for c in CLAUSE_BREAKS) if k >= 0), default=end)


# Between two projects that share what follows: a conjunction, then at most the second one's investor and
# amount (A项目与X公司计划投资8.6亿元的B项目将落户Z).
RE_COORDINATED: Final = re.compile(r"(?:与|和|及|以及|、)[^。；;！？，,]{0,40}?的?")
# ... unless each goes its own way (分别落户) or the place is where an event was held (…签约仪式在Z举行).
RE_NOT_SHARED: Final = re.compile(r"分别|仪式|活动|大会|会议")
# A signing or meeting between a project and a place: where it was held (X项目签约仪式在Z举行), no site; a
# start-up or opening ceremony is held on the site (X项目开工仪式在Z举行).
# A place where a firm is registered (在Z注册的X公司, 在Z注册成立): no site of a project.
RE_REGISTERED_AFTER: Final = re.compile(r"(?:新)?注册(?:成立)?(?:的|了)?")
RE_EVENT_VENUE: Final = re.compile(r"^(?!.*(?:开工|奠基|投产|竣工|开业|启动))"
                            r".*(?:仪式|活动|会议|大会|推介会|洽谈会|论坛|发布会)")
# "该项目位于Z": a sentence about the project named before.
RE_ANAPHOR_LOCATED: Final = re.compile(r"\s*[”\"]?\s*(?:(?:据了解|据悉|据介绍|目前|其中|同时)[，,]?)?"
                                r"(?:该|此|这一|本)?项目"
                                r"(?:[^，,。；;]{0,8}?|[^。；;]{0,24}?[，,])(?:位于|落户于?|落地于?|选址于?"
                                r"|建在|坐落于|入驻|所在的?|所在地为|(?:实施|建设)?地点(?:位于|为|是|在))"
                                r"|\s*(?:项目)?(?:建设|项目|实施)(?:地点|地址)(?:位于|为|是|在)?[：:]?")
# "X项目作为Z引入的…", "X项目是Z首个…项目": Z took the project in.
RE_AS_HOST: Final = re.compile(r"^(?:今年|去年|近年|近期|此次|本次|年内)?(?:以来)?(?:成功|积极|主动)?"
                        r"(?:引入|引进|签约|落户|招引|(?:的)?(?:首个|第一个|首家|唯一|又一|最大的?))")
# What stands between a project and the park or place that took it in (X项目作为Z引入…, X项目，是Z…签约的,
# X项目由Z引进).
HOST_GAPS: Final = frozenset({"作为", "是", "，是", ",是", "由"})
HOST_REACH: Final = 12  # characters after the host its verb is looked for in
# Before a project: "长沙经开区的X项目", "天心经开区…引进X", "Z迎来…X项目", "在Z集中开工的…X".
# The verbs by which a site takes in, holds or builds what follows (Z引进A、B; Z的X公司在此投资建设的P).
SITE_VERBS: Final = (r"引进|招引|落户|签约|新建|建设|建立|打造|迎来|开工|动工|开建|落地|入驻|集中开工"
                     r"|集中签约|吸引|设在|投资|投建|兴建|实施|布局|建成")
RE_BEFORE_GAP: Final = re.compile(
    r"^(?:[（(][^）)]{0,16})?[)）]?$"  # a zone written right before the project (after a note on its name)
    r"|^(?:共有|有|拥有)$"  # 海口高新区有A、B、C共7个项目…: what the zone has
    r"|^的?[\u4e00-\u9fff]{0,6}项目之一的?[，,：:]?$"  # 吴江开发区(重点)项目之一X项目: one of the zone's
    r"|^(?:的|[\u4e00-\u9fff]{2,6}(?:园区|片区|项目区|组团|区块)的|(?:内|里)[^，,。；;！？暨]{0,24}|[^，,。；;！？暨]{0,30}?"
    r"(?:" + SITE_VERBS + r")[^，,。；;！？暨]{0,24}"
    # (在Z投资20亿元，建设P: the money's clause, then what it builds there)
    r"|[^，,。；;！？暨]{0,8}?(?:投资|出资)[^，,。；;！？暨]{1,16}[，,](?:主要|计划|拟|将|用于)?"
    r"(?:建设|兴建|新建|打造|投资建设)[“\"]?)$")
# A place written right before a name (nothing or a bracket between): it qualifies that name alone (位于Z的
# A项目、B项目 puts both there).
RE_GLUED_GAP: Final = re.compile(r"^(?:[（(][^）)]{0,16})?[)）]?$")
# Between two parks, one inside the other (九江经济技术开发区（下称“开发区”）城西工业园区): nothing or a
# note.
RE_PARK_CHAIN_GAP: Final = re.compile(r"^(?:[（(][^）)]{0,16}[）)])?$")
# The break after an item of a list that goes on in the next sentence (A；B；C), and what opens such a list.
LIST_ITEM_BREAKS: Final = ("；", ";")
LIST_COLONS: Final = ("：", ":")
# What stands between items of a list of projects.
RE_LIST_GLUE: Final = re.compile(r"[、和及与]|以及")
# … or an item no span was found for between two list commas (A、绿康肉牛养殖、B).
RE_LIST_GLUE_OVER_ITEM: Final = re.compile(r"、[^，,。；;：:！？、“”()（）]{2,15}、")
# A park that opens its sentence (after a date or 目前): its projects in that sentence are in it.
RE_SUBJECT_OPENING: Final = re.compile(r"^[\s\d年月日号上午下午近日目前今年去年,，]*$")
# A list of projects that ends with what happens to them (…、B等89个项目3月份开工建设): the sentence's
# subject hosts them too.
RE_LIST_CLOSES_WITH_EVENT: Final = re.compile(r"(?:[、和及][^，,。；;！？]{0,40}?)?等[^，,。；;！？]{0,12}?"
                                       r"(?:项目|工程)[^，,。；;！？]{0,8}?"
                                       r"(?:开工|投产|竣工|建设|签约|落户|落地)")
# A province that opens a sentence speaks for its whole territory, not as the host of what it brings in.
RE_SUBJECT_EVENT: Final = re.compile(r"引进|招引|落户|签约|入驻|新建|开工|迎来|建设|吸引")
# "长沙县(星沙经开区)": a place and a park named as one another.
RE_PAIR: Final = Starting(re.compile(r"^[（(]$"), "(（")


def _projects(f: Found) -> list[int]:
    return [i for i, m in enumerate(f.mentions) if m.type is PROJECT and not m.inner]


def _sites(f: Found, j: int) -> list[int]:
    """Where a project named to be at ``j`` is: the most specific of the chain ``j`` opens, and ``j`` too when
    both are parks (落户贵港高新区粤桂循环产业园: the sub-park and the park that holds it)."""
    inner = _most_specific(f, j)
    if inner != j and f.mentions[j].type is PARK and f.mentions[inner].type is PARK:
        return [inner, j]
    return [inner]


def _chain_end(f: Found, j: int) -> int:
    """The most specific place of a chain written without a break (沈阳市铁西区 -> 铁西区)."""
    while True:
        m = f.mentions[j]
        nxt = next((k for k in f.between(m.end, m.end + 1, PLACE)), None)
        if m.type is not PLACE or nxt is None or not m.code or not f.mentions[nxt].code or \
                not f.within(f.mentions[nxt].code or "", m.code):
            return j
        j = nxt


# Between a place or park and a park inside it: 柴达木循环经济试验区内的|乌兰…工业园区, 青海省|西宁经开区.
RE_WITHIN_GAP: Final = re.compile(r"^(?:境内|区内|园区内|内|中)?的?$")


MAX_CHAIN = 4  # places and parks one inside the other: 省, 市, 开发区, 园区 (text made to chain more is cut)


def _most_specific(f: Found, j: int) -> int:
    """The last of a chain of places and parks each inside the one before (青海省柴达木循环经济试验区内的乌兰
    煤化工业园区 -> the 工业园区)."""
    for _ in range(MAX_CHAIN):
        j = _chain_end(f, j)
        end = f.mentions[j].end
        nxt = next(iter(f.between(end, end + 4, PARK)), None)
        if nxt is None or not RE_WITHIN_GAP.match(f.text[end : f.mentions[nxt].start]):
            return j
        j = nxt
    return j


# People after a place that say where they come from (江苏南通客商, 温州商人): investors, not a host.
ORIGIN_PEOPLE: Final = ("客商", "商人", "企业家", "投资者", "投资商", "老板", "籍")
# Where the investors after it come from (来自宁波市的X公司): no host of what they build.
RE_ORIGIN_BEFORE: Final = re.compile(r"(?:来自|源自)[^，,。；;]{0,8}$")


@frame("located_in.after")
def after(f: Found) -> Iterator[Fact]:
    """"X项目在/落户/位于 Z", also after the project's amount or investor ("X项目,总投资8亿元,落户Z"); "该项目
    位于Z" for the project named before; "X项目作为Z引入的首个产业项目"."""
    found: dict[int, int] = {}
    joined: dict[int, int] = {}  # project -> the project coordinated after it (A项目与…B项目)
    for i in _projects(f):
        m = f.mentions[i]
        sent = f.sentence_of(m.start)
        for j in f.between(m.end, sent.end):
            n = f.mentions[j]
            if n.rule == PAIR_REFERENCE_RULE:
                break  # 前者…建设P1，后者将在Z建设P2: Z is the other firm's
            if n.type in (PROJECT, FIRM) and f.text[m.end : n.start].strip("，, 的") and n.start > m.end:
                if n.type is PROJECT:
                    if RE_COORDINATED.fullmatch(f.text, m.end, n.start):
                        joined[i] = j
                    break
                if LIST_COMMA in f.text[m.end : n.start]:
                    break  # P1、X公司在Z投资…P2: Z is the next item's
                continue
            gap = f.text[m.end : n.start]
            hosts = gap in HOST_GAPS and RE_AS_HOST.match(f.text[n.end : n.end + HOST_REACH])
            if n.type in (PARK, PLACE) and RE_CLAUSE_SITE.fullmatch(gap) and \
                    f.between(n.end, _clause_end(f.text, n.end, sent.end), PROJECT):
                break  # P1，在Z投资…建设P2: Z is where the next clause builds
            if RESPECTIVELY in gap:
                break  # A、B和C，分别落户X、Y和Z: each its own (located_in.respectively)
            if n.type in (PARK, PLACE) and RE_REGISTERED_AFTER.match(f.text, n.end):
                continue  # …由其在Z注册的子公司负责建设: where a firm is registered, no site
            if n.type in (PARK, PLACE) and (RE_AFTER_GAP.match(gap) and not RE_EVENT_VENUE.search(gap)
                                            or hosts):
                sites = _sites(f, j)
                found[i] = sites[0]
                for k in sites:
                    yield Fact(RelType.LOCATED_IN, i, k, sent, "located_in.after", 0.85)
                break
    for i in sorted(joined, reverse=True):  # A与B与C将落户Z: back from the last
        k = joined[i]
        if i not in found and k in found and not RE_NOT_SHARED.search(f.text, f.mentions[k].end,
                                                                       f.mentions[found[k]].start):
            found[i] = found[k]
            sent = f.sentence_of(f.mentions[i].start)
            yield Fact(RelType.LOCATED_IN, i, found[k], sent, "located_in.after", 0.8)
    yield from _anaphor_sites(f)


def _anaphor_sites(f: Found) -> Iterator[Fact]:
    """"该项目位于Z" for the project named before (该项目选址鄂城区泽林镇: the town)."""
    for si, sent in f.sentences_with(PARK, PLACE):  # nothing to find without a park or place
        mm = RE_ANAPHOR_LOCATED.match(f.text, sent.start, sent.end)
        if not mm:
            continue
        places = [j for j in f.between(mm.end(), sent.end) if f.mentions[j].type in (PARK, PLACE)]
        lo = f.sentences[max(0, si - 3)].start
        before = f.between(lo, sent.start, PROJECT)
        if places and before and f.mentions[places[0]].start - mm.end() <= 2:
            for k in _sites(f, places[0]):
                yield Fact(RelType.LOCATED_IN, before[-1], k, sent, "located_in.after", 0.8)


# Between a park and where it is: 位于, 地处, 坐落于 (穗百产业合作园位于百色市田阳区).
RE_PARK_SEAT: Final = re.compile(r"[，,]?\s*(?:规划|总体|整体)?(?:位于|地处|坐落于|坐落在|坐落|处于)")


@frame("located_in.park_seat")
def park_seat(f: Found) -> Iterator[Fact]:
    """"Y园区位于Z": a park is where the place (or the larger park) written right after its seat verb is."""
    for i, m in enumerate(f.mentions):
        if m.type is not PARK or m.inner:
            continue
        mm = RE_PARK_SEAT.match(f.text, m.end)
        site = f.between(mm.end(), mm.end() + 1, PARK, PLACE) if mm is not None else []
        if site:
            yield Fact(RelType.LOCATED_IN, i, _most_specific(f, site[0]), f.sentence_of(m.start),
                       "located_in.park_seat", 0.85)


@frame("located_in.before")
def before(f: Found) -> Iterator[Fact]:
    """"长沙经开区的X项目", "天心经开区…引进X", "Z迎来…X项目"; a park that opens its sentence holds the
    projects the sentence brings in."""
    for i in _projects(f):
        m = f.mentions[i]
        sent = f.sentence_of(m.start)
        idx = [j for j in f.between(sent.start, m.start) if f.mentions[j].type in (PARK, PLACE, PROJECT)]
        listed_from = m.start  # where the list this project ends starts (Z引进A、B、C: all three are in Z)
        for j in reversed(idx):
            n = f.mentions[j]
            if n.type is PROJECT:
                if RE_LIST_GLUE.fullmatch(f.text[n.end : listed_from]) or \
                        RE_LIST_GLUE_OVER_ITEM.fullmatch(f.text[n.end : listed_from]):
                    listed_from = n.start
                    continue
                break
            if RE_ORIGIN_BEFORE.search(f.text, max(0, n.start - 10), n.start) or \
                    f.text.startswith(ORIGIN_PEOPLE, f.mentions[_chain_end(f, j)].end):
                continue  # 来自宁波市的X公司…建设P, 由江苏南通客商投资…P: where the investors come from
            gap = f.text[n.end : listed_from]
            if listed_from < m.start and RE_GLUED_GAP.match(gap):
                break  # 大湾区(惠州)A项目、B项目: a place written into the first item is that item's only
            if listed_from < m.start and f.text[_chain_start(f, j) - 1 : _chain_start(f, j)] == LIST_COMMA:
                break  # A、长乐区的B、C: the place opens an item of the list, its own (not C's)
            if RE_BEFORE_GAP.match(gap) and not _heads_other_item(gap) or \
                    _owner_between(f, n.end, listed_from):
                yield Fact(RelType.LOCATED_IN, i, j, sent, "located_in.before", 0.9 if gap == "的" else 0.7)
                if f.text[listed_from - 1 : listed_from] in LIST_COLONS:  # 在Z建设两个项目：A…；B…
                    for item in _items_on(f, sent):
                        for k in f.in_sentence(item, PROJECT):
                            yield Fact(RelType.LOCATED_IN, k, j, item, "located_in.before", 0.7)
                outer = _outer_park(f, j)
                if outer is not None:
                    yield Fact(RelType.LOCATED_IN, i, outer, sent, "located_in.before", 0.6)
                break
            # a park opening the sentence that brings the project in, or a park or place a firm settles in
            # before it builds the project
            if ((n.type is PARK or n.type is PLACE and n.level != PROVINCE_LEVEL) and
                    RE_SUBJECT_OPENING.match(f.text[sent.start : n.start]) and
                    _subject_brings_in(f, n, m, sent)) or \
                    (RE_SETTLED_THEN_BUILDS.match(gap) and _firm_settles_in(f, sent, n)):
                yield Fact(RelType.LOCATED_IN, i, j, sent, "located_in.before", 0.6)
                break
            if n.type is PARK:
                break


# A verb that makes a site hold what follows it (Z引进A、B; also 集中…, 共有, 包括).
RE_SITE_VERB: Final = re.compile(SITE_VERBS + r"|集中|共有|拥有|包括|涵盖")


def _heads_other_item(gap: str) -> bool:
    """Whether the place before ``gap`` heads an item of a list of its own: no verb before the list comma
    (…的黄骅市X公司油品仓储中转、总投资8亿元的P: the item no name was found for is the place's, not P)."""
    k = gap.find(LIST_COMMA)
    return k >= 0 and RE_SITE_VERB.search(gap, 0, k) is None


def _chain_start(f: Found, j: int) -> int:
    """Where the chain of places ending with mention ``j`` starts (福州|长乐区 -> 福州's start)."""
    start = f.mentions[j].start
    for k in reversed(f.between(max(0, start - CHAIN_REACH), start, PLACE, PARK)):
        if f.mentions[k].end != start:
            break
        start = f.mentions[k].start
    return start


CHAIN_REACH: Final = 40  # characters back a chain of places is followed


def _owner_between(f: Found, start: int, end: int) -> bool:
    """Only the owner firm's name between a zone and the project (浏阳经开区蓝思科技“…”项目)."""
    return end > start and any(f.mentions[k].start == start and f.mentions[k].end == end
                               for k in f.between(start, end, FIRM))


def _subject_brings_in(f: Found, n: Mention, m: Mention, sent: Span) -> bool:
    """A park or place opening the sentence brings project ``m`` in: its verb (引进, 签约, 开工 …) stands
    between them (for a place, across a comma only when no firm or other site takes the verb: 凤翔区招商成果
    丰硕，先后引进P yes; 岳阳市经济运行平稳，X公司投资建设的P在长沙开工 no), or the list ``m`` is in ends
    with what happens to it (Z…，确保A、B等89个项目开工建设), with no other site between."""
    ev = RE_SUBJECT_EVENT.search(f.text, n.end, m.start)
    if ev is not None and (n.type is PARK or not RE_CLAUSE_BREAK.search(f.text, n.end, ev.start()) or
                           not f.between(n.end, ev.start(), FIRM, PARK, PLACE)):
        return True
    return bool(RE_LIST_CLOSES_WITH_EVENT.match(f.text, m.end, sent.end)) and \
        not f.between(n.end, m.start, PARK, PLACE) and not RE_SITE_BEFORE.search(f.text, n.end, m.start)


# A clause break, and a site stated for what follows (在长沙开工, 在贵安新区建设).
RE_CLAUSE_BREAK: Final = re.compile(r"[，,；;：:]")
RE_SITE_BEFORE: Final = re.compile(r"(?:在|于)[\u4e00-\u9fff]{2,12}?(?:投资|建设|开工|投产|落户)")


# "X公司落户Z，(投资N亿元)建设P": the firm settles where it builds.
RE_SETTLES: Final = re.compile(r"(?:正式|成功|已|将)?(?:落户|入驻|落地|扎根)(?:于|在|到)?$")
RE_SETTLED_THEN_BUILDS = re.compile(r"^[，,][^，,。；;！？暨]{0,20}?(?:建设|投资建设|新建|兴建|投建|打造)$")


def _firm_settles_in(f: Found, sent: Span, z: Mention) -> bool:
    """Whether a firm settles in ``z`` right before it (X公司落户Z)."""
    verb = RE_SETTLES.search(f.text, max(sent.start, z.start - 8), z.start)
    return verb is not None and any(f.mentions[k].end == verb.start()
                                    for k in f.between(sent.start, verb.start(), FIRM))


def _outer_park(f: Found, j: int) -> int | None:
    """The park written right before park ``j`` that holds it (西宁经济技术开发区…东川工业园区)."""
    if f.mentions[j].type is not PARK:
        return None
    prev = [k for k in f.between(max(0, f.mentions[j].start - 30), f.mentions[j].start, PARK)]
    if prev and RE_PARK_CHAIN_GAP.match(f.text[f.mentions[prev[-1]].end : f.mentions[j].start]):
        return prev[-1]
    return None


def _items_on(f: Found, sent: Span, colon: bool = True) -> Iterator[Span]:
    """The sentences that go on with the list a colon opens in ``sent`` (each after a semicolon), as long as
    they name no park or place of their own; without ``colon``, any that go on after a semicolon."""
    if colon and not any(c in sent.text for c in LIST_COLONS) or \
            not f.text.startswith(LIST_ITEM_BREAKS, sent.end - 1):
        return
    k = f.sentence_index(sent.start) + 1
    while k < len(f.sentences):
        item = f.sentences[k]
        if f.in_sentence(item, PARK, PLACE):
            return
        yield item
        if not f.text.startswith(LIST_ITEM_BREAKS, item.end - 1):
            return
        k += 1
