"""Span finders: each takes the analysed text and returns typed candidate mentions; :func:`find_mentions` runs
them all and settles overlaps (longest wins; list context types its items).

Finders (registry :data:`SPAN_FINDERS`):

* ``suffix``: names ending in a type suffix (有限公司, 项目, 经开区 …), started by
  :func:`kg.extract.names.name_start`;
* ``list``: items of "A、B、C等…项目/企业" (an item needs no suffix: the list's head types it);
* ``known_firm``: firm names the lexicon knows (listed companies, central SOEs, well-known brands);
* ``place``: divisions of the gazetteer, resolved near the document's region;
* ``firm_context``: a firm named by its role (由X投资建设, 投资方为X, 企业如X, 力促X上市).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Mention, longest_first
from kg.extract.names import MAX_NAME, clause_start, item_start, name_start, valid_name
from kg.extract.text import Span, trim_name
from kg.extract.tokens import cut, cut_window, word_bounded, word_frequency
from kg.extract.vocab import (
    CLAUSE_DATE,
    FIRM_DESCRIPTORS,
    PROJECT_LIST_HEADS,
    PROJECT_SUFFIXES,
    RE_ASPIRATION,
    RE_CLAUSE_QUALIFIER,
    RE_FIRM_QUALIFIER,
    RE_FIRM_TRADE,
    RE_INDUSTRY_QUALIFIER,
    RE_LAST_ITEM_JOIN,
    RE_LIST_COUNT_FIRMS,
    RE_LIST_COUNT_TAIL,
    RE_LIST_TAIL,
    RE_NON_INVESTMENT_QUALIFIER,
    RE_PHASE,
    RE_PROJECT_EVENT,
    RE_PROJECT_SUFFIX,
    SMALL_NUMERALS,
)
from kg.lexicon import Lexicon, Place
from kg.lexicon.gazetteer import Gazetteer, PlaceMention
from kg.lexicon.grammar import (
    FIRM_LEGAL_FORMS,
    FIRM_TRADE_SUFFIXES,
    PARK_SUFFIXES,
    RE_FIRM_LEGAL,
    RE_HAN,
    park_type,
)
from kg.lexicon.matcher import Matcher
from kg.model import EntityType

FIRM_LIST_HEADS = ("企业", "公司", "集团", "龙头", "市场主体", "银行", "金融机构", "网红", "厂商", "翘楚",
                   "巨头")
# A suffix right after one of these ends no name (的项目, 个项目, 该项目, 、项目).
NO_NAME_BEFORE = frozenset("的个等该此这些了在是各批项大类级,，。；;：:、（(“\n ")
# … nor after a count or a generic qualifier that follows a function word (10个重点项目, 一批招商项目).
RE_GENERIC_BEFORE_SUFFIX = re.compile(r"(?:^|[的个等该此这批项、，,。；;\d])(?:重点|重大|招商|签约|产业|在建"
                                      r"|续建|新建|"
                                      r"新开工|开工|竣工|投产|储备|民生|基础设施|重特大|好|优质|亿元以上)$")
# Labels of a web page's credits: what follows them names the site's makers, not the news.
RE_CREDITS = re.compile(r"(?:技术支持|主办单位|承办单位|主办|承办|协办|版权所有|Copyright|©|设计制作|网站制作"
                        r"|网站维护|运维单位|"
                        r"ICP备|备案号|联系电话|联系地址|来源|编辑|责任编辑|作者)[：:\s]")
MAX_LIST_CHARS = 400  # a coordinated list longer than this is not read as one
# "本次集中开工的重大项目包括A、B": a list opened by its head.
RE_LIST_OPENING = re.compile(r"(?P<head>项目|企业)(?:主要)?(?:包括|包含|有|涵盖)[:：]?")
# A capacity (年产10万吨, 2GW, 100兆瓦) marks a plant, not an activity.
RE_CAPACITY = re.compile(r"\d+(?:\.\d+)?\s?(?:万|千|亿)?(?:吨|GW|GWh|MW|兆瓦|千瓦|万千瓦|套|台|辆|片|平方米"
                         r"|亩)|年产")
# Word classes and words that make a list item an activity (种植, 改革, 扶贫, 治理 …).
ACTION_TAGS = frozenset({"v", "vn", "vd", "vi"})
BREAK_WORD_TAGS = frozenset({"v", "vd", "vi", "d", "ad", "p", "c", "u", "r"})
ACTION_WORDS = frozenset({"扶贫", "养殖", "治理", "整治", "保护", "利用", "改革", "防治", "控制", "传承",
                          "灭荒", "提升", "建设", "改造", "开发", "发展", "推广", "示范"})
# A known short name glued to one of these is part of a longer word, not the firm (平安 in 平安建设).
BAD_NEXT_AFTER_KNOWN = frozenset("市县区省镇乡村路街")
LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "town": 3, "village": 4}
# "力促X在主板上市" / "支持X上市": X is a listed or listing firm.
RE_LISTING = re.compile(
    r"(?:力促|支持|推动|推进|助推)(?P<firm>[\u4e00-\u9fff]{2,12}?)"
    r"(?:(?:尽快|早日|加快|冲刺|实现|在|到|登陆)[^，,。；、]{0,8}?)?(?:上市|挂牌|IPO)")
# "当地打火机企业如东亿电气": a firm given as an example of 企业.
RE_FIRM_EXAMPLE = re.compile(r"(?:企业|公司|厂商|龙头)(?:如|像|包括|例如|比如|有)"
                             r"(?P<firm>[\u4e00-\u9fff]{2,8}?)"
                             r"(?=[，,、和与及等强加在将已正])")
# "由X(和Y)(共同)投资建设 / 负责建设 / 实施": X is the investor.
RE_BY_FIRM = re.compile(
    r"由(?P<firm>[^，,。；;由]{2,40}?)(?:共同|联合|独资|全资|负责|牵头)?(?:投资|出资|投建|建设|实施|开发|打造|运营|组建)")
# "投资方为X", "投资主体是X", "项目业主为X".
RE_INVESTOR_IS = re.compile(r"(?:投资方|项目方|投资主体|投资商|项目业主|建设单位|实施主体|业主单位)"
                            r"(?:为|是|系)"
                            r"(?P<firm>[^，,。；;]{2,30})")
# "中兴资本旗下X公司": the owner before 旗下 is a firm too.
RE_PARENT = re.compile(r"(?P<firm>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:旗下|下属|控股的|全资子公司)")
# "奥托立夫是全球最大的汽车安全系统供应商": a name defined as a firm at the start of its clause.
RE_FIRM_IS = re.compile(r"(?P<firm>[\u4e00-\u9fffA-Za-z]{2,10}?)是[^，,。；;！？]{0,24}?"
                        r"(?:供应商|企业|公司|集团|制造商|厂商|生产商|服务商|运营商|开发商|龙头|巨头|领军者)")
# A brand + trade word that opens its clause and acts as a firm does: 爱玛车业入选…, 特康科技将以….
RE_TRADE_SUBJECT = re.compile(
    r"(?P<firm>[\u4e00-\u9fff]{2,4}(?:" + "|".join(sorted(FIRM_TRADE_SUFFIXES, key=len, reverse=True)) + r"))"
    r"(?=入选|入围|连续|将|已|正|致力|投资|计划|拟|落户|签约|成功|获评|荣获|总投资|主要|是全球|是国内|是我国)")
# What may stand before a name that opens its clause: a date, a time word, a source phrase.
RE_CLAUSE_OPENING = re.compile(CLAUSE_DATE +
                               r"(?:据悉|据了解|据介绍|目前|其中|此外|同时|今年|去年|近日|日前)?\s*")
# "引进了行业龙头企业恒力科技": a brand and trade word right after a descriptor of firms.
RE_AFTER_DESCRIPTOR = re.compile(
    r"(?:龙头企业|头部企业|领军企业|知名企业|上市公司|500强企业|500强|独角兽企业|企业)(?P<firm>[\u4e00-\u9fff]{2,4}(?:"
    + "|".join(sorted(FIRM_TRADE_SUFFIXES, key=len, reverse=True)) + r"))(?=[，,、。；;和与及等将在的已正])")
# Words a sentence must hold for a role pattern to be tried on it (cheap tests before the regexes).
INVESTOR_ANCHORS = ("投资方", "项目方", "投资主体", "投资商", "项目业主", "建设单位", "实施主体", "业主单位")
DESCRIPTOR_ANCHORS = ("企业", "上市公司", "500强")
PARENT_ANCHORS = ("旗下", "下属", "控股的", "全资子公司")
FIRM_KIND_ANCHORS = ("供应商", "企业", "公司", "集团", "制造商", "厂商", "生产商", "服务商", "运营商",
                     "开发商", "龙头", "巨头", "领军者")
EXAMPLE_ANCHORS = ("如", "像", "包括", "例如", "比如", "有")
RE_CLAUSE_END = re.compile(r"[，,；;：:]")
# Parties of a 由-clause that are no firm (双方, 企业方).
NOT_PARTIES = frozenset({"双方", "各方", "三方", "企业", "企业方", "公司", "政府", "我市", "我县", "我区",
                         "市政府", "县政府", "区政府"})
# Job titles after a name make it a government body (招商局副局长), not a firm.
RE_TITLE_AFTER = re.compile(r"^(?:副|局长|主任|书记|处长|科长|部长|厅长|党组)")
# Government bodies: never firms, and they end a firm name before them (X市人民政府与Y有限公司).
RE_GOVERNMENT = re.compile(r"(?:人民政府|政府|管委会|委员会|党委|党工委|办事处|街道办)$")


@dataclass(frozen=True)
class Context:
    """What span finders read: the text, its sentences, the lexicon and the document's region."""

    text: str
    sentences: tuple[Span, ...]
    lex: Lexicon
    region: Place | None
    suffixes: tuple[tuple[int, int, EntityType], ...]  # (suffix start, end, type), by end
    sentence_starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentence_starts", tuple(s.start for s in self.sentences))



