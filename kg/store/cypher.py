"""The Cypher statements the Neo4j loader sends, built by functions and tested as strings.

Labels, types and property names come only from :mod:`kg.store.schema` (checked here, so no text from a
document can reach a statement); every value travels as a parameter (``$rows``, ``$keys``, ``$limit``).

>>> for part in merge_nodes("Firm").split(", "):
...     print(part)
UNWIND $rows AS row MERGE (n:Firm {key: row.key}) SET n.name = row.name
n.aliases = row.aliases
n.sources = row.sources
n.n_sources = row.n_sources
>>> print(merge_rels("PART_OF", "Place", "Place").split(" SET ")[0])
UNWIND $rows AS row MATCH (a:Place {key: row.src}) MATCH (b:Place {key: row.dst}) MERGE (a)-[e:PART_OF]->(b)
"""

from __future__ import annotations

from kg.errors import StoreError
from kg.store.schema import (
    KEY,
    NAME_LABEL,
    NAMES_PAIRS,
    NAMES_REL,
    NODE_PROPS,
    REL_PAIRS,
    REL_PROPS,
    REL_TYPES,
)


def _label(label: str) -> str:
    if label not in NODE_PROPS and label != NAME_LABEL:
        raise StoreError(f"unknown node label {label!r}; valid: {', '.join(NODE_PROPS)}")
    return label


def _rel_type(rel_type: str) -> str:
    if rel_type not in REL_PROPS and rel_type != NAMES_REL:
        raise StoreError(f"unknown relationship type {rel_type!r}; valid: {', '.join(REL_TYPES)}")
    return rel_type


def create_constraint(label: str) -> str:
    """A uniqueness constraint on ``key`` (which also gives MERGE its index)."""
    label = _label(label)
    return f"CREATE CONSTRAINT {label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.{KEY} IS UNIQUE"


def merge_nodes(label: str) -> str:
    """Upsert a batch ``$rows`` of nodes of one label, keyed by ``key``, setting every other property."""
    label = _label(label)
    sets = ", ".join(f"n.{p.name} = row.{p.name}" for p in NODE_PROPS[label] if p.name != KEY)
    return f"UNWIND $rows AS row MERGE (n:{label} {{{KEY}: row.{KEY}}}) SET {sets}"


def merge_rels(rel_type: str, src_label: str, dst_label: str) -> str:
    """Upsert a batch ``$rows`` of relationships (one per type and endpoint pair) with their properties."""
    rel_type, src_label, dst_label = _rel_type(rel_type), _label(src_label), _label(dst_label)
    sets = ", ".join(f"e.{p.name} = row.{p.name}" for p in REL_PROPS[rel_type])
    return (
        f"UNWIND $rows AS row MATCH (a:{src_label} {{{KEY}: row.src}}) "
        f"MATCH (b:{dst_label} {{{KEY}: row.dst}}) MERGE (a)-[e:{rel_type}]->(b) SET {sets}"
    )


def merge_names() -> str:
    """Upsert a batch ``$rows`` of name index nodes (``Name {key}``)."""
    return f"UNWIND $rows AS row MERGE (n:{NAME_LABEL} {{{KEY}: row.{KEY}}})"


def merge_name_links(label: str) -> str:
    """Upsert a batch ``$rows`` of ``NAMES`` links from a Name (``src``) to an entity of ``label``."""
    label = _label(label)
    return (
        f"UNWIND $rows AS row MATCH (a:{NAME_LABEL} {{{KEY}: row.src}}) "
        f"MATCH (b:{label} {{{KEY}: row.dst}}) MERGE (a)-[:{NAMES_REL}]->(b)"
    )


def node_keys(label: str) -> str:
    """Every key of one label (to find nodes a new load no longer has)."""
    label = _label(label)
    return f"MATCH (n:{label}) RETURN n.{KEY} AS key"


def delete_nodes(label: str) -> str:
    """Delete the nodes of one label whose keys are in ``$keys``, with their relationships."""
    label = _label(label)
    return f"UNWIND $keys AS k MATCH (n:{label} {{{KEY}: k}}) DETACH DELETE n"


def rel_pairs(rel_type: str, src_label: str, dst_label: str) -> str:
    """Every (src, dst) key pair of one relationship type between two labels."""
    rel_type, src_label, dst_label = _rel_type(rel_type), _label(src_label), _label(dst_label)
    return f"MATCH (a:{src_label})-[e:{rel_type}]->(b:{dst_label}) RETURN a.{KEY} AS src, b.{KEY} AS dst"


def delete_rels(rel_type: str, src_label: str, dst_label: str) -> str:
    """Delete the relationships of one type between the ``$rows`` (src, dst) key pairs."""
    rel_type, src_label, dst_label = _rel_type(rel_type), _label(src_label), _label(dst_label)
    return (
        f"UNWIND $rows AS row MATCH (a:{src_label} {{{KEY}: row.src}})-[e:{rel_type}]->"
        f"(b:{dst_label} {{{KEY}: row.dst}}) DELETE e"
    )


def delete_batch() -> str:
    """Delete up to ``$limit`` nodes (and their relationships); returns how many went."""
    return "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"


def count_label(label: str) -> str:
    label = _label(label)
    return f"MATCH (n:{label}) RETURN count(n) AS n"


def count_rel_type(rel_type: str) -> str:
    rel_type = _rel_type(rel_type)
    return f"MATCH ()-[e:{rel_type}]->() RETURN count(e) AS n"


def all_statements() -> list[str]:
    """Every statement the Neo4j loader can send (for the linter test)."""
    out = [delete_batch()]
    for label in NODE_PROPS:
        out += [
            create_constraint(label),
            merge_nodes(label),
            node_keys(label),
            delete_nodes(label),
            count_label(label),
        ]
    for rel_type, pairs in REL_PAIRS.items():
        for a, b in pairs:
            out += [merge_rels(rel_type, a, b), rel_pairs(rel_type, a, b), delete_rels(rel_type, a, b)]
        out.append(count_rel_type(rel_type))
    out += [create_constraint(NAME_LABEL), merge_names(), node_keys(NAME_LABEL), delete_nodes(NAME_LABEL)]
    for a, b in NAMES_PAIRS:
        out += [merge_name_links(b), rel_pairs(NAMES_REL, a, b), delete_rels(NAMES_REL, a, b)]
    return out
