"""LOCATED_IN from events: the host of a collective signing or start-up event holds the projects the event
names ("总投资93亿元的12个项目在绵阳高新区集中开工…包括A、B", "A、B项目签约仪式在Z举行",
"本次签约的A项目"), and of a count of projects a host carries out or brought in, named directly or referred
back to ("该园区共引进项目41个。其中，A、B…", "Z实施10亿元以上项目11项。A总投资…。B总投资…")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.located import LIST_ITEM_BREAKS, RE_PAIR, RE_PARK_CHAIN_GAP, _projects
from kg.extract.mentions import PARK, PLACE, PROJECT, Found
from kg.extract.text import Span
from kg.lexicon.gazetteer import PROVINCE_LEVEL
from kg.model import RelType

# A sentence about some of the things the sentence before named: 其中, ….
RE_AMONG: Final = re.compile(r"\s*其中")


# Projects of this event: 本次签约的, 此次落户的, 本次集中开工的.
RE_THIS_EVENT = re.compile(r"(?:本次|此次|这次|当天|会上)[^，,。；;]{0,6}?"
                           r"(?:签约|签订|开工|落户|集中|开竣工)")


# A signing or start-up event and its host: "在绵阳高新区集中开工", "璧山区重点招商项目集中签约活动",
# "Z举行…集中开工仪式": projects of that event are in the host.
# A count of projects, in figures or in words (3个, 十二个).
COUNT: Final = r"(?:\d+|[一二三四五六七八九十两]+)"
# What may stand between a verb and its projects: a few words, or a class of size (10亿元以上项目11项).
BEFORE_PROJECTS: Final = r"(?:[^，,。；;！？\d]{0,6}|[^，,。；;！？\d]{0,4}\d+(?:\.\d+)?[亿万]元(?:及)?以上)"
RE_EVENT: Final = re.compile(r"集中(?:签约|开工|开竣工|投产|竣工|动工)"
                      # (开工仪式, 动工建设启动仪式, 开工暨投产仪式)
                      r"|(?:签约|开工|竣工|投产|动工)(?:[^，,。；;！？“”\d]{0,6}?)(?:仪式|活动|大会)|"
                      r"(?:招商|投资|项目)(?:推介|洽谈|说明|恳谈|签约)?(?:大会|会)|云签约|现场签约|"
                      # (该园区引进推进的主要项目…，比如P1；P2: the projects a host brought in)
                      r"(?:引进|签约|落户)[^，,。；;！？\d的]{0,4}的(?:主要|重点|重大)?项目|"
                      # (全旗上半年开工的P: the projects a host started, named right after)
                      r"(?:签约|开工|投产|竣工)的(?=[^，,。；;！？]{2,40}?项目)|"
                      # (3个项目在Z分会场成功签约, 150个项目开工建设)
                      + COUNT + r"个[^，,。；;！？\d]{0,6}?项目"
                      r"[^，,。；;！？\d]{0,12}?(?:集中|成功|正式)?(?:签约|开工|投产|竣工)|"
                      r"(?:共|累计|新)?(?:签约|开工|引进|实施)"
                      r"(?:" + BEFORE_PROJECTS + r"项目" + COUNT + r"[个项]|" + COUNT +
                      r"[个项][^，,。；;！？\d]{0,6}项目)")
# A word every match of RE_EVENT holds (checked first: a search for plain words skips along the text, where
# RE_EVENT, whose branches may open with a count, is tried at every character).
RE_EVENT_WORD: Final = re.compile(r"集中|签约|开工|竣工|投产|动工|会|引进|落户|实施")
# Every character a match of RE_EVENT can start with. Its branches open with groups and counts, which ``re``
# does not scan for by itself (it tries all branches at every character): the search tries the pattern only
# where one of these stands (a test checks them against the pattern's parse).
RE_EVENT_START: Final = re.compile(r"[集签开竣投动招项云现引落共累新实一二三四五六七八九十两\d]")


def event_in(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``RE_EVENT.search(text, lo, hi)``, the pattern tried only where a match can start."""
    while (start := RE_EVENT_START.search(text, lo, hi)) is not None:
        m = RE_EVENT.match(text, start.start(), hi)
        if m is not None:
            return m
        lo = start.start() + 1
    return None


