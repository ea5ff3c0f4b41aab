"""Firms found again in a document: other occurrences of a name a role pattern found once (奥托立夫是…
供应商 … 奥托立夫将…), and a firm named in full written again by its short form (深圳云帆无人机科技有限公司 …
云帆无人机)."""

from __future__ import annotations

import bisect
import re
from typing import Final

from kg.extract.heads import brand_like, first_word
from kg.extract.mentions import FIRM, Mention
from kg.extract.tokens import word_bounded
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL

# Firms found by their role in one sentence (奥托立夫是…供应商, 由X投资建设, 企业如X): other occurrences of
# the name in the document are that firm too (known firms and legal names are found everywhere already).
ROLE_FIRM_RULES: Final = frozenset({"firm.defined", "firm.by", "firm.investor_is", "firm.subject",
                             "firm.example", "firm.after_descriptor", "firm.parent", "firm.partner",
                             "firm.signing", "firm.listing", "firm.list", "firm.stock_code"})
MIN_AGAIN_CHARS: Final = 3  # a two-character name is too often a piece of another word


def firms_again(text: str, top: list[Mention]) -> list[Mention]:
    """Each other occurrence of a firm found by its role, where no mention covers it and it is a word."""
    names = {m.text for m in top
             if m.type is FIRM and m.rule in ROLE_FIRM_RULES and len(m.text) >= MIN_AGAIN_CHARS}
    if not names:
        return top
    taken = sorted((m.start, m.end) for m in top)
    starts = [s for s, _ in taken]
    extra = []
    for name in sorted(names):
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            k = bisect.bisect_left(starts, end)
            free = not any(s < end and pos < e for s, e in taken[max(0, k - 2) : k])
            if free and word_bounded(text, pos, end):
                extra.append(Mention(pos, end, FIRM, name, "firm.again", score=0.7))
            pos = text.find(name, end)
    return sorted([*top, *extra], key=lambda m: m.start) if extra else top


# Where a text states a firm's short form (X公司（以下简称“Y”）): the form there is no second mention.
RE_STATED_SHORT_BEFORE: Final = re.compile(r"(?:简称|称)[：:为]?\s*[“\"]?$")
STATED_REACH: Final = 6


def firms_by_short_form(text: str, top: list[Mention], lex: Lexicon,
                         brands: dict[str, str]) -> list[Mention]:
    """A firm the document names in full, written again by a short form (深圳云帆无人机科技有限公司 …
    云帆无人机将投资5亿元): the short form is that firm where no mention covers it and it is a word. The form
    has three characters or more and opens with a brand-like word (四川省投资集团 makes no 投资集团)."""
    forms = {f: n for f, n in brands.items()
             if f != n and len(f) >= MIN_AGAIN_CHARS and RE_FIRM_LEGAL.search(n) and
             brand_like(first_word(f), lex)}
    if not forms:
        return top
    taken = sorted((m.start, m.end) for m in top)
    starts = [s for s, _ in taken]
    extra: list[tuple[int, int, str]] = []
    for form in sorted(forms, key=len, reverse=True):
        pos = text.find(form)
        while pos >= 0:
            end = pos + len(form)
            k = bisect.bisect_left(starts, end)
            free = not any(s < end and pos < e for s, e in taken[max(0, k - 2) : k]) and \
                not any(s < end and pos < e for s, e, _ in extra)
            if free and word_bounded(text, pos, end) and \
                    not RE_STATED_SHORT_BEFORE.search(text, max(0, pos - STATED_REACH), pos):
                extra.append((pos, end, form))  # (not X（简称“Y”）: the bracket only states the form)
            pos = text.find(form, end)
    if not extra:
        return top
    new = [Mention(s, e, FIRM, f, "firm.short_form", name=forms[f], score=0.7) for s, e, f in extra]
    return sorted([*top, *new], key=lambda m: m.start)
