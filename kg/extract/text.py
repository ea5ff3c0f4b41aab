"""Sentences, clause segments and name trimming: the shared ground of every entity finder.

Offsets are character offsets into the text given (``Document.extraction_text``, which maps 1:1 to
``Document.text``).

>>> [s.text for s in split_sentences("甲项目签约。乙项目开工;丙")]
['甲项目签约。', '乙项目开工;', '丙']
>>> trim_name("总投资16亿元的锂离子动力电池项目")
(8, '锂离子动力电池项目')
>>> trim_name("加快推进元宇宙数字产业园")
(4, '元宇宙数字产业园')
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from typing import Final

from kg.extract.pretest import Starting
from kg.extract.vocab import (
    BAD_NAME_START,
    HARD_BOUNDARY,
    LEADING_STOPWORDS,
    LIST_COMMA,
    RE_ENUMERATOR,
    RE_LEADING_AMOUNT,
    RE_LEADING_COUNT,
)

# Leading stopwords by first character, longest first: trim_name looks up only the words that can match.
_STOP_BY_FIRST: Final[dict[str, tuple[str, ...]]] = {}
for _w in LEADING_STOPWORDS:
    _STOP_BY_FIRST[_w[0]] = (*_STOP_BY_FIRST.get(_w[0], ()), _w)

RE_SENTENCE: Final = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*\n?|\n")
RE_YEAR_PREFIX = re.compile(r"^(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月份?(?:\d{1,2}日)?)"
                            r"(?:以来|底|初|末|中旬|上旬|下旬)?")
# (written \s\s\s+, not \s{3,}: a pattern that opens with one character class lets a search skip along the
# text to the next space; one that opens with a repeat is tried at every character)
RE_SPACE_RUN: Final = re.compile(r"\s\s\s+")
# A superlative that describes what follows (全球最大单套|年产50万吨…项目, 全省首条|…生产线).
RE_SUPERLATIVE_LEAD: Final = re.compile(r"(?:全球|全国|国内|亚洲|世界|全省|省内|全市|全区|全县)(?:规模)?"
                                        r"(?:最大|最先进|首个|首家|首条|首套|第一个|第一家|领先)的?"
                                        r"(?:单套|单体|单条)?")
# What trim_name strips by pattern, in its order; and whether any of them matches at all (most names start
# with none of them: one match tried instead of five)
LEADING_PATTERNS: Final = (RE_ENUMERATOR, RE_LEADING_AMOUNT, RE_LEADING_COUNT, RE_YEAR_PREFIX,
                           RE_SUPERLATIVE_LEAD)
RE_ANY_LEADING: Final = Starting(re.compile("|".join(f"(?:{rx.pattern})" for rx in LEADING_PATTERNS)),
                                 "(,.①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳一七万三世两九二五亚亿估"
                                 "全八六几十千四国总投概百省第约规计超达近逾（，", digits=True, spaces=True)


@dataclass(frozen=True, slots=True, init=False)
class Span:
    """A piece of text with its offsets."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        # the dataclass's __init__, written out: mypyc compiles it (the generated one runs interpreted)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)


MAX_SENTENCE_CHARS: Final = 800  # a longer "sentence" (a page without punctuation) is cut at commas or hard


def split_sentences(text: str) -> list[Span]:
    """Sentences (ending in 。！？；; or a newline), with offsets; long space runs in PDF text split too, and
    no sentence is longer than :data:`MAX_SENTENCE_CHARS` (so that work per sentence stays bounded)."""
    out: list[Span] = []
    for sp in _split_sentences(text):
        start = sp.start
        while sp.end - start > MAX_SENTENCE_CHARS:
            hi = start + MAX_SENTENCE_CHARS
            cut = max(text.rfind("，", start, hi), text.rfind(",", start, hi), text.rfind("、", start, hi))
            cut = cut + 1 if cut > start + MAX_SENTENCE_CHARS // 2 else hi
            out.append(Span(start, cut, text[start:cut]))
            start = cut
        out.append(sp if start == sp.start else Span(start, sp.end, text[start : sp.end]))
    return out


