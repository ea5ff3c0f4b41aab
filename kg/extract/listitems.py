"""The items of a list (:mod:`kg.extract.lists`) judged one by one: a firm's name, a project's, a park's or
none (a line of business, an action, a kind of project, a sector, public works)."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import last_match
from kg.extract.mentions import FIRM, PARK, PROJECT, Mention
from kg.extract.names import item_start
from kg.extract.pretest import Ending
from kg.extract.publicworks import public_works
from kg.extract.text import Span, trim_name
from kg.extract.tokens import cut_window, word_frequency
from kg.extract.validity import valid_name
from kg.extract.vocab import (
    CAPACITY_NUMBER,
    CAPACITY_UNITS,
    FUNCTION_CHARS,
    LIST_PROJECT_ENDINGS,
    PLANT_LINE,
    PLANT_PROCESSES,
    RE_FIRM_QUALIFIER,
    RE_FIRM_TRADE,
    RE_PHASE,
    RE_PROJECT_SUFFIX,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import (
    RE_FIRM_LEGAL,
    han_count,
    park_type,
)

# Endings of a work or a park, never of a firm's name (a 大米厂, 家具城, 养殖基地 or 百果园 may be a firm).
WORK_ENDINGS: Final = ("产业园", "工业园", "物流园", "科技园", "仓储园", "园区", "项目")

# Word classes and words that make a list item an activity (种植, 改革, 扶贫, 治理 …).
ACTION_TAGS: Final = frozenset({"v", "vn", "vd", "vi"})

BREAK_WORD_TAGS: Final = frozenset({"v", "vd", "vi", "d", "ad", "p", "c", "u", "r"})

ACTION_WORDS = frozenset({"扶贫", "养殖", "治理", "整治", "保护", "利用", "改革", "防治", "控制", "传承",
                          "灭荒", "提升", "建设", "改造", "开发", "发展", "推广", "示范"})

# A capacity (年产10万吨, 2GW, 100兆瓦) marks a plant, not an activity.
RE_CAPACITY: Final = re.compile(CAPACITY_NUMBER + f"(?:{CAPACITY_UNITS}|亩)|年产")


# A list item that ends in a process (…设备加工, …零部件生产): a line of business, no firm's name.
RE_ENDS_IN_PROCESS: Final = re.compile(r"(?:加工|生产|制造|研发|组装|装配|销售)$")
# What is left of an item of industry words once they are taken out: their joiners and kind words.
RE_INDUSTRY_FILLER: Final = re.compile(r"产业|行业|领域|等|和|及|、|类|型|业")


def firm_list_item(name: str, start: int, lex: Lexicon) -> Mention | None:
    end = start + len(name)
    if park_type(name) is not None:
        return Mention(start, end, PARK, name, "park.list") if valid_name(name, PARK, lex) else None
    if len(name) < 2 or lex.gazetteer.resolve(name) is not None or industry_only(name, lex) or \
            not RE_FIRM_LEGAL.search(name) and name.endswith(WORK_ENDINGS):
        return None  # 环达物流仓储园 in a list of firms brought in is a work, no firm (a 厂 or 城 may be one)
    if not RE_FIRM_LEGAL.search(name) and not RE_BRAND_TRADE_HEAD.fullmatch(name) and \
            _is_action(name, lex, strict=True):
        return None  # a clause, not a name; a brand and its trade word (江为新能源) is a name
    if not RE_FIRM_LEGAL.search(name) and RE_ENDS_IN_PROCESS.search(name):
        return None  # 商禹水工机械设备加工: what a firm does, not its name
    if valid_name(name, FIRM, lex) or lex.firms.is_known(name):
        return Mention(start, end, FIRM, name, "firm.list")
    return None


def project_list_item(name: str, start: int, head: str, qual: str, lex: Lexicon,
                       bare: bool = False) -> Mention | None:
    """An item of a project list: a name with a project suffix (cut after it when an action follows: …基地土地
    改良), a firm of a list of firms' seats (酷哇机器人、山猫传媒等总部项目), or, in a 项目 list, a suffixless
    name that is no action (天骄清美9000吨抛光材料, 通威二期, 瑞丰宏泰; not 锥栗种植, 体制改革)."""
    if RE_FIRM_LEGAL.search(name[-4:]) and not RE_PROJECT_SUFFIX.search(name):
        return Mention(start, start + len(name), FIRM, name, "firm.list") if valid_name(name, FIRM, lex) \
            else None
    last = last_match(RE_PROJECT_SUFFIX, name)
    if last is not None and last.end() < len(name) and not RE_PROJECT_SUFFIX.search(name[last.end() :]) and \
            len(name) - last.end() <= 6 and last.end() >= 4 and not name.endswith(LIST_PROJECT_ENDINGS) and \
            not RE_CAPACITY.fullmatch(name[last.end() :]):
        name = name[: last.end()]  # 蕉坪岭花卉苗木基地土地改良 -> 蕉坪岭花卉苗木基地 (but 源网荷储一期2GW)
    elif last is None or last.end() < len(name):
        if RE_FIRM_QUALIFIER.search(qual) and RE_FIRM_TRADE.search(name[-3:]):
            return Mention(start, start + len(name), FIRM, name, "firm.list") if valid_name(name, FIRM, lex) \
                else None
        if head != "项目" and not _firm_plant_line(name) or han_count(name) < 3 or \
                _is_action(name, lex, brand_head=bare) or _one_word(name):
            return None
    if len(name) > 30 or industry_only(name, lex) or lex.gazetteer.resolve(name) is not None:
        return None
    if not valid_name(name, PROJECT, lex):
        return None
    return Mention(start, start + len(name), PROJECT, name, "project.list")


# A plant line a firm builds, in any list: X有限公司年产5000吨木糖生产线.
RE_FIRM_THEN_CAPACITY: Final = re.compile(f"(?:{RE_FIRM_LEGAL.pattern})年?(?:产|加工|处理)?"
                                          + CAPACITY_NUMBER)


def _firm_plant_line(name: str) -> bool:
    return name.endswith(PLANT_LINE) and RE_FIRM_THEN_CAPACITY.search(name) is not None


# A list item naming a sector (新材料产业, 农特产品加工产业, 物流): an industry, not a project.
RE_SECTOR_ITEM: Final = Ending(re.compile(r"(?:产业|行业|领域|经济)$"), "业域济")
SECTOR_LIST_MIN: Final = 3


def _sector_list(text: str, items: list[Span], lex: Lexicon) -> bool:
    """Whether most items of a list name sectors (…产业, industry words alone): the list says what kinds of
    projects, and its other items are kinds too (高原特色农业)."""
    def sector(name: str) -> bool:  # (隆基光伏产业, 华为数字经济: a firm's, no sector)
        return not lex.firms.find_known(name) and \
            (bool(RE_SECTOR_ITEM.search(name)) or industry_only(name, lex))

    sectors = sum(1 for it in items if sector(trim_name(text[it.start : it.end])[1]))
    return len(items) >= SECTOR_LIST_MIN and sectors * 2 > len(items)


def item_head(text: str, it: Span, firm_list: bool, lex: Lexicon) -> int:
    """Where the name of list item ``it`` may start (item_start's walk back from its end)."""
    start = item_start(text, it.start, it.end, FIRM if firm_list else PROJECT, lex)
    lead, whole = trim_name(it.text, names=lex.firms.with_particle)
    if firm_list and start > it.start + lead and RE_BRAND_TRADE_HEAD.fullmatch(whole):
        start = it.start + lead  # 江|为(p)|新能源: a brand and its trade word, however cut
    return start


FOLLOWING_REACH: Final = 4  # characters into a list's first item its subject (园区继…) may run


def project_items(text: str, items: list[Span], lex: Lexicon) -> list[Span]:
    """The items of a project list that may name a project: none of a list of sectors (新型建材产业、新材料
    产业、…、高原特色农业等项目: kinds of projects); of a list of public works (防护林、生态廊道、…、有害生物
    防控体系等项目) only those that name a firm (…、正大集团生猪养殖等项目)."""
    if _sector_list(text, items, lex):
        return []
    if _public_works_list(text, items):
        return [it for it in items if _names_a_firm(text[it.start : it.end], lex)]
    return items


def _names_a_firm(item: str, lex: Lexicon) -> bool:
    """Whether a list item names a firm: a known one or a legal form in it."""
    return bool(lex.firms.find_known(item)) or RE_FIRM_LEGAL.search(item) is not None


def _public_works_list(text: str, items: list[Span]) -> bool:
    """Whether a list of three items or more is one of public works: most of its items are (长江防护林、
    生态廊道、石漠化治理、有害生物防控体系等项目), and the others are of the same kind."""
    works = [public_works(trim_name(text[it.start : it.end])[1]) for it in items]
    return len(items) >= 3 and 2 * sum(works) > len(items)


def _one_word(name: str) -> bool:
    """己内酰胺, 芳烃: an item that is one word of the dictionary names a product, not a project."""
    toks = cut_window(name)
    return len(toks) == 1 and word_frequency(name) > 0


# A brand and a trade word at the head of a list item (大锦科技…, 恒达新材…).
RE_BRAND_TRADE_HEAD: Final = re.compile(r"[\u4e00-\u9fff]{2,4}?" + RE_FIRM_TRADE.pattern)
# A first word this common in jieba's dictionary is no brand (新型, 现代).
COMMON_BRAND_FREQ: Final = 1000


# The frequency of a word the segmenter's dictionary does not have (a coined brand: 金诚, 旭正).
UNKNOWN_WORD_FREQ: Final = 0


def _is_action(name: str, lex: Lexicon, strict: bool = False, brand_head: bool = False) -> bool:
    """锥栗种植, 市城区城管体制改革: an item that ends in a verb names an activity, unless it states a
    capacity, a phase or a firm (…多晶硅 is a thing; 年产30万吨… a plant)."""
    if RE_CAPACITY.search(name) or RE_PHASE.search(name) or lex.firms.find_known(name):
        return False
    brand = RE_BRAND_TRADE_HEAD.match(name) if brand_head else None
    if brand is not None and len(name) - brand.end() >= 2 and word_frequency(name[:2]) < COMMON_BRAND_FREQ:
        return False  # 大锦科技|汽车诊断: a firm's brand and trade word head the item: the firm's plant
    words = [t.text for t in cut_window(name)]
    if not words:
        return True
    if brand_head and len(words) >= 3 and han_count(words[0]) == len(words[0]) == 2 and \
            word_frequency(words[0]) == UNKNOWN_WORD_FREQ and not lex.gazetteer.surfaces.get(words[0]):
        return False  # 金诚|硫磺|回收: a brand no dictionary knows, what it processes and how: a plant
    last = words[-1]
    if not strict and last in PLANT_PROCESSES and len(words) >= 3 and \
            not industry_only(name[: -len(last)], lex):
        return False  # 全钒液流电池|制造, 废旧光伏板|拆解: a product and the process that makes it: a plant
    if strict and any(lex.words.tag(w) in BREAK_WORD_TAGS and (len(w) > 1 or w in FUNCTION_CHARS)
                      for w in words):
        return True  # a firm list item with an adverb or verb in it is a clause (社会有序; not 诺思|特)
    return lex.words.tag(last) in ACTION_TAGS or last in ACTION_WORDS


def industry_only(name: str, lex: Lexicon) -> bool:
    """电子信息, 装备制造: an item made of industry words names a kind of business, not one (an industry word
    inside a known firm's name does not count: 中石化|煤制烯烃 is a firm's plant)."""
    if lex.firms.find_known(name):
        return False
    rest = name
    for sp in lex.taxonomy.find_industries(name):
        rest = rest.replace(sp.surface, "")
    rest = RE_INDUSTRY_FILLER.sub("", rest)
    return len(rest) < 2
