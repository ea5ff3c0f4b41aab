"""Document metadata from text: title, date, region; and the simplified-character form.

>>> parse_date("2023年01月09日"), parse_date("2021-01-05"), parse_date("2020")
('2023-01-09', '2021-01-05', '2020')
>>> find_region("【永兴县招商】2019年鲤鱼塘镇政府工作报告", "")
'鲤鱼塘镇'
>>> find_region("【邵阳招商】16亿元锂离子动力电池项目签约邵阳", "这是邵阳市招商引资工作的重大成果")
'邵阳市'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.ingest.places import (
    ADMIN_SUFFIXES,
    expand_short_name,
    is_admin_unit,
    most_referenced_unit,
    split_admin_units,
)
from kg.lexicon.grammar import FIRM_LEGAL_FORMS, alternation

# A date: 2023年01月09日, 2023-01-09, 2023/1/9, 2023.01.09 (day optional in the Chinese form), or a bare year.
RE_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月(?:\s*(?P<d1>\d{1,2})\s*[日号])?"
    r"|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2}))"
)
RE_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年?\s*$")

# A line that is only a date (the date line of a feed article).
RE_DATE_LINE = re.compile(
    r"^\s*(?:19|20)\d{2}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)

# A numeric date stamp (2021-01-05) near the top of a page: the page's own date.
RE_DATE_STAMP = re.compile(r"(?<![\d])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])")
# How far into the text a date stamp is still the page's date.
DATE_STAMP_WINDOW = 600

# A year at the start of a line (2021年,是…; 2021年全县经济社会发展的主要目标): the year the text is about.
RE_LEADING_YEAR = re.compile(r"^\s*((?:19|20)\d{2})年(?!\d)", re.MULTILINE)
# Lines searched for a leading year.
LEADING_YEAR_LINES = 5

# A report name: 2023年咸宁市政府工作报告, 会同县2021年政府工作报告, 湖南省人民政府工作报告.
RE_REPORT_NAME = re.compile(
    r"(?:(?P<y1>(?:19|20)\d{2})年(?:度)?)?(?P<place>[\u4e00-\u9fff]{2,30}?)"
    r"(?:(?P<y2>(?:19|20)\d{2})年(?:度)?)?(?:人民)?政府工作报告"
)

REPORT_WORD = "政府工作报告"
# How far before 政府工作报告 a report name may start.
REPORT_NAME_WINDOW = 45

# A leading tag in a title: 【桂阳县招商】, 【湖南新闻】.
RE_TAG = re.compile(r"^\s*[【\[]([^】\]]{1,20})[】\]]")
# Words that end a tag but are not part of the place name.
TAG_SUFFIXES = (
    "招商引资",
    "招商",
    "新闻",
    "要闻",
    "动态",
    "资讯",
    "快讯",
    "政务",
    "发布",
    "经济",
    "投资",
    "项目",
)
# An admin name at the start of a title: 桂阳县云招商创新模式…
RE_LEADING_PLACE = re.compile(
    rf"^(?:(?:19|20)\d{{2}}年)?([\u4e00-\u9fff]{{1,12}}?(?:{'|'.join(ADMIN_SUFFIXES)}))"
)

# Self-references that tell the level of the area a text is about (全县, 我市, 本区 …), most specific first.
SELF_REFERENCES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("镇",): ("全镇", "我镇", "本镇"),
    ("乡",): ("全乡", "我乡", "本乡"),
    ("街道",): ("全街道", "我街道", "本街道"),
    ("县", "自治县"): ("全县", "我县", "本县"),
    ("区",): ("全区", "我区", "本区"),
    ("旗",): ("全旗", "我旗", "本旗"),
    ("市",): ("全市", "我市", "本市"),
    ("州", "自治州"): ("全州", "我州", "本州"),
    ("盟",): ("全盟", "我盟", "本盟"),
    ("省",): ("全省", "我省", "本省"),
}
# A level counts when its self-references reach this share of the most frequent level's.
SELF_REFERENCE_SHARE = 0.25

# A publishing government: 咸宁市人民政府, 会同县政府办公室.
RE_GOVERNMENT = re.compile(r"^\s*([\u4e00-\u9fff]{2,30}?)(?:人民)?政府")

# A title line is short and is not a sentence.
MAX_TITLE_CHARS = 60
RE_SENTENCE_END = re.compile(r"[。;;!!??::]\s*$|。")


def parse_date(value: str | None) -> str | None:
    """YYYY-MM-DD (or YYYY-MM, YYYY) from a date written in any common form; None if there is none."""
    if not value:
        return None
    m = RE_DATE.search(value)
    if m:
        year, month, day = m.group("y"), m.group("m1") or m.group("m2"), m.group("d1") or m.group("d2")
        if month and 1 <= int(month) <= 12:
            if day and 1 <= int(day) <= 31:
                return f"{year}-{int(month):02d}-{int(day):02d}"
            return f"{year}-{int(month):02d}"
        return year
    m = RE_YEAR.match(value)
    return m.group(1) if m else None


def is_date_line(line: str) -> bool:
    return bool(RE_DATE_LINE.match(line))


def find_title(lines: list[str]) -> str | None:
    """The first non-empty line when it reads as a title (short, not a sentence, not a date), after any
    navigation lines of a web page (网站首页 | 新闻中心, 当前位置：首页 > 要闻)."""
    skipped = 0
    for line in lines:
        s = line.strip()
        if not s:
            continue
        if is_navigation(s) and skipped < MAX_NAVIGATION_LINES:
            skipped += 1
            continue
        if len(s) <= MAX_TITLE_CHARS and not RE_SENTENCE_END.search(s) and not is_date_line(s):
            return s
        return None
    return None


# A web page's navigation: a breadcrumb (当前位置：首页 > 要闻) or a menu of short items (首页 | 新闻 | 政务).
RE_NAVIGATION_START = re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|位置)[：:]"
                                 r"|^(?:网站)?首页\s*(?:[|>》＞/·]|$)")
RE_NAVIGATION_SEPARATOR = re.compile(r"\s*[|｜>》＞»]\s*")
MAX_NAVIGATION_LINES = 5  # navigation lines passed over before the title
MAX_MENU_ITEM = 8  # characters of a menu item (首页, 新闻中心, 青海省人民政府)


def is_navigation(line: str) -> bool:
    """Whether a line is a page's breadcrumb or menu, not its title."""
    if RE_NAVIGATION_START.search(line):
        return True
    items = [x for x in RE_NAVIGATION_SEPARATOR.split(line) if x]
    # 中央人民政府 | 青海省人民政府 | 海西州人民政府 网站无障碍: all items short but one (the last may carry
    # a site tool)
    return len(items) >= 3 and sum(len(x) <= MAX_MENU_ITEM for x in items) >= len(items) - 1 and \
        all(len(x) <= MAX_TITLE_CHARS for x in items)


