"""Mentions and facts of one document -> its :class:`~kg.model.Extraction`: entities (mentions grouped by
key, surfaces as aliases), relations with their evidence sentence and frame, investment amounts, stages and
years."""

from __future__ import annotations

import re
from typing import Any, Final

from kg.extract.abbreviations import abbreviations, stated_short_names, stated_totals
from kg.extract.build import new_entity, new_evidence, new_relation
from kg.extract.frames import Fact
from kg.extract.heads import country_prefix
from kg.extract.investors import investments
from kg.extract.mentions import FIRM, INDUSTRY, PARK, PLACE, PROJECT, Found, Mention
from kg.extract.pairrefs import PAIR_REFERENCE_RULE
from kg.extract.parkrefs import REFERENCE_RULE
from kg.extract.pretest import Ending
from kg.extract.text import with_prefix
from kg.extract.vocab import RE_FIRM_TRADE, RE_STAGE, STAGE_WORDS
from kg.extract.years import find_years
from kg.lexicon.grammar import RE_FIRM_LEGAL
from kg.model import Document, Entity, EntityType, Extraction, Relation, RelType, make_key

GENERIC_STAGES: Final = (None, "投资", "建设")
# Frames that infer a location from the document.
WEAK_LOCATION_FRAMES: Final = frozenset({"located_in.event_host", "located_in.document_host"})
# A sentence's setting (在青岛，…) yields to a park the text states for the same subject, or a smaller place.
SETTING_FRAME: Final = "located_in.setting"
PLACE_LEVELS: Final = ("province", "city", "county", "town", "village")
# Trailing suffixes and phases of a project name (…产业园项目一期).
RE_SUFFIX_TAIL = Ending(
    re.compile(r"(?:项目|工程|[（(]?(?:[一二三四五六七八九十首]期|一阶段|二阶段)[)）]?)+$"),
    ")期段目程）")
# Firm names that differ from a longer one of the document only by these endings are the same firm.
FIRM_FOLD_ENDINGS: Final = ("", "公司", "集团", "有限公司", "股份有限公司", "集团有限公司", "控股")
KEY_CACHE: Final = 65536  # entity keys remembered


REFERENCE_RULES: Final = frozenset({REFERENCE_RULE, PAIR_REFERENCE_RULE})  # mentions that refer back


def _key(m: Mention) -> str:
    if m.type is PLACE:
        return _make_key(PLACE, m.label, m.code)
    return _make_key(m.type, m.label, None)


def _make_key(etype: EntityType, name: str, code: str | None) -> str:
    """:func:`kg.model.make_key`, remembered: a document's names recur in it, and across documents."""
    k = (etype, name, code)
    got = _KEYS.get(k)
    if got is None:
        if len(_KEYS) >= KEY_CACHE:
            _KEYS.clear()
        got = _KEYS[k] = make_key(etype, name, code)
    return got


# _make_key's keys (a dict: see tokens.CUT_CACHE)
_KEYS: Final[dict[tuple[EntityType, str, str | None], str]] = {}


def _base(name: str) -> str:
    """A project name without its trailing suffixes and phases: 肥西…产业园项目一期 -> 肥西…产业园."""
    m = RE_SUFFIX_TAIL.search(name)
    return name[: m.start()] if m and m.start() >= 2 else name


def _after_home(name: str, lex: Any, places: bool = True) -> str:
    """A firm's name without the country (or, with ``places``, the place) it opens with (美国|特斯拉公司,
    长沙|比亚迪…)."""
    country = country_prefix(name)
    if country:
        return name[len(country) :]
    if not places:
        return name
    place = next((k for k in (4, 3, 2) if len(name) - k >= 2 and lex.gazetteer.surfaces.get(name[:k])), 0)
    return name[place:]


# A firm's brand and a bare 公司: the short form of the one legal name in the document that holds the brand.
BARE_COMPANY: Final = "公司"


