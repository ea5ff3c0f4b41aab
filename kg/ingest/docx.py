"""Word -> text: a ``.docx`` file's paragraphs and tables in document order (python-docx).

A table row becomes one line, its cells joined by a tab (a merged cell once); headers, footers and comments
are left out, as page furniture. Legacy formats (``.doc``, ``.wps``, ``.rtf`` …, or a ``.docx`` that is
really a ``.doc``) raise :class:`~kg.errors.IngestError` saying how to convert them.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from kg.errors import IngestError

# Formats kg does not read, by suffix, with what they are; the error says how to convert them.
LEGACY_FORMATS = {
    ".doc": "a Word 97-2003 document",
    ".dot": "a Word 97-2003 template",
    ".docm": "a macro-enabled Word document",
    ".wps": "a WPS Office document",
    ".rtf": "a Rich Text document",
    ".odt": "an OpenDocument text",
    ".pages": "an Apple Pages document",
    ".xls": "an Excel 97-2003 workbook",
    ".xlsx": "an Excel workbook",
    ".ppt": "a PowerPoint 97-2003 presentation",
    ".pptx": "a PowerPoint presentation",
}
CONVERT_HINT = ("convert it to .docx or PDF first, e.g. `libreoffice --headless --convert-to docx FILE` "
                "(or Save As .docx / PDF in Word or WPS)")
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt, .wps
ZIP_SIGNATURE = b"PK\x03\x04"
CELL_SEPARATOR = "\t"


@dataclass(frozen=True, slots=True)
class DocxText:
    """What a .docx file holds: its text (a paragraph or table row per line) and its core-properties title."""

    text: str
    title: str | None


def legacy_error(path: str, suffix: str) -> IngestError:
    """The error for a format kg does not read: what it is and how to convert it."""
    what = LEGACY_FORMATS.get(suffix, f"a {suffix} file")
    return IngestError(path, f"{what}, which kg does not read; {CONVERT_HINT}")


def read_docx(data: bytes, path: str) -> DocxText:
    """The text of the .docx ``data`` (read from ``path``, named in errors)."""
    import docx
    from docx.table import Table

    if data.startswith(OLE_SIGNATURE):
        raise legacy_error(path, ".doc")
    if not data.startswith(ZIP_SIGNATURE):
        raise IngestError(path, "not a .docx file (not a ZIP package)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise IngestError(path, f"not a readable .docx file ({type(exc).__name__}: {exc}); "
                                f"{CONVERT_HINT}") from exc
    except Exception as exc:  # a damaged package can fail deep inside lxml or python-docx: name it
        raise IngestError(path, f"not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    title = (document.core_properties.title or "").strip() or None
    return DocxText("\n".join(lines), title)


def _table_lines(table: object) -> list[str]:
    out = []
    for row in table.rows:  # type: ignore[attr-defined]
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            out.append(CELL_SEPARATOR.join(cells))
    return out
