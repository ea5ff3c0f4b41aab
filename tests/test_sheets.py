"""Analysts' formats: the graph and a recipe's rows as Excel workbooks (read back with openpyxl), CSV with a
UTF-8 byte-order mark; lists as readable text; formulas never run."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner
from graph_samples import seed_graph
from openpyxl import load_workbook

from kg.cli import cli
from kg.errors import ExportError
from kg.graphio import write_graph
from kg.model import Evidence
from kg.sheets import ENTITY_COLUMNS, FACT_COLUMNS, readable, write_graph_xlsx, write_rows

INVESTOR = "山西易高能源有限公司"
FORMULAS = ['=HYPERLINK("http://example.com","点击")', "+1+1", "-2+3", "@SUM(A1:A9)"]


def _sheet(path, name):
    ws = load_workbook(path)[name]
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]], ws


# fmt: off
READABLE = [
    (["甲", "乙"], "甲; 乙"), (("甲",), "甲"), ([], ""), ({"a": 1, "b": ["x", "y"]}, "a: 1; b: x; y"),
    (1.6e9, 1600000000), (2.5, 2.5), (None, None), ("文本", "文本"), ([1.0, None], "1; "),
]
# fmt: on


@pytest.mark.parametrize(("value", "cell"), READABLE)
def test_lists_become_readable_text_and_numbers_stay_numbers(value, cell):
    assert readable(value) == cell


def test_graph_workbook_has_entities_facts_and_documents(tmp_path):
    graph = seed_graph()
    path = write_graph_xlsx(graph, tmp_path / "g.xlsx")
    assert load_workbook(path).sheetnames == ["entities", "facts", "documents"]
    entities, _ = _sheet(path, "entities")
    facts, ws = _sheet(path, "facts")
    docs, _ = _sheet(path, "documents")
    assert tuple(entities[0]) == ENTITY_COLUMNS and tuple(facts[0]) == FACT_COLUMNS
    assert len(entities) == len(graph.entities) and len(facts) == len(graph.relations)
    assert len(docs) == len(graph.documents)
    fact = next(f for f in facts if f["subject"] == INVESTOR and f["relation"] == "INVESTS_IN")
    assert fact["object"] == "锂离子动力电池项目" and fact["amount_cny"] == 1600000000
    rel = next(r for r in graph.relations if r.source == f"firm:{INVESTOR}" and r.type.value == "INVESTS_IN")
    assert (fact["year"], fact["stage"]) == (rel.year, rel.stage) and INVESTOR in fact["evidence"]
    assert fact["documents"].startswith("seed001") and "[" not in fact["documents"]  # readable, not JSON
    firm = next(e for e in entities if e["name"] == INVESTOR)
    assert firm["type"] == "firm" and "; " in (firm["aliases"] or "; ") and "[" not in (firm["aliases"] or "")
    assert ws.freeze_panes == "A2"


@pytest.mark.parametrize("sentence", FORMULAS)
def test_workbook_text_that_looks_like_a_formula_stays_text(tmp_path, sentence):
    graph = seed_graph()
    rels = list(graph.relations)
    i = next(i for i, r in enumerate(rels) if r.source == f"firm:{INVESTOR}")
    rels[i] = dataclasses.replace(rels[i], evidence=(Evidence("seed001-02", sentence, 0, 9, "test"),))
    path = write_graph_xlsx(dataclasses.replace(graph, relations=tuple(rels)), tmp_path / "g.xlsx")
    ws = load_workbook(path)["facts"]
    cells = [c for row in ws.iter_rows() for c in row if c.value == sentence]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_a_control_character_is_refused_and_the_old_workbook_kept(tmp_path):
    graph = seed_graph()
    path = write_graph_xlsx(graph, tmp_path / "g.xlsx")
    before = path.read_bytes()
    bad = dataclasses.replace(graph, documents={k: dataclasses.replace(d, title="甲\x0c乙")
                                                for k, d in graph.documents.items()})
    with pytest.raises(ExportError,
                       match="sheet '(facts|documents)' row 2 column '(document_)?titles?' holds a control"):
        write_graph_xlsx(bad, path)
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["g.xlsx"]


ROWS = [{"firm": "甲公司", "places": ["邵阳市", "长沙市"], "amount_cny": 1.6e9, "note": "=1+1"},
        {"firm": "乙公司", "places": [], "amount_cny": None, "note": "普通"}]


def test_rows_as_csv_start_with_a_bom_and_read_back(tmp_path):
    path = write_rows(ROWS, tmp_path / "r.csv", "csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == [
        "firm,places,amount_cny,note", "甲公司,邵阳市; 长沙市,1600000000,'=1+1", "乙公司,,,普通"]


def test_rows_as_xlsx_and_json(tmp_path):
    rows, _ = _sheet(write_rows(ROWS, tmp_path / "r.xlsx", "xlsx", sheet="top_investors"), "top_investors")
    assert rows[0] == {"firm": "甲公司", "places": "邵阳市; 长沙市", "amount_cny": 1600000000, "note": "=1+1"}
    assert json.loads(write_rows(ROWS, tmp_path / "r.json", "json").read_text(encoding="utf-8")) == ROWS
    with pytest.raises(ExportError, match="unknown format 'txt'"):
        write_rows(ROWS, tmp_path / "r.txt", "txt")


# ---------------------------------------------------------------- the CLI


def test_cli_export_xlsx(tmp_path):
    write_graph(seed_graph(), tmp_path / "store" / "graph.json")
    res = CliRunner().invoke(cli, ["export", "xlsx", "--store", str(tmp_path / "store"),
                                   str(tmp_path / "g.xlsx")])
    assert res.exit_code == 0, res.output
    assert load_workbook(tmp_path / "g.xlsx").sheetnames == ["entities", "facts", "documents"]


def test_cli_query_writes_xlsx_and_csv(seed_store, tmp_path):
    run = CliRunner().invoke
    base = ["query", "top_investors", "-p", "limit=3", "--store", str(seed_store)]
    res = run(cli, [*base, "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")])
    assert res.exit_code == 0 and "wrote 3 row(s)" in res.output, res.output
    rows, _ = _sheet(tmp_path / "t.xlsx", "top_investors")
    assert rows[0]["firm"] == INVESTOR and isinstance(rows[0]["provinces"], str)
    res = run(cli, [*base, "-o", str(tmp_path / "t.csv")])  # the format from the suffix
    assert res.exit_code == 0 and (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    res = run(cli, [*base, "--format", "csv"])
    assert res.output.startswith("\ufefffirm,")
    res = run(cli, [*base, "--format", "xlsx"])
    assert res.exit_code == 2 and "-o FILE.xlsx" in res.output
