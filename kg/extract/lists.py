"""List finding: items of "A、B、C等…项目/企业" and "项目包括A、B" typed by the list's head (an item needs no
suffix), and lists closed by their own count (A、B和C3个项目)."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import Context, last_match
from kg.extract.mentions import FIRM, PARK, PROJECT, Mention
from kg.extract.names import FOLLOWING_OPEN, following_opens, item_start
from kg.extract.publicworks import public_works
from kg.extract.text import Span, trim_name
from kg.extract.tokens import cut_window, word_frequency
from kg.extract.validity import valid_name
from kg.extract.vocab import (
    CAPACITY_NUMBER,
    CAPACITY_UNITS,
    FUNCTION_CHARS,
    LIST_COMMA,
    LIST_PROJECT_ENDINGS,
    PLANT_LINE,
    PLANT_PROCESSES,
    PROJECT_LIST_HEADS,
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
    RE_PLACE_QUALIFIER,
    RE_PROJECT_SUFFIX,
    SMALL_NUMERALS,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import (
    RE_FIRM_LEGAL,
    han_count,
    park_type,
)

# Endings of a work or a park, never of a firm's name (a 大米厂, 家具城, 养殖基地 or 百果园 may be a firm).
WORK_ENDINGS: Final = ("产业园", "工业园", "物流园", "科技园", "仓储园", "园区", "项目")
FIRM_LIST_HEADS = ("企业", "公司", "集团", "龙头", "市场主体", "银行", "金融机构", "网红", "厂商", "翘楚",
                   "巨头", "央企", "国企", "民企", "外企", "名企", "链主")
# "京东智能、科大国创等纷纷落户": a list closed by 等 and a verb of settling, whose items are the firms that
# settle (an item with a project suffix is left to the suffix finder).
RE_LIST_SETTLE_TAIL: Final = re.compile(r"等(?P<qual>)(?:纷纷|相继|先后|陆续|均|已|也)?"
                                 r"(?P<head>签约落户|签约入驻|落户|入驻|进驻)")
SETTLE_HEADS: Final = frozenset({"签约落户", "签约入驻", "落户", "入驻", "进驻"})
# "包括A、B、C在内的18个项目": a list opened by 包括 and closed by 在内的 and its head.
INCLUSIVE_OPEN: Final = "包括"
RE_LIST_INCLUSIVE_TAIL: Final = re.compile(r"在内的(?P<qual>[^，,。；;]{0,12}?)(?P<head>项目|企业|公司)")


MAX_LIST_CHARS: Final = 400  # a coordinated list longer than this is not read as one


# "本次集中开工的重大项目包括A、B", "吸引一批…项目入驻，如A、B等": a list opened by its head.
LIST_OPENING_HEADS = ("项目", "企业")  # the heads of RE_LIST_OPENING: a sentence without one is not searched
RE_LIST_OPENING: Final = re.compile(f"(?P<head>{'|'.join(LIST_OPENING_HEADS)})"
                             r"(?:(?:[，,]其中)?(?:主要)?(?:包括|包含|有|涵盖|分别是|分别为)"
                             r"|[\u4e00-\u9fff]{0,4}[，,](?:如|例如|比如|诸如))[:：]?")


# "12个项目集中开工，其中经开区6个：A、B、C；…", "项目共6个，即A、B": a list opened by a count of the projects
# named before (in the sentence, or in its clauses before a semicolon).
RE_LIST_COUNT_OPENING: Final = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)个"
                                   r"(?:[:：]|[，,]?(?:即|分别是|分别为)[:：]?)")


# A capacity (年产10万吨, 2GW, 100兆瓦) marks a plant, not an activity.
RE_CAPACITY: Final = re.compile(CAPACITY_NUMBER + f"(?:{CAPACITY_UNITS}|亩)|年产")


# Word classes and words that make a list item an activity (种植, 改革, 扶贫, 治理 …).
ACTION_TAGS: Final = frozenset({"v", "vn", "vd", "vi"})


BREAK_WORD_TAGS: Final = frozenset({"v", "vd", "vi", "d", "ad", "p", "c", "u", "r"})


ACTION_WORDS = frozenset({"扶贫", "养殖", "治理", "整治", "保护", "利用", "改革", "防治", "控制", "传承",
                          "灭荒", "提升", "建设", "改造", "开发", "发展", "推广", "示范"})


# A run of dashes inside a list item introduces the item's name (…生产基地———X项目).
RE_APPOSITION_DASH: Final = re.compile(r"[—–-]{2,}")


# What closes a list (A、B等…).
LIST_CLOSE: Final = "等"
# What every list pattern holds (等 of a closed list, the head of an opened one, 个 of a counted one: 其中
# 高新区5个：A、B): a sentence without any holds no list.
COUNT_WORD: Final = "个"
BIG_COUNT: Final = "大项目"  # (A和B两大项目: a count of big projects)
FIRM_COUNT_WORDS: Final = ("家", "户")  # (A、B、C三家企业, A、B3户规上企业)
LIST_CUES: Final = (LIST_CLOSE, "项目", "企业", COUNT_WORD)


# What follows a last item's 和/及 when it names no work of its own, only what is done (种植及深加工, 研发和
# 生产): one item.
RE_PROCESS_ONLY: Final = re.compile(r"(?:深|精|初|粗)?(?:加工|生产|制造|研发|销售|组装|装配|种植|养殖|仓储"
                                    r"|配送|运营|服务|开发|综合利用|利用|应用|贸易)(?:项目)?")


def _split_items(text: str, k: int, tail: int) -> list[Span]:
    """The 、-separated items of ``text[k:tail]``; a last "A和B" is two (alone, only when A ends in a suffix
    of its own: X岩板和Y橱柜生产线项目 is one name, A项目和B项目 two; not when B is only what is done to
    A's: 黑枸杞种植及深加工)."""
    chunk = text[k:tail]
    items = []
    pos = k
    for part in chunk.split("、"):
        items.append(Span(pos, pos + len(part), part))
        pos += len(part) + 1
    last = items[-1]
    j = last_match(RE_LAST_ITEM_JOIN, last.text)
    if j and j.start() >= 2 and len(last.text) - j.end() >= 2 and (
            len(items) > 1 or RE_PROJECT_SUFFIX.search(last.text[: j.start()]) is not None) and \
            not RE_PROCESS_ONLY.fullmatch(last.text, j.end()):
        items[-1:] = [Span(last.start, last.start + j.start(), last.text[: j.start()]),
                      Span(last.start + j.end(), last.end, last.text[j.end() :])]
    for n, it in enumerate(items):  # 国内最大的…基地———三星环新…项目: the name is what the dashes introduce
        dash = last_match(RE_APPOSITION_DASH, it.text)
        if dash is not None and len(it.text) - dash.end() >= 2:
            items[n] = Span(it.start + dash.end(), it.end, it.text[dash.end() :])
    return items


def _pair(text: str, k: int, tail: int) -> list[Span]:
    """The two items of "A和B" (before a count of two: A和B两大项目), or none; not where a firm's legal word
    stands in them (正大集团饲料和温氏集团养殖两个项目: what the list finder would take for firms)."""
    j = last_match(RE_LAST_ITEM_JOIN, text[k:tail])
    if j is None or j.start() < 2 or tail - k - j.end() < 2:
        return []
    mid, after = k + j.start(), k + j.end()
    if RE_FIRM_LEGAL.search(text, after, tail):
        return []  # (the second item's: the first's may be the clause's subject, 广汽集团与Z签约A和B)
    return [Span(k, mid, text[k:mid]), Span(after, tail, text[after:tail])]


def _inclusive_lists(text: str, sent: Span, starts: set[int]) -> list[tuple[list[Span], str, str]]:
    """Lists opened by 包括 and closed by 在内的 and a head (包括A、B、C在内的18个项目)."""
    out = []
    for m in (RE_LIST_INCLUSIVE_TAIL.finditer(text, sent.start, sent.end) if INCLUSIVE_OPEN in sent.text
              else ()):
        k = text.rfind(INCLUSIVE_OPEN, max(sent.start, m.start() - MAX_LIST_CHARS), m.start())
        if k >= 0 and k + len(INCLUSIVE_OPEN) not in starts:
            k += len(INCLUSIVE_OPEN)
            out.append((_split_items(text, k, m.start()), m.group("head"), m.group("qual")))
            starts.add(k)
    return out


def _list_items(text: str, sent: Span) -> list[tuple[list[Span], str, str]]:
    """Coordinated lists in a sentence: closed by 等 + head (A、B等…项目), or opened by a head and 包括
    (…项目包括A、B等): (items, head, qualifier). A list is at most :data:`MAX_LIST_CHARS` long."""
    out = []
    starts: set[int] = set()
    # each pattern holds a word of its own (等: RE_LIST_TAIL and RE_LIST_SETTLE_TAIL; 个: the counted ones; a
    # head: RE_LIST_OPENING): a sentence without it is not searched
    closed = LIST_CLOSE in sent.text
    counted = COUNT_WORD in sent.text or BIG_COUNT in sent.text or \
        any(w in sent.text for w in FIRM_COUNT_WORDS)
    opened = any(h in sent.text for h in LIST_OPENING_HEADS)
    for m in (RE_LIST_OPENING.finditer(text, sent.start, sent.end) if opened else ()):
        k = m.end()
        tail = k
        while tail < min(sent.end, k + MAX_LIST_CHARS) and text[tail] not in "，,。；;！？\n":
            tail += 1
        end = text.find("等", k, tail)
        items = _split_items(text, k, end if end > k else tail)
        if len(items) >= 2 and all(len(it.text.strip()) >= 2 for it in items):  # A、B等 or A以及B
            # (企业有利、社会有序: a one-character item shows the 有 was no list's opening)
            out.append((items, m.group("head"), ""))
            starts.add(k)
    for m in (RE_LIST_COUNT_OPENING.finditer(text, sent.start, sent.end) if counted else ()):
        k = m.end()
        if "项目" not in text[text.rfind("。", 0, m.start()) + 1 : m.start()] or k in starts:
            continue
        tail = k
        while tail < min(sent.end, k + MAX_LIST_CHARS) and text[tail] not in "。；;！？\n":
            tail += 1
        if text[k:tail].count("、") >= 1:
            out.append((_split_items(text, k, tail), "项目", ""))
            starts.add(k)
    for rx in (RE_LIST_TAIL, RE_LIST_SETTLE_TAIL) if closed else ():
        for m in rx.finditer(text, sent.start, sent.end):
            tail = m.start()
            k = tail
            lo = max(sent.start, tail - MAX_LIST_CHARS)
            while k > lo and text[k - 1] not in "，,。；;：:！？\n" and text[k - 1] != LIST_CLOSE:
                k -= 1  # …等公司带着A、B等项目: an earlier list's 等 closes it before this one starts
            if k in starts or rx is RE_LIST_SETTLE_TAIL and "、" not in text[k:tail]:
                continue
            items = _split_items(text, k, tail)
            head = m.group("head") or "家"
            out.append((items, head, m.group("qual")))
    out.extend(_inclusive_lists(text, sent, starts))
    for m in (RE_LIST_COUNT_TAIL.finditer(text, sent.start, sent.end) if counted else ()):
        tail = m.start()
        k = tail
        while k > max(sent.start, tail - MAX_LIST_CHARS) and text[k - 1] not in "，,。；;：:！？\n":
            k -= 1
        count = m.group("count")
        n = int(count) if count.isdigit() else SMALL_NUMERALS[count]
        items = _split_items(text, k, tail) if "、" in text[k:tail] else \
            _pair(text, k, tail) if n == 2 else []
        if k not in starts and n >= 2 and len(items) == n:
            out.append((items, m.group("head") or m.group("firms"), ""))
    return out


# A qualifier between 等 and the head longer than this must itself be a list of traits
# (等一批知名度高、带动能力强、发展前景好的重大项目).
PLAIN_QUALIFIER_CHARS: Final = 16
# … or say how big or how many the listed projects are (等总投资超过120亿元的一批重大产业项目).
RE_LIST_SIZE_QUALIFIER: Final = re.compile(r"一批|亿元|万元|总投资|重点|重大")


# What ends the words before an item's name when the item opens the list proper
# (…管委会在会上与|A公司、B公司等): the items before it were of another clause.
RE_PARTY_PREPOSITION_END: Final = re.compile(r"[与同跟向]$")


# What makes the items of a project list the parts of one (…等7个子项目; not 3个光电子项目).
RE_PARTS_QUALIFIER: Final = re.compile(r"个子$")


def find_list_items(ctx: Context) -> list[Mention]:
    """Items of "A、B、C等…企业" are firms; of "…等…项目" lists, projects (an item of a 项目 list needs no
    suffix when the list is one of investment projects); park-named items of a firm list are parks."""
    out: list[Mention] = []
    text, lex = ctx.text, ctx.lex
    for sent in ctx.sentences:
        if not any(w in sent.text for w in LIST_CUES):
            continue
        for items, head, qual in _list_items(text, sent):
            firm_list = head in FIRM_LIST_HEADS or head == "家" or head in SETTLE_HEADS or \
                bool(RE_LIST_COUNT_FIRMS.match(qual))
            if firm_list and (RE_INDUSTRY_QUALIFIER.search(qual) or RE_CLAUSE_QUALIFIER.search(qual)
                              or RE_PLACE_QUALIFIER.search(qual)):
                continue
            # (包括A、B和C等7个子项目: the parts of one project, none a project of its own)
            if not firm_list and (RE_NON_INVESTMENT_QUALIFIER.search(qual) or
                                  RE_PARTS_QUALIFIER.search(qual) or
                                  head not in PROJECT_LIST_HEADS and head not in ("建设",)):
                continue
            if len(qual) > PLAIN_QUALIFIER_CHARS and LIST_COMMA not in qual and \
                    not RE_LIST_SIZE_QUALIFIER.search(qual):
                continue  # …、储能系统等新能源电源设备及其配套零部件的智能制造项目: what a plant makes
            if not firm_list:
                items = _project_items(text, items, lex)
            found: list[Mention] = []
            # in a list of bare names a brand-headed item ending in a verb is a plant (大锦科技汽车诊断);
            # where other items carry a suffix, it may be a piece of a name the list comma cuts (…剥离、…项目)
            bare = not any(RE_PROJECT_SUFFIX.search(text, it.start, it.end) for it in items)
            for it in items:
                start = _item_head(text, it, firm_list, lex)
                if RE_PARTY_PREPOSITION_END.search(text, it.start, start):
                    found = []  # 顾平、杨朝俊代表Z、Y管委会与|A公司、B公司等企业: the list starts at A
                removed, name = trim_name(text[start : it.end], names=lex.firms.with_particle)
                start += removed
                k = text.find(FOLLOWING_OPEN, start, min(it.end, start + FOLLOWING_REACH))
                if k >= 0 and following_opens(text, k, it.end):
                    start, name = k + 1, text[k + 1 : it.end]  # (园区)继A、B等项目后: following the list
                if not name or start >= it.end:
                    continue
                if head in SETTLE_HEADS and RE_PROJECT_SUFFIX.search(name):
                    continue
                if firm_list:
                    mention = _firm_list_item(name, start, lex)
                else:
                    mention = _project_list_item(name, start, head, qual, lex, bare)
                if mention is not None:
                    found.append(mention)
            out.extend(found)
    return out


# A list item that ends in a process (…设备加工, …零部件生产): a line of business, no firm's name.
RE_ENDS_IN_PROCESS: Final = re.compile(r"(?:加工|生产|制造|研发|组装|装配|销售)$")
# What is left of an item of industry words once they are taken out: their joiners and kind words.
RE_INDUSTRY_FILLER: Final = re.compile(r"产业|行业|领域|等|和|及|、|类|型|业")


def _firm_list_item(name: str, start: int, lex: Lexicon) -> Mention | None:
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


def _project_list_item(name: str, start: int, head: str, qual: str, lex: Lexicon,
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
RE_SECTOR_ITEM: Final = re.compile(r"(?:产业|行业|领域|经济)$")
SECTOR_LIST_MIN: Final = 3


def _sector_list(text: str, items: list[Span], lex: Lexicon) -> bool:
    """Whether most items of a list name sectors (…产业, industry words alone): the list says what kinds of
    projects, and its other items are kinds too (高原特色农业)."""
    def sector(name: str) -> bool:  # (隆基光伏产业, 华为数字经济: a firm's, no sector)
        return not lex.firms.find_known(name) and \
            (bool(RE_SECTOR_ITEM.search(name)) or industry_only(name, lex))

    sectors = sum(1 for it in items if sector(trim_name(text[it.start : it.end])[1]))
    return len(items) >= SECTOR_LIST_MIN and sectors * 2 > len(items)


def _item_head(text: str, it: Span, firm_list: bool, lex: Lexicon) -> int:
    """Where the name of list item ``it`` may start (item_start's walk back from its end)."""
    start = item_start(text, it.start, it.end, FIRM if firm_list else PROJECT, lex)
    lead, whole = trim_name(it.text, names=lex.firms.with_particle)
    if firm_list and start > it.start + lead and RE_BRAND_TRADE_HEAD.fullmatch(whole):
        start = it.start + lead  # 江|为(p)|新能源: a brand and its trade word, however cut
    return start


FOLLOWING_REACH: Final = 4  # characters into a list's first item its subject (园区继…) may run


def _project_items(text: str, items: list[Span], lex: Lexicon) -> list[Span]:
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
