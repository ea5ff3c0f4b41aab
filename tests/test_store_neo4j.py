"""The Neo4j side without a server: the loader's Cypher as strings, and its conversation with a fake driver.

(The live Neo4j contract runs in test_store.py when KG_NEO4J_URI is set; the statements' syntax is checked
by Neo4j's own linter in test_cypher_lint.py.)
"""

from __future__ import annotations

import pytest
from test_store import EV1, EV2, make_graph

from kg.errors import StoreError
from kg.store import cypher, open_store
from kg.store.base import check_read_only
from kg.store.schema import LABELS

# -- Cypher built as strings --------------------------------------------------------------------------------

# fmt: off
STATEMENTS = [
    (cypher.create_constraint("Park"),
     "CREATE CONSTRAINT park_key IF NOT EXISTS FOR (n:Park) REQUIRE n.key IS UNIQUE"),
    (cypher.merge_nodes("Place"), "UNWIND $rows AS row MERGE (n:Place {key: row.key}) SET n.name = row.name, "
     "n.aliases = row.aliases, n.sources = row.sources, n.n_sources = row.n_sources, n.level = row.level, "
     "n.code = row.code, n.full_name = row.full_name"),
    (cypher.merge_rels("LOCATED_IN", "Park", "Place"), "UNWIND $rows AS row MATCH (a:Park {key: row.src}) "
     "MATCH (b:Place {key: row.dst}) MERGE (a)-[e:LOCATED_IN]->(b) SET e.provenance = row.provenance, "
     "e.n_evidence = row.n_evidence, e.ev_doc = row.ev_doc, e.ev_sentence = row.ev_sentence, "
     "e.ev_start = row.ev_start, e.ev_end = row.ev_end, e.ev_rule = row.ev_rule, "
     "e.confidence = row.confidence"),
    (cypher.delete_nodes("Firm"), "UNWIND $keys AS k MATCH (n:Firm {key: k}) DETACH DELETE n"),
    (cypher.count_rel_type("PART_OF"), "MATCH ()-[e:PART_OF]->() RETURN count(e) AS n"),
]
# fmt: on


@pytest.mark.parametrize(("built", "expected"), STATEMENTS)
def test_cypher_strings(built: str, expected: str) -> None:
    assert built == expected


def test_invests_in_sets_amounts() -> None:
    q = cypher.merge_rels("INVESTS_IN", "Firm", "Project")
    for prop in ("amount_cny", "amount", "currency", "year", "stage", "ev_sentence", "confidence"):
        assert f"e.{prop} = row.{prop}" in q


@pytest.mark.parametrize("bad", ["Firm) DETACH DELETE (n", "firm", "Company"])
def test_cypher_refuses_unknown_labels(bad: str) -> None:
    with pytest.raises(StoreError, match="valid: Firm, Project"):
        cypher.merge_nodes(bad)


def test_every_loader_statement_is_parameterised() -> None:
    for q in cypher.all_statements():
        assert "'" not in q and '"' not in q, q  # no literal values: everything travels as $parameters


@pytest.mark.parametrize("label", LABELS)
def test_count_and_key_queries_are_read_only(label: str) -> None:
    for q in (cypher.count_label(label), cypher.node_keys(label)):
        check_read_only(q)
    with pytest.raises(StoreError, match="read-only"):
        check_read_only(cypher.delete_nodes(label))


# -- the Neo4j loader's conversation, against a recording fake driver ---------------------------------------


class FakeRecord(dict):  # type: ignore[type-arg]
    def data(self) -> dict[str, object]:
        return dict(self)


class FakeDriver:
    """Answers like a Neo4j that already holds one stale firm and one stale PART_OF edge."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, object]]] = []

    def verify_connectivity(self) -> None:
        pass

    def execute_query(
        self, query: str, params: dict[str, object], **kw: object
    ) -> tuple[list[FakeRecord], None, None]:
        self.sent.append((query, params))
        if query == cypher.node_keys("Firm"):
            return [FakeRecord(key="firm:旧公司"), FakeRecord(key="firm:湖南易高能源有限公司")], None, None
        if query == cypher.rel_pairs("PART_OF", "Place", "Place"):
            return [FakeRecord(src="place:1", dst="place:2")], None, None
        if query.startswith("MATCH") and query.endswith("AS n"):
            return [FakeRecord(n=0)], None, None
        return [], None, None

    def close(self) -> None:
        pass


def test_neo4j_loader_batches_merges_and_deletes_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    import neo4j

    fake = FakeDriver()
    monkeypatch.setattr(neo4j.GraphDatabase, "driver", lambda uri, auth: fake)
    g = make_graph(tuple(f"公司{i}" for i in range(5)))
    with open_store("bolt://example.org:7687", password="x") as s:
        s.load(g, batch_size=3)
    sent = [q for q, _ in fake.sent]
    assert sent[: len(LABELS)] == [cypher.create_constraint(label) for label in LABELS]
    firm_batches = [p["rows"] for q, p in fake.sent if q == cypher.merge_nodes("Firm")]
    assert [len(b) for b in firm_batches] == [3, 3, 1]  # 7 firms in batches of 3
    assert {r["key"] for b in firm_batches for r in b} == {e.key for e in g.by_type("firm")}
    invests = [
        r for q, p in fake.sent if q == cypher.merge_rels("INVESTS_IN", "Firm", "Project") for r in p["rows"]
    ]
    assert invests[0]["ev_sentence"] == [EV1.sentence, EV2.sentence] and invests[0]["amount_cny"] == 1.6e9
    assert (cypher.delete_nodes("Firm"), {"keys": ["firm:旧公司"]}) in fake.sent
    assert (
        cypher.delete_rels("PART_OF", "Place", "Place"),
        {"rows": [{"src": "place:1", "dst": "place:2"}]},
    ) in fake.sent
    # every statement sent is one the linter test covers, and values only ever travel as parameters
    assert set(sent) <= set(cypher.all_statements())
