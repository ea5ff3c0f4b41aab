"""``kg ingest``: list the documents read from files or folders, so a user sees how they were understood."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

import click

from kg.cli.main import cli, echo_json, kg_errors, show_progress
from kg.errors import IngestError
from kg.ingest import read_documents
from kg.model import Document

# Columns of the table output and the widest a title may print.
TABLE_COLUMNS = ("id", "title", "date", "region", "chars")
MAX_TITLE_WIDTH = 40
# Seconds between progress updates on a terminal.
PROGRESS_EVERY_S = 0.5


def _with_progress(docs: Iterable[Document]) -> Iterator[Document]:
    start = last = time.monotonic()
    n = 0
    for n, doc in enumerate(docs, 1):
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY_S:
            last = now
            click.echo(f"\r{n} documents, {n / (now - start):.0f}/s", err=True, nl=False)
        yield doc
    if n and last != start:
        click.echo(f"\r{n} documents, {n / max(time.monotonic() - start, 1e-9):.0f}/s", err=True)


def _row(doc: Document) -> dict[str, object]:
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": doc.title,
        "date": doc.date,
        "region": doc.region,
        "publisher": doc.publisher,
        "chars": len(doc.text),
    }


def _width(s: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if ord(ch) >= 0x1100 and not 0xFF61 <= ord(ch) <= 0xFFDC else 1 for ch in s)


def _cell(value: object, width: int) -> str:
    s = "-" if value is None else str(value)
    return s + " " * max(0, width - _width(s))


def _shorten(title: str | None) -> str | None:
    if title is None or _width(title) <= MAX_TITLE_WIDTH:
        return title
    out = ""
    for ch in title:
        if _width(out + ch) > MAX_TITLE_WIDTH - 1:
            return out + "…"
        out += ch
    return out


def _print_table(rows: list[dict[str, object]]) -> None:
    cells = [[r["doc_id"], _shorten(r["title"]), r["date"], r["region"], r["chars"]] for r in rows]  # type: ignore[arg-type]
    widths = [
        max([_width(h)] + [_width("-" if c[i] is None else str(c[i])) for c in cells])
        for i, h in enumerate(TABLE_COLUMNS)
    ]
    click.echo("  ".join(_cell(h, w) for h, w in zip(TABLE_COLUMNS, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for c in cells:
        click.echo("  ".join(_cell(v, w) for v, w in zip(c, widths, strict=True)).rstrip())


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document (JSON lines).")
@click.option(
    "--skip-errors", is_flag=True, help="Go on past bad files; report how many were skipped on stderr."
)
@kg_errors
def ingest(paths: tuple[str, ...], as_json: bool, skip_errors: bool) -> None:
    """Read files or folders (.txt, .md, .html in UTF-8, GB18030, Big5 or UTF-16; .pdf with a text layer;
    .docx) and list the documents found: id, title, date, region and characters. A feed file yields one
    document per article.

    Example:

        kg ingest seeds/ --json
    """
    errors: list[IngestError] = []
    docs: Iterable[Document] = read_documents(
        paths, on_error="skip" if skip_errors else "raise", errors=errors
    )
    if show_progress():
        docs = _with_progress(docs)
    rows: list[dict[str, object]] = []
    for doc in docs:
        if as_json:
            echo_json(_row(doc))
        else:
            rows.append(_row(doc))
    if not as_json:
        _print_table(rows)
    if errors:
        click.echo(f"skipped {len(errors)} file(s):", err=True)
        for e in errors:
            click.echo(f"  {e}", err=True)
