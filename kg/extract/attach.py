"""Which amount states which project's own total investment (总投资16亿元的X项目, X项目,总投资约5亿元, 该项目
总投资…), and which amounts are only a phase's; totals said apart from the name are read in
:mod:`kg.extract.clausetotals`."""

from __future__ import annotations

import bisect
import re
from typing import Final

from kg.extract.amounts import AmountMention
from kg.extract.clausetotals import RE_ATTRIBUTIVE_AFTER, RE_CLAUSE_PROJECT_TOTAL, _project_of_clause
from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Mention
from kg.extract.nameparts import MAX_NAME
from kg.extract.text import SOFT_BREAK
from kg.extract.vocab import (
    INVESTOR_LABELS,
    LIST_GLUES,
    RE_AGGREGATE,
    RE_NOT_INVESTMENT,
    RE_PHASE_AMOUNT,
    RE_TOTAL_INVEST,
    RECORD_LABELS,
    TOTAL_CUE,
    TOTAL_CUE_WORDS,
)

# Between a total and the project it is of: a description ending in 的 (、年产10GW光伏组件的), with no
# investment of its own (，其中X公司投资10亿元的P: P is one of the total's projects).
RE_AMOUNT_THEN_DESCRIPTION: Final = re.compile(r"^[、,，](?!其中)(?:(?!投资|出资)[^。；;！？，,]){2,20}的$")


# Between a total and the project it pays for: "总投资10亿元,建设X项目".
RE_AMOUNT_THEN_BUILD: Final = re.compile(r"^[，,]?(?:主要|计划|拟|将|全部|分期)?(?:在[^，,。；;！？]{2,16}?)?"
                                  r"(?:建设|新建|打造|实施|投资建设|用于建设|兴建|布局)[“\"]?$")
# (…亿元，在建桥园区建设“X基地”: where it is built and a quote mark may stand between)


# Between a project's name and its amount, nothing but the cue: "X项目,计划投资10亿元".
RE_NAMED_THEN_AMOUNT: Final = re.compile(r"^[，,]?\s*(?:计划|拟|预计)?(?:" + TOTAL_CUE_WORDS + r"|投资)"
                                  r"(?:额)?\s?[：:]?(?:为|约|达|超)?\s?$")  # (X项目，总投资：5亿元)


# Between a project's name and its amount, the other fields of its record (项目名称：P；投资主体：X；
# 建设地点：Z；总投资：5亿元): each a label, a colon and its value, ended by a field break; then the
# total's label.
RECORD_FIELD_BREAK: Final = "；;。\n"
RE_RECORD_BETWEEN: Final = re.compile(
    r"(?:(?:\s*[" + RECORD_FIELD_BREAK + r"]\s*(?:" + INVESTOR_LABELS + "|" + RECORD_LABELS + r")\s*[：:]"
    r"[^" + RECORD_FIELD_BREAK + r"]{1,80})+\s*[" + RECORD_FIELD_BREAK + r"]\s*(?:项目)?(?:计划)?"
    + TOTAL_CUE + r"(?:额)?\s*[：:为约达]?"
    # (with no field between, only a total labelled as a field: 项目名称：P；总投资：5亿元)
    r"|\s*[；;\n]\s*(?:项目)?" + TOTAL_CUE + r"(?:额)?\s*[：:])\s*")
RECORD_WINDOW: Final = 300  # characters a record's fields may run between its name and its total


# A break between a project and the total after it: a sentence or list ends there.
RE_TOTAL_BREAK: Final = re.compile(r"[。；;！？、等]")


# A project named as a phase (…三期项目): its own total is no phase's share.
RE_PHASE_NAME: Final = re.compile(r"[一二三四五六七八九十首]期(?:项目|工程)?$")


# The currency's name written before a figure (投资人民币10亿元): the cue stands before it.
CURRENCY_WORD: Final = "人民币"
# How far an amount may stand after a project name to be its total investment (X项目,总投资N亿元).
AMOUNT_AFTER_WINDOW: Final = 24


# "P是甘肃省规划的“十一五”重点项目，投资33亿元": what the project is, said before its amount, may run longer.
RE_PREDICATE_AFTER: Final = re.compile(r"(?:是|系|属于)")
PREDICATE_WINDOW: Final = 48


# … unless the clause turns to another subject or to what was done (该县今年已完成投资20亿元).
RE_OTHER_SUBJECT: Final = re.compile(r"该县|该市|该区|全县|全市|全区|我县|我市|我区|全省|今年|去年|累计|完成")


