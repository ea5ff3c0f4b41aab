"""Where a name stops and what stays inside it: the words that end a name walked back from its suffix
("hard" / "soft" stops by jieba's word class and the news vocabulary), the stops that a word's neighbours
override (a verb between two name words, a brand jieba cut into characters, a zone's type cut apart), and
the constants of those decisions. :func:`kg.extract.names.name_start` walks with them."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.chars import CharSet
from kg.extract.headplaces import county_or_above
from kg.extract.nameparts import (
    MODIFIER_LINKS,
    PAREN_PAIRS,
    RE_NAME_SUFFIX_WORD,
    RE_TERMINAL_SUFFIX,
    distinct_firm_after,
    distinctive,
)
from kg.extract.tokens import Token, word_frequency
from kg.extract.vocab import (
    BREAK_TAGS,
    FIRM_DESCRIPTORS,
    FIRM_NAME_VERBS,
    FUNCTION_CHARS,
    INVEST_PREDICATES,
    INVESTOR_LABELS,
    LEADING_STOPWORDS,
    LIST_COMMA,
    NAME_CONJUNCTIONS,
    PHASE_WORDS,
    PROJECT_PROCESS_VERBS,
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


# Multi-character words that never start a name (verbs, adverbs, determiners of news text): they end a name
# too.
LEADING_WORDS: Final = frozenset(w for w in LEADING_STOPWORDS if len(w) > 1)


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
# An event named before 暨 (…开工活动暨, 签约仪式暨).
# (…“擂台赛”暨…开工活动)
RE_EVENT_BEFORE_JOINER: Final = re.compile(r"(?:仪式|活动|大会|会议|论坛|典礼|签约|开工|投产|奠基|揭牌"
                                           r"|启动|会|赛|发布|落成|开园|开业|庆典|竣工|节|周|展)[”\"]?$")


# Business nouns a firm's name may end in before its legal form (…生态工程有限公司).
BUSINESS_NOUNS: Final = frozenset({"工程"})


# A count or an ordinal of things (第一个, 两个, 三家): it stands before a name, never inside one.
RE_COUNT_WORD: Final = re.compile(r"第?[一二三四五六七八九十两\d]+(?:个|家)")


COUNT_UNITS: Final = ("个", "家")  # what a count word ends in (a word that does not is tried no further)


PHASE_CHAR: Final = "期"  # what a phase (vocab.RE_PHASE) ends in


# What a verb achieves, written right after it (组织好, 做完): the verb and it are the clause's predicate.
RESULT_COMPLEMENTS: Final = frozenset("好完")
# The last character of a verb that puts something somewhere (放在, 落到, 用于): a predicate, not a name word.
PLACING_ENDS: Final = frozenset("在到于")
# One-character verbs of building, written before what is built (新增建20万千瓦…, 再扩3条…).
BUILD_CHARS: Final = frozenset("建扩投增")


# "to" / "towards": inside a project's name (…公司迁移至兰州新区项目), never inside a park's or a firm's.
DIRECTION_CHARS: Final = frozenset("至往")


def breaks(tok: Token, etype: EntityType, lex: Lexicon, before_suffix: bool) -> str | None:
    """Why a word ends a name that follows it ("hard" / "soft"), or None when it can be inside the name."""
    w = tok.text
    if w in PHASE_WORDS or w.endswith(PHASE_CHAR) and RE_PHASE.fullmatch(w):
        return None
    if w in NAME_CONJUNCTIONS:
        return None if etype is PROJECT else "hard"  # (暨 after an event: ends_before)
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


def ends_before(toks: list[Token], i: int, window: str, etype: EntityType, lex: Lexicon) -> str | None:
    """"hard" where a word the name walk may pass alone ends the name in what stands before it."""
    w = toks[i].text
    if w in BUILD_CHARS and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit():
        return "hard"  # 新增建|20万千瓦风能电厂: a one-character verb of building before the capacity
    if w in DATE_UNITS and toks[i - 1].text.isdigit() and i >= 2 and toks[i - 2].text == "月":
        return "hard"  # 8月15日|绿地控股集团: a date ends the words before a name (not 1号地块…)
    if w in EVENT_JOINERS and RE_EVENT_BEFORE_JOINER.search(window, 0, toks[i].start):
        return "hard"  # 开工活动暨|X项目…: 暨 joins two events; A暨B项目 is one work's two names
    if w in PARTY_CONJUNCTIONS and _is_party(toks[i - 1].text, lex):
        return "hard"  # 楚雄市与|宁波景蓝…有限公司年产…项目: the parties of a signing, not one name
    if w in NAME_CONJUNCTIONS and etype is PROJECT and RE_TERMINAL_SUFFIX.search(
            window, window.rfind(LIST_COMMA, 0, toks[i].start) + 1, toks[i].start):
        return "hard"  # A项目和B项目: B starts after the conjunction (an earlier item of a list, 、P项目、
        # A及B项目, says nothing of this one)
    if w in NAME_CONJUNCTIONS and etype is PROJECT and \
            distinct_firm_after(window, toks[i].end, len(window), lex):
        return "hard"  # 百万亩“粮改饲”及|内蒙古牧合家牛业有限公司…项目: a firm's legal name opens a name
    if etype is FIRM and toks[i - 1].text + w in INVESTOR_LABEL_WORDS:
        return "hard"  # 项目建设|方|X有限公司: the label of an investor's role ends before the firm it names
    if etype is FIRM and w in PROJECT_WORDS and not all(t.text in FIRM_NAME_VERBS for t in toks[i + 1 :]):
        return "hard"  # P项目|建设方X有限公司: a project's word ends what opens a firm's name, unless only
        # business words follow it (…项目|管理有限公司)
    if etype is FIRM and w in COPULA_WORDS and toks[i - 1].text in BARE_SUFFIXES:
        return "hard"  # P项目系|X有限公司投资建设: the copula after a project's name, no firm's word
    if etype is PROJECT and i >= 2 and toks[i - 1].text in VERB_CONJUNCTIONS and \
            len(toks[i - 2].text) >= 2 and toks[i - 2].text in INVEST_PREDICATES:
        return "hard"  # 建设和|运营|锂电池隔膜项目: what a verb is coordinated with is a verb too
    return None


def starts_industry_word(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether an industry word of the taxonomy starts at ``pos`` and runs past the character there."""
    spans = lex.taxonomy.find_industries(text[pos : pos + 8])
    return bool(spans) and spans[0].start == 0 and spans[0].end > 1


