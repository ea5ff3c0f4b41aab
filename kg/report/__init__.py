"""``kg report``: a self-contained offline HTML brief for a place (and chain) or a firm, with the sentence
behind every fact.

Every figure comes from the recipes (:mod:`kg.answers`): projects_in_place, project_timeline, evidence_for,
co_located_firms, firm_profile and chain_gaps (the 招商图: which links the place has, who elsewhere could fill
the others), so a report says what ``kg query`` says. :func:`place_report` and :func:`firm_report` gather the
facts; :func:`write_report` renders them (:mod:`kg.report.page`) as one HTML file with no external resource,
or as a PDF through headless Chromium's print.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kg.answers import answer
from kg.model import EntityType, Graph

MAX_PROJECTS = 200  # projects read in full (timeline and sentences) per report; the rest are listed
MAX_ORIGINS = 20  # investors whose own places are looked up (where the place's investors come from)
MAX_SENTENCES = 3  # sentences shown per fact


@dataclass(frozen=True)
class Fact:
    """One relation about a project or firm, with its sentences and documents."""

    subject: str
    relation: str
    object: str
    provenance: str
    sentences: tuple[tuple[str, str], ...]  # (sentence, doc_id)


@dataclass(frozen=True)
class Project:
    """A project of the report with what the graph says about it."""

    anchor: str
    name: str
    places: tuple[str, ...]
    parks: tuple[str, ...]
    firms: tuple[str, ...]
    amount_cny: float | None
    stage: str | None
    year: int | None
    timeline: tuple[str, ...] = ()  # "YEAR|STAGE|DOC_ID" events, oldest first
    facts: tuple[Fact, ...] = ()
    industries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """Everything a report page shows."""

    kind: str  # place | firm
    subject: str  # the place's or firm's name as the graph holds it
    title: str
    headline: tuple[tuple[str, str, str], ...]  # (label, value, anchor of the facts behind it)
    projects: tuple[Project, ...]
    by_year: Mapping[str, tuple[int, float]] = field(default_factory=dict)  # year -> (projects, amount)
    by_stage: Mapping[str, int] = field(default_factory=dict)
    by_industry: Mapping[str, float] = field(default_factory=dict)  # industry -> stated amount
    investors: tuple[Mapping[str, Any], ...] = ()  # co_located_firms rows (place) / co-investors (firm)
    origins: Mapping[str, int] = field(default_factory=dict)  # investors' own places -> count
    locations: Mapping[str, int] = field(default_factory=dict)  # where the projects are -> count
    # chain -> chain_gaps rows
    chains: Mapping[str, tuple[Mapping[str, Any], ...]] = field(default_factory=dict)
    profile: Mapping[str, Any] = field(default_factory=dict)  # firm: name, aliases, groups, units, places
    more_projects: int = 0  # projects listed without their sentences (beyond MAX_PROJECTS)
    documents: Mapping[str, str] = field(default_factory=dict)  # doc_id -> title · date · source


def _facts(rows: Iterable[Mapping[str, Any]]) -> tuple[Fact, ...]:
    out = []
    for r in rows:
        pairs = tuple(zip(r.get("sentences") or (), r.get("docs") or (), strict=False))[:MAX_SENTENCES]
        out.append(Fact(str(r["subject"]), str(r["relation"]), str(r["object"]), str(r.get("provenance")),
                        pairs))
    return tuple(out)


def _project(store: Any, i: int, row: Mapping[str, Any], full: bool) -> Project:
    name = str(row["project"])
    timeline: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    if full:
        timeline = tuple(str(r["event"]) for r in answer(store, "project_timeline", project=name))
        facts = _facts(answer(store, "evidence_for", name=name))
    industries = tuple(sorted({f.object for f in facts if f.relation == "IN_INDUSTRY" and f.subject == name}))
    return Project(f"p{i}", name, tuple(row.get("places") or ()), tuple(row.get("parks") or ()),
                   tuple(row.get("firms") or ()), row.get("amount_cny"), row.get("stage"), row.get("year"),
                   timeline, facts, industries)


Figures = tuple[dict[str, tuple[int, float]], dict[str, int], dict[str, float]]


def _figures(projects: Iterable[Project]) -> Figures:
    years: dict[str, list[float]] = defaultdict(list)
    stages: Counter[str] = Counter()
    industries: dict[str, float] = defaultdict(float)
    for p in projects:
        years[str(p.year) if p.year else "年份不详"].append(p.amount_cny or 0.0)
        stages[p.stage or "阶段不详"] += 1
        for ind in p.industries:
            industries[ind] += p.amount_cny or 0.0
    return ({y: (len(v), sum(v)) for y, v in sorted(years.items())}, dict(stages), dict(industries))


def _chains_of(graph: Graph, industries: Iterable[str]) -> list[str]:
    by_name = {e.name: e.attrs.get("chain") for e in graph.by_type(EntityType.INDUSTRY)}
    return sorted({str(by_name[i]) for i in industries if by_name.get(i)})


def _documents(graph: Graph, projects: Iterable[Project]) -> dict[str, str]:
    out = {}
    for p in projects:
        for f in p.facts:
            for _, doc_id in f.sentences:
                doc = graph.documents.get(doc_id)
                parts = [doc.title, doc.date, doc.source] if doc else []
                out[doc_id] = " · ".join(str(x) for x in parts if x) or doc_id
    return out


def _amount(value: float) -> str:
    from kg.viz import format_amount

    return format_amount(value) if value else "0"


def place_report(store: Any, graph: Graph, place: str, chain: str | None = None,
                 year: int | None = None) -> Report:
    """The brief of a place (and everything inside it): its projects, investors, chains and their gaps."""
    rows = answer(store, "projects_in_place", place=place)
    subject = str(rows[0]["place"]) if rows else place
    if year is not None:
        rows = [r for r in rows if r.get("year") == year]
    projects = tuple(_project(store, i, r, i < MAX_PROJECTS) for i, r in enumerate(rows))
    by_year, by_stage, by_industry = _figures(projects)
    investors = tuple(answer(store, "co_located_firms", name=place)) if rows else ()
    if year is not None:
        names = {f for p in projects for f in p.firms}
        investors = tuple(r for r in investors if r["firm"] in names)
    origins: Counter[str] = Counter()
    for r in sorted(investors, key=lambda r: -(r.get("amount_cny") or 0))[:MAX_ORIGINS]:
        for prof in answer(store, "firm_profile", firm=str(r["firm"]))[:1]:
            for home in prof.get("firm_places") or ["(所在地不详 unknown)"]:
                origins[str(home)] += 1
    locations = Counter(pl for p in projects for pl in (p.places or ("(地点不详 unknown)",)))
    chains = [chain] if chain else _chains_of(graph, by_industry)
    gaps = {c: tuple(answer(store, "chain_gaps", chain=c, place=place)) for c in chains}
    total = sum(p.amount_cny or 0 for p in projects)
    priced = sum(1 for p in projects if p.amount_cny)
    firms = {f for p in projects for f in p.firms}
    stated = f"{_amount(total)}（{priced}/{len(projects)} 个项目披露）"
    headline = (("项目 projects", str(len(projects)), "projects"),
                ("投资企业 investing firms", str(len(firms)), "investors"),
                ("披露投资额 stated investment", stated, "projects"))
    title = f"{subject} 招商简报" + (f" · {chain}" if chain else "") + (f" · {year}年" if year else "")
    return Report("place", subject, title, headline, projects, by_year, by_stage, by_industry, investors,
                  dict(origins.most_common()), dict(locations.most_common()), gaps, {},
                  max(0, len(projects) - MAX_PROJECTS), _documents(graph, projects))


def firm_report(store: Any, graph: Graph, firm: str) -> Report:
    """The brief of a firm: its names, projects by region and year, chains, co-investors, each with
    evidence."""
    rows = answer(store, "firm_profile", firm=firm)
    first = rows[0] if rows else {}
    subject = str(first.get("firm") or firm)
    invested = [r for r in rows if r.get("project")]
    projects = tuple(_project(store, i, {**r, "firms": [subject]}, i < MAX_PROJECTS)
                     for i, r in enumerate(invested))
    by_year, by_stage, by_industry = _figures(projects)
    co: dict[str, set[str]] = defaultdict(set)
    for p in projects:
        for f in p.facts:
            if f.relation == "INVESTS_IN" and f.object == p.name and f.subject != subject:
                co[f.subject].add(p.name)
    investors = tuple({"firm": k, "projects": sorted(v)} for k, v in sorted(co.items()))
    locations = Counter(pl for p in projects for pl in (p.places or ("(地点不详 unknown)",)))
    chains = _chains_of(graph, by_industry)
    total = sum(p.amount_cny or 0 for p in projects)
    priced = sum(1 for p in projects if p.amount_cny)
    years = sorted({p.year for p in projects if p.year})
    headline = (("项目 projects", str(len(projects)), "projects"),
                ("披露投资额 stated investment", f"{_amount(total)}（{priced}/{len(projects)} 个项目披露）",
                 "projects"),
                ("地区 regions", str(len(locations)), "locations"),
                ("年份 years", f"{years[0]}–{years[-1]}" if years else "—", "projects"))
    profile = {k: first.get(k) for k in ("aliases", "groups", "units", "firm_places", "firm_industries")}
    return Report("firm", subject, f"{subject} 企业简报", headline, projects, by_year, by_stage, by_industry,
                  investors, {}, dict(locations.most_common()), {c: () for c in chains}, profile,
                  max(0, len(projects) - MAX_PROJECTS), _documents(graph, projects))


def make_report(store_dir: Any, path: Any, place: str | None = None, chain: str | None = None,
                year: int | None = None, firm: str | None = None, fmt: str = "html") -> Report:
    """``kg report``: the place (or firm) brief from the store folder's graph and embedded store, written to
    ``path``; returns the report."""
    from pathlib import Path

    from kg.answers import answer_store
    from kg.errors import KgError
    from kg.graphio import read_graph
    from kg.store import EMBEDDED_DIR

    if bool(place) == bool(firm):
        raise KgError("kg report needs either --place NAME (with --chain, --year) or --firm NAME")
    graph = read_graph(store_dir)
    with answer_store(graph, Path(store_dir) / EMBEDDED_DIR) as store:
        if place:
            report = place_report(store, graph, place, chain, year)
        else:
            report = firm_report(store, graph, str(firm))
    write_report(report, path, fmt)
    return report


def write_report(report: Report, path: Any, fmt: str = "html") -> Any:
    """Write ``report`` as one self-contained HTML file, or as PDF through headless Chromium."""
    from kg.report.page import write_page

    return write_page(report, path, fmt)


__all__ = ["Fact", "Project", "Report", "firm_report", "make_report", "place_report", "write_report"]
