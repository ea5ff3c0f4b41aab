"""Exports under hostile data: spreadsheet formulas in evidence, control characters, failures half way,
malformed graph.json files. A failed export leaves the previous files and nothing else; a bad graph file is
named precisely."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from graph_samples import seed_graph

from kg.cli import cli
from kg.errors import ExportError, KgError, StoreError
from kg.exports import write_csv, write_graphml
from kg.graphio import GRAPH_FILE, read_graph, to_dict, write_graph
from kg.model import Evidence, Graph
from kg.rdf import write_rdf
from kg.store.csv_import import write_neo4j_import
from kg.viz import write_html

INVESTOR = "firm:山西易高能源有限公司"
FORMULAS = ['=HYPERLINK("http://example.com","点击")', "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"]


def _with_evidence(graph: Graph, sentence: str) -> Graph:
    """``graph`` with the first INVESTS_IN relation's evidence sentence replaced."""
    rels = list(graph.relations)
    i = next(i for i, r in enumerate(rels) if r.source == INVESTOR)
    ev = Evidence("seed001-02", sentence, 0, len(sentence), "test", 0.9)
    rels[i] = dataclasses.replace(rels[i], evidence=(ev,))
    return dataclasses.replace(graph, relations=tuple(rels))


def _with_alias(graph: Graph, alias: str) -> Graph:
    ents = dict(graph.entities)
    ents[INVESTOR] = dataclasses.replace(ents[INVESTOR], aliases=(alias,))
    return dataclasses.replace(graph, entities=ents)


