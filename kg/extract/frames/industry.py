"""IN_INDUSTRY frames: a project or firm is in the industry its name says (锂离子动力电池项目 -> 动力电池) or
the sentence is about (X产业集群…力促Y上市; 以Y为龙头的X业; 发展X产业,建设A、B; A、B等X百强企业)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.cues import SentenceCues
from kg.extract.frames import Fact, frame
from kg.extract.mentions import FIRM, INDUSTRY, PROJECT, Found, Mention
from kg.extract.text import Span
from kg.lexicon.matcher import Hit
from kg.model import RelType

# "以酒鬼酒公司为龙头的白酒业", "X产业集群", "发展X产业", "X产业引进…", "等X百强企业": the industry word a
# sentence is about, by its frame (group name). Each frame with the words its matches hold as written: a
# sentence without a frame's words cannot hold that frame (tests/test_cues.py checks them against the
# patterns), so only the frames whose words it holds are looked for there.
INDUSTRY_FRAMES: Final = (
    (r"(?:以[^，,。；;]{2,20}?为(?:龙头|引领|核心|主导)的(?P<leader>[\u4e00-\u9fff]{2,8}?)(?:产业|业))",
     tuple(f"为{w}的" for w in ("龙头", "引领", "核心", "主导"))),
    (r"(?P<cluster>[\u4e00-\u9fff]{2,8}?)产业集群", ("产业集群",)),
    (r"(?:发展|壮大|培育|做强|做大|做优|打造|聚焦|主攻|大力发展|加快发展|积极发展)"
     r"(?P<develop>[^\W\d企的和与及支持环境民营一二三四五六七八九十]{2,8}?)(?:产业|业)(?![链园区基])",
     ("发展", "壮大", "培育", "做强", "做大", "做优", "打造", "聚焦", "主攻")),
    (r"(?P<subject>[\u4e00-\u9fff]{2,6}?)(?:产业|行业)(?:推进|引进|招引|龙头|领军|百强|头部)",
     tuple(f"业{w}" for w in ("推进", "引进", "招引", "龙头", "领军", "百强", "头部"))),
    (r"等(?P<list>[\u4e00-\u9fff]{2,6}?)(?:产业|行业)?(?:百强|龙头|领军|骨干|头部|知名|重点)(?:企业|公司)",
     tuple(q + e for q in ("百强", "龙头", "领军", "骨干", "头部", "知名", "重点")
           for e in ("企业", "公司"))),
)
RE_INDUSTRY_FRAME: Final = re.compile("|".join(frame for frame, _ in INDUSTRY_FRAMES))
# Each frame's pattern alone: a sentence is searched with those of the frames whose words it holds, their
# matches taken as RE_INDUSTRY_FRAME's alternation of them would (_frame_matches), never compiled anew.
RE_FRAMES: Final = tuple(re.compile(frame) for frame, _ in INDUSTRY_FRAMES)
# Which sentences hold which frame's words (one scan of the text for all).
INDUSTRY_FRAME_WORDS: Final = SentenceCues(words for _, words in INDUSTRY_FRAMES)
# Characters of a clause, never of an industry word ("等已落地的重点企业" names no industry).
NOT_IN_INDUSTRY_WORD: Final = frozenset("的了已将正在是为被把着")
# Leading words that are not part of the industry word.
INDUSTRY_WORD_PREFIXES = ("大力", "加快", "积极", "着力", "重点", "全力", "持续", "以", "的", "和", "与",
                          "及", "等")


def frame_words(text: str, sentences: tuple[Span, ...], hits: list[Hit] | None = None) -> list[Mention]:
    """Industry words in frames (the text's own word, whether or not the taxonomy knows it); ``hits``: the
    matches of INDUSTRY_FRAME_WORDS' matcher in ``text``, when found already (the document's one scan)."""
    out = []
    frames: dict[int, set[int]] = {}  # sentence index -> the frames whose words it holds
    for f, held in enumerate(INDUSTRY_FRAME_WORDS.scan(text, sentences, hits)):
        for k in held:
            frames.setdefault(k, set()).add(f)
    for k in sorted(frames):
        sent = sentences[k]
        for mm in _frame_matches(text, sent.start, sent.end, sorted(frames[k])):
            g = mm.lastgroup
            if g is None:
                continue
            s, word = mm.start(g), mm.group(g)
            for p in INDUSTRY_WORD_PREFIXES:
                if word.startswith(p) and len(word) - len(p) >= 2:
                    word, s = word[len(p) :], s + len(p)
            if len(word) >= 2 and not NOT_IN_INDUSTRY_WORD.intersection(word):
                out.append(Mention(s, s + len(word), INDUSTRY, word, f"industry.{g}"))
    return out


def _frame_matches(text: str, start: int, end: int, frames: list[int]) -> list[re.Match[str]]:
    """The matches in ``text[start:end]`` of the alternation of the patterns of ``frames`` (indexes into
    INDUSTRY_FRAMES, ascending), as its ``finditer`` gives them, without compiling it (compiling the
    alternation of each set of frames a sentence holds cost more than the searches): at each position an
    alternation tries its branches in order, so its next match is the leftmost of the branches' next matches,
    the earlier branch's on a tie; none matches the empty string. In a sentence that holds none of a frame's
    words that frame matches nowhere, so leaving it out changes no match and finds them sooner."""
    out: list[re.Match[str]] = []
    nxt = [RE_FRAMES[f].search(text, start, end) for f in frames]
    pos = start
    while True:
        best: re.Match[str] | None = None
        for i in range(len(frames)):
            m = nxt[i]
            if m is not None and m.start() < pos:  # (it overlaps the last match: the branch's next one)
                m = nxt[i] = RE_FRAMES[frames[i]].search(text, pos, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        out.append(best)
        pos = best.end()


@frame("in_industry.name")
def in_name(f: Found) -> Iterator[Fact]:
    """Industry words inside a project name, broad ones and products alike (楚能新能源锂电池产业园项目 ->
    新能源, 锂电池: the text's own words; a product's chain link joins it in the graph)."""
    for i, m in enumerate(f.mentions):
        if m.type is PROJECT and not m.inner:
            for j in f.inside(i, INDUSTRY):
                yield Fact(RelType.IN_INDUSTRY, i, j, f.sentence_of(m.start), "in_industry.name", 0.85)


@frame("in_industry.sentence")
def sentence(f: Found) -> Iterator[Fact]:
    """"…项目…将为当地新能源产业发展注入动力": the one industry word (X产业) a sentence is about, for every
    project and firm in it (also one whose name holds a product word: the text files it under the sector)."""
    for _, sent in f.sentences_with(INDUSTRY):
        words = {f.mentions[k].text for k in f.in_sentence(sent, INDUSTRY) if f.mentions[k].rule ==
                 "industry.sentence"}
        if len(words) != 1:
            continue
        target = next(k for k in f.in_sentence(sent, INDUSTRY) if f.mentions[k].rule == "industry.sentence")
        for j in f.in_sentence(sent, PROJECT, FIRM):
            yield Fact(RelType.IN_INDUSTRY, j, target, sent, "in_industry.sentence", 0.5)


@frame("in_industry.leader")
def leader(f: Found) -> Iterator[Fact]:
    """Frames of one sentence: 以Y为龙头的X业 (Y), X产业集群…Y / 发展X产业…Y (what follows the word)."""
    for i, m in enumerate(f.mentions):
        if m.type is not INDUSTRY or m.rule not in ("industry.leader", "industry.cluster", "industry.develop",
                                                    "industry.subject"):
            continue
        sent = f.sentence_of(m.start)
        for j in f.in_sentence(sent, FIRM, PROJECT):
            n = f.mentions[j]
            if n.start >= m.end or m.rule == "industry.leader":
                yield Fact(RelType.IN_INDUSTRY, j, i, sent, "in_industry.leader", 0.6)


@frame("in_industry.list")
def listed(f: Found) -> Iterator[Fact]:
    """"四维图新、正元地理等地理信息百强企业": the firms listed before it."""
    for i, m in enumerate(f.mentions):
        if m.type is INDUSTRY and m.rule == "industry.list":
            sent = f.sentence_of(m.start)
            for j in f.in_sentence(sent, FIRM):
                if f.mentions[j].end <= m.start:
                    yield Fact(RelType.IN_INDUSTRY, j, i, sent, "in_industry.list", 0.7)
