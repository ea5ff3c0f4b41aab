"""The span CRF: load the shipped weights once, tag sentences, read spans and their marginal probabilities.

>>> m = SpanModel.load()
>>> [(s.text, s.type.value) for s in m.spans("该项目由山西易高能源有限公司投资建设", 0)]
[('山西易高能源有限公司', 'firm')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from kg.errors import ExtractError
from kg.extract.model.features import char_features
from kg.extract.spans import suffix_matcher
from kg.lexicon import Lexicon
from kg.lexicon.matcher import Matcher
from kg.model import EntityType

MODEL_PATH: Final = Path(__file__).resolve().parent.parent.parent / "data" / "span_model.crfsuite"
TYPES: Final = {"FIRM": EntityType.FIRM, "PROJECT": EntityType.PROJECT, "PARK": EntityType.PARK}
LABELS: Final = ("O", *(f"{p}-{t}" for t in TYPES for p in ("B", "I")))
MAX_SENTENCE: Final = 400  # characters tagged at once (longer sentences are tagged in pieces)


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    start: int
    end: int
    type: EntityType
    text: str
    prob: float  # mean marginal probability of the span's labels


@dataclass(frozen=True, eq=False)
class SpanModel:
    """A trained CRFsuite model with the lexicon its features read."""

    path: Path
    lex: Lexicon
    suffixes: Matcher
    _tagger: Any = field(repr=False)

    @classmethod
    def load(cls, path: str | Path | None = None, lexicon: Lexicon | None = None) -> SpanModel:
        """The shipped model (cached), or the one in ``path``."""
        return _load(str(path or MODEL_PATH), lexicon or Lexicon.load())

    def tag(self, text: str) -> list[dict[str, float]]:
        """Per character, the marginal probability of each label."""
        out: list[dict[str, float]] = []
        for k in range(0, len(text), MAX_SENTENCE):
            piece = text[k : k + MAX_SENTENCE]
            xseq = char_features(piece, self.lex, self.suffixes)
            self._tagger.set(xseq)
            labels = self._tagger.labels()
            out.extend({lab: self._tagger.marginal(lab, i) for lab in labels} for i in range(len(piece)))
        return out

    def spans(self, text: str, offset: int,
              marginals: list[dict[str, float]] | None = None) -> list[TaggedSpan]:
        """The spans of the best label sequence of ``text`` (offsets + ``offset``), with their probability."""
        out: list[TaggedSpan] = []
        for k in range(0, len(text), MAX_SENTENCE):
            piece = text[k : k + MAX_SENTENCE]
            self._tagger.set(char_features(piece, self.lex, self.suffixes))
            out.extend(self._read_spans(piece, offset + k))
        return out

    def judge(self, text: str, offset: int,
              queries: list[tuple[int, int, EntityType]]) -> tuple[list[float], list[TaggedSpan]]:
        """What :meth:`tag`, :meth:`support` and :meth:`spans` say of ``text`` together, with each piece's
        features made and set once and only the marginals the queries need read: the support of each
        ``(start, end, type)`` (offsets into ``text``), and the spans (offsets + ``offset``)."""
        wanted: dict[int, set[str]] = {}
        for start, end, etype in queries:
            for k in range(start, end):
                wanted.setdefault(k, set()).add(f"{'B' if k == start else 'I'}-{etype.name}")
        marginals: dict[int, dict[str, float]] = {}
        spans: list[TaggedSpan] = []
        for k in range(0, len(text), MAX_SENTENCE):
            piece = text[k : k + MAX_SENTENCE]
            self._tagger.set(char_features(piece, self.lex, self.suffixes))
            # the best labels first: CRFsuite's Viterbi reuses the forward scores, so marginals are read after
            # it (as when a piece is set again for them)
            spans.extend(self._read_spans(piece, offset + k))
            known = set(self._tagger.labels())
            for i in range(len(piece)):
                if k + i in wanted:  # only the queries' characters are read
                    marginals[k + i] = {lab: self._tagger.marginal(lab, i) for lab in wanted[k + i]
                                        if lab in known}
        supports = [self._support(marginals, start, end, etype) for start, end, etype in queries]
        return supports, spans

    def _read_spans(self, piece: str, offset: int) -> list[TaggedSpan]:
        """The spans of the best label sequence of the piece the tagger holds."""
        out: list[TaggedSpan] = []
        labels = self._tagger.tag()
        i = 0
        while i < len(labels):
            lab = labels[i]
            if lab.startswith("B-"):
                t = lab[2:]
                j = i + 1
                while j < len(labels) and labels[j] == f"I-{t}":
                    j += 1
                prob = sum(self._tagger.marginal(labels[x], x) for x in range(i, j)) / (j - i)
                out.append(TaggedSpan(offset + i, offset + j, TYPES[t], piece[i:j], prob))
                i = j
            else:
                i += 1
        return out

    @staticmethod
    def _support(marginals: Mapping[int, dict[str, float]] | Sequence[dict[str, float]], start: int, end: int,
                 etype: EntityType) -> float:
        t = etype.name
        if end <= start:
            return 0.0
        total = marginals[start].get(f"B-{t}", 0.0)
        for k in range(start + 1, end):
            total += marginals[k].get(f"I-{t}", 0.0)
        return total / (end - start)

    def support(self, marginals: list[dict[str, float]], start: int, end: int, etype: EntityType) -> float:
        """How much the model agrees that ``[start, end)`` (offsets into the tagged text) is a name of
        ``etype``: the mean over its characters of P(B-type at the start, I-type after)."""
        return self._support(marginals, start, end, etype)


@lru_cache(maxsize=4)
def _load(path: str, lex: Lexicon) -> SpanModel:
    try:
        import pycrfsuite  # python-crfsuite, MIT
    except ImportError as e:  # pragma: no cover
        raise ExtractError("the span model needs python-crfsuite (pip install python-crfsuite)") from e
    if not Path(path).is_file():
        raise ExtractError(f"{path}: span model not found; train it with scripts/train_span_model.py")
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(path)
    except Exception as e:  # CRFsuite raises ValueError/IOError on a bad file
        raise ExtractError(f"{path}: not a CRFsuite model ({e})") from e
    return SpanModel(Path(path), lex, suffix_matcher(), tagger)
