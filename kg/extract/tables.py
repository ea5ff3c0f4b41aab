"""Tables of projects: a header row that names its columns (项目名称 | 建设单位 | 总投资（亿元） |
建设地点) and the rows under it, one project each.

A row says in one line what a sentence says with verbs: the firm in the 建设单位 column invests in
the project in the 项目名称 column, the amount in the 总投资 column is that project's, and the project is
where the 建设地点 column puts it. A cell's type comes from its column, so a project named without a
suffix (年产5万吨正极材料) is a project here. Rows come from Word tables (cells joined by a tab) and web-page
tables (``| a | b |`` lines), both what :mod:`kg.ingest` makes of them, and from tables typed with spaces in
plain text (``序号 项目名称 建设单位 总投资``, the unit often in the title line above).

>>> t = find_tables("项目名称\\t建设单位\\t总投资(亿元)\\n正极材料项目\\t湖南华锂有限公司\\t2.5\\n")[0]
>>> [c.text for c in t.rows[0].cells], t.columns, t.unit_cny
(['正极材料项目', '湖南华锂有限公司', '2.5'], ('project', 'firm', 'amount'), 100000000)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from kg.extract.amounts import AmountMention
from kg.extract.context import Context, last_match
from kg.extract.mentions import FIRM, PROJECT, Mention
from kg.extract.validity import valid_name
from kg.extract.vocab import RE_FIRM_TRADE
from kg.lexicon.grammar import RE_FIRM_LEGAL

# Column headers by role (the whole cell, spaces taken out): what each row's cell in that column is.
RE_WHITESPACE: Final = re.compile(r"\s+")
RE_PROJECT_COLUMN: Final = re.compile(r"(?:签约|重点|重大|招商)?项目(?:名称|名)?|名称")
RE_FIRM_COLUMN: Final = re.compile(r"(?:项目)?(?:建设|业主|投资|实施|承建|申报|签约|责任)?(?:单位|主体|企业)"
                            r"(?:名称)?|项目业主|项目法人|投资方|企业名称|签约企业|投资商")
RE_AMOUNT_COLUMN = re.compile(r"(?:计划|项目|协议|合同|签约)?(?:总投资|投资总额|投资额|投资|金额)(?:额|规模)?"
                              r"(?:[（(/]?(?P<unit>亿元|万元|元|亿|万)[）)]?)?")
RE_SITE_COLUMN: Final = re.compile(r"(?:项目|建设|实施)?(?:地点|地址|选址|所在地|所在区域|区域)"
                            r"|(?:落户|所在|所属|入驻)(?:园区|地|县市区)|县(?:市区|区|市)|属地")
COLUMN_RULES: Final = (("project", RE_PROJECT_COLUMN), ("firm", RE_FIRM_COLUMN), ("amount", RE_AMOUNT_COLUMN),
                ("site", RE_SITE_COLUMN))
# What an amount column's unit is worth in yuan.
UNIT_CNY: Final = {"亿元": 100_000_000, "万元": 10_000, "元": 1, "亿": 100_000_000, "万": 10_000}
# Rows that are no project: a total (合计, 小计), a section heading (一、工业项目) in a merged row.
RE_NOT_A_ROW = re.compile(r"(?:[^，,]{0,8}(?:合计|小计|总计|共计)).*|[一二三四五六七八九十]+[、.．].{0,12}"
                          r"|\d+[、.．]\D.{0,12}")
# A total row's first cell (合计, 全县合计（2个）).
RE_TOTAL_CELL: Final = re.compile(r"[^，,]{0,8}(?:合计|小计|总计|共计).*")
# Roles a table must have beside its project column to be a table of projects (a 名称 | 面积 table of parks,
# a 项目 | 金额（万元） budget has no firm; the budget needs one, a park list both).
PROJECT_TABLE_ROLES: Final = frozenset({"firm", "amount"})
# Project column heads that other tables use too (a budget's 项目, a list's 名称): such a table needs a firm
# column.
BARE_PROJECT_HEADS: Final = frozenset({"项目", "名称"})
# A cell that holds a bare figure (the unit is the header's): 25, 12.5, 3,000.
RE_FIGURE: Final = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# A web-page table's rule line (|---|---|).
RE_RULE_LINE: Final = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*")
CELL_SEPARATORS: Final = ("\t", "|")
MIN_CELLS: Final = 2
# A table typed with spaces (a page's or a PDF's text: "序号 项目名称 建设单位 总投资"): its cells are the
# runs between spaces, read only under a header that names its columns (a project's and a firm's or
# amount's) and only in rows of as many cells; a document is looked at this way only when one of its lines
# has a project column's head, a space and a firm's or amount's head.
RE_SPACED_CELL: Final = re.compile(r"[^ \u3000\xa0\t]+")
RE_SPACED_HEADER_HINT: Final = re.compile(r"项目(?:名称)?[ \u3000\xa0]+[^\n]{0,30}?(?:单位|主体|企业|投资)")
# A table's unit written in its title line, above the header ("新开工项目表（单位：万元）").
RE_TITLE_UNIT: Final = re.compile(r"单位[：:]\s*(?P<unit>亿元|万元|元)")


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's text (stripped) and its offsets in the document."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A header's column roles (None for a column kg does not read) and the rows under it."""

    columns: tuple[str | None, ...]
    unit_cny: int | None  # what a bare figure in the amount column is worth, from the header's unit
    rows: tuple[Row, ...]

    def cell(self, row: Row, role: str) -> Cell | None:
        """The row's cell in the column of ``role`` (None where the table has no such column, or the row
        ends before it)."""
        if role not in self.columns:
            return None
        k = self.columns.index(role)
        return row.cells[k] if k < len(row.cells) else None