# Words joining the parties of a signing (A与B, A和B以及C).
RE_PARTY_JOIN = re.compile(r"(以及|和|与|及|、)")


def _last_match(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``s`` (None without one)."""
    found = None
    for found in rx.finditer(s):  # noqa: B007 (the loop keeps the last match)
        pass
    return found

def suffix_matcher() -> Matcher:
    """One matcher for every type suffix: firm legal forms, project suffixes, park types."""
    words: dict[str, set[EntityType]] = {}
    for etype, sufs in ((FIRM, FIRM_LEGAL_FORMS), (PROJECT, PROJECT_SUFFIXES), (PARK, PARK_SUFFIXES)):
        for s in sufs:
            words.setdefault(s, set()).add(etype)
    return Matcher({w: frozenset(t) for w, t in words.items()})


# Which type's reading of a suffix two types share (产业基地, 产业园) is tried first.
SUFFIX_TYPE_ORDER = {FIRM: 0, PARK: 1, PROJECT: 2}


def find_suffixes(text: str, matcher: Matcher) -> tuple[tuple[int, int, EntityType], ...]:
    """(start, end, type) of the longest suffix of each type ending at each position, in text order (a suffix
    two types share in :data:`SUFFIX_TYPE_ORDER`, never in the order of a set)."""
    best: dict[tuple[int, EntityType], int] = {}
    for s, e, _w, types in matcher.iter_all(text):
        for t in types:
            if (e, t) not in best or s < best[(e, t)]:
                best[(e, t)] = s
    return tuple(sorted(((s, e, t) for (e, t), s in best.items()),
                        key=lambda x: (x[1], x[0], SUFFIX_TYPE_ORDER[x[2]])))


# --- finders ----------------------------------------------------------------------------------------------


def find_suffix_names(ctx: Context) -> list[Mention]:
    out = []
    text, lex = ctx.text, ctx.lex
    for s_start, s_end, etype in ctx.suffixes:
        if s_start == 0 or text[s_start - 1] in NO_NAME_BEFORE or RE_GENERIC_BEFORE_SUFFIX.search(
                text, max(0, s_start - 6), s_start):
            continue  # 的项目, 等项目, 该项目, 10个重点项目: nothing but a generic word can end there
        if not _suffix_ends_word(text, s_start, s_end):
            continue  # 工程车, 项目组: the suffix is inside a longer word
        if etype is PROJECT and RE_COUNT_AFTER.match(text, s_end):
            continue  # 入驻科创中心项目8个: a count after it makes the phrase a category
        lo = clause_start(text, s_start)
        start = name_start(text, lo, s_start, s_end, etype, lex)
        removed, name = _keep_known_firm(text, start, s_end, *trim_name(text[start:s_end]), lex)
        if not valid_name(name, etype, lex):
            continue
        if etype is not FIRM and RE_ASPIRATION.search(text, max(0, start + removed - 20), start + removed):
            continue
        if etype is FIRM:
            name, removed = _firm_after_government(name, removed)
            if not valid_name(name, FIRM, lex):
                continue
        out.append(Mention(start + removed, s_end, etype, name, f"{etype.value}.suffix"))
    return out


def _keep_known_firm(text: str, start: int, end: int, removed: int, name: str,
                     lex: Lexicon) -> tuple[int, str]:
    """Trimming never cuts a known firm or a listed firm's brand in two (芜湖美的|厨热…: that 的 ends no
    modifier)."""
    cut = start + removed
    if removed == 0 or text[cut - 1] != "的":
        return removed, name
    lo = max(start, cut - 6)
    spans = [(lo + sp.start, lo + sp.end) for sp in lex.firms.find_known(text[lo : cut + 6])]
    spans += [(a, a + len(b)) for a in range(max(start, cut - 4), cut - 1)
              if (b := lex.firms.brand_at(text[a : cut + 4])) is not None]
    for a, b in spans:
        if a < cut <= b and end - a >= b - a + 2:
            k = text.rfind("的", start, a)  # the modifier ends at the 的 before the brand (…亿元的|芜湖美的…)
            lead = start if k < 0 else k + 1
            skip, rest = trim_name(text[lead:a]) if a > lead else (0, "")
            s = lead + skip if rest else a
            return s - start, text[s:end]
    return removed, name


# A count right after a project phrase (工业项目13个, 科创中心项目8个): the phrase names a category.
RE_COUNT_AFTER = re.compile(r"\s*(?:\d+|[一二三四五六七八九十百两几]+)\s*(?:个|项|宗)")
# Work on a project right after its suffix: the suffix ends the name even where jieba joins them (工程建设).
SUFFIX_THEN_WORK = ("建设", "施工", "开工", "竣工", "投产")


def _suffix_ends_word(text: str, start: int, end: int) -> bool:
    """Whether a suffix match ends a word (项目 in 项目组 does not)."""
    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff" or text.startswith(SUFFIX_THEN_WORK, end):
        return True
    pos = 0
    for w in cut(text[start : end + 3]):
        pos += len(w)
        if pos == end - start:
            return True
        if pos > end - start:
            return False
    return True


def _firm_after_government(name: str, removed: int) -> tuple[str, int]:
    """X市人民政府与Y有限公司 is two parties: the firm starts after a government body."""
    for m in re.finditer(r"(?:人民政府|政府|管委会|委员会)", name):
        if len(name) - m.end() >= 4:
            cut = m.end()
            rest = name[cut:].lstrip("与和同及")
            return rest, removed + (len(name) - len(rest))
    return name, removed


def _split_items(text: str, k: int, tail: int) -> list[Span]:
    """The 、-separated items of ``text[k:tail]``; a last "A和B" is two."""
    chunk = text[k:tail]
    items = []
    pos = k
    for part in chunk.split("、"):
        items.append(Span(pos, pos + len(part), part))
        pos += len(part) + 1
    last = items[-1]
    j = _last_match(RE_LAST_ITEM_JOIN, last.text)
    if j and j.start() >= 2 and len(last.text) - j.end() >= 2:
        items[-1:] = [Span(last.start, last.start + j.start(), last.text[: j.start()]),
                      Span(last.start + j.end(), last.end, last.text[j.end() :])]
    return items


def _list_items(text: str, sent: Span) -> list[tuple[list[Span], str, str]]:
    """Coordinated lists in a sentence: closed by 等 + head (A、B等…项目), or opened by a head and 包括
    (…项目包括A、B等): (items, head, qualifier). A list is at most :data:`MAX_LIST_CHARS` long."""
    out = []
    starts: set[int] = set()
    for m in RE_LIST_OPENING.finditer(text, sent.start, sent.end):
        k = m.end()
        tail = k
        while tail < min(sent.end, k + MAX_LIST_CHARS) and text[tail] not in "，,。；;！？\n":
            tail += 1
        if text[k:tail].count("、") >= 1:
            end = text.find("等", k, tail)
            out.append((_split_items(text, k, end if end > k else tail), m.group("head"), ""))
            starts.add(k)
    for m in RE_LIST_TAIL.finditer(text, sent.start, sent.end):
        tail = m.start()
        k = tail
        lo = max(sent.start, tail - MAX_LIST_CHARS)
        while k > lo and text[k - 1] not in "，,。；;：:！？\n":
            k -= 1
        if k in starts:
            continue
        items = _split_items(text, k, tail)
        head = m.group("head") or "家"
        out.append((items, head, m.group("qual")))
    for m in RE_LIST_COUNT_TAIL.finditer(text, sent.start, sent.end):
        tail = m.start()
        k = tail
        while k > max(sent.start, tail - MAX_LIST_CHARS) and text[k - 1] not in "，,。；;：:！？\n":
            k -= 1
        count = m.group("count")
        n = int(count) if count.isdigit() else SMALL_NUMERALS[count]
        items = _split_items(text, k, tail) if "、" in text[k:tail] else []
        if k not in starts and n >= 2 and len(items) == n:
            out.append((items, m.group("head"), ""))
    return out


def find_list_items(ctx: Context) -> list[Mention]:
    """Items of "A、B、C等…企业" are firms; of "…等…项目" lists, projects (an item of a 项目 list needs no
    suffix when the list is one of investment projects); park-named items of a firm list are parks."""
    out: list[Mention] = []
    text, lex = ctx.text, ctx.lex
    for sent in ctx.sentences:
        for items, head, qual in _list_items(text, sent):
            firm_list = head in FIRM_LIST_HEADS or head == "家" or bool(RE_LIST_COUNT_FIRMS.match(qual))
            if firm_list and (RE_INDUSTRY_QUALIFIER.search(qual) or RE_CLAUSE_QUALIFIER.search(qual)):
                continue
            if not firm_list and (RE_NON_INVESTMENT_QUALIFIER.search(qual) or
                                  head not in PROJECT_LIST_HEADS and head not in ("建设",)):
                continue
            found: list[Mention] = []
            for it in items:
                etype = FIRM if firm_list else PROJECT
                start = item_start(text, it.start, it.end, etype, lex)
                removed, name = trim_name(text[start : it.end])
                start += removed
                if not name or start >= it.end:
                    continue
                if firm_list:
                    mention = _firm_list_item(name, start, lex)
                else:
                    mention = _project_list_item(name, start, head, qual, lex)
                if mention is not None:
                    found.append(mention)
            out.extend(found)
    return out


def _firm_list_item(name: str, start: int, lex: Lexicon) -> Mention | None:
    end = start + len(name)
    if park_type(name) is not None:
        return Mention(start, end, PARK, name, "park.list") if valid_name(name, PARK, lex) else None
    if len(name) < 2 or lex.gazetteer.resolve(name) is not None or _industry_only(name, lex):
        return None
    if not RE_FIRM_LEGAL.search(name) and _is_action(name, lex, strict=True):
        return None
    if valid_name(name, FIRM, lex) or lex.firms.is_known(name):
        return Mention(start, end, FIRM, name, "firm.list")
    return None


def _project_list_item(name: str, start: int, head: str, qual: str, lex: Lexicon) -> Mention | None:
    """An item of a project list: a name with a project suffix (cut after it when an action follows: …基地土地
    改良), a firm of a list of firms' seats (酷哇机器人、山猫传媒等总部项目), or, in a 项目 list, a suffixless
    name that is no action (天骄清美9000吨抛光材料, 通威二期, 瑞丰宏泰; not 锥栗种植, 体制改革)."""
    if RE_FIRM_LEGAL.search(name[-4:]) and not RE_PROJECT_SUFFIX.search(name):
        return Mention(start, start + len(name), FIRM, name, "firm.list") if valid_name(name, FIRM, lex) \
            else None
    last = _last_match(RE_PROJECT_SUFFIX, name)
    if last is not None and last.end() < len(name) and not RE_PROJECT_SUFFIX.search(name[last.end() :]) and \
            len(name) - last.end() <= 6 and last.end() >= 4:
        name = name[: last.end()]  # 蕉坪岭花卉苗木基地土地改良 -> 蕉坪岭花卉苗木基地
    elif last is None or last.end() < len(name):
        if RE_FIRM_QUALIFIER.search(qual) and RE_FIRM_TRADE.search(name[-3:]):
            return Mention(start, start + len(name), FIRM, name, "firm.list") if valid_name(name, FIRM, lex) \
                else None
        if head != "项目" or len(RE_HAN.findall(name)) < 3 or _is_action(name, lex) or _one_word(name):
            return None
    if len(name) > 30 or _industry_only(name, lex) or lex.gazetteer.resolve(name) is not None:
        return None
    if not valid_name(name, PROJECT, lex):
        return None
    return Mention(start, start + len(name), PROJECT, name, "project.list")


def _one_word(name: str) -> bool:
    """己内酰胺, 芳烃: an item that is one word of the dictionary names a product, not a project."""
    toks = cut_window(name)
    return len(toks) == 1 and word_frequency(name) > 0


def _is_action(name: str, lex: Lexicon, strict: bool = False) -> bool:
    """锥栗种植, 市城区城管体制改革: an item that ends in a verb names an activity, unless it states a
    capacity, a phase or a firm (…多晶硅 is a thing; 年产30万吨… a plant)."""
    if RE_CAPACITY.search(name) or RE_PHASE.search(name) or lex.firms.find_known(name):
        return False
    words = [t.text for t in cut_window(name)]
    if not words:
        return True
    last = words[-1]
    if strict and any(lex.words.tag(w) in BREAK_WORD_TAGS for w in words):
        return True  # a firm list item with an adverb or verb in it is a clause (社会有序)
    return lex.words.tag(last) in ACTION_TAGS or last in ACTION_WORDS


def _industry_only(name: str, lex: Lexicon) -> bool:
    """电子信息, 装备制造: an item made of industry words names a kind of business, not one."""
    rest = name
    for sp in lex.taxonomy.find_industries(name):
        rest = rest.replace(sp.surface, "")
    rest = re.sub(r"产业|行业|领域|等|和|及|、|类|型|业", "", rest)
    return len(rest) < 2


def find_known_firms(ctx: Context) -> list[Mention]:
    out = []
    text = ctx.text
    for sp in ctx.lex.firms.find_known(text):
        if sp.end < len(text) and text[sp.end] in BAD_NEXT_AFTER_KNOWN:
            continue
        if RE_TITLE_AFTER.match(text[sp.end : sp.end + 3]):
            continue
        if not word_bounded(text, sp.start, sp.end):
            continue
        out.append(Mention(sp.start, sp.end, FIRM, sp.surface, "firm.known", score=0.9))
    return out


def find_places(ctx: Context) -> list[Mention]:
    """Places in the text; a name far from the document's region must be written in full or stand in a list
    or chain of places (济南、威海; 上海静安区), since short forms far away are mostly ordinary words
    (大庆之年, 长治久安) or other places' namesakes (锡山城市公园)."""
    gaz, text, reg = ctx.lex.gazetteer, ctx.text, ctx.region
    found = [p for p in gaz.find(text, reg) if p.level != "village"]
    reg_chain = (reg, *gaz.parents(reg.code)) if reg else ()
    reg_province = reg_chain[-1] if reg_chain else None
    reg_city = next((p for p in reg_chain if p.level == "city"), None)
    out = []
    for k, p in enumerate(found):
        if p.code is None:
            continue
        neighbours = [q for q in (found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None)
                      if q is not None and q.code and _next_to(text, gaz, p, q)]
        listed = bool(neighbours)
        near = reg is None or (reg_province is not None and gaz.is_within(p.code, reg_province.code)) or \
            gaz.is_within(reg.code, p.code)
        rank = LEVEL_RANK.get(p.level or "", 4)
        if p.is_short_form and not listed and not word_bounded(text, p.start, p.end):
            continue  # 绿色通道 holds 通道, but not as a word
        if rank >= 2 and p.is_short_form:
            scope = reg_city or reg_province
            if reg is None or scope is None or not (gaz.is_within(p.code, scope.code) or listed):
                continue
        elif not near and rank >= 1 and not (listed or not p.is_short_form and rank == 1):
            continue
        out.append(Mention(p.start, p.end, PLACE, p.surface, "place.gazetteer", name=p.name, code=p.code,
                           level=p.level))
    return out


