"""Firms named by their role, whatever their suffix: 由X投资建设, 投资方为X, 企业如X, 力促X上市, X旗下…, X是…
供应商, 龙头企业Y科技."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from kg.extract.chars import BMP_DIGITS, BMP_END, BMP_SPACES, CharSet
from kg.extract.context import Context
from kg.extract.cues import SentenceCues
from kg.extract.heads import country_prefix
from kg.extract.listitems import industry_only
from kg.extract.mentions import FIRM, Mention
from kg.extract.names import clause_start, item_start
from kg.extract.roleinvestors import (
    BRACKET_ANCHORS,
    ITEM_INVESTOR_ANCHOR,
    RESPECTIVE_ANCHOR,
    bracket_investors,
    item_investors,
    respective_investors,
)
from kg.extract.roleparts import (
    NOT_PARTIES,
    RE_CLAUSE_END,
    brand_like_word,
    clauses,
    firm_like,
    legal_name_only,
    party_spans,
)
from kg.extract.text import Span, trim_name
from kg.extract.validity import valid_name
from kg.extract.vocab import (
    CLAUSE_DATE,
    FIRM_DESCRIPTOR,
    FIRM_DESCRIPTOR_REACH,
    FIRM_DESCRIPTOR_WORDS,
    INVESTOR_LABELS,
    RE_FIRM_TRADE,
    RE_GOVERNMENT,
    SIGN_VERB_WORDS,
    SIGN_VERBS,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import (
    FIRM_TRADE_SUFFIXES,
    RE_FIRM_LEGAL,
    RE_HAN,
    park_type,
)

# "力促X在主板上市" / "支持X上市": X is a listed or listing firm.
RE_LISTING: Final = re.compile(
    r"(?:力促|支持|推动|推进|助推)(?P<firm>[\u4e00-\u9fff]{2,12}?)"
    r"(?:(?:尽快|早日|加快|冲刺|实现|在|到|登陆)[^，,。；、]{0,8}?)?(?:上市|挂牌|IPO)")


# "当地打火机企业如东亿电气": a firm given as an example of 企业.
RE_FIRM_EXAMPLE: Final = re.compile(r"(?:企业|公司|厂商|龙头)(?:如|像|包括|例如|比如|有)"
                             r"(?P<firm>[\u4e00-\u9fff]{2,8}?)"
                             r"(?=[，,、和与及等强加在将已正])")


# "由X(和Y)(在Z)(共同)投资建设 / 负责建设 / 实施": X is the investor.
RE_BY_FIRM: Final = re.compile(
    r"(?<![经理])由(?P<firm>(?:(?!共同|联合|合资|合作|携手|联手|进行|批准|审批|核准|备案)[^，,。；;由]){2,40}?)"
    r"(?:在[^，,。；;由的]{2,20}?)?"
    r"(?:共同|联合|合资|合作|独资|全资|全额|负责|牵头|主导|携手|联手)?"
    r"(?:进行)?(?:计划|拟)?总?(?:投资|出资|斥资|投建|建设|实施|开发(?!区)|打造|运营|组建|共建(?!设)|合建(?!设))"
    r"(?![\u4e00-\u9fff]{0,4}(?:有限|集团|股份|控股|公司))")


# "投资方为X", "投资主体是X", "项目业主为X".
RE_INVESTOR_IS: Final = re.compile(r"(?:" + INVESTOR_LABELS + r")(?:为|是|系)"
                            r"(?P<firm>[^，,。；;]{2,30})")


# "恒信资本旗下X公司": the owner before 旗下 is a firm too.
RE_PARENT: Final = re.compile(r"(?P<firm>[\u4e00-\u9fffA-Za-z]{2,12}?)(?:旗下|下属|控股的|全资子公司)")


# "恒驰是国内领先的汽车座椅供应商": a name defined as a firm at the start of its clause.
RE_FIRM_IS: Final = re.compile(r"(?P<firm>[\u4e00-\u9fffA-Za-z]{2,10}?)是[^，,。；;！？]{0,24}?"
                        r"(?:供应商|企业|公司|集团|制造商|厂商|生产商|服务商|运营商|开发商|龙头|巨头|领军者)")


# A brand + trade word that opens its clause and acts as a firm does: 爱玛车业入选…, 特康科技将以….
RE_TRADE_SUBJECT: Final = re.compile(
    r"(?P<firm>[\u4e00-\u9fff]{2,4}(?:" + "|".join(sorted(FIRM_TRADE_SUFFIXES, key=len, reverse=True)) + r"))"
    r"(?=入选|入围|连续|将|已|正|致力|投资|计划|拟|落户|签约|成功|获评|荣获|总投资|主要|是全球|是国内|是我国"
    r"|追加|增资|再投|斥资|豪掷|此次|本次|(?:晚间|日前|近日)?(?:发布)?公告|宣布"
    r"|在[^，,。；;]{2,16}?(?:投资|建设|追加|扩建|新建|落户))")


# What may stand before a name that opens its clause: a date, a time word, a source phrase.
CLAUSE_OPENING_HEAD: Final = CLAUSE_DATE + (r"(?:据悉|据了解|据介绍|目前|其中|此外|同时|今年|去年|近日|日前)?"
                                            r"\s*")
RE_CLAUSE_OPENING: Final = re.compile(CLAUSE_OPENING_HEAD + FIRM_DESCRIPTOR)
# … its parts, matched one after the other (clause_opening_end)
RE_CLAUSE_OPENING_HEAD: Final = re.compile(CLAUSE_OPENING_HEAD)
RE_FIRM_DESCRIPTOR: Final = re.compile(FIRM_DESCRIPTOR)
DESCRIPTOR_LOOK: Final = FIRM_DESCRIPTOR_REACH + max(map(len, FIRM_DESCRIPTOR_WORDS))
# Every character a part of CLAUSE_OPENING_HEAD can start with (besides digits and spaces): a clause that
# opens with none of them has an empty head.
HEAD_FIRST_CHARS: Final = CharSet("（(一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳上下据目其此同今去近日"
                                   + BMP_DIGITS + BMP_SPACES)


def clause_opening_end(text: str, lo: int, hi: int) -> int:
    """Where ``RE_CLAUSE_OPENING.match(text, lo, hi)`` ends. Each of its parts may match nothing, so its match
    is each part's in turn; the descriptor's (a lazy run of up to 12 characters before each of its words,
    most of a call's work) is tried only where one of its words stands near enough."""
    if lo >= min(hi, len(text)):
        return lo  # (an empty span)
    if HEAD_FIRST_CHARS.at(text, lo) or ord(text[lo]) >= BMP_END and (text[lo].isdecimal() or
                                                                       text[lo].isspace()):
        head = RE_CLAUSE_OPENING_HEAD.match(text, lo, hi)
        at = head.end() if head is not None else lo
    else:
        at = lo  # (each of the head's parts needs a first character it can start with: none matches)
    near = text[at : min(hi, at + DESCRIPTOR_LOOK)]
    if not any(w in near for w in FIRM_DESCRIPTOR_WORDS):
        return at  # (no descriptor, and the spaces after one were the head's)
    descriptor = RE_FIRM_DESCRIPTOR.match(text, at, hi)  # (may be empty too)
    return descriptor.end() if descriptor is not None else at


# "引进了行业龙头企业恒力科技": a brand and trade word right after a descriptor of firms.
RE_AFTER_DESCRIPTOR: Final = re.compile(
    r"(?:龙头企业|头部企业|领军企业|知名企业|上市公司|500强企业|500强|独角兽企业|企业|(?:车|药|房|芯)企)"
    r"(?P<firm>[\u4e00-\u9fff]{2,4}(?:"
    + "|".join(sorted(FIRM_TRADE_SUFFIXES, key=len, reverse=True)) + r"))"
    r"(?=[，,、。；;和与及等将在的已正]|发布|公告|宣布)")  # (上市公司恒泰新材发布公告)


# "浙江华业(301616.SZ)公告称…", "…与中国移动（股票代码：600941）签约": a name with its stock code after it is
# a listed firm.
# A mainland share's code by its board's ranges (000-003 and 300-301 Shenzhen, 600-605 and 688 Shanghai, 4xx
# and 8xx Beijing): six digits of another kind in brackets are a postal code or a count (鄞州区(315100)).
A_SHARE_CODE: Final = r"(?:00[0-3]|30[01]|60[0-5]|688|4[0-9]{2}|8[3-9][0-9])\d{3}"
# A stock code in brackets, and the name written right before it.
RE_STOCK_CODE: Final = re.compile(r"[（(]\s*(?:(?:股票|证券)代码\s*[:：]?\s*)?(?:" + A_SHARE_CODE +
                                  r"(?:\.(?:SZ|SH|BJ|sz|sh|bj))?|\d{6}\.(?:SZ|SH|BJ|sz|sh|bj)|\d{4,5}\.(?:HK|hk))"
                                  r"\s*[)）]")
RE_STOCK_CODED: Final = re.compile(r"(?P<firm>[\u4e00-\u9fffA-Za-z]{2,16}?)\s?" + RE_STOCK_CODE.pattern)
STOCK_CODE_ANCHORS: Final = ("(", "（")

# Words a sentence must hold for a role pattern to be tried on it (cheap tests before the regexes).
INVESTOR_ANCHORS: Final = tuple(INVESTOR_LABELS.split("|"))


DESCRIPTOR_ANCHORS: Final = ("企业", "上市公司", "500强", "车企", "药企", "房企", "芯企")


PARENT_ANCHORS: Final = ("旗下", "下属", "控股的", "全资子公司")


FIRM_KIND_ANCHORS: Final = ("供应商", "企业", "公司", "集团", "制造商", "厂商", "生产商", "服务商", "运营商",
                     "开发商", "龙头", "巨头", "领军者")


EXAMPLE_ANCHORS: Final = ("如", "像", "包括", "例如", "比如", "有")


LISTING_ANCHORS: Final = ("上市", "挂牌", "IPO")


BY_ANCHOR: Final = "由"  # of RE_BY_FIRM


IS_ANCHOR: Final = "是"  # of RE_FIRM_IS


def find_firms_by_role(ctx: Context) -> list[Mention]:
    """Firms named by their role, whatever their suffix: 由长丰城投负责建设, 投资方为X, 企业如东亿电气,
    力促X上市, X旗下…, X是…供应商, 爱玛车业入选…, 龙头企业恒力科技. Each of :data:`ROLE_FINDERS` runs on a
    sentence only when it holds one of the finder's cue words (one scan of the text finds them all)."""
    out: list[Mention | None] = []
    cued = ROLE_CUES.scan(ctx.text, ctx.sentences, ctx.hits.extra[0] if ctx.hits.extra else None)
    for si in sorted(set().union(*cued)):
        sent = ctx.sentences[si]
        for (finder, _), sentences in zip(ROLE_FINDERS, cued, strict=True):
            if si in sentences:
                out.extend(finder(ctx, sent))
    return [m for m in out if m is not None]


# A government office ending the parties of a role (县发展和改革局, 市住房和城乡建设委员会).
RE_OFFICE_END: Final = re.compile(r"(?:局|厅|委员会|管委会|办公室|人民政府)$")


def _investor_roles(ctx: Context, sent: Span) -> Iterator[Mention]:
    """由X负责建设, 投资方为X: each party of the clause that is no government or place."""
    text, lex, st = ctx.text, ctx.lex, sent.text
    for rx, rule, on in ((RE_BY_FIRM, "firm.by", BY_ANCHOR in st),
                         (RE_INVESTOR_IS, "firm.investor_is", any(a in st for a in INVESTOR_ANCHORS))):
        if not on:
            continue
        for m in rx.finditer(text, sent.start, sent.end):
            if RE_OFFICE_END.search(m.group("firm")):
                continue  # 由县工业和信息化局负责实施: one government office, whatever 和 joins in its name
            for s, e in party_spans(text, m.start("firm"), m.end("firm"), lex):
                name = legal_name_only(text[s:e], lex)
                e = s + len(name)
                if name in NOT_PARTIES or RE_GOVERNMENT.search(name) or \
                        lex.gazetteer.resolve(name) is not None:
                    continue
                if firm_like(name, lex):
                    yield Mention(s, e, FIRM, name, rule, score=0.8)


def _after_descriptor(ctx: Context, sent: Span) -> Iterator[Mention]:
    """龙头企业恒力科技: a brand-like name after a descriptor."""
    if not any(a in sent.text for a in DESCRIPTOR_ANCHORS):
        return
    for m in RE_AFTER_DESCRIPTOR.finditer(ctx.text, sent.start, sent.end):
        name = m.group("firm")
        if brand_like_word(name[:2], ctx.lex) and valid_name(name, FIRM, ctx.lex) and \
                not ctx.lex.gazetteer.surfaces.get(name[:2]) and not industry_only(name, ctx.lex):
            yield Mention(m.start("firm"), m.end("firm"), FIRM, name, "firm.after_descriptor", score=0.7)


def _parents(ctx: Context, sent: Span) -> Iterator[Mention | None]:
    """X旗下…: the parent."""
    if any(a in sent.text for a in PARENT_ANCHORS):
        for m in RE_PARENT.finditer(ctx.text, sent.start, sent.end):
            yield _firm_at(ctx, m, "firm.parent")


# The first characters of the trade words, and where RE_TRADE_SUBJECT's trade word may start after the
# clause's opening (after a brand of two to four characters): a test before the regex.
TRADE_FIRST: Final = CharSet(w[0] for w in FIRM_TRADE_SUFFIXES)
TRADE_WORD_AT: Final = (2, 3, 4)


def _trade_word_near(text: str, at: int, hi: int) -> bool:
    """Whether a trade word may start where RE_TRADE_SUBJECT would look for one (a necessary condition)."""
    return any(at + k < hi and TRADE_FIRST.at(text, at + k) for k in TRADE_WORD_AT)


def _clause_subjects(ctx: Context, sent: Span) -> Iterator[Mention | None]:
    """X是…供应商, 爱玛车业入选…: names that open a clause."""
    text, st = ctx.text, sent.text
    defined = IS_ANCHOR in st and any(a in st for a in FIRM_KIND_ANCHORS)
    for lo, hi in clauses(text, sent):
        at = clause_opening_end(text, lo, hi)
        for rx, rule, on in ((RE_FIRM_IS, "firm.defined", defined),
                             (RE_TRADE_SUBJECT, "firm.subject", _trade_word_near(text, at, hi))):
            m = rx.match(text, at, hi) if on else None
            if m is not None:
                yield _firm_at(ctx, m, rule)


def _stock_coded(ctx: Context, sent: Span) -> Iterator[Mention | None]:
    """浙江华业(301616.SZ): the name before a stock code."""
    if RE_STOCK_CODE.search(ctx.text, sent.start, sent.end) is None:
        return  # no code in brackets (a quick search): the name pattern, tried everywhere, finds none
    for m in RE_STOCK_CODED.finditer(ctx.text, sent.start, sent.end):
        yield _firm_at(ctx, m, "firm.stock_code")


def _listings(ctx: Context, sent: Span) -> Iterator[Mention]:
    """力促X上市: the firm to be listed."""
    if not any(a in sent.text for a in LISTING_ANCHORS):
        return
    for m in RE_LISTING.finditer(ctx.text, sent.start, sent.end):
        removed, name = trim_name(m.group("firm"), names=ctx.lex.firms.with_particle)
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


# A signing: its verb, and what may stand between the second party and it (…与柳州市正式签订).
RE_SIGN_VERB: Final = re.compile(SIGN_VERBS)
RE_SIGN_ADVERB_TAIL: Final = re.compile(r"(?:(?:在|于)[^，,。；;与和同]{2,12}?)?"
                                 r"(?:代表)?(?:正式|成功|顺利|现场|共同|再次|分别|举行|进行)*$")


def _signing_parties(ctx: Context, sent: Span) -> Iterator[Mention]:
    """"X与柳州市签订P", "福绵区与X签约P": of the two parties of a signing, the one that is no government,
    place or park is a firm, whatever its suffix."""
    text, lex = ctx.text, ctx.lex
    if not RE_SIGN_VERB.search(sent.text):
        return
    for vm in RE_SIGN_VERB.finditer(text, sent.start, sent.end):
        lo = max((m.end() for m in RE_CLAUSE_END.finditer(text, sent.start, vm.start())), default=sent.start)
        tail = RE_SIGN_ADVERB_TAIL.search(text, lo, vm.start())
        hi = tail.start() if tail else vm.start()
        if not any(j in text[lo:hi] for j in ("与", "同", "和")):
            continue
        parties = party_spans(text, lo, hi, lex)
        if len(parties) != 2:
            continue
        (a, b) = parties
        a = (item_start(text, a[0], a[1], FIRM, lex), a[1])  # 青山控股系企业|青山瑞浦赛克
        hosts = [_is_host(text[s:e], lex) for s, e in (a, b)]
        if hosts.count(True) != 1:
            continue
        s, e = b if hosts[0] else a
        name = text[s:e]
        if name not in NOT_PARTIES and firm_like(name, lex) and \
                (s != a[0] or RE_CLAUSE_OPENING.fullmatch(text[lo:s])):
            yield Mention(s, e, FIRM, name, "firm.signing", score=0.7)


def _is_host(name: str, lex: Lexicon) -> bool:
    """A government, place or zone: the host side of a signing."""
    return name in NOT_PARTIES or RE_GOVERNMENT.search(name) is not None or \
        lex.gazetteer.resolve(name) is not None or park_type(name) is not None


# "A公司与B共同建设/合资成立…": partners in an investment, both firms.
JOINT_ADVERBS: Final = ("共同", "合资", "联合", "携手", "一起")
RE_JOINT_VERB = re.compile("(?:" + "|".join(JOINT_ADVERBS) + ")[，,]?"
                           "(?:投资|建设|出资|打造|成立|设立|投建|开发)")


MAX_PARTNERS: Final = 4  # parties of one joint investment (A与B、C一起投资)
# The titles of people who may stand where a partner would (书记, 董事长 …).
PERSON_TITLES: Final = ("书记", "董事长", "总经理", "总裁", "市长", "县长", "区长", "省长", "主任", "局长",
                        "行长")


def _joint_partners(ctx: Context, sent: Span) -> Iterator[Mention]:
    """"广铜公司与福建紫金铜业共同建设P": the partners of a joint investment are firms when neither is a
    government, place or zone and one has a firm's legal form or is a known firm."""
    text, lex = ctx.text, ctx.lex
    for vm in RE_JOINT_VERB.finditer(text, sent.start, sent.end):
        lo = max((m.end() for m in RE_CLAUSE_END.finditer(text, sent.start, vm.start())), default=sent.start)
        if not any(j in text[lo : vm.start()] for j in ("与", "同", "和")):
            continue
        parties = party_spans(text, lo, vm.start(), lex)
        if not 2 <= len(parties) <= MAX_PARTNERS:
            continue
        a = parties[0]
        parties[0] = (item_start(text, a[0], a[1], FIRM, lex), a[1])  # 广州工控下属企业|广铜公司
        names = [text[s:e] for s, e in parties]
        if any(_is_host(n, lex) or n in NOT_PARTIES or not firm_like(n, lex) or n.endswith(PERSON_TITLES)
               for n in names):
            continue  # (市委书记与X公司董事长一起…: people, not firms)
        if not any(RE_FIRM_LEGAL.search(n) or lex.firms.is_known(n) for n in names):
            continue
        for (s, e), n in zip(parties, names, strict=True):
            yield Mention(s, e, FIRM, n, "firm.partner", score=0.7)


RoleFinder = Callable[[Context, Span], Iterator[Mention | None]]


# The role patterns of :func:`find_firms_by_role`, in order, each with the words a sentence must hold for the
# pattern to find anything there: a necessary condition of the finder's own patterns (their anchor words; a
# trade word or 是 for a clause's subject), not a rule of its own (tests/test_cues.py checks it).
ROLE_FINDERS: Final[tuple[tuple[RoleFinder, tuple[str, ...]], ...]] = (
    (_investor_roles, (BY_ANCHOR, *INVESTOR_ANCHORS)),
    (_after_descriptor, DESCRIPTOR_ANCHORS),
    (_parents, PARENT_ANCHORS),
    (_clause_subjects, (IS_ANCHOR, *FIRM_TRADE_SUFFIXES)),
    (_listings, LISTING_ANCHORS),
    (_stock_coded, STOCK_CODE_ANCHORS),
    (_examples, EXAMPLE_ANCHORS),
    (_signing_parties, SIGN_VERB_WORDS),
    (_joint_partners, JOINT_ADVERBS),
    (item_investors, (ITEM_INVESTOR_ANCHOR,)),
    (bracket_investors, BRACKET_ANCHORS),
    (respective_investors, (RESPECTIVE_ANCHOR,)))
ROLE_CUES: Final = SentenceCues(cues for _, cues in ROLE_FINDERS)


def _place_head(name: str, lex: Lexicon) -> str:
    """The place a name opens with when a brand and a trade word follow it (江苏|恒锐重工), else ''."""
    head = next((p for p in lex.gazetteer.find(name) if p.start == 0), None)
    return name[: head.end] if head is not None and len(name) - head.end >= MIN_BRAND_AND_TRADE else ""


MIN_BRAND_AND_TRADE: Final = 4  # characters after a place at a name's head: a brand and a trade word


# Role patterns whose firm may stand anywhere in its clause (the others open it).
ANYWHERE_RULES: Final = frozenset({"firm.parent", "firm.stock_code"})


def _firm_at(ctx: Context, m: re.Match[str], rule: str) -> Mention | None:
    """The firm of a role pattern's match, its start found by the name walk (the parent of 旗下 may stand
    anywhere; the others open their clause)."""
    text, lex = ctx.text, ctx.lex
    cs = clause_start(text, m.start("firm"))
    s = item_start(text, cs, m.end("firm"), FIRM, lex)
    if rule not in ANYWHERE_RULES and not RE_CLAUSE_OPENING.fullmatch(text[cs:s]):
        return None  # the name must open its clause
    removed, name = trim_name(text[s : m.end("firm")], names=lex.firms.with_particle)
    s += removed
    name = legal_name_only(name, lex)
    if name in NOT_PARTIES or lex.gazetteer.resolve(name) is not None or len(name) < 2:
        return None
    country = country_prefix(name) or _place_head(name, lex)
    if rule == "firm.subject" and (not brand_like_word(name[len(country) : len(country) + 2], lex) or
                                   industry_only(name[len(country) :], lex)):
        # (韩国|三星电子, 江苏|恒锐重工: after a country or a province its brand; 广东|智能家居: an industry)
        return None
    if rule in ANYWHERE_RULES and not RE_FIRM_LEGAL.search(name) and not lex.firms.is_known(name) and \
            not brand_like_word(name[len(country) :], lex):
        return None  # 京信通信将|整合|旗下…: a verb is no parent
    brand_like = brand_like_word(name, lex) and (rule != "firm.defined" or brand_like_word(name[:2], lex))
    if not RE_FIRM_LEGAL.search(name) and not lex.firms.is_known(name) and not RE_FIRM_TRADE.search(name) \
            and not brand_like:
        return None  # 分别|是…公司…, 当前正|是…企业…: a common word in a firm's role is no firm
    if firm_like(name, lex) or rule == "firm.defined" and 2 <= len(name) <= 8 and \
            RE_HAN.search(name) and not industry_only(name, lex):
        return Mention(s, s + len(name), FIRM, name, rule, score=0.7)
    return None