def _fold_firms(groups: dict[str, Any], names: dict[str, str], lex: Any, rename: dict[str, str]) -> None:
    """Firms: a short name that starts one longer name and differs by trade words or the legal form (五矿 ->
    五矿集团), into ``rename``."""
    firms = sorted((k for k in groups if k.startswith("firm:")), key=len)
    home = {k: _after_home(names[k], lex) for k in firms}
    order = {k: n for n, k in enumerate(firms)}
    # the firms whose name, or name after its place, starts with a given name: by bisection, not a scan
    by_name = sorted((names[k], k) for k in firms)
    by_home = sorted((home[k], k) for k in firms)
    for short in firms:
        sname = names[short]
        if sname.endswith(BARE_COMPANY) and len(sname) - len(BARE_COMPANY) >= 2 and \
                not RE_FIRM_LEGAL.search(sname[: -len(BARE_COMPANY)]):
            # 瑞庆时代公司: the one legal name holding the brand (广东瑞庆时代…有限公司), written short
            core = sname[: -len(BARE_COMPANY)]
            holders = {k for k in (*with_prefix(by_name, core), *with_prefix(by_home, core))
                       if k != short and RE_FIRM_LEGAL.search(names[k])}
            if len(holders) == 1:
                rename[short] = holders.pop()
                continue
        known = lex.firms.is_known(sname)
        longer = sorted({k for k in (*with_prefix(by_name, sname), *with_prefix(by_home, sname))
                         if order[k] > order[short]}, key=order.__getitem__)
        legal = [k for k in longer if RE_FIRM_LEGAL.search(names[k]) and names[k].startswith(sname)]
        rest = names[longer[0]] if longer and names[longer[0]].startswith(sname) else \
            home[longer[0]] if longer else ""
        ending = rest[len(sname) :]
        # after a place, a known brand's firm adds only its legal form (江西|沐邦高科|股份有限公司);
        # 江阴顺丰|鞋业 is a namesake, no 顺丰's
        if known and longer and not names[longer[0]].startswith(sname) and ending not in FIRM_FOLD_ENDINGS:
            continue
        if len(sname) >= 2 and len(longer) == 1 and RE_FIRM_TRADE.sub("", ending) in FIRM_FOLD_ENDINGS:
            rename[short] = longer[0]
        elif len(sname) >= 2 and len(legal) == 1 and not RE_FIRM_LEGAL.search(sname):
            rename[short] = legal[0]  # 比亚迪 … 比亚迪汽车工业有限公司


def _fold(groups: dict[str, Any], lex: Any, firm_names: set[str],
          totals: dict[str, set[int]]) -> dict[str, str]:
    """Names of one entity written differently in one document, folded into one key:

    * firms: a short name that starts one longer name and differs by trade words or the legal form
      (五矿 -> 五矿集团);
    * projects: the same base with other suffixes or phases (X产业园, X产业园项目, X产业园一期); a name that
      is another with a place, park or firm in front (绥化市北林区黑木耳精深加工项目 = 黑木耳精深加工项目); a
      brand's short project name (恒港项目 = 恒港跨境综合产业园项目);
    * parks: one canonical name that is another with a place or rank in front (苏州国家信息安全产业园 =
      信息安全产业园)."""
    rename: dict[str, str] = {}
    names = {k: k.split(":", 1)[1] for k in groups}
    _fold_firms(groups, names, lex, rename)
    projects = sorted((k for k in groups if k.startswith("project:")), key=lambda k: (-len(names[k]), k))
    bases = {k: _base(names[k]) for k in projects}
    by_base: dict[str, str] = {}
    for k in projects:
        b = bases[k]
        if b in by_base:
            rename[k] = by_base[b]
        else:
            by_base[b] = k
    # the projects that end with a name, or whose base starts with a base: by bisection, not a scan of all
    by_reversed = sorted((names[k][::-1], k) for k in projects)
    by_base_name = sorted((bases[k], k) for k in projects)
    position = {k: n for n, k in enumerate(projects)}
    for k in projects:
        if k in rename:
            continue
        n = names[k]
        candidates = set(with_prefix(by_reversed, n[::-1])) if len(n) >= 4 else set()
        if n != bases[k] and len(bases[k]) >= 2:
            candidates.update(with_prefix(by_base_name, bases[k]))
        for other in sorted(candidates, key=position.__getitem__):
            o = names[other]
            if other == k or other in rename or len(o) <= len(n):
                continue
            head = o[: len(o) - len(n)]
            if o.endswith(n) and len(n) >= 4 and (lex.gazetteer.resolve(head) is not None or
                                                  lex.gazetteer.places_only(head) or head in firm_names or
                                                  lex.park_canonical(head) is not None):
                rename[k] = other
                break
            b, ob = bases[k], bases[other]
            if n != b and len(b) >= 2 and ob.startswith(b) and len(ob) > len(b) + 1:
                rename[k] = other  # 恒港项目 = 恒港跨境综合产业园项目
                break
    for k, other in abbreviations({k: bases[k] for k in projects if k not in rename}, totals).items():
        rename.setdefault(k, other)  # 国六柴油机缸体缸盖产能扩建项目 = 云内动力…国六柴油机缸体缸盖…产能扩建…
    parks = sorted((k for k in groups if k.startswith("park:")), key=len)
    for i, short in enumerate(parks):
        sname = names[short]
        longer = [k for k in parks[i + 1 :] if names[k].endswith(sname)]
        if len(longer) == 1 and lex.gazetteer.places_only(names[longer[0]][: -len(sname)]):
            rename[short] = longer[0]
    return rename


