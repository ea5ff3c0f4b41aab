"""What the walk back from a suffix took into a name that is no part of it
(:func:`kg.extract.spans.find_suffix_names` trims each name with these): words that open it (a firm's legal
form the walk stopped inside, 该|县, 除…外, the 建 after an amount, a firm's description of its ownership),
the first of two works of one kind joined, a government body or an outer place before a firm."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.funded import MIN_NAME_AFTER_AMOUNT, RE_AMOUNT_IN_NAME, firm_ends_at
from kg.extract.headplaces import outer_place
from kg.extract.mentions import FIRM, PROJECT
from kg.extract.names import following_opens
from kg.extract.pretest import Starting
from kg.extract.validity import valid_name
from kg.extract.vocab import SUBSIDIARY_KINDS
from kg.lexicon import Lexicon
from kg.lexicon.grammar import FIRM_LEGAL_SUFFIXES
from kg.model import EntityType


def last_of_joined(name: str, removed: int, suffix: str, etype: EntityType) -> tuple[int, str]:
    """Two works of one kind joined (松下电子第四工厂和奥托立夫广州新工厂): a project's name is the last one's
    (the first is found by its own suffix)."""
    cut = -1
    for j in WORK_JOINERS if etype is PROJECT else ():
        at = name.rfind(suffix + j, 0, len(name) - len(suffix))
        if at >= 0:
            cut = max(cut, at + len(suffix) + len(j))
    if cut <= 0 or len(name) - cut <= len(suffix):
        return removed, name
    return removed + cut, name[cut:]


WORK_JOINERS: Final = ("和", "及", "与", "以及", "、")


def leading_words_off(text: str, start: int, end: int, removed: int, name: str,
                       etype: EntityType, lex: Lexicon) -> tuple[int, str]:
    """What opens the name ``text[start + removed : end]`` but is no part of it: a firm's legal form
    (江苏常高新|集团高档…项目: the walk stopped inside the firm's name before the work's), the unit of 该县,
    除 of 除X项目外, 继 of 继X项目之后, the 建 after an amount (总投资15亿元，建X中心: what the money
    builds)."""
    lead = RE_LEADING_LEGAL_FORM.match(name) if etype is not FIRM else RE_FIRM_DESCRIBED.search(name)
    if lead is not None and (etype is not FIRM or len(name) - lead.end() >= MIN_DESCRIBED_FIRM and
                             valid_name(name[lead.end() :], FIRM, lex)):
        removed, name = removed + lead.end(), name[lead.end() :]
    at = start + removed
    if name[:1] in ADMIN_UNIT_CHARS and at > 0 and text[at - 1] in DETERMINER_CHARS:
        removed, name = removed + 1, name[1:]  # 该|县彭湖湾工业园: the unit of 该县, no part of the name
    if name.startswith(EXCEPT_OPEN) and text.startswith(EXCEPT_CLOSE, end):
        removed, name = removed + 1, name[1:]  # 除X项目外: all but X
    if following_opens(text, start + removed, end):
        removed, name = removed + 1, name[1:]  # 继X项目(落地长春)之后: following X
    if name.startswith(BUILD_CHAR) and RE_AMOUNT_CLAUSE_BEFORE.search(text, max(0, start + removed - 6),
                                                                     start + removed):
        removed, name = removed + 1, name[1:]  # 总投资15亿元，建X中心: what the money builds
    money = RE_AMOUNT_IN_NAME.search(name) if etype is PROJECT else None
    if money is not None and len(name) - money.end() >= MIN_NAME_AFTER_AMOUNT and \
            firm_ends_at(name, money.start(), lex):
        removed, name = removed + money.end(), name[money.end() :]  # 中联重科50亿元|智慧产业城项目
    return removed, name


# A firm described by its kind of ownership (中德合资|苏州…有限公司) or as another's subsidiary
# (X股份有限公司全资子集团|Y有限公司): its name starts after the description.
RE_FIRM_DESCRIBED: Final = re.compile(r"^(?:中外|中[\u4e00-\u9fff])(?:合资|合作)|^外商独资"
                                      r"|(?:全资|控股)[子孙]" + SUBSIDIARY_KINDS)
MIN_DESCRIBED_FIRM: Final = 4  # characters the firm's own name keeps


# An administrative unit after a determiner (该县, 本市, 我区, 全省) opens no name after it.
ADMIN_UNIT_CHARS: Final = frozenset("县市区省州镇乡")
DETERMINER_CHARS: Final = frozenset("该本我全各")
# A firm's legal form opening a project's or park's name ends a firm's name the walk cut into.
RE_LEADING_LEGAL_FORM: Final = Starting(
    re.compile("(?:" + "|".join(sorted(FIRM_LEGAL_SUFFIXES, key=len, reverse=True))
               + ")"),
    "公分子控有株股集")


RE_GOVERNMENT_BODY: Final = re.compile(r"(?:人民政府|政府|管委会|委员会)")


def firm_after_government(name: str, removed: int) -> tuple[str, int]:
    """X市人民政府与Y有限公司 is two parties: the firm starts after a government body."""
    for m in RE_GOVERNMENT_BODY.finditer(name):
        if len(name) - m.end() >= 4:
            cut = m.end()
            rest = name[cut:].lstrip("与和同及")
            return rest, removed + (len(name) - len(rest))
    return name, removed


def firm_after_outer_place(name: str, removed: int, lex: Lexicon) -> tuple[str, int]:
    """A firm's name after the place written before it (黄骅市|河北鑫海控股铁路有限公司: see
    :func:`kg.extract.headplaces.outer_place`)."""
    k = outer_place(name, lex)
    return name[k:], removed + k


# A clause that opens with 建 after an amount ("总投资15亿元，建…"): the verb of building, no brand's 建.
BUILD_CHAR: Final = "建"
RE_AMOUNT_CLAUSE_BEFORE: Final = re.compile(r"元\s*[，,]?\s*$")
# "All but X": 除X项目外.
EXCEPT_OPEN, EXCEPT_CLOSE = "除", "外"
