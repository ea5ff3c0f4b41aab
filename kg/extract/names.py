"""Where a name starts, and whether a candidate is a name at all.

A firm, project or park name ends in a type suffix (有限公司, 项目, 经开区 …). Its start is found by walking
back from the suffix over jieba's words of the clause: the name stops at a word that cannot be inside it — a
verb, preposition, conjunction, adverb, pronoun or particle (jieba's own word classes), a predicate of
investment news (建设, 引进, 签约), or a descriptor (旗下, 龙头企业). Words that make things (生产, 封装,
改造) stay inside a project name, business words (发展, 投资) inside a firm name, and conjunctions inside a
project name (研发及数据中心). A stop that would leave nothing distinctive (a mis-cut word such as 瑞|鼎新)
is passed over. The stops themselves are in :mod:`kg.extract.namestops`.

>>> from kg.lexicon import Lexicon
>>> lex = Lexicon.load()
>>> def name(text, suffix, etype):
...     s = text.rindex(suffix)
...     return text[name_start(text, clause_start(text, s), s, s + len(suffix), etype, lex) : s + len(suffix)]
>>> name("锁定恒信化工股份有限公司等一批龙头企业", "股份有限公司", FIRM)
'恒信化工股份有限公司'
>>> name("其中,恒宇华中电池基地及研发中心项目由厦门恒宇投资建设", "项目", PROJECT)
'恒宇华中电池基地及研发中心项目'
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract.chars import CharSet
from kg.extract.nameparts import (
    MAX_NAME,
    PAREN_PAIRS,
    RE_ENDS_IN_SUFFIX,
    joins_modifier,
    through_bracket,
    zone_before_own_name,
)
from kg.extract.namestops import (
    BARE_SUFFIXES,
    BUSINESS_NOUNS,
    FIRM_WORDS_BEFORE_BUSINESS,
    VERB_TAGS,
    brand_after_de,
    breaks,
    ends_before,
    soft_stays,
    split_brand,
    starts_industry_word,
    verb_before_place,
)
from kg.extract.tokens import Token, cut, cut_window
from kg.extract.vocab import (
    FIRM_NAME_VERBS,
    HARD_BOUNDARY,
    LIST_COMMA,
    PROJECT_PROCESS_VERBS,
    RE_FIRM_TRADE,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL, RE_HAN
from kg.model import EntityType

FIRM: Final = EntityType.FIRM
PROJECT: Final = EntityType.PROJECT
PARK: Final = EntityType.PARK


DASHES: Final = frozenset("—–")


QUOTE_CHARS: Final = frozenset("“”")
CLAUSE_BOUNDARY: Final = CharSet(HARD_BOUNDARY - QUOTE_CHARS)  # (what clause_start stops at)


def clause_start(text: str, pos: int, limit: int = MAX_NAME + 12) -> int:
    """The start of the clause holding ``pos``: after the last hard boundary (quote marks are not one: a
    quoted word may be part of a name, “集客魔方”网红直播基地; nor is a single dash between words,
    中国—东盟), at most ``limit`` back."""
    lo = max(0, pos - limit)
    for k in range(pos - 1, lo - 1, -1):
        if CLAUSE_BOUNDARY.at(text, k) and not _inner_dash(text, k) and not inner_space(text, k):
            return k + 1
    return lo


def inner_space(text: str, k: int) -> bool:
    """One space between two Latin words or figures joins them (10GW TOPCON光伏电池…, Model Y), and so does
    one a typesetter puts between a Latin word and a Chinese one (如东 LNG 接收站项目), or around a bracket
    inside a name (甬硅电子 (宁波) 股份有限公司)."""
    if text[k] != " " or not 0 < k < len(text) - 1:
        return False
    a, b = text[k - 1], text[k + 1]
    latin_a, latin_b = a.isascii() and a.isalnum(), b.isascii() and b.isalnum()
    return (latin_a and latin_b) or (latin_a and RE_HAN.match(b) is not None and a.isalpha()) or \
        (latin_b and RE_HAN.match(a) is not None and b.isalpha()) or \
        (b in OPEN_BRACKETS and RE_HAN.match(a) is not None) or \
        (a in CLOSE_BRACKETS and RE_HAN.match(b) is not None)


def _inner_dash(text: str, k: int) -> bool:
    """A single dash between two Chinese characters joins words of one name (中国—东盟产业园)."""
    return text[k] in DASHES and 0 < k < len(text) - 1 and text[k - 1] not in DASHES and \
        text[k + 1] not in DASHES and "\u4e00" <= text[k - 1] <= "\u9fff" and \
        "\u4e00" <= text[k + 1] <= "\u9fff" and not RE_ENDS_IN_SUFFIX.search(text[max(0, k - 8) : k])


# A firm's legal ending (and an adverb) right before a verb: the verb joins that firm to the next one.
RE_PARTY_BEFORE: Final = re.compile(r"(?:集团|公司|股份)[\u4e00-\u9fff]{0,2}$")


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
        # a bracketed locator or phase inside a name: 恒芯(成都)集成电路…, 一轻(咸宁)产业园
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
        other = _after_other_firm(text, lo, toks, i, start, suffix_start) if etype is FIRM else None
        if other is not None:
            start = other
            break  # 江苏X供应链有限公司|系|杭州Y科技集团: another firm's legal ending, two firms
        if zone_before_own_name(text, lo, end, toks, i, etype, lex) or verb_before_place(toks, i, etype, lex):
            break  # 南川工业园区|晶科能源股份有限公司(…项目), 西宁经开区|南川工业园区: a name of its own
            # after the zone that hosts it; 进一步优化|湛江空港经济区: the clause's verb
        why = breaks(t, etype, lex, before_suffix=(lo + t.end == suffix_start
                                                    and text.startswith(BARE_SUFFIXES, suffix_start)))
        if why is not None and (w in FIRM_NAME_VERBS or w in BUSINESS_NOUNS or RE_FIRM_TRADE.fullmatch(w)) \
                and RE_FIRM_LEGAL.match(text, lo + t.end):
            why = None  # …金源|投资|有限公司年产…项目, …生态|工程|有限公司: a firm's business word, whatever
            # name the firm's name opens
        if why is None and i > 0:
            why = ends_before(toks, i, window, etype, lex)
        if why == "hard" and _inside_name(text, lo, toks, i, etype, lex):
            why = None
        # (not a verb after a firm's legal ending: 上海汇慈集团总体收购|天水庆华电子科技有限公司, two firms)
        if why == "soft" and not (etype is FIRM and RE_PARTY_BEFORE.search(text, lo, lo + t.start)) and \
                (item and not _verb_before_capacity(text, lo + t.end, w, lex) or
                 soft_stays(toks, i, etype, text[lo + t.end : end], lex, text[suffix_start:end])):
            # inside a list item only function words and predicates cut (大全|年产…, 建文|洗涤|二期)
            why = None
        if why is not None and len(w) == 1 and (j := _place_through(toks, i, window, lex)) is not None:
            start, i = lo + toks[j].start, j - 1  # 柳州市阳|和|工业园区: jieba cut the place 阳和 apart
            continue
        if why is not None:
            break
        start = lo + t.start
        i -= 1
    start = _firm_head_start(text, lo, start, end, etype, lex)
    return _with_capacity_year(text, lo, _after_predicate(text, lo, start, toks, lex))


# A firm's legal ending as jieba cuts it (one word), and the suffixes of a branch named after its parent's
# full name (X有限公司Y分公司).
FIRM_LEGAL_WORDS: Final = frozenset({"有限公司", "股份有限公司", "有限责任公司", "集团公司"})
BRANCH_SUFFIXES: Final = ("分公司", "子公司", "分行", "支行", "分厂")
COPULAS: Final = frozenset({"系", "是", "为", "即"})  # (…有限公司|系|Y集团: Y is what the firm is of)


def _after_other_firm(text: str, lo: int, toks: list[Token], i: int, start: int,
                      suffix_start: int) -> int | None:
    """Where a firm's name starts when token ``i``, before the name walked so far (from ``start``), is another
    firm's full legal ending (past a copula after it: …有限公司|系|Y集团); None when it is not, or the name is
    a branch's that holds its parent's (X有限公司长沙分公司)."""
    if start >= suffix_start or toks[i].text not in FIRM_LEGAL_WORDS or \
            text.startswith(BRANCH_SUFFIXES, suffix_start):
        return None
    return lo + toks[i + 1].end if toks[i + 1].text in COPULAS else start


def _inside_name(text: str, lo: int, toks: list[Token], i: int, etype: EntityType, lex: Lexicon) -> bool:
    """Whether token ``i``, which would break the walk, is inside the name after all."""
    t = toks[i]
    w = t.text
    if len(w) == 1 and starts_industry_word(text, lo + t.start, lex):
        return True  # 可|再生能源: the character begins an industry word jieba cut apart (可再生能源)
    if w in FIRM_WORDS_BEFORE_BUSINESS and (
            etype is FIRM and text.startswith(tuple(FIRM_NAME_VERBS), lo + t.end) or
            etype in (FIRM, PROJECT) and _trade_then_legal(text, lo + t.end, joint=w == JOINT_WORD)):
        return True  # 中电光谷|联合|控股有限公司, 瑞硕|企业|管理有限公司: part of the name; 森林|联合|纸业
        # 有限公司 too, and in a project's name that opens with it
    # 广州|丰|上|自动化科技有限公司, 的|弘|都|电子信息科技园: a two-character brand jieba cut into characters
    return etype is FIRM and split_brand(toks, i, lex) or brand_after_de(toks, i)


MAX_CUT_PLACE: Final = 3  # characters of a place name jieba may cut into single characters


def _place_through(toks: list[Token], i: int, window: str, lex: Lexicon) -> int | None:
    """The token that starts a place name ending with the one-character token ``i`` (阳|和 of 阳和), when
    jieba cut the place apart at token boundaries; else None."""
    end = toks[i].end
    for j in range(i - 1, max(-1, i - MAX_CUT_PLACE), -1):
        if end - toks[j].start > MAX_CUT_PLACE:
            break
        if window[toks[j].start : end] in lex.gazetteer.surfaces:
            return j
    return None


def _trade_then_legal(text: str, pos: int, joint: bool = False) -> bool:
    """Whether a trade word and then the legal form follow at ``pos`` (…联合|纸业有限公司); after 联合
    (``joint``), any line of business of a few characters too (苏州汇川联合|动力系统有限公司; not after 企业:
    下属企业|华铜有限公司 is another firm)."""
    trade = RE_FIRM_TRADE.match(text, pos)
    return trade is not None and RE_FIRM_LEGAL.match(text, trade.end()) is not None or \
        joint and RE_BUSINESS_THEN_LEGAL.match(text, pos) is not None


JOINT_WORD: Final = "联合"
# A line of business of two to four characters and a firm's legal form (动力系统有限公司).
RE_BUSINESS_THEN_LEGAL: Final = re.compile(r"[\u4e00-\u9fff]{2,4}"
                                           r"(?:有限公司|有限责任公司|股份有限公司|股份公司)")


OPEN_BRACKETS: Final = ("(", "（")
CLOSE_BRACKETS: Final = (")", "）")


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


def _verb_before_capacity(text: str, pos: int, word: str, lex: Lexicon) -> bool:
    """Whether ``word``, ending at ``pos``, is a verb right before a capacity that opens a plant's name
    (跟进|年产500套…, 推进|日处理500吨…): the clause's predicate, even inside a list item."""
    return RE_CAPACITY_OPENING.match(text, pos) is not None and lex.words.tag(word) in VERB_TAGS