# Between the host and the event: nothing, a clause without a break, or a short remark and a comma
# (凤翔区成果丰硕，共签约招商引资项目3个).
RE_HOST_BEFORE_EVENT: Final = re.compile(r"^(?:在|于)?$|^[^，,。；;！？]{0,30}$|^[^，,。；;！？]{0,8}[，,]$")


# "签约仪式在Z举行": the host after the event.
RE_HOST_AFTER_EVENT: Final = re.compile(r"^[^，,。；;！？]{0,12}?(?:在|于)$")


def _inner_park(f: Found, j: int) -> int:
    """The park written right after park ``j``, inside it (西宁经开区南川工业园区 -> 南川工业园区), else
    ``j``."""
    nxt = next(iter(f.between(f.mentions[j].end, f.mentions[j].end + 12, PARK)), None)
    if f.mentions[j].type is PARK and nxt is not None and \
            RE_PARK_CHAIN_GAP.match(f.text[f.mentions[j].end : f.mentions[nxt].start]):
        return nxt
    return j


@frame("located_in.event_host")
def event_host(f: Found) -> Iterator[Fact]:
    """The host of a collective signing or start-up event holds the projects the event names: "总投资93亿元的
    12个项目在绵阳高新区集中开工…包括A、B" (the same or the next sentence), "本次签约的A项目" (anywhere)."""
    best: dict[int, tuple[int, int]] = {}  # project -> (event sentence, host): the nearest event before it
    for si, host, i in _event_hosts(f):
        if i is None:
            continue
        here = f.sentence_index(f.mentions[i].start)
        if i not in best or (best[i][0] > here or si > best[i][0]) and si <= here:
            best[i] = (si, host)
    for i, (_si, host) in sorted(best.items()):
        if f.mentions[host].type is PLACE and f.mentions[host].level == PROVINCE_LEVEL:
            continue  # 全省集中开工, 福建省…集中开工: a province organises the event, its projects are in its
            # cities and counties
        yield Fact(RelType.LOCATED_IN, i, host, f.sentence_of(f.mentions[i].start), "located_in.event_host",
                   0.55)


# The document's own division, as it names itself before an event: 我市在…签约仪式上 (the unit character must
# be the region's: 我市 in a text on 吉林市).
RE_SELF_HOST: Final = re.compile(r"(?:我|本)(?P<unit>[市县区州旗])(?!场)")  # (not 资本市场, 日本市场)


def _self_host(f: Found, sent: Span, ev_start: int) -> int | None:
    """The document's region when the sentence names it by a self-reference before the event."""
    if f.region_index is None:
        return None
    region = f.mentions[f.region_index]
    for m in RE_SELF_HOST.finditer(f.text, sent.start, ev_start):
        if (region.name or region.text).endswith(m.group("unit")):
            return f.region_index
    return None


# A park or division the text named before, referred back to: 该园区, 该县, 全旗 (the unit says which).
RE_ANAPHOR_HOST: Final = re.compile(r"(?:该|全)(?P<unit>园区|开发区|经开区|高新区|新区|县|市|区|旗|镇)")
PARK_UNITS: Final = frozenset({"园区", "开发区", "经开区", "高新区", "新区"})


def _anaphor_host(f: Found, sent: Span, ev_start: int) -> int | None:
    """The park or place a back-reference before the event stands for: the last one of its unit the text named
    before the sentence (该园区 -> the last park; 该县 -> the last county named)."""
    refs = list(RE_ANAPHOR_HOST.finditer(f.text, sent.start, ev_start))
    if not refs:
        return None
    unit = refs[-1].group("unit")
    for j in reversed(f.between(0, sent.start)):
        n = f.mentions[j]
        if unit in PARK_UNITS and n.type is PARK or \
                n.type is PLACE and (n.name or n.text).endswith(unit):
            return j
    return None


