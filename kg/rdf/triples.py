"""Turn a :class:`~kg.model.Graph` into RDF triples (pyoxigraph terms, so big graphs serialize fast).

Mapping (vocabulary in ``kg/data/kg.ttl``, shapes in ``kg/data/shapes.ttl``):

* Firm -> ``kg:Firm``, ``schema:Organization``, ``org:FormalOrganization``; Project -> ``kg:Project``;
  Park -> ``kg:Park``, ``schema:Place``; Place -> ``kg:Place``, ``schema:AdministrativeArea`` with
  ``kg:adminCode`` (also ``dcterms:identifier``) and ``kg:level``; Industry -> ``kg:Industry``,
  ``skos:Concept`` in its chain (a ``skos:ConceptScheme``) with ``kg:chainPosition``. Names are
  ``schema:name``, aliases ``schema:alternateName``, source documents ``schema:subjectOf``.
* INVESTS_IN -> a ``kg:Investment`` node (``kg:investor``, ``kg:project``, ``kg:amount`` a
  ``schema:MonetaryAmount`` with ``schema:value`` xsd:decimal and ``schema:currency``, ``kg:amountCNY``,
  ``kg:year``, ``kg:stage``) plus the shortcut ``kg:investsIn``; every other relation -> the predicate its row
  of the relation table (:class:`kg.model.RelType`) names: LOCATED_IN and PART_OF ->
  ``schema:containedInPlace`` (firm -> place: ``schema:location``), IN_INDUSTRY -> ``kg:inIndustry``,
  UPSTREAM_OF -> ``kg:upstreamOf``, SUBSIDIARY_OF -> ``org:subOrganizationOf``.
* Each Evidence -> a ``kg:Evidence`` node (a ``prov:Entity``) ``prov:wasDerivedFrom`` its document, with
  ``kg:sentence``, ``kg:startOffset``, ``kg:endOffset``, ``kg:rule``, ``kg:confidence``; it names the fact it
  supports as a reified statement (``rdf:subject/predicate/object``), or for an investment by ``kg:supports``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from pyoxigraph import Literal, NamedNode, Triple

from kg.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelType
from kg.rdf.vocab import (
    DCTERMS,
    FOAF,
    ONTOLOGY,
    ORG,
    PREFIXES,
    PROV,
    RDF,
    SCHEMA,
    SKOS,
    XSD,
    chain_iri,
    doc_iri,
    entity_iri,
    hashed_iri,
    investment_iri,
)


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


A = _n(RDF + "type")
X_INT = _n(XSD + "integer")
X_DEC = _n(XSD + "decimal")
X_YEAR = _n(XSD + "gYear")
X_DATE = _n(XSD + "date")

C = {name: _n(ONTOLOGY + name) for name in (
    "Firm", "Project", "Park", "Place", "Industry", "IndustryChain", "Investment", "Evidence", "Document",
    "Milestone")}
K = {name: _n(ONTOLOGY + name) for name in (
    "adminCode", "level", "parkType", "placeCode", "stage", "year", "milestone", "chainPosition", "keyword",
    "investor", "project", "amount", "amountCNY", "sentence", "startOffset", "endOffset", "rule",
    "confidence", "supports", "provenance", "region", "parentCode")}
S = {name: _n(SCHEMA + name) for name in (
    "Organization", "Place", "AdministrativeArea", "MonetaryAmount", "name", "alternateName", "subjectOf",
    "value", "currency", "url")}
SKOS_CONCEPT = _n(SKOS + "Concept")
SKOS_SCHEME = _n(SKOS + "ConceptScheme")
SKOS_IN_SCHEME = _n(SKOS + "inScheme")
SKOS_PREF = _n(SKOS + "prefLabel")
SKOS_ALT = _n(SKOS + "altLabel")
ORG_FORMAL = _n(ORG + "FormalOrganization")
PROV_ENTITY = _n(PROV + "Entity")
PROV_DERIVED = _n(PROV + "wasDerivedFrom")
DC_IDENTIFIER = _n(DCTERMS + "identifier")
DC_TITLE = _n(DCTERMS + "title")
DC_DATE = _n(DCTERMS + "date")
DC_SOURCE = _n(DCTERMS + "source")
DC_PUBLISHER = _n(DCTERMS + "publisher")
FOAF_DOCUMENT = _n(FOAF + "Document")
RDF_STATEMENT = _n(RDF + "Statement")
RDF_SUBJECT = _n(RDF + "subject")
RDF_PREDICATE = _n(RDF + "predicate")
RDF_OBJECT = _n(RDF + "object")

TYPES_OF: dict[EntityType, tuple[NamedNode, ...]] = {
    EntityType.FIRM: (C["Firm"], S["Organization"], ORG_FORMAL),
    EntityType.PROJECT: (C["Project"],),
    EntityType.PARK: (C["Park"], S["Place"]),
    EntityType.PLACE: (C["Place"], S["AdministrativeArea"]),
    EntityType.INDUSTRY: (C["Industry"], SKOS_CONCEPT),
}
URL_PREFIXES = ("http://", "https://")


def decimal_literal(value: float | int | str | Decimal) -> Literal:
    """An xsd:decimal literal made from the number's exact decimal text (never float noise or exponents).

    >>> decimal_literal(1.6e9).value, decimal_literal(0.95).value, decimal_literal(1e20).value
    ('1600000000', '0.95', '100000000000000000000')
    """
    if isinstance(value, Decimal):
        d = value
    else:
        d = Decimal(repr(value) if isinstance(value, float) else str(value))
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return Literal(text, datatype=X_DEC)


def year_literal(year: int | str) -> Literal:
    return Literal(f"{int(year):04d}", datatype=X_YEAR)


def int_literal(value: int) -> Literal:
    return Literal(str(int(value)), datatype=X_INT)


def _date_literal(date: str) -> Literal:
    if len(date) == 10 and date[4] == "-" and date[7] == "-":
        return Literal(date, datatype=X_DATE)
    if len(date) == 4 and date.isdigit():
        return Literal(date, datatype=X_YEAR)
    return Literal(date)


def project_stage_year(attrs: Mapping[str, Any]) -> tuple[str | None, int | None]:
    """A project's latest (stage, year): attrs ``stage``/``year`` when set, else the latest timeline event."""
    stage, year = attrs.get("stage"), attrs.get("year")
    timeline = [t for t in attrs.get("timeline") or () if isinstance(t, Mapping)]
    if timeline and (stage is None or year is None):
        latest = max(timeline, key=lambda t: (t.get("year") or 0))
        stage = stage if stage is not None else latest.get("stage")
        year = year if year is not None else latest.get("year")
    return stage, (int(year) if year is not None else None)


