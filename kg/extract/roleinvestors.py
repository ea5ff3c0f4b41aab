"""Investors named by the items of a list of investments, whatever their suffix: 包括A投资20亿元的P、B投资…,
P项目（远航新材，8亿元）, A、B分别投资12亿元、8亿元. Role finders of :data:`kg.extract.roles.ROLE_FINDERS`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.context import Context
from kg.extract.listitems import industry_only
from kg.extract.mentions import FIRM, Mention
from kg.extract.roleparts import NOT_PARTIES, brand_like_word, firm_like, party_spans
from kg.extract.text import Span
from kg.extract.vocab import RE_FIRM_TRADE, RE_GOVERNMENT, RE_PHASE
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL

# "包括A投资20亿元的P、B投资14亿元的Q": an item of a list of investments names its investor before 投资 and an
# amount tied to the project by 的 (由A投资…的P: 由 is no part of the name).
RE_ITEM_INVESTOR: Final = re.compile(r"(?:[、：:]|包括|其中有?)由?(?P<firm>[\u4e00-\u9fffA-Za-z]{2,10}?)"
                              r"(?:计划|拟|将)?总?投资(?:约|近|超过?|达)?\d+(?:\.\d+)?\s?(?:亿|万)元?的")
ITEM_INVESTOR_ANCHOR: Final = "投资"


def item_investors(ctx: Context, sent: Span) -> Iterator[Mention]:
    """、X投资14亿元的P: X is a firm when it is firm-like and, less a place at its head, brand-like
    (台州|德仕乐)."""
    lex = ctx.lex
    for m in RE_ITEM_INVESTOR.finditer(ctx.text, sent.start, sent.end):
        name = m.group("firm")
        if name in NOT_PARTIES or RE_GOVERNMENT.search(name) or lex.gazetteer.resolve(name) is not None or \
                not firm_like(name, lex):
            continue
        place = next((p.end for p in lex.gazetteer.find(name) if p.start == 0), 0)
        rest = name[place:]
        if lex.firms.is_known(name) or RE_FIRM_LEGAL.search(name) or len(rest) >= 2 and \
                (place or RE_FIRM_TRADE.search(rest[2:])) and brand_like_word(rest[:2], lex) and \
                not RE_PHASE.match(rest):
            yield Mention(m.start("firm"), m.end("firm"), FIRM, name, "firm.item_investor", score=0.7)


# "P项目（远航新材，8亿元）": the investor and its money in brackets after a project's name.
RE_BRACKET_INVESTOR: Final = re.compile(r"(?:项目|工程|基地|中心|产业园)[（(]"
                                 r"(?P<firm>[\u4e00-\u9fffA-Za-z]{2,10}?)[，,、]\s*(?:计划|总)?(?:投资)?(?:约)?"
                                 r"\d+(?:\.\d+)?\s?(?:亿|万)")  # (money, not a count: 项目（高端装备，32个）)
BRACKET_ANCHORS: Final = ("（", "(")


def bracket_investors(ctx: Context, sent: Span) -> Iterator[Mention]:
    """P项目（X，8亿元）: X is a firm when it is firm-like with a brand at its head (or a legal name)."""
    lex = ctx.lex
    for m in RE_BRACKET_INVESTOR.finditer(ctx.text, sent.start, sent.end):
        name = m.group("firm")
        if _no_firm(name, lex) or not firm_like(name, lex):
            continue  # (项目（新能源电池，5亿元）: a kind of project and its money)
        if _named_firm(name, lex) or _brand_and_trade(name, lex):
            yield Mention(m.start("firm"), m.end("firm"), FIRM, name, "firm.bracket_investor", score=0.7)


# "A、B分别投资12亿元、8亿元": the parties listed before 分别 and an investment verb.
RE_RESPECTIVE_PARTIES: Final = re.compile(r"(?P<firms>[\u4e00-\u9fffA-Za-z、和与及]{4,40}?)分别"
                                   r"(?:计划|拟|将)?(?:投资|出资|斥资|投建)")
RESPECTIVE_ANCHOR: Final = "分别"


def respective_investors(ctx: Context, sent: Span) -> Iterator[Mention]:
    """A、B分别投资…: each party that is firm-like with a brand at its head (or a legal or known name)."""
    text, lex = ctx.text, ctx.lex
    for m in RE_RESPECTIVE_PARTIES.finditer(text, sent.start, sent.end):
        lo = max((k + 1 for k in (text.rfind(c, sent.start, m.start("firms") + 1) for c in "，,：:")
                  if k >= 0), default=m.start("firms"))
        parties = party_spans(text, max(lo, m.start("firms")), m.end("firms"), lex)
        if len(parties) < 2:
            continue
        for s, e in parties:
            name = text[s:e]
            if _no_firm(name, lex):
                break  # (智能装备、生物医药分别投资…: industries, no firms)
            if _named_firm(name, lex) or _brand_and_trade(name, lex) and firm_like(name, lex):
                yield Mention(s, e, FIRM, name, "firm.respective", score=0.7)


def _no_firm(name: str, lex: Lexicon) -> bool:
    """A party, a government, a place or an industry: no investor's name."""
    return name in NOT_PARTIES or RE_GOVERNMENT.search(name) is not None or industry_only(name, lex) or \
        lex.gazetteer.resolve(name) is not None


def _named_firm(name: str, lex: Lexicon) -> bool:
    """A known firm or a name with a legal form."""
    return lex.firms.is_known(name) or RE_FIRM_LEGAL.search(name) is not None


def _brand_and_trade(name: str, lex: Lexicon) -> bool:
    """A brand-like word and a trade word after it (远航新材)."""
    return RE_FIRM_TRADE.search(name[2:]) is not None and brand_like_word(name[:2], lex)
