"""Whether a trimmed candidate is a specific name of its type (:func:`valid_name`): not a generic phrase
(龙头企业, 一批项目), a public work, a designation, a category or a bare place."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.chars import CharSet
from kg.extract.firmvalidity import place_brand_investor, valid_firm
from kg.extract.nameparts import (
    FIRM,
    MAX_NAME,
    MIN_NAME,
    PARK,
    PROJECT,
    RE_CAPACITY_PIECE,
    distinctive,
    last_suffix,
    strip_generic,
)
from kg.extract.pretest import Ending, Starting
from kg.extract.publicworks import public_works, social_works
from kg.extract.text import trim_name
from kg.extract.tokens import cut, word_frequency
from kg.extract.vocab import (
    CAPACITY_NUMBER,
    CAPACITY_UNITS,
    FUNCTION_CHARS,
    NOT_PROJECT_ENDINGS,
    PROGRAM_WORDS,
    RE_GENERIC_PROJECT,
    RE_GOVERNMENT,
    RE_PHASE,
    RE_PROGRAM_NAME,
    RE_STREET_WORK,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import (
    PLACE_LED_PARK_SUFFIXES,
    RE_DESIGNATION,
    RE_FIRM_LEGAL,
    RE_HAN,
    han_count,
    park_suffix,
    park_type,
)
from kg.model import EntityType

RE_COUNT_INSIDE = re.compile(r"\d+(?:个|家|项(?!目)|名|人次|户)|[一二三四五六七八九十两]+个"
                             r"|(?:多|几|数|若干)个"
                             # (亿元以上项目, 5000万项目: an amount's projects; 南阳市8.28项目: a day's;
                             # 尼龙6项目 is a product's)
                             r"|(?:\d[亿万]?元|[亿万]元?|\d[.．]\d+)(?:以上)?项目$"
                             r"|[一二三四五六七八九十百两]+大(?!道)|"
                             r"^[一二三四五六七八九十两]+(?:中心|基地|园|区)")
# Every character a match of RE_COUNT_INSIDE can start with (its branches open with counts and groups, which
# re does not scan for by itself): a name holding none holds no count (a test checks them against the parse).
RE_COUNT_INSIDE_START: Final = re.compile(r"[\d一二三四五六七八九十百两多几数若亿万]")


# "…和重点项目": a name may not end in a conjunction and a generic head.
RE_CONNECTOR_BEFORE_SUFFIX = Ending(
    re.compile(r"[及和与、](?:重点|重大|产业|招商|签约|在建|新建|示范)*(?:项目|工程"
               r"|基地|中心)$"),
    "地心目程")


# An amount standing where a name could (总投资分别为11亿元、6亿元的A和B等已签约落户).
RE_AMOUNT_NAME: Final = re.compile(r"^[\d.，,]+\s?(?:亿|万|千)?(?:元|美元)$")
CURRENCY_CHAR: Final = "元"  # (in every match of RE_AMOUNT_NAME: a test before the regex)


# A year inside a name makes it a batch of the year (2019年秋季项目), not one project.
RE_YEAR_INSIDE: Final = re.compile(r"(?:19|20)\d\d年")


RE_MONEY_INSIDE: Final = re.compile(r"\d+(?:\.\d+)?\s*(?:亿|万)\s?(?:元|美元)|亿元|万元|\d+强")


# The bare type words a name may end in (宝丰光伏电站 less 电站 is 宝丰光伏, not the place 宝丰).
RE_BARE_SUFFIX_RUN = Ending(re.compile(r"(?:项目|工程|基地|中心|总部|电站|电厂|工厂|园"
                                r"|[一二三四五六七八九十首]期)+$"), "厂园地心期目程站部")




COMMON_WORD_FREQ: Final = 1000


# What opens a project's own words after the firm heading it: its capacity (年产10万吨…, 日处理1800吨…),
# after its phase (一期二步1.65万吨/年…).
RE_CAPACITY_START: Final = re.compile(r"(?:[一二三四五六七八九十首]期(?:[一二三四五六七八九十]步)?)?"
                               r"(?:(?:年|日|月)(?:产|处理|加工|生产)|\d)")


def _described_length(name: str, etype: EntityType) -> int:
    """A name's length, less the legal firm name heading a project (河南中联天盛…有限公司年产…项目) before its
    capacity: the bound is on what describes the project."""
    if etype is PROJECT:
        m = RE_FIRM_LEGAL.search(name)
        if m is not None and RE_CAPACITY_START.match(name, m.end()):
            return len(name) - m.end()
    return len(name)


# Words offering alternatives (A或者B): never inside one name.
ALTERNATIVE_WORDS: Final = ("或者", "或是")
# Marks that end a clause or sentence: never inside a name.
CLAUSE_MARKS: Final = CharSet("，,。；;！？!?")
# "+" joins two things in names (5G+智能制造示范项目); a chain of them is a scheme (智库+基金+园区+研究院).
MAX_PLUS_SIGNS: Final = 2


def valid_name(name: str, etype: EntityType, lex: Lexicon, own_total: bool = False,
               firm_funded: bool = False) -> bool:
    """Whether a trimmed candidate is a specific name of its type (not 龙头企业, 一批项目, 国家高新区).
    ``own_total``: the text states the project's own investment right after it (军民电子创新产业基地
    项目计划投资5亿元), so common words may name it; ``firm_funded``: a firm's money builds it (X集团总投资
    8亿元建设的博宇公路港项目), so a word of public works in it (公路, 隧道, 公园) names no public works."""
    key = (name, etype, lex, own_total, firm_funded)
    got = _VALID_NAMES.get(key)
    if got is None:
        if len(_VALID_NAMES) >= VALID_NAME_CACHE:
            _VALID_NAMES.clear()
        got = _VALID_NAMES[key] = _valid_name(name, etype, lex, own_total, firm_funded)
    return got


VALID_NAME_CACHE: Final = 65536  # candidates whose validity is remembered (a document's names recur in it)
# valid_name's answers (a dict: see tokens.CUT_CACHE)
_VALID_NAMES: Final[dict[tuple[str, EntityType, Lexicon, bool, bool], bool]] = {}


def _valid_name(name: str, etype: EntityType, lex: Lexicon, own_total: bool,
                firm_funded: bool = False) -> bool:
    if CURRENCY_CHAR in name and RE_AMOUNT_NAME.match(name):
        return False  # 11亿元: an amount is no name
    if CLAUSE_MARKS.found_in(name) or name.count("+") >= MAX_PLUS_SIGNS:
        return False  # (一期),合山市…项目: a clause mark; 智库+基金+园区+研究院: a scheme, not a name
    if not (MIN_NAME - (1 if etype is FIRM else 0) <= _described_length(name, etype) <= MAX_NAME):
        return False
    if not RE_HAN.match(name) and not name[:1].isalnum() and name[:1] not in "“\"(（":
        return False
    if han_count(name) < 2 or "等" in name or \
            RE_COUNT_INSIDE_START.search(name) and RE_COUNT_INSIDE.search(name) or not _balanced(name) or \
            any(w in name for w in ALTERNATIVE_WORDS):
        return False  # (借建农业设施或者农业园区: alternatives, no one name)
    if etype is FIRM:
        if lex.gazetteer.places_only(name):
            return False  # 广东省广州市 (与百色市共建…): places alone are no firm
        return valid_firm(name) or place_brand_investor(name, lex)
    if etype is PARK:
        return park_type(name) is not None and not _province_designation(name, lex) and \
            not RE_PHASE.match(name) and _place_led_if_needed(name, lex)
    return _valid_project(name, lex, own_total, firm_funded)


def _place_led_if_needed(name: str, lex: Lexicon) -> bool:
    """A park whose type word is :data:`PLACE_LED_PARK_SUFFIXES` (香坊园区) is named after a place."""
    suffix = park_suffix(name) or ""
    prefix = name[: len(name) - len(suffix)]
    return suffix not in PLACE_LED_PARK_SUFFIXES or lex.gazetteer.places_only(prefix) or \
        bool(lex.gazetteer.by_name(prefix) or lex.gazetteer.by_short(prefix))


def _province_designation(name: str, lex: Lexicon) -> bool:
    """广西轻工园: a province and a kind of 园 is a title a province awards, not one park (湖北自贸区 is
    one)."""
    from kg.lexicon.grammar import park_suffix

    suffix = park_suffix(name) or ""
    if not suffix.endswith("园"):
        return False
    prefix = name[: len(name) - len(suffix)]
    places = lex.gazetteer.by_name(prefix) or lex.gazetteer.by_short(prefix)
    return any(p.level == "province" for p in places)


# One-character verbs of slogans before 项目 (大抓项目, 狠抓落实推项目, 全力以赴抓项目): a call, not a name.
SLOGAN_VERBS: Final = frozenset("抓推上谋跑争促招引干拼比盯攻啃")
# What a slogan's verb goes after (谋新项目、盯大项目、攻慢项目、啃难项目): a kind of project, no name.
SLOGAN_ADJECTIVES: Final = frozenset("大新慢难好优强小快实早")


# Adverbs a slogan's verb takes (狠抓, 大抓, 快推, strong: 狠抓项目建设).
SLOGAN_ADVERBS: Final = frozenset("狠大快强真实严紧")


def _slogan(name: str) -> bool:
    if len(name) == 4 and name[0] in SLOGAN_VERBS and name[1] in SLOGAN_ADJECTIVES and name.endswith("项目"):
        return True
    if len(name) < 3 or name[-3] not in SLOGAN_VERBS:
        return False
    words = cut(name)
    return len(words) >= 2 and words[-1] in ("项目", "工程") and (
        words[-2] in SLOGAN_VERBS or len(words[-2]) == 2 and words[-2][0] in SLOGAN_ADVERBS)  # 狠抓项目

# The edition of an event (第二十二届, 第5届): an event's projects, not one.
RE_EDITION: Final = re.compile(r"第[\d一二三四五六七八九十百]+届")
# A person's title, a word of its own inside a would-be project's name (X公司董事长某某介绍项目…): a clause
# about a person (保定市|长城汽车… has no 市长 in it).
PERSON_TITLES: Final = frozenset({"董事长", "总经理", "总裁", "副总裁", "副总", "书记", "主任", "局长",
                                  "县长", "市长", "区长", "镇长", "负责人", "记者"})


def _holds_title(name: str) -> bool:
    """Whether a person's title is written in ``name`` (where a word of the name can be one: a test before
    the name is cut into words)."""
    return any(t in name for t in PERSON_TITLES)


# A bracket and a suffix alone (…建设(PPP)项目: the bracket notes the financing of the name before it).
RE_BRACKET_ONLY: Final = Starting(re.compile(r"[（(][^（()）]*[)）](?:项目|工程)$"), "(（")


def _valid_project(name: str, lex: Lexicon, own_total: bool = False, firm_funded: bool = False) -> bool:
    if RE_BRACKET_ONLY.fullmatch(name):
        return False
    if _slogan(name) or RE_EDITION.search(name) or _holds_title(name) and any(w in PERSON_TITLES
                                                                              for w in cut(name)):
        return False  # (第二十二届兰洽会武威市项目: an edition of an event and what it signed)
    if RE_GENERIC_PROJECT.match(name) or name.startswith(("项目", "工程")) or \
            public_works(name) and not (firm_funded and not social_works(name)) \
            or RE_STREET_WORK.search(name) or RE_GOVERNMENT.search(name):
        return False  # (X开发区管委会: a government body, a party to a signing, is no project)
    if RE_PROGRAM_NAME.match(name) or RE_MONEY_INSIDE.search(name) or RE_YEAR_INSIDE.search(name) or \
            name.endswith(NOT_PROJECT_ENDINGS) and not (
                (own_total or RE_CAPACITY_PIECE.search(name)) and name.endswith(DESIGNATED_ENDINGS)):
        return False  # (煤制烯烃升级示范项目 that money is spent on, 年产40万吨…示范项目 of a stated
        # capacity: one work, whatever it is designated)
    phase = RE_PHASE.match(name)
    if RE_CONNECTOR_BEFORE_SUFFIX.search(name) or phase and not _valid_project(name[phase.end() :], lex):
        return False  # 二期工程 names no project; 二期100万吨煤焦化项目 does
    if not own_total and _broad_industry_only(name, lex):
        return False  # (a kind of project, unless the text spends money on this one)
    if RE_DESIGNATION.match(name) and not name.endswith(("项目", "工程")) and not own_total:
        return False
    if name.endswith("工程") and any(w in name for w in PROGRAM_WORDS) and not own_total:
        return False  # (but a firm's 船用发动机智能化改造工程 it spends money on is its work)
    if not (distinctive(name, PROJECT, lex) or own_total and _names_a_trade(name, lex)) or \
            not own_total and _common_words_only(name, lex):
        return False
    m = RE_BARE_SUFFIX_RUN.search(name)
    head = name[: m.start()] if m and m.start() > 0 else name
    if own_total and RE_PLACE_NAMED_WORK.search(name):
        return True  # (X公司投资3亿元建设成都生产基地项目: where a firm's plant is names it)
    if _place_only(head, lex):
        return False
    # 邵阳市重点项目: a place and generic words; but a place and a zone type is a name (台湾工业园)
    rest = strip_generic(head)
    if rest != head and park_type(rest) is not None and park_suffix(rest) is not None and \
            rest.endswith(park_suffix(rest) or "") and not lex.taxonomy.find_industries(head):
        return False  # 湛江空港经济区产业项目: a zone and generic words name the zone's projects, no one
    return park_type(name) is not None or not _place_only(rest, lex)


# A plant, seat or centre of a firm, which a place names when money is spent on it (成都生产基地, 华南总部):
# one work, not a kind of project as 邵阳市重点项目 is.
RE_PLACE_NAMED_WORK: Final = re.compile(r"(?:生产基地|制造基地|研发基地|产业基地|研发中心|运营中心|结算中心"
                                        r"|生产线|工厂|总部|总部基地)(?:项目)?$")


# Endings that designate a project (示范项目, 试点项目) rather than say it is no investment's: a name with one
# stays a project when the text spends money on it.
DESIGNATED_ENDINGS: Final = ("示范项目", "试点项目", "示范工程")
MIN_TRADE_HEAD: Final = 4  # characters before the suffix (文旅项目 stays a kind, 整车生产基地 is one plant)


def _names_a_trade(name: str, lex: Lexicon) -> bool:
    """无人机研发制造基地: an industry or product word before generic words and the suffix (enough for a work
    the text spends money on; alone it names a kind)."""
    m = last_suffix(name)
    head = name[: m.start()] if m else name
    return han_count(head) >= MIN_TRADE_HEAD and bool(lex.taxonomy.find_industries(head))


def _common_words_only(name: str, lex: Lexicon) -> bool:
    """国家区域医疗中心项目, 现代能源产业项目: a head made of common words only (jieba's dictionary counts
    each :data:`COMMON_WORD_FREQ` times or more), with no place, firm, brand, product or figure, names a
    kind."""
    m = last_suffix(name)
    head = name[: m.start()] if m else name
    if any(c.isdigit() for c in head):
        return False  # (a figure makes the word holding it fail below: known before the head is cut)
    words = [w for w in cut(head) if w.strip()]
    if not words:
        return False
    for w in words:
        if len(w) == 1 and w not in FUNCTION_CHARS:
            return False  # a character jieba could not join to a word is a piece of a brand (通|威)
        if any(c.isdigit() for c in w) or lex.gazetteer.surfaces.get(w) or lex.firms.is_known(w) or \
                lex.taxonomy.find_industries(w) or word_frequency(w) < COMMON_WORD_FREQ:
            return False
    return True


def kind_words_only(head: str, lex: Lexicon) -> bool:
    """现代农业, 生态环境, 先进装备制造: words of industries or of jieba's dictionary only (a brand is
    seldom one: 万雅, 强芯 are not), with no place, known firm or figure."""
    words = [w for w in cut(head) if w.strip()]
    if not words or any(c.isdigit() for c in head):
        return False
    industry = {w for sp in lex.taxonomy.find_industries(head) for w in words if w in sp.surface}
    for w in words:
        if len(w) == 1 and w not in FUNCTION_CHARS or lex.gazetteer.surfaces.get(w) or lex.firms.is_known(w):
            return False
        if w not in industry and word_frequency(w) < KIND_WORD_FREQ:
            return False
    return True


KIND_WORD_FREQ: Final = 1  # (a word of jieba's dictionary)


# A capacity figure: a number and its unit (900MW, 10万吨, 5GWh, 100兆瓦).
RE_CAPACITY_FIGURE: Final = re.compile(CAPACITY_NUMBER + f"(?:{CAPACITY_UNITS}|MWh)")


def _broad_industry_only(name: str, lex: Lexicon) -> bool:
    """光伏项目, 动力电池上下游配套链项目: a chain or broad industry word and generic words name a kind of
    project (锂离子动力电池项目, a product, stays a name)."""
    m = last_suffix(name)
    head = name[: m.start()] if m else name
    if RE_CAPACITY_FIGURE.search(head):
        return False  # 900MW光伏新能源基地: a plant's capacity makes it one plant, not a kind
    tax = lex.taxonomy
    spans = tax.find_industries(head)
    if not spans:
        return False
    rest = head
    for sp in spans:
        if not (sp.surface in tax.chains or sp.surface in tax.industry_words or sp.surface in tax.links and
                len(sp.surface) <= 3):
            return False
        rest = rest.replace(sp.surface, " ")
    return han_count(strip_generic(rest)) == 0


def _place_only(s: str, lex: Lexicon) -> bool:
    """邵阳市项目, 重庆市璧山区重点招商项目: a place (or a chain of places) and nothing else is no name."""
    return bool(s) and (lex.gazetteer.resolve(s) is not None or lex.gazetteer.places_only(s))


def _balanced(name: str) -> bool:
    """Quotes and brackets are balanced (“南三县”… yes; “雪亮工程 no; 阳湖)基地 no); at most one quoted
    part."""
    if name.count("“") != name.count("”") or name.count("“") > 1:
        return False
    return name.count("(") == name.count(")") and name.count("（") == name.count("）")


def trimmed(text: str, start: int, end: int) -> tuple[int, str]:
    """``text[start:end]`` without what cannot start a name (leading verbs, amounts, counts, years)."""
    removed, name = trim_name(text[start:end])
    return start + removed, name
