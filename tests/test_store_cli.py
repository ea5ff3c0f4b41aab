"""`kg stats`, `kg load --neo4j` and `kg export neo4j-import`, and the neo4j-admin import files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_store import NASTY_NAMES, expected_counts, make_graph

from kg.cli import cli
from kg.graphio import write_graph
from kg.store import embedded_path, open_store
from kg.store.csv_import import ARRAY_DELIMITER_ARG, read_neo4j_import, write_neo4j_import
from kg.store.rows import as_dicts, name_rows, node_rows, rel_rows


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A store folder as `kg build` leaves it: graph.json and the embedded store."""
    g = make_graph(("公司,逗号", '公司"引号"'))
    write_graph(g, tmp_path / "graph.json")
    with open_store(embedded_path(tmp_path)) as s:
        s.load(g)
    return tmp_path


def test_stats_json_counts_the_embedded_store(store_dir: Path) -> None:
    res = CliRunner().invoke(cli, ["stats", "--store", str(store_dir), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output) == expected_counts(make_graph(("公司,逗号", '公司"引号"')))


def test_stats_table_lists_every_label_and_type(store_dir: Path) -> None:
    res = CliRunner().invoke(cli, ["stats", "--store", str(store_dir)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert "nodes: 11" in lines and "relationships: 11" in lines
    assert any(line.split() == ["Park", "1"] for line in lines)
    assert any(line.split() == ["UPSTREAM_OF", "1"] for line in lines)


def test_stats_without_a_store_is_exit_1(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["stats", "--store", str(tmp_path / "none")])
    assert res.exit_code == 1
    assert "no embedded store here" in res.output


def test_load_neo4j_unreachable_is_exit_1(store_dir: Path) -> None:
    res = CliRunner().invoke(
        cli, ["load", "--neo4j", "bolt://127.0.0.1:1", "--password", "x", "--store", str(store_dir)]
    )
    assert res.exit_code == 1
    assert "cannot connect to Neo4j at bolt://127.0.0.1:1" in res.output


def test_load_needs_a_uri() -> None:
    res = CliRunner().invoke(cli, ["load", "--password", "x"], env={"KG_NEO4J_URI": None})
    assert res.exit_code == 2


def test_export_neo4j_import_prints_the_command(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "import"
    res = CliRunner().invoke(cli, ["export", "neo4j-import", str(out), "--store", str(store_dir)])
    assert res.exit_code == 0, res.output
    assert "neo4j-admin database import full" in res.output
    assert f"--array-delimiter={ARRAY_DELIMITER_ARG}" in res.output
    assert f"--nodes={out / 'Firm.csv'}" in res.output
    assert f"--relationships={out / 'INVESTS_IN__Firm__Project.csv'}" in res.output


def test_import_files_read_back_as_the_graph(tmp_path: Path) -> None:
    g = make_graph(tuple(n for n in NASTY_NAMES if "\x1f" not in n))
    written = write_neo4j_import(g, tmp_path)
    for label, rows in node_rows(g).items():
        header, back = read_neo4j_import(tmp_path / f"{label}.csv")
        assert header[0] == f"key:ID({label})" and header[-1] == ":LABEL"
        want = [{**d, ":LABEL": label} for d in as_dicts(label, rows)]
        assert back == want, label
    for (rel_type, a, b), rows in rel_rows(g).items():
        header, back = read_neo4j_import(tmp_path / f"{rel_type}__{a}__{b}.csv")
        assert header[:2] == [f":START_ID({a})", f":END_ID({b})"] and header[-1] == ":TYPE"
        assert "ev_start:long[]" in header and "ev_sentence:string[]" in header
        want = [
            {
                ":START_ID(" + a + ")": d.pop("src"),
                ":END_ID(" + b + ")": d.pop("dst"),
                **{k: [] if v == [""] else v for k, v in d.items()},
                ":TYPE": rel_type,
            }
            for d in as_dicts(rel_type, rows)
        ]  # the format cannot tell [""] from []: both read back as []
        assert back == want, rel_type
    names, links = name_rows(g)  # the name index recipes look names up in
    assert read_neo4j_import(tmp_path / "Name.csv")[1] == [{"key": k, ":LABEL": "Name"} for (k,) in names]
    header, back = read_neo4j_import(tmp_path / "NAMES__Name__Firm.csv")
    assert [(r[":START_ID(Name)"], r[":END_ID(Firm)"]) for r in back] == links["Firm"]
    n_links = sum(1 for pairs in links.values() if pairs)
    assert len(written["nodes"]) == 6 and len(written["relationships"]) == len(rel_rows(g)) + n_links
