"""Namespaces and IRIs of the kg RDF export.

The vocabulary lives at ``https://w3id.org/kg-cn/ontology#`` (a w3id.org permanent-identifier path, so it can
be redirected to wherever the vocabulary is published later without changing an IRI); resources live under
``https://w3id.org/kg-cn/id/<type>/<name>``. The name part of every IRI is the entity key's percent-encoded
(``urllib.parse.quote(..., safe="")``), so any Chinese name, quote, space, ``<>``, ``#`` or ``%`` gives a
valid IRI that :func:`key_from_iri` turns back into the key.

>>> entity_iri("firm:甲 \\"<公司>\\"#1%")
'https://w3id.org/kg-cn/id/firm/%E7%94%B2%20%22%3C%E5%85%AC%E5%8F%B8%3E%22%231%25'
>>> key_from_iri(entity_iri("firm:甲 \\"<公司>\\"#1%"))
'firm:甲 "<公司>"#1%'
>>> entity_iri("place:430500000000")
'https://w3id.org/kg-cn/id/place/430500000000'
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote, unquote

from rdflib import Namespace

BASE = "https://w3id.org/kg-cn/"
ONTOLOGY = BASE + "ontology#"
ID = BASE + "id/"

SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
FOAF = "http://xmlns.com/foaf/0.1/"

KG = Namespace(ONTOLOGY)  # for rdflib users: KG.Firm, KG.upstreamOf, ...

# Prefixes written into Turtle / JSON-LD output.
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "foaf": FOAF,
    "firm": ID + "firm/",
    "project": ID + "project/",
    "park": ID + "park/",
    "place": ID + "place/",
    "industry": ID + "industry/",
    "chain": ID + "chain/",
    "doc": ID + "doc/",
    "inv": ID + "investment/",
    "ev": ID + "evidence/",
}


def encode(part: str) -> str:
    """Percent-encode one IRI path segment (every reserved character, UTF-8 for the rest)."""
    return quote(part, safe="")


def entity_iri(key: str) -> str:
    """IRI of an entity from its key (``type:rest``)."""
    etype, _, rest = key.partition(":")
    return f"{ID}{etype}/{encode(rest)}"


def key_from_iri(iri: str) -> str:
    """Entity key back from :func:`entity_iri`'s IRI."""
    etype, _, rest = iri[len(ID):].partition("/")
    return f"{etype}:{unquote(rest)}"


def doc_iri(doc_id: str) -> str:
    return f"{ID}doc/{encode(doc_id)}"


def chain_iri(chain: str) -> str:
    return f"{ID}chain/{encode(chain)}"


def investment_iri(source_key: str, target_key: str) -> str:
    return f"{ID}investment/{encode(source_key)}/{encode(target_key)}"


def hashed_iri(kind: str, *parts: object) -> str:
    """A deterministic IRI for a node with no name of its own (an evidence, a milestone)."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
    return f"{ID}{kind}/{digest}"


def readable(iri: str) -> str:
    """An IRI shortened with the prefixes above and percent-decoded, for messages.

    >>> readable(entity_iri("place:邵阳市"))
    'place:邵阳市'
    >>> readable("https://schema.org/currency")
    'schema:currency'
    """
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    if not best:
        return iri
    return f"{best}:{unquote(iri[len(PREFIXES[best]):])}"
