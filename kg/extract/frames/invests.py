"""INVESTS_IN frames: who invests in a project, as the text says it.

* ``invests_in.name``: the project is named after the firm (华岳新能源汽车电机, 恒芯…公司生产线改造项目);
* ``invests_in.by``: "P项目由X(和Y共同)投资建设" after the project, or "该项目由X…" in a later sentence;
* ``invests_in.subject``: a firm that opens its clause invests in the project it builds
  ("X计划投资4亿元,建设P");
* ``invests_in.signing``: "Z县与X公司签约/签署P项目(协议)": the firm, not the government, invests;
* ``invests_in.introduce``: "引进X公司(注册成立Y公司),建设P".

How the text names a project's owner (X的P, P(X公司), 投资方为X) is read in
:mod:`kg.extract.frames.invests_owner`; joint investments (A与B合资建设P) in :mod:`kg.extract.frames.joint`.

An amount a frame ties to one firm goes on its fact; the project's own stated total is added later, when the
project has one investor (:mod:`kg.extract.assemble`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.investparts import (
    RE_LIST_AFTER,
    _amount_between,
    _coordinated_before,
    _joint,
    _modified_project,
    _referred_project,
    same_subject_after,
    semicolon_items,
)
from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Found
from kg.extract.text import Span
from kg.extract.vocab import (
    CLAUSE_DATE,
    ENUMERATOR,
    FIRM_DESCRIPTOR,
    LIST_COMMA,
    LIST_GLUES,
    RE_STAGE,
    SIGN_OR_COOPERATE,
    STAGE_WORDS,
    SUBSIDIARY_NOUN,
)
from kg.model import RelType

# "由X(和Y)(在Z)(共同)投资建设": X's span, then the verb.
# (…联合|投资发展有限公司 is a firm's name, not its verb; "由X,总投资…" starts a clause of its own)
RE_BY: Final = re.compile(r"由(?P<who>[^，,。；;由]{2,60}?)(?:在[^，,。；;由的]{2,20}?)?"
                   r"(?:[，,]?(?:共同|联合|合资|独资|全资|全额|负责|牵头|主导|携手|联手)?(?:进行)?|(?:计划|拟)?总?)"
                   r"(?:投资|出资|斥资|投建|建设|实施|开发(?!区)|打造|运营|组建|共建(?!设)|合建(?!设))"
                   r"(?![\u4e00-\u9fff]{0,4}(?:有限|集团|股份|控股|公司))")
# Between a firm that opens its clause and the project it builds.
RE_SUBJECT_INVESTS: Final = re.compile(r"投资|出资|投建|斥资|拟投|签约|签下|建设|兴建|打造|新建|布局|建立"
                                r"|新上|上马|扩建|落地|摘牌|摘得|竞得")  # (摘牌: the firm acquires the land)
# "X公司将P项目落户Z": the firm puts its project somewhere.
RE_SUBJECT_PUTS: Final = re.compile(r"\s*(?:将|把|拟将|计划将|决定将)\s*")
RE_SENTENCE_BREAK: Final = re.compile(r"[。；;]")  # (between a subject and its project: another sentence)
RE_CLAUSE_BREAK: Final = re.compile(r"[，,。；;]")
RE_AND_OPENING: Final = re.compile(r"^(?:与|和|同)")
RE_PUT_AFTER: Final = re.compile(r"(?:正式|成功)?(?:落户|落地|布局|放在|建在|选址|投放|安排在|迁至|搬迁至)")
# "位于Z的X公司", "新引进的X公司": where the firm is or that it came, said before it.
RE_WHERE_MODIFIER: Final = (r"(?:(?:位于|地处|坐落于|坐落在|落户于?|扎根于?)[^，,。；;]{1,16}?的"
                     r"|(?:新|今年|去年|近年)?(?:引进|落户|签约|招引|入驻)的)?")
# What may stand before a firm that opens its clause: a date, a leading verb of support, 由, a descriptor.
RE_CLAUSE_OPENING: Final = re.compile(
    CLAUSE_DATE + r"(?:支持|推动|引导|鼓励|吸引|引进|引入|招引|由|今年|去年|近日|日前|目前|其中|此外|同时"
    r"|据悉|据了解"
    r"|[^，,。；;、]{0,8}?包括|[^，,。；;、]{0,16}?(?:分别是|分别为)|如)?\s*"  # (…两个项目分别是X投资…)
    + RE_WHERE_MODIFIER + FIRM_DESCRIPTOR)
# A project described, not named, whose investor follows (最大的一个工业项目由X…; not 该项目由, which refers
# back to a named one).
RE_UNNAMED_PROJECT_BY: Final = re.compile(r"(?:(?!该|此|本|这|上述)[^，,。；;、]){0,12}?项目由\s*")
# Who founded the firm, opening its clause: 由A和B合资成立的|C投资建设P (C is the clause's subject).
RE_FOUNDED_BY_OPENING: Final = re.compile(r"\s*由[^，,。；;由]{2,60}?(?:合资|共同出资|出资|投资|共同)?"
                                          r"(?:成立|设立|组建)的\s*")
# The same with a descriptor between the conjunction and the firm (与中国500强企业X公司签约).
RE_SIGN_BEFORE_DESCRIBED: Final = re.compile(r"(?:与|和|同)" + FIRM_DESCRIPTOR + "$")
DESCRIBED_PARTY_WINDOW: Final = 16
# The other party of a firm's signing that is no firm: a government, a committee, a village's collective
# (X集团与Y村经济联合社举行P合作开发签约仪式).
RE_PUBLIC_PARTY: Final = re.compile(r"[^。；;！？，,]{0,16}?(?:人民政府|政府|管委会|委员会|村委会|居委会"
                                    r"|经济联合社|经济合作社|办事处)(?=就|举行|签|共同|正式)")
# "由Z与X签约": the signing is the sentence's account of a project named before.
RE_SIGN_BY: Final = re.compile(r"由[^，,。；;]{2,30}?(?:与|和|同)")
# (A firm's representative may sign for it: 与X集团党委书记、高级副总裁李某签订…)
RE_SIGN_AFTER: Final = re.compile(r"^(?:[^。；;！？，,]{0,16}?(?:就|举行)[^。；;！？，,]{2,40}?"
                           r"|[^。；;！？]{0,12}?"
                           r"|[^。；;！？，,]{0,16}?(?:董事长|总裁|总经理|书记|负责人|主席|总监|经理)"
                           r"[^。；;！？，,]{0,6}?)(?:" + SIGN_OR_COOPERATE + r"|签下|达成|约定|商定)")
# (…与Z举行P签约仪式, …与Z就P举行签约: the other party may stand before 就/举行; 根据协议，Z与X约定，
# 项目总投资…: what the parties agree on is the signing's)
# A parent named only as the owner of an investor (恒信资本旗下X公司): not an investor itself.
RE_PARENT_OF: Final = re.compile(r"^(?:旗下|下属|控股)")
# Between a parent and the firm it owns: 国机集团新近整合建设的全资子公司|中国国机重工…
RE_SUBSIDIARY_BETWEEN: Final = re.compile(r"(?:全资|控股)?" + SUBSIDIARY_NOUN + r"\s*$|旗下的?\s*$"
                                          r"|下属的?\s*$|(?:注册|新|专门|合资|共同出资|出资)?(?:成立|设立|组建)的?\s*$")
# (由X成立Y投资建设, 由A和B合资成立的C投资建设: Y, C)
# The word between a parent firm and its own firm (X集团旗下Y公司, X集团全资子公司Y公司).
RE_PARENT_WORD: Final = re.compile(r"(?:旗下的?|的?(?:下属|所属)(?:的|公司|企业|子公司)?|控股的"
                                   r"|的?(?:全资|控股)?" + SUBSIDIARY_NOUN + ")")
# … or the parent named after 隶属(于) and closed by 的 (隶属伟星集团的|X公司，此次新建P).
RE_BELONGS_OPENING: Final = re.compile(r"(?:隶属于?|从属于)" + FIRM_DESCRIPTOR)
BELONGS_CLOSE: Final = "的"
# Counts or totals between a subject and a project make the amount an aggregate.
RE_AGGREGATE_GAP: Final = re.compile(r"\d+个|[一二三四五六七八九十]+个|等")


def stage_of(f: Found, start: int, end: int) -> str | None:
    """The first stage word (签约, 开工 …) in ``text[start:end]``."""
    m = RE_STAGE.search(f.text, start, end)
    return STAGE_WORDS[m.group()] if m else None



@frame("invests_in.name")
def in_name(f: Found) -> Iterator[Fact]:
    """The firm a project is named after invests in it (上汽大众新能源汽车项目)."""
    for i, m in enumerate(f.mentions):
        if m.type is PROJECT and not m.inner:
            for j in f.inside(i, FIRM) + _named_alike(f, i):
                if f.mentions[j].text == m.text:
                    continue  # (…、合兴服饰、…等13个项目: a listed item that is the firm's name alone)
                sent = f.sentence_of(m.start)
                yield Fact(RelType.INVESTS_IN, j, i, sent, "invests_in.name", 0.75,
                           stage=stage_of(f, m.end, sent.end) or stage_of(f, sent.start, sent.end))
                break


def _named_alike(f: Found, i: int) -> list[int]:
    """The firm a project is written as (金冠食品、桂和堂等项目: the item is the firm's name)."""
    m = f.mentions[i]
    return [j for j in f.between(m.start, m.start + 1, FIRM, inner=True) if f.mentions[j].end == m.end]


@frame("invests_in.by")
def by(f: Found) -> Iterator[Fact]:
    """"P项目由X(与Y共同)投资建设" / "该项目由X实施": every firm in the 由 clause invests in P (the project
    named just before in the sentence, or the last one before the sentence when it refers back to it)."""
    for si, sent in f.sentences_with(FIRM):  # nothing to find in a sentence without a firm
        for mm in RE_BY.finditer(f.text, sent.start, sent.end):
            firms = [j for j in f.between(mm.start("who"), mm.end("who"), FIRM, inner=None)
                     if f.mentions[j].end <= mm.end("who") and not f.mentions[j].inner]
            firms = [j for j in firms
                     if not RE_PARENT_OF.match(f.text[f.mentions[j].end : f.mentions[j].end + 2])]
            firms = [j for n, j in enumerate(firms)  # X集团…的全资子公司Y公司: Y invests, not its parent (nor
                     # A和B合资成立的C: C, not its founders)
                     if not any(RE_SUBSIDIARY_BETWEEN.search(f.text, f.mentions[j].end, f.mentions[k].start)
                                for k in firms[n + 1 :])]
            if not firms:
                continue
            proj = _modified_project(f, sent, mm.end())
            if proj is None and f.text[mm.start() - 1 : mm.start()] == LIST_COMMA and \
                    RE_BY_MODIFIER.match(f.text, mm.end(), sent.end):
                continue  # P1、由X投资1.16亿元的…: an item of its own, whose name was not found; not P1's
            if proj is None:
                proj = _referred_project(f, si, mm.start())
            if proj is None:
                continue
            shared = len(firms) > 1 or _joint(f, mm, firms[0])
            amount = None if shared else _amount_between(f, mm.start(), sent.end, after_verb=mm.end())
            projects = _coordinated_before(f, sent, proj) if f.mentions[proj].end <= mm.start() else [proj]
            for k in projects:  # A和B由X投资建设: both; the amount after the verb is then the pair's
                for j in firms:
                    yield Fact(RelType.INVESTS_IN, j, k, sent, "invests_in.by", 0.9,
                               amount if len(projects) == 1 else None, stage_of(f, sent.start, sent.end),
                               shared)




# After a 由-clause's verb, the rest of a modifier ending in 的 (由X总投资1.16亿元的P).
RE_BY_MODIFIER: Final = re.compile(r"[^。；;！？，,、由]{0,30}?的")


# What ends the clause before a subject: commas, semicolons, colons.
CLAUSE_MARKS: Final = "，,；;：:"


def _opens_clause(f: Found, sent_start: int, pos: int) -> bool:
    k = max(f.text.rfind(c, sent_start, pos) for c in CLAUSE_MARKS)
    lo = k + 1 if k >= 0 else sent_start
    item = f.text.rfind(LIST_COMMA, lo, pos)
    if item > 0 and any(f.mentions[i].end == item for i in f.between(lo, item, PROJECT)):
        lo = item + 1  # 包括A在Z投资建设P1、B投资…建设P2: a list of clauses, each ending in its project
    for j in f.between(lo, pos, FIRM):
        pm = f.mentions[j]
        parent = RE_PARENT_WORD.match(f.text, pm.end, pos)
        if parent is not None and parent.end() == pos and \
                RE_CLAUSE_OPENING.fullmatch(f.text[lo : pm.start]):
            return True  # 鑫达集团旗下|X公司投资…: the parent firm and its word open the clause with it
        if f.text[pm.end : pos] == BELONGS_CLOSE and RE_BELONGS_OPENING.fullmatch(f.text, lo, pm.start):
            return True  # 隶属伟星集团的|X公司…
    if RE_UNNAMED_PROJECT_BY.fullmatch(f.text, lo, pos) and not f.between(lo, pos, PROJECT):
        return True  # 最大的一个工业项目由|X集团投资30亿元，在Z设立P: no name before, the firm is the subject
    at = pos
    for j in reversed(f.between(lo, pos, PLACE, PARK)):
        if f.mentions[j].end != at:
            break
        at = f.mentions[j].start
    if at < pos and RE_CLAUSE_OPENING.fullmatch(f.text[lo:at]):
        return True  # 黄骅市|X公司投资…, 景德镇高新区|X公司投资…: the places or the zone written right before
        # the firm (where it is) open the clause
    return RE_CLAUSE_OPENING.fullmatch(f.text[lo:pos]) is not None or \
        RE_FOUNDED_BY_OPENING.fullmatch(f.text, lo, pos) is not None


# A numbered item that opens with its firm (1、X有限公司，P项目；) and what joins the firm to its project.
RE_ITEM_FIRM: Final = re.compile(r"\s*" + ENUMERATOR + r"\s*")
ITEM_GLUE: Final = frozenset({"，", ",", "：", ":"})
# Prepositions that make the name after them a setting.
SETTING_PREPOSITIONS: Final = frozenset("在于")
# … unless the 于 ends a verb of purpose (投资10亿元用于P: what the money is for).
PURPOSE_VERBS: Final = ("用于", "专用于", "主要用于")


# X投资20亿元的[P1]、Y投资14亿元的P2: an item of a list between the subject and the project (the subject's
# own project was not found) — the project is another item's.
RE_OWN_ITEM_BETWEEN: Final = re.compile(r"的[^，,。；;、]{2,30}、[^，,。；;、]{0,12}?投资")


# Between a subject and the firm it joins with to build (X拟联合Y等企业在Z建设P; X携手Y…).
RE_PARTNER_GLUE: Final = re.compile(r"\s*(?:拟|将|计划|准备)?(?:联合|携手|联手)\s*")


@frame("invests_in.subject")
def subject(f: Found) -> Iterator[Fact]:
    """"恒岳集团拟投资3亿元,建设P项目", "X公司在Y投资建设P": a firm that opens its clause invests in the
    first project it builds later in the sentence; an amount between them is that firm's."""
    for _, sent in f.sentences_with(FIRM):  # nothing to find in a sentence without a firm
        firms = [j for j in f.in_sentence(sent, FIRM) if _opens_clause(f, sent.start, f.mentions[j].start)]
        for j in firms:
            fm = f.mentions[j]
            # a project after 在/于 is where the firm builds (在智造小镇建设P), not what it builds
            projects = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= fm.end and
                        (f.text[f.mentions[i].start - 1] not in SETTING_PREPOSITIONS or
                         f.text.endswith(PURPOSE_VERBS, 0, f.mentions[i].start))]
            others = [k for k in f.in_sentence(sent, FIRM) if k != j and f.mentions[k].start > fm.end]
            partners = [k for k in others[:1]
                        if RE_PARTNER_GLUE.fullmatch(f.text, fm.end, f.mentions[k].start)]
            for i in projects[:1]:
                pm = f.mentions[i]
                if any(f.mentions[k].start < pm.start for k in others if k not in partners) or any(
                        f.mentions[k].text not in fm.text for k in f.inside(i, FIRM)):
                    break  # (a project named after the subject's own brand is still its: 天津中兴…公司…中兴P)
                gap = f.text[fm.end : pm.start]
                opening = max(sent.start, *(f.text.rfind(c, sent.start, fm.start) + 1 for c in "：:"))
                item = gap.strip() in ITEM_GLUE and RE_ITEM_FIRM.fullmatch(f.text, opening, fm.start)
                puts = RE_SUBJECT_PUTS.fullmatch(gap) and RE_PUT_AFTER.match(f.text, pm.end)
                if not (item or puts or RE_SUBJECT_INVESTS.search(gap)) or RE_SENTENCE_BREAK.search(gap) or \
                        RE_OWN_ITEM_BETWEEN.search(gap) or _closes_bracket(gap):
                    break  # an item of a numbered list, "2、X有限公司，年产…项目", names its firm and project
                items = _listed_from(f, sent, i)
                amount = None if RE_AGGREGATE_GAP.search(gap) or len(items) > 1 else \
                    _amount_between(f, fm.end, pm.start)
                more = same_subject_after(f, sent, items[-1])  # …建设P1，在Z投资N亿元建设P2
                more += [(k, None) for k in semicolon_items(f, sent, items)]  # …两个项目：A，…；B，…。
                for k, own in [(k, amount) for k in items] + more:  # X投资70亿元的A、B和C3个项目: every
                    # item, and the total is the list's
                    for who in (j, *partners):  # X拟联合Y等企业…建设P: the partner too, no amount
                        yield Fact(RelType.INVESTS_IN, who, k, sent, "invests_in.subject", 0.75,
                                   None if partners else own, stage_of(f, sent.start, sent.end),
                                   bool(partners))


