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
from typing import Final

from kg.extract.nameparts import (
    MAX_NAME,
    MODIFIER_LINKS,
    PAREN_PAIRS,
    RE_ENDS_IN_SUFFIX,
    RE_NAME_SUFFIX_WORD,
    RE_TERMINAL_SUFFIX,
    distinct_firm_after,
    distinctive,
    joins_modifier,
    through_bracket,
    zone_before_own_name,
)
from kg.extract.tokens import Token, cut_window
from kg.extract.vocab import (
    BREAK_TAGS,
    FIRM_DESCRIPTORS,
    FIRM_NAME_VERBS,
    FUNCTION_CHARS,
    HARD_BOUNDARY,
    INVEST_PREDICATES,
    LEADING_STOPWORDS,
    LIST_COMMA,
    NAME_CONJUNCTIONS,
    PHASE_WORDS,
    PROJECT_PROCESS_VERBS,
    RE_FIRM_TRADE,
    RE_GOVERNMENT,
    RE_PHASE,
    SUFFIX_PREDICATES,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL, RE_HAN, RE_PARK_SUFFIX, park_suffix, park_type
from kg.model import EntityType

FIRM: Final = EntityType.FIRM
PROJECT: Final = EntityType.PROJECT
PARK: Final = EntityType.PARK


DASHES: Final = frozenset("—–")


# Multi-character words that never start a name (verbs, adverbs, determiners of news text): they end a name
# too.
LEADING_WORDS: Final = frozenset(w for w in LEADING_STOPWORDS if len(w) > 1)


QUOTE_CHARS: Final = frozenset("“”")


def clause_start(text: str, pos: int, limit: int = MAX_NAME + 12) -> int:
    """The start of the clause holding ``pos``: after the last hard boundary (quote marks are not one: a
    quoted word may be part of a name, “集客魔方”网红直播基地; nor is a single dash between words,
    中国—东盟), at most ``limit`` back."""
    lo = max(0, pos - limit)
    for k in range(pos - 1, lo - 1, -1):
        if text[k] in HARD_BOUNDARY and text[k] not in QUOTE_CHARS and not _inner_dash(text, k) and \
                not _inner_space(text, k):
            return k + 1
    return lo


def _inner_space(text: str, k: int) -> bool:
    """One space between two Latin words or figures joins them (10GW TOPCON光伏电池…, Model Y)."""
    return text[k] == " " and 0 < k < len(text) - 1 and text[k - 1].isascii() and text[k - 1].isalnum() and \
        text[k + 1].isascii() and text[k + 1].isalnum()


def _inner_dash(text: str, k: int) -> bool:
    """A single dash between two Chinese characters joins words of one name (中国—东盟产业园)."""
    return text[k] in DASHES and 0 < k < len(text) - 1 and text[k - 1] not in DASHES and \
        text[k + 1] not in DASHES and "\u4e00" <= text[k - 1] <= "\u9fff" and \
        "\u4e00" <= text[k + 1] <= "\u9fff" and not RE_ENDS_IN_SUFFIX.search(text[max(0, k - 8) : k])


# Words that end a firm's name before it (联合X公司建设P, 龙头企业X) but are part of it before a business word
# (…联合控股有限公司, …企业管理有限公司).
FIRM_WORDS_BEFORE_BUSINESS: Final = frozenset({"联合", "企业"})


# Conjunctions that join the parties of a signing when a place or a government stands before them.
PARTY_CONJUNCTIONS: Final = frozenset({"与", "和", "同"})


def _is_party(word: str, lex: Lexicon) -> bool:
    """A place or a government body: a signing party (楚雄市, 县政府), not part of a project's name."""
    if RE_GOVERNMENT.search(word):
        return True
    return len(word) >= 2 and word[-1] in "省市县区州旗盟" and lex.gazetteer.resolve(word) is not None


# Administrative unit characters: a verb before one (来到|县经济开发区) ends the name, it is no stray
# character of a mis-cut word.
ADMIN_CHARS: Final = frozenset("省市县区州镇乡村旗盟")


# The units of a date (8月15日): no name goes on past one.
DATE_UNITS: Final = frozenset({"日"})


# Conjunctions that may join two verbs (建设和运营); 暨 joins events, the name after it is one.
VERB_CONJUNCTIONS: Final = frozenset({"和", "及", "与", "并"})
# "And also" between two events (开工活动暨X项目开工仪式): it joins no name's parts.
EVENT_JOINERS: Final = frozenset({"暨"})


# Business nouns a firm's name may end in before its legal form (…生态工程有限公司).
BUSINESS_NOUNS: Final = frozenset({"工程"})


# A count or an ordinal of things (第一个, 两个, 三家): it stands before a name, never inside one.
RE_COUNT_WORD: Final = re.compile(r"第?[一二三四五六七八九十两\d]+(?:个|家)")
COUNT_UNITS: Final = ("个", "家")  # what a count word ends in (a word that does not is tried no further)
PHASE_CHAR: Final = "期"  # what a phase (vocab.RE_PHASE) ends in


# "to" / "towards": inside a project's name (…公司迁移至兰州新区项目), never inside a park's or a firm's.
DIRECTION_CHARS: Final = frozenset("至往")


def _breaks(tok: Token, etype: EntityType, lex: Lexicon, before_suffix: bool) -> str | None:
    """Why a word ends a name that follows it ("hard" / "soft"), or None when it can be inside the name."""
    w = tok.text
    if w in PHASE_WORDS or w.endswith(PHASE_CHAR) and RE_PHASE.fullmatch(w):
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
    if w in FIRM_DESCRIPTORS and etype is not PROJECT or \
            w.endswith(COUNT_UNITS) and RE_COUNT_WORD.fullmatch(w):
        return "hard"  # (全国第一个|全固态…项目, 两个|…项目: a count or an ordinal before the name)
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
            through = through_bracket(text, lo, end, toks, i, etype, lex)
            if through is None:
                break
            start, i = through
            continue
        if w in ("(", "（", "“"):
            break
        if w == LIST_COMMA:
            if etype is not PROJECT or not joins_modifier(text, lo, lo + t.start, lex):
                break
            start = lo + t.start
            i -= 1
            continue
        if zone_before_own_name(text, lo, end, toks, i, etype, lex):
            break  # 南川工业园区|晶科能源股份有限公司(…项目), 西宁经开区|南川工业园区: a name of its own
            # after the zone that hosts it
        why = _breaks(t, etype, lex, before_suffix=(lo + t.end == suffix_start
                                                    and text.startswith(BARE_SUFFIXES, suffix_start)))
        if why is not None and (w in FIRM_NAME_VERBS or w in BUSINESS_NOUNS or RE_FIRM_TRADE.fullmatch(w)) \
                and RE_FIRM_LEGAL.match(text, lo + t.end):
            why = None  # …金源|投资|有限公司年产…项目, …生态|工程|有限公司: a firm's business word, whatever
            # name the firm's name opens
        if why is None and i > 0:
            why = _ends_before(toks, i, window, etype, lex)
        if why == "hard" and len(w) == 1 and _starts_industry_word(text, lo + t.start, lex):
            why = None  # 可|再生能源: the character begins an industry word jieba cut apart (可再生能源)
        if why == "hard" and etype is FIRM and w in FIRM_WORDS_BEFORE_BUSINESS and \
                text.startswith(tuple(FIRM_NAME_VERBS), lo + t.end):
            why = None  # 中电光谷|联合|控股有限公司, 瑞硕|企业|管理有限公司: part of the name
        if why == "hard" and (etype is FIRM and _split_brand(toks, i, lex) or _brand_after_de(toks, i)):
            why = None  # 广州|丰|上|自动化科技有限公司, 的|弘|都|电子信息科技园: a two-character brand
            # jieba cut into characters
        if why == "soft" and (item or _soft_stays(toks, i, etype, text[lo + t.end : end], lex,
                                                  text[suffix_start:end])):
            # inside a list item only function words and predicates cut (大全|年产…, 建文|洗涤|二期)
            why = None
        if why is not None:
            break
        start = lo + t.start
        i -= 1
    start = _firm_head_start(text, lo, start, end, etype, lex)
    return _with_capacity_year(text, lo, _after_predicate(text, lo, start, toks, lex))


OPEN_BRACKETS: Final = ("(", "（")


def _firm_head_start(text: str, lo: int, start: int, end: int, etype: EntityType, lex: Lexicon) -> int:
    """A project's name cut at a bracket inside the firm's legal name that heads it (金兴九英控股|(湖北)集团
    有限公司…项目) starts where that firm's name starts."""
    legal = RE_FIRM_LEGAL.search(text, start, end) \
        if etype is PROJECT and text.startswith(OPEN_BRACKETS, start) else None
    if legal is None:
        return start
    return min(start, name_start(text, lo, legal.start(), legal.end(), FIRM, lex))


def _with_capacity_year(text: str, lo: int, start: int) -> int:
    """新上|年|处理30万吨…: the 年 of a yearly capacity that jieba joined to the word before (上年)."""
    if start > lo and text[start - 1] == YEAR_CHAR and RE_CAPACITY_VERB.match(text, start):
        return start - 1
    return start


def _ends_before(toks: list[Token], i: int, window: str, etype: EntityType, lex: Lexicon) -> str | None:
    """"hard" where a word the name walk may pass alone ends the name in what stands before it."""
    w = toks[i].text
    if w in DATE_UNITS and toks[i - 1].text.isdigit() and i >= 2 and toks[i - 2].text == "月":
        return "hard"  # 8月15日|绿地控股集团: a date ends the words before a name (not 1号地块…)
    if w in PARTY_CONJUNCTIONS and _is_party(toks[i - 1].text, lex):
        return "hard"  # 楚雄市与|宁波景蓝…有限公司年产…项目: the parties of a signing, not one name
    if w in NAME_CONJUNCTIONS and etype is PROJECT and RE_TERMINAL_SUFFIX.search(
            window, window.rfind(LIST_COMMA, 0, toks[i].start) + 1, toks[i].start):
        return "hard"  # A项目和B项目: B starts after the conjunction (an earlier item of a list, 、P项目、
        # A及B项目, says nothing of this one)
    if w in NAME_CONJUNCTIONS and etype is PROJECT and \
            distinct_firm_after(window, toks[i].end, len(window), lex):
        return "hard"  # 百万亩“粮改饲”及|内蒙古牧合家牛业有限公司…项目: a firm's legal name opens a name
    if etype is PROJECT and i >= 2 and toks[i - 1].text in VERB_CONJUNCTIONS and \
            len(toks[i - 2].text) >= 2 and toks[i - 2].text in INVEST_PREDICATES:
        return "hard"  # 建设和|运营|锂电池隔膜项目: what a verb is coordinated with is a verb too
    return None


# A yearly capacity's verb after its 年 (年产, 年处理 …): the name starts at the 年.
YEAR_CHAR: Final = "年"
RE_CAPACITY_VERB: Final = re.compile(r"(?:产|加工|处理|生产|产能)\s?\d")


# Auxiliaries before a verb: the verb after them is the clause's predicate (可|承载 X项目, 将|引进 X).
AUXILIARY_CHARS: Final = frozenset("可将已正能会要")


def _starts_industry_word(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether an industry word of the taxonomy starts at ``pos`` and runs past the character there."""
    spans = lex.taxonomy.find_industries(text[pos : pos + 8])
    return bool(spans) and spans[0].start == 0 and spans[0].end > 1


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
HEAD_NOUNS: Final = frozenset({"项目", "工程", "企业"})
# Suffixes a verb of building may stand before inside a name (储能电池建设项目, 扩建工程; not 建设|研发中心).
BARE_SUFFIXES: Final = ("项目", "工程")


SOFT_FALLBACK_TAGS: Final = frozenset({"d", "v", "vd", "t"})


VERB_TAGS: Final = frozenset({"v", "vd", "vi", "vg", "vq"})


# Words jieba files as time words or adverbs that are ordinary modifiers inside names (福州现代物流城).
NAME_MODIFIERS: Final = frozenset({"优质",
                            "现代", "当代", "近代", "古代", "未来", "新兴", "长远", "永久", "传统", "共同",
                            "新一代", "下一代", "第三代"})


def _soft_stays(toks: list[Token], i: int, etype: EntityType, rest: str, lex: Lexicon,
                suffix: str = "") -> bool:
    """Whether a verb or adverb by jieba's class is still inside the name.

    In a project name a verb between two name words is part of it (牛首山|抽水|蓄能电站), and so is one whose
    remainder would start with a stray character (建设|预制|菜与…); a firm or park name goes on past a
    mis-cut word when the rest alone would name nothing (瑞|鼎新|材料科技有限公司)."""
    nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
    zone = RE_PARK_SUFFIX.match(toks[i].text + rest[:6])
    if zone is not None and zone.end() > len(toks[i].text):
        return True  # 翼城产业|集聚(v)|区精品钢基地项目: the start of a zone's type jieba cut apart
    if nxt_tok is not None and etype is not FIRM and lex.words.tag(toks[i].text) in VERB_TAGS:
        compound = toks[i].text + nxt_tok.text
        if any(sp.end > len(toks[i].text) for sp in lex.taxonomy.find_industries(compound)):
            return True  # 闪存(v)芯片, 抽水(v)蓄能: the verb qualifies an industry's product
    prev = toks[i - 1] if i > 0 else None
    if prev is not None:
        joined = prev.text + toks[i].text
        if any(sp.start < len(prev.text) < sp.end for sp in lex.taxonomy.find_industries(joined)):
            return True  # 云|计算(v): an industry word jieba cut in two runs across the verb
    name_before = prev is not None and len(prev.text) >= 2 and _breaks(prev, etype, lex, False) is None and \
        not RE_NAME_SUFFIX_WORD.search(prev.text) and not park_type(prev.text) and \
        prev.text not in PAREN_PAIRS
    if etype is PARK and i == len(toks) - 1 and lex.words.tag(toks[i].text) in ("v", "vn") and \
            suffix.endswith(("园", "园区")) and name_before:
        return True  # 九洲北斗导航(v)产业园: the word before a 园 says what the park is for
    if etype is PROJECT and name_before and nxt_tok is not None and park_suffix(nxt_tok.text) is not None:
        return True  # 可再生能源综合|应用(v)|示范区首期…项目: what a zone inside the name is for
    if etype is PROJECT and prev is not None and RE_FIRM_LEGAL.fullmatch(prev.text) and \
            lex.words.tag(toks[i].text) in VERB_TAGS:
        return True  # 天水源盛汽配有限公司|废旧(v)|车辆回收利用项目: the firm's name opens the project's
    if etype is PROJECT and name_before and nxt_tok is not None and nxt_tok.text in NAME_CONJUNCTIONS:
        return True  # 商用车车架|总成(v)|及汽车零部件生产项目: a process word coordinated with the
        # name's next part is a noun of the name
    if etype is PROJECT and name_before and i == len(toks) - 1:
        return True  # 石墨|纯化(v)|项目, 激光|显示(v)|产业园项目: a process right before the suffix,
        # after what it processes, names the work
    if etype in (PROJECT, PARK):
        if name_before and lex.words.tag(toks[i].text) not in VERB_TAGS:
            return True  # 酸铁锂|正极(ad)|材料: an adverb-tagged word between name words is one of them
        if etype is PROJECT and _project_word(toks, i, rest, lex):
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and len(nxt.text) == 1 and nxt.text not in FUNCTION_CHARS and \
            nxt.text not in ADMIN_CHARS and "\u4e00" <= nxt.text <= "\u9fff"  # not 来到|县经济开发区
    if etype is FIRM and lex.words.tag(toks[i].text) in SOFT_FALLBACK_TAGS and len(toks[i].text) == 2:
        # 瑞|鼎新(d)|材料科技有限公司
        return not distinctive(rest, etype, lex) or _place_led(toks, i, etype, lex)
    return False


# Words jieba files as numerals that count people or things, no capacity (调研组一行, 一批).
GROUP_WORDS: Final = frozenset({"一行", "一批", "一些", "一道", "一起", "一同", "一并"})


def _project_word(toks: list[Token], i: int, rest: str, lex: Lexicon) -> bool:
    """Whether a verb-tagged word is inside a project's name by what stands around it."""
    prev = toks[i - 1] if i > 0 else None
    nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
    if RE_FIRM_LEGAL.search(rest) and _place_led(toks, i, FIRM, lex):
        return True  # 河南|中联|天盛|防水(v)|防腐材料有限公司年产…项目: inside the legal name heading it
    if prev is not None and len(prev.text) >= 2 and \
            (prev.text[-1] in MODIFIER_LINKS or lex.words.tag(prev.text) == "m"):
        return True  # 环保型|防水(v)|卷材, 1000万平方米|防水(v)|卷材: after a kind or quantity, a product
    if any(lex.words.tag(t.text) == "m" and t.text not in GROUP_WORDS for t in toks[max(0, i - 8) : i - 1]):
        return True  # 1000万套|高效|节能(v)|旋转式…: after a capacity, the plant's product
    if prev is not None and prev.text == "年":
        return True  # 年|处理(v)|2万吨…: a yearly capacity
    # 光伏制造|垂直(v)|一体化…: a modifier between an industry and the rest of a name
    return i >= 2 and _industry_ends_at(toks, i, lex) and nxt_tok is not None and len(nxt_tok.text) >= 2 and \
        lex.words.tag(nxt_tok.text) not in VERB_TAGS


def _industry_ends_at(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether an industry word of the taxonomy ends right before token ``i``, or before the process word
    before it (光伏|制造|垂直)."""
    before = "".join(t.text for t in toks[max(0, i - 4) : i])
    ends = {len(before)}
    if toks[i - 1].text in PROJECT_PROCESS_VERBS:
        ends.add(len(before) - len(toks[i - 1].text))
    return any(sp.end in ends and sp.end - sp.start >= 2 for sp in lex.taxonomy.find_industries(before))


def _brand_after_de(toks: list[Token], i: int) -> bool:
    """A function character jieba cut with the character before it, right after a 的 and before a name word
    (投资建设的|弘|都|电子信息…): the two characters are a brand."""
    if i < 2 or len(toks[i].text) != 1 or len(toks[i - 1].text) != 1 or i + 1 >= len(toks):
        return False
    prev = toks[i - 1].text
    return toks[i - 2].text == "的" and prev not in FUNCTION_CHARS and RE_HAN.match(prev) is not None and \
        len(toks[i + 1].text) >= 2 and RE_HAN.match(toks[i + 1].text) is not None


def _split_brand(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A function character that jieba cut with the character before it from a brand, right after the place
    opening a legal name (广州|丰|上|自动化…): the two characters are the brand."""
    if i < 2 or len(toks[i].text) != 1 or len(toks[i - 1].text) != 1:
        return False
    prev, place = toks[i - 1].text, toks[i - 2].text
    if prev in FUNCTION_CHARS or prev in ADMIN_CHARS or not RE_HAN.match(prev) or \
            not lex.gazetteer.surfaces.get(place):
        return False  # 金坛|区|与: the unit character ends the place, the conjunction joins parties
    k = i - 3
    while k >= 0 and lex.gazetteer.surfaces.get(toks[k].text):
        k -= 1  # 广东|惠州|瀚|和: the places of a legal name's opening, province before city
    return k < 0 or not RE_HAN.match(toks[k].text) or _breaks(toks[k], FIRM, lex, False) is not None


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
