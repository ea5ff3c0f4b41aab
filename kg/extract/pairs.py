"""Two works joined into one span: "A风电场和B风电场项目", where the second opens with a place of its own, are
two names (雷波拉咪北风电场 | 盐边大面山三期风电场项目), not one work built of two parts (研发中心和生产基地
项目 stays whole: no place opens its second part).

>>> from kg.lexicon import Lexicon
>>> from kg.extract.mentions import Mention, PROJECT
>>> t = "建设雷波拉咪北风电场和盐边大面山三期风电场项目"
>>> one = Mention(2, len(t), PROJECT, t[2:], "project.suffix")
>>> lex = Lexicon.load()
>>> [m.text for m in split_place_pairs([one], lex, lex.gazetteer.resolve("攀枝花市"))]
['雷波拉咪北风电场', '盐边大面山三期风电场项目']
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract.mentions import PROJECT, Mention
from kg.extract.validity import valid_name
from kg.extract.vocab import RE_PROJECT_SUFFIX
from kg.lexicon import Lexicon
from kg.lexicon.gazetteer import Place

# What joins the two works.
PAIR_CONJUNCTIONS: Final = "和及与"
# A work's own suffix right before the conjunction: the first work's name is complete there.
RE_WORK_ENDS: Final = re.compile(f"(?:{RE_PROJECT_SUFFIX.pattern})$")
MIN_PART: Final = 4  # characters each work's name has at least
PLACE_LOOK: Final = 8  # characters of the second part a place opening it is looked for in


def split_place_pairs(top: list[Mention], lex: Lexicon,
                      region: Place | None = None) -> list[Mention]:
    """Each project span that joins two complete works, the second opening with a place (near the document's
    ``region``), as two spans."""
    out = []
    for m in top:
        k = _pair_split(m, lex, region) if m.type is PROJECT else None
        if k is None:
            out.append(m)
            continue
        out.append(Mention(m.start, m.start + k, PROJECT, m.text[:k], m.rule, score=m.score))
        out.append(Mention(m.start + k + 1, m.end, PROJECT, m.text[k + 1 :], m.rule, score=m.score))
    return out


def _pair_split(m: Mention, lex: Lexicon, region: Place | None) -> int | None:
    """Where the conjunction between two works stands in ``m``'s name, or None."""
    name = m.text
    for k in (k for k, c in enumerate(name) if c in PAIR_CONJUNCTIONS):
        if not MIN_PART <= k < len(name) - MIN_PART or not RE_WORK_ENDS.search(name, 0, k):
            continue
        second = name[k + 1 :]
        if (_place_opens(second, lex, region) or _sibling_heads(name, second, lex)) and \
                valid_name(name[:k], PROJECT, lex) and valid_name(second, PROJECT, lex):
            return k
    return None


SHORT_FORM_LENGTHS: Final = (2, 3)  # characters of a county's short form (会泽, 达茂旗 is written in full)


def _sibling_heads(first: str, second: str, lex: Lexicon) -> bool:
    """Whether short forms of two counties of one province open both parts (会泽|风电场和东川|光伏电站项目:
    会泽县 and 东川区 of 云南省), though neither is near the document's region."""
    heads = [[p for n in SHORT_FORM_LENGTHS for p in lex.gazetteer.by_short(part[:n]) if p.level == "county"]
             for part in (first, second)]
    return any(a.code[:2] == b.code[:2] and a.code != b.code for a in heads[0] for b in heads[1])


def _place_opens(part: str, lex: Lexicon, region: Place | None) -> bool:
    """Whether a place (near ``region``) opens ``part``."""
    return any(p.start == 0 and p.code for p in lex.gazetteer.find(part[:PLACE_LOOK], region))