def _closes_bracket(gap: str) -> bool:
    """Whether ``gap`` closes a bracket it did not open (P（…，X投资）、Q: the firm was inside P's
    brackets)."""
    depth = 0
    for c in gap:
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
            if depth < 0:
                return True
    return False


# What joins the items of a list of projects.


def _listed_from(f: Found, sent: Span, i: int) -> list[int]:
    """Project ``i`` and the projects listed right after it (A、B和C), in order; an item named after a firm of
    its own (A、Y公司B项目) ends the list."""
    out = [i]
    for k in f.in_sentence(sent, PROJECT):
        if f.mentions[k].start > f.mentions[out[-1]].start and \
                f.text[f.mentions[out[-1]].end : f.mentions[k].start] in LIST_GLUES:
            if f.inside(k, FIRM):
                break
            out.append(k)
    return out


# A firm's officer and name after it, signing for it (X公司董事长王明与…签署).
RE_REPRESENTED_BY: Final = re.compile(r"的?(?:董事长|副董事长|总经理|副总经理|总裁|副总裁|执行总裁|负责人"
                                      r"|创始人|党委书记|首席执行官|CEO)[\u4e00-\u9fff·]{0,4}?(?=[与和同])")


@frame("invests_in.signing")
def signing(f: Found) -> Iterator[Fact]:
    """"Z政府/县与X公司签署P项目投资协议", "X公司与Z(县, 开发区)签约P", "X与Z签订协议,投资N亿元建设P": the
    firm party invests in the project signed."""
    for si, sent in f.sentences_with(FIRM):  # nothing to find in a sentence without a firm
        for j in f.in_sentence(sent, FIRM):
            fm = f.mentions[j]
            before = f.text[max(sent.start, fm.start - DESCRIBED_PARTY_WINDOW) : fm.start]
            after = f.text[fm.end : sent.end]
            if RE_SIGN_BEFORE_DESCRIBED.search(before):
                yield from _listed_parties(f, sent, j)  # Z与A公司、B公司签订P: each of them
            party = RE_SIGN_BEFORE_DESCRIBED.search(before) and RE_SIGN_AFTER.match(after)
            if not party:
                rep = RE_REPRESENTED_BY.match(after)  # X公司董事长某某与Z…签署: the firm's officer signs
                lead = rep.end() if rep is not None else 0
                nxt = RE_AND_OPENING.match(after[lead:])
                if not (nxt and RE_SIGN_AFTER.match(after[lead + 1 :]) and (
                        any(f.mentions[k].type in (PLACE, PARK)
                            for k in f.between(fm.end + lead + 1, fm.end + lead + 12)) or
                        RE_PUBLIC_PARTY.match(after, lead + 1))):
                    continue
            projects = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= fm.end]
            if projects:
                i = projects[0]
                if not any(f.mentions[k].start < f.mentions[i].start for k in f.in_sentence(sent, FIRM)
                           if k != j and f.mentions[k].start > fm.end):
                    # Z与X合作，协议引进资金40亿元，建设P: what the firm brings between it and the project
                    # (not when P opens a list: 建设A、B等5个项目 shares it)
                    items = _listed_from(f, sent, i)  # (…签订协议，涉及A项目和B项目: both are the firm's)
                    amount = None if RE_LIST_AFTER.match(f.text, f.mentions[i].end, sent.end) or \
                        len(items) > 1 else _amount_between(f, fm.end, f.mentions[i].start)
                    for k in items:
                        yield Fact(RelType.INVESTS_IN, j, k, sent, "invests_in.signing", 0.75, amount, "签约")
            elif RE_SIGN_BY.search(f.text, max(sent.start, fm.start - 40), fm.start):
                # 该项目…由台江县人民政府与水发集团有限公司签约: the project the sentence refers back to
                ref = _referred_project(f, si, fm.start)
                if ref is not None:
                    yield Fact(RelType.INVESTS_IN, j, ref, sent, "invests_in.signing", 0.7, None, "签约")


