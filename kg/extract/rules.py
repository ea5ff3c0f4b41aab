"""Relation rules: one function per kind of statement, each yielding facts with the sentence behind them.

Every rule sees the document's mentions (:class:`Found`) and yields :class:`Fact` tuples; the extractor turns
them into :class:`~kg.model.Relation` with :class:`~kg.model.Evidence`. Rules only state what the TEXT says;
world knowledge (邵阳市 is in 湖南省) is added at graph time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.extract.entities import Mention
from kg.extract.patterns import PROJECT_ANAPHORA, RE_INVESTOR_BY, RE_STAGE, STAGE_WORDS
from kg.extract.text import Span
from kg.model import EntityType, RelType

FIRM, PROJECT, PARK, PLACE, INDUSTRY = (EntityType.FIRM, EntityType.PROJECT, EntityType.PARK, EntityType.PLACE,
                                        EntityType.INDUSTRY)

# Gap words between a project and the park/place it is in: "X项目在邵阳经济技术开发区", "X项目落户…", "签约邵阳".
RE_LOCATED_GAP = re.compile(r"^(?:[，,](?:该|此)?项目)?(?:正式|成功|顺利|已|将|拟|计划)?"
                            r"(?:在|落户|落地|入驻|位于|签约落户|签约|建在|坐落于|选址于|选址)")
# A park or place before a project, tied by 的 / 引进 / 落户: "长沙经开区的X项目", "天心经开区…引进X".
RE_LOCATED_BEFORE_GAP = re.compile(r"(?:的|引进|招引|落户|签约|新建|建设|打造)[^，,。；;]{0,12}$")
# "这些创新项目落户邵阳市经济技术开发区": the projects named just before are all in that park.
RE_PLURAL_PROJECTS_LOCATED = re.compile(
    r"(?:这些|上述|以上|该批|此批|各)[\u4e00-\u9fff]{0,4}项目(?:均|都|全部|已|将|正式|成功){0,2}(?:落户|落地|位于|入驻|签约落户|集中在)$")
PLURAL_LOOKBACK_SENTENCES = 6
PLURAL_MAX_PROJECTS = 8
# Between a firm that opens a sentence and the project it builds.
RE_SUBJECT_INVESTS = re.compile(r"(?:投资|出资|投建|斥资|拟投|计划投资|签约|签下)[^。；;]{0,20}?(?:建设|兴建|打造|新建|建|实施|布局)?")
# What may stand before a firm that opens its clause: a date, a leading verb of support.
RE_CLAUSE_OPENING = re.compile(r"\s*(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)?(?:支持|推动|引导|鼓励|吸引|由|今年|去年|近日|日前|目前|其中)?"
                               r"|[^，,；;。]{0,16}?(?:引进|招引|成功引进|签约引进)")
RE_TOTAL_INVEST_BEFORE = re.compile(r"(?:总投资|计划投资|投资总额|总投资额|项目投资)(?:额)?(?:为|约|达|达到|超|超过|逾|近)?$")
RE_AGGREGATE_GAP = re.compile(r"\d+个|[一二三四五六七八九十]+个|等")
RE_PARK_SUBJECT_GAP = re.compile(r"(?:引进|招引|落户|签约|入驻|新建|开工)[^。；;]{0,12}$")
# "以酒鬼酒公司为龙头的白酒业", "X产业集群", "发展X产业": the industry word a sentence is about.
RE_INDUSTRY_FRAME = re.compile(
    r"(?:以[^，,。；;]{2,20}?为(?:龙头|引领|核心|主导)的(?P<a>[\u4e00-\u9fff]{2,8}?)(?:产业|业))"
    r"|(?P<b>[\u4e00-\u9fff]{2,8}?)产业集群"
    r"|(?:发展|壮大|培育|做强|做大|做优|打造|聚焦|主攻|大力发展|加快发展|积极发展)"
    r"(?P<c>[^\W\d企的和与及支持环境民营一二三四五六七八九十]{2,8}?)(?:产业|业)(?![链园区基])"
    r"|(?P<d>[\u4e00-\u9fff]{2,6}?)(?:产业|行业)(?:推进|引进|招引|龙头|领军|百强|头部)"
    r"|等(?P<e>[\u4e00-\u9fff]{2,6}?)(?:产业|行业)?(?:百强|龙头|领军|骨干|头部|知名|重点)(?:企业|公司)"
)
# Leading words that are not part of the industry word.
INDUSTRY_WORD_PREFIXES = ("大力", "加快", "积极", "着力", "重点", "全力", "持续", "以", "的", "和", "与", "及", "等")
# Sentences that say a firm is local: "X等本地企业", "当地打火机企业如X".
RE_LOCAL_FIRMS = re.compile(r"本地|当地|我县|我市|我区|我镇|本土")


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation found by a rule, before it becomes a Relation: ends are mention indexes."""

    type: RelType
    source: int
    target: int
    sentence: Span
    rule: str
    confidence: float
    amount_index: int | None = None  # index into Found.amounts
    stage: str | None = None


