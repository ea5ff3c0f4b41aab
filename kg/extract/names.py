"""Where a name starts, and whether a candidate is a name at all.

A firm, project or park name ends in a type suffix (有限公司, 项目, 经开区 …). Its start is found by walking
back from the suffix over jieba's words of the clause: the name stops at a word that cannot be inside it — a
verb, preposition, conjunction, adverb, pronoun or particle (jieba's own word classes), a predicate of
investment news (建设, 引进, 签约), or a descriptor (旗下, 龙头企业). Words that make things (生产, 封装,
改造) stay inside a project name, business words (发展, 投资) inside a firm name, and conjunctions inside a
project name (研发及数据中心). A stop that would leave nothing distinctive (a mis-cut word such as 瑞|鼎新)
is passed over.

>>> from kg.lexicon import Lexicon
>>> lex = Lexicon.load()
>>> def name(text, suffix, etype):
...     s = text.rindex(suffix)
...     return text[name_start(text, clause_start(text, s), s, s + len(suffix), etype, lex) : s + len(suffix)]
>>> name("锁定多氟多化工股份有限公司等领先企业", "股份有限公司", FIRM)
'多氟多化工股份有限公司'
>>> name("其中,海辰西南智能制造中心及研发中心项目由厦门海辰投资建设", "项目", PROJECT)
'海辰西南智能制造中心及研发中心项目'
"""

from __future__ import annotations

import re