def _next_to(text: str, gaz: Gazetteer, p: PlaceMention, q: PlaceMention) -> bool:
    """Two places stand together: chained (西宁东川: the second inside the first) or listed (吉首、凤凰: in
    one province)."""
    a, b = (q, p) if q.start < p.start else (p, q)
    gap = text[a.end : b.start]
    if a.code is None or b.code is None:
        return False
    if gap == "":
        return gaz.is_within(b.code, a.code)
    if len(gap) == 1 and gap in "、，,和与及":
        return a.code[:2] == b.code[:2]
    return False


def find_firms_by_role(ctx: Context) -> list[Mention]:
    """Firms named by their role, whatever their suffix: 由肥西工投负责建设, 投资方为X, 企业如东亿电气,
    力促X上市, X旗下…, X是…供应商, 爱玛车业入选…, 龙头企业恒力科技. Each of :data:`ROLE_FINDERS` runs on a
    sentence only when it holds the finder's anchor word."""
    out: list[Mention | None] = []
    for sent in ctx.sentences:
        for finder in ROLE_FINDERS:
            out.extend(finder(ctx, sent))
    return [m for m in out if m is not None]


def _investor_roles(ctx: Context, sent: Span) -> Iterator[Mention]:
    """由X负责建设, 投资方为X: each party of the clause that is no government or place."""
    text, lex, st = ctx.text, ctx.lex, sent.text
    for rx, rule, on in ((RE_BY_FIRM, "firm.by", "由" in st),
                         (RE_INVESTOR_IS, "firm.investor_is", any(a in st for a in INVESTOR_ANCHORS))):
        if not on:
            continue
        for m in rx.finditer(text, sent.start, sent.end):
            for s, e in _parties(text, m.start("firm"), m.end("firm"), lex):
                name = text[s:e]
                if name in NOT_PARTIES or RE_GOVERNMENT.search(name) or \
                        lex.gazetteer.resolve(name) is not None:
                    continue
                if _firm_like(name, lex):
                    yield Mention(s, e, FIRM, name, rule, score=0.8)


