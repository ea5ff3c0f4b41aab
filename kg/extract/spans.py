"""Span finders: each takes the analysed text and returns typed candidate mentions; :func:`find_mentions` runs
them all and settles overlaps (longest wins; list context types its items).

Finders (registry :data:`SPAN_FINDERS`):

* ``suffix``: names ending in a type suffix (有限公司, 项目, 经开区 …), started by :func:`kg.extract.names.name_start`;
* ``list``: items of "A、B、C等…项目/企业" (an item needs no suffix: the list's head types it);
* ``known_firm``: firm names the lexicon knows (listed companies, central SOEs, well-known brands);
* ``place``: divisions of the gazetteer, resolved near the document's region;
* ``firm_context``: a firm named by its role (由X投资建设, 投资方为X, 企业如X, 力促X上市).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.mentions import FIRM, PARK, PLACE, PROJECT, Mention, longest_first
from kg.extract.names import MAX_NAME, clause_start, name_start, valid_name
from kg.extract.text import Span, trim_name
from kg.extract.tokens import word_bounded
from kg.extract.vocab import (
    FIRM_DESCRIPTORS,
    LIST_PROJECT_ENDINGS,
    PROJECT_LIST_HEADS,
    PROJECT_SUFFIXES,
    RE_CLAUSE_QUALIFIER,
    RE_FIRM_TRADE,
    RE_INDUSTRY_QUALIFIER,
    RE_LAST_ITEM_JOIN,
    RE_LIST_COUNT_FIRMS,
    RE_LIST_TAIL,
    RE_PROJECT_EVENT,
    RE_PROJECT_SUFFIX,
)
from kg.lexicon import Lexicon, Place
from kg.lexicon.grammar import FIRM_LEGAL_FORMS, PARK_SUFFIXES, RE_FIRM_LEGAL, park_type
from kg.lexicon.matcher import Matcher
from kg.model import EntityType

FIRM_LIST_HEADS = ("企业", "公司", "集团", "龙头", "市场主体", "银行", "金融机构", "网红", "品牌", "厂商", "翘楚", "巨头")
# A known short name glued to one of these is part of a longer word, not the firm (平安 in 平安建设).
BAD_NEXT_AFTER_KNOWN = frozenset("市县区省镇乡村路街")
LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "town": 3, "village": 4}
# "力促X在主板上市" / "支持X上市": X is a listed or listing firm.
RE_LISTING = re.compile(
    r"(?:力促|支持|推动|推进|助推)(?P<firm>[\u4e00-\u9fff]{2,12}?)"
    r"(?:(?:尽快|早日|加快|冲刺|实现|在|到|登陆)[^，,。；、]{0,8}?)?(?:上市|挂牌|IPO)")
# "当地打火机企业如东亿电气": a firm given as an example of 企业.
RE_FIRM_EXAMPLE = re.compile(r"(?:企业|公司|厂商|龙头)(?:如|像|包括|例如|比如|有)(?P<firm>[\u4e00-\u9fff]{2,8}?)"
                             r"(?=[，,、和与及等强加在将已正])")
# "由X(和Y)(共同)投资建设 / 负责建设 / 实施": X is the investor.
RE_BY_FIRM = re.compile(
    r"由(?P<firm>[^，,。；;由]{2,40}?)(?:共同|联合|独资|全资|负责|牵头)?(?:投资|出资|投建|建设|实施|开发|打造|运营|组建)")
# "投资方为X", "投资主体是X", "项目业主为X".
RE_INVESTOR_IS = re.compile(r"(?:投资方|投资主体|投资商|项目业主|建设单位|实施主体|业主单位)(?:为|是|系)(?P<firm>[^，,。；;]{2,30})")
# Government bodies: never firms, and they end a firm name before them (X市人民政府与Y有限公司).
RE_GOVERNMENT = re.compile(r"(?:人民政府|政府|管委会|委员会|党委|党工委|办事处|街道办)$")


@dataclass(frozen=True)
class Context:
    """What span finders read: the text, its sentences, the lexicon and the document's region."""

    text: str
    sentences: tuple[Span, ...]
    lex: Lexicon
    region: Place | None
    suffixes: tuple[tuple[int, int, EntityType], ...]  # (suffix start, end, type), by end
    sentence_starts: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "sentence_starts", tuple(s.start for s in self.sentences))


