"""The parts of a name and what they say: type suffixes, generic words, whether what is left names something
(:func:`distinctive`), brackets that belong to a name (恒芯(成都)…), list commas inside one (新能源、大数据、
云计算用…; 签订A、B、C产业项目), and zones a name of its own follows (南川工业园区|晶科能源…). The walk that
finds where a name starts (:mod:`kg.extract.names`) reads them."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import last_match
from kg.extract.pretest import Ending
from kg.extract.text import trim_name
from kg.extract.tokens import Token
from kg.extract.vocab import (
    FIRM_NAME_VERBS,
    GENERIC_FIRM_WORDS,
    GENERIC_PROJECT_WORDS,
    HARD_BOUNDARY,
    HARD_BOUNDARY_SET,
    LIST_COMMA,
    LIST_GLUES,
    LIST_PROJECT_ENDINGS,
    PROJECT_PROCESS_VERBS,
    RE_FIRM_TRADE,
    RE_PHASE,
    RE_PROJECT_SUFFIX,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import (
    COUNTRIES,
    RE_FIRM_LEGAL,
    RE_HAN,
    RE_PARK_SUFFIX,
    REGIONS_ABROAD,
    alternation,
    han_count,
    park_suffix,
    park_type,
)
from kg.model import EntityType

FIRM: Final = EntityType.FIRM
PROJECT: Final = EntityType.PROJECT
PARK: Final = EntityType.PARK


MAX_NAME: Final = 40  # characters a name may have


MIN_NAME: Final = 3


GENERIC_PROJECT_WORD_SET: Final = frozenset(GENERIC_PROJECT_WORDS)


# Multi-character generic words go wherever they stand; one-character ones (新, 大, 省 …) only as words of
# their own (新能源 and 大丰 keep theirs).
RE_GENERIC_PROJECT_WORDS = re.compile(alternation(tuple(w for w in GENERIC_PROJECT_WORDS if len(w) > 1)))


# What joins generic words into a list (研发、生产、销售、服务项目): no name of its own either.
LIST_GLUE: Final = frozenset(w for w in LIST_GLUES if len(w) == 1)


def strip_generic(head: str) -> str:
    """``head`` without the words that only say what kind of project it is (重点, 产业, 亿元以上 …);
    one-character ones (新, 大, 省) go only when nothing else is left."""
    rest = RE_GENERIC_PROJECT_WORDS.sub("", head)
    return "" if all(c in GENERIC_PROJECT_WORD_SET or not c.strip() or c in LIST_GLUE for c in rest) else rest



# A name-suffix word followed by a list comma ends a complete earlier name (A基地、B项目) …
RE_NAME_SUFFIX_WORD: Final = Ending(re.compile(f"(?:{RE_PROJECT_SUFFIX.pattern}|{RE_FIRM_LEGAL.pattern})$"),
                                    ")伙体券厂司团园地场城庄建心托改期目社程站行谷货造部镇）")


ANY_SUFFIX: Final = f"(?:{RE_PROJECT_SUFFIX.pattern}|{RE_FIRM_LEGAL.pattern}|{RE_PARK_SUFFIX.pattern})"


RE_ENDS_IN_SUFFIX: Final = Ending(re.compile(ANY_SUFFIX + "$"),
                                  ")伙体券区厂司团园地场城庄建心托改期港目社程站行谷货造部镇）")


RE_ANY_SUFFIX: Final = re.compile(ANY_SUFFIX)


# … and a terminal suffix followed by a conjunction too (A项目和B项目; but 研发中心及数据中心 is one name).
RE_TERMINAL_SUFFIX: Final = Ending(re.compile(f"(?:项目|工程|{RE_FIRM_LEGAL.pattern})$"),
                                   "伙券司团托目社程行货")


PAREN_PAIRS: Final = {")": "(", "）": "（", "”": "“"}


# Words that link coordinated industry modifiers to the name they modify (光伏、储能、电动汽车用…).
MODIFIER_LINKS: Final = frozenset("用型类")


# Business words of firm names (…封装测试公司): not what makes one firm's name distinctive.
RE_FIRM_BUSINESS_WORDS: Final = re.compile(alternation(tuple(FIRM_NAME_VERBS | PROJECT_PROCESS_VERBS)))


# Countries written in brackets inside firm names: 三星(中国)半导体有限公司.
BRACKET_COUNTRIES: Final = frozenset(COUNTRIES) | frozenset(REGIONS_ABROAD)


# A project head ending in one of these names a category (光伏制造产业项目, 新能源类项目).
CATEGORY_ENDINGS: Final = ("产业", "行业", "领域", "类", "型", "产业化")


MAX_PAREN: Final = 16


# (written X(?:X)*, not (?:X)+: a pattern that opens with a group of literals lets ``re`` skip to where one
# of their first characters stands; one that opens with a repeat is tried at every character)
RE_SUFFIX_RUN_END: Final = re.compile(f"{RE_PROJECT_SUFFIX.pattern}(?:{RE_PROJECT_SUFFIX.pattern})*$")


def last_suffix(name: str) -> re.Match[str] | None:
    """The run of project suffixes that ends ``name`` (闪存芯片二期项目 -> 二期项目), or its first suffix."""
    m = RE_SUFFIX_RUN_END.search(name)
    return m if m and m.start() > 0 else RE_PROJECT_SUFFIX.search(name)


# A zone word jieba cuts out (工业园区, 经济技术开发区, 高新区): before a firm of its own it is the firm's
# host, not part of its name (a zone's platform company, …开发区投资发展有限公司, keeps it: nothing
# distinctive follows).
RE_ZONE_WORD: Final = re.compile(r"[\u4e00-\u9fff]{0,6}"
                          r"(?:开发区|园区|高新区|经开区|工业园|产业园|示范区|新区|集聚区)")
# A zone's type with no name of its own before it but a unit (市工业园区, 开发区): where the firm after it
# is, never part of that firm's name.
RE_BARE_ZONE: Final = re.compile(r"[市县区镇省]?"
                          r"(?:开发区|园区|工业园区|高新区|经开区|工业园|产业园|集聚区|产业集聚区)")


# A firm's name ending in 公司 alone is the short name people write, never a registered one (which carries its
# legal form, 有限公司): a zone before it is where the firm is (景德镇高新区|昌飞公司).
BARE_COMPANY: Final = "公司"


def own_name_after(rest: str, etype: EntityType, lex: Lexicon, zones_before: bool) -> bool:
    """Whether ``rest`` opens with a name of its own: a park's name with a head of two characters or more; a
    firm's legal name (for a firm or a firm-headed project) with something distinctive in it that is a known
    firm or follows a chain of two zones (a firm registered in a zone may carry the zone in its legal name,
    苏州工业园区广龙生物医药有限公司; not two), or a short name with 公司 alone."""
    if etype is PARK:
        suffix = park_suffix(rest)
        return suffix is not None and han_count(rest[: len(rest) - len(suffix)]) >= 2
    m = RE_FIRM_LEGAL.search(rest)
    if m is None or not distinctive(rest[: m.end()], FIRM, lex):
        return False
    return zones_before or m.group() == BARE_COMPANY or lex.firms.brand_at(rest) is not None or \
        any(sp.start == 0 for sp in lex.firms.find_known(rest[:8])) or \
        any(p.start == 0 and p.level in ("province", "city") for p in lex.gazetteer.find(rest[:6]))


def open_paren(toks: list[Token], i: int) -> int | None:
    want = PAREN_PAIRS[toks[i].text]
    for j in range(i - 1, max(-1, i - MAX_PAREN), -1):
        if toks[j].text == want:
            return j
    return None


# A part of a site in brackets inside a name: (CD车间), (北区), (A地块), (二期厂区).
RE_SITE_PART: Final = re.compile(r"[A-Za-z0-9一二三四五六七八九十东南西北中]{1,4}(?:号)?"
                          r"(?:车间|厂区|地块|区|厂房|园区|片区)")


# A second measure word in brackets after a capacity (800台(套)): part of the figure.
MEASURE_WORDS: Final = frozenset("套台件辆吨个只片组座")
# A unit written out in brackets after its symbol (80万kw(千瓦)): part of the figure too.
UNIT_WORDS = frozenset({"千瓦", "兆瓦", "万千瓦", "千瓦时", "瓦", "吨", "万吨", "平方米", "立方米", "标箱"})
# How long a quoted part inside a name may be: a brand (“集客魔方”网红直播基地), or the whole name before its
# suffix (“蒋巷镇城乡一体化建设”项目).
MAX_QUOTED_BRAND, MAX_QUOTED_NAME = 8, 20


# "Including" at the head of a bracketed part of a name: 生产车间(含配套设施)项目.
INCLUDES_CHAR: Final = "含"


def transparent(inside: str, lex: Lexicon, quoted: bool = False, whole: bool = False) -> bool:
    """A bracketed part that belongs to a name: a place (成都), a phase (一期), a short code; a short quoted
    brand (“集客魔方”), or a quoted name that only its suffix follows (``whole``)."""
    if quoted:
        return 2 <= len(inside) <= (MAX_QUOTED_NAME if whole else MAX_QUOTED_BRAND) and \
            not HARD_BOUNDARY_SET.found_in(inside)
    return bool(inside) and (lex.gazetteer.resolve(inside) is not None or bool(RE_PHASE.fullmatch(inside))
                             or inside.startswith(INCLUDES_CHAR)  # (含配套设施): what the work includes
                             or inside in MEASURE_WORDS or inside in UNIT_WORDS
                             or inside.isascii() and len(inside) <= 6 or inside in BRACKET_COUNTRIES
                             or bool(RE_SITE_PART.fullmatch(inside)) or inside in ZONE_RANKS)


# A zone's rank in brackets inside its name: 西宁(国家级)经济技术开发区.
ZONE_RANKS: Final = frozenset({"国家级", "省级", "市级", "县级", "自治区级"})


# A product's yearly capacity opening a piece of a name (年产10万吨二甲苯, 6万吨间苯二甲酸).
RE_CAPACITY_PIECE: Final = re.compile(r"(?:年产|年处理|年加工)?\d+(?:\.\d+)?\s?(?:万|千|亿)?"
                               r"(?:吨|套|台|辆|件|片|GWh|GW|MW)[\u4e00-\u9fff]")


# Steps of one business in a row (研发、生产、销售项目; 研发、生产及销售基地): a list comma between two of
# them is inside the name.
PROCESS_SERIES: Final = tuple(sorted(PROJECT_PROCESS_VERBS | {"销售", "应用", "推广"}, key=len, reverse=True))
RE_PROCESS_BEFORE: Final = Ending(re.compile(f"(?:{alternation(PROCESS_SERIES)})$"),
                                  "".join(w[-1] for w in PROCESS_SERIES))
RE_PROCESS_AFTER: Final = re.compile(f"(?:{alternation(PROCESS_SERIES)})"
                              f"(?=[、和及与]|{RE_PROJECT_SUFFIX.pattern})")


def joins_modifier(text: str, lo: int, comma: int, lex: Lexicon) -> bool:
    """Coordinated industry words may modify a project name together
    (光伏、储能、电动汽车用高纯石墨项目): a list comma joins them when industry words stand on both
    sides and the last one is followed by a linking word (用, 型, 类); anything else before a comma is an
    earlier item of a list."""
    k = comma
    while k > lo and text[k - 1] not in HARD_BOUNDARY and text[k - 1] != LIST_COMMA:
        k -= 1
    piece = text[k:comma]
    piece = trim_name(piece)[1] if piece else piece
    if k > lo and text[k - 1] == LIST_COMMA and piece and not RE_ANY_SUFFIX.search(piece) and \
            RE_NAME_SUFFIX_WORD.search(text[max(lo, k - 12) : k - 1]) and len(piece) <= 20:
        # …项目、恒辉集团LED模组精密装配、超声清洗及喷涂生产基地项目: a fragment of this item
        return True
    if _shares_suffix(text, lo, comma):
        return True
    if RE_CAPACITY_PIECE.match(piece) and RE_CAPACITY_PIECE.match(text, comma + 1):
        return True  # 年产10万吨二甲苯、6万吨间苯二甲酸项目: one plant's products and their capacities
    if RE_PROCESS_BEFORE.search(piece) and RE_PROCESS_AFTER.match(text, comma + 1):
        return True  # …铝箱体研发、生产、销售项目: the steps of one business
    if not _industry_word(piece, lex):
        return False
    pos = comma + 1
    while True:
        spans = lex.taxonomy.find_industries(text[pos : pos + 12])
        if not spans or spans[0].start != 0:
            return False
        pos += spans[0].end
        if text[pos : pos + 1] == LIST_COMMA:
            pos += 1
            continue
        return text[pos : pos + 1] in MODIFIER_LINKS


# What governs bare items that share one project suffix: a signing (与百色市签订A、B、C产业项目), what a firm
# builds (X投资建设的A、B以及C生产项目) or the firm heading them (X有限公司年产20万辆A、B生产项目).
RE_SHARED_SUFFIX_GOVERNOR: Final = re.compile(f"(?:签订|签定|签约|签署|(?:投资|建设|投建|兴建)的"
                                       f"|{RE_FIRM_LEGAL.pattern})")


SHARED_SUFFIX_ITEMS: Final = (2, 4)  # how many items may share a suffix


SHARED_SUFFIX_ITEM_CHARS: Final = (2, 16)
# An item ending in one of these is a name of its own (…番茄酱加工生产线、武威宏伟物流中心项目).
OWN_ITEM_ENDINGS: Final = (*LIST_PROJECT_ENDINGS, "生产线")


def _shares_suffix(text: str, lo: int, comma: int) -> bool:
    """Whether the list comma at ``comma`` joins bare items of one name that share the suffix after them:
    right after a signing verb or a firm's legal name, 2-4 items without a suffix, 等 or clause mark."""
    gov = last_match(RE_SHARED_SUFFIX_GOVERNOR, text[lo:comma])
    if gov is None:
        return False
    tail = text[lo + gov.end() :]
    end = next((i for i, c in enumerate(tail) if c in HARD_BOUNDARY), len(tail))
    seg = tail[:end]
    last = RE_ANY_SUFFIX.search(seg)
    if last is None or seg.startswith("等", last.end()) or RE_FIRM_LEGAL.fullmatch(last.group()):
        return False  # A、B基地等6个项目: a list's items, the suffix the last one's own; X有限公司A生产线、
        # Y有限公司B项目: the next item's firm, no suffix shared
    items = seg[: last.start()].split(LIST_COMMA)
    lo_n, hi_n = SHARED_SUFFIX_ITEMS
    lo_c, hi_c = SHARED_SUFFIX_ITEM_CHARS
    return lo_n <= len(items) <= hi_n and \
        all(lo_c <= len(it) <= hi_c and "等" not in it for it in items) and \
        not any(it.endswith(OWN_ITEM_ENDINGS) for it in items[:-1])