def _after_descriptor(ctx: Context, sent: Span) -> Iterator[Mention]:
    """龙头企业恒力科技: a brand-like name after a descriptor."""
    if not any(a in sent.text for a in DESCRIPTOR_ANCHORS):
        return
    for m in RE_AFTER_DESCRIPTOR.finditer(ctx.text, sent.start, sent.end):
        name = m.group("firm")
        if _brand_like_word(name[:2], ctx.lex) and valid_name(name, FIRM, ctx.lex) and \
                not ctx.lex.gazetteer.surfaces.get(name[:2]):
            yield Mention(m.start("firm"), m.end("firm"), FIRM, name, "firm.after_descriptor", score=0.7)


def _parents(ctx: Context, sent: Span) -> Iterator[Mention | None]:
    """X旗下…: the parent."""
    if any(a in sent.text for a in PARENT_ANCHORS):
        for m in RE_PARENT.finditer(ctx.text, sent.start, sent.end):
            yield _firm_at(ctx, m, "firm.parent")


def _clause_subjects(ctx: Context, sent: Span) -> Iterator[Mention | None]:
    """X是…供应商, 爱玛车业入选…: names that open a clause."""
    text, st = ctx.text, sent.text
    defined = "是" in st and any(a in st for a in FIRM_KIND_ANCHORS)
    for lo, hi in _clauses(text, sent):
        op = RE_CLAUSE_OPENING.match(text, lo, hi)
        at = op.end() if op else lo
        for rx, rule, on in ((RE_FIRM_IS, "firm.defined", defined), (RE_TRADE_SUBJECT, "firm.subject", True)):
            m = rx.match(text, at, hi) if on else None
            if m is not None:
                yield _firm_at(ctx, m, rule)