@dataclass
class Found:
    """Everything found in one document, sorted by start offset."""

    text: str
    sentences: list[Span]
    mentions: list[Mention]  # firm/project/park/place/industry mentions (nested firm-in-project allowed)
    amounts: list = field(default_factory=list)  # AmountMention
    region_index: int | None = None  # mention index of the document's region place, if mentioned

    def __post_init__(self) -> None:
        self._sent_starts = [s.start for s in self.sentences]
        self._mention_starts = [m.start for m in self.mentions]

    def sentence_of(self, pos: int) -> Span:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        return self.sentences[max(i, 0)]

    def in_sentence(self, sent: Span, *types: EntityType) -> list[int]:
        """Indexes of the mentions starting inside ``sent`` (mentions are sorted by start)."""
        lo = bisect.bisect_left(self._mention_starts, sent.start)
        hi = bisect.bisect_left(self._mention_starts, sent.end)
        return [i for i in range(lo, hi) if not types or self.mentions[i].type in types]


def part_of_chains(f: Found, is_within) -> Iterator[Fact]:  # type: ignore[no-untyped-def]
    """湖南省郴州市桂阳县: adjacent places, each inside the one before it -> PART_OF child -> parent;
    湖南省临湘市、岳阳县: places listed after a chain link are in the same parent."""
    places = [i for i, m in enumerate(f.mentions) if m.type is PLACE]
    parent_of_list: int | None = None
    for a, b in zip(places, places[1:]):
        ma, mb = f.mentions[a], f.mentions[b]
        ca, cb = ma.attrs.get("code"), mb.attrs.get("code")
        gap = f.text[ma.end : mb.start]
        if gap == "" and ca and cb and ca != cb and is_within(cb, ca):
            yield Fact(RelType.PART_OF, b, a, f.sentence_of(ma.start), "part_of.chain", 0.95)
            parent_of_list = a
        elif gap in ("、", "和", "及") and parent_of_list is not None:
            cp = f.mentions[parent_of_list].attrs.get("code")
            if cp and cb and cb != cp and is_within(cb, cp):
                yield Fact(RelType.PART_OF, b, parent_of_list, f.sentence_of(mb.start), "part_of.chain_list", 0.85)
            else:
                parent_of_list = None
        else:
            parent_of_list = None


# "州府吉首", "省会长沙", "市域副中心赤壁市": the place named is inside the document's region.
RE_SEAT_BEFORE = re.compile(r"(?:州府|市府|省会|首府|县城|府所在地|(?:市域|州域|省域|县域)[\u4e00-\u9fff]{0,5})$")


AS_MEMBER_WINDOW = 30