def _event_hosts(f: Found) -> Iterator[tuple[int, int, int | None]]:
    """(sentence, host, project or None) for each event sentence and each project of its event."""
    marks: _Marks | None = None
    sited = {si for si, _ in f.sentences_with(PARK, PLACE)}
    for si, sent in enumerate(f.sentences):
        if si not in sited and (f.region_index is None or
                                not RE_SELF_HOST.search(f.text, sent.start, sent.end)) and \
                not RE_ANAPHOR_HOST.search(f.text, sent.start, sent.end):
            continue  # nothing to find without a park, a place, the region's self-reference or a reference
            # back to one
        word = RE_EVENT_WORD.search(f.text, sent.start, sent.end)
        ev = event_in(f.text, sent.start, sent.end) if word is not None else None
        if not ev:
            continue
        hosts = [j for j in f.between(sent.start, ev.start()) if f.mentions[j].type in (PARK, PLACE)]
        host = hosts[-1] if hosts else None
        if len(hosts) >= 2 and f.mentions[hosts[-2]].type is PARK and \
                RE_PAIR.match(f.text[f.mentions[hosts[-2]].end : f.mentions[hosts[-1]].start]):
            host = hosts[-2]  # 杭州高新区(滨江)举行…集中开工活动: the zone, not the district beside it
        if host is not None and not RE_HOST_BEFORE_EVENT.match(f.text[f.mentions[host].end : ev.start()]):
            host = None
        if not hosts:
            host = _self_host(f, sent, ev.start())  # 我市在…签约仪式上: the region
            if host is None:
                host = _anaphor_host(f, sent, ev.start())  # 该园区共引进项目41个: the park named before
        after = [j for j in f.between(ev.end(), sent.end) if f.mentions[j].type in (PARK, PLACE)]
        if after and RE_HOST_AFTER_EVENT.match(f.text[ev.end() : f.mentions[after[0]].start]):
            host = _inner_park(f, after[0])  # …省重大项目集中开工活动在Z举行: the venue, not the organiser
        if host is None:
            continue
        yield si, host, None
        if marks is None:  # (what each sentence and project says, read once for all the text's events)
            marks = _Marks(f)
        scope = _event_scope(f, si, host, marks)
        named = _named_by_event(f, sent, ev.start(), marks.projects)
        for i, k, this_event in marks.project_marks:
            if (k in scope and f.mentions[i].start > ev.start()) or this_event or i in named:
                yield si, host, i


class _Marks:
    """What the event frame reads of every sentence and project of a text, once (a long text holds many
    events): the projects, each with its sentence and whether that says "this event" before it; per
    sentence, whether it says "this event", names a park or place, opens with the event's kind of projects
    or with 其中."""

    def __init__(self, f: Found) -> None:
        self.projects = _projects(f)
        self.project_marks: list[tuple[int, int, bool]] = []
        for i in self.projects:
            m = f.mentions[i]
            sent = f.sentence_of(m.start)
            self.project_marks.append((i, f.sentence_index(m.start),
                                       RE_THIS_EVENT.search(f.text, sent.start, m.start) is not None))
        self.this_event: list[bool] = []
        self.sited: list[bool] = []
        self.opening: list[bool] = []
        self.among: list[bool] = []
        self.listed_on: list[bool] = []
        self.led: list[bool] = []
        led_by = {f.sentence_index(f.mentions[i].start) for i in self.projects
                  if not f.text[f.sentence_of(f.mentions[i].start).start : f.mentions[i].start].strip()}
        for k, sent in enumerate(f.sentences):
            self.led.append(k in led_by)
            self.this_event.append(RE_THIS_EVENT.search(f.text, sent.start, sent.end) is not None)
            self.sited.append(bool(f.in_sentence(sent, PARK, PLACE)))
            self.opening.append(RE_EVENT_PROJECTS_OPENING.match(f.text, sent.start, sent.end) is not None)
            self.among.append(RE_AMONG.match(f.text, sent.start, sent.end) is not None)
            # (分别是：P1；P2；P3: an item after a semicolon goes on with the list before it)
            self.listed_on.append(f.text[max(0, sent.start - 1) : sent.start] in LIST_ITEM_BREAKS)
        # the sentences past an event's reach that may still be of it: "this event", or 其中 after one
        self.far = [k for k in range(len(f.sentences)) if self.this_event[k] or self.among[k]]