def _place_triples(s: NamedNode, e: Entity, chains: dict[str, NamedNode]) -> Iterator[Triple]:
    if e.level:
        yield Triple(s, K["level"], Literal(e.level))
    if e.code:
        code = Literal(e.code)
        yield Triple(s, K["adminCode"], code)
        yield Triple(s, DC_IDENTIFIER, code)
    if e.attrs.get("parent_code"):
        yield Triple(s, K["parentCode"], Literal(str(e.attrs["parent_code"])))


def _park_triples(s: NamedNode, e: Entity, chains: dict[str, NamedNode]) -> Iterator[Triple]:
    if e.attrs.get("park_type"):
        yield Triple(s, K["parkType"], Literal(str(e.attrs["park_type"])))
    if e.attrs.get("place_code"):
        yield Triple(s, K["placeCode"], Literal(str(e.attrs["place_code"])))


def _milestone_triples(s: NamedNode, key: str, t: Mapping[str, Any]) -> Iterator[Triple]:
    m = _n(hashed_iri("milestone", key, t.get("year"), t.get("stage"), t.get("doc_id")))
    yield Triple(s, K["milestone"], m)
    yield Triple(m, A, C["Milestone"])
    if t.get("year") is not None:
        yield Triple(m, K["year"], year_literal(t["year"]))
    if t.get("stage"):
        yield Triple(m, K["stage"], Literal(str(t["stage"])))
    if t.get("doc_id"):
        yield Triple(m, PROV_DERIVED, _n(doc_iri(t["doc_id"])))


def _project_triples(s: NamedNode, e: Entity, chains: dict[str, NamedNode]) -> Iterator[Triple]:
    stage, year = project_stage_year(e.attrs)
    if stage:
        yield Triple(s, K["stage"], Literal(str(stage)))
    if year is not None:
        yield Triple(s, K["year"], year_literal(year))
    for t in e.attrs.get("timeline") or ():
        yield from _milestone_triples(s, e.key, t)