def _cells(text: str, start: int, end: int, spaced: bool = False) -> tuple[Cell, ...] | None:
    """The cells of the line ``text[start:end]`` when it is a table row, else None; ``spaced``: a line with
    neither tabs nor bars splits at spaces."""
    line = text[start:end]
    sep = next((s for s in CELL_SEPARATORS if s in line), None)
    if sep is None:
        if not spaced:
            return None
        cells = tuple(Cell(m.start(), m.end(), m.group()) for m in RE_SPACED_CELL.finditer(text, start, end))
        return cells if len(cells) >= MIN_CELLS else None
    lo, hi = start, end
    if sep == "|":
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.endswith("|")):
            return None
        lo = text.index("|", start) + 1
        hi = text.rindex("|", start, end)
    out = []
    pos = lo
    while pos <= hi:
        nxt = text.find(sep, pos, hi)
        stop = hi if nxt < 0 else nxt
        raw = text[pos:stop]
        lead = len(raw) - len(raw.lstrip())
        out.append(Cell(pos + lead, pos + lead + len(raw.strip()), raw.strip()))
        pos = stop + 1
    while out and not out[-1].text:
        out.pop()  # a trailing tab or bar adds no column
    return tuple(out) if len(out) >= MIN_CELLS else None


def _roles(cells: tuple[Cell, ...]) -> tuple[tuple[str | None, ...], int | None] | None:
    """The header's column roles and amount unit; None unless it names a project column and one more."""
    roles: list[str | None] = []
    unit = None
    for c in cells:
        head = RE_WHITESPACE.sub("", c.text)
        role = None
        for name, rx in COLUMN_RULES:
            m = rx.fullmatch(head)
            if m and name not in roles:
                role = name
                if name == "amount" and m["unit"]:
                    unit = UNIT_CNY[m["unit"]]
                break
        roles.append(role)
    if "project" not in roles or not PROJECT_TABLE_ROLES & set(roles):
        return None
    project_head = RE_WHITESPACE.sub("", cells[roles.index("project")].text)
    if project_head in BARE_PROJECT_HEADS and "firm" not in roles:
        return None  # 项目 | 金额（万元）: a budget's items, not projects
    return tuple(roles), unit


@functools.lru_cache(maxsize=8)
def find_tables(text: str) -> tuple[Table, ...]:
    """Every table of projects in ``text``: a header row, then the rows with as many cells as it has."""
    spaced = RE_SPACED_HEADER_HINT.search(text) is not None
    if "\t" not in text and "|" not in text and not spaced:
        return ()
    out: list[Table] = []
    header: tuple[tuple[str | None, ...], int | None] | None = None
    head_texts: tuple[str, ...] = ()
    width = seps = 0
    rows: list[Row] = []
    pos = 0
    title = ""
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if header is not None and (RE_RULE_LINE.fullmatch(line) or _not_a_row(line) or
                                   not line.replace("|", "").strip()):
            continue  # a rule line, a section heading, a total or an empty row inside the table
        cells = _cells(text, start, end, spaced)
        texts = tuple(c.text for c in cells) if cells is not None else ()
        if header is not None and cells is not None and texts == head_texts:
            continue  # the header repeated on a new page
        if header is not None and cells is not None and _roles(cells) is None and \
                (len(cells) == width or seps and _separators(line) == seps):
            if not _not_a_row_cells(cells):
                rows.append(Row(cells))
            continue
        if header is not None and rows:
            out.append(Table(header[0], header[1], tuple(rows)))
        header, rows = None, []
        if cells is not None:
            header = _roles(cells)
            head_texts, width, seps = texts, len(cells), _separators(line)
            if header is not None and header[1] is None and (unit := RE_TITLE_UNIT.search(title)):
                header = header[0], UNIT_CNY[unit["unit"]]
        title = line
    if header is not None and rows:
        out.append(Table(header[0], header[1], tuple(rows)))
    return tuple(out)


