"""Every statement the Neo4j loader sends parses under Neo4j's own grammar (npm Cypher linter)."""

from __future__ import annotations

from cypher_lint import syntax_errors

from kg.store import cypher
from kg.store.schema import LABELS, REL_TYPES


def test_loader_statements_pass_the_neo4j_linter() -> None:
    statements = cypher.all_statements()
    assert len(statements) > len(LABELS) + len(REL_TYPES)
    assert syntax_errors(statements) == {}


# fmt: off
BROKEN = [
    "MATCH (n:Firm RETURN n",
    "UNWIND $rows AS row MERGE (n:Firm {key: row.key} SET n.name = row.name",
    "MATCH (a)-[e:PART_OF]->(b) RETRUN a",
]
# fmt: on


def test_linter_catches_syntax_errors() -> None:
    assert sorted(syntax_errors(BROKEN)) == sorted(BROKEN)
