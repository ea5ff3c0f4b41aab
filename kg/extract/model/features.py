"""Features of each character of a sentence for the span CRF: the character and its neighbours, jieba's word
around it (position, length, word class), the lexicons' matches (places, known firms, industry words) and the
type suffixes of the naming grammar (有限公司, 项目, 经开区 …)."""

from __future__ import annotations

from typing import Final

from kg.extract.tokens import cut
from kg.lexicon import Lexicon
from kg.lexicon.matcher import Matcher

BOS, EOS = "<s>", "</s>"
NEXT_SUFFIX_REACH: Final = 24  # characters: how far ahead the next type suffix is seen


def _char_class(c: str) -> str:
    if "\u4e00" <= c <= "\u9fff":
        return "H"
    if c.isdigit():
        return "D"
    if c.isascii() and c.isalpha():
        return "L"
    if c.isspace():
        return "S"
    return "P"


def _mark(marks: list[str], start: int, end: int, kind: str) -> None:
    for k in range(start, end):
        tag = "B" if k == start else ("E" if k == end - 1 else "I")
        if not marks[k]:
            marks[k] = f"{kind}{tag}"


def char_features(text: str, lex: Lexicon, suffixes: Matcher) -> list[list[str]]:
    """One list of feature strings per character of ``text`` (a sentence)."""
    n = len(text)
    pos_tag = [""] * n
    word_of = [""] * n
    tag_of = [""] * n
    p = 0
    for w in cut(text):
        tag = lex.words.tag(w) or ("x" if len(w) == 1 and not "\u4e00" <= w <= "\u9fff" else "n")
        for k in range(p, p + len(w)):
            pos_tag[k] = "S" if len(w) == 1 else ("B" if k == p else ("E" if k == p + len(w) - 1 else "M"))
            word_of[k] = w if len(w) <= 4 else "LONG"
            tag_of[k] = tag
        p += len(w)
    places = [""] * n
    for m in lex.gazetteer.find(text):
        _mark(places, m.start, m.end, "pl" + (m.level or "?")[:2])
    firms = [""] * n
    for sp in lex.firms.find_known(text):
        _mark(firms, sp.start, sp.end, "kf")
    inds = [""] * n
    for sp in lex.taxonomy.find_industries(text):
        _mark(inds, sp.start, sp.end, "in")
    sufs = [""] * n
    next_suffix = [""] * n  # the type of the next suffix starting after a character, and how far
    for s, e, _w, types in suffixes.iter_all(text):
        kind = "".join(sorted(t.value[:2] for t in types))
        _mark(sufs, s, e, "sf" + kind)
        for k in range(max(0, s - NEXT_SUFFIX_REACH), s):
            if not next_suffix[k]:
                d = s - k
                next_suffix[k] = f"{kind}:{'1' if d <= 2 else ('2' if d <= 6 else ('3' if d <= 12 else '4'))}"
    feats = []
    for i, c in enumerate(text):
        prev1 = text[i - 1] if i > 0 else BOS
        prev2 = text[i - 2] if i > 1 else BOS
        next1 = text[i + 1] if i + 1 < n else EOS
        next2 = text[i + 2] if i + 2 < n else EOS
        f = [
            "b",
            "c=" + c, "c-1=" + prev1, "c+1=" + next1, "c-2=" + prev2, "c+2=" + next2,
            "c-1c=" + prev1 + c, "cc+1=" + c + next1, "c-2c-1=" + prev2 + prev1, "c+1c+2=" + next1 + next2,
            "cls=" + _char_class(c),
            "wp=" + pos_tag[i], "w=" + word_of[i], "t=" + tag_of[i],
            "t-1=" + (tag_of[i - 1] if i > 0 else BOS), "t+1=" + (tag_of[i + 1] if i + 1 < n else EOS),
            "wp_t=" + pos_tag[i] + tag_of[i],
        ]
        if places[i]:
            f.append("pl=" + places[i])
        if firms[i]:
            f.append("kf=" + firms[i])
        if inds[i]:
            f.append("in=" + inds[i])
        if sufs[i]:
            f.append("sf=" + sufs[i])
        if next_suffix[i]:
            f.append("nsf=" + next_suffix[i])
        feats.append(f)
    return feats
