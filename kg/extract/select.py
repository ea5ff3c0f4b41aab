"""Which candidate spans become mentions: :func:`find_mentions` runs every span finder
(:data:`kg.extract.spans.SPAN_FINDERS`) and settles overlaps (a list's or a table's context types its span;
then the longest wins); a project needs an investment or construction word near it, and what a project
builds (its content), a span over two list items, a page's credits and a firm's seat are no mentions."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Final

from kg.extract.context import Context
from kg.extract.funded import FUNDED_REACH, RE_FUNDED_BUILD_BEFORE
from kg.extract.heads import firm_inside
from kg.extract.mentions import FIRM, PARK, PROJECT, Mention, longest_first
from kg.extract.pretest import Ending
from kg.extract.spans import RE_NAME_LABEL_BEFORE, RE_OWN_MARK, SPAN_FINDERS, Finder
from kg.extract.text import Span
from kg.extract.tokens import cut
from kg.extract.vocab import ENUMERATOR, OWNED_PROJECT_TAIL, RE_PROJECT_EVENT, SAID_COPULA
from kg.lexicon import Lexicon
from kg.lexicon.grammar import RE_FIRM_LEGAL

# Labels of a web page's credits: what follows them names the site's makers, not the news.
RE_CREDITS = re.compile(r"(?:技术支持|主办单位|承办单位|主办|承办|协办|版权所有|Copyright|©|设计制作|网站制作"
                        r"|网站维护|运维单位|"
                        r"ICP备|备案号|联系电话|联系地址|来源|编辑|责任编辑|作者)[：:\s]")


# When two candidates cover the same span, the one found by the finder listed first types it.
TYPE_PRIORITY: Final = ("project.table", "firm.table", "project.list", "firm.list", "park.list", "firm.by",
                 "firm.investor_is")


SUFFIX_RULE: Final = "project.suffix"
LIST_RULES: Final = frozenset({"project.list", "firm.list", "park.list"})
# Projects their context types (a list's head, a table's column): no event word is needed in the sentence.
TYPED_PROJECT_RULES: Final = frozenset({"project.list", "project.table", "project.labelled"})
# An enumerated heading before a project's name (一、X项目。 / （二）X项目): a project the text below
# describes.
RE_ENUMERATED_HEAD: Final = re.compile(r"\s*" + ENUMERATOR + r"\s*")
# What a firm is engaged in (主要从事研发、生产及销售太阳能发电项目跟踪支架…): its line of business, no
# project.
# (not past a 的: 由主营光伏组件的晶科能源投资建设的P — the business describes the investor before the name)
RE_BUSINESS_LINE: Final = re.compile(r"(?:从事|主营|主要经营|专业生产)[^，,。；;！？的]*$")
BUSINESS_LINE_REACH: Final = 30  # characters before a name the business words are looked for in
# "One of": …规模最大的合成氨项目之一 describes a project by its kind; the words before it name no project.
ONE_OF: Final = "之一"


# The title of a policy document (《关于加快推进…建设项目的通知》): the projects it speaks of are kinds
# (an agreement's or a reply's title names one: 《X项目投资协议书》, 《关于X项目的批复》).
RE_POLICY_TITLE: Final = re.compile(r"《关于[^《》]*(?:通知|意见|办法|规定|方案|决定|细则|指南|条例|措施)》")
TITLE_REACH: Final = 60  # characters before a name the title's opening mark is looked for in


def _in_policy_title(text: str, m: Mention) -> bool:
    """Whether ``m`` stands inside the title of a policy document."""
    at = text.rfind("《", max(0, m.start - TITLE_REACH), m.start)
    if at < 0 or text.find("》", at, m.start) >= 0:
        return False
    close = text.find("》", m.end, m.end + TITLE_REACH)
    return close >= 0 and RE_POLICY_TITLE.fullmatch(text, at, close + 1) is not None


def find_mentions(ctx: Context, finders: dict[str, Finder] | None = None) -> list[Mention]:
    """Top-level mentions of every finder, overlaps settled: a list item types its span; then longest wins."""
    cands: list[Mention] = []
    for fn in (finders or SPAN_FINDERS).values():
        cands.extend(fn(ctx))
    by_span: dict[tuple[int, int], Mention] = {}
    for m in sorted(cands, key=lambda m: (TYPE_PRIORITY.index(m.rule) if m.rule in TYPE_PRIORITY else 99)):
        by_span.setdefault((m.start, m.end), m)
    # a project candidate needs an investment or construction word in its sentence (not 一个中心); nothing is
    # taken from a page's credits (技术支持：X科技有限公司)
    kept = [m for m in by_span.values() if (m.type is not PROJECT or m.rule in TYPED_PROJECT_RULES or
            RE_PROJECT_EVENT.search(ctx.text, _sent(ctx, m.start).start, _sent(ctx, m.start).end) or
            _event_told_next(ctx, m) or
            _firm_project(m, ctx.lex) or RE_PLANT_CAPACITY.match(m.text) or RE_PLANT_OUTPUT.search(m.text)
            or RE_NAME_LABEL_BEFORE.search(ctx.text, max(0, m.start - 8), m.start)
            or RE_ENUMERATED_HEAD.fullmatch(ctx.text, _sent(ctx, m.start).start, m.start))
            and not _in_credits(ctx.text, m.start) and not _firm_seat_named(ctx.text, m)
            and not (m.type is PROJECT and RE_BUSINESS_LINE.search(
                ctx.text, max(_sent(ctx, m.start).start, m.start - BUSINESS_LINE_REACH), m.start))
            and not (m.type is PROJECT and ctx.text.startswith(ONE_OF, m.end))
            and not (m.type is PROJECT and _in_policy_title(ctx.text, m))]
    weak = [m for m in kept if _weakly_named(m)]
    if not weak:
        return _without_contents(ctx, longest_first(_without_list_spanners(kept)))
    forms = _firm_forms(kept)
    firm_starts = sorted(m.start for m in kept if m.type is FIRM)
    dropped = [m for m in weak
               if _anonymous_work(ctx, m, forms) and not _stated_as_project(ctx, m, firm_starts)]
    # (a shorter name opening a dropped one goes with it: 电解铝技改|工程)
    kept = [m for m in kept if not any(d.start == m.start and m.end <= d.end and m.rule == SUFFIX_RULE
                                       for d in dropped)]
    return _without_contents(ctx, longest_first(_without_list_spanners(kept)))


# A work named by a weaker ending than 项目 (a base, centre, 工程, seat) is a project only with something of
# its own in its name: a firm (known, legal or the document's), a place, a figure, a Latin code or a quote
# (创业辅导基地, 良种培育工程, 跨境电商供应链区域总部 are kinds of work; 900MW光伏新能源基地, 华电二期工程,
# 晋江恒逸新材料生产基地 are projects).
WEAK_PROJECT_ENDINGS: Final = ("基地", "中心", "工程", "总部")
# (建设“精密仪器制造基地”: a name the text sets apart)
OPEN_QUOTE_MARKS: Final = ("“", "\"", "「", "《")
PLACE_HEAD_CHARS: Final = (2, 3)  # a place's short form at the head (浦东软件园创新基地)


# What the text says of such a work that makes it a project: a phase in its name (稀土钢板材二期工程), a zone
# heading it (冀南新区智能装备制造基地), money or a building verb right before it (总投资20亿元的…基地,
# 投资5亿元建设…基地), or a firm named before it in the sentence (贵州茅台集团投资建设，重点建设…生产基地).
RE_PHASE_IN_NAME: Final = re.compile(r"[一二三四五六七八九十\d]期")
RE_ZONE_IN_NAME: Final = re.compile(r"新区|开发区|高新区|园区|经开区|产业园|示范区")
RE_INVESTED_BEFORE: Final = re.compile(r"(?:投资|出资|斥资)[^，,。；;]{0,16}?(?:的|建设|兴建|新建|打造|建)$")
INVESTED_REACH: Final = 24  # characters before the name the money or verb is looked for in


def _stated_as_project(ctx: Context, m: Mention, firm_starts: list[int]) -> bool:
    """Whether the text makes the weakly named work ``m`` a project (see :data:`RE_INVESTED_BEFORE`)."""
    sent = _sent(ctx, m.start)
    k = bisect.bisect_left(firm_starts, sent.start)
    return bool(RE_PHASE_IN_NAME.search(m.text) or RE_ZONE_IN_NAME.search(m.text, 0, len(m.text) - 2) or
                RE_NAME_LABEL_BEFORE.search(ctx.text, max(0, m.start - 8), m.start) or  # 项目名称：X基地
                RE_INVESTED_BEFORE.search(ctx.text, max(sent.start, m.start - INVESTED_REACH), m.start) or
                # (…投资20亿元，在Z建设…总部: money spent on it across a comma, as the span finder reads it)
                RE_FUNDED_BUILD_BEFORE.search(ctx.text, max(sent.start, m.start - FUNDED_REACH), m.start) or
                k < len(firm_starts) and firm_starts[k] < m.start)


def _firm_forms(mentions: list[Mention]) -> frozenset[str]:
    """The document's firm names and their cores without the legal form (the part of
    :func:`kg.extract.heads.doc_brands` a name test needs, without its place look-ups: the whole document is
    read again with the full forms when inner firms are found)."""
    out = set()
    for m in mentions:
        if m.type is FIRM:
            legal = RE_FIRM_LEGAL.search(m.text)
            out.add(m.text)
            if legal is not None and legal.start() >= 2:
                out.add(m.text[: legal.start()])
    return frozenset(out)


def _weakly_named(m: Mention) -> bool:
    """Whether ``m`` is a work the suffix grammar found by a weak ending."""
    return m.type is PROJECT and m.rule == SUFFIX_RULE and m.text.endswith(WEAK_PROJECT_ENDINGS)


def _anonymous_work(ctx: Context, m: Mention, forms: frozenset[str]) -> bool:
    """Whether the weakly named work ``m`` has nothing of its own in its name."""
    text = m.text
    head = cut(text)[:2]
    quoted = ctx.text[m.start - 1 : m.start] in OPEN_QUOTE_MARKS
    return not (quoted or RE_OWN_MARK.search(text) or RE_FIRM_LEGAL.search(text) or
                any(f in text for f in forms) or
                ctx.lex.firms.find_known(text) or ctx.lex.firms.brand_at(text) is not None or
                any(len(t) == 1 for t in head) or  # a word no dictionary knows, cut apart: 阿米|尼…, 集|微…
                any(ctx.lex.gazetteer.surfaces.get(text[:k]) for k in PLACE_HEAD_CHARS) or
                firm_inside(m, ctx.lex, {}) is not None or ctx.lex.gazetteer.find(text, ctx.region))


# "X项目,总投资N亿元,建设年产…生产基地": what a project builds, after a verb of building, is its content
# (also after its money in the same clause: X项目签约落地，计划投资3亿元建设A及B).
RE_BUILDS_CONTENT: Final = re.compile(r"[，,](?:主要|计划|拟|将|预计)?(?:总?投资[^，,。；;]{1,12}?)?"
                               r"(?:在[^，,。；;]{1,10})?"
                               r"(?:建设|新建|建成|打造|兴建|用于建设|建)[^，,。；;]{0,40}$")
NAMED_PROJECT_ENDINGS: Final = ("项目", "工程")
# … and a zone in that clause, right after the verb or in its list (主要建设A示范区、B基地、C产业园): what the
# project builds, not a park that hosts it (not 建设地点位于Z, 在Z建设).
RE_BUILDS_LISTED_CONTENT: Final = Ending(
    re.compile(r"[，,](?:主要|计划|拟|将|预计)?(?:建设|新建|建成|打造|兴建"
               r"|用于建设)了?(?:(?:(?!位于|在|地点|落户|入驻)[^，,。；;]){0,40}[、和及])?$"),
    "、了及和建成设造")
# Right after a named project, what it is said to be: "X项目，是陕建实施…战略的重要布点项目" (a name
# without 的 before it names the project: 最大的…项目是Y项目).
RE_PREDICATIVE_BEFORE: Final = Ending(re.compile(r"[，,]?\s*(?:也|则|均|就|更|还|又)?(?:是|系|属于|成为)"
                                   r"[^，,。；;！？]{0,40}的$"), "的")
# … and whose project it is: "P是中国民企500强万洋集团投资项目" (the firm's name opens the would-be name).
RE_SAID_OWNED: Final = re.compile(SAID_COPULA + r"[^，,。；;！？]{0,30}$")
RE_OWNED_PROJECT: Final = re.compile(r"." + OWNED_PROJECT_TAIL + "$")
# Right after a named project, what it built: "X产业园建成了A、B等…生产工厂".
RE_BUILT_BEFORE: Final = re.compile(r"(?:建成了|建设了|新建了)[^，,。；;]{0,40}$")
BUILT_PARKS: Final = ("产业园", "基地", "小镇")
# "包括A、B在内的P": what P is made of, named before it (its parts, no projects or zones of their own).
# (not "包括A、B等在内的56个项目": members of a count)
RE_INCLUDED: Final = re.compile(r"(?:包括|包含|涵盖)[^。；;！？，,]{2,60}?(?<!等)在内的?")
# A dash between two project names: the second is what the first describes (X项目——Y项目).
APPOSITION_DASHES: Final = "——"
RE_FIRST_OF_KIND: Final = re.compile(r"首个|首家|第一个|唯一|又一个?")
# A sentence about "the project" and what it builds: 该项目将主要建设A基地、B中心.
RE_PROJECT_BUILDS: Final = re.compile(r"\s*(?:该|此|本)?项目[^，,。；;]{0,6}?"
                                      r"(?:建设|新建|建成|打造|兴建|包括|涵盖)[^。；;！？]{0,60}$")
# What a project named right before comprises (P项目包括A、B和C, P项目分为A、B两部分).
RE_COMPRISES: Final = re.compile(r"[，,]?(?:主要)?(?:包括|包含|涵盖|分为)")
RE_COUNTED_PROJECTS_AFTER: Final = re.compile(r"[^。；;！？]{0,120}?等\s*[\d一二三四五六七八九十两]+个"
                                              r"[^。；;！？，,、]{0,8}项目")
# … and a sentence opening with 由 right after one that names a project speaks of that project: what it builds
# after a comma is its content (P项目。由X投资建设，…，重点建设A中心; not 由于…).
RE_BY_SENTENCE_BUILDS: Final = re.compile(r"\s*由(?!于)[^。；;！？]{2,80}?[，,](?:主要|重点|计划|拟|将)?"
                                          r"(?:建设|新建|建成|打造|兴建|包括|涵盖)[^。；;！？]{0,60}$")


def _built_by_the_project(ctx: Context, m: Mention, project_ends: set[int]) -> bool:
    """Whether ``m`` is what the project a sentence opens with builds (该项目将主要建设…; 由X投资建设，…，
    重点建设… right after a sentence naming the project)."""
    sent = _sent(ctx, m.start)
    if any(sent.start <= e < m.start and RE_COMPRISES.match(ctx.text, e) for e in project_ends) and \
            RE_COUNTED_PROJECTS_AFTER.match(ctx.text, m.end, sent.end) is None:
        return True  # X项目包括生产车间、研发楼、仓储中心等建筑: the project's parts
    if RE_PROJECT_BUILDS.match(ctx.text, sent.start, m.start):
        # (项目包括A、B、C等5个新引进项目: the items of a counted list of projects are projects)
        return not (m.rule in TYPED_PROJECT_RULES and
                    RE_COUNTED_PROJECTS_AFTER.match(ctx.text, m.end, sent.end) is not None)
    if not RE_BY_SENTENCE_BUILDS.match(ctx.text, sent.start, m.start):
        return False
    before = _sent(ctx, max(0, sent.start - 1))
    return any(before.start < e <= sent.start for e in project_ends)


def _without_contents(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """A base, centre or line built in a clause after a project named in the same sentence (X项目,…,建设年产
    10万吨…生产基地) is that project's content, not a second project."""
    out = []
    project_ends = {o.end for o in mentions if o.type is PROJECT}
    named_starts = {o.start for o in mentions if o.type in (PROJECT, PARK)}
    included = [(mm.start(), mm.end()) for mm in RE_INCLUDED.finditer(ctx.text) if mm.end() in named_starts]
    project_starts = {o.start for o in mentions if o.type is PROJECT}
    # what can have built a thing: a project, or a park that is a firm's (…产业园), not a zone
    # (浏阳经开区建成了A项目、B项目: those are projects)
    builder_ends = project_ends | {o.end for o in mentions
                                   if o.type is PARK and o.text.endswith(BUILT_PARKS)}
    for m in mentions:
        if m.type in (PROJECT, PARK) and any(a < m.start and m.end < b for a, b in included):
            continue  # 建设包括A中心、B基地在内的P: parts of P
        if (m.type is PROJECT or m.type is PARK and m.text.endswith("基地")) and \
                not m.text.endswith(NAMED_PROJECT_ENDINGS) and _built_by_the_project(ctx, m, project_ends):
            continue  # 该项目将主要建设现代导航产业基地、…: what the project builds
        content = m.type is PROJECT and RE_BUILDS_CONTENT.search(ctx.text, max(0, m.start - 60), m.start) or \
            m.type is PARK and RE_BUILDS_LISTED_CONTENT.search(ctx.text, max(0, m.start - 60), m.start)
        if content and not m.text.endswith(NAMED_PROJECT_ENDINGS) and m.rule not in TYPED_PROJECT_RULES:
            sent = _sent(ctx, m.start)
            if any(o.type is PROJECT and o.end <= m.start and o.start >= sent.start and
                   o.text.endswith(NAMED_PROJECT_ENDINGS) for o in mentions):
                continue
        if m.type is PROJECT and ctx.text.startswith(APPOSITION_DASHES, m.end) and \
                m.end + len(APPOSITION_DASHES) in project_starts and \
                RE_FIRST_OF_KIND.search(ctx.text, max(0, m.start - 4), m.start):
            continue  # 首个肉牛全产业链项目——北林区肉牛精深加工项目: a kind, the name after the dash
        if m.type is PROJECT and m.rule not in TYPED_PROJECT_RULES:
            lo = max(_sent(ctx, m.start).start, m.start - 48)
            said = RE_PREDICATIVE_BEFORE.search(ctx.text, lo, m.start)
            if said is not None and said.start() in project_ends:
                continue  # X项目，是…的重要布点项目: what the project is said to be, no second project
            said = RE_SAID_OWNED.search(ctx.text, lo, m.start) if RE_OWNED_PROJECT.search(m.text) else None
            if said is not None and said.start() in project_ends:
                # P是…万洋集团投资项目: whose project P is, not a second one
                owner = firm_inside(m, ctx.lex, {})
                if owner is not None:
                    out.append(replace(owner, inner=False, rule="firm.said_owned"))
                continue
        built = RE_BUILT_BEFORE.search(ctx.text, max(0, m.start - 48), m.start) \
            if m.type in (PROJECT, PARK) and m.rule not in TYPED_PROJECT_RULES and \
            not m.text.endswith(NAMED_PROJECT_ENDINGS) else None
        if built is not None and built.start() in builder_ends:
            continue  # X产业园建成了A、B等…工厂: what the named project or zone built right before
        out.append(m)
    return out