from kg.extract.context import last_match
from kg.extract.text import trim_name
from kg.extract.tokens import Token, cut_window
from kg.extract.vocab import (
    BREAK_TAGS,
    FIRM_DESCRIPTORS,
    FIRM_NAME_VERBS,
    FUNCTION_CHARS,
    GENERIC_FIRM_WORDS,
    GENERIC_PROJECT_WORDS,
    HARD_BOUNDARY,
    INVEST_PREDICATES,
    LEADING_STOPWORDS,
    LIST_COMMA,
    NAME_CONJUNCTIONS,
    PHASE_WORDS,
    PROJECT_PROCESS_VERBS,
    RE_FIRM_TRADE,
    RE_PHASE,
    RE_PROJECT_SUFFIX,
    SUFFIX_PREDICATES,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL, RE_HAN, RE_PARK_SUFFIX, alternation, park_suffix, park_type
from kg.model import EntityType

FIRM, PROJECT, PARK = EntityType.FIRM, EntityType.PROJECT, EntityType.PARK


MAX_NAME = 40  # characters a name may have


MIN_NAME = 3


GENERIC_PROJECT_WORD_SET = frozenset(GENERIC_PROJECT_WORDS)


# Multi-character generic words go wherever they stand; one-character ones (新, 大, 省 …) only as words of
# their own (新能源 and 大丰 keep theirs).
RE_GENERIC_PROJECT_WORDS = re.compile(alternation(tuple(w for w in GENERIC_PROJECT_WORDS if len(w) > 1)))


def strip_generic(head: str) -> str:
    """``head`` without the words that only say what kind of project it is (重点, 产业, 亿元以上 …);
    one-character ones (新, 大, 省) go only when nothing else is left."""
    rest = RE_GENERIC_PROJECT_WORDS.sub("", head)
    return "" if all(c in GENERIC_PROJECT_WORD_SET or not c.strip() for c in rest) else rest


# A name-suffix word followed by a list comma ends a complete earlier name (A基地、B项目) …
RE_NAME_SUFFIX_WORD = re.compile(f"(?:{RE_PROJECT_SUFFIX.pattern}|{RE_FIRM_LEGAL.pattern})$")


ANY_SUFFIX = f"(?:{RE_PROJECT_SUFFIX.pattern}|{RE_FIRM_LEGAL.pattern}|{RE_PARK_SUFFIX.pattern})"


RE_ENDS_IN_SUFFIX = re.compile(ANY_SUFFIX + "$")


RE_ANY_SUFFIX = re.compile(ANY_SUFFIX)


# … and a terminal suffix followed by a conjunction too (A项目和B项目; but 研发中心及数据中心 is one name).
RE_TERMINAL_SUFFIX = re.compile(f"(?:项目|工程|{RE_FIRM_LEGAL.pattern})$")


PAREN_PAIRS = {")": "(", "）": "（", "”": "“"}


DASHES = frozenset("—–")


# Words that link coordinated industry modifiers to the name they modify (新能源、大数据、云计算用…).
MODIFIER_LINKS = frozenset("用型类")


# Multi-character words that never start a name (verbs, adverbs, determiners of news text): they end a name
# too.
LEADING_WORDS = frozenset(w for w in LEADING_STOPWORDS if len(w) > 1)


# Business words of firm names (…封装测试公司): not what makes one firm's name distinctive.
RE_FIRM_BUSINESS_WORDS = re.compile(alternation(tuple(FIRM_NAME_VERBS | PROJECT_PROCESS_VERBS)))


QUOTE_CHARS = frozenset("“”")


# Countries written in brackets inside firm names: 三星(中国)半导体有限公司.
COUNTRIES = frozenset({"中国", "香港", "澳门", "台湾", "美国", "德国", "日本", "韩国", "法国", "英国",
                       "新加坡", "意大利", "荷兰", "瑞士", "瑞典", "加拿大", "澳大利亚", "泰国", "越南",
                       "印度", "亚洲", "欧洲", "国际"})


# A project head ending in one of these names a category (光伏制造产业项目, 新能源类项目).
CATEGORY_ENDINGS = ("产业", "行业", "领域", "类", "型", "产业化")


MAX_PAREN = 10


RE_SUFFIX_RUN_END = re.compile(f"(?:{RE_PROJECT_SUFFIX.pattern})+$")


def last_suffix(name: str) -> re.Match[str] | None:
    """The run of project suffixes that ends ``name`` (闪存芯片二期项目 -> 二期项目), or its first suffix."""
    m = RE_SUFFIX_RUN_END.search(name)
    return m if m and m.start() > 0 else RE_PROJECT_SUFFIX.search(name)


def clause_start(text: str, pos: int, limit: int = MAX_NAME + 12) -> int:
    """The start of the clause holding ``pos``: after the last hard boundary (quote marks are not one: a
    quoted word may be part of a name, “集客魔方”网红直播基地; nor is a single dash between words,
    中国—东盟), at most ``limit`` back."""
    lo = max(0, pos - limit)
    for k in range(pos - 1, lo - 1, -1):
        if text[k] in HARD_BOUNDARY and text[k] not in QUOTE_CHARS and not _inner_dash(text, k):
            return k + 1
    return lo


def _inner_dash(text: str, k: int) -> bool:
    """A single dash between two Chinese characters joins words of one name (中国—东盟产业园)."""
    return text[k] in DASHES and 0 < k < len(text) - 1 and text[k - 1] not in DASHES and \
        text[k + 1] not in DASHES and "\u4e00" <= text[k - 1] <= "\u9fff" and \
        "\u4e00" <= text[k + 1] <= "\u9fff" and not RE_ENDS_IN_SUFFIX.search(text[max(0, k - 8) : k])


# A zone word jieba cuts out (工业园区, 经济技术开发区, 高新区): before a firm of its own it is the firm's
# host, not part of its name (a zone's platform company, …开发区投资发展有限公司, keeps it: nothing
# distinctive follows).
RE_ZONE_WORD = re.compile(r"[\u4e00-\u9fff]{0,6}(?:开发区|园区|高新区|经开区|工业园|产业园|示范区|新区)")


def _own_name_after(rest: str, etype: EntityType, lex: Lexicon, zones_before: bool) -> bool:
    """Whether ``rest`` opens with a name of its own: a park's name with a head of two characters or more; a
    firm's legal name (for a firm or a firm-headed project) with something distinctive in it that is a known
    firm or follows a chain of two zones (a firm registered in a zone may carry the zone in its legal name,
    苏州工业园区广龙生物医药有限公司; not two)."""
    if etype is PARK:
        suffix = park_suffix(rest)
        return suffix is not None and len(RE_HAN.findall(rest[: len(rest) - len(suffix)])) >= 2
    m = RE_FIRM_LEGAL.search(rest)
    if m is None or not distinctive(rest[: m.end()], FIRM, lex):
        return False
    return zones_before or lex.firms.brand_at(rest) is not None or \
        any(sp.start == 0 for sp in lex.firms.find_known(rest[:8])) or \
        any(p.start == 0 and p.level in ("province", "city") for p in lex.gazetteer.find(rest[:6]))


# Words that end a firm's name before it (联合X公司建设P, 龙头企业X) but are part of it before a business word
# (…联合控股有限公司, …企业管理有限公司).
FIRM_WORDS_BEFORE_BUSINESS = frozenset({"联合", "企业"})


# Conjunctions that join the parties of a signing when a place or a government stands before them.
PARTY_CONJUNCTIONS = frozenset({"与", "和", "同"})
RE_GOVERNMENT_WORD = re.compile(r"(?:人民政府|政府|管委会|党工委|委员会)$")


def _is_party(word: str, lex: Lexicon) -> bool:
    """A place or a government body: a signing party (楚雄市, 县政府), not part of a project's name."""
    if RE_GOVERNMENT_WORD.search(word):
        return True
    return len(word) >= 2 and word[-1] in "省市县区州旗盟" and lex.gazetteer.resolve(word) is not None


# "And also" between two events (开工活动暨X项目开工仪式): it joins no name's parts.
EVENT_JOINERS = frozenset({"暨"})


# "to" / "towards": inside a project's name (…公司迁移至兰州新区项目), never inside a park's or a firm's.
DIRECTION_CHARS = frozenset("至往")


def _breaks(tok: Token, etype: EntityType, lex: Lexicon, before_suffix: bool) -> str | None:
    """Why a word ends a name that follows it ("hard" / "soft"), or None when it can be inside the name."""
    w = tok.text
    if w in PHASE_WORDS or RE_PHASE.fullmatch(w):
        return None
    if w in NAME_CONJUNCTIONS:
        return None if etype is PROJECT and w not in EVENT_JOINERS else "hard"
    if etype is not FIRM and w in HEAD_NOUNS and (w != "企业" or etype is PROJECT) and \
            not (before_suffix and w == "工程") or etype is PARK and RE_FIRM_LEGAL.fullmatch(w):
        # 已投产项目|海尚…项目, 重点工程|宏达…项目, 签约企业|宏达…项目: another phrase ends;
        # …有限公司|兰州新区: a firm's legal name ends before a park's
        return "hard"
    if len(w) == 1:
        return "hard" if w in FUNCTION_CHARS or (w in DIRECTION_CHARS and etype is not PROJECT) else None
    if w in FIRM_DESCRIPTORS and etype is not PROJECT:
        return "hard"
    if etype is FIRM and (w in FIRM_NAME_VERBS or w in PROJECT_PROCESS_VERBS and w not in INVEST_PREDICATES):
        return None  # …科技发展有限公司, …建设投资开发有限公司, …集成电路封装测试公司
    if w in INVEST_PREDICATES:
        if before_suffix and etype is PROJECT and w in SUFFIX_PREDICATES:
            return None  # 储能电池建设项目, 扩建项目
        return "hard"
    if etype is PROJECT and w in PROJECT_PROCESS_VERBS:
        return None  # …封装测试…, 生产线改造
    if w in LEADING_WORDS:
        return "soft" if w in NAME_MODIFIERS else "hard"  # 奇瑞|未来|一工厂: a modifier inside a name
    tag = lex.words.tag(w)
    if tag is None or tag not in BREAK_TAGS or w in NAME_MODIFIERS:
        return None
    if lex.gazetteer.surfaces.get(w):
        return None  # a place name jieba files as a verb (包头) is part of a name
    if etype is PROJECT and w in PROJECT_PROCESS_VERBS:
        return None
    if etype is FIRM and w in FIRM_NAME_VERBS:
        return None
    return "soft"


def name_start(text: str, lo: int, suffix_start: int, end: int, etype: EntityType, lex: Lexicon,
               item: bool = False) -> int:
    """The offset where the name ending at ``end`` (its type suffix at ``suffix_start``) starts; ``lo`` is the
    clause start (whether a valid name ends there is :func:`valid_name`'s to say)."""
    window = text[lo:suffix_start]
    toks = list(cut_window(window))
    start = suffix_start
    i = len(toks) - 1
    while i >= 0:
        t = toks[i]
        w = t.text
        # a bracketed locator or phase inside a name: 宇芯(成都)集成电路…, 一轻(咸宁)产业园
        if w in PAREN_PAIRS:
            j = _bracket_inside(text, lo, end, toks, i, etype, lex)
            if j is None:
                break
            start = lo + toks[j].start
            i = j - 1
            continue
        if w in ("(", "（", "“"):
            break
        if w == LIST_COMMA:
            if etype is not PROJECT or not _joins_modifier(text, lo, lo + t.start, lex):
                break
            start = lo + t.start
            i -= 1
            continue
        if RE_ZONE_WORD.fullmatch(w) and _own_name_after(
                text[lo + t.end : end], etype, lex, any(RE_ZONE_WORD.fullmatch(x.text) for x in toks[:i])):
            break  # 南川工业园区|晶科能源股份有限公司(…项目), 西宁经开区|南川工业园区: a name of its own
            # after the zone that hosts it
        why = _breaks(t, etype, lex, before_suffix=(lo + t.end == suffix_start
                                                    and text.startswith(BARE_SUFFIXES, suffix_start)))
        if why is None and w in PARTY_CONJUNCTIONS and i > 0 and _is_party(toks[i - 1].text, lex):
            why = "hard"  # 楚雄市与|宁波景蓝…有限公司年产…项目: the parties of a signing, not one name
        if why is None and w in NAME_CONJUNCTIONS and etype is PROJECT and i > 0 and \
                RE_TERMINAL_SUFFIX.search(window[: t.start]):
            why = "hard"  # A项目和B项目: B starts after the conjunction
        if why == "hard" and etype is FIRM and w in FIRM_WORDS_BEFORE_BUSINESS and \
                text.startswith(tuple(FIRM_NAME_VERBS), lo + t.end):
            why = None  # 中电光谷|联合|控股有限公司, 瑞硕|企业|管理有限公司: part of the name
        if why == "hard" and etype is FIRM and _split_brand(toks, i, lex):
            why = None  # 广州|丰|上|自动化科技有限公司: a two-character brand jieba cut into characters
        if why == "soft" and (item or _soft_stays(toks, i, etype, text[lo + t.end : end], lex,
                                                  text[suffix_start:end])):
            # inside a list item only function words and predicates cut (大全|年产…, 建文|洗涤|二期)
            why = None
        if why is not None:
            break
        start = lo + t.start
        i -= 1
    return _after_predicate(text, lo, start, toks, lex)


# Auxiliaries before a verb: the verb after them is the clause's predicate (可|承载 X项目, 将|引进 X).
AUXILIARY_CHARS = frozenset("可将已正能会要")


def _after_predicate(text: str, lo: int, start: int, toks: list[Token], lex: Lexicon) -> int:
    """A name never starts with the verb of an auxiliary before it (园区可|承载|天津中科…项目)."""
    if start <= lo or text[start - 1] not in AUXILIARY_CHARS:
        return start
    first = next((t for t in toks if lo + t.start == start), None)
    if first is not None and len(first.text) >= 2 and lex.words.tag(first.text) in VERB_TAGS and \
            first.text not in PROJECT_PROCESS_VERBS:
        return start + len(first.text)
    return start


# Head nouns that, standing alone as a word inside a project or park name, close the phrase before it; jieba
# keeps compounds whole (海洋工程, 中小企业), so those stay inside names.
HEAD_NOUNS = frozenset({"项目", "工程", "企业"})
# Suffixes a verb of building may stand before inside a name (储能电池建设项目, 扩建工程; not 建设|研发中心).
BARE_SUFFIXES = ("项目", "工程")


SOFT_FALLBACK_TAGS = frozenset({"d", "v", "vd", "t"})


VERB_TAGS = frozenset({"v", "vd", "vi", "vg", "vq"})


# Words jieba files as time words or adverbs that are ordinary modifiers inside names (福州现代物流城).
NAME_MODIFIERS = frozenset({"现代", "当代", "近代", "古代", "未来", "新兴", "长远", "永久", "传统", "共同"})


def _soft_stays(toks: list[Token], i: int, etype: EntityType, rest: str, lex: Lexicon,
                suffix: str = "") -> bool:
    """Whether a verb or adverb by jieba's class is still inside the name.

    In a project name a verb between two name words is part of it (牛首山|抽水|蓄能电站), and so is one whose
    remainder would start with a stray character (建设|预制|菜与…); a firm or park name goes on past a
    mis-cut word when the rest alone would name nothing (瑞|鼎新|材料科技有限公司)."""
    nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
    if nxt_tok is not None and etype is not FIRM and lex.words.tag(toks[i].text) in VERB_TAGS:
        compound = toks[i].text + nxt_tok.text
        if any(sp.end > len(toks[i].text) for sp in lex.taxonomy.find_industries(compound)):
            return True  # 闪存(v)芯片, 抽水(v)蓄能: the verb qualifies an industry's product
    prev = toks[i - 1] if i > 0 else None
    name_before = prev is not None and len(prev.text) >= 2 and _breaks(prev, etype, lex, False) is None and \
        not RE_NAME_SUFFIX_WORD.search(prev.text) and not park_type(prev.text) and \
        prev.text not in PAREN_PAIRS
    if etype is PARK and i == len(toks) - 1 and lex.words.tag(toks[i].text) in ("v", "vn") and \
            suffix.endswith(("园", "园区")) and name_before:
        return True  # 九洲北斗导航(v)产业园: the word before a 园 says what the park is for
    if etype is PROJECT and name_before and i == len(toks) - 1:
        return True  # 石墨|纯化(v)|项目, 激光|显示(v)|产业园项目: a process right before the suffix,
        # after what it processes, names the work
    if etype in (PROJECT, PARK):
        if name_before and lex.words.tag(toks[i].text) not in VERB_TAGS:
            return True  # 酸铁锂|正极(ad)|材料: an adverb-tagged word between name words is one of them
        if etype is PROJECT and RE_FIRM_LEGAL.search(rest) and _place_led(toks, i, FIRM, lex):
            return True  # 河南|中联|天盛|防水(v)|防腐材料有限公司年产…项目: inside the legal name heading it
        if etype is PROJECT and prev is not None and len(prev.text) >= 2 and \
                (prev.text[-1] in MODIFIER_LINKS or lex.words.tag(prev.text) == "m"):
            return True  # 环保型|防水(v)|卷材, 1000万平方米|防水(v)|卷材: after a kind or quantity, a product
        if etype is PROJECT and any(lex.words.tag(t.text) == "m" for t in toks[max(0, i - 8) : i - 1]):
            return True  # 1000万套|高效|节能(v)|旋转式…: after a capacity, the plant's product
        if etype is PROJECT and prev is not None and prev.text == "年":
            return True  # 年|处理(v)|2万吨…: a yearly capacity
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and len(nxt.text) == 1 and nxt.text not in FUNCTION_CHARS and \
            "\u4e00" <= nxt.text <= "\u9fff"
    if etype is FIRM and lex.words.tag(toks[i].text) in SOFT_FALLBACK_TAGS and len(toks[i].text) == 2:
        # 瑞|鼎新(d)|材料科技有限公司
        return not distinctive(rest, etype, lex) or _place_led(toks, i, etype, lex)
    return False


def _split_brand(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A function character that jieba cut with the character before it from a brand, right after the place
    opening a legal name (广州|丰|上|自动化…): the two characters are the brand."""
    if i < 2 or len(toks[i].text) != 1 or len(toks[i - 1].text) != 1:
        return False
    prev, place = toks[i - 1].text, toks[i - 2].text
    if prev in FUNCTION_CHARS or not RE_HAN.match(prev) or not lex.gazetteer.surfaces.get(place):
        return False
    return i == 2 or not RE_HAN.match(toks[i - 3].text) or _breaks(toks[i - 3], FIRM, lex, False) is not None


def _place_led(toks: list[Token], i: int, etype: EntityType, lex: Lexicon) -> bool:
    """Whether the words before ``toks[i]`` go back, unbroken, to a place name opening the clause: a legal
    name starts with its place (河南|中联|天盛|防水(v)|防腐材料有限公司), so a verb between is a trade
    word."""
    for j in range(i - 1, -1, -1):
        w = toks[j].text
        if lex.gazetteer.surfaces.get(w) and (j == 0 or not RE_HAN.match(toks[j - 1].text)
                                              or _breaks(toks[j - 1], etype, lex, False) is not None):
            return True
        if len(w) < 2 or _breaks(toks[j], etype, lex, False) is not None:
            return False
    return False


def item_start(text: str, start: int, end: int, etype: EntityType, lex: Lexicon) -> int:
    """Where the name in a list item ``text[start:end]`` starts: leading verbs and clauses are cut as before a
    suffix (锁定多氟多化工股份有限公司 -> 多氟多…; 奥托立夫正与尊界超级工厂 -> 尊界超级工厂)."""
    suffix = RE_ENDS_IN_SUFFIX.search(text, start, end)
    return name_start(text, start, suffix.start() if suffix else end, end, etype, lex, item=True)


def _bracket_inside(text: str, lo: int, end: int, toks: list[Token], i: int, etype: EntityType,
                    lex: Lexicon) -> int | None:
    """The token opening the bracket that token ``i`` closes, when the bracketed part belongs to the name
    (宇芯(成都)集成电路…, 一轻(咸宁)产业园); None when the name starts after it: the part is no locator, or a
    quoted title (“单项冠军”隆基…有限公司) or a zone (正定高新区(南区)河北…有限公司) stands before a name of
    its own."""
    t = toks[i]
    j = _open_paren(toks, i)
    if j is None or not _transparent(text[lo + toks[j].end : lo + t.start], lex, quoted=(t.text == "”")):
        return None
    rest = text[lo + t.end : end]
    if etype is FIRM and t.text == "”" and distinctive(rest, FIRM, lex):
        return None
    if j > 0 and RE_ZONE_WORD.fullmatch(toks[j - 1].text) and _own_name_after(rest, etype, lex, True):
        return None
    return j


def _open_paren(toks: list[Token], i: int) -> int | None:
    want = PAREN_PAIRS[toks[i].text]
    for j in range(i - 1, max(-1, i - MAX_PAREN), -1):
        if toks[j].text == want:
            return j
    return None


# A part of a site in brackets inside a name: (CD车间), (北区), (A地块), (二期厂区).
RE_SITE_PART = re.compile(r"[A-Za-z0-9一二三四五六七八九十东南西北中]{1,4}(?:号)?"
                          r"(?:车间|厂区|地块|区|厂房|园区|片区)")


def _transparent(inside: str, lex: Lexicon, quoted: bool = False) -> bool:
    """A bracketed part that belongs to a name: a place (成都), a phase (一期), a short code; a short quoted
    brand (“集客魔方”)."""
    if quoted:
        return 2 <= len(inside) <= 8 and not any(c in HARD_BOUNDARY for c in inside)
    return bool(inside) and (lex.gazetteer.resolve(inside) is not None or bool(RE_PHASE.fullmatch(inside))
                             or inside.isascii() and len(inside) <= 6 or inside in COUNTRIES
                             or bool(RE_SITE_PART.fullmatch(inside)))


def _joins_modifier(text: str, lo: int, comma: int, lex: Lexicon) -> bool:
    """Coordinated industry words may modify a project name together
    (新能源、大数据、云计算用高性能电极箔项目): a list comma joins them when industry words stand on both
    sides and the last one is followed by a linking word (用, 型, 类); anything else before a comma is an
    earlier item of a list."""
    k = comma
    while k > lo and text[k - 1] not in HARD_BOUNDARY and text[k - 1] != LIST_COMMA:
        k -= 1
    piece = text[k:comma]
    piece = trim_name(piece)[1] if piece else piece
    if k > lo and text[k - 1] == LIST_COMMA and piece and not RE_ANY_SUFFIX.search(piece) and \
            RE_NAME_SUFFIX_WORD.search(text[max(lo, k - 12) : k - 1]) and len(piece) <= 20:
        # …项目、翰博集团OLED装置零部件膜剥离、精密清洗及热喷涂生产基地项目: a fragment of this item
        return True
    if _shares_suffix(text, lo, comma):
        return True
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
RE_SHARED_SUFFIX_GOVERNOR = re.compile(f"(?:签订|签约|签署|(?:投资|建设|投建|兴建)的"
                                       f"|{RE_FIRM_LEGAL.pattern})")
SHARED_SUFFIX_ITEMS = (2, 4)  # how many items may share a suffix
SHARED_SUFFIX_ITEM_CHARS = (2, 16)


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
    if last is None:
        return False
    items = seg[: last.start()].split(LIST_COMMA)
    lo_n, hi_n = SHARED_SUFFIX_ITEMS
    lo_c, hi_c = SHARED_SUFFIX_ITEM_CHARS
    return lo_n <= len(items) <= hi_n and all(lo_c <= len(it) <= hi_c and "等" not in it for it in items)


def _industry_word(s: str, lex: Lexicon) -> bool:
    spans = lex.taxonomy.find_industries(s)
    return bool(s) and len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(s)


def distinctive(name: str, etype: EntityType, lex: Lexicon) -> bool:
    """Whether what is left after a stop still names something (more than its suffix and generic words)."""
    _, name = trim_name(name)
    if etype is FIRM:
        core = RE_FIRM_TRADE.sub("", RE_FIRM_LEGAL.sub("", name))
        core = RE_FIRM_BUSINESS_WORDS.sub("", core)
        return len(RE_HAN.findall(core)) >= 2 and core not in GENERIC_FIRM_WORDS
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
    return len(RE_HAN.findall(rest)) >= 2
