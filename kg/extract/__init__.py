"""Extraction: one :class:`~kg.model.Document` -> one :class:`~kg.model.Extraction` (entities, relations, evidence).

Steps: sentences -> entity mentions (suffix grammar, lists, known names, gazetteer, industry taxonomy) ->
relation rules (:mod:`kg.extract.rules`) -> entities grouped by key with aliases and mentions.

>>> from kg.model import Document
>>> doc = Document("d", "d.txt", None, "2023", "邵阳市",
...     "总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约。该项目由山西易高能源有限公司投资建设。")
>>> ex = extract(doc)
>>> sorted(e.name for e in ex.entities if e.type.value in ("firm", "project", "park"))
['山西易高能源有限公司', '邵阳经济技术开发区', '锂离子动力电池项目']
>>> [(r.type.value, r.amount_cny) for r in ex.relations if r.type.value == "INVESTS_IN"]
[('INVESTS_IN', 1600000000)]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.errors import ExtractError, KgError
from kg.extract.amounts import find_amounts, find_years
from kg.extract.entities import Mention, find_entity_mentions, filter_spans, park_canonical
from kg.lexicon.gazetteer import Gazetteer
from kg.extract.patterns import (
    RE_FIRM_LEGAL,
    RE_FIRM_TRADE,
    RE_PARK_SUFFIX,
    RE_PROJECT_SUFFIX,
    RE_STAGE,
    STAGE_WORDS,
)
from kg.extract.resources import (
    industry_frames,
    is_broad_industry,
    known_firms,
    taxonomy_matches,
    word_bounded,
)
from kg.extract.rules import (
    INDUSTRY_WORD_PREFIXES,
    RE_INDUSTRY_FRAME,
    RULES,
    Fact,
    Found,
    part_of_chains,
    part_of_statements,
)
from kg.extract.text import split_sentences, trim_name
from kg.model import Document, Entity, EntityType, Evidence, Extraction, Relation, RelType, make_key, normalise_name

FIRM, PROJECT, PARK, PLACE, INDUSTRY = (EntityType.FIRM, EntityType.PROJECT, EntityType.PARK, EntityType.PLACE,
                                        EntityType.INDUSTRY)
# Countries (general knowledge): a name starting with one names where a firm comes from, not a brand.
COUNTRY_NAMES = ("中国", "德国", "美国", "日本", "韩国", "法国", "英国", "意大利", "新加坡", "澳大利亚", "加拿大",
                 "俄罗斯", "印度", "荷兰", "瑞士", "瑞典", "西班牙", "以色列", "泰国", "越南", "马来西亚", "中欧", "中非",
                 "中德", "中美", "中日", "中韩", "民族", "国家", "国际")
# Project names ending in a seat word name their firm before it: 千视通全球总部, 五矿湖南总部.
HQ_ENDINGS = ("全球总部", "区域总部", "总部基地项目", "总部基地", "总部项目", "总部")

# Rules whose facts come from the chain taxonomy rather than the text's words (a product keyword in a project
# name mapped to its chain link): kept in the graph, left out of the text-fact records.
TAXONOMY_RULES = frozenset({"in_industry.name_taxonomy"})

__all__ = ["extract", "extract_many"]


LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "town": 3, "village": 4}


def _place_mentions(text: str, region: str | None) -> list[Mention]:
    """Places in ``text``; a name far from the document's region must be written in full or stand in a list
    or chain of places (济南、威海; 上海静安区), since short forms far away are mostly ordinary words
    (大庆之年, 长治久安) or other places' namesakes (锡山城市公园)."""
    gaz = Gazetteer.load()
    found = [p for p in gaz.find(text, region) if p.level != "village"]
    reg = gaz.resolve(region) if region else None
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
            # a county or town by its short form: only inside the region's city (or province, for a province)
            scope = reg_city or reg_province
            if reg is None or scope is None or not (gaz.is_within(p.code, scope.code) or listed):
                continue
        elif not near and rank >= 1 and not (listed or not p.is_short_form and rank == 1):
            continue
        out.append(Mention(p.start, p.end, PLACE, p.surface, "place.gazetteer",
                           {"code": p.code, "name": p.name, "level": p.level}))
    return out