def _events(found: Found, ms: list[Mention]) -> list[dict[str, Any]]:
    """Stage and year of a project in each sentence that names it (签约 2022, 开工 2023 …)."""
    events: list[dict[str, Any]] = []
    for m in ms:
        sent = found.sentence_of(m.start)
        st = RE_STAGE.search(found.text, m.end, sent.end) or RE_STAGE.search(found.text, sent.start, sent.end)
        if not st:
            continue
        ev = {"stage": STAGE_WORDS[st.group()], "year": _year_before(found, sent.start, st.start())}
        if ev not in events:
            events.append(ev)
    explicit = next((e["year"] for e in events if e["year"]), found.year)
    out: list[dict[str, Any]] = []
    for e in events:
        e = {"stage": e["stage"], "year": e["year"] or explicit}
        if e not in out:
            out.append(e)
    return out


def _year_before(found: Found, start: int, pos: int) -> int | None:
    """The nearest year a sentence states before ``pos`` (2023年…启动建设)."""
    best = None
    for y in find_years(found.text[start:pos], found.year):
        if y.year and (found.year is None or y.year <= found.year + 1):
            best = y.year
    return best


def entities_of(found: Found, targets: frozenset[int] = frozenset()) -> tuple[dict[str, Entity],
                                                                              list[str | None]]:
    """Entities by key, and each mention's entity key (None for mentions that make no entity of their own)."""
    groups: dict[str, list[tuple[int, Mention]]] = {}
    keys: list[str | None] = []
    for i, m in enumerate(found.mentions):
        k = _key(m)
        keys.append(k)
        groups.setdefault(k, []).append((i, m))
    firm_names = {m.text for ms in groups.values() for _, m in ms if m.type is FIRM}
    rename = _fold(groups, found.lex, firm_names, stated_totals(found, keys))
    for short, long_ in stated_short_names(found, keys).items():
        rename.setdefault(short, long_)
    for short, long_ in rename.items():
        while long_ in rename:
            long_ = rename[long_]
        groups.setdefault(long_, []).extend(groups.pop(short, []))
    keys = [rename.get(k, k) if k else k for k in keys]
    entities: dict[str, Entity] = {}
    rekey: dict[str, str] = {}
    for k, indexed in groups.items():
        ms = [m for _, m in indexed]
        m0 = ms[0]
        if m0.type is PLACE and all(m.inner for m in ms) and not any(i in targets for i, _ in indexed):
            continue  # a place only inside a name (湖北 in 湖北自贸区) is no entity of the document, unless
            # a fact places something there (横州市 of 横州市潮力…项目)
        # (in text order: of two longest names, the one written first names the entity)
        surfaces = list(dict.fromkeys(m.text for m in sorted(ms, key=lambda m: m.start)
                                      if m.rule not in REFERENCE_RULES))  # (开发区, 前者: no alias)
        attrs: dict[str, Any] = {}
        level = code = None
        if m0.type is PLACE:
            name, level, code = m0.label, m0.level, m0.code
        elif m0.type is PARK:
            name = m0.label
            canon = found.lex.park_canonical(m0.text)
            if canon:
                attrs["park_type"] = canon[1]
        else:
            name = max(surfaces, key=len)
        if m0.type is INDUSTRY:
            links = [m.link for m in ms if m.link]
            if links:
                attrs["link"] = links[0]
        if m0.type is PROJECT:
            attrs.update(_project_attrs(found, indexed))
        aliases = tuple(s for s in surfaces if s != name)
        ent = new_entity(m0.type, name, aliases, tuple(sorted({(m.start, m.end) for m in ms})), level, code,
                         attrs)
        ek = k if name == m0.label else ent.key  # (a key is computed from the name: only when it may differ)
        entities[ek] = ent
        if ek != k:
            rekey[k] = ek  # (the name chosen is not the one the group was filed under)
    return entities, [rekey.get(k, k) if k else k for k in keys]


