"""Public works (roads, schools, grids, utilities) are no projects of investment news, whatever the text calls
them — unless the name is a plant's that makes things for them (:func:`public_works`, for
:mod:`kg.extract.validity`)."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import last_match
from kg.extract.tokens import cut
from kg.extract.vocab import PUBLIC_WORKS_WORDS
from kg.lexicon.grammar import RE_FIRM_LEGAL, alternation

RE_PUBLIC_WORKS: Final = re.compile(alternation(PUBLIC_WORKS_WORDS))
# Words after a public-works word that make it what a plant makes (输变电设备, 污水处理设备, 桥梁钢结构)
# or what a plant recycles (建筑垃圾再生资源, 垃圾资源化利用).
RE_MADE_FOR_WORKS: Final = re.compile(r"(?:处理)?(?:设备|装备|材料|器材|配件|零部件|制造|产品|电缆|线缆"
                               r"|钢结构|构件)|再生资源|资源化|综合利用|回收利用")


# A yearly output before a public-works word or a production line after it makes the name a plant's, whatever
# it makes (年产2000台智能成套变电站生产线项目: a factory of substations, not a substation) …
RE_OUTPUT_BEFORE: Final = re.compile(r"年(?:产|生产)\s?\d")
PRODUCTION_LINE: Final = "生产线"
# … but not for schools, hospitals, care and utilities, which a plant does not make (…学院智能制造生产线
# 实训中心, …医院制剂生产线, 年产120万吨蒸汽集中供热项目).
NEVER_MADE_WORKS: Final = frozenset({
    "学校", "小学", "中学", "高中", "幼儿园", "书院", "学院", "大学", "职院", "校区", "教学楼", "党校",
    "医院", "卫生", "疾控", "养老", "敬老院", "福利", "殡仪馆", "垃圾", "厕所", "污水", "供水", "水厂",
    "水源", "饮水", "再生水", "供热", "热力管网", "治理", "整治",
})


def public_works(name: str) -> bool:
    """A name of public works (a road, a school, a grid), not a plant making things for them; a word that
    straddles two of the name's words is not there (芯片|区域 holds 片区), nor one in the name of the firm
    that opens it (…生态工程有限公司年产…有机肥项目)."""
    legal = last_match(RE_FIRM_LEGAL, name)
    lo = legal.end() if legal is not None and legal.end() < len(name) else 0
    return any(not RE_MADE_FOR_WORKS.match(name, m.end()) and not _straddles(name, m.start(), m.end())
               and not _made_by_a_plant(name, m) for m in RE_PUBLIC_WORKS.finditer(name, lo))


# Schools, hospitals and the like: social facilities whoever pays for them.
SOCIAL_WORKS: Final = ("学校", "小学", "中学", "高中", "幼儿园", "书院", "学院", "大学", "职院", "校区",
                       "教学楼", "党校", "医院", "卫生院", "疾控", "殡仪馆")


def social_works(name: str) -> bool:
    """Whether ``name`` names a school, a hospital or the like (:data:`SOCIAL_WORKS`): public works whoever
    pays for them (a firm's money does not make 泉州艺术实验高中学校项目 an investment project; it does make
    灌河旅游养老商业文化综合体项目 one)."""
    return any(w in name for w in SOCIAL_WORKS)


def _made_by_a_plant(name: str, m: re.Match[str]) -> bool:
    """Whether the public-works word ``m`` is what a plant of the name makes (a yearly output before it, a
    production line after it)."""
    return m.group() not in NEVER_MADE_WORKS and (PRODUCTION_LINE in name[m.end() :] or
                                                  RE_OUTPUT_BEFORE.search(name, 0, m.start()) is not None)


def _straddles(name: str, start: int, end: int) -> bool:
    """Whether ``name[start:end]`` ends inside a word of jieba's that starts inside it (芯片|区域 holds 片区,
    充换|电|网络 holds 电网): the word is not there."""
    bounds = {0}
    k = 0
    for w in cut(name):
        k += len(w)
        bounds.add(k)
    return end not in bounds and any(start < b < end for b in bounds)