def part_of_statements(f: Found, is_within) -> Iterator[Fact]:  # type: ignore[no-untyped-def]
    """PART_OF stated in words: "州府吉首" (the region's seat), "邵阳市作为湖南省…" (A 作为 B's …)."""
    places = [i for i, m in enumerate(f.mentions) if m.type is PLACE]
    region = f.mentions[f.region_index] if f.region_index is not None else None
    for k, i in enumerate(places):
        m = f.mentions[i]
        code = m.attrs.get("code")
        if not code:
            continue
        sent = f.sentence_of(m.start)
        before = f.text[max(sent.start, m.start - 8) : m.start]
        if region is not None and f.region_index != i and RE_SEAT_BEFORE.search(before):
            rc = region.attrs.get("code")
            if rc and rc != code and is_within(code, rc):
                yield Fact(RelType.PART_OF, i, f.region_index, sent, "part_of.seat", 0.8)  # type: ignore[arg-type]
        # "A(…,)作为B的…": B named right after 作为, A the place named last before it in the sentence
        if k > 0 and f.text[max(sent.start, m.start - 2) : m.start] == "作为":
            a = places[k - 1]
            am = f.mentions[a]
            ac = am.attrs.get("code")
            if am.start >= sent.start and m.start - am.end <= AS_MEMBER_WINDOW and ac and ac != code \
                    and is_within(ac, code):
                yield Fact(RelType.PART_OF, a, i, sent, "part_of.as_member", 0.7)


def located_in(f: Found) -> Iterator[Fact]:
    """Projects in parks or places, and parks in places, as the sentence states them."""
    for sent in f.sentences:
        idx = f.in_sentence(sent, PROJECT, PARK, PLACE)
        for k, i in enumerate(idx):
            m = f.mentions[i]
            if m.type is not PROJECT:
                continue
            # after the project: "X项目在/落户 Y"
            for j in idx[k + 1 :]:
                n = f.mentions[j]
                gap = f.text[m.end : n.start]
                if n.type in (PARK, PLACE) and len(gap) <= 12 and RE_LOCATED_GAP.match(gap):
                    yield Fact(RelType.LOCATED_IN, i, j, sent, "located_in.after", 0.85)
                    break
                if n.type is PROJECT:
                    break
            # before the project: "长沙经开区的X项目", "天心经开区…引进X、Y"
            for j in reversed(idx[:k]):
                n = f.mentions[j]
                if n.type is PROJECT:
                    continue
                gap = f.text[n.end : m.start]
                if n.type in (PARK, PLACE) and len(gap) <= 40 and RE_LOCATED_BEFORE_GAP.search(gap) and \
                        not any(ch in gap for ch in "，,。；;"):
                    conf = 0.9 if gap == "的" else 0.7
                    yield Fact(RelType.LOCATED_IN, i, j, sent, "located_in.before", conf)
                elif n.type is PARK and n.start - sent.start <= 4 and RE_PARK_SUBJECT_GAP.search(gap):
                    # "天心经开区整合升格为正县级园区,引进千视通全球总部": the park is the sentence's subject
                    yield Fact(RelType.LOCATED_IN, i, j, sent, "located_in.park_subject", 0.6)
                break
    # plural anaphora: "这些项目落户Y" -> every project named in the sentences just before is in Y
    for si, sent in enumerate(f.sentences):
        for j in f.in_sentence(sent, PARK, PLACE):
            n = f.mentions[j]
            if not RE_PLURAL_PROJECTS_LOCATED.search(f.text, sent.start, n.start):
                continue
            lo = f.sentences[max(0, si - PLURAL_LOOKBACK_SENTENCES)].start
            projects = [i for i, m in enumerate(f.mentions) if m.type is PROJECT and lo <= m.start < n.start]
            if 0 < len(projects) <= PLURAL_MAX_PROJECTS:
                for i in projects:
                    yield Fact(RelType.LOCATED_IN, i, j, sent, "located_in.plural_anaphora", 0.6)
    # places written inside a project or park name: 一轻(咸宁)产业园 -> 咸宁市, 麦市食品产业园 -> 麦市镇
    for i, m in enumerate(f.mentions):
        if m.type not in (PROJECT, PARK):
            continue
        if m.attrs.get("inner_park") is not None:
            yield Fact(RelType.LOCATED_IN, i, m.attrs["inner_park"], f.sentence_of(m.start), "located_in.name_park",
                       0.8)
            continue
        inner = m.attrs.get("inner_place")
        if inner is not None:
            rule = "located_in.name_prefix" if m.type is PARK else "located_in.name_place"
            yield Fact(RelType.LOCATED_IN, i, inner, f.sentence_of(m.start), rule, 0.8)


