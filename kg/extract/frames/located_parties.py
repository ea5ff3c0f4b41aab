"""LOCATED_IN frames from the parties of a text: a pair written Z(P) or P(Z), the place or park that signs
for a project (Z与X公司签约P), and where a firm says it is based (位于Z的X公司, X公司总部位于Z)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.invests import RE_REPRESENTED_BY
from kg.extract.frames.located import RE_PAIR, _chain_end
from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Found, Mention
from kg.extract.pretest import Starting
from kg.extract.text import Span
from kg.extract.vocab import SIGN_OR_COOPERATE, SIGN_VERBS
from kg.model import RelType

# The officials who sign for a place or park, and a name of theirs (芜湖市市长王明与X…签署).
OFFICIAL_TITLES: Final = (r"(?:[县市区州省]委|党工委)?(?:副)?书记[\u4e00-\u9fff·]{0,3}?"
                          r"|(?:常务)?(?:副)?(?:市长|区长|县长|州长|省长|镇长|乡长|主任)[\u4e00-\u9fff·]{0,3}?")
# "Z(政府)与X公司签约P": a place or park that signs with a firm hosts the project signed.
RE_SIGNED_AFTER: Final = re.compile(r"[^。；;！？，,]{0,6}?" + SIGN_VERBS)
# (太康|县政府与…: jieba and the gazetteer leave a county's unit character on its government's word.)
# (an official signs within the clause: one who meets a firm and, after a comma, witnesses others signing is
# no party: 省长…与X董事长座谈，并见证Z与X签署)
RE_SIGNING_PARTY: Final = Starting(re.compile(r"[县市区州省镇乡]?(?:人民政府|政府|管委会|党工委)?"
                              r"(?:(?:" + OFFICIAL_TITLES + r")(?:与|和|同)(?:(?!见证)[^。；;！？，,]){2,40}?"
                              r"|(?:与|和|同)[^。；;！？]{2,40}?)" + SIGN_OR_COOPERATE),
                                  "与主乡书人党副区县同和州市常政省管镇")
# What a signing is about, before the project inside it: Z与X就P签订协议, Z与X举行(投资兴建)P签约仪式.
RE_SIGNED_ABOUT: Final = re.compile(r"(?:就|举行)[^。；;！？，,]{0,8}$")
# The signing right after the project it is of: Z与X公司P项目(正式)签约.
RE_SIGNED_RIGHT_AFTER: Final = re.compile(r"\s*(?:正式|成功|顺利|现场|集中)?" + SIGN_VERBS)
# "X是Y在Z投资设立的(控股)子公司": the firm is based in Z.
RE_FIRM_SEAT: Final = re.compile(r"在$")
RE_FIRM_SEAT_AFTER: Final = re.compile(r"^(?:投资)?(?:设立|成立|注册成立|组建)")
RE_IS_AFTER: Final = re.compile(r"^是")
# Sentences that say a firm is local: "X等本地企业", "当地打火机企业如X".
RE_LOCAL_FIRMS: Final = re.compile(r"本地|当地|我县|我市|我区|我镇|本土")

@frame("located_in.pair")
def pair(f: Found) -> Iterator[Fact]:
    """"长沙县(星沙经开区)": a place and a park written as one another -> the park is in the place."""
    top = [i for i, m in enumerate(f.mentions) if not m.inner and m.type in (PARK, PLACE)]
    for a, b in zip(top, top[1:], strict=False):
        ma, mb = f.mentions[a], f.mentions[b]
        if RE_PAIR.match(f.text[ma.end : mb.start]) and f.text[mb.end : mb.end + 1] in (")", "）"):
            if ma.type is PLACE and mb.type is PARK:
                yield Fact(RelType.LOCATED_IN, b, a, f.sentence_of(ma.start), "located_in.pair", 0.85)
            elif ma.type is PARK and mb.type is PLACE:
                yield Fact(RelType.LOCATED_IN, a, b, f.sentence_of(ma.start), "located_in.pair", 0.85)


@frame("located_in.signing")
def signing(f: Found) -> Iterator[Fact]:
    """"Z与X公司签约P项目", "Z人民政府与X公司签署P投资协议", "X公司与Z签订协议,投资N亿元建设P": the place
    or park that signs hosts the project signed in that sentence."""
    for si, sent in f.sentences_with(PARK, PLACE):  # nothing to find without a park or place
        for j in f.in_sentence(sent, PARK, PLACE):
            z = f.mentions[j]
            mm = RE_SIGNING_PARTY.match(f.text, z.end, sent.end)
            if not mm and f.text[z.start - 1 : z.start] in ("与", "和", "同") and \
                    any(f.mentions[k].end == z.start - 1 or
                        (rep := RE_REPRESENTED_BY.match(f.text, f.mentions[k].end, z.start)) is not None and
                        rep.end() == z.start - 1 for k in f.in_sentence(sent, FIRM)):
                # X公司与Z签订协议,…建设P (Z a chain of places: 长春市朝阳区人民政府签署的P)
                mm = RE_SIGNED_AFTER.match(f.text, f.mentions[_chain_end(f, j)].end, sent.end)
            if not mm or mm.group().endswith(COOPERATE) and not _cooperates_with_firm(f, z, mm.end(), sent):
                continue
            yield from _signed_in(f, sent, z, mm.end(), _chain_end(f, j))
            if mm.re is RE_SIGNING_PARTY.regex:  # Z与A签约P: Z goes on signing in the clauses after
                yield from _parallel_signings(f, si, _chain_end(f, j))
            break


COOPERATE: Final = "合作"
# A site the sentence states for what it builds (…，华为公司在贵安新区建设P): not the cooperating party's.
RE_STATED_SITE: Final = re.compile(r"在[\u4e00-\u9fff]{2,12}?(?:投资|建设|新建|兴建|打造)")


def _cooperates_with_firm(f: Found, z: Mention, end: int, sent: Span) -> bool:
    """Z与X公司合作，…建设P signs for P only when a firm is the other party (not 长沙经开区与湘潭经开区合作)
    and the sentence states no other site (…，X在贵安新区建设P)."""
    return bool(f.between(z.end, end, FIRM)) and not RE_STATED_SITE.search(f.text, end, sent.end)


def _signed_in(f: Found, sent: Span, z: Mention, signed: int, host: int) -> Iterator[Fact]:
    """The first project of the sentence signed (after the signing, or what it is about:
    Z与X就P项目签订协议); with none, the first of the next sentence when it goes on about the agreement or
    the firm and names no site of its own (Z与X公司签订投资协议。根据协议，该公司将投资5亿元建设P)."""
    for i in f.in_sentence(sent, PROJECT):
        p = f.mentions[i]
        if p.start >= signed or z.end < p.start < signed and (
                RE_SIGNED_ABOUT.search(f.text, z.end, p.start) or
                RE_SIGNED_RIGHT_AFTER.fullmatch(f.text, p.end, signed)):
            yield Fact(RelType.LOCATED_IN, i, host, sent, "located_in.signing", 0.7)
            return
    if f.in_sentence(sent, PROJECT):
        return
    k = f.sentence_index(sent.start) + 1
    if k >= len(f.sentences):
        return
    nxt = f.sentences[k]
    if f.in_sentence(nxt, PARK, PLACE) or not RE_AGREEMENT_GOES_ON.match(f.text, nxt.start, nxt.end) or \
            RE_STATED_SITE.search(f.text, nxt.start, nxt.end):
        return  # (…该公司将在匈牙利建设P: a site of its own, known place or not)
    projects = f.in_sentence(nxt, PROJECT)
    if projects:
        yield Fact(RelType.LOCATED_IN, projects[0], host, nxt, "located_in.signing", 0.6)


# The sentence after a signing that goes on about it: what was agreed, or what the firm is to do.
RE_AGREEMENT_GOES_ON: Final = re.compile(r"\s*(?:根据|按照|依据|按)(?:投资)?(?:协议|合同)"
                                         r"|\s*(?:协议|合同)约定|\s*(?:该|此)(?:公司|企业|集团)"
                                         r"|\s*(?:该|此|本)?项目(?:由|计划|拟|将|总投资)")


# Parallel clauses after "Z与A签约P": "；与B签约Q；与C签约R" go on with Z's signings.
RE_PARALLEL_BREAK: Final = re.compile(r"[；;]\s*$")


def _parallel_signings(f: Found, si: int, host: int) -> Iterator[Fact]:
    for k in range(si + 1, len(f.sentences)):
        sent = f.sentences[k]
        if not RE_PARALLEL_BREAK.search(f.text, max(0, sent.start - 2), sent.start) or \
                f.in_sentence(sent, PARK, PLACE):
            return
        mm = RE_SIGNING_PARTY.match(f.text, sent.start, sent.end)
        if mm is None:
            return
        yield from _signed_in(f, sent, f.mentions[host], mm.end(), host)


# Where a firm says it is: "X公司(总部)位于Z", "位于Z的X公司", "来自Z的X公司".
RE_SEAT_AFTER_FIRM: Final = re.compile(r"(?:总部|注册地)?(?:位于|坐落于|地处|设在)$")
# X位于Z的P: what follows the place is the firm's work (a project, a plant), sited there.
SITE_OF_WORK: Final = "的"
SEAT_WORDS: Final = ("总部", "企业总部", "公司总部", "集团总部")
RE_SEAT_OPENER: Final = re.compile(r"(?:位于|地处|坐落于|来自|总部位于|总部在)$")


def _stated_seat(f: Found, m: Mention, sent: Span) -> int | None:
    """The place a sentence says a firm is in or from (places only: a firm's seat is no park)."""
    nxt = next(iter(f.between(m.end, m.end + 8, PLACE, PARK)), None)
    if nxt is not None and f.mentions[nxt].type is PLACE and \
            RE_SEAT_AFTER_FIRM.match(f.text, m.end, f.mentions[nxt].start):
        end = _chain_end(f, nxt)
        after = f.mentions[end].end
        if f.text.startswith(SITE_OF_WORK, after) and \
                not f.text.startswith(SEAT_WORDS, after + len(SITE_OF_WORK)):
            return None  # X位于Z的P / 的生产基地: the firm's work is there, not the firm (its 总部 is)
        return end
    prev = [j for j in f.between(max(sent.start, m.start - 16), m.start, PLACE, PARK)]
    if prev and f.mentions[prev[-1]].type is PLACE and f.text[f.mentions[prev[-1]].end : m.start] == "的":
        opener = f.text[max(sent.start, f.mentions[prev[0]].start - 4) : f.mentions[prev[0]].start]
        if RE_SEAT_OPENER.search(opener):
            return prev[-1]
    return None


@frame("located_in.firm")
def firm_seat(f: Found) -> Iterator[Fact]:
    """"X是Y在Z投资设立的子公司" -> X is based in Z; "A、B等本地企业" -> in the document's region."""
    for i, m in enumerate(f.mentions):
        if m.type is not FIRM or m.inner:
            continue
        sent = f.sentence_of(m.start)
        for j in f.between(m.end, sent.end, PLACE):
            n = f.mentions[j]
            if RE_FIRM_SEAT.search(f.text[max(m.end, n.start - 1) : n.start]) and \
                    RE_FIRM_SEAT_AFTER.match(f.text[n.end : n.end + 8]) and \
                    RE_IS_AFTER.search(f.text[m.end : m.end + 1]):
                yield Fact(RelType.LOCATED_IN, i, j, sent, "located_in.firm", 0.7)
                break
        seat = _stated_seat(f, m, sent)
        if seat is not None:
            yield Fact(RelType.LOCATED_IN, i, seat, sent, "located_in.firm", 0.7)
        if f.region_index is not None and m.rule in ("firm.list", "firm.example"):
            window = f.text[max(sent.start, m.start - 12) : min(sent.end, m.end + 16)]
            if RE_LOCAL_FIRMS.search(window):
                yield Fact(RelType.LOCATED_IN, i, f.region_index, sent, "located_in.firm", 0.7)