# The first party of such a signing, a government (…人民政府与A、B签订P), and the word after it.
RE_PUBLIC_BEFORE: Final = re.compile(r"(?:人民政府|政府|管委会|委员会)$")
PARTY_AND: Final = "与"
# What joins the firms of one party of a signing (Z与A公司、B公司签订P).
RE_PARTY_LIST_GLUE: Final = re.compile(r"\s*(?:、|和|及|以及)\s*")


def _listed_parties(f: Found, sent: Span, j: int) -> Iterator[Fact]:
    """Z与A、B签订P: when the firm ``j`` after 与 opens a list of firms the signing verb follows, each of them
    invests in the first project after (no amount: several share it)."""
    group = [j]
    pos = f.mentions[j].end
    for k in f.in_sentence(sent, FIRM):
        m = f.mentions[k]
        if m.start < pos:
            continue
        if not RE_PARTY_LIST_GLUE.fullmatch(f.text, pos, m.start):
            break
        group.append(k)
        pos = m.end
    if len(group) < 2 or not RE_SIGN_AFTER.match(f.text[pos : sent.end]):
        return
    conj = f.text.rfind(PARTY_AND, sent.start, f.mentions[j].start)
    if conj < 0 or not (RE_PUBLIC_BEFORE.search(f.text, sent.start, conj) or
                        any(f.mentions[k].end == conj for k in f.between(sent.start, conj, PLACE, PARK))):
        return  # (the first party is a government, a place or a park: the firms listed are the investors)
    projects = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= pos]
    if projects and not f.between(pos, f.mentions[projects[0]].start, FIRM):
        for k in group:
            yield Fact(RelType.INVESTS_IN, k, projects[0], sent, "invests_in.signing", 0.7, None, "签约")


def _topic_firm(f: Found, si: int, pos: int, sole: bool = False) -> int | None:
    """The firm "该公司" at ``pos`` refers to: the first firm of its sentence before it, else of the nearest
    of the two sentences before that names one (the subject, not a parent named in its predicate). With
    ``sole``, None where that sentence names several firms or speaks of another (X是该公司的客户)."""
    for k in range(si, max(-1, si - 3), -1):
        s = f.sentences[k]
        firms = [j for j in f.between(s.start, min(s.end, pos), FIRM) if not f.mentions[j].inner]
        if firms:
            if sole and (len({f.mentions[j].text for j in firms}) > 1 or
                         RE_FIRM_ANAPHOR.search(f.text, f.mentions[firms[0]].end, min(s.end, pos))):
                return None
            return firms[0]
    return None


# Another firm a sentence refers to after naming one (宁德时代是该公司的主要客户).
RE_FIRM_ANAPHOR: Final = re.compile(r"(?:该|这家|此)(?:公司|企业|集团)")
