"""PDF -> text: the text layer in reading order, page headers, footers and numbers dropped, lines joined.

Why pdfplumber (on pdfminer.six): it gives every line with its position and font size, which is what
dropping a header (a line in the page's top or bottom band that repeats on most pages, or a page number) and
rejoining paragraphs (a line that is not indented and follows a full line continues it) need; pypdf gives the
text but no layout, and its CJK spacing varies with the producer. Both are well kept and permissively
licensed (MIT, BSD).

A PDF wraps lines where the page ends, not where the text does: 宏 / 华果业 on two lines is one name. Lines of
one paragraph are joined with nothing between Chinese characters (a space only between two Latin letters or
digits), and spaces the text layer puts between two Chinese characters (letter-spaced titles, 宏 华果业) are
removed. A PDF without a text layer (a scan) raises :class:`~kg.errors.IngestError` naming the file and saying
how to add one (OCR). One column in reading order; multi-column pages come out column-interleaved.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from kg.errors import IngestError
from kg.ingest.repair import RE_CJK_GAP, cjk_joined

# Share of the page height at the top and at the bottom where headers and footers sit.
MARGIN_SHARE = 0.1
# A margin line (digits ignored) seen on at least this share of the pages (and on two or more) is a running
# header or footer.
REPEAT_SHARE = 0.5
# A line starting this many character widths right of the text's left edge starts a paragraph (首行缩进 is
# two).
INDENT_CHARS = 1.2
# A line ending this many character widths before the right edge ends its paragraph.
SHORT_LINE_CHARS = 1.5
# A line whose font is this much larger or smaller than the line before starts a new paragraph (headings).
FONT_STEP = 1.15
# Page numbers as printed: 3, - 3 -, — 三 —, 第3页, 第3页 共10页, 3/10, Page 3 of 10.
RE_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－·•]\s*(?:\d{1,4}|[一二三四五六七八九十百〇零]{1,4})\s*[-—–－·•]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
RE_DIGITS = re.compile(r"\d+")
RE_SPACES = re.compile(r"\s+")
RE_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
# Characters at most this share of their size apart count as one word when pdfplumber groups characters
# (justified lines spread characters, digits most; a real space between Latin words is a character of its
# own).
X_TOLERANCE_RATIO = 0.3
# The text's right edge is where the most lines end (justified text), if at least this many and this share of
# the lines end there; else the end of the longest lines but a few (RIGHT_QUANTILE).
MIN_FULL_LINES = 3
MIN_FULL_SHARE = 0.2
RIGHT_QUANTILE = 0.9
# How to add a text layer to a scanned PDF (the error says it).
OCR_HINT = "run OCR first (e.g. `ocrmypdf -l chi_sim IN.pdf OUT.pdf`) and read the OCR'd file"


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line of a page, with where it sits."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass(frozen=True, slots=True)
class PdfText:
    """What a PDF holds: its text (paragraphs one per line) and the title of its metadata, if any."""

    text: str
    title: str | None


def read_pdf(data: bytes, path: str) -> PdfText:
    """The text of the PDF ``data`` (read from ``path``, named in errors): headers, footers and page numbers
    dropped, paragraphs joined; IngestError when it is not a readable PDF or has no text layer."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise IngestError(path, "not a PDF file (it does not start with %PDF-)")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [(float(page.height), _page_lines(page, n)) for n, page in enumerate(pdf.pages)]
            info = pdf.metadata or {}
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise IngestError(path, "an encrypted PDF that needs a password "
                                f"({exc or 'no password given'})") from exc
    except (PDFSyntaxError, ValueError, KeyError, TypeError, AttributeError, AssertionError) as exc:
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # pdfminer raises many kinds on damaged files; name it rather than crash
        raise IngestError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise IngestError(path, "a PDF with no pages")
    if not any(lines for _, lines in pages):
        raise IngestError(path, f"no text layer: a scanned PDF (page images only); {OCR_HINT}")
    body = drop_running_lines(pages)
    title = info.get("Title")
    title = title.strip() if isinstance(title, str) and title.strip() else None
    return PdfText(join_lines(body), title)


