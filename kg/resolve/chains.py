"""The chains phase: industry nodes from the chain taxonomy (chain, position, keywords; UPSTREAM_OF edges),
and each document's industry words joined to the taxonomy link they name."""

from __future__ import annotations

from kg.lexicon.words import IndustryTaxonomy
from kg.model import EntityType, Relation, RelType, make_key
from kg.resolve.report import MERGED, ResolveReport
from kg.resolve.state import Builder, DocState

PHASE = "chains"
TAXONOMY_PROVENANCE = "taxonomy"


def add_taxonomy(b: Builder, tax: IndustryTaxonomy) -> None:
    """Every link of every chain as an Industry node, with UPSTREAM_OF between consecutive stages."""
    for link in tax.links.values():
        a = b.node(EntityType.INDUSTRY, link.name)
        a.attrs.update({"chain": link.chain, "position": link.position, "keywords": list(link.keywords)})
    for up, down in tax.upstream_edges():
        s, t = make_key(EntityType.INDUSTRY, up), make_key(EntityType.INDUSTRY, down)
        b.relate(Relation(RelType.UPSTREAM_OF, s, t, provenance=TAXONOMY_PROVENANCE))


def resolve_chains(b: Builder, docs: list[DocState], tax: IndustryTaxonomy, report: ResolveReport) -> None:
    """The chains phase: taxonomy nodes, then each industry word to its link (or a node of its own)."""
    add_taxonomy(b, tax)
    joined: set[tuple[str, str]] = set()
    for d in docs:
        for e in d.entities(EntityType.INDUSTRY):
            link = e.attrs.get("link")
            if not link:
                hits = tax.find_industries(e.name)
                link = hits[0].name if hits else None
            if link and link in tax.links:
                key = make_key(EntityType.INDUSTRY, link)
                if e.name != link and (e.name, link) not in joined:
                    joined.add((e.name, link))
                    why = f"a keyword of the {tax.links[link].chain} chain's link"
                    report.add(PHASE, MERGED, e.name, link, why)
            else:
                key = make_key(EntityType.INDUSTRY, e.name)
                b.node(EntityType.INDUSTRY, e.name)
            b.nodes[key].add(e, d.doc_id)
            d.keymap[e.key] = key