# A name opening with a yearly capacity (年产10万吨…, 年加工1000吨…) names a plant: a project without an event
# word nearby (1、X有限公司，年加工1000吨陶瓷材料项目；).
RE_PLANT_CAPACITY: Final = re.compile(r"年(?:产|加工|处理|生产)\s?\d")
# An output figure inside a project name (玉溪恩捷16亿平方米锂电池隔膜项目, 15万吨磷酸铁锂项目) names a
# plant too.
RE_PLANT_OUTPUT: Final = re.compile(r"\d+(?:\.\d+)?\s?(?:万|亿|千)?"
                             r"(?:吨|GWh|GW|MWh|MW|兆瓦|千瓦|平方米|套|台|辆|片|锭)[^项]{2,}项目$")


# "X有限公司总部位于Z": the firm's seat, said of the firm, not a 总部 project.
RE_SEAT_STATED_AFTER: Final = re.compile(r"(?:位于|设在|坐落于|坐落在|地处)")
RE_LEGAL_THEN_SEAT: Final = Ending(re.compile(f"(?:{RE_FIRM_LEGAL.pattern})总部$"), "部")


def _firm_seat_named(text: str, m: Mention) -> bool:
    return m.type is PROJECT and RE_LEGAL_THEN_SEAT.search(m.text) is not None and \
        RE_SEAT_STATED_AFTER.match(text, m.end) is not None


