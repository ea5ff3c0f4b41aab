"""Make the PDF and Word files the ingest tests read: PDFs with reportlab's CJK CID font (STSong-Light, no
font file needed), laid out as reports are (justified lines, first-line indents, running headers, page
numbers); .docx files with python-docx."""

from __future__ import annotations

from pathlib import Path

FONT = "STSong-Light"
PAGE = (595.0, 842.0)  # A4 in points
LEFT = 72.0
BODY_SIZE = 12.0
# characters on a full line; full lines are stretched to the right margin, as justified text is
LINE_CHARS = 37
RIGHT = PAGE[0] - LEFT
TOP = 760.0
LEADING = 20.0


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def wrap(paragraph: str, width: int = LINE_CHARS, indent: int = 2) -> list[tuple[int, str]]:
    """(indent in characters, text) of each printed line of a paragraph, wrapped at ``width`` characters."""
    out, first, rest = [], paragraph[: width - indent], paragraph[width - indent :]
    out.append((indent, first))
    while rest:
        out.append((0, rest[:width]))
        rest = rest[width:]
    return out


def make_pdf(path: Path, pages: list[list[str]], header: str | None = None, numbers: str | None = "- {n} -",
             title: str | None = None, raw_lines: bool = False) -> Path:
    """A PDF of ``pages``, each a list of paragraphs (wrapped, first line indented; with ``raw_lines`` each
    item is one printed line as given, its leading full-width spaces an indent). ``title`` is printed centred
    and larger on page 1; ``header`` at the top and ``numbers`` (a format with {n}) at the bottom of every
    page."""
    from reportlab.pdfgen import canvas

    _font()
    c = canvas.Canvas(str(path), pagesize=PAGE)
    for n, paragraphs in enumerate(pages, 1):
        if header:
            c.setFont(FONT, 9)
            c.drawString(LEFT, PAGE[1] - 40, header)
        y = TOP
        if title and n == 1:
            c.setFont(FONT, 18)
            c.drawCentredString(PAGE[0] / 2, y, title)
            y -= 2 * LEADING
        c.setFont(FONT, BODY_SIZE)
        for para in paragraphs:
            lines = [(len(para) - len(para.lstrip("　")), para.lstrip("　"))] if raw_lines else wrap(para)
            for i, (indent, text) in enumerate(lines):
                full = indent + len(text) == LINE_CHARS and (raw_lines or i < len(lines) - 1)
                _line(c, LEFT + indent * BODY_SIZE, y, text, justify=full)
                y -= LEADING
        if numbers:
            c.setFont(FONT, 9)
            c.drawCentredString(PAGE[0] / 2, 40, numbers.format(n=n))
        c.showPage()
    c.save()
    return path


def _line(c: object, x: float, y: float, text: str, justify: bool) -> None:
    """Draw one line; a justified one gets the letter spacing that makes it end at the right margin."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    t = c.beginText(x, y)  # type: ignore[attr-defined]
    t.setFont(FONT, BODY_SIZE)
    if justify and len(text) > 1:
        t.setCharSpace((RIGHT - x - stringWidth(text, FONT, BODY_SIZE)) / (len(text) - 1))
    t.textLine(text)
    c.drawText(t)  # type: ignore[attr-defined]


def make_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages hold only drawings (as a scan holds only images): no text layer."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=PAGE)
    for _ in range(pages):
        c.rect(LEFT, 100, 400, 600, fill=1)
        c.showPage()
    c.save()
    return path


def make_docx(path: Path, blocks: list[str | list[list[str]]], header: str | None = None,
              title: str | None = None) -> Path:
    """A .docx of ``blocks``: a str is a paragraph, a list of rows a table (a cell ``<`` merges with the one
    to its left). ``header`` goes into the page header, ``title`` into the core properties."""
    import docx

    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if title:
        d.core_properties.title = title
    for block in blocks:
        if isinstance(block, str):
            d.add_paragraph(block)
            continue
        table = d.add_table(rows=len(block), cols=max(len(r) for r in block))
        for i, row in enumerate(block):
            for j, value in enumerate(row):
                if value == "<":
                    table.cell(i, j - 1).merge(table.cell(i, j))
                else:
                    table.cell(i, j).text = value
    d.save(str(path))
    return path
