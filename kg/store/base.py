"""What every store shares: result normalisation, the read-only check, the test fault hook."""

from __future__ import annotations

import decimal
import os
import re
import time
from collections.abc import Mapping
from typing import Any

from kg.errors import StoreError

# Clauses that write; a read-only query (a recipe, ``store.run``) may contain none of them.
WRITE_CLAUSES = (
    "CREATE",
    "MERGE",
    "SET",
    "DELETE",
    "DETACH",
    "REMOVE",
    "DROP",
    "ALTER",
    "COPY",
    "LOAD",
    "INSTALL",
    "ATTACH",
    "CALL",
    "IMPORT",
    "EXPORT",
    "CHECKPOINT",
    "FOREACH",
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "USE",
)
RE_WRITE_CLAUSE = re.compile(r"(?<![\w.$`])(" + "|".join(WRITE_CLAUSES) + r")(?![\w`])", re.IGNORECASE)
# String literals, backtick identifiers and comments, blanked out before looking for clauses. An unclosed
# string or comment is left as it is, so its words are looked at too (the check errs on the side of refusing).
RE_CYPHER_NOISE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
RE_NOT_NEWLINE = re.compile(r"[^\n]")
# Why a clause that touches files or runs code is refused (LadybugDB runs LOAD FROM "/etc/passwd" even on a
# database opened read-only).
FILE_CLAUSES = {
    "LOAD": "reads files (LOAD FROM) or loads extensions",
    "COPY": "reads or writes files",
    "CALL": "calls procedures and table functions, some of which read files or change settings",
    "IMPORT": "reads a database from files",
    "EXPORT": "writes the database to files",
    "ATTACH": "opens another database file",
    "INSTALL": "installs an extension",
}

# Test hook: ``KG_LOAD_FAULT=raise@N`` or ``sleep@N`` makes a load fail (or hang) after N write batches,
# so tests can check that a failed or killed load leaves the previous graph intact.
FAULT_ENV = "KG_LOAD_FAULT"
FAULT_MARKER_ENV = "KG_LOAD_FAULT_MARKER"  # a file written when the load pauses
RE_FAULT = re.compile(r"^(raise|sleep)@(\d+)$")


def find_write_clause(cypher: str) -> tuple[str, int] | None:
    """The first write or file clause of ``cypher`` outside strings and comments, and its offset.

    >>> find_write_clause("MATCH (n) // LOAD\\nRETURN n.name AS name UNION load from '/etc/passwd' RETURN *")
    ('LOAD', 46)
    """
    blanked = RE_CYPHER_NOISE.sub(lambda m: RE_NOT_NEWLINE.sub(" ", m.group()), cypher)  # offsets kept
    m = RE_WRITE_CLAUSE.search(blanked)
    return (m.group(1).upper(), m.start()) if m else None


def check_read_only(cypher: str) -> None:
    """Raise StoreError if ``cypher`` has a write clause (outside strings and comments).

    >>> check_read_only("MATCH (n:Firm {name: 'CREATE'}) RETURN n.name // SET")
    >>> check_read_only("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    kg.errors.StoreError: read-only query expected, found DETACH; queries may only read (MATCH, RETURN, ...)
    """
    found = find_write_clause(cypher)
    if found:
        raise StoreError(
            f"read-only query expected, found {found[0]}; queries may only read (MATCH, RETURN, ...)"
        )


# Result value types that are plain already (checked by exact type: the fast path for big results).
SIMPLE_TYPES = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """A result value as plain Python: int/float/str/bool/None, lists and dicts of them.

    Integral Decimals (Ladybug's ``sum``) become int, other Decimals float; nodes and relationships become
    their property dicts (engine-internal ``_id``/``_label`` fields dropped); paths become
    ``{"nodes": [...], "relationships": [...]}``. Null properties are left out of nodes and relationships,
    as Neo4j stores none.

    >>> plain([decimal.Decimal("3"), decimal.Decimal("1.5"), {"_id": 1, "_label": "Firm", "key": "firm:甲"}])
    [3, 1.5, {'key': 'firm:甲'}]
    """
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):
        if "_nodes" in value and "_rels" in value:
            return {
                "nodes": [plain(n) for n in value["_nodes"]],
                "relationships": [plain(r) for r in value["_rels"]],
            }
        if "_label" in value or "_id" in value:  # a Ladybug node or relationship: Neo4j stores no nulls
            return {
                str(k): plain(v) for k, v in value.items() if not str(k).startswith("_") and v is not None
            }
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        if all(type(v) in SIMPLE_TYPES for v in value):  # lists of names or numbers: nothing to convert
            return list(value)
        return [plain(v) for v in value]
    nodes = getattr(value, "nodes", None)
    rels = getattr(value, "relationships", None)
    if nodes is not None and rels is not None:  # a neo4j Path
        return {"nodes": [plain(n) for n in nodes], "relationships": [plain(r) for r in rels]}
    if hasattr(value, "items") and hasattr(value, "element_id"):  # a neo4j Node or Relationship
        return {str(k): plain(v) for k, v in value.items() if v is not None}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def fault_point(done_batches: int) -> None:
    """Test hook (see FAULT_ENV): called after each write batch of a load."""
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    m = RE_FAULT.match(spec)
    if not m or done_batches != int(m.group(2)):
        return
    if m.group(1) == "raise":
        raise StoreError(f"load stopped by {FAULT_ENV}={spec}")
    marker = os.environ.get(FAULT_MARKER_ENV)
    if marker:  # tells a waiting test the load is paused mid-way
        with open(marker, "w", encoding="utf-8") as f:
            f.write(str(done_batches))
    time.sleep(3600)
