"""The rule extractor: span finders (suffix grammar, lists, lexicons) and relation frames.

>>> from kg.model import Document
>>> ex = RuleExtractor(Lexicon.load())(Document("d", "d.txt", None, "2023", "邵阳市",
...     "总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约。"
...     "该项目由山西易高能源有限公司投资建设。"))
>>> sorted(e.name for e in ex.entities if e.type.value in ("firm", "project", "park"))
['山西易高能源有限公司', '邵阳经济技术开发区', '锂离子动力电池项目']
>>> [(r.type.value, r.amount_cny, r.evidence[0].rule) for r in ex.relations if r.type.value == "INVESTS_IN"]
[('INVESTS_IN', 1600000000, 'invests_in.by')]
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.analyse import analyse
from kg.extract.assemble import assemble
from kg.extract.base import register
from kg.extract.frames import run_frames
from kg.extract.mentions import Found, Mention
from kg.extract.spans import Context, suffix_matcher
from kg.lexicon import Lexicon
from kg.model import Document, Extraction

SpanFilter = Callable[[Context, list[Mention]], list[Mention]]


class RuleExtractor:
    """Span finders and relation frames; ``span_filter`` (the learned model's judge) may rewrite the spans."""

    name = "rules"

    def __init__(self, lexicon: Lexicon, span_filter: SpanFilter | None = None) -> None:
        self.lexicon = lexicon
        self.suffixes = suffix_matcher()
        self.span_filter = span_filter

    def __call__(self, doc: Document) -> Extraction:
        return self.found_and_extraction(doc)[1]

    def found_and_extraction(self, doc: Document) -> tuple[Found, Extraction]:
        """The analysed document and what it states (a subclass may post-process with both)."""
        found = analyse(doc, self.lexicon, self.suffixes, self.span_filter)
        return found, assemble(doc, found, run_frames(found))


@register("rules")
def _rules(lexicon: Lexicon) -> RuleExtractor:
    return RuleExtractor(lexicon)