# Head nouns that, standing alone as a word inside a project or park name, close the phrase before it; jieba
# keeps compounds whole (海洋工程, 中小企业), so those stay inside names.
HEAD_NOUNS: Final = frozenset({"项目", "工程", "企业"})


# The labels of an investor's role, as words (建设方, 投资主体 …).
INVESTOR_LABEL_WORDS: Final = frozenset(INVESTOR_LABELS.split("|"))
# A project's own word: inside a firm's name only before a business word (…项目管理有限公司).
PROJECT_WORDS: Final = frozenset({"项目"})


# Nouns of a work that a verb before them qualifies (结算中心, 研发基地, 生产工厂).
WORK_NOUNS: Final = frozenset({"中心", "基地", "总部", "工厂", "厂区", "车间"})


# Copulas written as a word of their own after a project's name (P项目系X公司投资建设).
COPULA_WORDS: Final = frozenset({"系", "是", "为"})


# Suffixes a verb of building may stand before inside a name (储能电池建设项目, 扩建工程; not 建设|研发中心).
BARE_SUFFIXES: Final = ("项目", "工程")


SOFT_FALLBACK_TAGS: Final = frozenset({"d", "v", "vd", "t"})


VERB_TAGS: Final = frozenset({"v", "vd", "vi", "vg", "vq"})


# Words jieba files as time words or adverbs that are ordinary modifiers inside names (福州现代物流城).
NAME_MODIFIERS: Final = frozenset({"优质",
                            "现代", "当代", "近代", "古代", "未来", "新兴", "长远", "永久", "传统", "共同",
                            "新一代", "下一代", "第三代"})


# Words of making that follow the product a plant makes (假发|生产线, 铸件|加工): the word before them is that
# product, whatever jieba's class for it.
PRODUCT_PROCESS_HEADS: Final = ("生产", "加工", "制造", "制备", "冶炼", "深加工", "精深加工")
# A verb this long is a process the firm's trade is named by (热交换, 热镀锌), never a deal (签约, 收购).
LONG_VERB: Final = 3
# … unless it is a phrase of a verb and its particle (有利于, 看得出, 留下来, 忍不住): a predicate.
VERB_PARTICLES: Final = CharSet("于着了过来去起到得不")
PRODUCT_MAX_FREQ: Final = 1000  # a verb jieba's dictionary counts this often is a verb, no product


def _opens_what_follows(tok: Token, nxt_tok: Token | None, etype: EntityType, rest: str,
                        lex: Lexicon) -> bool:
    """Whether a verb or adverb opens the words after it: a zone's type, an industry's product, a work."""
    zone = RE_PARK_SUFFIX.match(tok.text + rest[:6])
    if zone is not None and zone.end() > len(tok.text):
        return True  # 翼城产业|集聚(v)|区精品钢基地项目: the start of a zone's type jieba cut apart
    if nxt_tok is None:
        return False
    compound = tok.text + nxt_tok.text
    verb = lex.words.tag(tok.text) in VERB_TAGS
    if any(sp.end > len(tok.text) and (sp.start == 0 or verb and etype is not FIRM)
           for sp in lex.taxonomy.find_industries(compound)):
        return True  # 闪存(v)芯片, 抽水(v)蓄能: a verb qualifies an industry's product; 正极(ad)材料,
        # 中青|通用(v)航空|集团: a word opens one (in a firm's name too)
    # 结算(v)|中心, 研发(v)|基地: a verb before a work's noun says what the work is for
    return etype is PROJECT and nxt_tok.text in WORK_NOUNS


