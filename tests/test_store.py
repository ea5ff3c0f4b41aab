"""One store contract, every backend: embedded always, Neo4j when KG_NEO4J_URI is set (marker ``neo4j``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.model import Entity, EntityType, Evidence, Graph, Relation, RelType, make_key
from kg.store import EMBEDDED_DIR, GraphStore, backend_for, open_store
from kg.store.base import FAULT_ENV, FAULT_MARKER_ENV
from kg.store.embedded import CURRENT, EmbeddedStore
from kg.store.rows import node_rows, rel_rows
from kg.store.schema import LABELS, REL_TYPES

ROOT = Path(__file__).resolve().parent.parent

# Names that would break string-built Cypher or naive CSV: all must come back verbatim.
# fmt: off
NASTY_NAMES = [
    "x'}) DETACH DELETE n //",
    '甲"}) MATCH (m) DETACH DELETE m RETURN 1 //',
    "反斜杠\\'结尾\\",
    "逗号,分号;冒号:「引号」",
    "换行\n第二行\r\n第三行",
    "  前后空格  ",
    "${rows} $rows {key: 1}",
    "[列表, 'a', \"b\"]",
    "NULL",
    "`反引号`",
    "制表\t符",
]
# fmt: on

EV1 = Evidence(
    "d1", "湖南易高能源有限公司投资16亿元建设锂离子动力电池项目，落户邵阳经开区。", 0, 34, "invests_in"
)
EV2 = Evidence(
    "d2",
    "锂离子动力电池项目在邵阳经济技术开发区开工，含\"引号\"和'单引号'，\n以及换行。",
    10,
    50,
    "invests_in",
    0.7,
)
EVG = Evidence("gazetteer", "", 0, 0, "gazetteer")


def ent(etype: EntityType, name: str, **kw: object) -> Entity:
    return Entity(etype, name, **kw)  # type: ignore[arg-type]


def make_graph(extra_firms: tuple[str, ...] = ()) -> Graph:
    """A small resolved graph: two firms, a project, a park, three places, two industries."""
    hunan = ent(EntityType.PLACE, "湖南省", level="province", code="430000000000", sources=("d1",))
    shaoyang = ent(EntityType.PLACE, "邵阳市", level="city", code="430500000000", sources=("d1", "d2"))
    daxiang = ent(EntityType.PLACE, "大祥区", level="county", code="430503000000")
    park = ent(
        EntityType.PARK,
        "邵阳经济技术开发区",
        aliases=("邵阳经开区", "邵阳市经济技术开发区"),
        sources=("d1", "d2"),
        attrs={"park_type": "经济技术开发区", "place_code": "430500000000"},
    )
    proj = ent(
        EntityType.PROJECT,
        "锂离子动力电池项目",
        sources=("d1", "d2"),
        attrs={
            "timeline": [
                {"year": 2022, "stage": "签约", "doc_id": "d1"},
                {"year": 2023, "stage": "开工", "doc_id": "d2"},
            ]
        },
    )
    firm = ent(EntityType.FIRM, "湖南易高能源有限公司", aliases=("易高能源",), sources=("d1",))
    firm2 = ent(EntityType.FIRM, "邵阳某某科技有限公司", sources=("d2",))
    battery = ent(
        EntityType.INDUSTRY,
        "动力电池",
        attrs={"chain": "新能源汽车", "position": 1, "keywords": ["锂电池", "电芯"]},
    )
    lithium = ent(EntityType.INDUSTRY, "锂矿", attrs={"chain": "新能源汽车", "position": 0, "keywords": []})
    nasty = [ent(EntityType.FIRM, n, aliases=(n, n + "别名"), sources=("d3",)) for n in extra_firms]
    ents = [hunan, shaoyang, daxiang, park, proj, firm, firm2, battery, lithium, *nasty]
    rels = [
        Relation(
            RelType.INVESTS_IN,
            firm.key,
            proj.key,
            amount_cny=1.6e9,
            amount=16.0,
            currency="CNY",
            year=2022,
            stage="签约",
            evidence=(EV1, EV2),
        ),
        Relation(RelType.INVESTS_IN, firm2.key, proj.key, evidence=(EV2,)),
        Relation(RelType.LOCATED_IN, proj.key, park.key, evidence=(EV1, EV2)),
        Relation(RelType.LOCATED_IN, park.key, shaoyang.key, evidence=(EV1,)),
        Relation(RelType.LOCATED_IN, firm.key, shaoyang.key, evidence=(EV1,)),
        Relation(RelType.IN_INDUSTRY, proj.key, battery.key, evidence=(EV1,)),
        Relation(RelType.PART_OF, shaoyang.key, hunan.key, evidence=(EVG,), provenance="gazetteer"),
        Relation(RelType.PART_OF, daxiang.key, shaoyang.key, provenance="gazetteer"),
        Relation(RelType.UPSTREAM_OF, lithium.key, battery.key, provenance="taxonomy"),
    ]
    rels += [
        Relation(RelType.INVESTS_IN, e.key, proj.key, evidence=(Evidence("d3", e.name, 0, 1, "r"),))
        for e in nasty
    ]
    return Graph({e.key: e for e in ents}, tuple(rels))


def expected_counts(graph: Graph) -> dict[str, int]:
    c = graph.counts()
    return {**{t.label: c[t.value] for t in EntityType}, **{t.value: c[t.value] for t in RelType}}


BACKENDS = [
    "embedded",
    pytest.param(
        "neo4j",
        marks=[
            pytest.mark.neo4j,
            pytest.mark.skipif(
                not os.environ.get("KG_NEO4J_URI"),
                reason="set KG_NEO4J_URI (and KG_NEO4J_PASSWORD) to run on Neo4j",
            ),
        ],
    ),
]


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> GraphStore:
    if request.param == "embedded":
        s = open_store(tmp_path / EMBEDDED_DIR)
    else:
        s = open_store(os.environ["KG_NEO4J_URI"])
        s.clear()
    yield s
    s.close()


# -- the contract ----------------------------------------------------------------------------------------


def test_store_is_a_graph_store(store: GraphStore) -> None:
    assert isinstance(store, GraphStore)
    store.clear()
    assert store.counts() == dict.fromkeys((*LABELS, *REL_TYPES), 0)


def test_load_returns_counts_by_label_and_type(store: GraphStore) -> None:
    g = make_graph()
    counts = store.load(g)
    assert counts == expected_counts(g)
    assert counts["Place"] == 3 and counts["INVESTS_IN"] == 2 and counts["PART_OF"] == 2
    assert store.counts() == counts


def test_load_twice_is_idempotent(store: GraphStore) -> None:
    g = make_graph(("甲公司",))
    first = store.load(g)
    rows1 = store.run(
        "MATCH (f:Firm)-[i:INVESTS_IN]->(p:Project) RETURN f.key AS fk, i.ev_doc AS d ORDER BY fk"
    )
    assert store.load(g) == first
    assert (
        store.run("MATCH (f:Firm)-[i:INVESTS_IN]->(p:Project) RETURN f.key AS fk, i.ev_doc AS d ORDER BY fk")
        == rows1
    )


def test_load_replaces_previous_content(store: GraphStore) -> None:
    store.load(make_graph(("旧公司",)))
    g = make_graph(("新公司",))
    assert store.load(g) == expected_counts(g)
    names = [r["name"] for r in store.run("MATCH (f:Firm) RETURN f.name AS name ORDER BY name")]
    assert "新公司" in names and "旧公司" not in names


def test_small_batches_give_the_same_store(store: GraphStore) -> None:
    g = make_graph(tuple(f"公司{i}" for i in range(7)))
    assert store.load(g, batch_size=2) == expected_counts(g)


def test_nasty_names_are_stored_verbatim(store: GraphStore) -> None:
    store.load(make_graph(tuple(NASTY_NAMES)))
    for name in NASTY_NAMES:
        rows = store.run(
            "MATCH (f:Firm {name: $name})-[i:INVESTS_IN]->(p:Project) "
            "RETURN f.key AS key, f.aliases AS aliases, i.ev_sentence AS s",
            {"name": name},
        )
        assert rows == [
            {"key": make_key(EntityType.FIRM, name), "aliases": [name, name + "别名"], "s": [name]}
        ], name
    assert store.counts()["Project"] == 1  # nothing was deleted by an injection attempt


def test_node_properties_follow_the_schema(store: GraphStore) -> None:
    store.load(make_graph())
    park = store.run(
        "MATCH (k:Park) RETURN k.name AS name, k.aliases AS aliases, k.park_type AS t, "
        "k.place_code AS code, k.sources AS sources, k.n_sources AS n"
    )
    assert park == [
        {
            "name": "邵阳经济技术开发区",
            "aliases": ["邵阳经开区", "邵阳市经济技术开发区"],
            "t": "经济技术开发区",
            "code": "430500000000",
            "sources": ["d1", "d2"],
            "n": 2,
        }
    ]
    proj = store.run("MATCH (p:Project) RETURN p.stage AS stage, p.year AS year, p.timeline AS timeline")
    assert proj == [{"stage": "开工", "year": 2023, "timeline": ["2022|签约|d1", "2023|开工|d2"]}]
    ind = store.run(
        "MATCH (i:Industry) RETURN i.name AS name, i.chain AS chain, i.position AS pos, "
        "i.keywords AS kw ORDER BY pos"
    )
    assert ind == [
        {"name": "锂矿", "chain": "新能源汽车", "pos": 0, "kw": []},
        {"name": "动力电池", "chain": "新能源汽车", "pos": 1, "kw": ["锂电池", "电芯"]},
    ]
    place = store.run(
        "MATCH (p:Place {code: $code}) RETURN p.key AS key, p.level AS level", {"code": "430500000000"}
    )
    assert place == [{"key": "place:430500000000", "level": "city"}]


def test_relationship_evidence_is_parallel_lists(store: GraphStore) -> None:
    store.load(make_graph())
    rows = store.run(
        "MATCH (f:Firm {name: $f})-[i:INVESTS_IN]->(p:Project) RETURN i.amount_cny AS cny, "
        "i.amount AS amount, i.currency AS cur, i.year AS year, i.stage AS stage, "
        "i.provenance AS prov, i.n_evidence AS n, i.ev_doc AS docs, i.ev_sentence AS sents, "
        "i.ev_start AS s0, i.ev_end AS s1, i.ev_rule AS rules, i.confidence AS conf",
        {"f": "湖南易高能源有限公司"},
    )
    assert rows == [
        {
            "cny": 1.6e9,
            "amount": 16.0,
            "cur": "CNY",
            "year": 2022,
            "stage": "签约",
            "prov": "text",
            "n": 2,
            "docs": ["d1", "d2"],
            "sents": [EV1.sentence, EV2.sentence],
            "s0": [0, 10],
            "s1": [34, 50],
            "rules": ["invests_in", "invests_in"],
            "conf": 1.0,
        }
    ]
    gaz = store.run(
        "MATCH (a:Place)-[e:PART_OF]->(b:Place) RETURN a.name AS place, e.provenance AS p, "
        "e.n_evidence AS n, e.ev_sentence AS s, e.confidence AS c ORDER BY place"
    )
    assert gaz == [
        {"place": "大祥区", "p": "gazetteer", "n": 0, "s": [], "c": None},
        {"place": "邵阳市", "p": "gazetteer", "n": 1, "s": [""], "c": 1.0},
    ]


def test_results_are_plain_python(store: GraphStore) -> None:
    store.load(make_graph())
    rows = store.run(
        "MATCH (f:Firm)-[i:INVESTS_IN]->(p:Project) "
        "RETURN count(DISTINCT f) AS n, coalesce(sum(i.n_evidence), 0) AS ev, "
        "collect(DISTINCT p.name) AS names"
    )
    assert rows == [{"n": 2, "ev": 3, "names": ["锂离子动力电池项目"]}]
    assert type(rows[0]["ev"]) is int


def test_path_project_park_city_province(store: GraphStore) -> None:
    store.load(make_graph())
    rows = store.run(
        "MATCH (p:Project)-[:LOCATED_IN]->(k:Park)-[:LOCATED_IN]->(c:Place)-[:PART_OF]->"
        "(s:Place {level: $level}) RETURN p.name AS p, k.name AS k, c.name AS c, s.name AS s",
        {"level": "province"},
    )
    assert rows == [{"p": "锂离子动力电池项目", "k": "邵阳经济技术开发区", "c": "邵阳市", "s": "湖南省"}]
    hops = store.run(
        "MATCH path = (d:Place {name: $d})-[:PART_OF*1..4]->(s:Place) "
        "RETURN s.name AS s, length(path) AS n ORDER BY n",
        {"d": "大祥区"},
    )
    assert hops == [{"s": "邵阳市", "n": 1}, {"s": "湖南省", "n": 2}]


@pytest.mark.parametrize("batch_size", [1, 1000])
def test_embedded_place_index_is_located_in_one_or_two_steps(tmp_path: Path, batch_size: int) -> None:
    g = make_graph()
    proj = make_key(EntityType.PROJECT, "锂离子动力电池项目")
    daxiang = next(k for k, e in g.entities.items() if e.name == "大祥区")
    g = Graph(g.entities, (*g.relations, Relation(RelType.LOCATED_IN, proj, daxiang)))
    with EmbeddedStore(tmp_path / "s") as store:
        counts = store.load(g, batch_size=batch_size)
        walked = store.run(
            "MATCH (p:Project)-[:LOCATED_IN*1..2]->(pl:Place) "
            "RETURN DISTINCT p.key AS k, pl.name AS n ORDER BY k, n"
        )
        indexed = store.run(
            "MATCH (p:Project)-[:IN_PLACE]->(pl:Place) RETURN p.key AS k, pl.name AS n ORDER BY k, n"
        )
    assert walked == indexed == [{"k": proj, "n": "大祥区"}, {"k": proj, "n": "邵阳市"}]
    assert counts == expected_counts(g)  # an index, not a fact: not counted


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Firm {key: 'x'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Firm) SET n.name = 'x'",
        "MERGE (n:Firm {key: 'x'})",
        "match (n) remove n.name",
    ],
)
def test_run_refuses_writes(store: GraphStore, query: str) -> None:
    store.load(make_graph())
    with pytest.raises(StoreError, match="read-only"):
        store.run(query)
    assert store.counts() == expected_counts(make_graph())


def test_clear_empties_the_store(store: GraphStore) -> None:
    store.load(make_graph())
    store.clear()
    assert set(store.counts().values()) == {0}


def test_bad_query_is_a_store_error(store: GraphStore) -> None:
    with pytest.raises(StoreError):
        store.run("MATCH (n:Firm RETURN n")


# -- rows and validation -----------------------------------------------------------------------------------


def test_dangling_relation_names_the_missing_key() -> None:
    g = make_graph()
    bad = Graph(
        g.entities, (*g.relations, Relation(RelType.LOCATED_IN, "firm:无此公司", "place:430500000000"))
    )
    with pytest.raises(StoreError, match="无此公司"):
        rel_rows(bad)


def test_rows_have_one_tuple_per_entity() -> None:
    g = make_graph()
    rows = node_rows(g)
    assert {label: len(r) for label, r in rows.items()} == {t.label: g.counts()[t.value] for t in EntityType}


# -- the embedded store only ------------------------------------------------------------------------------


def test_control_characters_in_lists_are_refused(tmp_path: Path) -> None:
    g = make_graph(("坏\x1f名字",))
    with EmbeddedStore(tmp_path / "db") as s, pytest.raises(StoreError, match="control character"):
        s.load(g)


def test_failed_load_keeps_the_previous_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = make_graph()
    with EmbeddedStore(tmp_path / "db") as s:
        s.load(old)
        monkeypatch.setenv(FAULT_ENV, "raise@3")
        with pytest.raises(StoreError, match=FAULT_ENV):
            s.load(make_graph(("新公司",)))
        assert s.counts() == expected_counts(old)
    assert [p.name for p in (tmp_path / "db").iterdir() if p.name.endswith(".lbdb")] == [
        (tmp_path / "db" / CURRENT).read_text()
    ]


KILLED_LOADER = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from test_store import make_graph
    from kg.store.embedded import EmbeddedStore
    EmbeddedStore(sys.argv[1]).load(make_graph(tuple(f"公司{i}" for i in range(50))), batch_size=5)
""")


