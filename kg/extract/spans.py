"""Span finders: each takes the analysed text and returns typed candidate mentions;
:func:`kg.extract.select.find_mentions` runs them all and settles overlaps (longest wins; list context types
its items).

Finders (registry :data:`SPAN_FINDERS`):

* ``suffix``: names ending in a type suffix (有限公司, 项目, 经开区 …), started by
  :func:`kg.extract.names.name_start`;
* ``list``: items of "A、B、C等…项目/企业" (an item needs no suffix: the list's head types it);
* ``known_firm``: firm names the lexicon knows (listed companies, central SOEs, well-known brands);
* ``place``: divisions of the gazetteer, resolved near the document's region;
* ``firm_context``: a firm named by its role (由X投资建设, 投资方为X, 企业如X, 力促X上市);
* ``table``: the project and firm cells of a table of projects (:mod:`kg.extract.tables`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from kg.extract.context import Context
from kg.extract.funded import (
    CENTRE,
    FUNDED_REACH,
    RE_FUNDED_BUILD_BEFORE,
    RE_JOINED_WORKS,
    firm_amount_before,
    may_be_funded,
    rescued,
)
from kg.extract.knownfirms import find_known_firms
from kg.extract.labelled import find_labelled_projects, quoted_start, quoted_whole
from kg.extract.listitems import industry_only
from kg.extract.lists import find_list_items
from kg.extract.mentions import FIRM, PARK, PROJECT, Mention
from kg.extract.nameparts import RE_CAPACITY_PIECE, last_suffix
from kg.extract.names import clause_start, inner_space, name_start
from kg.extract.namestops import VERB_TAGS
from kg.extract.nametrim import (
    firm_after_government,
    firm_after_outer_place,
    last_of_joined,
    leading_words_off,
)
from kg.extract.parknames import park_goes_on
from kg.extract.placespans import find_places
from kg.extract.pretest import Ending, Starting
from kg.extract.roles import find_firms_by_role
from kg.extract.tables import find_table_cells
from kg.extract.text import trim_name
from kg.extract.tokens import cut, cut_window, word_frequency
from kg.extract.validity import kind_words_only, valid_name
from kg.extract.vocab import (
    FUNDED_WORK_SUFFIXES,
    LIST_COMMA,
    NAME_LABEL,
    PLANT_LINE,
    PROJECT_SUFFIXES,
    RE_ASPIRATION,
    RE_PROJECT_SUFFIX,
    TOTAL_CUE_WORDS,
)
from kg.lexicon import Lexicon
from kg.lexicon.grammar import (
    FIRM_LEGAL_FORMS,
    PARK_SUFFIXES,
    RE_FIRM_LEGAL,
)
from kg.lexicon.matcher import Hit, Matcher
from kg.model import EntityType

# A suffix right after one of these ends no name (的项目, 个项目, 该项目, 、项目).
NO_NAME_BEFORE: Final = frozenset("的个等该此这些了在是各批项大类,，。；;：:、（(“\n ")
# … nor after a rank (省级项目, 国家级基地; not 升级项目).
RE_RANK_BEFORE_SUFFIX: Final = re.compile(r"(?:国家|省|市|县|区|州|[一二三四五六七八九十\d])级$")
RANK_CHAR: Final = "级"  # (in every match of RE_RANK_BEFORE_SUFFIX: a test before the regex)


# … nor after a count or a generic qualifier that follows a function word (10个重点项目, 一批招商项目).
RE_GENERIC_BEFORE_SUFFIX = Ending(
    re.compile(r"(?:^|[的个等该此这批项、，,。；;\d])(?:重点|重大|招商|签约|产业|在建"
               r"|续建|新建|主导产业|首位产业|"
               r"新开工|开工|竣工|投产|储备|民生|基础设施|重特大|好|优质|亿元以上)$"
               # (再添新项目, 迎来新项目: a new one, no name)
               r"|(?:添|迎来|引进|引入)了?新$"),
    "上业产商备大好工建新施点生约质")


# Verbs before a phase that split a project into phases (分三期, 共两期, 按二期) rather than name one.
PHASE_SPLIT_VERBS: Final = frozenset("分共按")




def suffix_matcher() -> Matcher:
    """One matcher for every type suffix: firm legal forms, project suffixes, park types."""
    words: dict[str, set[EntityType]] = {}
    for etype, sufs in ((FIRM, FIRM_LEGAL_FORMS), (PROJECT, PROJECT_SUFFIXES + FUNDED_WORK_SUFFIXES),
                        (PARK, PARK_SUFFIXES)):
        for s in sufs:
            words.setdefault(s, set()).add(etype)
    return Matcher({w: frozenset(t) for w, t in words.items()})


# Which type's reading of a suffix two types share (产业基地, 产业园) is tried first.
SUFFIX_TYPE_ORDER: Final = {FIRM: 0, PARK: 1, PROJECT: 2}


def find_suffixes(text: str, matcher: Matcher,
                  hits: list[Hit] | None = None) -> tuple[tuple[int, int, EntityType], ...]:
    """(start, end, type) of the longest suffix of each type ending at each position, in text order (a suffix
    two types share in :data:`SUFFIX_TYPE_ORDER`, never in the order of a set). ``hits``: the matches of
    ``matcher`` in ``text``, when found already (kg.lexicon.Lexicon.scan)."""
    best: dict[tuple[int, EntityType], int] = {}
    for s, e, _w, types in matcher.iter_all(text) if hits is None else hits:
        for t in types:
            if (e, t) not in best or s < best[(e, t)]:
                best[(e, t)] = s
    return tuple(sorted(((s, e, t) for (e, t), s in best.items()),
                        key=lambda x: (x[1], x[0], SUFFIX_TYPE_ORDER[x[2]])))


def find_suffix_names(ctx: Context) -> list[Mention]:
    out = []
    text, lex = ctx.text, ctx.lex
    for s_start, s_end, etype in ctx.suffixes:
        if s_start == 0 or text[s_start - 1] in NO_NAME_BEFORE and not _brand_ends_before(text, s_start) and \
                not inner_space(text, s_start - 1) or \
                RE_GENERIC_BEFORE_SUFFIX.search(text, max(0, s_start - 6), s_start) or \
                text.find(RANK_CHAR, max(0, s_start - 3), s_start) >= 0 and \
                RE_RANK_BEFORE_SUFFIX.search(text, max(0, s_start - 3), s_start):
            continue  # 的项目, 等项目, 该项目, 10个重点项目: nothing but a generic word can end there
        if etype is PROJECT and not may_be_funded(text, s_start, text[s_start:s_end]) or \
                not _suffix_ends_word(text, s_start, s_end, lex):
            continue  # 工程车, 项目组: the suffix is inside a longer word; (a quick look before a name is
            # walked: a funded work's suffix with no money or capacity near it)
        if etype is PROJECT and text[s_end - 1] == "期" and text[s_start - 1] in PHASE_SPLIT_VERBS or \
                etype is PARK and park_goes_on(text, ctx.suffixes, s_start, s_end):
            continue  # 产业园分三期建设: the phases a project is built in, not a name; 西安临空经济区
            # 空港|新城: 空港 is a word of the longer park's name, no suffix here
        if etype is PROJECT and (RE_COUNT_AFTER.match(text, s_end) or
                                 text.startswith(COLLECTION_WORDS, s_end)):
            continue  # 入驻科创中心项目8个, 光荣榜项目名单, 科技金融项目有：…: a count, a roll or a list
            # after it makes a category; 设立新能源管理总部平台公司: a firm's description
        lo = clause_start(text, s_start)
        start = quoted_start(text, lo, s_start, s_end) if etype is PROJECT else -1
        start = name_start(text, lo, s_start, s_end, etype, lex) if start < 0 else start
        removed, name = _keep_known_firm(text, start, s_end,
                                         *trim_name(text[start:s_end], lex.gazetteer.surfaces,
                                                    lex.firms.with_particle), lex)
        if start + removed > 0 and text[start + removed - 1] == LIST_CLOSER:
            continue  # A、B等战略性新兴产业项目: what the list's items are, no name of its own
        removed, name = leading_words_off(text, start, s_end, removed, name, etype, lex)
        removed, name = last_of_joined(name, removed, text[s_start:s_end], etype)
        at = start + removed
        if etype is PROJECT and _kind_of_projects(text, at, name, lex):
            continue
        if etype is PROJECT and text.startswith(CENTRE, s_start) and s_end - s_start == len(CENTRE) and \
                (RE_FUNDED_BUILD_BEFORE.search(text, max(0, at - FUNDED_REACH), at) is None or
                 RE_JOINED_WORKS.search(name)):
            continue  # X中心: a work only where money is spent on building it (投资2.8亿元建设…研发生产中心);
            # 研发检测中心和营销中心: two works joined, no one name (each is found on its own)
        if etype is PROJECT and name.endswith(PLANT_LINE) and (
                not RE_CAPACITY_PIECE.search(name) or RE_PROJECT_SUFFIX.match(text, s_end)):
            continue  # 智能化生产线, 柔性AMOLED生产线 (money spent on the project it is part of): a plant's
            # part, unless its capacity makes it one work (年产6万吨X生产线; a list's items are the list
            # finder's); …生产线技改: the name goes on
        if not valid_name(name, etype, lex, own_total=etype is PROJECT and (name.endswith("项目") and (
                RE_OWN_TOTAL_AFTER.match(text, s_end) is not None or
                text.find(SIGN_CHAR, max(0, at - 50), at) >= 0 and
                RE_SIGNED_OBJECT_BEFORE.search(text, max(0, at - 50), at) is not None) or
                RE_FUNDED_BUILD_BEFORE.search(text, max(0, at - FUNDED_REACH), at) is not None or
                RE_NAME_LABEL_BEFORE.search(text, max(0, at - 8), at) is not None or
                firm_amount_before(text, at, lex) or quoted_whole(text, at, s_end))):
            saved = rescued(text, at, s_end, name, etype, lex)
            if saved is None:
                continue
            removed, name, etype = saved - start, text[saved:s_end], PROJECT
        if etype is not FIRM and _described(ctx, start + removed, name):
            continue
        if etype is FIRM:
            name, removed = firm_after_government(name, removed)
            name, removed = firm_after_outer_place(name, removed, lex)
            if not valid_name(name, FIRM, lex):
                continue
        out.append(Mention(start + removed, s_end, etype, name, f"{etype.value}.suffix"))
    return out


# What opens "集A、B于一体的…": a description of what follows, a name's only when a brand or place heads it.
INTEGRATING: Final = "集"
# … and what closes it (…为一体, …于一体) in the clause.
RE_INTEGRATING_CLOSE: Final = re.compile(r"[^，,。；;！？]{1,40}?[为于]一体")


def _described(ctx: Context, at: int, name: str) -> bool:
    """Whether the project or park name ``name`` at ``at`` says what a work is to be or brings together,
    no name: 打造集…于一体的现代化基地 (…于一体的同仁堂中药产业园 is one: a brand heads it),
    综合体项目|集商务办公、精品酒店…于一体."""
    text = ctx.text
    if name.startswith(INTEGRATING) and RE_INTEGRATING_CLOSE.match(text, at + 1):
        return True
    aspiration = RE_ASPIRATION.search(text, max(0, at - 20), at)
    return aspiration is not None and not (aspiration.group().startswith(INTEGRATING) and
                                           _proper_head(name, ctx))
PROPER_HEAD_CHARS: Final = 8  # characters of a name a place opening it is looked for in


def _proper_head(name: str, ctx: Context) -> bool:
    """Whether a known firm or a place (near the document's region) opens ``name`` (not a brand alone:
    现代|化…)."""
    return any(sp.start == 0 for sp in ctx.lex.firms.find_known(name)) or \
        any(p.start == 0 for p in ctx.lex.gazetteer.find(name[:PROPER_HEAD_CHARS], ctx.region))


# Characters of NO_NAME_BEFORE that may also end a brand (方大|集团, 华大|基因): only alone are they generic.
BRAND_FINAL_CHARS: Final = frozenset("大")
BRAND_FINAL_MAX_FREQ: Final = 1000  # (最大 16299, 重大 12193: adjectives; 光大 199, 方大 0: brands)


def _brand_ends_before(text: str, pos: int) -> bool:
    """Whether the character before ``pos`` ends a word of two or more characters (辽宁|方大|集团), not an
    adjective on its own (的|大|集团)."""
    if text[pos - 1] not in BRAND_FINAL_CHARS:
        return False
    words = cut_window(text[max(0, pos - 4) : pos])
    return bool(words) and len(words[-1].text) >= 2 and word_frequency(words[-1].text) < BRAND_FINAL_MAX_FREQ


def _keep_known_firm(text: str, start: int, end: int, removed: int, name: str,
                     lex: Lexicon) -> tuple[int, str]:
    """Trimming never cuts a known firm or a listed firm's brand in two (芜湖美的|厨热…: that 的 ends no
    modifier)."""
    cut = start + removed
    if removed == 0 or text[cut - 1] != "的":
        return removed, name
    lo = max(start, cut - 6)
    spans = [(lo + sp.start, lo + sp.end) for sp in lex.firms.find_known(text[lo : cut + 6])]
    spans += [(a, a + len(brand)) for a in range(max(start, cut - 4), cut - 1)
              if (brand := lex.firms.brand_at(text[a : cut + 4])) is not None]
    for a, b in spans:
        if a < cut <= b and end - a >= b - a + 2:
            k = text.rfind("的", start, a)  # the modifier ends at the 的 before the brand (…亿元的|芜湖美的…)
            lead = start if k < 0 else k + 1
            skip, rest = trim_name(text[lead:a]) if a > lead else (0, "")
            s = lead + skip if rest else a
            return s - start, text[s:end]
    return removed, name


# The project's own total right after its name (X项目计划投资5亿元, X项目总投资约18亿元, X项目，(项目)总投资约
# 20亿元).
RE_OWN_TOTAL_AFTER: Final = re.compile(r"(?:[，,](?:该|本)?(?:项目)?)?(?:计划|拟|预计)?"
                                r"(?:" + TOTAL_CUE_WORDS + r"|投资)(?:额)?\s?[：:]?(?:约|达|为|超过?)?\s?\d")


# A record's label of a project's name (项目名称：高端游艇智能制造基地): the work is one, by the form.
RE_NAME_LABEL_BEFORE: Final = re.compile(NAME_LABEL + "$")


# Two named parties signing right before a project's name (A与B签署(投资28亿元的)X项目): the project signed is
# one project, so common words may name it.
RE_SIGNED_OBJECT_BEFORE: Final = Ending(re.compile(r"(?:与|和|同)[^，,。；;！？]{2,40}?(?:签署|签订|签约)了?"
                                     r"(?:(?:总)?投资(?:约|达)?[\d.]+(?:亿|万)元的)?$"), "了的约署订")
SIGN_CHAR: Final = "签"  # (in every match of RE_SIGNED_OBJECT_BEFORE: a test before the regex)


# A roll of projects (重大产业项目光荣榜项目名单, 项目清单): what comes before names no project.
COLLECTION_WORDS: Final = ("名单", "清单", "名录", "平台公司", "有限公司", "公司",  # (…总部平台公司: a firm)
                           "有：", "有:")  # (签约的科技金融项目有：A、B: a kind, its members listed)


# A count right after a project phrase (工业项目13个, 科创中心项目8个, 生产线1条): it names a category.
RE_COUNT_AFTER: Final = Starting(re.compile(r"\s*(?:\d+|[一二三四五六七八九十百两几]+)\s*(?:个|项|宗|条)"),
                                 "一七三两九二五八六几十四百", digits=True, spaces=True)


# Work on a project right after its suffix: the suffix ends the name even where jieba joins them (工程建设).
SUFFIX_THEN_WORK: Final = ("建设", "施工", "开工", "竣工", "投产")
# A party of the work right after its suffix (项目业主, 项目单位): the suffix ends the name where jieba joins
# them.
SUFFIX_THEN_ROLE: Final = ("业主", "单位", "法人", "投资方", "建设方", "方为")
# "Inside" right after a park (工业集中区内, 园区里): the suffix ends the name where jieba joins them (区内).
INSIDE_WORDS: Final = frozenset("内里")


# A verb of two characters or more that jieba's dictionary joins to a suffix before it (项目选择, 集团选择):
# the clause's predicate after a name, not a longer noun (项目组, 工程师).
MIN_JOINED_VERB: Final = 2
# The suffixes of names that are a clause's subject before such a verb (工程造价, 中心诊所 are nouns)
SUBJECT_SUFFIXES: Final = frozenset({"项目", "集团", "公司"})


def _suffix_ends_word(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a suffix match ends a word (项目 in 项目组 does not; in 项目选择落地 it does)."""
    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff" or text.startswith(SUFFIX_THEN_WORK, end) \
            or text[end] in INSIDE_WORDS or text.startswith(SUFFIX_THEN_ROLE, end):
        return True
    pos = 0
    for w in cut(text[start : end + 3]):
        pos += len(w)
        if pos == end - start:
            return True
        if pos > end - start:
            rest = w[len(w) - (pos - (end - start)) :]
            return text[start:end] in SUBJECT_SUFFIXES and len(rest) >= MIN_JOINED_VERB and \
                lex.words.tag(rest) in VERB_TAGS
    return True