def _industry_word(s: str, lex: Lexicon) -> bool:
    spans = lex.taxonomy.find_industries(s)
    return bool(s) and len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(s)


# A Latin word of two letters or more (TDI, PBAT, OLED) names what a project makes.
RE_LATIN_WORD: Final = re.compile(r"[A-Za-z]{2,}")
# A firm's brand written in Latin letters (Box Trading, Tesla), and the letter words that name a kind of firm.
RE_LATIN_BRAND: Final = re.compile(r"[A-Za-z][A-Za-z&.\- ]*[A-Za-z]")
GENERIC_LATIN_WORDS: Final = frozenset({"IT", "AI", "VR", "AR", "MCN", "PPP", "EPC", "SPV", "IPO"})


def latin_brand(s: str) -> bool:
    """Whether ``s`` is a brand in Latin letters written as a word (Box Trading, Tesla); capitals alone are
    more often a kind of firm or product than a brand (LED公司, PCB公司, PE公司)."""
    s = s.strip()
    return RE_LATIN_BRAND.fullmatch(s) is not None and not s.isupper() and \
        s.upper() not in GENERIC_LATIN_WORDS


def distinctive(name: str, etype: EntityType, lex: Lexicon) -> bool:
    """Whether what is left after a stop still names something (more than its suffix and generic words)."""
    _, name = trim_name(name)
    if etype is FIRM:
        core = RE_FIRM_TRADE.sub("", RE_FIRM_LEGAL.sub("", name))
        core = RE_FIRM_BUSINESS_WORDS.sub("", core)
        return han_count(core) >= 2 and core not in GENERIC_FIRM_WORDS or latin_brand(core)
    if etype is PARK:
        return park_type(name) is not None
    m = last_suffix(name)
    head = name[: m.start()] if m else name
    rest = strip_generic(head)
    if rest.endswith(CATEGORY_ENDINGS) or head.endswith(CATEGORY_ENDINGS) or \
            (m is not None and m.group().startswith("基地")):
        # 光伏制造产业项目, 新能源类项目, 油茶基地: a kind of project, not one
        for sp in lex.taxonomy.find_industries(rest):
            rest = rest.replace(sp.surface, "")
    return han_count(rest) >= 2 or RE_LATIN_WORD.search(rest) is not None  # TDI改造项目


