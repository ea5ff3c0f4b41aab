"""The one table of relation types (kg.model.RelType): every consumer reads it, and a new type is one row."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.evaluate.names import LOCATION_TYPES, RELATION_TYPES, SLOT_TYPES
from kg.graphio import read_graph
from kg.model import EntityType, RelType
from kg.rdf.triples import PREDICATES, expand_curie
from kg.store.schema import REL_PAIRS, REL_PROPS, REL_TYPES
from kg.viz import _edge_label

ROOT = Path(__file__).resolve().parent.parent


def test_the_store_schema_is_the_table() -> None:
    assert tuple(t.value for t in RelType) == REL_TYPES
    for t in RelType:
        assert set(REL_PAIRS[t.value]) == {(a.label, b.label) for a in t.spec.sources for b in t.spec.targets}
    assert [p.name for p in REL_PROPS["INVESTS_IN"]][:2] == ["amount_cny", "amount"]


def test_rdf_and_views_take_predicate_and_label_from_the_table() -> None:
    for t in RelType:
        for source in t.spec.sources:
            assert PREDICATES[t, source].value == expand_curie(t.spec.predicate_of(source))
    assert PREDICATES[RelType.LOCATED_IN, EntityType.FIRM].value == "https://schema.org/location"
    assert PREDICATES[RelType.LOCATED_IN, EntityType.PROJECT].value == "https://schema.org/containedInPlace"


def test_evaluation_scores_the_types_the_table_marks() -> None:
    assert RELATION_TYPES == ("INVESTS_IN", "LOCATED_IN", "IN_INDUSTRY", "PART_OF")
    assert LOCATION_TYPES == ("LOCATED_IN", "PART_OF")
    # an industry is a word in the gold, not an entity: IN_INDUSTRY's object is matched as a word
    assert SLOT_TYPES["IN_INDUSTRY"][1] is None
    assert SLOT_TYPES["LOCATED_IN"] == (("project", "park", "firm"), ("park", "place"))


def test_an_unknown_type_fails_loudly(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown relation type 'ACQUIRES'; known: INVESTS_IN, LOCATED_IN, "):
        RelType("ACQUIRES")
    with pytest.raises(ValueError, match="no CURIE with a known prefix"):
        expand_curie("acme:acquires")
    graph = {"format": 1, "documents": [], "entities": [],
             "relations": [{"type": "ACQUIRES", "source": "firm:甲", "target": "firm:乙"}]}
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(graph), encoding="utf-8")
    with pytest.raises(KgError, match="unknown type 'ACQUIRES'"):
        read_graph(path)


def test_the_seed_graph_keeps_to_the_table(seed_store: Path) -> None:
    """Every relation built from the sample corpus runs between entity types its row allows."""
    graph = read_graph(seed_store / "graph.json")
    for r in graph.relations:
        source, target = graph.entities[r.source].type, graph.entities[r.target].type
        assert r.type.spec.allows(source, target), (r.type.value, source.value, target.value)
    assert {_edge_label(r) for r in graph.relations if r.type is RelType.PART_OF} == {"隶属"}


# The row a test adds to a copy of kg/model.py, and what it checks the copy does with it.
ACQUIRES_ROW = (
    '    ACQUIRES = "ACQUIRES", RelationSpec((FIRM,), (FIRM,), "kg:acquires", "收购", scored=True)\n'
)
ACQUIRES_CHECK = r'''
import json, sys, tempfile
from pathlib import Path
from kg.evaluate import score
from kg.model import Entity, EntityType, Evidence, Graph, Relation, RelType
from kg.rdf import to_rdf
from kg.store import open_store
from kg.store.schema import REL_PAIRS, REL_TYPES
from kg.viz import select_all, view_from_selection

acq = RelType("ACQUIRES")
a = Entity(EntityType.FIRM, "甲集团有限公司", sources=("d1",))
b = Entity(EntityType.FIRM, "乙科技有限公司", sources=("d1",))
sentence = "甲集团有限公司收购乙科技有限公司。"
evidence = (Evidence("d1", sentence, 0, 17, "t"),)
graph = Graph({a.key: a, b.key: b}, (Relation(acq, a.key, b.key, evidence=evidence),))
out = {"schema": [list(map(list, REL_PAIRS["ACQUIRES"])), "ACQUIRES" in REL_TYPES]}
with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "db") as store:
    store.load(graph)
    out["store"] = [store.counts()["ACQUIRES"],
                    store.run("MATCH (x:Firm)-[r:ACQUIRES]->(y:Firm) RETURN x.name AS x, y.name AS y")]
rdf = to_rdf(graph)
out["rdf"] = sorted(str(p) for _, p, _ in rdf if "acquires" in str(p))
view = view_from_selection(graph, select_all(graph))
out["viz"] = [e["label"] for e in view.edges]
rel = {"type": "ACQUIRES", "subject": a.name, "object": b.name}
ents = {"firm": [{"name": a.name}, {"name": b.name}]}
gold = {"doc_id": "d1", "text": sentence, "entities": ents, "relations": [rel]}
report = score([gold], [{"doc_id": "d1", "entities": ents, "relations": [rel]}])
out["eval"] = report.scores["ACQUIRES"].to_dict()["f1"]
import kg
out["kg"] = kg.__file__
print(json.dumps(out, ensure_ascii=False))
'''


def test_a_new_relation_type_is_one_row_of_the_table(tmp_path: Path) -> None:
    """Add ACQUIRES to a copy of kg as one row of RelType: the store, RDF, the views and kg eval take it."""
    copy = tmp_path / "kg"
    shutil.copytree(ROOT / "kg", copy, ignore=shutil.ignore_patterns("__pycache__"))
    model = copy / "model.py"
    text = model.read_text(encoding="utf-8")
    anchor = '    SUBSIDIARY_OF = "SUBSIDIARY_OF"'
    assert text.count(anchor) == 1
    model.write_text(text.replace(anchor, ACQUIRES_ROW + anchor), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", ACQUIRES_CHECK], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["schema"] == [[["Firm", "Firm"]], True]
    assert out["store"] == [1, [{"x": "甲集团有限公司", "y": "乙科技有限公司"}]]
    assert out["rdf"] == ["https://w3id.org/kg-cn/ontology#acquires"]
    assert out["viz"] == ["收购"]
    assert out["eval"] == 1.0
    assert out["kg"] == str(copy / "__init__.py")
