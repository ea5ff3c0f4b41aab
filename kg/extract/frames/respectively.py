"""INVESTS_IN and LOCATED_IN from 分别 ("respectively"): firms (or sites) listed and projects listed in the
same order, paired item by item ("A公司、B公司分别投资5亿元和3亿元建设P1和P2", "Z分别与A公司、B公司签订了P1和
P2项目", "P1、P2和P3，分别落户X、Y和Z")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.invests import stage_of
from kg.extract.frames.located import RE_LIST_GLUE
from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Found
from kg.extract.vocab import RESPECTIVELY, TOTAL_CUE_WORDS
from kg.model import RelType

# Between 分别 and the firms it pairs: "分别与" (Z分别与A、B签订…).
RE_WITH_AFTER: Final = re.compile(r"\s*(?:同|与|和)")
# Between the firms and their projects, the verb of investing or signing (and the amounts in order).
PAIRING_VERBS: Final = r"(?:投资|投建|建设|兴建|新建|签订|签署|签约|落户|引进)"
RE_PAIRING_VERB: Final = re.compile(PAIRING_VERBS)
# What makes the firms build together, whatever 分别 pairs (分别持股…，共同投资): no pairing.
RE_NOT_PAIRED: Final = re.compile(r"共同|联合|合资|携手|持股|占股")
# Right after "A、B分别": the verb it pairs the firms with their projects by (and the amounts on the way).
RE_PAIRING_NEXT: Final = re.compile(r"(?:计划|拟|将|已)?" + PAIRING_VERBS)
MIN_PAIRS: Final = 2
# After the projects, their amounts in the same order (…P1、P2，投资额分别为45亿元、32亿元).
RE_AMOUNTS_AFTER: Final = re.compile(r"\s*[，,]\s*(?:计划|拟|协议)?(?:" + TOTAL_CUE_WORDS + r"|投资)(?:额)?"
                                     r"(?:分别为|分别是|分别达|分别)\s*")
LIST_MARKS: Final = ("、",)  # before the first firm: an item of the list that was not found


def _joined(f: Found, idxs: list[int], k: int, step: int) -> list[int]:
    """The list of mentions in ``idxs`` that ``idxs[k]`` opens (``step`` 1) or closes (``step`` -1): each next
    one joined to it by a list glue only; in text order."""
    out = [idxs[k]]
    while 0 <= k + step < len(idxs):
        a, b = sorted((idxs[k], idxs[k + step]))
        if not RE_LIST_GLUE.fullmatch(f.text[f.mentions[a].end : f.mentions[b].start]):
            break
        k += step
        out.append(idxs[k])
    return out if step > 0 else out[::-1]


@frame("invests_in.respectively")
def respectively(f: Found) -> Iterator[Fact]:
    """A list of firms and a list of projects of the same length, 分别 between or before them: the n-th firm
    invests in the n-th project (the n-th amount of a list of as many, when one stands between)."""
    for _, sent in f.sentences_with(FIRM):
        at = f.text.find(RESPECTIVELY, sent.start, sent.end)
        if at < 0:
            continue
        firms = f.in_sentence(sent, FIRM)
        projects = f.in_sentence(sent, PROJECT)
        if len(firms) < MIN_PAIRS or len(projects) < MIN_PAIRS:
            continue
        before = [j for j in firms if f.mentions[j].end <= at]
        if before and f.mentions[before[-1]].end == at:  # A、B分别投资…
            listed = _joined(f, firms, firms.index(before[-1]), -1)
            verb_from = at
        elif RE_WITH_AFTER.match(f.text, at + len(RESPECTIVELY)):  # Z分别与A、B签订…
            nxt = [j for j in firms if f.mentions[j].start > at]
            if not nxt or f.mentions[nxt[0]].start - at > len(RESPECTIVELY) + 1:
                continue
            listed = _joined(f, firms, firms.index(nxt[0]), 1)
            verb_from = f.mentions[listed[-1]].end
        else:
            continue
        later = [i for i in projects if f.mentions[i].start > verb_from]
        if not later or not RE_PAIRING_VERB.search(f.text, verb_from, f.mentions[later[0]].start) or \
                RE_NOT_PAIRED.search(f.text, at, f.mentions[later[0]].start) or \
                verb_from == at and not RE_PAIRING_NEXT.match(f.text, at + len(RESPECTIVELY)):
            continue  # (分别持股60%和40%，共同投资建设A和B: 分别 pairs the shares; both build both)
        works = _joined(f, projects, projects.index(later[0]), 1)
        if len(works) != len(listed) or RE_LIST_GLUE.match(f.text, f.mentions[works[-1]].end) or \
                f.text[f.mentions[listed[0]].start - 1 : f.mentions[listed[0]].start] in LIST_MARKS:
            continue  # (a list that goes on with an item no name was found for: the order is not known)
        amounts = [k for k, a in enumerate(f.amounts) if verb_from <= a.start < f.mentions[works[0]].start]
        if not amounts:
            amounts = _amounts_after(f, f.mentions[works[-1]].end, sent.end, len(works))
        for n, (j, i) in enumerate(zip(listed, works, strict=True)):
            yield Fact(RelType.INVESTS_IN, j, i, sent, "invests_in.respectively", 0.8,
                       amounts[n] if len(amounts) == len(works) else None, stage_of(f, sent.start, sent.end))


def _amounts_after(f: Found, pos: int, end: int, n: int) -> list[int]:
    """The ``n`` amounts listed right after the projects that end at ``pos`` (，投资额分别为A、B), or none (a
    list of another length)."""
    cue = RE_AMOUNTS_AFTER.match(f.text, pos)
    if cue is None:
        return []
    out: list[int] = []
    at = cue.end()
    for k, a in enumerate(f.amounts):
        if a.start < at or a.start >= end:
            continue
        if a.start != at and not RE_LIST_GLUE.fullmatch(f.text[at : a.start].strip()):
            break
        out.append(k)
        at = a.end
    return out if len(out) == n else []


# Right after 分别: a verb of where things are (A、B，分别落户X、Y), or 在/于 before the sites where they are
# built or opened (A和B分别在X和Y开工: only places and parks are paired, so 分别在2022年 pairs nothing).
RE_SITED_NEXT: Final = re.compile(r"(?:落户|位于|落地|布局|建在|坐落|选址|入驻|分布)(?:于|在|到)?|在|于")
LOCATED_RESPECTIVELY: Final = "located_in.respectively"


@frame(LOCATED_RESPECTIVELY)
def located_respectively(f: Found) -> Iterator[Fact]:
    """"P1、P2和P3，分别落户X、Y和Z": a list of projects right before 分别 and a list of as many sites right
    after its verb: the n-th project is in the n-th site."""
    for _, sent in f.sentences_with(PROJECT):
        at = f.text.find(RESPECTIVELY, sent.start, sent.end)
        verb = RE_SITED_NEXT.match(f.text, at + len(RESPECTIVELY)) if at >= 0 else None
        if verb is None:
            continue
        projects = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].end <= at]
        sites = [j for j in f.in_sentence(sent, PARK, PLACE) if f.mentions[j].start >= verb.end()]
        if not projects or not sites or f.text[f.mentions[projects[-1]].end : at].strip("，, ") or \
                f.mentions[sites[0]].start != verb.end():
            continue
        works = _joined(f, projects, len(projects) - 1, -1)
        places = _joined(f, sites, 0, 1)
        if len(works) >= MIN_PAIRS and len(works) == len(places):
            for i, j in zip(works, places, strict=True):
                yield Fact(RelType.LOCATED_IN, i, j, sent, LOCATED_RESPECTIVELY, 0.8)
