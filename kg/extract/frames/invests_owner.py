"""INVESTS_IN frames from how the text names a project's owner:

* ``invests_in.possessive``: "美的集团的P项目", "X公司在Z的P", "X公司“P”项目", "该公司投资建设的P";
* ``invests_in.paren``: "P项目(X公司)", "P（投资方：X公司）";
* ``invests_in.investor_is``: "P…投资方为X", "X是P的投资主体", "以X为投资主体";
* ``invests_in.said_owned``: "P系X投资建设", "P是X投资项目";
* ``invests_in.topic_investor``: "P，总投资15亿元，X投资，落户Z" (a clause of the firm and its verb alone)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.attach import OPEN_BRACKETS
from kg.extract.frames import Fact, frame
from kg.extract.frames.investparts import _amount_between, _referred_project
from kg.extract.frames.invests import _listed_from, _topic_firm, stage_of
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.extract.pretest import Ending
from kg.extract.text import Span
from kg.extract.vocab import (
    INVESTOR_LABELS,
    NAME_LABEL,
    OWNED_PROJECT_TAIL,
    SAID_COPULA,
    SIGN_VERB_WORDS,
    SUBSIDIARY_NOUN,
)
from kg.model import RelType

RE_INVESTOR_IS: Final = re.compile(r"(?:" + INVESTOR_LABELS + r")(?:为|是|系|[：:])?$")
# "X是P的投资主体": X is the investor of P.
RE_IS_INVESTOR_OF: Final = re.compile(r"(?:是|为|系)[^，,。；;]{2,60}?的(?:投资方|投资主体|项目业主|建设单位"
                               r"|实施主体|业主单位|投资商|出资方|项目法人)")
# "X作为该项目的投资方": X is the investor of the project named before.
RE_AS_INVESTOR_OF_REFERRED: Final = re.compile(r"(?:作为|是|为|系)(?:该|此|本|这一)项目的?(?:投资方|投资主体"
                                        r"|项目业主|建设单位|实施主体|业主单位|投资商|出资方|项目法人)")
# "以X为投资主体": X is the investor of what the sentence builds next.
RE_AS_INVESTOR: Final = re.compile(r"为(?:投资主体|投资方|项目业主|实施主体|建设主体|项目主体)")
# "X的P", "X在Z的P", "X投资的P", "X投资建设的P": the firm owns the project.
# X公司关于P项目, X公司“P项目”, X公司旗下的P
RE_POSSESSIVE_GAP: Final = re.compile(r"^关于$|^[“\"]?$|^[)）]$|^(?:旗下|下属)的?$"
                               # X集团50亿元P项目落户Z (a headline), 1. X公司——P项目 (an item)
                               r"|^(?:投资)?\d+(?:\.\d+)?(?:亿|万)元?$|^\s*——\s*$"
                               # 作为X安徽首厂的P: the firm's plant
                               r"|^[\u4e00-\u9fff]{0,4}?(?:首|首个|首座|第[一二三四五六七八九十])(?:工厂|厂|基地)的$"
                               # X此次签约的P: what the firm signed
                               r"|^(?:此次|本次|今天|今日|当天|日前|近日)?(?:签约|签下|落地)的$"
                               r"|^(?:(?:在|位于)[^，,。；;]{2,16}?)?(?:投资|投资建设|投建|建设|打造|布局|落户"
                               r"|(?:总|计划)?投资[^，,。；;的]{1,12}?(?:建设|兴建|打造|投建)?)?的$")
# "该公司投资建设的P": the firm named just before owns the project (该公司在Z的P, 该公司P too).
RE_FIRM_ANAPHOR_OWNS: Final = Ending(
    re.compile(r"(?:该|这家|此)(?:公司|企业|集团)(?:(?:在[^，,。；;]{2,16}?)?"
               r"(?:投资|投资建设|投建|建设|打造|布局|新建)?的)?$"),
    "业司团的")
# "P（X公司）", "P（投资方：X公司）".
RE_PAREN_INVESTOR: Final = re.compile(r"[（(](?:投资方|投资主体|建设单位|业主|实施主体|签约企业)?[：:]?"
                               r"[^（()）]{2,40}[)）]")

@frame("invests_in.possessive")
def possessive(f: Found) -> Iterator[Fact]:
    """"美的集团的顺德智能家电产业园项目", "比亚迪在深汕特别合作区的汽车工业园二期项目": the firm's
    project."""
    for i, m in enumerate(f.mentions):
        if m.type is not PROJECT or m.inner:
            continue
        sent = f.sentence_of(m.start)
        anaphor = RE_FIRM_ANAPHOR_OWNS.search(f.text, max(sent.start, m.start - 24), m.start)
        # (记者从X获悉，该公司的P: a firm before the anaphor is what it refers to, not P's owner by adjacency)
        firms = [j for j in f.between(max(sent.start, m.start - 30, anaphor.start() if anaphor else 0),
                                      m.start, FIRM)]
        subject = None if firms or not anaphor or _several_firms_before(f, sent.start, anaphor.start()) \
            else _topic_firm(f, f.sentence_index(m.start), anaphor.start())
        if subject is not None:  # X公司是…。该公司投资建设的P: the firm the sentences before are about
            yield Fact(RelType.INVESTS_IN, subject, i, sent, "invests_in.possessive", 0.7,
                       _amount_between(f, anaphor.end() if anaphor else m.start, m.start),
                       stage_of(f, sent.start, sent.end))
        if firms:
            j = firms[-1]
            gap_start = f.mentions[j].end
            if RE_POSSESSIVE_GAP.match(f.text[gap_start : m.start]):
                # X总投资66亿元建设的P: the amount between is X's for P (X投资70亿元的A、B和C: the list's)
                items = _listed_from(f, sent, i)
                amount = _amount_between(f, gap_start, m.start) if len(items) == 1 else None
                owners = [j]
                outer = firms[-2] if len(firms) >= 2 else None
                if outer is not None and f.mentions[outer].end == f.mentions[j].start - 1 and \
                        f.text[f.mentions[outer].end] in OPEN_BRACKETS:
                    owners.insert(0, outer)  # X集团（Y公司）P项目: the firm and, in brackets, its other name
                for k in items:
                    # (the firm by the name nearest the project keeps its own total, as a sole investor would)
                    own = f.project_amounts.get(k) if amount is None and len(owners) > 1 else amount
                    for owner in owners:
                        yield Fact(RelType.INVESTS_IN, owner, k, sent, "invests_in.possessive", 0.75,
                                   own if owner == j and own not in f.phase_amounts else None,
                                   stage_of(f, m.end, sent.end) or stage_of(f, sent.start, sent.end))


def _several_firms_before(f: Found, start: int, end: int) -> bool:
    """Whether the sentence names more than one firm before an anaphor (X收购Y后，该公司的P: which one is
    meant cannot be told)."""
    return len({f.mentions[j].text for j in f.between(start, end, FIRM)}) > 1


# … and before the firm: "P（总投资7.3亿元，X投资）".
RE_BRACKET_MONEY_BEFORE: Final = re.compile(r"[（(]\s*(?:计划|总|计划总)?投资(?:额|总额)?\s*[：:]?"
                                            r"(?:约|近|超)?")
BRACKET_FIELD_GLUE: Final = frozenset({"，", ",", "；", ";", "、"})
RE_BRACKET_MONEY_GAP: Final = re.compile(r"[，,、]\s*(?:计划|总)?(?:投资)?(?:约)?")


@frame("invests_in.paren")
def paren(f: Found) -> Iterator[Fact]:
    """"年产5万台…项目（浙江银轮机械股份有限公司）", "P项目（投资方：X公司）": the firm in brackets after a
    project invests in it."""
    for i, m in enumerate(f.mentions):
        if m.type is not PROJECT or m.inner:
            continue
        mm = RE_PAREN_INVESTOR.match(f.text, m.end)
        if not mm:
            continue
        firms = [j for j in f.between(m.end, mm.end(), FIRM) if f.mentions[j].end <= mm.end()]
        if len(firms) == 1:
            # P项目（X，8亿元）: the money in the brackets after the firm is its for P; P（总投资7.3亿元，
            # X投资）: so is the money before it, when nothing but a comma stands between
            after, before = f.mentions[firms[0]].end, f.mentions[firms[0]].start
            money = [ai for ai, a in enumerate(f.amounts) if after < a.start < mm.end() and
                     RE_BRACKET_MONEY_GAP.fullmatch(f.text, after, a.start)] or \
                [ai for ai, a in enumerate(f.amounts) if m.end < a.start and a.end < before and
                 RE_BRACKET_MONEY_BEFORE.fullmatch(f.text, m.end, a.start) and
                 f.text[a.end : before].strip() in BRACKET_FIELD_GLUE]
            yield Fact(RelType.INVESTS_IN, firms[0], i, f.sentence_of(m.start), "invests_in.paren", 0.8,
                       money[0] if len(money) == 1 else None,
                       stage_of(f, f.sentence_of(m.start).start, f.sentence_of(m.start).end))


INVESTOR_IS: Final = "invests_in.investor_is"


@frame(INVESTOR_IS)
def investor_is(f: Found) -> Iterator[Fact]:
    """"P项目…投资方为X": X invests in the project named before it; "项目方为X,计划投资N亿元,建设P" (no
    project before): in the one it builds next in the sentence, with the amount between them."""
    for si, sent in f.sentences_with(FIRM):  # nothing to find in a sentence without a firm
        for j in f.in_sentence(sent, FIRM):
            fm = f.mentions[j]
            as_investor = RE_AS_INVESTOR.match(f.text, fm.end, sent.end) and \
                f.text.rfind("以", max(sent.start, fm.start - 12), fm.start) >= 0
            owns = RE_IS_INVESTOR_OF.match(f.text, fm.end, sent.end)
            if RE_AS_INVESTOR_OF_REFERRED.match(f.text, fm.end, sent.end):
                ref = _referred_project(f, si, fm.start)
                if ref is not None:
                    yield Fact(RelType.INVESTS_IN, j, ref, sent, "invests_in.investor_is", 0.85, None,
                               stage_of(f, sent.start, sent.end))
                continue
            if owns is not None:  # X是P的投资主体: the project the clause names
                named = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= fm.end and
                         f.mentions[i].end <= owns.end()]
                if len(named) == 1:
                    yield Fact(RelType.INVESTS_IN, j, named[0], sent, "invests_in.investor_is", 0.85, None,
                               stage_of(f, sent.start, sent.end))
                    continue
            if as_investor or RE_INVESTOR_IS.search(f.text, sent.start, fm.start) and \
                    RE_INVESTOR_IS.search(f.text[max(sent.start, fm.start - 8) : fm.start]):
                proj, amount = (None if as_investor else _referred_project(f, si, fm.start)), None
                if proj is None:  # 以X为投资主体,在Z建设P / 项目方为X,…建设P: the project built next
                    after = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= fm.end]
                    proj = after[0] if after else None
                    if proj is not None:
                        amount = _amount_between(f, fm.end, f.mentions[proj].start)
                if proj is None and si + 1 < len(f.sentences):
                    proj = _record_name_next(f, f.sentences[si + 1])  # 建设单位：X；项目名称：P；…
                sub = _subsidiary_of(f, sent, j)
                if proj is not None and sub is not None:
                    # 投资方为A旗下子公司B: B invests, with the money; A, its parent, shares in it (no amount)
                    own = amount if amount is not None else f.project_amounts.get(proj)
                    stage = stage_of(f, sent.start, sent.end)
                    yield Fact(RelType.INVESTS_IN, sub, proj, sent, INVESTOR_IS, 0.85, own, stage)
                    yield Fact(RelType.INVESTS_IN, j, proj, sent, INVESTOR_IS, 0.8, None, stage, True)
                elif proj is not None:
                    yield Fact(RelType.INVESTS_IN, j, proj, sent, INVESTOR_IS, 0.85, amount,
                               stage_of(f, sent.start, sent.end))


# Between a parent and the firm of its own named right after it (A旗下子公司B, A的全资子公司B).
RE_OWNS_NEXT: Final = re.compile(r"(?:旗下|下属)的?(?:全资|控股)?(?:" + SUBSIDIARY_NOUN + r")?"
                                 r"|的?(?:全资|控股)?" + SUBSIDIARY_NOUN)


def _subsidiary_of(f: Found, sent: Span, j: int) -> int | None:
    """The firm that firm ``j`` owns, named right after it (投资方为A旗下子公司B -> B)."""
    nxt = next((k for k in f.in_sentence(sent, FIRM) if f.mentions[k].start >= f.mentions[j].end), None)
    if nxt is not None and RE_OWNS_NEXT.fullmatch(f.text, f.mentions[j].end, f.mentions[nxt].start):
        return nxt
    return None


# The field of a project's name in a record, opening the sentence after the investor's field.
RE_NAME_FIELD: Final = re.compile(r"\s*" + NAME_LABEL)


def _record_name_next(f: Found, sent: Span) -> int | None:
    """The project the name field opening ``sent`` holds (a record whose investor's field came first)."""
    mm = RE_NAME_FIELD.match(f.text, sent.start, sent.end)
    if mm is None:
        return None
    return next((i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start == mm.end()), None)


# Who speaks after a quote: "”(31日,)X公司(所属的Y公司)总经理某某(在接受记者采访时)说": the firm's person.
RE_SPEAKER: Final = re.compile(r"”\s*(?:\d{1,2}日[，,]?)?(?P<who>[^，,。；;“”！？]{2,60}?)的?"
                               r"(?:董事长|总经理|副总经理|总裁|副总裁|负责人|总监|(?<!项目)经理|厂长|主管|创始人|合伙人)"
                               r"[^，,。；;“”！？]{0,20}?(?:说|表示|介绍|告诉记者|如是说|坦言|透露|谈道)")


MAX_QUOTE: Final = 400  # characters a quote the speaker closes may run back
# What a builder, a lender or a supplier says of a project (由我们承建, 贷款已经到位, 为其供货) and the firms
# that build or lend rather than own (中建五局, X银行, …建设有限公司, …工程局; a 项目经理 is the builder's).
RE_NOT_OWNERS_WORDS: Final = re.compile(r"承建|贷款|授信|供货|监理")
RE_NOT_OWNER_FIRM: Final = re.compile(r"银行|工程局|[一二三四五六七八九十\d]+局|建设有限|建设集团|建工|建筑"
                                      r"|工程有限|设计院")


@frame("invests_in.speaker")
def speaker(f: Found) -> Iterator[Fact]:
    """"“我们今天签约了P，总投资…。”X公司总经理某某说": a firm's person speaks of the one project the quote
    names, so the firm invests in it (with the quote's amount); not when the quote names a firm of its own."""
    for mm in RE_SPEAKER.finditer(f.text):
        who = mm.end("who")
        firms = [j for j in f.between(mm.start("who"), who, FIRM) if f.mentions[j].end <= who]
        opening = f.text.rfind("“", max(0, mm.start() - MAX_QUOTE), mm.start())
        if not firms or opening < 0 or f.between(opening, mm.start(), FIRM, inner=None) or \
                RE_NOT_OWNERS_WORDS.search(f.text, opening, mm.start()) or \
                RE_NOT_OWNER_FIRM.search(f.mentions[firms[-1]].text):
            continue  # (a firm in the quote, a builder's, a lender's or a supplier's words: not the owner's)
        projects = [i for i in f.between(opening, mm.start(), PROJECT) if f.mentions[i].end <= mm.start()]
        if len({f.mentions[i].name for i in projects}) != 1:
            continue
        i = projects[0]
        sent = f.sentence_of(f.mentions[i].start)
        yield Fact(RelType.INVESTS_IN, firms[-1], i, sent, "invests_in.speaker", 0.7,
                   _amount_between(f, f.mentions[i].end, mm.start()), stage_of(f, opening, mm.start()))


# Right after a project, whose it is: "P是中国民企500强万洋集团投资项目", "P为X公司投资建设的项目".
RE_SAID_OWNED_BY: Final = re.compile(SAID_COPULA + r"(?P<who>[^，,。；;！？]{2,40}?)" + OWNED_PROJECT_TAIL)
# "P是X投资5亿元建设的", "P系X投资建设，…": the firm before the verb built it (the amount in between is its).
RE_SAID_BUILT_BY: Final = re.compile(SAID_COPULA + r"(?P<who>[^，,。；;！？]{2,40}?)(?:独资|合资|全资)?"
                                     r"(?:投资|出资|斥资|投建)(?P<amount>[^，,。；;！？的]{0,12}?)"
                                     r"(?:建设|兴建|打造|新建)?(?:的|(?=[，,。；;！？]|$))")


@frame("invests_in.said_owned")
def said_owned(f: Found) -> Iterator[Fact]:
    """"P是中国民企500强万洋集团投资项目", "P系X投资建设": the firm named right before the verb invests in the
    project."""
    for i, m in enumerate(f.mentions):
        if m.type is not PROJECT or m.inner:
            continue
        mm = RE_SAID_OWNED_BY.match(f.text, m.end) or RE_SAID_BUILT_BY.match(f.text, m.end)
        if mm is None:
            continue
        who = mm.end("who")
        firms = [j for j in f.between(mm.start("who"), who, FIRM) if f.mentions[j].end == who]
        if firms:
            sent = f.sentence_of(m.start)
            amount = _amount_between(f, who, mm.end("amount")) if "amount" in mm.re.groupindex else None
            yield Fact(RelType.INVESTS_IN, firms[-1], i, sent, "invests_in.said_owned", 0.8, amount,
                       stage_of(f, sent.start, sent.end))


# A clause of a firm and its verb alone, after the project its sentence opens with ("P，总投资15亿元，X投资，
# 落户Z"): the firm invests in that project.
RE_INVESTOR_CLAUSE: Final = re.compile(r"(?:独资|合资|全资|全额)?(?:投资|出资|投建)(?:建设|兴建)?"
                                       r"(?=[，,。；;])")
CLAUSE_OPENERS: Final = "，,"


@frame("invests_in.topic_investor")
def topic_investor(f: Found) -> Iterator[Fact]:
    """"年产10万吨X项目，总投资15亿元，华锐集团投资，落户Z": the project that opens the sentence and the only
    one before the firm's clause."""
    for _, sent in f.sentences_with(FIRM):
        projects = [i for i in f.in_sentence(sent, PROJECT)]
        if not projects or f.text[sent.start : f.mentions[projects[0]].start].strip():
            continue  # the sentence must open with the project
        for j in f.in_sentence(sent, FIRM):
            fm = f.mentions[j]
            if f.text[fm.start - 1] not in CLAUSE_OPENERS or not RE_INVESTOR_CLAUSE.match(f.text, fm.end):
                continue
            before = [i for i in projects if f.mentions[i].end <= fm.start]
            if len({f.mentions[i].text for i in before}) == 1:
                yield Fact(RelType.INVESTS_IN, j, before[0], sent, "invests_in.topic_investor", 0.75, None,
                           stage_of(f, sent.start, sent.end))


# A sentence that opens by naming the project: 项目名称为P, 该项目为P, 项目名称：P.
RE_NAMING_OPENING: Final = re.compile(r"\s*(?:该|本|此)?项目(?:名称)?(?:为|是|叫|名为|[：:])\s*")
SIGNED_NAMED: Final = "invests_in.signed_named"


@frame(SIGNED_NAMED)
def signed_named(f: Found) -> Iterator[Fact]:
    """"Z县人民政府与X公司签订合作协议。项目名称为P，…": the one firm of a signing names its project in the
    next sentence."""
    for si, sent in f.sentences_with(PROJECT):
        opening = RE_NAMING_OPENING.match(f.text, sent.start, sent.end)
        if opening is None or si == 0:
            continue
        first = next((i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start == opening.end()), None)
        prev = f.sentences[si - 1]
        firms = {f.mentions[j].text: j for j in f.in_sentence(prev, FIRM)}
        if first is None or len(firms) != 1 or not any(w in prev.text for w in SIGN_VERB_WORDS):
            continue
        yield Fact(RelType.INVESTS_IN, next(iter(firms.values())), first, sent, SIGNED_NAMED, 0.7, None,
                   stage_of(f, prev.start, prev.end))
