"""Extractors that use the span CRF: ``model`` (its spans alone), ``hybrid`` (rules judged by it) and
``veto`` (rules, the model judging only project names made of common words).

All keep the rule extractor's places, analysis and relation frames; only the firm, project and park spans
differ, so an ablation compares span finding alone. ``hybrid`` adds the spans the model is confident of and
no rule found, and drops the rule spans it gives little support, except those a relation of the text
(INVESTS_IN, LOCATED_IN) uses: the frames read the spans first, so the veto takes generic phrases, never a
project the text ties an investor, an amount or a site to."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from kg.extract.base import register
from kg.extract.mentions import FIRM, INDUSTRY, PARK, PROJECT, Found, Mention, longest_first
from kg.extract.model.tagger import SpanModel
from kg.extract.rules import RuleExtractor
from kg.extract.spans import Context, common_kind
from kg.extract.validity import valid_name
from kg.lexicon import Lexicon
from kg.model import Document, Extraction, RelType

NAMED: Final = (FIRM, PROJECT, PARK)
# A rule span the model gives less support than this is dropped (unless a strong rule found it) …
KEEP_MIN: Final = 0.05
# … and a model span no rule found is added when its probability reaches this.
ADD_MIN: Final = 0.85
# The score a weakly supported rule span carries to the relation frames; the entity goes unless a relation of
# SPARING_RELATIONS uses it (the veto never takes a span the text ties an investment or a site to).
WEAK_SCORE: Final = -1.0
SPARING_RELATIONS: Final = frozenset({RelType.INVESTS_IN, RelType.LOCATED_IN})
# A firm found again by its name where a role found it first (analyse._firms_again): weak when that one is.
AGAIN_RULE: Final = "firm.again"
# Rules whose spans the model does not veto: a name with a legal form, an item of the text's own list, a name
# the lexicon knows.
STRONG_RULES: Final = frozenset({"firm.suffix", "firm.list", "firm.known", "firm.by", "project.list",
                                 "park.list"})


def _sentences_with(ctx: Context, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The sentences holding a named mention or a type suffix (the only ones the model tags)."""
    marks = sorted({m.start for m in mentions if m.type in NAMED} | {s for s, _, _ in ctx.suffixes})
    out = []
    k = 0
    for sent in ctx.sentences:
        while k < len(marks) and marks[k] < sent.start:
            k += 1
        if k < len(marks) and marks[k] < sent.end:
            out.append((sent.start, sent.end))
    return out


class ModelExtractor(RuleExtractor):
    """The CRF's firm, project and park spans, the rules' places, the same frames."""

    name = "model"

    def __init__(self, lexicon: Lexicon) -> None:
        self.model = SpanModel.load(lexicon=lexicon)
        super().__init__(lexicon, self._spans)

    def _spans(self, ctx: Context, mentions: list[Mention]) -> list[Mention]:
        out = [m for m in mentions if m.type not in NAMED]
        for s, e in _sentences_with(ctx, mentions):
            for sp in self.model.spans(ctx.text[s:e], s):
                out.append(Mention(sp.start, sp.end, sp.type, sp.text, "model.crf", score=sp.prob))
        return longest_first(out)


class HybridExtractor(RuleExtractor):
    """Rule spans judged by the CRF: weakly supported ones no relation uses dropped, confident model-only ones
    added."""

    name = "hybrid"

    def __init__(self, lexicon: Lexicon) -> None:
        self.model = SpanModel.load(lexicon=lexicon)
        super().__init__(lexicon, self._judge)

    def _judge(self, ctx: Context, mentions: list[Mention]) -> list[Mention]:
        kept = [m for m in mentions if m.type not in NAMED]
        named = [m for m in mentions if m.type in NAMED]
        for s, e in _sentences_with(ctx, named):
            here = [m for m in named if s <= m.start < e]
            supports, spans = self.model.judge(ctx.text[s:e], s,
                                               [(m.start - s, min(m.end, e) - s, m.type) for m in here])
            for m, support in zip(here, supports, strict=True):
                if support >= KEEP_MIN or m.rule in STRONG_RULES:
                    kept.append(m)
                else:  # weakly supported: kept only if a relation frame uses it (see __call__)
                    kept.append(replace(m, score=WEAK_SCORE))
            for sp in spans:
                if sp.prob >= ADD_MIN and not any(m.start < sp.end and sp.start < m.end for m in here) and \
                        valid_name(sp.text, sp.type, self.lexicon):
                    # (a span the rules' own checks reject — unbalanced brackets, generic words — is no name)
                    kept.append(Mention(sp.start, sp.end, sp.type, sp.text, "model.crf", score=sp.prob))
        return longest_first(kept)

    def __call__(self, doc: Document) -> Extraction:
        found, ex = self.found_and_extraction(doc)
        weak_names = {m.text for m in found.mentions if m.score == WEAK_SCORE}
        if not weak_names:
            return ex
        # a weak span, and a weak firm's name found again elsewhere by its role (恒力科技…。恒力科技是…)
        weak = {(m.start, m.end) for m in found.mentions
                if m.score == WEAK_SCORE or m.rule == AGAIN_RULE and m.text in weak_names}
        used = {k for r in ex.relations if r.type in SPARING_RELATIONS for k in (r.source, r.target)}
        return _without(ex, {e.key for e in ex.entities if e.key not in used and e.type in NAMED and
                             e.mentions and all(sp in weak for sp in e.mentions)})


