"""kg report: a place brief and a firm brief from the graph `kg build seeds/` makes, figures checked against
the recipes' answers, names escaped, nothing requested, drawn (and printed) by headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_viz import ARTIFACTS, _chromium, _run_chromium

from kg.answers import answer, answer_store
from kg.cli import cli
from kg.errors import ExportError, KgError
from kg.graphio import read_graph
from kg.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelType
from kg.report import firm_report, make_report, place_report, write_report
from kg.report.page import render
from kg.store import EMBEDDED_DIR, open_store

RE_EXTERNAL = re.compile(r"""\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I)
NASTY = "<script>alert(1)</script>\"'"


@pytest.fixture(scope="module")
def seeds(seed_store: Path) -> tuple[Graph, Any]:
    graph = read_graph(seed_store)
    store = open_store(seed_store / EMBEDDED_DIR)
    yield graph, store
    store.close()


def test_place_report_figures_are_the_recipes_answers(seeds: tuple[Graph, Any]) -> None:
    graph, store = seeds
    rep = place_report(store, graph, "邵阳市", chain="新能源汽车")
    rows = answer(store, "projects_in_place", place="邵阳市")
    assert [p.name for p in rep.projects] == [r["project"] for r in rows]
    total = sum(r["amount_cny"] or 0 for r in rows)
    assert sum(v[1] for v in rep.by_year.values()) == total
    assert sum(rep.by_stage.values()) == len(rows)
    gaps = answer(store, "chain_gaps", chain="新能源汽车", place="邵阳市")
    assert list(rep.chains) == ["新能源汽车"] and list(rep.chains["新能源汽车"]) == gaps
    page = render(rep)
    assert rep.subject == "湖南省邵阳市" and f"{len(rows)}</a>" in page
    battery = next(p for p in rep.projects if p.name == "锂离子动力电池项目")
    assert battery.amount_cny == 1.6e9 and battery.facts
    for fact in battery.facts:  # every fact of the project is printed with its sentences
        for sentence, _ in fact.sentences:
            assert sentence.replace('"', "&#34;") in page
    assert "缺 missing" in page and "有 present" in page
    assert not RE_EXTERNAL.search(page) and "<script" not in page and "default-src 'none'" in page


def test_firm_report_lists_projects_regions_and_names(seeds: tuple[Graph, Any]) -> None:
    graph, store = seeds
    rep = firm_report(store, graph, "易高能源")
    profile = answer(store, "firm_profile", firm="易高能源")
    assert rep.subject == "山西易高能源有限公司"
    assert [p.name for p in rep.projects] == [r["project"] for r in profile if r["project"]]
    assert rep.profile["aliases"] == profile[0]["aliases"]
    assert dict(rep.locations) == {"湖南省邵阳市": 1}
    page = render(rep)
    assert "16亿元" in page and "易高能源" in page


def _graph_with(firm: str, place_only: bool = False) -> Graph:
    place = Entity(EntityType.PLACE, "邵阳市", level="city", code="430500000000",
                   attrs={"full_name": "湖南省邵阳市"})
    if place_only:
        return Graph({place.key: place})
    f, p = Entity(EntityType.FIRM, firm), Entity(EntityType.PROJECT, f"{firm}项目")
    sentence = f"{firm}在邵阳投资{p.name}。</script><img src=x>"
    ev = (Evidence("d1", sentence, 0, len(sentence), "test"),)
    rels = (Relation(RelType.INVESTS_IN, f.key, p.key, amount_cny=2e8, evidence=ev),
            Relation(RelType.LOCATED_IN, p.key, place.key, evidence=ev))
    doc = Document("d1", "d1.txt", "<b>标题</b>", "2024", None, "")
    return Graph({e.key: e for e in (place, f, p)}, rels, {"d1": doc})


def test_names_and_sentences_are_escaped() -> None:
    graph = _graph_with(NASTY)
    with answer_store(graph) as store:
        page = render(place_report(store, graph, "邵阳市"))
    assert "<script" not in page and "<img" not in page and "<b>标题" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x&gt;" in page


def test_a_place_with_no_facts_says_so() -> None:
    graph = _graph_with("", place_only=True)
    with answer_store(graph) as store:
        page = render(place_report(store, graph, "邵阳市"))
    assert 'id="no-facts"' in page and "no projects or investments" in page


def test_cli_report_and_its_errors(seed_store: Path, tmp_path: Path) -> None:
    run = CliRunner().invoke
    out = tmp_path / "r.html"
    res = run(cli, ["report", "--place", "邵阳市", "--store", str(seed_store), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.exists() and "湖南省邵阳市 招商简报" in res.output
    res = run(cli, ["report", "--store", str(seed_store)])
    assert res.exit_code == 1 and "either --place NAME" in res.output
    res = run(cli, ["report", "--place", "绍阳市", "--store", str(seed_store)])
    assert res.exit_code == 1 and "did you mean: 邵阳市" in res.output
    res = run(cli, ["report", "--place", "邵阳市", "--format", "docx"])
    assert res.exit_code == 2


def test_pdf_without_chromium_is_a_clear_error(seeds: tuple[Graph, Any], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    graph, store = seeds
    rep = firm_report(store, graph, "易高能源")
    monkeypatch.setattr("kg.report.page.shutil.which", lambda name: None)
    with pytest.raises(ExportError, match="--format pdf prints through headless Chromium,"
                                          " and none is installed"):
        write_report(rep, tmp_path / "r.pdf", "pdf")
    with pytest.raises(KgError, match="unknown report format 'odt'"):
        write_report(rep, tmp_path / "r.odt", "odt")


@pytest.fixture(scope="module")
def chromium() -> str:
    path = _chromium()
    if path is None:
        pytest.skip("Chromium is not installed and cannot be installed here")
    return path


@pytest.mark.browser
@pytest.mark.parametrize(("args", "shot"), [(["--place", "邵阳市", "--chain", "新能源汽车"], "report_place"),
                                            (["--firm", "易高能源"], "report_firm")])
def test_reports_draw_offline_and_print(chromium: str, seed_store: Path, tmp_path: Path, args: list[str],
                                        shot: str) -> None:
    page = tmp_path / f"{shot}.html"
    res = CliRunner().invoke(cli, ["report", *args, "--store", str(seed_store), "-o", str(page)])
    assert res.exit_code == 0, res.output
    ARTIFACTS.mkdir(exist_ok=True)
    png = ARTIFACTS / f"{shot}.png"
    _run_chromium(chromium, tmp_path / "profile", "--window-size=1200,1800", f"--screenshot={png}",
                  page.as_uri())
    assert png.exists() and png.stat().st_size > 20_000
    if args[0] == "--place":  # printing once is enough
        pdf = tmp_path / f"{shot}.pdf"
        make_report(seed_store, pdf, fmt="pdf", place="邵阳市")
        assert pdf.read_bytes()[:5] == b"%PDF-"