# The last character of a zone's type when jieba cuts it off (浮山产业|集聚|区).
ZONE_END_CHARS: Final = frozenset("区园")


def zone_before_own_name(text: str, lo: int, end: int, toks: list[Token], i: int, etype: EntityType,
                          lex: Lexicon) -> bool:
    """Whether ``toks[i]`` ends a zone after which a name of its own starts: a park's, or a firm's legal name
    with a brand (南川工业园区|晶科能源股份有限公司); after a zone with no name of its own (市|工业园区) any
    distinct firm's name."""
    t = toks[i]
    w, pos = t.text, lo + t.end
    if w[-1:] not in ZONE_END_CHARS:
        return False  # (every zone word ends in one: the walk meets most tokens here, before any regex)
    if not (RE_ZONE_WORD.fullmatch(w) or (w in ZONE_END_CHARS or etype is PARK) and
            park_suffix(text[max(lo, pos - 6) : pos])):  # (临空|经济区|华科光电产业园: a zone's type word)
        return False
    zones_before = any(RE_ZONE_WORD.fullmatch(x.text) for x in toks[:i])
    return own_name_after(text[pos:end], etype, lex, zones_before) or \
        etype is not PARK and _bare_zone(toks, i) and distinct_firm_after(text, pos, end, lex)