def _chain_scheme(chain: str, chains: dict[str, NamedNode]) -> Iterator[Triple]:
    """The chain's concept scheme, typed and labelled the first time a chain is met (``chains`` remembers)."""
    if chain not in chains:
        scheme = chains[chain] = _n(chain_iri(chain))
        yield Triple(scheme, A, C["IndustryChain"])
        yield Triple(scheme, A, SKOS_SCHEME)
        yield Triple(scheme, SKOS_PREF, Literal(chain))


def _industry_triples(s: NamedNode, e: Entity, chains: dict[str, NamedNode]) -> Iterator[Triple]:
    yield Triple(s, SKOS_PREF, Literal(e.name))
    for alias in e.aliases:
        if alias != e.name:
            yield Triple(s, SKOS_ALT, Literal(alias))
    chain = e.attrs.get("chain")
    if chain:
        yield from _chain_scheme(chain, chains)
        yield Triple(s, SKOS_IN_SCHEME, chains[chain])
    if e.attrs.get("position") is not None:
        yield Triple(s, K["chainPosition"], int_literal(e.attrs["position"]))
    for kw in e.attrs.get("keywords") or ():
        yield Triple(s, K["keyword"], Literal(str(kw)))


def _no_triples(s: NamedNode, e: Entity, chains: dict[str, NamedNode]) -> Iterator[Triple]:
    return iter(())


# The triples each entity type adds to the ones every entity has.
TYPE_TRIPLES: dict[EntityType, Callable[[NamedNode, Entity, dict[str, NamedNode]], Iterator[Triple]]] = {
    EntityType.FIRM: _no_triples,
    EntityType.PROJECT: _project_triples,
    EntityType.PARK: _park_triples,
    EntityType.PLACE: _place_triples,
    EntityType.INDUSTRY: _industry_triples,
}


def _entity_triples(e: Entity, chains: dict[str, NamedNode]) -> Iterator[Triple]:
    s = _n(entity_iri(e.key))
    for t in TYPES_OF[e.type]:
        yield Triple(s, A, t)
    yield Triple(s, S["name"], Literal(e.name))
    for alias in e.aliases:
        if alias != e.name:
            yield Triple(s, S["alternateName"], Literal(alias))
    for doc_id in e.sources:
        yield Triple(s, S["subjectOf"], _n(doc_iri(doc_id)))
    yield from TYPE_TRIPLES[e.type](s, e, chains)


def _evidence_triples(ev_node: NamedNode, ev: Evidence) -> Iterator[Triple]:
    yield Triple(ev_node, A, C["Evidence"])
    yield Triple(ev_node, A, PROV_ENTITY)
    yield Triple(ev_node, PROV_DERIVED, _n(doc_iri(ev.doc_id)))
    yield Triple(ev_node, K["sentence"], Literal(ev.sentence))
    yield Triple(ev_node, K["startOffset"], int_literal(ev.start))
    yield Triple(ev_node, K["endOffset"], int_literal(ev.end))
    yield Triple(ev_node, K["rule"], Literal(ev.rule))
    yield Triple(ev_node, K["confidence"], decimal_literal(ev.confidence))


def _ev_node(r: Relation, ev: Evidence) -> NamedNode:
    return _n(hashed_iri("evidence", r.type.value, r.source, r.target, ev.doc_id, ev.start, ev.end, ev.rule))


def _investment_triples(r: Relation) -> Iterator[Triple]:
    firm, project = _n(entity_iri(r.source)), _n(entity_iri(r.target))
    yield Triple(firm, PREDICATES[r.type, EntityType.FIRM], project)
    inv = _n(investment_iri(r.source, r.target))
    yield Triple(inv, A, C["Investment"])
    yield Triple(inv, K["investor"], firm)
    yield Triple(inv, K["project"], project)
    amount, currency = r.amount, r.currency
    if amount is None and r.amount_cny is not None:
        amount, currency = r.amount_cny, "CNY"
    if amount is not None:
        money = _n(inv.value + "/amount")
        yield Triple(inv, K["amount"], money)
        yield Triple(money, A, S["MonetaryAmount"])
        yield Triple(money, S["value"], decimal_literal(amount))
        if currency:
            yield Triple(money, S["currency"], Literal(currency))
    if r.amount_cny is not None:
        yield Triple(inv, K["amountCNY"], decimal_literal(r.amount_cny))
    if r.year is not None:
        yield Triple(inv, K["year"], year_literal(r.year))
    if r.stage:
        yield Triple(inv, K["stage"], Literal(r.stage))
    yield Triple(inv, K["provenance"], Literal(r.provenance))
    for doc_id in dict.fromkeys(ev.doc_id for ev in r.evidence):
        yield Triple(inv, PROV_DERIVED, _n(doc_iri(doc_id)))
    for ev in r.evidence:
        node = _ev_node(r, ev)
        yield Triple(node, K["supports"], inv)
        yield from _evidence_triples(node, ev)