def _window_after(text: str, m: Mention, amount_start: int) -> int:
    """How far after project ``m`` its own amount may stand."""
    if RE_PREDICATE_AFTER.match(text, m.end) and not RE_OTHER_SUBJECT.search(text, m.end, amount_start):
        return PREDICATE_WINDOW
    return AMOUNT_AFTER_WINDOW


def amounts_of_projects(text: str, mentions: tuple[Mention, ...], amounts: tuple[AmountMention, ...]
                     ) -> tuple[dict[int, int], frozenset[int]]:
    """Which amount states a project's own total investment: 总投资16亿元的X项目, X项目总投资约5亿元, X项目，
    计划投资 10亿元 (the first such amount after the name, before the next project); phase-only amounts are
    marked."""
    out: dict[int, int] = {}
    phase: set[int] = set()
    projects = [i for i, m in enumerate(mentions) if m.type is PROJECT and not m.inner]
    starts = [mentions[i].start for i in projects]
    mention_starts = [m.start for m in mentions]
    for ai, a in enumerate(amounts):
        before = text[max(0, a.start - 14) : a.start]
        if RE_PHASE_AMOUNT.search(before):
            phase.add(ai)
        contracted = _contracted_project(text, mentions, projects, starts, a)
        if contracted is not None:
            if contracted not in out:
                out[contracted] = ai  # X项目签约额3亿元: one named project's contract is its investment
            continue
        cue_end = a.start - (len(CURRENCY_WORD) if before.endswith(CURRENCY_WORD) else 0)
        if RE_NOT_INVESTMENT.search(text, max(0, cue_end - 6), cue_end):  # (完成投资人民币3亿元 too)
            continue
        # only projects near the amount: starting up to MAX_NAME + the window before it, or just after it
        lo = bisect.bisect_left(starts, a.start - AMOUNT_AFTER_WINDOW - MAX_NAME - 40)
        hi = bisect.bisect_right(starts, a.end + 26)
        near = projects[lo:hi]
        best = _bracketed_total(text, mentions, near, a)
        if best is None:
            best = _named_total(text, mentions, near, a, before, mention_starts)
        if best is None:
            best = _this_project(text, mentions, projects, starts, a, out)
        if best is None:
            best = _project_of_clause(text, mentions, projects, starts, hi, a, out, mention_starts)
        if best is None:
            best = _sole_counted(text, mentions, projects, starts, a, out)
        if best is None:
            best = _exclaimed_total(text, projects, starts, a, out)
        best = _not_listed_after(text, mentions, projects, best, a)
        if best is not None and (best not in out or out[best] in phase and ai not in phase):
            out[best] = ai  # (X项目，一期投资5亿元，总投资12亿元: the whole total outranks a phase's)
            if ai in phase and mentions[best].end >= a.start - 12 and \
                    RE_PHASE_NAME.search(mentions[best].text):
                phase.discard(ai)  # 中创新航三期项目计划总投资120亿元: the phase is the project itself
    return out, frozenset(phase)


