"""Validate an RDF file against the SHACL shapes shipped in ``kg/data/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib.namespace import SH

from kg.errors import ExportError
from kg.rdf.vocab import readable

# File suffix -> rdflib parser (Oxigraph-backed where one exists).
PARSERS: dict[str, str] = {
    ".ttl": "ox-turtle",
    ".turtle": "ox-turtle",
    ".nt": "ox-nt",
    ".jsonld": "ox-json-ld",
    ".json": "ox-json-ld",
    ".rdf": "ox-xml",
    ".xml": "ox-xml",
}


@dataclass(frozen=True, slots=True)
class ShaclResult:
    """One SHACL result, with IRIs shortened and percent-decoded for people."""

    severity: str  # Violation | Warning | Info
    focus: str
    path: str | None
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class ShaclReport:
    conforms: bool
    results: tuple[ShaclResult, ...]

    @property
    def violations(self) -> tuple[ShaclResult, ...]:
        return tuple(r for r in self.results if r.severity == "Violation")

    @property
    def warnings(self) -> tuple[ShaclResult, ...]:
        return tuple(r for r in self.results if r.severity != "Violation")


def read_rdf_file(path: str | Path) -> rdflib.Graph:
    """Parse an RDF file, its format from the suffix; a bad file raises ExportError naming it."""
    path = Path(path)
    fmt = PARSERS.get(path.suffix.lower())
    if fmt is None:
        raise ExportError(f"{path}: unknown RDF file type {path.suffix!r}; use one of {', '.join(PARSERS)}")
    if not path.is_file():
        raise ExportError(f"{path}: no such file")
    g = rdflib.Graph()
    try:
        g.parse(path, format=fmt)
    except Exception as exc:  # parsers raise many types (SyntaxError, ValueError, OSError...)
        raise ExportError(f"{path}: not valid {fmt.removeprefix('ox-')} RDF ({exc})") from exc
    return g


def _term(node: rdflib.term.Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, rdflib.URIRef):
        return readable(str(node))
    if isinstance(node, rdflib.BNode):
        return "[]"
    return repr(str(node))


def validate_graph(data: rdflib.Graph, shapes: str | Path | None = None, strict: bool = False) -> ShaclReport:
    """Run SHACL on ``data``. Warnings (a place without a code) fail only when ``strict``."""
    from pyshacl import validate  # slow import: only when validating

    from kg.rdf import shapes_path

    # parse with the same (Oxigraph) parser as the data, so "city" and "city"^^xsd:string compare equal
    shapes_graph = rdflib.Graph().parse(shapes or shapes_path(), format="ox-turtle")
    conforms, report, _ = validate(data, shacl_graph=shapes_graph, allow_warnings=not strict,
                                   inference="none", advanced=False)
    results: set[ShaclResult] = set()
    for res in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        severity = report.value(res, SH.resultSeverity)
        messages = sorted(str(m) for m in report.objects(res, SH.resultMessage))
        results.add(ShaclResult(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_term(report.value(res, SH.focusNode)) or "?",
            path=_term(report.value(res, SH.resultPath)),
            message="; ".join(messages) or "constraint not met",
            value=_term(report.value(res, SH.value)),
        ))
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    ordered = sorted(results, key=lambda r: (order.get(r.severity, 3), r.focus, r.path or "", r.message))
    return ShaclReport(bool(conforms), tuple(ordered))


def validate_file(path: str | Path, shapes: str | Path | None = None, strict: bool = False) -> ShaclReport:
    """Parse an RDF file (turtle, json-ld, nt by suffix) and run the kg SHACL shapes on it."""
    return validate_graph(read_rdf_file(path), shapes=shapes, strict=strict)
