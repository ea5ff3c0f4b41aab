"""A headline's kind of project: "X县：光伏玻璃项目点火⏎…Y公司日熔化量1200吨光伏玻璃生产线
项目点火…" — the headline names the lede's project by its kind (光伏玻璃项目), no project of its own."""

from __future__ import annotations

from typing import Final

from kg.extract.mentions import PROJECT, Mention
from kg.extract.nameparts import last_suffix
from kg.extract.validity import kind_words_only
from kg.lexicon import Lexicon

LINE_BREAK: Final = "\n"
HEADLINE_MAX: Final = 60  # characters a headline may have
# What ends a sentence, so no headline holds it (a colon may: 芜湖繁昌：…).
SENTENCE_FINAL: Final = frozenset("。！？；;!?")


def without_headline_kinds(text: str, top: list[Mention], lex: Lexicon) -> list[Mention]:
    """``top`` without the projects of the text's first line, when that line is a headline (short, no
    sentence's end) and the project's name is words of industries or of the dictionary only, and the text
    after the headline names a project of its own, not by that name.

    >>> from kg.lexicon import Lexicon
    >>> lex = Lexicon.load()
    >>> text = "芜湖繁昌：光伏玻璃项目点火\\n华达玻璃有限公司1200吨/日光伏压延玻璃项目一号窑点火。"
    >>> top = [Mention(5, 11, PROJECT, "光伏玻璃项目", "t"),
    ...        Mention(24, 37, PROJECT, "1200吨/日光伏压延玻璃项目", "t")]
    >>> [m.text for m in without_headline_kinds(text, top, lex)]
    ['1200吨/日光伏压延玻璃项目']
    """
    end = text.find(LINE_BREAK, 0, HEADLINE_MAX + 1)
    if end < 0 or SENTENCE_FINAL.intersection(text[:end]):
        return top
    named = {m.text for m in top if m.type is PROJECT and m.start > end}
    heads = [m for m in top if m.type is PROJECT and m.end <= end and m.text not in named and
             _kind_only(m.text, lex)]
    if not heads or not any(m.type is PROJECT and m.start > end for m in top):
        return top
    return [m for m in top if m not in heads]


def _kind_only(name: str, lex: Lexicon) -> bool:
    suffix = last_suffix(name)
    head = name[: suffix.start()] if suffix is not None else name
    return bool(head) and kind_words_only(head, lex)