def suffix_matcher() -> Matcher:
    """One matcher for every type suffix: firm legal forms, project suffixes, park types."""
    words: dict[str, set[EntityType]] = {}
    for etype, sufs in ((FIRM, FIRM_LEGAL_FORMS), (PROJECT, PROJECT_SUFFIXES), (PARK, PARK_SUFFIXES)):
        for s in sufs:
            words.setdefault(s, set()).add(etype)
    return Matcher({w: frozenset(t) for w, t in words.items()})


def find_suffixes(text: str, matcher: Matcher) -> tuple[tuple[int, int, EntityType], ...]:
    """(start, end, type) of the longest suffix of each type ending at each position."""
    best: dict[tuple[int, EntityType], int] = {}
    for s, e, _w, types in matcher.iter_all(text):
        for t in types:
            if (e, t) not in best or s < best[(e, t)]:
                best[(e, t)] = s
    return tuple(sorted(((s, e, t) for (e, t), s in best.items()), key=lambda x: (x[1], x[0])))


# --- finders ----------------------------------------------------------------------------------------------


def find_suffix_names(ctx: Context) -> list[Mention]:
    out = []
    text, lex = ctx.text, ctx.lex
    for s_start, s_end, etype in ctx.suffixes:
        lo = clause_start(text, s_start)
        start = name_start(text, lo, s_start, s_end, etype, lex)
        if start is None:
            continue
        removed, name = trim_name(text[start:s_end])
        if not valid_name(name, etype, lex):
            continue
        if etype is FIRM:
            name, removed = _firm_after_government(name, removed)
            if not valid_name(name, FIRM, lex):
                continue
        out.append(Mention(start + removed, s_end, etype, name, f"{etype.value}.suffix"))
    return out


def _firm_after_government(name: str, removed: int) -> tuple[str, int]:
    """X市人民政府与Y有限公司 is two parties: the firm starts after a government body."""
    for m in re.finditer(r"(?:人民政府|政府|管委会|委员会)", name):
        if len(name) - m.end() >= 4:
            cut = m.end()
            rest = name[cut:].lstrip("与和同及")
            return rest, removed + (len(name) - len(rest))
    return name, removed


def _list_items(text: str, sent: Span) -> list[tuple[list[Span], str, str]]:
    """Coordinated lists closed by 等 + head in a sentence: (items, head, qualifier)."""
    out = []
    for m in RE_LIST_TAIL.finditer(text, sent.start, sent.end):
        tail = m.start()
        k = tail
        while k > sent.start and text[k - 1] not in "，,。；;：:！？\n":
            k -= 1
        chunk = text[k:tail]
        items = []
        pos = k
        for part in chunk.split("、"):
            items.append(Span(pos, pos + len(part), part))
            pos += len(part) + 1
        last = items[-1]
        j = None
        for j in RE_LAST_ITEM_JOIN.finditer(last.text):
            pass
        if j and j.start() >= 2 and len(last.text) - j.end() >= 2:
            items[-1:] = [Span(last.start, last.start + j.start(), last.text[: j.start()]),
                          Span(last.start + j.end(), last.end, last.text[j.end() :])]
        head = m.group("head") or "家"
        out.append((items, head, m.group("qual")))
    return out


def find_list_items(ctx: Context) -> list[Mention]:
    """Items of "A、B、C等…企业" are firms; of "…等…项目" lists, projects (an item of a project list needs no
    suffix); park-named items of a non-investment list are parks."""
    out: list[Mention] = []
    text, lex = ctx.text, ctx.lex
    for sent in ctx.sentences:
        for items, head, qual in _list_items(text, sent):
            firm_list = head in FIRM_LIST_HEADS or head == "家" or bool(RE_LIST_COUNT_FIRMS.match(qual))
            if firm_list and (RE_INDUSTRY_QUALIFIER.search(qual) or RE_CLAUSE_QUALIFIER.search(qual)):
                continue
            if not firm_list and head not in PROJECT_LIST_HEADS and not head.endswith(("项目", "工程")):
                continue
            for it in items:
                removed, name = trim_name(it.text)
                start = it.start + removed
                if not name or start >= it.end:
                    continue
                mention = _list_item(name, start, it.end, firm_list, qual, lex)
                if mention is not None:
                    out.append(mention)
    return out