ZONE_ENDS: Final = ("园", "区")  # last characters of the park suffixes that name zones only


def soft_stays(toks: list[Token], i: int, etype: EntityType, rest: str, lex: Lexicon,
                suffix: str = "") -> bool:
    """Whether a verb or adverb by jieba's class is still inside the name.

    In a project name a verb between two name words is part of it (牛首山|抽水|蓄能电站), and so is one whose
    remainder would start with a stray character (建设|预制|菜与…); a firm or park name goes on past a
    mis-cut word when the rest alone would name nothing (瑞|鼎新|材料科技有限公司)."""
    nxt_tok = toks[i + 1] if i + 1 < len(toks) else None
    w = toks[i].text
    if len(w) >= 2 and w[-1] in PLACING_ENDS and lex.words.tag(w) in VERB_TAGS:
        return False  # 方向|放在(v)|汽车配件项目: a verb that places what follows is the clause's predicate
    if _opens_what_follows(toks[i], nxt_tok, etype, rest, lex):
        return True
    prev = toks[i - 1] if i > 0 else None
    if prev is not None:
        joined = prev.text + toks[i].text
        if any(sp.start < len(prev.text) < sp.end for sp in lex.taxonomy.find_industries(joined)):
            return True  # 云|计算(v): an industry word jieba cut in two runs across the verb
    name_before = prev is not None and len(prev.text) >= 2 and breaks(prev, etype, lex, False) is None and \
        not RE_NAME_SUFFIX_WORD.search(prev.text) and not park_type(prev.text) and \
        prev.text not in PAREN_PAIRS
    if etype is PARK and i == len(toks) - 1 and lex.words.tag(toks[i].text) in ("v", "vn") and \
            suffix.endswith(ZONE_ENDS) and name_before:
        return True  # 九洲北斗导航(v)产业园, 新桥科技创新(vn)示范区: the word before a 园's or 区's
        # suffix says what the zone is for (not a 基地's: 造纸|产业基地 may be a plant)
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
            nxt.text not in ADMIN_CHARS and nxt.text not in RESULT_COMPLEMENTS and \
            "\u4e00" <= nxt.text <= "\u9fff"  # not 来到|县经济开发区, 组织|好|项目
    if etype is FIRM and name_before and len(toks[i].text) >= LONG_VERB and nxt_tok is not None and \
            lex.words.tag(toks[i].text) in VERB_TAGS and not VERB_PARTICLES.found_in(toks[i].text):
        return True  # 江苏普信|热交换(v)|系统有限公司: a long verb between name words is the firm's trade
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
    if nxt_tok is not None and nxt_tok.text.startswith(PRODUCT_PROCESS_HEADS) and \
            word_frequency(toks[i].text) < PRODUCT_MAX_FREQ:
        return True  # 高端|假发(v)|生产线项目: what the line makes (恢复|生产线: a common verb is one)
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


def brand_after_de(toks: list[Token], i: int) -> bool:
    """A function character jieba cut with the character before it, right after a 的 and before a name word
    (投资建设的|弘|都|电子信息…): the two characters are a brand."""
    if i < 2 or len(toks[i].text) != 1 or len(toks[i - 1].text) != 1 or i + 1 >= len(toks):
        return False
    prev = toks[i - 1].text
    return toks[i - 2].text == "的" and prev not in FUNCTION_CHARS and RE_HAN.match(prev) is not None and \
        len(toks[i + 1].text) >= 2 and RE_HAN.match(toks[i + 1].text) is not None


def split_brand(toks: list[Token], i: int, lex: Lexicon) -> bool:
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
    return k < 0 or not RE_HAN.match(toks[k].text) or breaks(toks[k], FIRM, lex, False) is not None


def _place_led(toks: list[Token], i: int, etype: EntityType, lex: Lexicon) -> bool:
    """Whether the words before ``toks[i]`` go back, unbroken, to a place name opening the clause: a legal
    name starts with its place (河南|中联|天盛|防水(v)|防腐材料有限公司), so a verb between is a trade
    word."""
    for j in range(i - 1, -1, -1):
        w = toks[j].text
        if lex.gazetteer.surfaces.get(w) and (j == 0 or not RE_HAN.match(toks[j - 1].text)
                                              or breaks(toks[j - 1], etype, lex, False) is not None):
            return True
        if len(w) < 2 or breaks(toks[j], etype, lex, False) is not None:
            return False
    return False


def verb_before_place(toks: list[Token], i: int, etype: EntityType, lex: Lexicon) -> bool:
    """Whether ``toks[i]`` is a verb or a verbal noun right before a county, city or province that opens a
    zone's name: the clause's verb (进一步优化|湛江空港经济区, 振兴|长沙经开区…), no part of the zone's
    name."""
    if etype is not PARK or i + 1 >= len(toks):
        return False  # (the walk asks at every word of every name: the cheap tests first)
    w = toks[i].text
    return (lex.words.verbal_noun(w) or lex.words.tag(w) in VERB_TAGS) and \
        county_or_above(toks[i + 1].text, lex)