def find_report_name(text: str) -> re.Match[str] | None:
    """The first report name (…政府工作报告) whose place part is a chain of administrative names."""
    for m in _report_name_candidates(text):
        place = m.group("place")
        # the lazy match may start inside a word: try each start, longest valid place first
        for i in range(len(place) - 1):
            if split_admin_units(place[i:]):
                return m
    return None


def _report_name_candidates(text: str) -> Iterator[re.Match[str]]:
    """RE_REPORT_NAME matches, looked for only just before each 政府工作报告 (fast on long texts)."""
    start = text.find(REPORT_WORD)
    while start >= 0:
        window_start = max(0, start - REPORT_NAME_WINDOW)
        end = start + len(REPORT_WORD)
        m = RE_REPORT_NAME.search(text, window_start, end)
        if m and m.end() == end:
            yield m
        start = text.find(REPORT_WORD, end)


def report_place(m: re.Match[str]) -> str:
    """The most specific administrative unit of a report name (2020年长沙市天心区… -> 天心区)."""
    place = m.group("place")
    for i in range(len(place) - 1):
        units = split_admin_units(place[i:])
        if units:
            return expand_short_name(units[-1], "")
    return place


def report_year(m: re.Match[str]) -> str | None:
    return m.group("y1") or m.group("y2")