def _kind_of_projects(text: str, at: int, name: str, lex: Lexicon) -> bool:
    """Whether the project name ``name`` at ``at`` names a kind of project: after a count (6个汽车零部件项目,
    4个大湾区项目), or as the last of a list of kinds the 项目 ends (涉及现代物流、文化旅游、城市更新项目:
    the item before it is a kind too)."""
    if RE_COUNT_BEFORE_NAME.search(text, max(0, at - 4), at):
        return industry_only(_head(name), lex) or common_kind(name, lex)
    if at == 0 or text[at - 1] != LIST_COMMA or not kind_words_only(_head(name), lex):
        return False
    lo = max(0, at - 2 - KIND_ITEM_REACH)
    marks = [m.end() for m in RE_ITEM_BOUNDARY.finditer(text, lo, at - 1)]
    if marks:
        lo = marks[-1]
    elif lo > 0:
        return False  # (an item longer than a kind's name)
    item = text[lo : at - 1]
    return len(item) >= 2 and last_suffix(item) is None and kind_words_only(item, lex)


KIND_ITEM_REACH: Final = 10  # characters the kind before a listed kind may have
RE_ITEM_BOUNDARY: Final = re.compile(r"[、，,。；;：:！？\s]")


def common_kind(name: str, lex: Lexicon) -> bool:
    """A name with nothing of its own: no figure, Latin code or quote, no firm, no place (大湾区项目,
    新动能项目: after a count, the kind of the projects counted)."""
    return not (RE_OWN_MARK.search(name) or lex.firms.find_known(name) or
                any(p.code for p in lex.gazetteer.find(name)) or RE_FIRM_LEGAL.search(name))


