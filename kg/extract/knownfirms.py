"""Known firms in the text (the firm list's short names): a whole word, not after a lone surname or a title,
not a bureau's name among bureaus; a place before it and a trade word after it join the name."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import Context
from kg.extract.heads import trade_through
from kg.extract.mentions import FIRM, Mention
from kg.extract.tokens import word_bounded
from kg.extract.vocab import (
    NOT_FIRM_SUFFIXES,
    RE_FIRM_TRADE,
    RE_PROJECT_SUFFIX,
    SURNAMES,
)
from kg.lexicon.grammar import (
    RE_FIRM_LEGAL,
)

# A known short name glued to one of these is part of a longer word, not the firm (平安 in 平安建设).
BAD_NEXT_AFTER_KNOWN: Final = frozenset("市县区省镇乡村路街")


# Job titles after a name make it a government body (招商局副局长), not a firm.
RE_TITLE_AFTER: Final = re.compile(r"^(?:副|局长|主任|书记|处长|科长|部长|厅长|党组)")


def find_known_firms(ctx: Context) -> list[Mention]:
    out = []
    text = ctx.text
    for sp in ctx.lex.firms.find_known(text, ctx.hits.firms):
        if sp.end < len(text) and text[sp.end] in BAD_NEXT_AFTER_KNOWN:
            continue
        if RE_TITLE_AFTER.match(text[sp.end : sp.end + 3]):
            continue
        if not word_bounded(text, sp.start, sp.end) or _after_surname(ctx, sp.start):
            continue  # (宋|振华: a person's given name after a surname)
        if sp.surface.endswith(NOT_FIRM_SUFFIXES) and (_place_before(ctx, sp.start) or
                                                        _among_bureaus(text, sp.start, sp.end)):
            continue  # 金溪县|招商局, 经发局、招商局: a bureau, not the firm of that name
        out.append(_with_place_and_trade(ctx, Mention(sp.start, sp.end, FIRM, sp.surface, "firm.known",
                                                      score=0.9)))
    return out


# jieba's classes of function words: a surname filed as one (向, 于 prepositions; 何 pronoun; 莫 adverb) is
# that word before a firm (向华为供货), not a surname.
FUNCTION_WORD_TAGS: Final = frozenset({"p", "c", "u", "r", "d"})


def _after_surname(ctx: Context, start: int) -> bool:
    """Whether a common surname stands alone before ``start`` (、宋|振华, 张|振华); not one jieba files as a
    function word (向|华为)."""
    c = ctx.text[start - 1 : start]
    return bool(c) and c in SURNAMES and ctx.lex.words.tag(c) not in FUNCTION_WORD_TAGS and \
        (start < 2 or not "\u4e00" <= ctx.text[start - 2] <= "\u9fff")




# A neighbour in a list that is a bureau: 经发局、|招商局 before, |招商局、经发局 after.
RE_BUREAU_ITEM_BEFORE: Final = re.compile(r"局、$")
RE_BUREAU_ITEM: Final = re.compile(r"、[\u4e00-\u9fff]{1,5}局(?:[、，,和及等]|$)")


def _among_bureaus(text: str, start: int, end: int) -> bool:
    """An item of a list whose neighbour is a bureau (经发局、招商局、…): a bureau too."""
    before = text[max(0, start - 8) : start]
    after = text[end : end + 8]
    return bool(RE_BUREAU_ITEM_BEFORE.search(before)) or bool(RE_BUREAU_ITEM.match(after))



def _place_before(ctx: Context, pos: int) -> bool:
    """Whether a place name ends at ``pos`` (2-4 characters, as the gazetteer writes it)."""
    surfaces = ctx.lex.gazetteer.surfaces
    return any(k <= pos and surfaces.get(ctx.text[pos - k : pos]) for k in (4, 3, 2))


def _with_place_and_trade(ctx: Context, m: Mention) -> Mention:
    """江阴|顺丰|鞋业: a place right before a known brand and a trade word right after make one firm's name, a
    namesake's, not the known firm's (a project or legal suffix after the trade word leaves it alone); with no
    place before, the brand and its trade word as written (金冠|食品、)."""
    text = ctx.text
    trade = RE_FIRM_TRADE.match(text, m.end)
    surfaces = ctx.lex.gazetteer.surfaces
    place = next((k for k in (4, 3, 2) if k <= m.start and surfaces.get(text[m.start - k : m.start])), 0)
    if not place:
        return _known_with_trade(text, m) or m
    if trade is None or RE_PROJECT_SUFFIX.match(text, trade.end()) or RE_FIRM_LEGAL.match(text, trade.end()):
        return m
    start = m.start - place
    return Mention(start, trade.end(), FIRM, text[start : trade.end()], "firm.known", score=0.9)


# What may follow a firm's name in a list or clause (金冠食品、, 黑牡丹公司)): its name ends there.
NAME_END_MARKS: Final = frozenset("、，,。；;：:和与及等）)”")
BARE_FIRM_FORMS: Final = ("公司", "集团")


def _known_with_trade(text: str, m: Mention) -> Mention | None:
    """A known brand written with its trade word or a bare 公司 and nothing else after (金冠|食品、,
    江瀚新材|料、, 黑牡丹|公司)): the firm's name as written is the longer one."""
    trade = RE_FIRM_TRADE.match(text, m.end)
    end = trade.end() if trade is not None else trade_through(text, m.start, m.end)
    if text.startswith(BARE_FIRM_FORMS, end):
        end += 2
    if end == m.end or end < len(text) and text[end] not in NAME_END_MARKS:
        return None
    return Mention(m.start, end, FIRM, text[m.start : end], "firm.known", score=0.9)
