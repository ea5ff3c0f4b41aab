"""List finding: items of "A、B、C等…项目/企业" and "项目包括A、B" typed by the list's head (an item needs no
suffix), and lists closed by their own count (A、B和C3个项目)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.chars import CharSet
from kg.extract.context import Context, last_match
from kg.extract.listitems import FOLLOWING_REACH, firm_list_item, item_head, project_items, project_list_item
from kg.extract.mentions import Mention
from kg.extract.names import FOLLOWING_OPEN, following_opens
from kg.extract.pretest import Ending
from kg.extract.text import Span, trim_name
from kg.extract.vocab import (
    LIST_COMMA,
    PROJECT_LIST_HEADS,
    RE_CLAUSE_QUALIFIER,
    RE_INDUSTRY_QUALIFIER,
    RE_LAST_ITEM_JOIN,
    RE_LIST_COUNT_FIRMS,
    RE_LIST_COUNT_TAIL,
    RE_LIST_TAIL,
    RE_NON_INVESTMENT_QUALIFIER,
    RE_PLACE_QUALIFIER,
    RE_PROJECT_SUFFIX,
    RESPECTIVELY,
    SMALL_NUMERALS,
)
from kg.lexicon.grammar import (
    RE_FIRM_LEGAL,
)

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


# … and by its count between the head and 分别是 (企业共有6家，分别是A、B: looked for only where 分别 is).
RE_LIST_COUNTED_OPENING: Final = re.compile(f"(?P<head>{'|'.join(LIST_OPENING_HEADS)})"
                                     r"(?:共|总共|一共|合计)?有?(?:\d+|[一二三四五六七八九十两]+)[个家户项][，,]?"
                                     r"(?:分别是|分别为)[:：]?")


# "12个项目集中开工，其中经开区6个：A、B、C；…", "项目共6个，即A、B": a list opened by a count of the projects
# named before (in the sentence, or in its clauses before a semicolon).
RE_LIST_COUNT_OPENING: Final = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)个"
                                   r"(?:[:：]|[，,]?(?:即|分别是|分别为)[:：]?)")










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
# What follows the 个 of RE_LIST_COUNT_OPENING (个：, 个，即, 个分别为) and what RE_LIST_COUNT_TAIL's matches
# hold (个项目, 大项目; 家 or 户 and then 企业 or 公司): a sentence without them is not searched for either.
COUNT_OPENING_AFTER: Final = frozenset(":：，,即分")
# Where a list's span stops: a clause's end (or, for a counted list, the sentence's), and, walking back from
# its tail, a clause mark or a colon.
CLAUSE_STOPS: Final = CharSet("，,。；;！？\n")
SENTENCE_STOPS: Final = CharSet("。；;！？\n")
LIST_START_STOPS: Final = CharSet("，,。；;：:！？\n")
CLOSED_LIST_START_STOPS: Final = CharSet(LIST_START_STOPS.chars | {LIST_CLOSE})  # (… or an earlier list's 等)
COUNTED_PROJECTS: Final = ("个项目", BIG_COUNT)
COUNTED_FIRMS: Final = ("企业", "公司")


def _count_opens(text: str, sent: Span) -> bool:
    """Whether a 个 in the sentence is followed by what RE_LIST_COUNT_OPENING needs after it."""
    q = text.find(COUNT_WORD, sent.start, sent.end)
    while q >= 0:
        if q + 1 < sent.end and text[q + 1] in COUNT_OPENING_AFTER:
            return True
        q = text.find(COUNT_WORD, q + 1, sent.end)
    return False


def _count_closes(st: str) -> bool:
    """Whether the sentence ``st`` holds what every match of RE_LIST_COUNT_TAIL holds."""
    return any(w in st for w in COUNTED_PROJECTS) or \
        any(w in st for w in FIRM_COUNT_WORDS) and any(w in st for w in COUNTED_FIRMS)


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


def _openings(text: str, sent: Span) -> Iterator[re.Match[str]]:
    """The heads that open a list in ``sent`` (项目包括, 企业共有6家，分别是)."""
    yield from RE_LIST_OPENING.finditer(text, sent.start, sent.end)
    if text.find(RESPECTIVELY, sent.start, sent.end) >= 0:
        yield from RE_LIST_COUNTED_OPENING.finditer(text, sent.start, sent.end)


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
    for m in _openings(text, sent) if opened else ():
        k = m.end()
        tail = k
        while tail < min(sent.end, k + MAX_LIST_CHARS) and not CLAUSE_STOPS.at(text, tail):
            tail += 1
        end = text.find("等", k, tail)
        items = _split_items(text, k, end if end > k else tail)
        if len(items) >= 2 and all(len(it.text.strip()) >= 2 for it in items):  # A、B等 or A以及B
            # (企业有利、社会有序: a one-character item shows the 有 was no list's opening)
            out.append((items, m.group("head"), ""))
            starts.add(k)
    for m in (RE_LIST_COUNT_OPENING.finditer(text, sent.start, sent.end)
              if counted and _count_opens(text, sent) else ()):
        k = m.end()
        if "项目" not in text[text.rfind("。", 0, m.start()) + 1 : m.start()] or k in starts:
            continue
        tail = k
        while tail < min(sent.end, k + MAX_LIST_CHARS) and not SENTENCE_STOPS.at(text, tail):
            tail += 1
        if text[k:tail].count("、") >= 1:
            out.append((_split_items(text, k, tail), "项目", ""))
            starts.add(k)
    for rx in (RE_LIST_TAIL, RE_LIST_SETTLE_TAIL) if closed else ():
        for m in rx.finditer(text, sent.start, sent.end):
            tail = m.start()
            k = tail
            lo = max(sent.start, tail - MAX_LIST_CHARS)
            while k > lo and not CLOSED_LIST_START_STOPS.at(text, k - 1):
                k -= 1  # …等公司带着A、B等项目: an earlier list's 等 closes it before this one starts
            if k in starts or rx is RE_LIST_SETTLE_TAIL and "、" not in text[k:tail]:
                continue
            items = _split_items(text, k, tail)
            head = m.group("head") or "家"
            out.append((items, head, m.group("qual")))
    out.extend(_inclusive_lists(text, sent, starts))
    for m in (RE_LIST_COUNT_TAIL.finditer(text, sent.start, sent.end) if counted and _count_closes(sent.text)
              else ()):
        tail = m.start()
        k = tail
        while k > max(sent.start, tail - MAX_LIST_CHARS) and not LIST_START_STOPS.at(text, k - 1):
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
RE_PARTY_PREPOSITION_END: Final = Ending(re.compile(r"[与同跟向]$"), "与同向跟")


# What makes the items of a project list the parts of one (…等7个子项目; not 3个光电子项目).
RE_PARTS_QUALIFIER: Final = Ending(re.compile(r"个子$"), "子")


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
                items = project_items(text, items, lex)
            found: list[Mention] = []
            # in a list of bare names a brand-headed item ending in a verb is a plant (大锦科技汽车诊断);
            # where other items carry a suffix, it may be a piece of a name the list comma cuts (…剥离、…项目)
            bare = not any(RE_PROJECT_SUFFIX.search(text, it.start, it.end) for it in items)
            for it in items:
                start = item_head(text, it, firm_list, lex)
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
                    mention = firm_list_item(name, start, lex)
                else:
                    mention = project_list_item(name, start, head, qual, lex, bare)
                if mention is not None:
                    found.append(mention)
            out.extend(found)
    return out