def _listings(ctx: Context, sent: Span) -> Iterator[Mention]:
    """力促X上市: the firm to be listed."""
    if not ("上市" in sent.text or "挂牌" in sent.text or "IPO" in sent.text):
        return
    for m in RE_LISTING.finditer(ctx.text, sent.start, sent.end):
        removed, name = trim_name(m.group("firm"))
        s = m.start("firm") + removed
        if valid_name(name, FIRM, ctx.lex) and not name.startswith(("企业", "公司")):
            yield Mention(s, s + len(name), FIRM, name, "firm.listing", score=0.8)


def _examples(ctx: Context, sent: Span) -> Iterator[Mention]:
    """企业如东亿电气: an example of a kind of firm."""
    if not any(a in sent.text for a in EXAMPLE_ANCHORS):
        return
    for m in RE_FIRM_EXAMPLE.finditer(ctx.text, sent.start, sent.end):
        name = m.group("firm")
        if RE_FIRM_TRADE.search(name[-2:]) and valid_name(name, FIRM, ctx.lex):
            yield Mention(m.start("firm"), m.end("firm"), FIRM, name, "firm.example", score=0.8)


# The role patterns of :func:`find_firms_by_role`, in order.
ROLE_FINDERS: tuple[Callable[[Context, Span], Iterator[Mention | None]], ...] = (
    _investor_roles, _after_descriptor, _parents, _clause_subjects, _listings, _examples)


