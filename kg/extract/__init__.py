"""Extraction: one :class:`~kg.model.Document` -> one :class:`~kg.model.Extraction` (entities, relations,
evidence).

An extractor (registry :data:`~kg.extract.base.EXTRACTORS`: ``rules``, ``model``, ``hybrid``) finds typed
spans (:mod:`kg.extract.spans`), analyses the document (:mod:`kg.extract.analyse`), runs the relation frames
(:mod:`kg.extract.frames`) and assembles entities and relations (:mod:`kg.extract.assemble`).

>>> from kg.model import Document
>>> doc = Document("d", "d.txt", None, "2023", "邵阳市",
...     "总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约。"
...     "该项目由山西易高能源有限公司投资建设。")
>>> ex = extract(doc)
>>> sorted(e.name for e in ex.entities if e.type.value in ("firm", "project", "park"))
['山西易高能源有限公司', '邵阳经济技术开发区', '锂离子动力电池项目']
>>> [(r.type.value, r.amount_cny) for r in ex.relations if r.type.value == "INVESTS_IN"]
[('INVESTS_IN', 1600000000)]
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.errors import ExtractError, KgError
from kg.extract import rules  # noqa: F401  (registers the rule extractor)
from kg.extract.base import DEFAULT_EXTRACTOR, EXTRACTORS, Extractor, get_extractor
from kg.lexicon import Lexicon
from kg.model import Document, Extraction

with contextlib.suppress(ImportError):  # the span model registers "model" and "hybrid" (python-crfsuite)
    from kg.extract import model  # noqa: F401

__all__ = ["extract", "extract_many", "Extractor", "EXTRACTORS", "DEFAULT_EXTRACTOR", "get_extractor"]


def extract(doc: Document, lexicon: Lexicon | None = None, extractor: str | None = None) -> Extraction:
    """Entities and the relations the text states, each with its evidence sentence.

    The garbage collector waits while one document is extracted: extraction makes no reference cycles (what
    it makes is freed by reference counting, or kept in caches), so collections in the middle of a document
    free nothing, yet walk the young objects each time and move the document's working objects into the old
    generation, whose full collections walk the caches too (5-7% of extraction time). Collections resume as
    soon as the document is done."""
    ex = get_extractor(extractor, lexicon)
    if not gc.isenabled():
        return ex(doc)
    gc.disable()
    try:
        return ex(doc)
    finally:
        gc.enable()


def extract_many(docs: Iterable[Document], workers: int = 1, on_error: str = "raise",
                 errors: list[KgError] | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 transform: Callable[[Extraction], Any] | None = None,
                 extractor: str | None = None) -> Iterator[Any]:
    """Extract every document, in order. ``workers > 1`` uses processes; ``on_error="skip"`` collects
    failures into ``errors`` and goes on. ``progress(docs_done, chars_done)`` is called after each document.
    ``transform`` (a top-level function, e.g. one that makes a JSON line) runs on each Extraction inside the
    worker, and its results are yielded instead: less to send between processes, and the work is parallel
    too."""
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    get_extractor(extractor)  # an unknown name fails here, before any work
    done = chars = 0
    work = functools.partial(_safe_extract, transform=transform, extractor=extractor)
    if workers <= 1:
        results: Iterable[tuple[Any, int] | KgError] = (work(d) for d in docs)
    else:
        import multiprocessing as mp

        ctx = mp.get_context("fork") if hasattr(mp, "get_context") else mp
        pool = ctx.Pool(workers, initializer=_warm, initargs=(extractor,))
        results = pool.imap(work, docs, chunksize=4)
    try:
        for res in results:
            if isinstance(res, KgError):
                if on_error == "raise":
                    raise res
                if errors is not None:
                    errors.append(res)
                continue
            value, n_chars = res
            done += 1
            chars += n_chars
            if progress is not None:
                progress(done, chars)
            yield value
    finally:
        if workers > 1:
            pool.terminate()


def _warm(extractor: str | None = None) -> None:
    from kg.extract.tokens import warm

    get_extractor(extractor)
    warm()


def _safe_extract(doc: Document, transform: Callable[[Extraction], Any] | None = None,
                  extractor: str | None = None) -> tuple[Any, int] | KgError:
    try:
        ex = extract(doc, extractor=extractor)
        return (transform(ex) if transform is not None else ex), len(doc.text)
    except KgError as exc:
        return exc
    except Exception as exc:  # a bug on one document must not lose the others: report it with the doc id
        return ExtractError(f"{doc.source} ({doc.doc_id}): extraction failed: {type(exc).__name__}: {exc}")