def _separators(line: str) -> int:
    """How many cell separators a line holds (a row with empty trailing cells has as many as its header)."""
    return line.count("\t") if "\t" in line else line.count("|")


def _not_a_row(line: str) -> bool:
    """A line of one cell inside a table: a section heading or a total (一、工业项目, 合计)."""
    bare = line.strip().strip("|").strip()
    return bool(bare) and "\t" not in bare and "|" not in bare and RE_NOT_A_ROW.fullmatch(bare) is not None


def _not_a_row_cells(cells: tuple[Cell, ...]) -> bool:
    """A merged row (every cell the same: 一、工业项目 across the table) or a total (合计…); a numbered
    project cell (一、年产5万吨…项目 | 湖南华锂…有限公司) is a row."""
    texts = [c.text for c in cells if c.text]
    return len(set(texts)) <= 1 or RE_TOTAL_CELL.fullmatch(texts[0]) is not None


def table_amounts(text: str) -> list[AmountMention]:
    """The bare figures of amount columns whose header gives the unit (总投资（亿元） | 25), as amounts."""
    out = []
    for t in find_tables(text):
        for row in t.rows:
            cell = t.cell(row, "amount")
            if cell is None or t.unit_cny is None or not RE_FIGURE.fullmatch(cell.text):
                continue
            value = round(float(cell.text.replace(",", "")) * t.unit_cny, 2)
            cny: int | float = int(value) if value.is_integer() else value
            out.append(AmountMention(cell.start, cell.end, cell.text, cny, "CNY", None, cny))
    return out


# Where a cell names several firms: 甲有限公司、乙有限公司.
RE_FIRM_CELL_SPLIT: Final = re.compile(r"[、，,；;/]")
RE_HAN: Final = re.compile(r"[\u4e00-\u9fff]")
# A project cell: at least this many Chinese characters, at most this long, and no sentence inside it.
MIN_PROJECT_HAN, MAX_PROJECT_CHARS = 3, 40
RE_SENTENCE_INSIDE: Final = re.compile(r"[。；;！？]")


def find_table_cells(ctx: Context) -> list[Mention]:
    """The project and firm of each row, typed by their columns (a project needs no suffix here)."""
    out: list[Mention] = []
    for t in find_tables(ctx.text):
        for row in t.rows:
            p = t.cell(row, "project")
            if p is not None and len(RE_HAN.findall(p.text)) >= MIN_PROJECT_HAN and \
                    len(p.text) <= MAX_PROJECT_CHARS and not RE_SENTENCE_INSIDE.search(p.text) and \
                    ctx.lex.gazetteer.resolve(p.text) is None and not _zone(p.text):
                out.append(Mention(p.start, p.end, PROJECT, p.text, "project.table"))
            c = t.cell(row, "firm")
            if c is None:
                continue
            pos = c.start
            for part in RE_FIRM_CELL_SPLIT.split(c.text):
                start = ctx.text.find(part, pos, c.end) if part else -1
                name = _firm_name(part.strip(), ctx)
                if start >= 0 and name:
                    lead = len(part) - len(part.lstrip())
                    out.append(Mention(start + lead, start + lead + len(name), FIRM, name, "firm.table"))
                pos = max(pos, start + len(part))
    return out


def _firm_name(cell: str, ctx: Context) -> str:
    """The firm a firm cell names, cut after its legal form (…有限公司负责建设, …有限公司（牵头）); "" for a
    cell that names none (待定, 个人投资, a person)."""
    legal = last_match(RE_FIRM_LEGAL, cell)
    name = cell[: legal.end()] if legal is not None else cell
    if legal is None and not ctx.lex.firms.is_known(name) and not RE_FIRM_TRADE.search(name):
        return ""
    return name if valid_name(name, FIRM, ctx.lex) or ctx.lex.firms.is_known(name) else ""


def _zone(name: str) -> bool:
    """A development zone's name (X经济技术开发区, X高新区): a park, whatever column it stands in."""
    return RE_ZONE_NAME.search(name) is not None


RE_ZONE_NAME: Final = re.compile(r"(?:开发区|经开区|高新区|保税区|综保区|自贸区)$")