def _tag_region(title: str, text: str) -> str | None:
    m = RE_TAG.match(title)
    if not m:
        return None
    tag = m.group(1).strip()
    for suffix in TAG_SUFFIXES:
        if tag.endswith(suffix) and len(tag) > len(suffix):
            tag = tag[: -len(suffix)]
            break
    if len(tag) < 2:
        return None
    units = split_admin_units(tag)
    if units:
        return expand_short_name(units[-1], title + "\n" + text)
    if tag[0] in "全我本各该" or not re.match(r"^[\u4e00-\u9fff]+$", tag):
        return None
    return expand_short_name(tag, title + "\n" + text)


def _leading_place(title: str) -> str | None:
    m = RE_LEADING_PLACE.match(RE_TAG.sub("", title).strip())
    if m and is_admin_unit(m.group(1)):
        return expand_short_name(m.group(1), "")
    return None


def _self_referenced(text: str) -> str | None:
    counts = [(suffixes, sum(text.count(w) for w in words)) for suffixes, words in SELF_REFERENCES.items()]
    top = max(c for _, c in counts)
    if top > 0:
        # the most specific level the text refers to itself by, unless it does so rarely
        for suffixes, count in counts:
            if count >= SELF_REFERENCE_SHARE * top:
                found = most_referenced_unit(text, suffixes)
                if found:
                    return expand_short_name(found, "")
                break
    return most_referenced_unit(text, ADMIN_SUFFIXES)


def _publisher_place(publisher: str | None) -> str | None:
    m = RE_GOVERNMENT.match(publisher or "")
    if not m:
        return None
    units = split_admin_units(m.group(1))
    return expand_short_name(units[-1], "") if units else None


def find_region(
    title: str | None, text: str, name: str | None = None, publisher: str | None = None
) -> str | None:
    """The administrative area a document is about: from its title line or the division it names most.

    In order: the report name in the title or header name (2020年长沙市天心区政府工作报告 -> 天心区);
    the title's tag (【桂阳县招商】, 【邵阳招商】 -> 邵阳市); a place at the start of the title; the first
    division the title names, the most specific of a chain (在烟台市蓬莱区… -> 蓬莱区; never inside a medium's
    name such as 香港商报); a report name in the text ((摘自2021年通城县政府工作报告)); the division the text
    names most (twice at least); the publishing government (咸宁市人民政府); the name the text refers to most
    at the level its self-references (全县, 我市) point to; last, a division the text names once.
    """
    for found in _region_candidates(title, text, name, publisher):
        if found and _is_known_place(found) and not _only_inside_longer(found, title, text):
            return found
    return None


def _only_inside_longer(found: str, title: str | None, text: str) -> bool:
    """Whether every time the title or text writes ``found`` it is part of a longer place's name (鞍山市 in
    马鞍山市)."""
    from kg.lexicon.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    seen = False
    for s in (title or "", text[:REGION_SCAN_CHARS]):
        at = s.find(found)
        if at < 0:
            continue
        spans = [(p.start, p.end) for p in gaz.find(s)]
        while at >= 0:
            if not any(a <= at and at + len(found) <= b and b - a > len(found) for a, b in spans):
                return False
            seen = True
            at = s.find(found, at + 1)
    return seen


def _region_candidates(title: str | None, text: str, name: str | None,
                       publisher: str | None) -> Iterator[str | None]:
    for head in (title, name):
        if head and (m := find_report_name(head)):
            yield report_place(m)
    if title:
        yield _tag_region(title, text)
        yield _leading_place(title)
        yield _title_place(title)
    if m := find_report_name(text):
        yield report_place(m)
    yield _place_then_self_reference(text)
    yield _most_named_place(text, MIN_REGION_MENTIONS)
    yield _publisher_place(publisher)
    yield _self_referenced(text)
    yield _most_named_place(text, 1)
    # last of all, the place a firm's name opens with (天津中兴新业港有限公司: a firm of that city)
    if title:
        yield _title_place(title, skip_firms=False)
    yield _most_named_place(text, 1, skip_firms=False)


def _is_known_place(name: str) -> bool:
    """A region found by the suffix grammar must be a division the gazetteer knows (not 白水湖片区)."""
    from kg.lexicon.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    return bool(gaz.by_name(name) or gaz.by_short(name))