def _firm_inside(text: str, m: Mention, known: list[Mention]) -> Mention | None:
    """A firm named at the start of a project name: 华为邵阳运营中心项目, 烽火科技咸宁创新谷, 千视通全球总部."""
    name = m.text
    legal = None
    for legal in RE_FIRM_LEGAL.finditer(name):
        break
    if legal is not None and legal.start() >= 2 and len(name) - legal.end() >= 2:
        firm = name[: legal.end()]
        return Mention(m.start, m.start + len(firm), FIRM, firm, "firm.in_project_name")
    for k in known:
        if k.start == m.start and k.end < m.end:
            return Mention(k.start, k.end, FIRM, k.text, "firm.in_project_name")
    for i in range(2, min(5, len(name) - 2) + 1):
        mt = RE_FIRM_TRADE.match(name, i)
        if mt and len(name) - mt.end() >= 2 and not RE_PROJECT_SUFFIX.match(name, i):
            firm = name[: mt.end()]
            if _brand_like(firm[:i]) and not _is_industry_word(firm):
                return Mention(m.start, m.start + len(firm), FIRM, firm, "firm.in_project_name")
    for ending in HQ_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            firm = name[: -len(ending)]
            # 五矿湖南总部: the seat's place is not part of the firm's name
            for p in Gazetteer.load().find(firm):
                if p.end == len(firm) and p.start >= 2:
                    firm = firm[: p.start]
                    break
            if _brand_like(firm):
                return Mention(m.start, m.start + len(firm), FIRM, firm, "firm.hq_of")
    return None


RE_AMOUNT_AFTER_PROJECT = re.compile(
    r"^[，,]?(?:项目)?(?:总投资|计划投资|投资总额|总投资额|投资额|投资)(?:额)?(?:为|约|达|达到|超|超过|逾|近|约为)?$")
RE_SUFFIX_RUN = re.compile(f"(?:{RE_PROJECT_SUFFIX.pattern})+")
RE_NOT_BRAND = re.compile(r"[与和及或用的为在等、]|^[新老大小全]|^(?:" + "|".join(COUNTRY_NAMES) + ")")


def _brand_like(s: str) -> bool:
    """A firm's brand part: 2-6 characters, no connector, not a place or an industry word."""
    if not 2 <= len(s) <= 8 or RE_NOT_BRAND.search(s) or taxonomy_matches(s):
        return False
    return Gazetteer.load().resolve(s) is None


