"""INVESTS_IN from a joint investment: "A公司与B公司合资建设P", "A和B共同投资P", "A与B…签约，双方共同
出资…建设P": each firm invests in P (several investors: no amount for either)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.invests import RE_CLAUSE_BREAK, _opens_clause, stage_of
from kg.extract.mentions import FIRM, PROJECT, Found
from kg.extract.vocab import LIST_COMMA
from kg.model import RelType

# "A与B合资建设P", "A和B共同投资P": two firms that open their clause together invest in what follows.
RE_JOINT_PARTNER: Final = re.compile(r"^(?:将|拟)?(?:与|和|及|同)$")
# "A与B…签约，双方共同出资…", "…与A、B签订投资协议，两家企业将在园区合资建设P": the parties named before,
# referred back to (as many as counted), invest together, whoever they signed with.
RE_COUNTED_PARTIES_INVEST: Final = re.compile(r"[，,](?:签约)?"
                                              r"(?:双方|两企业?|(?P<count>两|三)家(?:企业|公司))"
                                              r"(?:将|拟|计划)?(?:在[^，,。；;]{1,12}?)?(?:共同|联合)?"
                                              r"(?:出资|投资|合资)")
RE_JOINT_INVESTS = re.compile(r"(?:一起|一道)?[，,]?(?:将|拟|计划)?(?:共同|联合)?"
                              r"(?:合资|出资|投资|投建|合作|共建|合建)(?:建设|兴建|打造|设立)?")
# What may stand between a joint investment and the project after a comma: the amount, then what it builds
# ("A和B共同投资8亿元，建设P").
RE_JOINT_THEN_BUILD: Final = re.compile(r"[^，,。；;]*[，,](?:主要|计划|拟|将|分期)?"
                                        r"(?:(?:共同)?投资[^，,。；;]{1,16}?)?(?:在[^，,。；;]{2,16}?)?(?:建设|新建|打造|实施|投资建设|用于建设|兴建)[“\"]?")


PARTNER_LIST_GLUES: Final = frozenset({"、", "和", "及", "以及"})


def _glued(f: Found, a: int, b: int) -> bool:
    """Whether firm ``b`` is listed right after firm ``a`` (A、B; A和B)."""
    return f.text[f.mentions[a].end : f.mentions[b].start] in PARTNER_LIST_GLUES


@frame("invests_in.joint")
def joint(f: Found) -> Iterator[Fact]:
    """"A公司与B公司合资建设P": both firms invest in P (several investors: no amount for either)."""
    for _, sent in f.sentences_with(FIRM):  # nothing to find in a sentence without a firm
        firms = f.in_sentence(sent, FIRM)
        for n, (a, b) in enumerate(zip(firms, firms[1:], strict=False)):
            ma, mb = f.mentions[a], f.mentions[b]
            if not RE_JOINT_PARTNER.match(f.text[ma.end : mb.start]):
                continue
            first = n
            while first > 0 and f.text[f.mentions[firms[first - 1]].end : f.mentions[firms[first]].start] == \
                    LIST_COMMA:
                first -= 1  # A、B与C共建P: all three are partners
            if not _opens_clause(f, sent.start, f.mentions[firms[first]].start):
                continue
            last = n + 1
            while last + 1 < len(firms) and _glued(f, firms[last], firms[last + 1]):
                last += 1  # A与B、C一起投资: all three are partners
            mb = f.mentions[firms[last]]
            both = RE_COUNTED_PARTIES_INVEST.search(f.text, mb.end, sent.end) \
                if len(firms) == last + 1 else None
            if not RE_JOINT_INVESTS.match(f.text, mb.end, sent.end) and both is None:
                continue
            after = both.end() if both is not None else mb.end  # …签约，双方共同出资…建设P
            projects = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= after]
            gap = f.text[mb.end : f.mentions[projects[0]].start] if projects else ""
            if projects and (both is not None or not RE_CLAUSE_BREAK.search(gap) or
                             RE_JOINT_THEN_BUILD.fullmatch(gap) is not None):
                for j in (*firms[first:n], a, *firms[n + 1 : last + 1]):
                    yield Fact(RelType.INVESTS_IN, j, projects[0], sent, "invests_in.joint", 0.75, None,
                               stage_of(f, sent.start, sent.end))


PARTY_COUNTS: Final = {None: 2, "两": 2, "三": 3}


JOINT_PARTIES_FRAME: Final = "invests_in.joint_parties"


@frame(JOINT_PARTIES_FRAME)
def joint_parties(f: Found) -> Iterator[Fact]:
    """"X与A、B签订投资协议，两家企业将在园区合资建设P": the firms listed right before (as many as counted)
    invest in the first project after (several investors: no amount)."""
    for _, sent in f.sentences_with(FIRM, PROJECT):
        for mm in RE_COUNTED_PARTIES_INVEST.finditer(f.text, sent.start, sent.end):
            firms = [j for j in f.in_sentence(sent, FIRM) if f.mentions[j].end <= mm.start()]
            want = PARTY_COUNTS.get(mm.group("count"), 2)
            if len(firms) < want or any(not _glued(f, a, b) for a, b in zip(firms[-want:], firms[-want + 1 :],
                                                                             strict=False)):
                continue
            projects = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].start >= mm.end()]
            if projects and not RE_CLAUSE_BREAK.search(f.text, mm.end(), f.mentions[projects[0]].start):
                stage, p = stage_of(f, sent.start, sent.end), projects[0]
                for j in firms[-want:]:
                    yield Fact(RelType.INVESTS_IN, j, p, sent, JOINT_PARTIES_FRAME, 0.7, None, stage)