def _project_attrs(found: Found, indexed: list[tuple[int, Mention]]) -> dict[str, Any]:
    """A project's events (stage, year) and its own stated total."""
    attrs: dict[str, Any] = {}
    events = _events(found, [m for _, m in indexed])
    if events:
        attrs["events"] = events
    amounts = [found.amounts[found.project_amounts[i]] for i, _ in indexed if i in found.project_amounts]
    if amounts:
        attrs["amount_cny"] = amounts[0].value_cny
        attrs["amount"] = amounts[0].value
        attrs["currency"] = amounts[0].currency
    return attrs


def _sentence_year(found: Found, fact: Fact) -> int | None:
    s = fact.sentence
    for y in find_years(found.text[s.start : s.end], found.year):
        if y.year and (found.year is None or y.year <= found.year + 1):
            return y.year
    return None


def _most_specific(found: Found, facts: list[Fact], keys: list[str | None]) -> list[Fact]:
    """A place inferred from a document's event (located_in.event_host) yields to any location the text states
    for the same subject; a park yields to a park inside it (西安高新区 to 西安高新区草堂科技产业基地)."""
    stated: dict[str | None, list[Mention]] = {}
    for f in facts:
        if f.type is RelType.LOCATED_IN and f.frame not in WEAK_LOCATION_FRAMES and f.frame != SETTING_FRAME:
            stated.setdefault(keys[f.source], []).append(found.mentions[f.target])
    facts = [f for f in facts if not (f.frame in WEAK_LOCATION_FRAMES and keys[f.source] in stated or
                                      f.frame == SETTING_FRAME and any(
                                          _narrower(t, found.mentions[f.target])
                                          for t in stated.get(keys[f.source], ())))]
    parks: dict[str | None, list[str]] = {}
    for f in facts:
        if f.type is RelType.LOCATED_IN and found.mentions[f.target].type is PARK:
            parks.setdefault(keys[f.source], []).append(found.mentions[f.target].text)
    out = []
    for f in facts:
        t = found.mentions[f.target]
        if f.type is RelType.LOCATED_IN and t.type is PARK and any(
                o != t.text and o.startswith(t.text) for o in parks.get(keys[f.source], ())):
            continue
        out.append(f)
    return out


def _narrower(stated: Mention, setting: Mention) -> bool:
    """Whether a stated location says more than a setting: a park, or a place of a lower level."""
    if stated.type is PARK:
        return True
    if setting.type is PARK or stated.level not in PLACE_LEVELS or setting.level not in PLACE_LEVELS:
        return False
    return PLACE_LEVELS.index(stated.level) > PLACE_LEVELS.index(setting.level)


def assemble(doc: Document, found: Found, facts: list[Fact]) -> Extraction:
    """The document's entities and relations, each relation with its evidence sentence and frame."""
    entities, keys = entities_of(found, frozenset(f.target for f in facts if f.type is RelType.LOCATED_IN))
    facts, amounts = investments(found, _most_specific(found, facts, keys), keys)
    rels: dict[tuple[str, str, str], Relation] = {}
    for n, fact in enumerate(facts):
        sk, tk = keys[fact.source], keys[fact.target]
        if not sk or not tk or sk == tk or sk not in entities or tk not in entities:
            continue
        amount_cny = amount = currency = None
        ai = amounts.get(n)
        if ai is not None:
            a = found.amounts[ai]
            amount_cny, amount, currency = a.value_cny, a.value, a.currency
        s = fact.sentence
        ev = new_evidence(doc.doc_id, doc.text[s.start : s.end].strip(), s.start, s.end, fact.frame,
                          fact.confidence)
        key = (fact.type.value, sk, tk)
        old = rels.get(key)
        if old is None:
            year, stage = None, fact.stage
            if fact.type is RelType.INVESTS_IN:
                events = entities[tk].attrs.get("events") or [{}]
                year = _sentence_year(found, fact) or events[0].get("year") or found.year
                if stage in GENERIC_STAGES:
                    specific = [e["stage"] for e in events if e.get("stage") not in GENERIC_STAGES]
                    stage = specific[0] if specific else stage
            rels[key] = new_relation(fact.type, sk, tk, amount_cny, amount, currency, year, stage, (ev,))
        else:
            evs = old.evidence if ev in old.evidence else (*old.evidence, ev)
            rels[key] = new_relation(old.type, sk, tk,
                                     old.amount_cny if old.amount_cny is not None else amount_cny,
                                     old.amount if old.amount is not None else amount,
                                     old.currency or currency, old.year, old.stage or fact.stage, evs)
    used = {k for r in rels.values() for k in (r.source, r.target)}
    ents = tuple(e for k, e in sorted(entities.items()) if e.type is not INDUSTRY or k in used)
    return Extraction(doc, ents, tuple(rels.values()))