def distinct_firm_after(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """A firm's legal name with a name of its own starts at ``pos`` (华舟铝业有限公司; not
    投资开发有限公司)."""
    m = RE_FIRM_LEGAL.search(text, pos, end)
    return m is not None and distinctive(text[pos : m.end()], FIRM, lex)


CLOSE_QUOTE: Final = "”"
QUOTED_WHOLE_SUFFIX: Final = "项目"


def through_bracket(text: str, lo: int, end: int, toks: list[Token], i: int, etype: EntityType,
                     lex: Lexicon) -> tuple[int, int] | None:
    """Where the name goes on when the walk meets the closing bracket ``toks[i]``: (its start so far, the next
    token), None to stop before it; a quote that only the suffix follows holds the whole name
    (“跨境技术贸易功能平台…”项目: the walk stops at the opening quote)."""
    j = _bracket_inside(text, lo, end, toks, i, etype, lex)
    if j is None:
        return None
    if toks[i].text == CLOSE_QUOTE and len(text[lo + toks[i].end : end]) <= len(QUOTED_WHOLE_SUFFIX) and \
            toks[i].start - toks[j].end > MAX_QUOTED_BRAND:
        return lo + toks[j].start, -1  # (a short quoted code or brand, 晋开延化“6080”项目, is inside a name)
    return lo + toks[j].start, j - 1


def _bare_zone(toks: list[Token], i: int) -> bool:
    """Whether the zone word ``toks[i]`` has no name of its own (市|工业园区, 开发区 at the start): a firm
    after it is only located there (市工业园区|华舟铝业有限公司)."""
    w = toks[i].text
    if i > 0 and len(toks[i - 1].text) == 1 and RE_BARE_ZONE.fullmatch(toks[i - 1].text + w):
        return True
    return bool(RE_BARE_ZONE.fullmatch(w)) and (i == 0 or not RE_HAN.match(toks[i - 1].text))


# What a firm's project makes or does, in brackets after the firm (福建川田重工有限公司(挖掘机)项目).
RE_FIRM_QUALIFIER: Final = re.compile(r"[\u4e00-\u9fff]{2,8}")
RE_ENDS_IN_LEGAL: Final = Ending(re.compile(f"(?:{RE_FIRM_LEGAL.pattern})$"), "伙券司团托社行货")
# A firm's group or holding form in brackets inside its legal name: 百成鲜食(集团)有限公司,
# 华夏(控股)股份有限公司.
RE_BRACKETED_LEGAL: Final = re.compile(r"集团|控股|股份|控股集团|集团股份")


def _bracket_inside(text: str, lo: int, end: int, toks: list[Token], i: int, etype: EntityType,
                    lex: Lexicon) -> int | None:
    """The token opening the bracket that token ``i`` closes, when the bracketed part belongs to the name
    (恒芯(成都)集成电路…, 一轻(咸宁)产业园, 深汕…工业园(深汕)一期: a word of the name repeated); None when
    the name starts after it: the part is no locator, or a
    quoted title (“单项冠军”隆基…有限公司) or a zone (正定高新区(南区)河北…有限公司) stands before a name of
    its own."""
    t = toks[i]
    j = open_paren(toks, i)
    if j is None:
        return None
    inside = text[lo + toks[j].end : lo + t.start]
    after_firm = RE_ENDS_IN_LEGAL.search(text, lo, lo + toks[j].start) is not None
    whole = len(text[lo + t.end : end]) <= len(QUOTED_WHOLE_SUFFIX)  # “X”项目: the quote holds the whole name
    repeats = len(inside) >= 2 and inside in text[max(lo, lo + toks[j].start - 20) : lo + toks[j].start]
    if etype is PROJECT and after_firm and RE_ENDS_IN_LEGAL.search(inside):
        return None  # X集团(Y公司)P项目: the firm and its other name, then the project's own name
    if not repeats and not transparent(inside, lex, quoted=(t.text == CLOSE_QUOTE), whole=whole) and not (
            etype is PROJECT and after_firm and RE_FIRM_QUALIFIER.fullmatch(inside)) and not (
            etype is FIRM and RE_BRACKETED_LEGAL.fullmatch(inside)):
        return None  # X有限公司(挖掘机)项目: what the firm's project makes may stand in brackets
    rest = text[lo + t.end : end]
    if etype is FIRM and t.text == "”" and distinctive(rest, FIRM, lex):
        return None
    if j > 0 and RE_ZONE_WORD.fullmatch(toks[j - 1].text) and own_name_after(rest, etype, lex, True):
        return None
    return j