def _clauses(text: str, sent: Span) -> list[tuple[int, int]]:
    """The clauses of a sentence (between commas, colons and semicolons)."""
    out = []
    lo = sent.start
    for m in RE_CLAUSE_END.finditer(text, sent.start, sent.end):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, sent.end))
    return out


def _firm_at(ctx: Context, m: re.Match[str], rule: str) -> Mention | None:
    """The firm of a role pattern's match, its start found by the name walk (the parent of 旗下 may stand
    anywhere; the others open their clause)."""
    text, lex = ctx.text, ctx.lex
    cs = clause_start(text, m.start("firm"))
    s = item_start(text, cs, m.end("firm"), FIRM, lex)
    if rule != "firm.parent" and not RE_CLAUSE_OPENING.fullmatch(text[cs:s]):
        return None  # the name must open its clause
    removed, name = trim_name(text[s : m.end("firm")])
    s += removed
    if name in NOT_PARTIES or lex.gazetteer.resolve(name) is not None or len(name) < 2:
        return None
    if rule == "firm.subject" and not _brand_like_word(name[:2], lex):
        return None
    if _firm_like(name, lex) or rule == "firm.defined" and 2 <= len(name) <= 8 and \
            RE_HAN.search(name) and not _industry_only(name, lex):
        return Mention(s, s + len(name), FIRM, name, rule, score=0.7)
    return None


