"""Works named by the money spent on building them (投资6亿元建设X基地, X公司投资2.6亿的P) and the suffixes
that name one work only so (a 中心 money is spent on, a 生产线 of a stated capacity)."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.mentions import PARK, PROJECT
from kg.extract.nameparts import RE_CAPACITY_PIECE
from kg.extract.pretest import Ending
from kg.extract.validity import valid_name
from kg.extract.vocab import FUNDED_WORK_SUFFIXES, PLANT_LINE
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL
from kg.model import EntityType

# Money spent right before on building the name (投资6亿元建设X基地, 投资超50亿元，打造X, 豪掷60亿元，在Z建设
# X): what is built with it is one work, however generic its words (无人机研发制造基地).
FUNDING_WORDS: Final = "投资|出资|斥资|投入|豪掷|再投|增资|引进资金"
RE_FUNDED_BUILD_BEFORE: Final = Ending(
    re.compile(r"(?:" + FUNDING_WORDS + r")[^，,。；;\d]{0,3}"
               r"\d+(?:\.\d+)?\s?(?:亿|万)(?:元|美元)?(?:人民币)?(?:以上|左右)?"
               r"[，,]?"
               r"(?:主要|计划|拟|将|全部|分期)?(?:用于)?(?:在[^，,。；;！？]{1,16}?)?"
               r"(?:建设|新建|打造|投资建设|兴建|投建|建立|设立|扩建|改扩建|升级|对)的?[“\"]?$"
               # … or what a party's money goes to (X公司投资2.6亿的P; not a total's
               # 这个总投资3亿元的纺织项目: a kind)
               r"|(?<![总个])(?:投资|出资|斥资)\d+(?:\.\d+)?\s?(?:亿|万)(?:元|美元)?的$"),
    "\"“对建的立级设造")
FUNDED_REACH: Final = 40  # characters before a name the money spent on it may stand
RE_FUNDING_CUE: Final = re.compile(FUNDING_WORDS)
RE_BUILD_VERB: Final = re.compile(r"建|打造|设立|(?<=投资)\d")  # (建设, 新建, 兴建…; 投资2.6亿的P)
FUNDED_LOOK: Final = FUNDED_REACH + 40  # characters before the suffix money may be spent in (a name between)


def may_be_funded(text: str, s_start: int, suffix: str) -> bool:
    """Whether money is spent near before a :data:`FUNDED_WORK_SUFFIXES` suffix (a 中心), or a capacity stands
    there (a 生产线): the name may be a work's (any other suffix: yes)."""
    if suffix not in FUNDED_WORK_SUFFIXES:
        return True
    lo = max(0, s_start - FUNDED_LOOK)
    if suffix == PLANT_LINE:  # (the capacity a line's name must hold, found up to the suffix)
        return RE_CAPACITY_PIECE.search(text, lo, s_start + len(suffix)) is not None
    return RE_FUNDING_CUE.search(text, lo, s_start) is not None and \
        RE_BUILD_VERB.search(text, lo, s_start) is not None


CENTRE: Final = "中心"  # a suffix that names one work only where money is spent on building it
RE_JOINED_WORKS: Final = re.compile(r"(?:中心|生产线|车间|厂房)(?:和|及|与|以及|、)")


def funded_work(text: str, at: int, name: str, etype: EntityType, lex: Lexicon) -> bool:
    """Whether a name its words alone do not make one is a work because a firm's money builds it right before:
    a 园 whose words name no zone of their own (投资60亿元，在Z建设绿色循环产业园; a government's
    投资15亿元，建设科技创新园 builds a zone), a project whose name holds a word of public works
    (X集团总投资8亿元建设的博宇公路港项目)."""
    if etype is PARK:
        return name.endswith(GARDEN_CHAR) and firm_funds(text, at) and \
            valid_name(name, PROJECT, lex, own_total=True)
    return etype is PROJECT and firm_funds(text, at) and \
        not RE_PLATFORM_FIRM.search(text, max(0, at - FUNDED_REACH), at) and \
        valid_name(name, PROJECT, lex, own_total=True, firm_funded=True)


# A state platform that builds roads, tunnels and parks for a city (城投, 交通投资集团, 地铁集团): its money
# spent on public works does not make them an investment project.
RE_PLATFORM_FIRM: Final = re.compile(r"城投|城建|交投|交通|路桥|高速|地铁|轨道|铁路|港务|水务|蜀道|城市建设"
                                     r"|城市开发|城市发展|经济发展|建设投资|基础设施|园林|市政")


def rescued(text: str, at: int, end: int, name: str, etype: EntityType, lex: Lexicon) -> int | None:
    """Where a work's name starts that its own words do not make one (``name`` at ``at``): a known firm's
    right before it (佛山照明|扩产项目), or a firm's money spent on building it (:func:`funded_work`); None
    when it is no work."""
    firm_at = known_firm_before(text, at, lex) if etype is PROJECT else at
    if firm_at < at and valid_name(text[firm_at:end], PROJECT, lex):
        return firm_at
    return at if funded_work(text, at, name, etype, lex) else None


def known_firm_before(text: str, at: int, lex: Lexicon) -> int:
    """Where a known firm's name that ends right at ``at`` starts (佛山照明|扩产项目), else ``at``."""
    lo = max(0, at - KNOWN_FIRM_REACH)
    for sp in lex.firms.find_known(text[lo:at]):
        if lo + sp.end == at:
            return lo + sp.start
    return at


KNOWN_FIRM_REACH: Final = 8  # characters before a generic name a known firm may end in


def firm_funds(text: str, at: int) -> bool:
    """Whether a firm (by its legal form) spends money on building what is named at ``at``, right before it
    (X有限公司总投资8亿元建设的P)."""
    return RE_FUNDED_BUILD_BEFORE.search(text, max(0, at - FUNDED_REACH), at) is not None and \
        RE_FIRM_LEGAL.search(text, max(0, at - FUNDED_REACH), at) is not None


GARDEN_CHAR: Final = "园"


# A firm, its amount, then the work's name (中联重科50亿元智慧产业城项目开工, a headline): the name starts
# after the amount, which is the work's own total.
RE_AMOUNT_IN_NAME: Final = re.compile(r"\d+(?:\.\d+)?(?:亿|万)元")
RE_FIRM_AMOUNT_BEFORE: Final = Ending(re.compile(RE_AMOUNT_IN_NAME.pattern + "$"), "元")
MIN_NAME_AFTER_AMOUNT: Final = 4


def firm_ends_at(s: str, pos: int, lex: Lexicon) -> bool:
    """Whether a known firm's name (:func:`known_firm_before`) or a firm's legal form ends at ``pos`` of
    ``s``."""
    return known_firm_before(s, pos, lex) < pos or \
        any(m.end() == pos for m in RE_FIRM_LEGAL.finditer(s, max(0, pos - KNOWN_FIRM_REACH), pos))


def firm_amount_before(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a firm and its amount stand right before ``at`` (中联重科50亿元|智慧产业城项目)."""
    money = RE_FIRM_AMOUNT_BEFORE.search(text, max(0, at - 12), at)
    return money is not None and firm_ends_at(text, money.start(), lex)