def _inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping ``spans``."""
    import bisect

    k = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return any(0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1] for j in (k, k + 1))


def _is_division(gaz: Gazetteer, name: str) -> bool:
    """上海市浦东新区, 滨海新区: the name ends in a division whose official name has the park suffix."""
    found = gaz.find(name)
    return bool(found) and found[-1].end == len(name) and not found[-1].is_short_form and found[-1].code is not None


def _park_prefix(name: str) -> str | None:
    """The canonical park a project name starts with: 湘西经开区仓储物流分拣中心 -> 湘西经济技术开发区."""
    for pm in RE_PARK_SUFFIX.finditer(name):
        if len(name) - pm.end() >= 2:
            canon = park_canonical(name[: pm.end()])
            if canon:
                return canon[0]
    return None


def _is_industry_word(s: str) -> bool:
    """生物医药, 新能源汽车: the whole string is an industry keyword (so no firm name)."""
    return any(t[0] == 0 and t[1] == len(s) for t in taxonomy_matches(s))


def _industry_frames(text: str, sentences) -> list[Mention]:  # type: ignore[no-untyped-def]
    out = [Mention(s, e, INDUSTRY, surface, "industry.frame", {"frame": "sentence_any", "link": name})
           for s, e, surface, name in industry_frames(text)]
    for sent in sentences:
        for mm in RE_INDUSTRY_FRAME.finditer(text, sent.start, sent.end):
            for g in ("a", "b", "c", "d", "e"):
                if mm.group(g):
                    s = mm.start(g)
                    word = mm.group(g)
                    for p in INDUSTRY_WORD_PREFIXES:
                        if word.startswith(p) and len(word) - len(p) >= 2:
                            word, s = word[len(p) :], s + len(p)
                    if len(word) >= 2:
                        frame = {"a": "leader", "e": "list"}.get(g, "sentence")
                        out.append(Mention(s, s + len(word), INDUSTRY, word, "industry.frame", {"frame": frame}))
    return out


def _find_mentions(doc: Document) -> Found:
    text = doc.extraction_text
    sentences = split_sentences(text)
    gaz = Gazetteer.load()
    # a "park" whose whole name is a division's official name (浦东新区, 滨海新区) is that division
    ents = [m for m in find_entity_mentions(text, sentences) if not (m.type is PARK and _is_division(gaz, m.text))]
    known = known_firms(text)
    places = _place_mentions(text, doc.region)
    industries = _industry_frames(text, sentences)
    # known firm names and places fill the gaps the grammar left; names win over what is inside them
    top = filter_spans([*ents, *known, *places])
    top_set = set(top)
    # an industry word inside a name (星光农机产业园) says nothing about the sentence
    named = sorted((m.start, m.end) for m in top if m.type in (FIRM, PROJECT, PARK))
    industries = [m for m in industries if not _inside_any(named, m.start, m.end)]
    mentions: list[Mention] = list(top)
    # places and firms inside project/park names (kept as attributes, and firms as nested mentions)
    mentions.sort(key=lambda m: (m.start, -m.end))
    extra: list[Mention] = []
    for m in mentions:
        if m.type not in (PROJECT, PARK):
            continue
        inner_places = [p for p in places if p not in top_set and m.start <= p.start and p.end <= m.end]
        if inner_places:
            m.attrs["inner_place_mention"] = inner_places[0]
        if m.type is PROJECT:
            park = _park_prefix(m.text)
            if park is not None:
                m.attrs["inner_park_canon"] = park
        if m.type is PROJECT:
            firm = _firm_inside(text, m, known)
            if firm is not None:
                extra.append(firm)
                m.attrs["inner_firm_mention"] = firm
            inds = taxonomy_matches(m.text)
            if inds:
                m.attrs["inner_industry_words"] = inds
    amounts = find_amounts(text)
    all_mentions = sorted([*mentions, *extra, *industries], key=lambda m: (m.start, -m.end))
    index = {id(m): i for i, m in enumerate(all_mentions)}
    # project-level links need indexes; industry words inside names become INDUSTRY mentions
    more: list[Mention] = []
    for m in all_mentions:
        if "inner_industry_words" in m.attrs:
            for (s, e, surface, link) in m.attrs.pop("inner_industry_words"):
                more.append(Mention(m.start + s, m.start + e, INDUSTRY, surface, "industry.in_name",
                                    {"link": link, "owner": id(m), "broad": is_broad_industry(surface)}))
    all_mentions = sorted([*all_mentions, *more], key=lambda m: (m.start, -m.end))
    index = {id(m): i for i, m in enumerate(all_mentions)}
    for m in all_mentions:
        if "inner_place_mention" in m.attrs:
            inner = m.attrs.pop("inner_place_mention")
            # the place in a name counts when the document also names it on its own (麦市食品产业园 … 麦市)
            same = [i for i, p in enumerate(all_mentions) if p.type is PLACE and inner.attrs.get("code")
                    and p.attrs.get("code") == inner.attrs.get("code")]
            if same:
                m.attrs["inner_place"] = same[0]
        if "inner_firm_mention" in m.attrs:
            m.attrs["inner_firm"] = index[id(m.attrs.pop("inner_firm_mention"))]
    park_index = {}
    for i, m in enumerate(all_mentions):
        if m.type is PARK:
            canon = park_canonical(m.text)
            if canon:
                park_index.setdefault(canon[0], i)
    for m in all_mentions:
        canon_name = m.attrs.pop("inner_park_canon", None)
        if canon_name is not None and canon_name in park_index:
            m.attrs["inner_park"] = park_index[canon_name]
    for i, m in enumerate(all_mentions):
        if m.type is INDUSTRY and "owner" in m.attrs:
            owner = all_mentions[index[m.attrs.pop("owner")]]
            owner.attrs.setdefault("inner_industries", []).append(i)
    found = Found(text, sentences, all_mentions, amounts)
    _attach_amounts(found)
    if doc.region:
        for i, m in enumerate(all_mentions):
            if m.type is PLACE and (m.attrs.get("name") == doc.region or m.text == doc.region):
                found.region_index = i
                break
    return found


def _attach_amounts(f: Found) -> None:
    """An amount belongs to a project when it modifies it directly: 总投资16亿元的X项目 / X项目总投资约5亿元."""
    for ai, a in enumerate(f.amounts):
        best = None
        for i, m in enumerate(f.mentions):
            if m.type is not PROJECT:
                continue
            if 0 <= m.start - a.end <= 2 and f.text[a.end : m.start] in ("", "的"):
                best = i  # amount right before the name
            elif 0 <= a.start - m.end <= 10 and RE_AMOUNT_AFTER_PROJECT.match(f.text[m.end : a.start]):
                best = i  # "X项目总投资约5亿元", "X基地,总投资约60亿元"
        if best is not None and "amount_index" not in f.mentions[best].attrs:
            f.mentions[best].attrs["amount_index"] = ai


def _entity_key(m: Mention) -> str:
    if m.type is PLACE:
        return make_key(PLACE, m.attrs.get("name") or m.text, m.attrs.get("code"))
    if m.type is PARK:
        canon = park_canonical(m.text)
        return make_key(PARK, canon[0] if canon else m.text)
    return make_key(m.type, m.text)


def _year_before(found: Found, sent: Any, pos: int, doc_year: int | None) -> int | None:
    """The year a sentence states before ``pos`` (2023年…启动建设), the nearest one; None when it states none
    (a later "预计于2024年起投产" is another event's year)."""
    best = None
    for y in find_years(found.text[sent.start : pos], doc_year):
        if y.year and (doc_year is None or y.year <= doc_year + 1):
            best = y.year
    return best


def _project_events(found: Found, ms: list[Mention], doc_year: int | None) -> list[dict[str, Any]]:
    """Stage and year of a project in each sentence that names it (签约 2022, 开工 2023 …)."""
    events = []
    for m in ms:
        sent = found.sentence_of(m.start)
        # the project's own predicate: the first stage word after its name, else the sentence's first
        st = RE_STAGE.search(found.text, m.end, sent.end) or RE_STAGE.search(found.text, sent.start, sent.end)
        if not st:
            continue
        ev = {"stage": STAGE_WORDS[st.group()], "year": _year_before(found, sent, st.start(), doc_year)}
        if ev not in events:
            events.append(ev)
    # a sentence without a year ("该项目…签约") shares the year another sentence gives, else the document's
    explicit = next((e["year"] for e in events if e["year"]), doc_year)
    out: list[dict[str, Any]] = []
    for e in events:
        e = {"stage": e["stage"], "year": e["year"] or explicit}
        if e not in out:
            out.append(e)
    return out


def _build_entities(found: Found, doc_year: int | None = None) -> tuple[dict[str, Entity], list[str | None]]:
    """Group mentions into entities (by key, then short names folded into longer ones of the same type)."""
    groups: dict[str, list[Mention]] = {}
    keys: list[str | None] = []
    for m in found.mentions:
        k = _entity_key(m)
        keys.append(k)
        groups.setdefault(k, []).append(m)
    # fold: 五矿 -> 五矿集团, 爱尔眼科总部 -> 爱尔眼科总部基地项目, 平安电工 -> 平安电工公司 (same type, prefix)
    rename: dict[str, str] = {}
    for etype in (FIRM, PROJECT):
        ks = sorted((k for k in groups if k.startswith(etype.value + ":")), key=len)
        for i, short in enumerate(ks):
            sname = short.split(":", 1)[1]
            if len(sname) < 2:
                continue
            longer = [k for k in ks[i + 1 :] if k.split(":", 1)[1].startswith(sname)]
            if len(longer) == 1:
                rest = longer[0].split(":", 1)[1][len(sname) :]
                if etype is FIRM and RE_FIRM_TRADE.sub("", rest) in ("", "公司", "集团", "有限公司", "股份有限公司",
                                                                   "集团有限公司", "控股"):
                    rename[short] = longer[0]
                elif etype is PROJECT and (RE_SUFFIX_RUN.fullmatch(rest) or rest.startswith(("(", "（"))):
                    rename[short] = longer[0]
            if etype is PROJECT and short not in rename:
                # 保税物流中心 = 咸宁保税物流中心: the longer name is the short one behind a place
                ends = [k for k in ks[i + 1 :] if k.split(":", 1)[1].endswith(sname)]
                if len(ends) == 1:
                    head = ends[0].split(":", 1)[1][: -len(sname)]
                    if Gazetteer.load().resolve(head) is not None:
                        rename[short] = ends[0]
    for short, long_ in rename.items():
        while long_ in rename:
            long_ = rename[long_]
        groups.setdefault(long_, []).extend(groups.pop(short, []))
    keys = [rename.get(k, k) if k else k for k in keys]
    entities: dict[str, Entity] = {}
    for k, ms in groups.items():
        m0 = ms[0]
        surfaces = list(dict.fromkeys(m.text for m in ms))
        if m0.type is PLACE:
            name = m0.attrs.get("name") or m0.text
            level, code = m0.attrs.get("level"), m0.attrs.get("code")
        elif m0.type is PARK:
            canon = park_canonical(m0.text)
            name, level, code = (canon[0] if canon else m0.text), None, None
        else:
            name, level, code = max(surfaces, key=len), None, None
        attrs: dict[str, Any] = {}
        if m0.type is PARK:
            canon = park_canonical(m0.text)
            if canon:
                attrs["park_type"] = canon[1]
        if m0.type is INDUSTRY:
            links = [m.attrs.get("link") for m in ms if m.attrs.get("link")]
            if links:
                attrs["link"] = links[0]
        if m0.type is PROJECT:
            events = _project_events(found, ms, doc_year)
            if events:
                attrs["events"] = events
            amts = [found.amounts[m.attrs["amount_index"]] for m in ms if "amount_index" in m.attrs]
            if amts:
                attrs["amount_cny"] = amts[0].value_cny
                attrs["amount"] = amts[0].value
                attrs["currency"] = amts[0].currency
        aliases = tuple(s for s in surfaces if s != name)
        entities[k] = Entity(m0.type, name, aliases, tuple(sorted({(m.start, m.end) for m in ms})), level, code,
                             attrs=attrs)
    return entities, keys


def _sentence_year(found: Found, fact: Fact, doc_year: int | None) -> int | None:
    """The year a sentence states (2023年, 今年), else the document's year."""
    s = fact.sentence
    for y in find_years(found.text[s.start : s.end], doc_year):
        if y.year and (doc_year is None or y.year <= doc_year + 1):
            return y.year
    return doc_year


def _sentence_evidence(doc: Document, f: Fact, text: str) -> Evidence:
    s = f.sentence
    return Evidence(doc.doc_id, doc.text[s.start : s.end].strip(), s.start, s.end, f.rule, f.confidence)


def extract(doc: Document) -> Extraction:
    """Entities and the relations the text states, each with its evidence sentence."""
    found = _find_mentions(doc)
    entities, keys = _build_entities(found, doc.year)
    gaz = Gazetteer.load()
    facts: list[Fact] = [*part_of_chains(found, gaz.is_within), *part_of_statements(found, gaz.is_within)]
    for rule in RULES:
        facts.extend(rule(found))
    rels: dict[tuple[str, str, str], Relation] = {}
    year = doc.year
    for fact in facts:
        sk, tk = keys[fact.source], keys[fact.target]
        if not sk or not tk or sk == tk:
            continue
        amount_cny = amount = currency = None
        if fact.amount_index is not None:
            a = found.amounts[fact.amount_index]
            amount_cny, amount, currency = a.value_cny, a.value, a.currency
        ev = _sentence_evidence(doc, fact, found.text)
        key = (fact.type.value, sk, tk)
        old = rels.get(key)
        if old is None:
            inv_year = None
            stage = fact.stage
            if fact.type is RelType.INVESTS_IN:
                events = entities[tk].attrs.get("events") or [{}]
                inv_year = _sentence_year(found, fact, None) or events[0].get("year") or year
                if stage in (None, "投资", "建设"):
                    specific = [e["stage"] for e in events if e.get("stage") not in (None, "投资", "建设")]
                    stage = specific[0] if specific else stage
            rels[key] = Relation(fact.type, sk, tk, amount_cny=amount_cny, amount=amount, currency=currency,
                                 year=inv_year, stage=stage, evidence=(ev,),
                                 provenance="taxonomy" if fact.rule in TAXONOMY_RULES else "text")
        else:
            evs = old.evidence if ev in old.evidence else (*old.evidence, ev)
            text_fact = old.provenance == "text" or fact.rule not in TAXONOMY_RULES
            rels[key] = Relation(old.type, sk, tk, amount_cny=old.amount_cny or amount_cny,
                                 amount=old.amount or amount, currency=old.currency or currency, year=old.year,
                                 stage=old.stage or fact.stage, evidence=evs,
                                 provenance="text" if text_fact else "taxonomy")
    # relation ends must be entities of this document
    used = {k for r in rels.values() for k in (r.source, r.target)}
    ents = tuple(e for k, e in sorted(entities.items()) if e.type is not INDUSTRY or k in used)
    return Extraction(doc, ents, tuple(rels.values()))


def extract_many(docs: Iterable[Document], workers: int = 1, on_error: str = "raise",
                 errors: list[KgError] | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 transform: Callable[[Extraction], Any] | None = None) -> Iterator[Any]:
    """Extract every document, in order. ``workers > 1`` uses processes; ``on_error="skip"`` collects
    failures into ``errors`` and goes on. ``progress(docs_done, chars_done)`` is called after each document.
    ``transform`` (a top-level function, e.g. one that makes a JSON line) runs on each Extraction inside the
    worker, and its results are yielded instead: less to send between processes, and the work is parallel too."""
    if on_error not in ("raise", "skip"):
        raise ValueError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
    done = chars = 0
    work = functools.partial(_safe_extract, transform=transform)
    if workers <= 1:
        results: Iterable[tuple[Any, int] | KgError] = (work(d) for d in docs)
    else:
        import multiprocessing as mp

        ctx = mp.get_context("fork") if hasattr(mp, "get_context") else mp
        pool = ctx.Pool(workers, initializer=_warm)
        results = pool.imap(work, docs, chunksize=4)
    try:
        for res in results:
            if isinstance(res, KgError):
                if on_error == "raise":
                    raise res
                if errors is not None:
                    errors.append(res)
                continue
            value, n_chars = res
            done += 1
            chars += n_chars
            if progress is not None:
                progress(done, chars)
            yield value
    finally:
        if workers > 1:
            pool.terminate()


def _warm() -> None:
    Gazetteer.load()


def _safe_extract(doc: Document, transform: Callable[[Extraction], Any] | None = None
                  ) -> tuple[Any, int] | KgError:
    try:
        ex = extract(doc)
        return (transform(ex) if transform is not None else ex), len(doc.text)
    except KgError as exc:
        return exc
    except Exception as exc:  # a bug on one document must not lose the others: report it with the doc id
        return ExtractError(f"{doc.source} ({doc.doc_id}): extraction failed: {type(exc).__name__}: {exc}")
