"""Which INVESTS_IN facts of a document stand, and the amount each carries (a named investor outranks one
inferred from a project's name; a project's own total goes to its one investor)."""

from __future__ import annotations

from typing import Final

from kg.extract.firmtotals import firm_totals
from kg.extract.frames import Fact
from kg.extract.mentions import Found
from kg.model import RelType

# Frames that infer an investor from a project's name.
INFERRED_INVESTOR_FRAMES: Final = frozenset({"invests_in.name"})
# Frames that give the parent of the firm that invests (以子公司Y为实施主体): it invests too, with no amount,
# and does not count among the project's investors (its subsidiary, the one, gets the project's total).
PARENT_FRAMES: Final = frozenset({"invests_in.vehicle_parent"})
# A company's legal form at the end of its name: a subsidiary registered under its own name.
LEGAL_ENDINGS: Final = ("有限公司", "有限责任公司")
SUBSIDIARY_EXTRA: Final = 6  # characters a subsidiary's name has beyond the brand and its legal form


def _bears(named: str, brand: str) -> bool:
    """Whether ``named`` is a company registered under its own name that bears ``brand`` (香港唯品会浙江投资
    有限公司 bears 唯品会; not 中化集团 or 中化国际: the brand's group itself, or a listed arm named after
    it)."""
    return brand in named and named.endswith(LEGAL_ENDINGS) and len(named) >= len(brand) + SUBSIDIARY_EXTRA


def investments(found: Found, facts: list[Fact],
                 keys: list[str | None]) -> tuple[list[Fact], dict[int, int | None]]:
    """INVESTS_IN facts kept, and the amount each carries.

    A firm the text names as investor (由X投资, X计划投资…建设) outranks one inferred from the project's
    name: when a project has named investors, an inferred one that is not among them is dropped (楚天新能源
    in 楚天新能源锂电池产业园项目, signed by 华信汽车集团), unless a named one bears its name (唯品会 beside
    香港唯品会浙江投资有限公司: the brand's firm invests through its subsidiary, which carries the amount). An
    amount the frame tied to the firm goes on its fact; else the project's own stated total, when the project
    has one investor (several share it: null; a parent investing through its subsidiary does not count and
    gets none); never a phase's amount."""
    named: dict[str | None, set[str | None]] = {}
    inferred: dict[str | None, set[str | None]] = {}
    for f in facts:
        if f.type is RelType.INVESTS_IN and f.frame not in PARENT_FRAMES:
            side = inferred if f.frame in INFERRED_INVESTOR_FRAMES else named
            side.setdefault(keys[f.target], set()).add(keys[f.source])
    names: dict[str | None, str] = {keys[f.source]: found.mentions[f.source].text for f in facts
                                    if f.type is RelType.INVESTS_IN}
    parent: set[int] = set()  # inferred investors kept beside named ones: the brand a named one bears
    for n, f in enumerate(facts):
        if f.type is RelType.INVESTS_IN and f.frame in INFERRED_INVESTOR_FRAMES and \
                keys[f.source] not in named.get(keys[f.target], {keys[f.source]}) and \
                any(_bears(names[k], names[keys[f.source]]) for k in named[keys[f.target]] if k in names):
            parent.add(n)  # 唯品会华东运营总部项目, its investor 香港唯品会浙江投资有限公司: the brand's
            # firm too
    # (by index into ``facts``: what is kept, and which of those are parents that carry no amount)
    kept_at = [n for n, f in enumerate(facts) if f.type is not RelType.INVESTS_IN or
               f.frame not in INFERRED_INVESTOR_FRAMES or not named.get(keys[f.target]) or
               keys[f.source] in named[keys[f.target]] or n in parent]
    kept = [facts[n] for n in kept_at]
    parents = parent | {n for n, f in enumerate(facts) if f.frame in PARENT_FRAMES}
    project_amount: dict[str | None, int] = {}
    for i, ai in found.project_amounts.items():
        if ai not in found.phase_amounts:
            project_amount.setdefault(keys[i], ai)
    works: dict[str | None, set[str | None]] = {}  # firm -> the projects it invests in
    for f in kept:
        if f.type is RelType.INVESTS_IN:
            works.setdefault(keys[f.source], set()).add(keys[f.target])
    invested = {p for ps in works.values() for p in ps}
    own: dict[str, int] | None = None  # the firms' own totals, read when first needed
    out: dict[int, int | None] = {}
    for n, f in enumerate(kept):
        if f.type is not RelType.INVESTS_IN:
            continue
        investors = named.get(keys[f.target]) or inferred.get(keys[f.target], set())
        if kept_at[n] in parents:
            out[n] = None  # (the named investor, the brand's subsidiary, carries the amount)
        elif f.amount is not None:
            out[n] = f.amount
        elif len(investors) == 1 and not f.shared:
            out[n] = project_amount.get(keys[f.target])
            if out[n] is None and len(works[keys[f.source]]) == 1:  # X公司计划总投资1亿元: its one project's
                own = firm_totals(found, keys, invested) if own is None else own
                out[n] = own.get(keys[f.source] or "")
        else:
            out[n] = None
    return kept, out
