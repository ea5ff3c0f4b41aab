"""Firms referred back to as 前者 and 后者 ("the former", "the latter"): "Z与A公司、B公司分别签约。前者投资
18亿元建设P1，后者将在Y建设P2" (前者 is A, 后者 is B), so every frame that reads a firm opening a clause reads
that firm.

>>> text = "该县与华达科技有限公司、远山集团分别签约。前者投资5亿元建设电池项目，后者建设物流园项目。"
>>> firms = [Mention(5, 13, FIRM, "华达科技有限公司", "firm.suffix"),
...          Mention(14, 18, FIRM, "远山集团", "firm.suffix")]
>>> [(m.text, m.label) for m in pair_references(text, firms)][2:]
[('前者', '华达科技有限公司'), ('后者', '远山集团')]
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract.mentions import FIRM, NAMED_TYPES, Mention

PAIR_REFERENCE_RULE: Final = "firm.reference"
FORMER: Final = "前者"
LATTER: Final = "后者"
# 前者 or 后者 opening a clause (after a sentence's or clause's mark, or the text's start).
RE_PAIR_REFERENCE: Final = re.compile(r"(?:^|(?<=[。；;，,！？\n]))\s*(?P<ref>前者|后者)")
PAIR_REACH: Final = 160  # characters before the reference the pair must be named in


def pair_references(text: str, top: list[Mention]) -> list[Mention]:
    """``top`` with a firm mention added for each 前者/后者 opening a clause, when the last two names (firms,
    projects, parks) the text wrote before it, within :data:`PAIR_REACH`, are two firms: the first for 前者,
    the second for 后者 (a 后者 in the sentence of a 前者 refers to the same pair)."""
    if FORMER not in text and LATTER not in text:
        return top
    out = list(top)
    pair: tuple[Mention, Mention] | None = None
    last_end = -1
    for ref in RE_PAIR_REFERENCE.finditer(text):
        start, end = ref.span("ref")
        if pair is None or RE_SENTENCE_END.search(text, last_end, start):
            pair = _pair_before(top, start)
        last_end = end
        if pair is not None:
            firm = pair[0] if ref.group("ref") == FORMER else pair[1]
            out.append(Mention(start, end, FIRM, text[start:end], PAIR_REFERENCE_RULE, name=firm.label))
    return out


RE_SENTENCE_END: Final = re.compile(r"[。；;！？\n]")


def _pair_before(top: list[Mention], start: int) -> tuple[Mention, Mention] | None:
    """The two firms named last before ``start`` (within :data:`PAIR_REACH`), when no project or park is named
    after the first of them."""
    named = sorted((m for m in top if m.type in NAMED_TYPES and not m.inner and
                    start - PAIR_REACH <= m.start and m.end <= start), key=lambda m: m.start)
    if len(named) < 2 or named[-1].type is not FIRM or named[-2].type is not FIRM or \
            named[-1].label == named[-2].label:
        return None
    return named[-2], named[-1]