def invests_in(f: Found) -> Iterator[Fact]:
    """Firms investing in projects: firm named in the project's name; "该项目由X投资建设"."""
    for i, m in enumerate(f.mentions):
        if m.type is PROJECT and m.attrs.get("inner_firm") is not None:
            j = m.attrs["inner_firm"]
            yield Fact(RelType.INVESTS_IN, j, i, f.sentence_of(m.start), "invests_in.firm_in_name", 0.75,
                       m.attrs.get("amount_index"), _stage(f, f.sentence_of(m.start)))
    for sent in f.sentences:
        for mm in RE_INVESTOR_BY.finditer(f.text, sent.start, sent.end):
            firms = [i for i in f.in_sentence(sent, FIRM) if mm.start("firm") <= f.mentions[i].start < mm.end("firm")]
            if not firms:
                continue
            firm = firms[-1]
            # the project: named just before 由 in this sentence, or the last project before (该项目)
            before = f.text[sent.start : mm.start()]
            projects = [i for i in f.in_sentence(sent, PROJECT) if f.mentions[i].end <= mm.start()]
            if projects:
                proj = projects[-1]
            elif before.endswith(PROJECT_ANAPHORA) or any(a in before for a in PROJECT_ANAPHORA):
                earlier = [i for i, x in enumerate(f.mentions) if x.type is PROJECT and x.end <= sent.start]
                if not earlier:
                    continue
                proj = earlier[-1]
            else:
                continue
            amount = f.mentions[proj].attrs.get("amount_index")
            if amount is None:
                amount = _sentence_total(f, sent)
            yield Fact(RelType.INVESTS_IN, firm, proj, sent, "invests_in.by_firm", 0.9, amount, _stage(f, sent))


def invests_subject(f: Found) -> Iterator[Fact]:
    """"比亚迪汽车工业有限公司与深圳市坪山区签约,投资120亿元建设X项目": the sentence's firm subject invests in
    the project it builds; an amount right after 投资 is that project's."""
    for sent in f.sentences:
        idx = f.in_sentence(sent, FIRM, PROJECT, PARK, PLACE)
        firms = [i for i in idx if f.mentions[i].type is FIRM and f.mentions[i].rule != "firm.in_project_name"]
        if not firms:
            continue
        # the firm must open its clause: "X公司在Y投资建设Z项目", "…,支持X公司在Y投资建设Z项目"
        opening = [x for x in firms if RE_CLAUSE_OPENING.fullmatch(
            f.text[_clause_start(f, sent, f.mentions[x].start) : f.mentions[x].start])]
        if not opening:
            continue
        firm = opening[0]
        fm = f.mentions[firm]
        for i in idx:
            m = f.mentions[i]
            if m.type is not PROJECT or m.start < fm.end or m.attrs.get("inner_firm") is not None:
                continue
            gap = f.text[fm.end : m.start]
            if any(x for x in firms if fm.end <= f.mentions[x].start < m.start):
                break
            mm = RE_SUBJECT_INVESTS.search(gap)
            if not mm:
                continue
            amount = None
            for ai, a in enumerate(f.amounts):
                if fm.end + mm.end() <= a.start and a.end <= m.start and not RE_AGGREGATE_GAP.search(gap):
                    amount = ai
                    break
            if amount is None:
                amount = m.attrs.get("amount_index")
            if amount is None:
                amount = _sentence_total(f, sent)
            yield Fact(RelType.INVESTS_IN, firm, i, sent, "invests_in.subject", 0.75, amount, _stage(f, sent))
            break


