"""Read documents from files: decode, strip page noise, split feeds, find title/date/region.

``read_documents(paths)`` takes files or folders (searched recursively, hidden entries skipped, only regular
files opened: see :mod:`kg.ingest.files`) and yields one
:class:`~kg.model.Document` per document: a feed file (``-`` separator lines, 【tag】 title lines, date lines)
yields ``<stem>-01``, ``<stem>-02`` …, any other file ``<stem>``.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> text = "购物车\\n2023年咸宁市政府工作报告\\n各位代表:现在,我代表市人民政府报告工作。\\n"
>>> _ = (d / "r.txt").write_bytes(text.encode("gb18030"))
>>> doc = next(read_documents([d]))
>>> doc.doc_id, doc.title, doc.date, doc.region, doc.text.startswith("购物车")
('r', '2023年咸宁市政府工作报告', '2023', '咸宁市', False)
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Literal

from kg.errors import IngestError, KgError
from kg.ingest.clean import clean_text
from kg.ingest.decode import decode_bytes
from kg.ingest.docx import LEGACY_FORMATS, DocxText, legacy_error, read_docx
from kg.ingest.feeds import FeedArticle, split_feed
from kg.ingest.files import read_bytes, walk
from kg.ingest.meta import find_date, find_region, find_report_name, find_title, parse_date
from kg.ingest.noise import strip_noise
from kg.ingest.pdf import PdfText, read_pdf
from kg.ingest.repair import (
    document_notes,
    join_wide_spaces,
    join_wide_spaces_html,
    noted_lines,
    repair_text,
    warn_mojibake,
)
from kg.ingest.webpage import HtmlPage
from kg.lexicon.script import simplify
from kg.model import Document

__all__ = ["SUPPORTED_SUFFIXES", "iter_files", "parse_document", "read_document_text", "read_documents"]

# File types read as plain text, as HTML, and through a reader of their own (PDF, Word).
TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
DocumentReader = Callable[[bytes, str], PdfText | DocxText]
DOCUMENT_READERS: dict[str, DocumentReader] = {".pdf": read_pdf, ".docx": read_docx}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + tuple(DOCUMENT_READERS)
# A title from a file's metadata is used (when the text has none) only if it holds Chinese: producers often
# leave "Microsoft Word - 文档1.doc" or nothing useful.
RE_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")

# Header fields that give the date and the publisher, in order of preference.
DATE_FIELDS = ("发布日期", "发布时间", "成文日期", "生成日期")
PUBLISHER_FIELDS = ("发布机构", "发文机关", "信息来源", "来源")
NAME_FIELDS = ("名称", "标题")

OnError = Literal["raise", "skip"]


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """The files to read, in a stable order: each file as given, each folder's files sorted (recursively).

    Hidden files and folders (``.git``, ``.DS_Store``) inside folders are skipped; a missing path, a folder
    that cannot be listed or a file that is not a regular file (a FIFO …) raises IngestError naming it.
    """
    for item in walk(paths):
        if isinstance(item, IngestError):
            raise item
        yield item


def _check_suffix(p: Path) -> str:
    suffix = p.suffix.lower()
    if suffix in LEGACY_FORMATS:
        raise legacy_error(str(p), suffix)
    if suffix not in SUPPORTED_SUFFIXES:
        allowed = ", ".join(SUPPORTED_SUFFIXES)
        raise IngestError(str(p), f"unsupported file type {suffix or '(no suffix)'!r} (supported: {allowed})")
    return suffix


def read_document_text(path: str | os.PathLike[str]) -> str:
    """A file's text, decoded (any supported encoding), line ends as ``\\n``; HTML is not yet reduced to its
    main text and no noise is removed; a PDF or Word file gives its text layer (PDF headers, footers and page
    numbers dropped). Only a regular file is opened (never a FIFO, which would block)."""
    p = Path(path)
    suffix = _check_suffix(p)
    data = read_bytes(p)
    if suffix in DOCUMENT_READERS:
        return DOCUMENT_READERS[suffix](data, str(p)).text
    text = decode_bytes(data, str(p), html=suffix in HTML_SUFFIXES)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _document(doc_id: str, source: str, title: str | None, date: str | None, text: str,
              publisher: str | None = None, name: str | None = None) -> Document:  # fmt: skip
    """Build the Document; the region is found on the simplified forms (names are compared simplified)."""
    text = join_wide_spaces(text)
    title = join_wide_spaces(title) if title else title
    simplified = simplify(text)

    def simple(s: str | None) -> str | None:
        return simplify(s) if s else s

    region = find_region(simple(title), simplified, simple(name), simple(publisher))
    return Document(doc_id, source, title, date, region, text, simplified, publisher)


def _feed_documents(stem: str, source: str, articles: list[FeedArticle]) -> Iterator[Document]:
    width = max(2, len(str(len(articles))))
    for n, article in enumerate(articles, 1):
        text = "\n".join([article.title, *article.body])
        yield _document(
            f"{stem}-{n:0{width}d}",
            source,
            article.title,
            parse_date(article.date_line)
            or find_date(simplify("\n".join(article.body)), simplify(article.title)),
            text,
        )


def _documents_from_text(stem: str, source: str, raw: str, page: HtmlPage | None,
                         file_title: str | None = None, feeds: bool = True) -> Iterator[Document]:
    lines = raw.split("\n")
    articles = split_feed(lines) if page is None and feeds else None
    if articles:
        yield from _feed_documents(stem, source, articles)
        return
    kept, fields = strip_noise(lines)
    text = "\n".join(kept).strip("\n")
    if not text.strip():
        raise IngestError(source, "no text left after removing page noise")
    name = next((fields[k] for k in NAME_FIELDS if fields.get(k)), None)
    title = (page.title if page else None) or find_title(kept) or name
    if title is None and file_title and RE_HAS_CJK.search(file_title):
        title = clean_text(file_title)
    header_date = next((parse_date(fields[k]) for k in DATE_FIELDS if fields.get(k)), None)
    date = (
        header_date
        or parse_date(page.date if page else None)
        or find_date(simplify(text), simplify(title or ""))
    )
    publisher = next((fields[k] for k in PUBLISHER_FIELDS if fields.get(k)), None)
    publisher = publisher or (page.publisher if page else None)
    if title is None and (report := _report_title(text)):  # e.g. (摘自2021年通城县政府工作报告)
        title = report
    yield _document(stem, source, title, date, text, publisher, name)


def parse_document(text: str, doc_id: str = "text", source: str = "<text>") -> Document:
    """One text as a Document, read as a file's text is (repaired, page noise removed, title, date and region
    found), but never split into feed articles.

    >>> doc = parse_document("2023年邵阳市政府工作报告\\n产(chǎn)业园区建设加快。")
    >>> doc.title, doc.date, doc.region, doc.text.splitlines()[1]
    ('2023年邵阳市政府工作报告', '2023', '邵阳市', '产业园区建设加快。')
    """
    raw = clean_text(repair_text(text.replace("\r\n", "\n").replace("\r", "\n")))
    if not raw.strip():
        raise IngestError(source, "empty: no text found")
    return _with_notes([next(_documents_from_text(doc_id, source, raw, None, feeds=False))], text)[0]


def _report_title(text: str) -> str | None:
    m = find_report_name(text)
    return m.group(0) if m else None


def _read_file(path: Path) -> list[Document]:
    source = path.as_posix()
    suffix = _check_suffix(path)
    page = None
    file_title = None
    if suffix in DOCUMENT_READERS:
        content = DOCUMENT_READERS[suffix](read_bytes(path), source)
        written = content.text
        raw, file_title = clean_text(repair_text(written)), content.title
    else:
        raw = written = read_document_text(path)
        warn_mojibake(raw, source)
        if suffix in HTML_SUFFIXES:
            parsed = HtmlPage.parse(join_wide_spaces_html(raw))
            written = parsed.text
            page = parsed.cleaned(lambda s: clean_text(repair_text(s)))
            raw = page.text
        else:
            raw = clean_text(repair_text(raw))
    if not raw.strip():
        raise IngestError(source, "empty: no text found" + (" in the page" if page else ""))
    return _with_notes(list(_documents_from_text(path.stem, source, raw, page, file_title)), written)


def _with_notes(docs: list[Document], written: str) -> list[Document]:
    """The documents with the pinyin notes their own lines had in the file's text ``written``."""
    lines = noted_lines(written)
    if not lines:
        return docs
    return [dataclasses.replace(d, pinyin=n) if (n := document_notes(d.text, lines)) else d for d in docs]