def _named_total(text: str, mentions: tuple[Mention, ...], near: list[int], a: AmountMention,
                 before: str, mention_starts: list[int]) -> int | None:
    """The project among ``near`` whose own total the amount ``a`` states by how it is written next to the
    name (``before``: the characters before the amount)."""
    best = None
    named_before = False  # X项目,计划投资10亿元,建设Y基地: the amount is X's; Y is what X builds
    for i in near:
        m = mentions[i]
        gap = text[a.end : m.start]
        bare = gap.replace(SOFT_BREAK, "").strip()
        if 0 <= m.start - a.end <= 4 and bare in ("", "的"):
            if RE_TOTAL_INVEST.search(text[max(0, a.start - 10) : a.start]) or bare:
                best = i  # 总投资16亿元的X项目 (also across a hard line break: 亿元\n的X)
        elif best is None and (_owner_between(mentions, gap, a.end, m.start) or
                               _site_between(text, mentions, mention_starts, a.end, m.start)) and \
                RE_TOTAL_INVEST.search(text[max(0, a.start - 10) : a.start]):
            best = i  # 总投资5亿元的X有限公司“P项目”: the total is of what the firm named after it builds;
            # 总投资15.27亿元的渤海新区P项目: of the project named after where it is
        elif 0 < m.start - a.end <= 24 and RE_TOTAL_INVEST.search(before) and not named_before and (
                RE_AMOUNT_THEN_DESCRIPTION.match(gap) or
                (RE_AMOUNT_THEN_BUILD.match(gap) and not RE_PHASE_AMOUNT.search(before) and
                 not _of_the_project(text, a.start, mentions, near))):
            best = i  # 总投资100亿元、年产10GW光伏组件的天合光能项目; 总投资10亿元,建设X项目
        elif 0 < a.start - m.end <= RECORD_WINDOW and RE_RECORD_BETWEEN.fullmatch(text, m.end, a.start):
            best = i if best is None else best  # 项目名称：P；投资主体：X；总投资：5亿元
        elif 0 <= a.start - (end := _after_remark(text, m.end, a.start)) <= _window_after(text, m, a.start) \
                and not RE_ATTRIBUTIVE_AFTER.match(text, a.end):
            between = text[end : a.start]  # (P(一期建设…)总投资45.5亿元: past a bracketed remark)
            if RE_TOTAL_INVEST.search(between) and not RE_TOTAL_BREAK.search(between) and \
                    not any(mentions[j].start > m.end and mentions[j].start < a.start for j in near) and \
                    not _aggregate_before(text, m.start, a.start) and \
                    not _last_listed(text, mentions, near, i):
                best = i if best is None else best
                named_before = best == i and RE_NAMED_THEN_AMOUNT.match(between) is not None
    return best


OPEN_BRACKETS: Final = "（("
RE_BRACKETED_AMOUNT_END: Final = re.compile(r"\s*[）)，,、；;]")


def _bracketed_total(text: str, mentions: tuple[Mention, ...], near: list[int],
                     a: AmountMention) -> int | None:
    """The project an amount opens the bracket right after (P（18亿元，投资方为X）、Q（9亿元）): its own
    total."""
    if a.start < 1 or text[a.start - 1] not in OPEN_BRACKETS or \
            not RE_BRACKETED_AMOUNT_END.match(text, a.end):
        return None
    return next((i for i in near if mentions[i].end == a.start - 1), None)


REMARK_REACH: Final = 80  # characters a bracketed remark right after a project's name may run


def _after_remark(text: str, pos: int, limit: int) -> int:
    """Where a bracketed remark that opens at ``pos`` closes (before ``limit``), or ``pos``."""
    if pos >= len(text) or text[pos] not in "（(":
        return pos
    for k in range(pos + 1, min(limit, pos + REMARK_REACH)):
        if text[k] in "）)":
            return k + 1
        if text[k] in "（(":
            break
    return pos


def _of_the_project(text: str, pos: int, mentions: tuple[Mention, ...], near: list[int]) -> bool:
    """Whether the clause that ends at ``pos`` says "the project's" total of a project the sentence named
    before it (P位于Z，项目计划投资10亿元，新建Q: P's, not what it builds; with no P named, Q's)."""
    clause = max(text.rfind(c, max(0, pos - AMOUNT_AFTER_WINDOW), pos) for c in "，,。；;") + 1
    if clause <= 0 or RE_CLAUSE_PROJECT_TOTAL.fullmatch(text, clause, pos) is None:
        return False
    sent_start = max(text.rfind(c, 0, clause) for c in "。！？；;\n") + 1
    return any(sent_start <= mentions[j].start and mentions[j].end <= clause for j in near)


# "这个投资10亿元的项目": a total said of "this project", the one named last before it.
RE_THIS_PROJECT_BEFORE: Final = re.compile(r"(?:这个|这一|该|此)(?:项目)?(?:总|计划)?投资(?:额)?"
                                           r"(?:约|达|超|近)?$")
RE_THIS_PROJECT_AFTER: Final = re.compile(r"(?:以上|左右)?的(?:重大|产业|大)?(?:项目|工程)")
RE_SENTENCE_END: Final = re.compile(r"[。！？；;]")
THIS_PROJECT_REACH: Final = 200  # characters back to the project "this project" is


def _this_project(text: str, mentions: tuple[Mention, ...], projects: list[int], starts: list[int],
                  a: AmountMention, taken: dict[int, int]) -> int | None:
    """The project named last before "这个投资N亿元的项目", when it has no total yet."""
    if not RE_THIS_PROJECT_BEFORE.search(text, max(0, a.start - 12), a.start) or \
            not RE_THIS_PROJECT_AFTER.match(text, a.end):
        return None
    k = bisect.bisect_left(starts, a.start) - 1
    if k < 0 or a.start - mentions[projects[k]].end > THIS_PROJECT_REACH or projects[k] in taken or \
            RE_SENTENCE_END.search(text, mentions[projects[k]].end, a.start):
        return None  # (in the sentence that names it: a later one may bring in another, unnamed)
    return projects[k]