def _page_lines(page: object, number: int) -> list[Line]:
    lines = []
    lines_found = page.extract_text_lines(x_tolerance_ratio=X_TOLERANCE_RATIO, return_chars=True)  # type: ignore[attr-defined]
    for ln in lines_found:
        text = ln["text"].strip()
        if not text:
            continue
        sizes = [c.get("size", 0) for c in ln.get("chars", ()) if not c.get("text", " ").isspace()]
        size = statistics.median(sizes) if sizes else 10.0
        lines.append(Line(number, text, ln["x0"], ln["x1"], ln["top"], ln["bottom"], size))
    return lines


def _running_key(text: str) -> str:
    return RE_DIGITS.sub("#", RE_SPACES.sub("", text))


def drop_running_lines(pages: list[tuple[float, list[Line]]]) -> list[Line]:
    """Every line but page numbers and running headers/footers: a line in a page's top or bottom band
    (:data:`MARGIN_SHARE`) that is a page number, or whose text (digits aside) recurs in the bands of most
    pages (:data:`REPEAT_SHARE`, two pages at least)."""

    def in_margin(height: float, ln: Line) -> bool:
        return ln.bottom <= height * MARGIN_SHARE or ln.top >= height * (1 - MARGIN_SHARE)

    seen: Counter[str] = Counter()
    for height, lines in pages:
        seen.update({_running_key(ln.text) for ln in lines if in_margin(height, ln)})
    need = max(2.0, REPEAT_SHARE * len(pages))
    kept = []
    for height, lines in pages:
        for ln in lines:
            if in_margin(height, ln) and (
                RE_PAGE_NUMBER.match(RE_SPACES.sub("", ln.text)) or seen[_running_key(ln.text)] >= need
            ):
                continue
            kept.append(ln)
    return kept


def _joiner(before: str, after: str) -> str:
    """What goes between two lines of one paragraph: a space only between two Latin letters or digits."""
    if before and after and RE_ASCII_ALNUM.match(before[-1]) and RE_ASCII_ALNUM.match(after[0]):
        return " "
    return ""


def join_lines(lines: list[Line]) -> str:
    """Paragraphs, one per line: a line continues the one before unless it is indented, the one before ended
    short of the right edge, or the font size changes (a heading). The text's left edge is where its leftmost
    line starts; its right edge see :func:`right_edge`."""
    if not lines:
        return ""
    left = min(ln.x0 for ln in lines)
    right = right_edge(lines)
    paragraphs: list[str] = []
    prev: Line | None = None
    for ln in lines:
        text = cjk_joined(ln.text)
        if prev is not None and _continues(prev, ln, left, right):
            paragraphs[-1] += _joiner(paragraphs[-1], text) + text
        else:
            paragraphs.append(text)
        prev = ln
    return "\n".join(RE_CJK_GAP.sub("", p) for p in paragraphs)


def right_edge(lines: list[Line]) -> float:
    """Where full lines end: where most lines end (justified text: :data:`MIN_FULL_LINES` and
    :data:`MIN_FULL_SHARE` of them at least), else the :data:`RIGHT_QUANTILE` of the line ends."""
    ends = Counter(round(ln.x1) for ln in lines)
    x, n = ends.most_common(1)[0]
    if n >= MIN_FULL_LINES and n >= MIN_FULL_SHARE * len(lines):
        return float(max(e for e in ends if abs(e - x) <= 1))
    xs = sorted(ln.x1 for ln in lines)
    return xs[min(len(xs) - 1, int(RIGHT_QUANTILE * len(xs)))]


def _continues(prev: Line, ln: Line, left: float, right: float) -> bool:
    size = max(ln.size, 1.0)
    if max(prev.size, size) / max(min(prev.size, size), 1.0) >= FONT_STEP:
        return False
    if ln.x0 - left >= INDENT_CHARS * size:
        return False
    return right - prev.x1 < SHORT_LINE_CHARS * size