RE_OWN_MARK: Final = re.compile(r"[\dA-Za-zＡ-Ｚａ-ｚ“”\"]")


def _head(name: str) -> str:
    """``name`` without the run of suffixes that ends it (汽车零部件项目 -> 汽车零部件)."""
    m = last_suffix(name)
    return name[: m.start()] if m is not None else name


# A count right before a name (6个|汽车零部件项目): what follows is a kind when it is an industry alone.
# (not an ordinal: 全国第一个…项目)
RE_COUNT_BEFORE_NAME: Final = Ending(re.compile(r"(?<![第\d一二三四五六七八九十两几多])"
                                         r"(?:\d+|[一二三四五六七八九十两几多]+)[个项类]$"), "个类项")


Finder = Callable[[Context], list[Mention]]


SPAN_FINDERS: Final[dict[str, Finder]] = {
    "suffix": find_suffix_names,
    "list": find_list_items,
    "known_firm": find_known_firms,
    "place": find_places,
    "firm_context": find_firms_by_role,
    "table": find_table_cells,
    "labelled": find_labelled_projects,
}


# What closes a list (A、B等…): a phrase right after it names the items' kind.
LIST_CLOSER: Final = "等"


__all__ = ["Context", "SPAN_FINDERS", "Finder", "suffix_matcher", "find_suffixes", "clause_start",
           "common_kind"]