def _without(ex: Extraction, dropped: set[str]) -> Extraction:
    """``ex`` less the entities ``dropped``, their relations, and the industries no relation uses any more."""
    if not dropped:
        return ex
    relations = tuple(r for r in ex.relations if r.source not in dropped and r.target not in dropped)
    related = {k for r in relations for k in (r.source, r.target)}
    return replace(ex, relations=relations, entities=tuple(
        e for e in ex.entities if e.key not in dropped and (e.type is not INDUSTRY or e.key in related)))


# Marks that set a name apart, beyond those of spans.common_kind: a bracket, a middle dot (惠禾·艾莲小镇).
SET_APART_MARKS: Final = frozenset("（()）·")


def common_worded(m: Mention, lex: Lexicon) -> bool:
    """Whether a rule's project span is made of common words only (:func:`kg.extract.spans.common_kind`: no
    figure, Latin letter, quote, firm or place; nor a bracket or a middle dot): 环保再生产业项目,
    领导挂点服务项目; not 锂电池隔膜项目二期, 比亚迪…, 长沙…. The rules' own checks let such names through
    when the text spends money on them; the model judges them."""
    return m.type is PROJECT and m.rule not in STRONG_RULES and not SET_APART_MARKS.intersection(m.text) and \
        common_kind(m.text, lex)


VETO_CONTEXT: Final = 20  # characters either side of the names judged that the CRF tags with them


class VetoExtractor(RuleExtractor):
    """The rules' extraction, of which the CRF judges only the projects no INVESTS_IN or LOCATED_IN uses and
    whose every mention is a name made of common words (the rules' weakest kind: 环保再生产业项目,
    单体项目): one it gives little support goes. The CRF tags only the characters around those names, after
    the frames (most documents have none to judge), and adds nothing."""

    name = "veto"

    def __init__(self, lexicon: Lexicon) -> None:
        self.model = SpanModel.load(lexicon=lexicon)
        super().__init__(lexicon)

    def __call__(self, doc: Document) -> Extraction:
        found, ex = self.found_and_extraction(doc)
        used = {k for r in ex.relations if r.type in SPARING_RELATIONS for k in (r.source, r.target)}
        by_span = {(m.start, m.end): m for m in found.mentions if not m.inner}
        doubtful: dict[str, list[Mention]] = {}
        for e in ex.entities:
            if e.type is PROJECT and e.key not in used and e.mentions:
                ms = [by_span.get(sp) for sp in e.mentions]
                if all(m is not None and common_worded(m, self.lexicon) for m in ms):
                    doubtful[e.key] = [m for m in ms if m is not None]
        if not doubtful:
            return ex
        supported = self._supported(found, [m for ms in doubtful.values() for m in ms])
        return _without(ex, {k for k, ms in doubtful.items()
                             if not any((m.start, m.end) in supported for m in ms)})

    def _supported(self, found: Found, mentions: list[Mention]) -> set[tuple[int, int]]:
        """The spans of ``mentions`` the model gives support of KEEP_MIN or more, judged a sentence at a time
        over the characters around them."""
        by_sentence: dict[int, dict[tuple[int, int], Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(found.sentence_index(m.start), {})[(m.start, m.end)] = m
        out: set[tuple[int, int]] = set()
        text = found.text
        for k, spans in by_sentence.items():
            sent, here = found.sentences[k], list(spans.values())
            s = max(sent.start, min(m.start for m in here) - VETO_CONTEXT)
            e = min(sent.end, max(m.end for m in here) + VETO_CONTEXT)
            queries = [(m.start - s, min(m.end, e) - s, m.type) for m in here]
            supports, _ = self.model.judge(text[s:e], s, queries)
            out.update((m.start, m.end) for m, support in zip(here, supports, strict=True)
                       if support >= KEEP_MIN)
        return out


@register("model")
def _model(lexicon: Lexicon) -> ModelExtractor:
    return ModelExtractor(lexicon)


@register("hybrid")
def _hybrid(lexicon: Lexicon) -> HybridExtractor:
    return HybridExtractor(lexicon)


@register("veto")
def _veto(lexicon: Lexicon) -> VetoExtractor:
    return VetoExtractor(lexicon)
