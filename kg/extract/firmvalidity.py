"""Whether a firm's candidate name is a firm's: the checks :func:`kg.extract.validity.valid_name` runs for
firms (a state builder's numbered bureau is one, 中建三局; a government bureau, a title, a clause after the
legal form, generic words or a subsidiary named by the relation alone are none)."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.nameparts import latin_brand
from kg.extract.pretest import Ending
from kg.extract.tokens import word_frequency
from kg.extract.vocab import (
    GENERIC_FIRM_ENDINGS,
    GENERIC_FIRM_STARTS,
    GENERIC_FIRM_WORDS,
    NOT_FIRM_INFIXES,
    NOT_FIRM_SUFFIXES,
    RE_ENTERPRISE_INFIX,
    RE_FIRM_TRADE,
    SUBSIDIARY_KINDS,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL, han_count

# The numbered bureaus of the central construction SOEs are firms, though 局 ends a government body's name
# (中建二局, 中铁十一局, 中交一航局): the naming grammar of those groups' units.
RE_SOE_BUREAU: Final = re.compile(r"^(?:中国)?(?:中建|中铁|中交|中冶|中铁建|电建|水电|能建)"
                           r"[一二三四五六七八九十]{1,3}(?:航|公)?(?:工程)?局(?:集团)?(?:有限公司)?$")


# An amount inside a firm's name (集团斥资100亿倾力): a clause, not a name; a phase at its end (机器人产业港
# 一期): a work, not a firm.
RE_AMOUNT_INSIDE_FIRM: Final = re.compile(r"\d+(?:\.\d+)?\s*(?:亿|万)|[一二三四五六七八九十\d]期$")


# A government bureau's last character (招商局, 发改局): no firm unless a state firm's bureau (中建三局).
BUREAU_CHAR: Final = "局"
# State builders whose units are bureaus (中铁大桥局, 中交第二航务工程局, 中国水利水电第八工程局).
SOE_PARENTS: Final = ("中铁", "中交", "中建", "中冶", "中国铁建", "中国中铁", "中国交建", "中国建筑",
                      "中国水利水电", "中国电建", "中国能建", "中国化学")


def valid_firm(name: str) -> bool:
    """Whether a firm's candidate name (legal form or trade word included) names a firm: not a government
    bureau, a title, a clause, a generic word, a subsidiary named by the relation alone."""
    if RE_SOE_BUREAU.match(name):
        return True
    if any(c in TITLE_MARKS for c in name) or _words_after_legal(name):
        return False  # (IDG资本《印象太极》: a title; X有限公司采用BT模式: what the firm does)
    if RE_AMOUNT_INSIDE_FIRM.search(name) or name.endswith(BUREAU_CHAR) and not name.startswith(SOE_PARENTS):
        return False  # (招商局, 经发局: a government bureau; a state firm's 中建三局 is taken above)
    if name.startswith(GENERIC_FIRM_STARTS) or any(w in name for w in NOT_FIRM_INFIXES) or \
            RE_ENTERPRISE_INFIX.search(name):
        return False
    if name in GENERIC_FIRM_WORDS or name.endswith(NOT_FIRM_SUFFIXES) or \
            name.endswith(GENERIC_FIRM_ENDINGS) or RE_SUBSIDIARY_ENDING.search(name):
        return False
    core = RE_FIRM_LEGAL.sub("", name)
    if len(core) < 2 or core in GENERIC_FIRM_WORDS:
        return False
    # 控股子公司: only trade words before the legal form, when there is one (a Latin brand is one: ABB公司)
    rest = RE_FIRM_TRADE.sub("", core)
    return not (core != name and han_count(rest) == 0 and not latin_brand(rest))


# Marks of a work's title (《印象太极》): never inside a firm's name.
TITLE_MARKS: Final = frozenset("《》")
# What may follow a firm's legal form inside one name: a branch or a unit of it (…有限公司北京分公司).
RE_UNIT_AFTER_LEGAL: Final = re.compile(r".*(?:分公司|子公司|分厂|工厂|办事处|研究院|分行|支行|[）)])$")


def _words_after_legal(name: str) -> bool:
    """Whether words that name no branch or unit follow a full legal form inside ``name``
    (中冶实久建设有限公司采用BT模式)."""
    end = max((m.end() for m in RE_FULL_LEGAL.finditer(name)), default=0)
    return 0 < end < len(name) - 1 and RE_FIRM_LEGAL.search(name, end) is None and \
        RE_UNIT_AFTER_LEGAL.match(name, end) is None


RE_FULL_LEGAL: Final = re.compile(r"有限责任公司|股份有限公司|有限公司")


# A firm's subsidiary named by the relation alone (铁投集团子公司|四川路桥…, 比亚迪全资子公司|抚州弗迪…): the
# parent's name and a relation word, no name (not 瑞丰高分子公司: 高分子 is the trade; …全资子集团 too).
RE_SUBSIDIARY_ENDING: Final = Ending(
    re.compile(r"(?:(?:集团|公司|股份)的?)?(?:全资|控股|独资)?(?<!分)[子孙]公司$"
               r"|(?:全资|控股|独资)[子孙]" + SUBSIDIARY_KINDS + "$"),
    "业司团")
# 投资公司 names a kind of firm (一家投资公司, 区政府投资公司) unless a brand stands before it (after places).
INVESTOR_ENDING: Final = "投资公司"
# A brand no dictionary knows: the segmenter's dictionary has no such word (柏榕; not 国资, 国有).
INVESTOR_BRAND_MAX_FREQ: Final = 0


def place_brand_investor(name: str, lex: Lexicon) -> bool:
    """(大连)柏榕投资公司: places or none, a brand no dictionary knows, then 投资公司 is a firm's name."""
    if not name.endswith(INVESTOR_ENDING):
        return False
    head = name[: -len(INVESTOR_ENDING)]
    pos = 0
    for p in lex.gazetteer.find(head):
        if p.start != pos:
            break
        pos = p.end  # 大连市中山区|柏榕: the places of the opening, one after another
    brand = head[pos:]  # (海高投资公司: a brand of its own needs no place before it)
    return han_count(brand) == len(brand) >= 2 and \
        word_frequency(brand) <= INVESTOR_BRAND_MAX_FREQ \
        and not lex.gazetteer.surfaces.get(brand)