def _title_place(title: str, skip_firms: bool = True) -> str | None:
    """The first division of county level or above the title names; when the title chains divisions
    (烟台市蓬莱区), the most specific of the chain."""
    from kg.lexicon.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    best = None
    for p in gaz.find(title):
        if not p.code or skip_firms and opens_firm_name(title, p.end):
            continue
        if best is None:
            if p.level in REGION_LEVELS:
                best = p
        elif p.start == best.end and p.level in REGION_LEVELS and gaz.is_within(p.code, best.code or ""):
            best = p
        else:
            break
    return best.name if best else None


def _most_named_place(text: str, min_count: int, skip_firms: bool = True) -> str | None:
    """The division of county level or above the text names most often, at least ``min_count`` times (ties:
    the larger one, which holds the other, then the first named)."""
    from kg.lexicon.gazetteer import LEVEL_RANK, Gazetteer

    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    levels: dict[str, int] = {}
    for p in Gazetteer.load().find(text[:REGION_SCAN_CHARS]):
        if p.code and p.level in REGION_LEVELS and not (skip_firms and opens_firm_name(text, p.end)):
            counts[p.name] = counts.get(p.name, 0) + 1
            first.setdefault(p.name, p.start)
            levels[p.name] = LEVEL_RANK[p.level]
    if not counts:
        return None
    best = max(counts, key=lambda n: (counts[n], levels[n], -first[n]))
    return best if counts[best] >= min_count else None


def _place_then_self_reference(text: str) -> str | None:
    """A division the text names and then refers to itself by, near the start (记者从乌兰察布市了解到，该市…;
    襄阳市…全市): the text is about it, whatever other places it names more often."""
    from kg.lexicon.gazetteer import Gazetteer

    head = text[:SELF_REFERENCE_HEAD]
    for p in Gazetteer.load().find(head):
        if not p.code or p.level not in REGION_LEVELS or opens_firm_name(text, p.end):
            continue
        m = RE_SELF_REFERENCE_AFTER.match(text, p.end)
        if m is not None and p.name.endswith(m.group("unit")):
            return p.name
    return None


SELF_REFERENCE_HEAD: Final = 300  # characters from the start a division and its self-reference may stand in
# (该市 only: 全市 after a city may be that city's part of a province's text)
RE_SELF_REFERENCE_AFTER: Final = re.compile(r"[^。；;！？\n]{0,12}?[，,]\s*该"
                                            r"(?P<unit>[市县区州旗])")


REGION_LEVELS = frozenset({"province", "city", "county"})
# A place that opens a firm's name (北京京东方科技集团, 山东魏桥创业集团有限公司) says where the firm is
# registered, not what the document is about: the rest of the name runs to a legal form, with no party,
# government or event word between.
RE_FIRM_NAME_REST: Final = re.compile(r"(?:(?!与|和|同|及|、|政府|委|局|厅|签|投资|建设)"
                                      r"[\u4e00-\u9fff()（）A-Za-z\-－·]){1,12}?"
                                      f"(?:{alternation(FIRM_LEGAL_FORMS)})")


def opens_firm_name(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens a firm's name (see :data:`RE_FIRM_NAME_REST`)."""
    return RE_FIRM_NAME_REST.match(text, end) is not None
MIN_REGION_MENTIONS = 2  # the most named division is the region when named this often (else self-references)
REGION_SCAN_CHARS = 20_000


def find_date(text: str, title: str | None = None) -> str | None:
    """The document's date from its text, when no metadata gives one.

    A numeric date stamp near the top (2021-01-05; not a report's ——…在…会议上 delivery date); else the year
    of the report name; else the year a leading line starts with (2021年,是…).
    """
    head = text[:DATE_STAMP_WINDOW]
    for stamp in RE_DATE_STAMP.finditer(head):
        # a delivery date (——2020-12-30在…会议上) is not the page's date
        if (
            head[max(0, stamp.start() - 2) : stamp.start()] == "——"
            or head[stamp.end() : stamp.end() + 1] == "在"
        ):
            continue
        date = parse_date(stamp.group(0))
        if date and len(date) == 10:
            return date
    for source in (title, text):
        if source and (report := find_report_name(source)) and report_year(report):
            return report_year(report)
    first_lines = "\n".join(text.splitlines()[:LEADING_YEAR_LINES])
    leading = RE_LEADING_YEAR.search(first_lines)
    return leading.group(1) if leading else None
