"""The parts of a firm's role that several role patterns share: the clauses of a sentence, the parties of
"A和B(共同)…", a legal name without the verb after it, and whether a name in a firm's role is firm-like."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import last_match
from kg.extract.listitems import industry_only
from kg.extract.nameparts import MAX_NAME
from kg.extract.names import name_start
from kg.extract.text import Span, trim_name
from kg.extract.tokens import word_frequency
from kg.extract.validity import valid_name
from kg.extract.vocab import FIRM_DESCRIPTORS
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL
from kg.model import EntityType

FIRM: Final = EntityType.FIRM


RE_CLAUSE_END: Final = re.compile(r"[，,；;：:]")


# Parties of a 由-clause that are no firm (双方, 企业方).
NOT_PARTIES: Final = frozenset({"双方", "各方", "三方", "企业", "企业方", "公司", "政府", "我市", "我县",
                                "我区", "市政府", "县政府", "区政府"})



# Words joining the parties of a signing (A与B, A和B以及C; A将和B共同…: the modal is no name's).
RE_PARTY_JOIN: Final = re.compile(r"((?:将|拟)?(?:以及|和|与|及)|、)")


def clauses(text: str, sent: Span) -> list[tuple[int, int]]:
    """The clauses of a sentence (between commas, colons and semicolons)."""
    out = []
    lo = sent.start
    for m in RE_CLAUSE_END.finditer(text, sent.start, sent.end):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, sent.end))
    return out


# A verb jieba files as such right after a legal form in a role's clause (由X有限公司组织实施): not the
# name's.
MAX_VERB_AFTER_LEGAL: Final = 4
VERB_TAGS_AFTER_LEGAL: Final = frozenset({"v", "vd", "vi", "d"})


def legal_name_only(name: str, lex: Lexicon) -> str:
    """``name`` without a verb after its legal form (由X有限公司|组织实施: the name ends at 有限公司)."""
    legal = last_match(RE_FIRM_LEGAL, name)
    if legal is not None and 0 < len(name) - legal.end() <= MAX_VERB_AFTER_LEGAL and \
            lex.words.tag(name[legal.end() :]) in VERB_TAGS_AFTER_LEGAL:
        return name[: legal.end()]
    return name


def party_spans(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The parties of "A和B(共同)": offsets of each; a legally named party starts where its name starts
    (恒信资本旗下天津…有限公司 -> 天津…有限公司)."""
    out = []
    pos = start
    pieces = RE_PARTY_JOIN.split(text[start:end])
    for part, join in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
        s, e = pos, pos + len(part)
        pos = e + len(join)
        legal = last_match(RE_FIRM_LEGAL, part)
        if legal is not None and legal.end() == len(part):
            s = name_start(text, s, s + legal.start(), e, FIRM, lex, item=True)
        removed, name = trim_name(text[s:e], names=lex.firms.with_particle)
        s += removed
        if name:
            out.append((s, s + len(name)))
    return out


def brand_like_word(s: str, lex: Lexicon) -> bool:
    """Whether ``s`` may be a brand: no place, no common word (jieba counts it under 1000), no industry
    alone."""
    return not lex.gazetteer.surfaces.get(s) and word_frequency(s) < 1000 and not industry_only(s, lex)


def firm_like(name: str, lex: Lexicon) -> bool:
    """A name in a firm's role: it has a legal form or a trade word, is a known firm, or is a short brand-like
    word (2-8 characters, not a generic or place word)."""
    if not 2 <= len(name) <= MAX_NAME or any(w in name for w in ("项目", "政府", "部门", "单位")):
        return False
    if lex.firms.is_known(name) or RE_FIRM_LEGAL.search(name):
        return valid_name(name, FIRM, lex) or lex.firms.is_known(name)
    if name in FIRM_DESCRIPTORS or len(name) > 8:
        return False
    return valid_name(name, FIRM, lex)