def _firm_project(m: Mention, lex: Lexicon) -> bool:
    """贝达药业(嵊州)创新药产业化基地项目, 捷能热力电站有限公司燃气热电联产项目, 南平泰盛纸业项目: a …项目
    headed by a firm (a known firm, a legal name, a brand and its trade word) is a project without an event
    word nearby."""
    if not m.text.endswith("项目"):
        return False
    legal = RE_FIRM_LEGAL.search(m.text)
    return legal is not None and len(m.text) - legal.end() >= 4 or \
        any(sp.start == 0 and len(m.text) - sp.end >= 4 for sp in lex.firms.find_known(m.text[:12])) or \
        firm_inside(m, lex, {}) is not None


def _without_list_spanners(mentions: list[Mention]) -> list[Mention]:
    """A span that covers two items of one list (…改扩建和年产1万吨…技改 over two listed projects) is no name:
    the list's own split is the stronger evidence."""
    items = sorted((m.start, m.end) for m in mentions if m.rule in LIST_RULES)
    if len(items) < 2:
        return mentions
    starts = [s for s, _ in items]

    def spans_two(m: Mention) -> bool:
        lo, hi = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
        inside = [(s, e) for s, e in items[lo:hi] if e <= m.end and (s, e) != (m.start, m.end)]
        return len(inside) >= 2
    return [m for m in mentions if m.rule in LIST_RULES or not spans_two(m)]