def expand_curie(curie: str) -> str:
    """The full IRI of a CURIE whose prefix is one of :data:`~kg.rdf.vocab.PREFIXES` (ValueError otherwise).

    >>> expand_curie("schema:location")
    'https://schema.org/location'
    """
    prefix, sep, local = curie.partition(":")
    if not sep or prefix not in PREFIXES:
        raise ValueError(f"RDF predicate {curie!r} is no CURIE with a known prefix ({', '.join(PREFIXES)})")
    return PREFIXES[prefix] + local


# Every relation type's RDF property by source entity type, from the relation table (kg.model.RelType).
PREDICATES: dict[tuple[RelType, EntityType], NamedNode] = {
    (t, source): _n(expand_curie(t.spec.predicate_of(source))) for t in RelType for source in EntityType
}


def _predicate(r: Relation, entities: Mapping[str, Entity]) -> NamedNode:
    src = entities.get(r.source)
    return PREDICATES[r.type, src.type if src else EntityType(r.source.split(":", 1)[0])]


def _relation_triples(r: Relation, entities: Mapping[str, Entity]) -> Iterator[Triple]:
    if r.type is RelType.INVESTS_IN:
        yield from _investment_triples(r)
        return
    s, p, o = _n(entity_iri(r.source)), _predicate(r, entities), _n(entity_iri(r.target))
    yield Triple(s, p, o)
    for ev in r.evidence:
        node = _ev_node(r, ev)
        yield Triple(node, A, RDF_STATEMENT)
        yield Triple(node, RDF_SUBJECT, s)
        yield Triple(node, RDF_PREDICATE, p)
        yield Triple(node, RDF_OBJECT, o)
        if r.provenance != "text":
            yield Triple(node, K["provenance"], Literal(r.provenance))
        yield from _evidence_triples(node, ev)


def _document_triples(doc: Document) -> Iterator[Triple]:
    d = _n(doc_iri(doc.doc_id))
    yield Triple(d, A, C["Document"])
    yield Triple(d, A, FOAF_DOCUMENT)
    yield Triple(d, A, PROV_ENTITY)
    if doc.title:
        yield Triple(d, DC_TITLE, Literal(doc.title))
    if doc.date:
        yield Triple(d, DC_DATE, _date_literal(doc.date))
    if doc.source:
        yield Triple(d, DC_SOURCE, Literal(doc.source))
        if doc.source.startswith(URL_PREFIXES):
            yield Triple(d, S["url"], Literal(doc.source, datatype=_n(XSD + "anyURI")))
    if doc.region:
        yield Triple(d, K["region"], Literal(doc.region))
    if doc.publisher:
        yield Triple(d, DC_PUBLISHER, Literal(doc.publisher))


def iter_triples(graph: Graph) -> Iterator[Triple]:
    """Every triple of ``graph`` in a deterministic order (documents, entities, relations, each sorted by
    key)."""
    docs = dict(graph.documents)
    # documents cited by evidence or sources but missing from graph.documents still get typed as kg:Document
    cited = {d for e in graph.entities.values() for d in e.sources}
    cited.update(ev.doc_id for r in graph.relations for ev in r.evidence)
    for doc_id in cited - docs.keys():
        docs[doc_id] = Document(doc_id, "", None, None, None, "")
    for doc_id in sorted(docs):
        yield from _document_triples(docs[doc_id])
    chains: dict[str, NamedNode] = {}
    for key in sorted(graph.entities):
        yield from _entity_triples(graph.entities[key], chains)
    for r in sorted(graph.relations, key=lambda r: r.key):
        yield from _relation_triples(r, graph.entities)