def test_killed_load_keeps_the_previous_graph(tmp_path: Path) -> None:
    path = tmp_path / "db"
    old = make_graph()
    with EmbeddedStore(path) as s:
        s.load(old)
    marker = tmp_path / "paused"
    env = {**os.environ, FAULT_ENV: "sleep@6", FAULT_MARKER_ENV: str(marker)}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_LOADER, str(path), str(Path(__file__).parent)], env=env, cwd=ROOT
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "the loader ended before pausing"
            assert time.monotonic() < deadline, "the loader never paused"
            time.sleep(0.05)
        assert len(list(path.glob("g-*.lbdb"))) == 2  # the new database is half written beside the old one
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with EmbeddedStore(path) as s:
        assert s.counts() == expected_counts(old)
        new = make_graph(("新公司",))
        assert s.load(new) == expected_counts(new)
    assert len(list(path.glob("g-*.lbdb"))) == 1  # the dead load's file was cleaned up
    assert list(path.glob("csv-*")) == []  # and so were its CSV files


@pytest.mark.parametrize("read", ["counts", "run"])
def test_reading_a_store_never_built_is_an_error_and_creates_nothing(tmp_path: Path, read: str) -> None:
    path = tmp_path / "typo" / EMBEDDED_DIR
    want = rf"{path}: no embedded store here; run `kg build"
    with open_store(path) as s, pytest.raises(StoreError, match=want):
        s.counts() if read == "counts" else s.run("MATCH (n:Firm) RETURN n.name AS name")
    assert not (tmp_path / "typo").exists()


def test_a_file_is_no_store(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file, not an embedded store folder"):
        open_store(tmp_path / "f")


def test_store_reopens_with_its_graph(tmp_path: Path) -> None:
    g = make_graph()
    with open_store(tmp_path / "db") as s:
        s.load(g)
    with open_store(f"embedded:{tmp_path / 'db'}") as s:
        assert s.counts() == expected_counts(g)


# -- backends by name ----------------------------------------------------------------------------------------

# fmt: off
ADDRESSES = [
    (".kg/ladybug", "embedded"),
    ("embedded:/tmp/x", "embedded"),
    ("bolt://localhost:7687", "neo4j"),
    ("neo4j+s://example.org", "neo4j"),
]
# fmt: on


@pytest.mark.parametrize(("address", "backend"), ADDRESSES)
def test_backend_by_address(address: str, backend: str) -> None:
    assert backend_for(address)[0] == backend


def test_bad_scheme_lists_valid_backends() -> None:
    with pytest.raises(StoreError, match=r"valid: .*embedded.*bolt://"):
        open_store("postgres://localhost/db")


def test_unreachable_neo4j_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot connect to Neo4j at bolt://127.0.0.1:1"):
        open_store("bolt://127.0.0.1:1", password="x")