def _split_sentences(text: str) -> list[Span]:
    out: list[Span] = []
    spaced = RE_SPACE_RUN.search(text) is not None  # (a text with no run has no sentence to cut at one)
    for m in RE_SENTENCE.finditer(text):
        s, e = m.start(), m.end()
        chunk = m.group()
        # Feeds and PDF pages put several sentences on one line separated by runs of spaces.
        pos = s
        for sm in RE_SPACE_RUN.finditer(chunk) if spaced else ():
            cut = s + sm.end()
            if cut - pos > 1:
                out.append(Span(pos, cut, text[pos:cut]))
            pos = cut
        if e > pos and text[pos:e].strip():
            out.append(Span(pos, e, text[pos:e]))
    return out


# A line break inside a sentence of hard-wrapped text (PDF copies, fixed-width pages) is no boundary: it is
# replaced, in the text extraction works on, by this zero-width character (same length, so offsets hold).
SOFT_BREAK: Final = "\u200b"
SENTENCE_FINAL: Final = frozenset("。！？!?；;：:")
WRAP_MIN_WIDTH: Final = 15
# A line with a tab is a row of a Word table: one unit, never wrapped into the next row.
TABLE_CELL_SEPARATOR: Final = "\t"
TABLE_ROW_END: Final = ("|", "| ")  # … and a web page's table row ends in a bar
# … and a row typed with spaces has two gaps or more between its cells (1 锂电池隔膜项目 X有限公司 56000) and
# no clause marks (a PDF's wrapped prose puts spaces around figures: 总投资 60 亿元的…、总投资 25 亿元):
# neither it nor the line before it (a table's title) goes on in the next line
RE_CELL_GAP: Final = re.compile(r"(?<=\S)[ \u3000\xa0]+(?=\S)")
ROW_CLAUSE_MARKS: Final = frozenset("，,。；;：:！？、")
MIN_ROW_GAPS: Final = 2
WRAP_FULL_SHARE: Final = 0.8


def _width(line: str) -> float:
    """A line's printed width: a Chinese character is one, a Latin letter, digit or space half."""
    line = line.rstrip()
    return len(line) - 0.5 * len(line.encode("ascii", "ignore"))  # encoded: its ASCII characters only


# A full stop typed as a dot between two Chinese characters (…生态城.三江航天…): some pages end sentences so.
RE_DOT_STOP: Final = re.compile(r"(?<=[\u4e00-\u9fff])[.．](?=[\u4e00-\u9fff])")
DOT_MARKS: Final = (".", "．")  # RE_DOT_STOP's dots, and the range of its Chinese characters
CJK_FIRST: Final = "\u4e00"
CJK_LAST: Final = "\u9fff"
FULL_STOP: Final = "。"
MIN_DOT_STOPS: Final = 2  # dots between Chinese characters a page needs before they count as its full stops
DOTS_PER_STOP: Final = 2  # … and more than this many of them for each 。 it has


def dots_as_stops(text: str) -> str:
    """``text`` with a dot between two Chinese characters read as a full stop (same length, same offsets).

    Only on a page that writes its sentences so (more than twice as many such dots as full stops, and at least
    :data:`MIN_DOT_STOPS`): elsewhere a dot between Chinese characters is a numbering mark (一.新开工项目) or
    joins a foreign name (约翰.迪尔公司).

    >>> dots_as_stops("建设黄龙湖国际生态城.三江航天等4个产业园落户孝感.签约总额102亿元.A.O.史密斯")
    '建设黄龙湖国际生态城。三江航天等4个产业园落户孝感。签约总额102亿元.A.O.史密斯'
    >>> dots_as_stops("美国约翰.迪尔公司投资5亿元。一.新开工项目")
    '美国约翰.迪尔公司投资5亿元。一.新开工项目'
    """
    dots = dot_stop_count(text)
    if dots < MIN_DOT_STOPS or dots <= DOTS_PER_STOP * text.count(FULL_STOP):
        return text
    return RE_DOT_STOP.sub(FULL_STOP, text)


