"""Frames over tables of projects (:mod:`kg.extract.tables`): a row's firm invests in its project, with the
row's amount when the row names one firm; the row's site holds the project."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from kg.extract.frames import Fact, frame
from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Found
from kg.extract.tables import Cell, Row, Table, find_tables
from kg.model import RelType


def _in_cell(f: Found, cell: Cell | None, *types: object) -> list[int]:
    """Top-level mentions of ``types`` inside ``cell``."""
    if cell is None:
        return []
    return [j for j in f.between(cell.start, cell.end) if f.mentions[j].type in types
            and f.mentions[j].end <= cell.end]


def _rows(f: Found) -> Iterator[tuple[Table, Row, int]]:
    """Each row of a table of projects with its project mention (the one filling the project cell)."""
    for t in find_tables(f.text):
        for row in t.rows:
            cell = t.cell(row, "project")
            project = next((j for j in _in_cell(f, cell, PROJECT) if cell is not None and
                            f.mentions[j].start == cell.start and f.mentions[j].end == cell.end), None)
            if project is not None:
                yield t, row, project


@frame("invests_in.table")
def table_investor(f: Found) -> Iterator[Fact]:
    """项目名称 | 建设单位 | 总投资（亿元）: the row's firm invests in the row's project (the amount when one
    firm is named)."""
    starts = [a.start for a in f.amounts]
    for t, row, project in _rows(f):
        firms = _in_cell(f, t.cell(row, "firm"), FIRM)
        amount_cell = t.cell(row, "amount")
        amount = None
        if amount_cell is not None:
            k = bisect.bisect_left(starts, amount_cell.start)
            if k < len(f.amounts) and f.amounts[k].end <= amount_cell.end:
                amount = k
        sent = f.sentence_of(f.mentions[project].start)
        for j in firms:
            yield Fact(RelType.INVESTS_IN, j, project, sent, "invests_in.table", 0.85,
                       amount if len(firms) == 1 else None)


@frame("located_in.table")
def table_site(f: Found) -> Iterator[Fact]:
    """项目名称 | 建设地点: the row's project is in the park (else the last place) its site cell names."""
    for t, row, project in _rows(f):
        sites = _in_cell(f, t.cell(row, "site"), PARK, PLACE)
        parks = [j for j in sites if f.mentions[j].type is PARK]
        target = parks[-1] if parks else sites[-1] if sites else None
        if target is not None:
            yield Fact(RelType.LOCATED_IN, project, target, f.sentence_of(f.mentions[project].start),
                       "located_in.table", 0.85)
