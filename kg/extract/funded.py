"""Works named by the money spent on building them (投资6亿元建设X基地, X公司投资2.6亿的P) and the suffixes
that name one work only so (a 中心 money is spent on, a 生产线 of a stated capacity)."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.nameparts import RE_CAPACITY_PIECE
from kg.extract.vocab import FUNDED_WORK_SUFFIXES, PLANT_LINE

# Money spent right before on building the name (投资6亿元建设X基地, 投资超50亿元，打造X, 豪掷60亿元，在Z建设
# X): what is built with it is one work, however generic its words (无人机研发制造基地).
FUNDING_WORDS: Final = "投资|出资|斥资|投入|豪掷|再投|增资|引进资金"
RE_FUNDED_BUILD_BEFORE: Final = re.compile(r"(?:" + FUNDING_WORDS + r")[^，,。；;\d]{0,3}"
                                    r"\d+(?:\.\d+)?\s?(?:亿|万)(?:元|美元)?(?:人民币)?(?:以上|左右)?"
                                    r"[，,]?"
                                    r"(?:主要|计划|拟|将|全部|分期)?(?:用于)?(?:在[^，,。；;！？]{1,16}?)?"
                                    r"(?:建设|新建|打造|投资建设|兴建|投建|建立|设立|扩建|改扩建|升级|对)的?[“\"]?$"
                                    # … or what a party's money goes to (X公司投资2.6亿的P; not a total's
                                    # 这个总投资3亿元的纺织项目: a kind)
                                    r"|(?<![总个])(?:投资|出资|斥资)\d+(?:\.\d+)?\s?(?:亿|万)(?:元|美元)?的$")
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
