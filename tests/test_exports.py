"""GraphML and CSV exports read back with the same nodes, edges and joined list properties."""

from __future__ import annotations

import csv

import networkx as nx
from click.testing import CliRunner
from graph_samples import seed_graph

from kg.exports import LIST_SEPARATOR, to_networkx, write_csv, write_graphml
from kg.graphio import write_graph


def test_graphml_reads_back(tmp_path):
    graph = seed_graph()
    path = write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_nodes() == len(graph.entities)
    assert back.number_of_edges() == len(graph.relations)
    firm = back.nodes["firm:山西易高能源有限公司"]
    assert firm["type"] == "Firm" and firm["label"] == "山西易高能源有限公司" and firm["n_sources"] == 1
    park = back.nodes["park:邵阳经济技术开发区"]
    assert park["sources"].split(LIST_SEPARATOR) == ["seed001-02"]
    edge = back.get_edge_data("firm:山西易高能源有限公司", "project:锂离子动力电池项目")["INVESTS_IN"]
    assert edge["amount_cny"] == 1.6e9 and edge["n_evidence"] == 1
    assert "山西易高能源有限公司投资建设" in edge["ev_sentence"]
    industry = back.nodes["industry:动力电池"]
    assert industry["chain"] == "新能源汽车" and industry["position"] == 2


def test_csv_reads_back(tmp_path):
    graph = seed_graph()
    nodes, edges = write_csv(graph, tmp_path / "out")
    with open(nodes, encoding="utf-8-sig", newline="") as fh:
        rows = {r["key"]: r for r in csv.DictReader(fh)}
    with open(edges, encoding="utf-8-sig", newline="") as fh:
        erows = list(csv.DictReader(fh))
    assert len(rows) == len(graph.entities) and len(erows) == len(graph.relations)
    assert rows["place:430500000000"]["code"] == "430500000000"
    assert set(rows["place:430500000000"]["aliases"].split(LIST_SEPARATOR)) == {"邵阳"}
    inv = next(r for r in erows if r["type"] == "INVESTS_IN" and r["source"] == "firm:山西易高能源有限公司")
    assert float(inv["amount_cny"]) == 1.6e9 and inv["ev_doc"] == "seed001-02"


def test_to_networkx_keeps_parallel_relations():
    g = to_networkx(seed_graph())
    assert isinstance(g, nx.MultiDiGraph)
    assert {k for _, _, k in g.edges(keys=True)} >= {"INVESTS_IN", "LOCATED_IN", "PART_OF", "UPSTREAM_OF"}


def test_cli_export_graphml_and_csv(tmp_path):
    from kg.cli.main import cli

    write_graph(seed_graph(), tmp_path / "store" / "graph.json")
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "graphml", "--store", str(tmp_path / "store"),
                              "-o", str(tmp_path / "g.graphml")])
    assert res.exit_code == 0 and (tmp_path / "g.graphml").exists()
    res = runner.invoke(cli, ["export", "csv", "--store", str(tmp_path / "store"), str(tmp_path / "csv")])
    assert res.exit_code == 0 and (tmp_path / "csv" / "edges.csv").exists()
    res = runner.invoke(cli, ["export", "csv", "--store", str(tmp_path / "nothing"), str(tmp_path / "csv")])
    assert res.exit_code == 1 and "no graph here" in res.output