AGGREGATE_REACH: Final = 30  # characters before an amount a count of projects is looked for in


def _aggregate_before(text: str, name_start: int, amount_start: int) -> bool:
    """Whether a count of projects (11个项目) stands before the amount, past the start of the project's name:
    one that ends before the name (开工两个项目：X的P项目投资5亿元) speaks of the sentence, not the amount."""
    return any(mm.end() > name_start for mm in RE_AGGREGATE.finditer(
        text, max(0, amount_start - AGGREGATE_REACH), amount_start))


# Between a total's 的 and the project it is of, the firm that owns the project, in quotes or not
# (总投资5亿元的X有限公司“P项目”): the amount describes the firm's project, not the firm.
OWNER_QUOTES: Final = "“”\"「」『』"


def _owner_between(mentions: tuple[Mention, ...], gap: str, start: int, end: int) -> bool:
    """Whether ``gap`` (the text from an amount's end at ``start`` to a project's start at ``end``) is 的
    and a firm named right before the project (an opening quote may stand between)."""
    if not gap.startswith("的") or len(gap) > MAX_NAME + 3:
        return False
    firm_end = end - (len(gap) - len(gap.rstrip(OWNER_QUOTES)))
    return any(m.type is FIRM and not m.inner and m.start == start + 1 and m.end == firm_end
               for m in mentions)


# A count of one project and its total (签约项目1个，总投资10.5亿元; 开工1个项目，投资额5亿元): the
# total of the one project the text goes on to name.
RE_ONE_PROJECT_TOTAL: Final = re.compile(r"(?:项目[1一]个|(?<![\d一二三四五六七八九十百两])[1一]个"
                                         r"(?:[^，,。；;！？\d]{1,6})?项目)"
                                         r"[，,]?\s*(?:计划|协议|拟)?" + TOTAL_CUE + r"(?:额)?\s?[：:]?"
                                         r"(?:为|约|达|共|计)?\s?$")
ONE_PROJECT_REACH: Final = 300  # characters after the total the project may be named in


def _sole_counted(text: str, mentions: tuple[Mention, ...], projects: list[int], starts: list[int],
                  a: AmountMention, taken: dict[int, int]) -> int | None:
    """The project a count of one and its total speak of: the first named after it (within
    :data:`ONE_PROJECT_REACH`, no other count of projects between), when it has no total yet."""
    if not RE_ONE_PROJECT_TOTAL.search(text, max(0, a.start - 24), a.start):
        return None
    k = bisect.bisect_left(starts, a.end)
    if k >= len(projects) or starts[k] - a.end > ONE_PROJECT_REACH or projects[k] in taken or \
            RE_AGGREGATE.search(text, a.end, starts[k]):
        return None
    if RE_OTHER_TIME.search(text, a.end, starts[k]):
        return None  # 此外，去年签约的P…; 正在建设的P; 已建成的P: a project of another time
    return projects[k]


# What makes the project named after a count of one another than the count's: another time or state.
RE_OTHER_TIME: Final = re.compile(r"去年|前年|此前|以前|往年|已建成|已投产|已经建成|在建|正在建设|此外|另外")


SITE_GAP: Final = 16  # characters of places and parks between a total's 的 and the project it is of


def _site_between(text: str, mentions: tuple[Mention, ...], mention_starts: list[int], start: int,
                  end: int) -> bool:
    """Whether ``text[start:end]`` (from an amount's end to a project's start) is 的 and then nothing but
    places and parks, one right after the other (总投资15.27亿元的渤海新区|P项目: where the project is)."""
    if not text.startswith("的", start) or end - start - 1 > SITE_GAP or end - start < 2:
        return False
    pos = start + 1
    k = bisect.bisect_left(mention_starts, pos)
    while pos < end:
        if k >= len(mentions) or mentions[k].start != pos or mentions[k].type not in (PLACE, PARK) or \
                mentions[k].inner:
            return False
        pos = mentions[k].end
        k = bisect.bisect_left(mention_starts, pos, k + 1)
    return pos == end


