"""Spreadsheets for analysts: a recipe's rows or the whole graph as an Excel workbook (openpyxl), rows as CSV
that Excel opens with its Chinese intact (UTF-8 with a byte-order mark).

Lists become readable text (``甲公司; 乙公司``), not JSON; numbers stay numbers. Text a spreadsheet would run
as a formula (``=``, ``+``, ``-``, ``@`` …, see :mod:`kg.cells`) is written as text: in CSV with a leading
quote, in a workbook as a text cell marked "quote prefix", so it shows as written and never runs. Every file
is written to a temporary file and renamed into place (:mod:`kg.atomic`).

>>> readable(["甲公司", "乙公司"]), readable({"year": 2023, "stage": "签约"}), readable(1.6e9), readable(None)
('甲公司; 乙公司', 'year: 2023; stage: 签约', 1600000000, None)
>>> rows_to_csv([{"firm": "=1+1", "amount": 5, "places": ["邵阳市"]}]).splitlines()
['\\ufefffirm,amount,places', "'=1+1,5,邵阳市"]
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.atomic import atomic_write, out_of_space
from kg.cells import FORMULA_STARTS, spreadsheet_safe
from kg.errors import ExportError
from kg.model import Graph, Relation

LIST_SEPARATOR = "; "  # between the items of a list in one cell
BOM = "\ufeff"
ROW_FORMATS = ("csv", "json", "xlsx")
MAX_ROWS = 1_048_576  # Excel's rows per sheet (the header included)
MAX_CELL_CHARS = 32_767  # Excel's characters per cell: longer text is cut and ends with …
MAX_COLUMN_WIDTH = 60  # characters
WIDTH_SAMPLE = 2000  # rows looked at to size a column
WRAPPED_COLUMNS = frozenset({"evidence"})  # columns whose cells keep their line breaks on screen

ENTITY_COLUMNS = ("type", "name", "aliases", "key", "level", "code", "park_type", "stage", "year", "chain",
                  "position", "documents", "n_documents")
FACT_COLUMNS = ("subject", "subject_type", "relation", "object", "object_type", "amount_cny", "amount",
                "currency", "year", "stage", "provenance", "confidence", "n_evidence", "evidence",
                "documents", "document_titles", "rules")
DOCUMENT_COLUMNS = ("doc_id", "title", "date", "region", "publisher", "source")


def readable(value: Any) -> Any:
    """A cell value: numbers as numbers (whole floats as int), lists and dicts as readable text."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return LIST_SEPARATOR.join(f"{k}: {_text(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return LIST_SEPARATOR.join(_text(v) for v in value)
    return str(value)


def _text(value: Any) -> str:
    v = readable(value)
    return "" if v is None else str(v)


def rows_to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """Rows as CSV text starting with a UTF-8 byte-order mark (Excel then reads it as UTF-8); text cells that
    would run as formulas get a leading quote (numbers stay)."""
    buf = io.StringIO()
    buf.write(BOM)
    if rows:
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(list(rows[0]))
        for r in rows:
            w.writerow(["" if (v := readable(x)) is None else spreadsheet_safe(v) for x in r.values()])
    return buf.getvalue()


def write_rows(rows: Sequence[dict[str, Any]], path: str | Path, fmt: str, sheet: str = "rows") -> Path:
    """Write a recipe's rows to ``path`` as ``csv`` (UTF-8 with BOM), ``json`` or ``xlsx`` (one sheet)."""
    path = Path(path)
    if fmt not in ROW_FORMATS:
        raise ExportError(f"{path}: unknown format {fmt!r} (valid: {', '.join(ROW_FORMATS)})")
    if fmt == "xlsx":
        columns = tuple(rows[0]) if rows else ()
        return write_workbook({sheet: (columns, [[r.get(c) for c in columns] for r in rows])}, path)
    text = rows_to_csv(rows) if fmt == "csv" else json.dumps(list(rows), ensure_ascii=False, default=str,
                                                             indent=1) + "\n"
    try:
        with atomic_write(path, "wb") as fh:
            fh.write(text.encode("utf-8"))
    except OSError as exc:
        raise _write_failed(path, fmt.upper(), exc) from exc
    return path


def _write_failed(path: Path, what: str, exc: OSError) -> ExportError:
    if out_of_space(exc, path.parent):
        return ExportError(f"{path}: disk full while writing {what}; the previous file is kept")
    return ExportError(f"{path}: cannot write {what} ({exc.strerror or exc})")


# ---------------------------------------------------------------------------------------------- the graph


def _name(graph: Graph, key: str) -> tuple[str, str]:
    e = graph.entities.get(key)
    if e is not None:
        return e.name, e.type.value
    kind, _, name = key.partition(":")
    return name, kind


def entity_rows(graph: Graph) -> Iterable[list[Any]]:
    """One row per entity (:data:`ENTITY_COLUMNS`), by type then name."""
    from kg.rdf.triples import project_stage_year

    for e in sorted(graph.entities.values(), key=lambda e: (e.type.value, e.name, e.key)):
        a = e.attrs
        stage, year = project_stage_year(a) if e.type.value == "project" else (None, None)
        yield [e.type.value, e.name, list(e.aliases), e.key, e.level, e.code, a.get("park_type"), stage, year,
               a.get("chain"), a.get("position"), list(e.sources), len(e.sources)]


def fact_row(graph: Graph, r: Relation) -> list[Any]:
    """One fact (:data:`FACT_COLUMNS`): its ends by name, amount, year, stage, and every sentence behind it
    (one per line) with the documents they are from."""
    subject, subject_type = _name(graph, r.source)
    obj, object_type = _name(graph, r.target)
    ev = r.evidence
    docs = list(dict.fromkeys(x.doc_id for x in ev))
    titles = [t for d in docs if (t := getattr(graph.documents.get(d), "title", None))]
    return [subject, subject_type, r.type.value, obj, object_type, r.amount_cny, r.amount, r.currency, r.year,
            r.stage, r.provenance, max((x.confidence for x in ev), default=None), len(ev),
            "\n".join(dict.fromkeys(x.sentence for x in ev)) or None, docs, titles,
            list(dict.fromkeys(x.rule for x in ev))]


def write_graph_xlsx(graph: Graph, path: str | Path) -> Path:
    """Write the graph as a workbook: ``entities``, ``facts`` (amount, year, stage, evidence sentences and
    documents) and ``documents``, one sheet each."""
    docs = [[d.doc_id, d.title, d.date, d.region, d.publisher, d.source]
            for d in sorted(graph.documents.values(), key=lambda d: d.doc_id)]
    facts = [fact_row(graph, r) for r in sorted(graph.relations, key=lambda r: (r.type.value, r.source,
                                                                                   r.target))]
    return write_workbook({"entities": (ENTITY_COLUMNS, list(entity_rows(graph))),
                           "facts": (FACT_COLUMNS, facts), "documents": (DOCUMENT_COLUMNS, docs)}, path)


# ---------------------------------------------------------------------------------------------- workbooks


def _width(value: Any) -> int:
    s = "" if value is None else str(value).split("\n", 1)[0]
    return sum(2 if ord(c) >= 0x1100 else 1 for c in s)


def _cells(path: Path, name: str, columns: Sequence[str], rows: list[list[Any]]) -> list[list[Any]]:
    """A sheet's values made :func:`readable`, too-long text cut; ExportError naming the first cell a workbook
    cannot hold (a control character) or a sheet with more rows than Excel has."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if len(rows) + 1 > MAX_ROWS:
        raise ExportError(f"{path}: sheet {name!r} has {len(rows)} rows, more than Excel's {MAX_ROWS - 1}; "
                          "write CSV instead (kg export csv)")
    out = []
    for n, row in enumerate(rows, 2):
        values = [readable(v) for v in row]
        for i, v in enumerate(values):
            if not isinstance(v, str):
                continue
            if ILLEGAL_CHARACTERS_RE.search(v):
                raise ExportError(f"{path}: sheet {name!r} row {n} column {columns[i]!r} holds a control "
                                  "character a workbook cannot hold; rebuild the graph with `kg build` "
                                  "(ingest removes control characters)")
            if len(v) > MAX_CELL_CHARS:
                values[i] = v[: MAX_CELL_CHARS - 1] + "…"
        out.append(values)
    return out


def write_workbook(sheets: dict[str, tuple[Sequence[str], list[list[Any]]]], path: str | Path) -> Path:
    """Write ``{sheet name: (columns, rows)}`` as an .xlsx workbook: a bold frozen header with filters,
    columns as wide as their text (up to :data:`MAX_COLUMN_WIDTH`), values made :func:`readable`."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    prepared = {name: (cols, _cells(path, name, cols, rows)) for name, (cols, rows) in sheets.items()}
    wb = Workbook(write_only=True)
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for name, (columns, values) in prepared.items():
        ws = wb.create_sheet(name)
        for i, col in enumerate(columns):
            widest = max((_width(r[i]) for r in values[:WIDTH_SAMPLE]), default=0)
            width = min(MAX_COLUMN_WIDTH, max(widest, len(col)) + 2)
            ws.column_dimensions[get_column_letter(i + 1)].width = width
        ws.freeze_panes = "A2"
        if columns:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(values) + 1}"
        header = []
        for col in columns:
            cell = WriteOnlyCell(ws, value=col)
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in values:
            cells = []
            for col, v in zip(columns, row, strict=True):
                cell = WriteOnlyCell(ws, value=v)
                if isinstance(v, str) and v.startswith(FORMULA_STARTS):
                    cell.data_type = "s"  # text, never a formula
                    cell.quotePrefix = True
                if col in WRAPPED_COLUMNS:
                    cell.alignment = wrap
                cells.append(cell)
            ws.append(cells)
    try:
        with atomic_write(path, "wb") as fh:
            wb.save(fh)
    except OSError as exc:
        raise _write_failed(path, "the workbook", exc) from exc
    return path