# Between the projects an event is named after and the event: "A、B和C项目(集中)签约仪式".
RE_EVENT_NAMES_GLUE: Final = re.compile(r"^[、和及与]?$")


def _named_by_event(f: Found, sent: Span, ev_start: int, projects: list[int]) -> set[int]:
    """The projects written right before an event word, which it is named after: "A、B、C项目签约仪式在Z
    举行" (each joined to the next by a list mark, the last touching the event)."""
    out: set[int] = set()
    nxt = ev_start
    for i in reversed([i for i in projects if sent.start <= f.mentions[i].start and
                       f.mentions[i].end <= ev_start]):
        gap = f.text[f.mentions[i].end : nxt]
        if not (RE_EVENT_NAMES_GLUE.match(gap) if out else gap in ("", "集中")):
            break
        out.add(i)
        nxt = f.mentions[i].start
    return out


# A sentence that opens with the event's kind of projects (集中开工项目18个，…): about the event's projects.
RE_EVENT_PROJECTS_OPENING: Final = re.compile(r"\s*(?:集中|现场)?(?:签约|开工|开竣工|竣工|投产|动工)(?:的)?"
                                              r"项目"
                                              # (项目包括A、B等: the event's projects listed)
                                              r"|\s*(?:这批|这些|上述)?项目(?:主要)?(?:包括|涵盖|有)")


# How many sentences after its event a sentence opening with the event's kind of projects may stand (one that
# names a park or place of its own speaks of another host).
EVENT_OPENING_REACH: Final = 6


def _event_scope(f: Found, si: int, host: int, marks: _Marks) -> set[int]:
    """The sentences about an event's projects: its own, the next (unless it names a site of its own other
    than the host's: 在麦积区，P开工; one opening with 其中 always), any that says "this event" (本次签约的…)
    or opens with the event's kind of projects (集中开工项目18个…), and a sentence opening with 其中 after
    one of those (…包括A、B等。其中，A项目…)."""
    n = len(f.sentences)

    def elsewhere(k: int) -> bool:  # sentence k names a site other than the host (or a place holding it)
        return marks.sited[k] and any(_other_site(f, j, host)
                                      for j in f.in_sentence(f.sentences[k], PARK, PLACE))

    other_host = si + 1 < n and elsewhere(si + 1)
    scope = {si, si + 1} if not other_host or si + 1 < n and marks.among[si + 1] else {si}
    # (a sentence since the event that names a park or place: 宁乡经开区也有一批项目开工)
    reach = min(n, si + EVENT_OPENING_REACH + 1)
    for k in range(si + 2, reach):
        sited = elsewhere(k)
        if marks.this_event[k] or not sited and not other_host and marks.opening[k] or \
                (k - 1 in scope and (marks.among[k] or (marks.listed_on[k] or marks.led[k]) and not sited)):
            scope.add(k)
        other_host = other_host or sited
    for k in marks.far[bisect.bisect_left(marks.far, max(reach, si + 2)) :]:
        if marks.this_event[k] or k - 1 in scope:  # (a far sentence is "this event" or opens with 其中)
            scope.add(k)
    return scope