# A headline that opens with an amount and an exclamation (投资12亿元！天合光能组件项目落户宿迁; 50亿元！…):
# the amount is the total of the one project the headline goes on to name.
RE_EXCLAIMED_BEFORE: Final = re.compile(r"(?:^|\n)\s*(?:总投资|投资|计划投资|协议投资)?"
                                        r"(?:约|超|达|超过|近)?$")
RE_EXCLAIMED_AFTER: Final = re.compile(r"(?:元|人民币)?\s*[！!]")
HEADLINE_REACH: Final = 60  # characters of the headline after the exclamation the project is named in


def _exclaimed_total(text: str, projects: list[int], starts: list[int], a: AmountMention,
                     taken: dict[int, int]) -> int | None:
    """The project a headline names right after its opening amount and exclamation mark, when it names one
    only (on that line) and it has no total of its own yet."""
    bang = RE_EXCLAIMED_AFTER.match(text, a.end)
    if bang is None or not RE_EXCLAIMED_BEFORE.search(text, max(0, a.start - 12), a.start):
        return None
    line_end = text.find("\n", bang.end())
    hi = min(bang.end() + HEADLINE_REACH, line_end if line_end >= 0 else len(text))
    inside = projects[bisect.bisect_left(starts, bang.end()) : bisect.bisect_left(starts, hi)]
    return inside[0] if len(inside) == 1 and inside[0] not in taken else None


# A project's own contract sum right after its name (X项目签约额3亿元, X项目签约金额为15亿元).
# (a 合同额 is often a builder's contract, no investment)
RE_NAMED_CONTRACT: Final = re.compile(r"[，,]?(?:签约额|签约金额)(?:为|达|约|共)?\s?")


def _contracted_project(text: str, mentions: tuple[Mention, ...], projects: list[int], starts: list[int],
                        a: AmountMention) -> int | None:
    """The project named right before a contract sum: its own investment (a list's or a meeting's total is
    not: nothing but the cue stands between the name and the amount)."""
    k = bisect.bisect_left(starts, a.start) - 1
    if k < 0:
        return None
    i = projects[k]
    m = mentions[i]
    if not RE_NAMED_CONTRACT.fullmatch(text, m.end, a.start) or k > 0 and \
            text[mentions[projects[k - 1]].end : m.start] in LIST_GLUES:
        return None  # A项目、B项目，签约金额…: the list's
    return i


# What joins the projects of a list: "包括A项目、B项目和C项目,总投资30亿元" states the list's total.


def _not_listed_after(text: str, mentions: tuple[Mention, ...], projects: list[int], best: int | None,
                      a: AmountMention) -> int | None:
    """``best``, unless it opens a list of projects after the amount (投资70亿元的A、B和C3个项目: the list's
    total)."""
    if best is not None and mentions[best].start >= a.end and _first_listed(text, mentions, projects, best):
        return None
    return best


# What follows the first item of a counted list: more items, then 等N个项目.
RE_COUNTED_LIST_AFTER: Final = re.compile(r"[、和及][^，,。；;！？]{0,40}?"
                                          r"等[\d一二三四五六七八九十两]+个项目")


RE_ITEM_AMOUNT: Final = re.compile(r"\d\s?(?:亿|万)")


def _first_listed(text: str, mentions: tuple[Mention, ...], projects: list[int], i: int) -> bool:
    """Whether project ``i`` opens a list of projects (an amount before it is the list's): the next project
    follows it after a list glue."""
    m = mentions[i]
    listed = RE_COUNTED_LIST_AFTER.match(text, m.end)
    if listed and not RE_ITEM_AMOUNT.search(listed.group()):
        # 建设比亚迪动力电池、储能电池等5个项目: however few of its items are names (but in
        # 投资20亿元的A、20亿元的B等36个项目 each item has its own)
        return True
    k = bisect.bisect_right(projects, i)  # (projects: mention indexes, in text order)
    return k < len(projects) and mentions[projects[k]].start >= m.end and \
        text[m.end : mentions[projects[k]].start] in LIST_GLUES


def _last_listed(text: str, mentions: tuple[Mention, ...], near: list[int], i: int) -> bool:
    """Whether project ``i`` is the last item of a list of projects (an amount after it is the list's)."""
    m = mentions[i]
    return any(j != i and mentions[j].end <= m.start and text[mentions[j].end : m.start] in LIST_GLUES
               for j in near)


