"""The extractor seam: an :class:`Extractor` turns one Document into one Extraction with a Lexicon's help.

Implementations sit in a registry by name, as store backends do; ``kg extract/build/eval --extractor NAME``
picks one. Each is built once per lexicon (compiled matchers, loaded models) and then called per document.

>>> import kg.extract
>>> "rules" in EXTRACTORS
True
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import lru_cache
from typing import Final, Protocol

from kg.errors import ExtractError
from kg.lexicon import Lexicon
from kg.model import Document, Extraction

DEFAULT_EXTRACTOR: Final = "rules"


class Extractor(Protocol):
    """Document + Lexicon -> Extraction."""

    name: str

    def __call__(self, doc: Document) -> Extraction: ...


Factory = Callable[[Lexicon], Extractor]
EXTRACTORS: Final[dict[str, Factory]] = {}


def register(name: str) -> Callable[[Factory], Factory]:
    def add(factory: Factory) -> Factory:
        EXTRACTORS[name] = factory
        return factory

    return add


@lru_cache(maxsize=8)
def get_extractor(name: str | None = None, lexicon: Lexicon | None = None) -> Extractor:
    """The extractor registered as ``name`` (default: the rules), built for ``lexicon`` (default: the shipped
    one)."""
    name = name or DEFAULT_EXTRACTOR
    if name not in EXTRACTORS:
        raise ExtractError(f"unknown extractor {name!r}; choose one of: {', '.join(sorted(EXTRACTORS))}")
    extractor = EXTRACTORS[name](lexicon or Lexicon.load())
    from kg.extract.tokens import warm  # (tokens imports the lexicon's word classes: not at module level)

    warm()  # jieba's dictionary and the segmenter's tables (~200,000 objects), made now rather than on the
    # first document's first cut, so that they are frozen with the rest
    # the lexicon's tables and matchers (millions of objects, kept for the process's life) leave the garbage
    # collector's generations: full collections no longer walk them (3-4% of extraction time; the
    # segmenter's tables alone cost one 30 ms collection early on and each full collection after)
    gc.freeze()
    return extractor