def read_documents(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    on_error: OnError = "raise",
    errors: list[IngestError] | list[KgError] | None = None,
) -> Iterator[Document]:
    """Yield the documents in ``paths`` (files or folders).

    ``on_error="raise"`` stops at the first bad file with an :class:`IngestError` naming it; ``"skip"`` goes
    on and appends each error to ``errors`` (when given) so the caller can report them. Document ids are
    file stems (``<stem>-NN`` for feed articles); a stem seen before gets a short hash of its path appended.
    """
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    # report a missing path before reading anything (not after a long run over the others)
    for missing in [p for p in paths if not Path(p).exists()]:
        exc = IngestError(str(missing), "no such file or folder")
        if on_error == "raise":
            raise exc
        if errors is not None:
            errors.append(exc)
        paths.remove(missing)
    seen: set[str] = set()
    for item in walk(paths):
        try:
            if isinstance(item, IngestError):
                raise item
            path = item
            docs = _read_file(path)
        except IngestError as exc:  # a bad folder entry or file: raise, or note it and go on
            if on_error == "raise":
                raise
            if errors is not None:
                errors.append(exc)
            continue
        for doc in docs:
            if doc.doc_id in seen:
                tag = hashlib.sha1(path.as_posix().encode()).hexdigest()[:6]
                doc = _replace_id(doc, f"{doc.doc_id}~{tag}")
            seen.add(doc.doc_id)
            yield doc


def _replace_id(doc: Document, doc_id: str) -> Document:
    return dataclasses.replace(doc, doc_id=doc_id)