def _in_credits(text: str, pos: int) -> bool:
    """Whether ``pos`` follows a page's credit label on its line (主办单位：, 技术支持：, 版权所有 …)."""
    line_start = text.rfind("\n", 0, pos) + 1
    return RE_CREDITS.search(text, max(line_start, pos - 30), pos) is not None


# A verb of being before a phrase that ends a sentence: the phrase says what something is, it names nothing.
RE_SAID_TO_BE: Final = re.compile(r"(?:是|系|属于|成为|作为)")
CLOSING_MARKS: Final = " 。！？!?”\"\n"
# A sentence about the project named just before: "X项目。项目于2023年1月开工…", "…。该项目总投资…".
RE_PROJECT_TOLD_NEXT: Final = re.compile(r"\s*[“\"]?\s*(?:该|此|这个|这一)?项目")


def _event_told_next(ctx: Context, m: Mention) -> bool:
    """Whether the next sentence, about the project named at the end of this one, tells its investment or
    construction (观摩活动来到X项目。“项目于2023年1月开工…)."""
    sent = _sent(ctx, m.start)
    if ctx.text[m.end : sent.end].strip(CLOSING_MARKS):
        return False  # the project ends its sentence
    if RE_SAID_TO_BE.search(ctx.text, sent.start, m.start):
        return False  # X项目，是鄂州市首个光伏电池项目。项目由…: what another project is said to be
    k = bisect.bisect_right(ctx.sentence_starts, m.start)
    if k >= len(ctx.sentences):
        return False
    nxt = ctx.sentences[k]
    return bool(RE_PROJECT_TOLD_NEXT.match(ctx.text, nxt.start, nxt.end)) and \
        RE_PROJECT_EVENT.search(ctx.text, nxt.start, nxt.end) is not None



def _sent(ctx: Context, pos: int) -> Span:
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    return ctx.sentences[max(i, 0)]