def _list_item(name: str, start: int, end: int, firm_list: bool, qual: str, lex: Lexicon) -> Mention | None:
    if firm_list:
        if park_type(name) is not None:
            return Mention(start, end, PARK, name, "park.list") if valid_name(name, PARK, lex) else None
        if len(name) < 2 or lex.gazetteer.resolve(name) is not None or _industry_only(name, lex):
            return None
        return Mention(start, end, FIRM, name, "firm.list") if valid_name(name, FIRM, lex) or \
            lex.firms.is_known(name) else None
    if len(name) > 30 or _industry_only(name, lex) or lex.gazetteer.resolve(name) is not None:
        return None
    if RE_FIRM_LEGAL.fullmatch(name[-4:] if len(name) > 4 else name) and not RE_PROJECT_SUFFIX.search(name):
        return None
    if not valid_name(name, PROJECT, lex):
        return None
    return Mention(start, end, PROJECT, name, "project.list")


def _industry_only(name: str, lex: Lexicon) -> bool:
    """电子信息, 装备制造: an item made of industry words names a kind of business, not one."""
    rest = name
    for sp in lex.taxonomy.find_industries(name):
        rest = rest.replace(sp.surface, "")
    rest = re.sub(r"产业|行业|领域|等|和|及|、|类|型|业", "", rest)
    return len(rest) < 2


def find_known_firms(ctx: Context) -> list[Mention]:
    out = []
    text = ctx.text
    for sp in ctx.lex.firms.find_known(text):
        if sp.end < len(text) and text[sp.end] in BAD_NEXT_AFTER_KNOWN:
            continue
        if not word_bounded(text, sp.start, sp.end):
            continue
        out.append(Mention(sp.start, sp.end, FIRM, sp.surface, "firm.known", score=0.9))
    return out


def find_places(ctx: Context) -> list[Mention]:
    """Places in the text; a name far from the document's region must be written in full or stand in a list
    or chain of places (济南、威海; 上海静安区), since short forms far away are mostly ordinary words
    (大庆之年, 长治久安) or other places' namesakes (锡山城市公园)."""
    gaz, text, reg = ctx.lex.gazetteer, ctx.text, ctx.region
    found = [p for p in gaz.find(text, reg) if p.level != "village"]
    reg_chain = (reg, *gaz.parents(reg.code)) if reg else ()
    reg_province = reg_chain[-1] if reg_chain else None
    reg_city = next((p for p in reg_chain if p.level == "city"), None)
    out = []
    for k, p in enumerate(found):
        if p.code is None:
            continue
        neighbours = [q for q in (found[k - 1] if k else None, found[k + 1] if k + 1 < len(found) else None)
                      if q is not None and abs((q.start - p.end) if q.start >= p.end else (p.start - q.end)) <= 1
                      and q.code]
        listed = bool(neighbours)
        near = reg is None or (reg_province is not None and gaz.is_within(p.code, reg_province.code)) or \
            gaz.is_within(reg.code, p.code)
        rank = LEVEL_RANK.get(p.level or "", 4)
        if p.is_short_form and not listed and not word_bounded(text, p.start, p.end):
            continue  # 绿色通道 holds 通道, but not as a word
        if rank >= 2 and p.is_short_form:
            scope = reg_city or reg_province
            if reg is None or scope is None or not (gaz.is_within(p.code, scope.code) or listed):
                continue
        elif not near and rank >= 1 and not (listed or not p.is_short_form and rank == 1):
            continue
        out.append(Mention(p.start, p.end, PLACE, p.surface, "place.gazetteer", name=p.name, code=p.code,
                           level=p.level))
    return out