def _other_site(f: Found, k: int, host: int) -> bool:
    """Whether park or place ``k`` is a site other than the event's ``host``: not the host itself, nor a place
    holding it (中山市委书记… after 中山市黄圃镇举行…仪式)."""
    m, h = f.mentions[k], f.mentions[host]
    if m.text == h.text:
        return False
    return not (m.type is PLACE and m.code and h.code and f.within(h.code, m.code))


# A document that opens with a park giving its own news ("常州高新区3月12号下午召开的招商成果新闻发布会
# 传出消息", "日前从长春经开区获悉"): the projects it names where the text states no site are that park's.
DOCUMENT_OPENING_REACH: Final = 40  # characters into the document the host park must be named by
RE_HOST_OPENING: Final = re.compile(r"^[\s\d年月日号上下午今近前昨，,：:]*(?:日前|近日|记者)?(?:从|在|据)?$")
RE_HOST_NEWS: Final = re.compile(r"举行|召开|获悉|消息|发布|签约|开工|投产|招商|推介|集中|落户|引进")


# A site the sentence states for its project, known place or not (在印度投资的, 在越南建设).
RE_SITE_STATED_BEFORE: Final = re.compile(r"(?<![正现实存自])在(?!加快|积极|抓紧|大力|全力|持续|不断|稳步"
                                   r"|有序|快速|全面|努力|推进|推动|进一步)[^，,。；;！？]{1,10}?"
                                   r"(?:投资|建设|落户|投产|开工|新建|布局)")
HOST_CLAUSE_LEAD: Final = 4  # characters that may stand before a park opening its clause (当天，|同日，|另外)


@frame("located_in.document_host")
def document_host(f: Found) -> Iterator[Fact]:
    """The park a document opens with, reporting its own news, holds the projects the document names (weak:
    any site the text states for a project outranks it)."""
    first = next(iter(f.between(0, DOCUMENT_OPENING_REACH, PARK, PLACE)), None)
    if first is None:
        return
    j = _inner_park(f, first)
    if f.mentions[first].type is PLACE:  # 无锡|高新区: a place written into the park's own name is no host
        j = next(iter(f.between(f.mentions[first].end, f.mentions[first].end + 1, PARK)), first)
    n = f.mentions[j]
    sent = f.sentence_of(n.start)
    if n.type is not PARK or not RE_HOST_OPENING.match(f.text[sent.start : f.mentions[first].start]) or \
            not RE_HOST_NEWS.search(f.text, n.end, sent.end):
        return
    if any(_hosts_news(f, k) for k in f.between(sent.end, len(f.text), PARK, PLACE)
           if f.mentions[k].text != n.text and (f.mentions[k].type is PARK or
                                                f.in_sentence(f.sentence_of(f.mentions[k].start), PROJECT))):
        return  # 当天，宁乡经开区也有一批项目开工; 会上，浏阳市推介了P: another host's news (a place's only
        # with a project: 长春市发布了招商政策 is no rival host)
    for i in _projects(f):
        its = f.sentence_of(f.mentions[i].start)
        if RE_SITE_STATED_BEFORE.search(f.text, its.start, f.mentions[i].start):
            continue  # 三一重工在印度投资的P: a site of its own, whether or not the gazetteer knows it
        yield Fact(RelType.LOCATED_IN, i, j, its, "located_in.document_host", 0.4)


def _hosts_news(f: Found, k: int) -> bool:
    """Whether park ``k`` opens its clause and its news follows (宁乡经开区也有一批项目开工)."""
    m = f.mentions[k]
    sent = f.sentence_of(m.start)
    before = f.text[max(sent.start, f.text.rfind("，", sent.start, m.start) + 1) : m.start]
    return len(before.strip()) <= HOST_CLAUSE_LEAD and \
        RE_HOST_NEWS.search(f.text, m.end, sent.end) is not None

