"""RDF export of the resolved graph: standard vocabularies (schema.org, W3C ORG, PROV-O, SKOS) plus a small kg
vocabulary shipped in ``kg/data/kg.ttl``, checked by the SHACL shapes in ``kg/data/shapes.ttl``.

Triples are built as pyoxigraph terms and serialized by Oxigraph (the engine behind oxrdflib), which writes
Turtle about 20x faster than rdflib's own serializer; :func:`to_rdf` gives an ``rdflib.Graph`` for rdflib
users.

>>> from kg.model import Entity, EntityType, Graph
>>> e = Entity(EntityType.PLACE, "邵阳市", level="city", code="430500000000")
>>> g = to_rdf(Graph({e.key: e}))
>>> sorted(str(o) for o in g.objects(predicate=KG.adminCode))
['430500000000']
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pyoxigraph
import rdflib

from kg.atomic import atomic_write, out_of_space
from kg.errors import ExportError
from kg.model import Graph
from kg.rdf.triples import iter_triples
from kg.rdf.vocab import KG, PREFIXES, entity_iri, key_from_iri

__all__ = ["FORMATS", "KG", "entity_iri", "key_from_iri", "shapes_path", "to_rdf", "vocabulary_path",
           "write_rdf"]

# Output formats: name -> (Oxigraph format, file suffix).
FORMATS: dict[str, tuple[pyoxigraph.RdfFormat, str]] = {
    "turtle": (pyoxigraph.RdfFormat.TURTLE, ".ttl"),
    "json-ld": (pyoxigraph.RdfFormat.JSON_LD, ".jsonld"),
    "nt": (pyoxigraph.RdfFormat.N_TRIPLES, ".nt"),
}


def vocabulary_path() -> Path:
    """The kg vocabulary (Turtle) shipped in the package."""
    return Path(str(resources.files("kg") / "data" / "kg.ttl"))


def shapes_path() -> Path:
    """The SHACL shapes (Turtle) shipped in the package."""
    return Path(str(resources.files("kg") / "data" / "shapes.ttl"))


def _format(fmt: str) -> pyoxigraph.RdfFormat:
    try:
        return FORMATS[fmt][0]
    except KeyError:
        raise ExportError(f"unknown RDF format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None


def serialize(graph: Graph, fmt: str = "turtle") -> bytes:
    """The graph serialized as ``fmt`` (turtle, json-ld or nt), UTF-8 bytes."""
    out = pyoxigraph.serialize(iter_triples(graph), format=_format(fmt), prefixes=PREFIXES)
    assert out is not None
    return out


def write_rdf(graph: Graph, path: str | Path, fmt: str = "turtle") -> int:
    """Write ``graph`` as RDF to ``path`` (atomically); returns the number of triples written."""
    rdf_format = _format(fmt)
    path = Path(path)
    count = 0

    def counted() -> object:
        nonlocal count
        for t in iter_triples(graph):
            count += 1
            yield t

    try:
        with atomic_write(path, "wb") as fh:
            pyoxigraph.serialize(counted(), fh, format=rdf_format, prefixes=PREFIXES)  # type: ignore[arg-type]
    except OSError as exc:
        if out_of_space(exc, path.parent):
            raise ExportError(f"{path}: disk full while writing RDF; the previous file is kept") from exc
        raise ExportError(f"{path}: cannot write RDF ({exc.strerror or exc})") from exc
    return count


def to_rdf(graph: Graph) -> rdflib.Graph:
    """The graph as an in-memory ``rdflib.Graph`` (namespaces bound), for rdflib users and tests."""
    g = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.parse(data=serialize(graph, "nt"), format="ox-nt")
    return g