def _parties(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The parties of "A和B(共同)": offsets of each; a legally named party starts where its name starts
    (中兴资本旗下天津…有限公司 -> 天津…有限公司)."""
    out = []
    pos = start
    pieces = RE_PARTY_JOIN.split(text[start:end])
    for part, join in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
        s, e = pos, pos + len(part)
        pos = e + len(join)
        legal = _last_match(RE_FIRM_LEGAL, part)
        if legal is not None and legal.end() == len(part):
            s = name_start(text, s, s + legal.start(), e, FIRM, lex, item=True)
        removed, name = trim_name(text[s:e])
        s += removed
        if name:
            out.append((s, s + len(name)))
    return out


def _brand_like_word(s: str, lex: Lexicon) -> bool:
    return not lex.gazetteer.surfaces.get(s) and word_frequency(s) < 1000 and not _industry_only(s, lex)


def _firm_like(name: str, lex: Lexicon) -> bool:
    """A name in a firm's role: it has a legal form or a trade word, is a known firm, or is a short brand-like
    word (2-8 characters, not a generic or place word)."""
    if not 2 <= len(name) <= MAX_NAME or any(w in name for w in ("项目", "政府", "部门", "单位")):
        return False
    if lex.firms.is_known(name) or RE_FIRM_LEGAL.search(name):
        return valid_name(name, FIRM, lex) or lex.firms.is_known(name)
    if name in FIRM_DESCRIPTORS or len(name) > 8:
        return False
    return valid_name(name, FIRM, lex)


Finder = Callable[[Context], list[Mention]]
SPAN_FINDERS: dict[str, Finder] = {
    "suffix": find_suffix_names,
    "list": find_list_items,
    "known_firm": find_known_firms,
    "place": find_places,
    "firm_context": find_firms_by_role,
}
# When two candidates cover the same span, the one found by the finder listed first types it.
TYPE_PRIORITY = ("project.list", "firm.list", "park.list", "firm.by", "firm.investor_is")
LIST_RULES = frozenset({"project.list", "firm.list", "park.list"})


def find_mentions(ctx: Context, finders: dict[str, Finder] | None = None) -> list[Mention]:
    """Top-level mentions of every finder, overlaps settled: a list item types its span; then longest wins."""
    cands: list[Mention] = []
    for fn in (finders or SPAN_FINDERS).values():
        cands.extend(fn(ctx))
    by_span: dict[tuple[int, int], Mention] = {}
    for m in sorted(cands, key=lambda m: (TYPE_PRIORITY.index(m.rule) if m.rule in TYPE_PRIORITY else 99)):
        by_span.setdefault((m.start, m.end), m)
    # a project candidate needs an investment or construction word in its sentence (not 一个中心); nothing is
    # taken from a page's credits (技术支持：X科技有限公司)
    kept = [m for m in by_span.values() if (m.type is not PROJECT or m.rule == "project.list" or
            RE_PROJECT_EVENT.search(ctx.text, _sent(ctx, m.start).start, _sent(ctx, m.start).end) or
            _firm_project(m, ctx.lex)) and not _in_credits(ctx.text, m.start)]
    return longest_first(_without_list_spanners(kept))


def _firm_project(m: Mention, lex: Lexicon) -> bool:
    """贝达药业(嵊州)创新药产业化基地项目: a known firm's …项目 is a project without an event word nearby."""
    return m.text.endswith("项目") and any(sp.start == 0 and len(m.text) - sp.end >= 4
                                          for sp in lex.firms.find_known(m.text[:12]))


def _without_list_spanners(mentions: list[Mention]) -> list[Mention]:
    """A span that covers two items of one list (…改扩建和年产1万吨…技改 over two listed projects) is no name:
    the list's own split is the stronger evidence."""
    items = sorted((m.start, m.end) for m in mentions if m.rule in LIST_RULES)
    if len(items) < 2:
        return mentions
    starts = [s for s, _ in items]

    def spans_two(m: Mention) -> bool:
        lo = bisect.bisect_left(starts, m.start)
        inside = [(s, e) for s, e in items[lo:] if s < m.end and e <= m.end and (s, e) != (m.start, m.end)]
        return len(inside) >= 2
    return [m for m in mentions if m.rule in LIST_RULES or not spans_two(m)]


def _in_credits(text: str, pos: int) -> bool:
    """Whether ``pos`` follows a page's credit label on its line (主办单位：, 技术支持：, 版权所有 …)."""
    line_start = text.rfind("\n", 0, pos) + 1
    return RE_CREDITS.search(text, max(line_start, pos - 30), pos) is not None


def _sent(ctx: Context, pos: int) -> Span:
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    return ctx.sentences[max(i, 0)]


__all__ = ["Context", "SPAN_FINDERS", "find_mentions", "suffix_matcher", "find_suffixes", "clause_start"]