def dot_stop_count(text: str) -> int:
    """``len(RE_DOT_STOP.findall(text))``: each dot found by ``str.find``, its neighbours compared (the
    pattern, opening with a look-behind, is tried at every offset of the text).

    >>> dot_stop_count("生态城.三江．航天 5.5亿元 约翰.")
    2
    """
    n = 0
    last = len(text) - 1
    for dot in DOT_MARKS:
        i = text.find(dot, 1)  # (no look-behind at offset 0)
        while 0 < i < last:
            if CJK_FIRST <= text[i - 1] <= CJK_LAST and CJK_FIRST <= text[i + 1] <= CJK_LAST:
                n += 1
            i = text.find(dot, i + 1)
    return n


def _spaced_row(line: str) -> bool:
    """Whether ``line`` is a row of a table typed with spaces, or a line of labelled fields (证券代码：605000
    证券简称：X 公告编号：2024-001): no wrapped prose."""
    if RE_CELL_GAP.search(line) and len(RE_FIELD_LABEL.findall(line)) >= MIN_ROW_GAPS:
        return True
    return not ROW_CLAUSE_MARKS.intersection(line) and len(RE_CELL_GAP.findall(line)) >= MIN_ROW_GAPS


# A field's label in a line of labelled fields (证券代码：, 公告编号：), after the line's start or a space.
RE_FIELD_LABEL: Final = re.compile(r"(?:^|(?<=[ \u3000\xa0]))[\u4e00-\u9fff]{2,6}[：:]")


def soften_line_breaks(text: str) -> str:
    r"""``text`` with the line breaks of hard-wrapped lines made soft (:data:`SOFT_BREAK`).

    A break is soft when the line before it is nearly as long as the document's wrap width (its long lines'
    80th-percentile length), does not end a sentence, and the next line goes on with text.

    >>> t = "\n".join(["招大引强成效明显,总投资60亿元的华岳新能源汽",
    ...                "车电机、总投资25亿元的湘铜导体产业园高端细",
    ...                "线等一批重大项目先后落户。全年固定资产投资", "增长12%。"])
    >>> soften_line_breaks(t).count(SOFT_BREAK)
    3
    """
    lines = text.split("\n")
    widths = [_width(x) for x in lines]
    long_lines = sorted(w for w in widths if w >= WRAP_MIN_WIDTH)
    if len(long_lines) < 3:
        return text
    width = long_lines[int(0.8 * (len(long_lines) - 1))]
    out = list(text)
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[k + 1][:1]
        if widths[k] >= WRAP_FULL_SHARE * width and line and line[-1] not in SENTENCE_FINAL and \
                TABLE_CELL_SEPARATOR not in line and not line.endswith(TABLE_ROW_END) and \
                (nxt.isalnum() or "\u4e00" <= nxt <= "\u9fff") and not _spaced_row(line) and \
                not _spaced_row(lines[k + 1]) and not RE_FIELD_LABEL.match(lines[k + 1]):
            out[pos] = SOFT_BREAK
        pos += 1
    return "".join(out)


# A segment: a run of characters that are not hard boundaries (quotes stay inside names).
SEGMENT_BOUNDARY: Final = (HARD_BOUNDARY | {LIST_COMMA}) - set("“”\"‘’'")
RE_SEGMENT: Final = re.compile("[^" + "".join(re.escape(c) for c in sorted(SEGMENT_BOUNDARY)) + "]+")