def find_firms_by_role(ctx: Context) -> list[Mention]:
    """Firms named by their role, whatever their suffix: 由肥西工投负责建设, 投资方为X, 企业如东亿电气, 力促X上市."""
    out = []
    text, lex = ctx.text, ctx.lex
    for sent in ctx.sentences:
        for rx, rule in ((RE_BY_FIRM, "firm.by"), (RE_INVESTOR_IS, "firm.investor_is")):
            for m in rx.finditer(text, sent.start, sent.end):
                for s, e in _parties(text, m.start("firm"), m.end("firm")):
                    name = text[s:e]
                    if RE_GOVERNMENT.search(name) or lex.gazetteer.resolve(name) is not None:
                        continue
                    if _firm_like(name, lex):
                        out.append(Mention(s, e, FIRM, name, rule, score=0.8))
        for m in RE_LISTING.finditer(text, sent.start, sent.end):
            removed, name = trim_name(m.group("firm"))
            s = m.start("firm") + removed
            if valid_name(name, FIRM, lex) and not name.startswith(("企业", "公司")):
                out.append(Mention(s, s + len(name), FIRM, name, "firm.listing", score=0.8))
        for m in RE_FIRM_EXAMPLE.finditer(text, sent.start, sent.end):
            name = m.group("firm")
            if RE_FIRM_TRADE.search(name[-2:]) and valid_name(name, FIRM, lex):
                out.append(Mention(m.start("firm"), m.end("firm"), FIRM, name, "firm.example", score=0.8))
    return out


def _parties(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parties of "A和B(共同)": offsets of each, leading words trimmed."""
    out = []
    pos = start
    for part in re.split(r"(?:和|与|及|、|以及)", text[start:end]):
        removed, name = trim_name(part)
        s = pos + removed
        if name:
            out.append((s, s + len(name)))
        pos += len(part) + 1
    return out


def _firm_like(name: str, lex: Lexicon) -> bool:
    """A name in a firm's role: it has a legal form or a trade word, is a known firm, or is a short brand-like
    word (2-8 characters, not a generic or place word)."""
    if not 2 <= len(name) <= MAX_NAME or any(w in name for w in ("项目", "政府", "部门", "单位")):
        return False
    if lex.firms.is_known(name) or RE_FIRM_LEGAL.search(name):
        return valid_name(name, FIRM, lex) or lex.firms.is_known(name)
    if name in FIRM_DESCRIPTORS or len(name) > 8:
        return False
    return valid_name(name, FIRM, lex)


Finder = Callable[[Context], list[Mention]]
SPAN_FINDERS: dict[str, Finder] = {
    "suffix": find_suffix_names,
    "list": find_list_items,
    "known_firm": find_known_firms,
    "place": find_places,
    "firm_context": find_firms_by_role,
}
# When two candidates cover the same span, the one found by the finder listed first types it.
TYPE_PRIORITY = ("project.list", "firm.list", "park.list", "firm.by", "firm.investor_is")


def find_mentions(ctx: Context, finders: dict[str, Finder] | None = None) -> list[Mention]:
    """Top-level mentions of every finder, overlaps settled: a list item types its span; then longest wins."""
    cands: list[Mention] = []
    for fn in (finders or SPAN_FINDERS).values():
        cands.extend(fn(ctx))
    by_span: dict[tuple[int, int], Mention] = {}
    for m in sorted(cands, key=lambda m: (TYPE_PRIORITY.index(m.rule) if m.rule in TYPE_PRIORITY else 99)):
        by_span.setdefault((m.start, m.end), m)
    # a project candidate needs an investment or construction word in its sentence (not 一个中心)
    kept = [m for m in by_span.values() if m.type is not PROJECT or m.rule == "project.list" or
            RE_PROJECT_EVENT.search(ctx.text, _sent(ctx, m.start).start, _sent(ctx, m.start).end)]
    return longest_first(kept)


def _sent(ctx: Context, pos: int) -> Span:
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    return ctx.sentences[max(i, 0)]


__all__ = ["Context", "SPAN_FINDERS", "find_mentions", "suffix_matcher", "find_suffixes", "clause_start"]
