"""Resolution: the extractions of all documents -> one :class:`~kg.model.Graph`, in named phases.

1. **chains** (:mod:`kg.resolve.chains`): Industry nodes from the chain taxonomy (chain, position,
   UPSTREAM_OF); each industry word joins the link it names.
2. **places** (:mod:`kg.resolve.places`): one node per official code.
3. **parks** (:mod:`kg.resolve.parks`): one node per park across its written forms (X经开区 = X经济技术开发区
   = X市经济技术开发区; a national and a provincial zone never merge), placed by the name's prefix.
4. **firms** (:mod:`kg.resolve.firms`): legal name, short name and trade name one node when unambiguous;
   groups and their units linked by SUBSIDIARY_OF; names holding a clause cut to the name.
5. **projects** (:mod:`kg.resolve.projects`): one node per name and place, with its timeline; a project the
   text places nowhere is LOCATED_IN its document's region (provenance ``region``).
6. **relations**: the documents' relations between the resolved nodes (one per type, source and target, with
   all its evidence); parks LOCATED_IN their place; places PART_OF their parents up to the province.

Each phase records its decisions in a :class:`~kg.resolve.report.ResolveReport` (``kg build --report``). The
same input always gives the same graph, whatever order the documents come in.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.lexicon import Lexicon
from kg.lexicon.words import IndustryTaxonomy
from kg.model import Document, Extraction, Graph, Relation, RelType
from kg.resolve.chains import resolve_chains
from kg.resolve.firmnames import FirmNamer
from kg.resolve.firms import resolve_firms
from kg.resolve.parks import add_park_places, resolve_parks
from kg.resolve.places import add_place_hierarchy, resolve_places
from kg.resolve.projects import place_in_region, resolve_projects
from kg.resolve.report import PHASES, Decision, ResolveReport
from kg.resolve.state import Builder, DocState

__all__ = ["PHASES", "Decision", "ResolveReport", "firm_short_forms", "resolve"]


def doc_states(extractions: Iterable[Extraction], lex: Lexicon) -> list[DocState]:
    """The documents in id order, each with its region resolved and its LOCATED_IN targets."""
    states = []
    for ex in sorted(extractions, key=lambda x: x.doc.doc_id):
        region = lex.gazetteer.resolve(ex.doc.region) if ex.doc.region else None
        d = DocState(ex, region)
        for r in ex.relations:
            if r.type is RelType.LOCATED_IN:
                d.located.setdefault(r.source, r.target)
        states.append(d)
    return states


def add_text_relations(b: Builder, docs: list[DocState]) -> None:
    """The relations phase: each document's relations between the nodes its entities resolved to."""
    for d in docs:
        doc = d.ex.doc
        b.docs[doc.doc_id] = Document(doc.doc_id, doc.source, doc.title, doc.date, doc.region, "",
                                      publisher=doc.publisher)
        for r in d.ex.relations:
            s, t = d.keymap.get(r.source), d.keymap.get(r.target)
            if s and t and s != t:
                b.relate(Relation(r.type, s, t, r.amount_cny, r.amount, r.currency, r.year, r.stage,
                                  r.evidence, r.provenance))


def resolve(extractions: Iterable[Extraction], report: ResolveReport | None = None,
            taxonomy: IndustryTaxonomy | None = None, lexicon: Lexicon | None = None) -> Graph:
    """One graph of everything the documents state, plus place hierarchy and chain taxonomy."""
    lex = lexicon or Lexicon.load()
    report = report if report is not None else ResolveReport()
    docs = doc_states(extractions, lex)
    b = Builder()
    resolve_chains(b, docs, taxonomy or lex.taxonomy, report)
    resolve_places(b, docs, lex.gazetteer, report)
    resolve_parks(b, docs, lex, report)
    resolve_firms(b, docs, lex, report)
    resolve_projects(b, docs, report)
    add_text_relations(b, docs)
    place_in_region(b, docs, lex.gazetteer, report)
    add_park_places(b, lex.gazetteer)
    add_place_hierarchy(b, lex.gazetteer)
    # text PART_OF that skips a level (湖南省郴州市桂阳县 gives 桂阳县->郴州市 too) is kept as stated
    return b.graph()


def firm_short_forms(lex: Lexicon, name: str) -> list[str]:
    """Short forms of a legal firm name that still name one firm: 山西易高能源有限公司 -> 山西易高能源,
    易高能源.

    >>> firm_short_forms(Lexicon.load(), "山西易高能源有限公司")
    ['山西易高能源', '易高能源']
    >>> firm_short_forms(Lexicon.load(), "长沙农商行")
    []
    """
    return FirmNamer(lex).short_forms(name)