# A yearly or daily capacity opening a plant's name (年产1000套, 日处理500吨).
RE_CAPACITY_OPENING: Final = re.compile(r"[年日](?:产|加工|处理|生产|产能)\s?\d")
# A yearly capacity's verb after its 年 (年产, 年处理 …): the name starts at the 年.
YEAR_CHAR: Final = "年"
RE_CAPACITY_VERB: Final = re.compile(r"(?:产|加工|处理|生产|产能)\s?\d")


# Auxiliaries before a verb: the verb after them is the clause's predicate (可|承载 X项目, 将|引进 X).
AUXILIARY_CHARS: Final = frozenset("可将已正能会要")


def _after_predicate(text: str, lo: int, start: int, toks: list[Token], lex: Lexicon) -> int:
    """A name never starts with the verb of an auxiliary before it (园区可|承载|天津中科…项目)."""
    if start <= lo or text[start - 1] not in AUXILIARY_CHARS:
        return start
    first = next((t for t in toks if lo + t.start == start), None)
    if first is not None and len(first.text) >= 2 and lex.words.tag(first.text) in VERB_TAGS and \
            first.text not in PROJECT_PROCESS_VERBS:
        return start + len(first.text)
    return start


def item_start(text: str, start: int, end: int, etype: EntityType, lex: Lexicon) -> int:
    """Where the name in a list item ``text[start:end]`` starts: leading verbs and clauses are cut as before a
    suffix (锁定恒信化工股份有限公司 -> 恒信…; 恒驰正与星河超级工厂 -> 星河超级工厂)."""
    suffix = RE_ENDS_IN_SUFFIX.search(text, start, end)
    return name_start(text, start, suffix.start() if suffix else end, end, etype, lex, item=True)


# "Following X": 继X项目之后, 继X项目落户开发区后又一个…, 继A、B、C等项目后 (not 继电器项目建成后，…:
# 继电器 is a word).
FOLLOWING_OPEN: Final = "继"
# (…落户开发区后，园区签约的又一…: the 又 may come a clause later; 继A、B、C等项目后: X opens a list)
RE_FOLLOWING_CLOSE: Final = re.compile(r"[^，,。；;！？]{0,16}?(?:之后|后[，,]?[^。；;！？]{0,24}?又)"
                                       r"|、[^，,。；;！？]{1,60}?等[^，,。；;！？、]{0,8}?(?:项目|企业)之?后")


def following_opens(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` opens with the 继 of "following X" (继X项目之后), a word of its
    own (继电器 is one word)."""
    return text.startswith(FOLLOWING_OPEN, start) and RE_FOLLOWING_CLOSE.match(text, end) is not None and \
        cut(text[start : min(end, start + 4)])[0] == FOLLOWING_OPEN  # (dictionary words: 继电器, not 继采)