def _clause_start(f: Found, sent: Span, pos: int) -> int:
    k = max(f.text.rfind(c, sent.start, pos) for c in "，,；;：:")
    return k + 1 if k >= 0 else sent.start


def _sentence_total(f: Found, sent: Span) -> int | None:
    """"该项目由X投资建设,总投资5亿元": the one amount a sentence gives as 总投资, when it is not an aggregate."""
    hits = []
    for ai, a in enumerate(f.amounts):
        if sent.start <= a.start < sent.end:
            before = f.text[max(sent.start, a.start - 8) : a.start]
            if RE_TOTAL_INVEST_BEFORE.search(before) and not RE_AGGREGATE_GAP.search(f.text[sent.start : a.start]):
                hits.append(ai)
    return hits[0] if len(hits) == 1 else None


def _stage(f: Found, sent: Span) -> str | None:
    m = RE_STAGE.search(f.text, sent.start, sent.end)
    return STAGE_WORDS[m.group()] if m else None


def firm_located(f: Found) -> Iterator[Fact]:
    """Local firms: "金鲤鱼大米厂、…等本地企业" -> LOCATED_IN the document's region."""
    if f.region_index is None:
        return
    for i, m in enumerate(f.mentions):
        if m.type is FIRM and m.rule in ("firm.list_of_firms", "firm.example"):
            sent = f.sentence_of(m.start)
            window = f.text[max(sent.start, m.start - 12) : min(sent.end, m.end + 16)]
            if RE_LOCAL_FIRMS.search(window):
                yield Fact(RelType.LOCATED_IN, i, f.region_index, sent, "located_in.local_firm", 0.7)


def in_industry(f: Found) -> Iterator[Fact]:
    """Projects and firms in an industry: the industry word in the project name, or the industry the
    sentence is about (X产业集群…力促Y上市; 以Y为龙头的X业; 发展X产业, 加快A、B建设)."""
    for i, m in enumerate(f.mentions):
        if m.type is PROJECT:
            for j in m.attrs.get("inner_industries", ()):
                broad = f.mentions[j].attrs.get("broad")
                yield Fact(RelType.IN_INDUSTRY, i, j, f.sentence_of(m.start),
                           "in_industry.name" if broad else "in_industry.name_taxonomy", 0.85 if broad else 0.6)
    for i, m in enumerate(f.mentions):
        if m.type is not INDUSTRY or not m.attrs.get("frame"):
            continue
        sent = f.sentence_of(m.start)
        if m.attrs["frame"] == "sentence_any":
            # "…项目…将为当地新能源产业发展注入动力": one industry word the sentence is about, anywhere in it
            words = {f.mentions[k].text for k in f.in_sentence(sent, INDUSTRY) if f.mentions[k].attrs.get("frame")}
            if len(words) != 1:
                continue
            for j in f.in_sentence(sent, PROJECT, FIRM):
                n = f.mentions[j]
                if not (n.type is PROJECT and _has_broad_industry(f, n)):
                    yield Fact(RelType.IN_INDUSTRY, j, i, sent, "in_industry.sentence_word", 0.5)
            continue
        if m.attrs["frame"] == "list":
            # "四维图新、正元地理等地理信息百强企业": the firms listed before it
            for j in f.in_sentence(sent, FIRM):
                if f.mentions[j].end <= m.start:
                    yield Fact(RelType.IN_INDUSTRY, j, i, sent, "in_industry.list", 0.7)
            continue
        for j in f.in_sentence(sent, FIRM, PROJECT):
            n = f.mentions[j]
            if n.start >= m.end or m.attrs.get("frame") == "leader":
                if n.type is PROJECT and _has_broad_industry(f, n):
                    continue
                yield Fact(RelType.IN_INDUSTRY, j, i, sent, "in_industry.sentence", 0.6)


def _has_broad_industry(f: Found, m: Mention) -> bool:
    return any(f.mentions[j].attrs.get("broad") for j in m.attrs.get("inner_industries", ()))


RULES = (located_in, invests_in, invests_subject, firm_located, in_industry)