def _listing(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# ---------------------------------------------------------------- spreadsheet formula injection


@pytest.mark.parametrize("sentence", FORMULAS)
def test_csv_cells_that_would_run_as_formulas_are_quoted(tmp_path, sentence):
    graph = _with_alias(_with_evidence(seed_graph(), sentence), sentence)
    nodes, edges = write_csv(graph, tmp_path)
    with open(edges, encoding="utf-8-sig", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["source"] == INVESTOR and r["type"] == "INVESTS_IN")
    assert row["ev_sentence"] == "'" + sentence
    with open(nodes, encoding="utf-8-sig", newline="") as fh:
        node = next(r for r in csv.DictReader(fh) if r["key"] == INVESTOR)
    assert node["aliases"] == "'" + sentence
    assert float(row["amount_cny"]) == 1.6e9  # numbers are left alone


def test_query_csv_output_quotes_formulas(tmp_path):
    from kg.cli.query_cmd import format_csv

    out = format_csv([{"firm": "=cmd|' /C calc'!A0", "amount": -5, "name": "甲公司"}])
    assert out.splitlines()[1] == "'=cmd|' /C calc'!A0,-5,甲公司"


# ---------------------------------------------------------------- control characters and atomic exports


def test_graphml_with_a_control_character_is_refused_and_the_old_file_kept(tmp_path):
    path = write_graphml(seed_graph(), tmp_path / "g.graphml")
    before = _listing(tmp_path)
    with pytest.raises(
        ExportError, match=r"relation INVESTS_IN firm:山西易高能源有限公司 -> .*ev_sentence holds U\+000C"
    ):
        write_graphml(_with_evidence(seed_graph(), "第一页\x0c第二页"), path)
    assert _listing(tmp_path) == before


def _disk_full(fd: int) -> None:
    raise OSError(28, "No space left on device")


# Each export; it fails when its written bytes are flushed to disk (as on a full disk).
EXPORTS = [
    ("graphml", lambda g, p: write_graphml(g, p / "g.graphml")),
    ("rdf", lambda g, p: write_rdf(g, p / "g.ttl")),
    ("html", lambda g, p: write_html(g, p / "g.html")),
    ("csv", lambda g, p: write_csv(g, p / "csv")),
]


@pytest.mark.parametrize(("name", "export"), EXPORTS, ids=[e[0] for e in EXPORTS])
def test_a_failed_export_keeps_the_previous_file_and_leaves_nothing(tmp_path, monkeypatch, name, export):
    export(seed_graph(), tmp_path)
    before = _listing(tmp_path)
    monkeypatch.setattr("kg.atomic.os.fsync", _disk_full)
    with pytest.raises(ExportError, match="disk full"):
        export(seed_graph(), tmp_path)
    assert _listing(tmp_path) == before


def test_neo4j_import_that_fails_leaves_nothing_behind(tmp_path):
    bad = _with_alias(seed_graph(), "甲\x1f乙")  # the array delimiter: the files cannot hold it
    with pytest.raises(StoreError, match="U\\+001F"):
        write_neo4j_import(bad, tmp_path / "new")
    assert not (tmp_path / "new").exists()
    write_neo4j_import(seed_graph(), tmp_path / "old")
    before = _listing(tmp_path / "old")
    with pytest.raises(StoreError):
        write_neo4j_import(bad, tmp_path / "old")
    assert _listing(tmp_path / "old") == before


def test_cli_neo4j_import_failure_is_a_clean_error(tmp_path):
    write_graph(_with_alias(seed_graph(), "甲\x1f乙"), tmp_path / "store" / GRAPH_FILE)
    res = CliRunner().invoke(
        cli, ["export", "neo4j-import", str(tmp_path / "imp"), "--store", str(tmp_path / "store")]
    )
    assert res.exit_code == 1 and "U+001F" in res.stderr and "Traceback" not in res.output
    assert not (tmp_path / "imp").exists()


# ---------------------------------------------------------------- malformed graph.json

# fmt: off
MALFORMED = [
    # (how to spoil the file's data, words of the error)
    (lambda d: d["entities"][3].pop("type"), r"entity #4 \('.+'\): no 'type' field"),
    (lambda d: d["entities"][0].update(type="company"),
     r"entity #1 \('.+'\): unknown type 'company' \(valid: firm, "),
    (lambda d: d["entities"][2].pop("name"), r"entity #3 \('.+'\): no 'name' field"),
    (lambda d: d["entities"].__setitem__(1, "firm:甲"), r"entity #2 \(a str, not an object\)"),
    (lambda d: d["relations"][0].pop("target"), r"relation #1 \(.+\): no 'target' field"),
    (lambda d: d["relations"][0].update(type="OWNS"), r"relation #1 \(OWNS .+\): unknown type 'OWNS'"),
    (lambda d: d["relations"][0]["evidence"].append({"doc_id": "d"}), r"relation #1 .*: no 'sentence' field"),
    (lambda d: d["documents"][0].pop("doc_id"), r"document #1 .*: no 'doc_id' field"),
    (lambda d: d.update(relations={}), r"'relations' is a dict, not a list"),
    (lambda d: d["entities"].pop(next(i for i, e in enumerate(d["entities"]) if e["key"] == INVESTOR)),
     r"relation\(s\) point to entities the graph lacks: INVESTS_IN firm:山西易高能源有限公司"
     r" -> .* \(no 'firm:山西易高能源有限公司'\)"),
]
# fmt: on


@pytest.mark.parametrize(("spoil", "message"), MALFORMED)
def test_malformed_graph_file_is_named_precisely(tmp_path, spoil, message):
    data = to_dict(seed_graph())
    data["relations"].sort(key=lambda r: r["source"] != INVESTOR)  # the investor's relation first
    spoil(data)
    path = tmp_path / GRAPH_FILE
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(KgError, match=message) as info:
        read_graph(tmp_path)
    assert str(info.value).startswith(f"{path}: ")


def test_cli_export_of_a_malformed_graph_file_exits_1_without_traceback(tmp_path):
    data = to_dict(seed_graph())
    del data["entities"][0]["type"]
    (tmp_path / GRAPH_FILE).write_text(json.dumps(data), encoding="utf-8")
    for args in (
        ["graphml", "-o", str(tmp_path / "g.graphml")],
        ["csv", str(tmp_path / "c")],
        ["rdf", "-o", str(tmp_path / "g.ttl")],
    ):
        res = CliRunner().invoke(cli, ["export", *args, "--store", str(tmp_path)])
        assert res.exit_code == 1 and "entity #1" in res.stderr and "Traceback" not in res.output, args


def test_truncated_graph_file_is_not_a_graph(tmp_path):
    write_graph(seed_graph(), tmp_path / GRAPH_FILE)
    raw = (tmp_path / GRAPH_FILE).read_bytes()
    (tmp_path / GRAPH_FILE).write_bytes(raw[: len(raw) // 2])
    with pytest.raises(KgError, match="not a kg graph file"):
        read_graph(tmp_path)