def segments(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Pieces of ``text[start:end]`` between hard boundaries (punctuation, 、, quotes stay inside names).

    >>> [s.text for s in segments("甲、乙“丙”,丁")]
    ['甲', '乙“丙”', '丁']
    """
    end = len(text) if end is None else end
    return [Span(m.start(), m.end(), m.group()) for m in RE_SEGMENT.finditer(text, start, end)]


def _is_own_word(s: str) -> bool:
    """Whether the first character of ``s`` is a word of its own (在邵阳… yes; 和平区… no), by jieba.

    Only called for one-character stopwords, so jieba sees a few short strings, never the whole text."""
    from kg.extract.tokens import cut

    words = cut(s[:8])
    return bool(words) and len(words[0]) == 1


# The lengths of place names looked for at the start of a name (项城市, 和平区, 将乐县, 以色列 …).
PLACE_PREFIX_LENGTHS: Final = (2, 3, 4, 5)


# A ranking before a firm's name (中国民企500强, 世界500强, 全国百强): what it is, not its name.
RE_RANK_PREFIX: Final = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:500|五百|百|千)强(?:企业|县|市|区|镇)?")
RANK_CHAR: Final = "强"  # (in every match of RE_RANK_PREFIX: a test before the regex)
# Words for a work (项目, 工程): no name starts with one (a project's is invalid, a firm's is 项目管理…).
WORK_WORDS: Final = ("项目", "工程")


def _starts_place(s: str, places: Container[str]) -> bool:
    return any(s[:n] in places for n in PLACE_PREFIX_LENGTHS if n < len(s))


MODIFIER_PARTICLE: Final = "的"


def _last_particle(s: str, names: Iterable[str]) -> int:
    """Where the last 的 of ``s`` stands that is no part of one of ``names`` (美的厨卫: 美的 is a brand)."""
    k = s.rfind(MODIFIER_PARTICLE)
    while k >= 0 and any(s.startswith(n, k - i) for n in names
                         for i in range(len(n)) if n[i] == MODIFIER_PARTICLE and k >= i):
        k = s.rfind(MODIFIER_PARTICLE, 0, k)
    return k


def trim_name(candidate: str, places: Container[str] = (), names: Iterable[str] = ()) -> tuple[int, str]:
    """Strip what cannot start a name: leading verbs/adverbs/prepositions, amounts (总投资16亿元的),
    counts (3个), years (2023年), spaces, and everything up to a 的. Returns (chars removed, name).

    A one-character stopword that begins a name in ``places`` (place names by their surface) stays:
    项城市凯森… is a firm of 项城市, not 项 + 城市凯森…, however jieba cuts it. A 的 inside one of ``names``
    (known names holding it: 美的, 奈雪的茶) is no modifier's end."""
    removed = 0
    s = candidate
    # Everything up to the last 的 is a modifier: "长沙市的蓝思科技电子信息项目" -> "蓝思科技电子信息项目".
    k = _last_particle(s, names)
    if k >= 0:
        removed += k + 1
        s = s[k + 1 :]
    changed = True
    while changed and s:
        changed = False
        stripped = s.lstrip()
        if len(stripped) != len(s):
            removed += len(s) - len(stripped)
            s = stripped
            changed = True
        for rx in LEADING_PATTERNS if RE_ANY_LEADING.match(s) else ():
            m = rx.match(s)
            if m and m.end() > 0:
                removed += m.end()
                s = s[m.end() :]
                changed = True
        for w in _STOP_BY_FIRST.get(s[0], ()) if s else ():
            if s.startswith(w) and len(s) > len(w) + 1 and \
                    (len(w) > 1 or not _starts_place(s, places) and _is_own_word(s)):
                removed += len(w)
                s = s[len(w) :]
                changed = True
                break
        rank = RE_RANK_PREFIX.match(s) if RANK_CHAR in s else None
        if rank is not None and len(s) - rank.end() >= 2:
            removed += rank.end()  # 中国民企500强|万洋集团: a ranking describes the firm after it
            s = s[rank.end() :]
            changed = True
        if s.startswith(WORK_WORDS) and _starts_place(s[2:], places):
            removed += 2  # 开工项目|苏州宝嘉…有限公司: a work word before a place ends a phrase
            s = s[2:]
            changed = True
    while s and s[0] in BAD_NAME_START and len(s) > 2 and not _starts_place(s, places):
        removed += 1  # (a place's name may start with one: 都兰藏地…有限公司, 都江堰…)
        s = s[1:]
    return removed, s


def with_prefix(pairs: list[tuple[str, str]], prefix: str) -> list[str]:
    """The keys of a sorted list of (name, key) whose name starts with ``prefix``, found by bisection (not a
    scan of all)."""
    out = []
    for k in range(bisect.bisect_left(pairs, (prefix, "")), len(pairs)):
        if not pairs[k][0].startswith(prefix):
            break
        out.append(pairs[k][1])
    return out
