"""kg viz: views select the right entities, text is escaped, and the pages draw offline in headless
Chromium."""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from graph_samples import CHAIN, seed_graph

from kg.cli import cli
from kg.errors import KgError
from kg.graphio import write_graph
from kg.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelType
from kg.viz import ViewSpec, build_view, format_amount, render_html, select_rows, write_html

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                  "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=30000")
RE_PROBE = re.compile(r'<pre id="kg-probe"[^>]*>(.*?)</pre>', re.S)
RE_EXTERNAL = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""",
                         re.I)
NASTY_FIRM = "<script>alert(1)</script>\"'"
NASTY_SENTENCE = ("</script><script>window.__kg_pwned=1</script>"
                  "<img src=x onerror=\"window.__kg_pwned=2\">投资")


@pytest.fixture(scope="module")
def graph() -> Graph:
    return seed_graph()


def nasty_graph() -> Graph:
    firm = Entity(EntityType.FIRM, NASTY_FIRM, aliases=("<b>x</b>",), sources=("d<1>",))
    proj = Entity(EntityType.PROJECT, "项目 #1 % & 'q'")
    ev = Evidence("d<1>", NASTY_SENTENCE, 0, len(NASTY_SENTENCE), "rule<i>")
    rel = Relation(RelType.INVESTS_IN, firm.key, proj.key, amount_cny=1.6e9, amount=1.6e9, currency="CNY",
                   evidence=(ev,))
    doc = Document("d<1>", "http://example.com/?a=<1>", "<title>", "2024", None, "")
    return Graph({firm.key: firm, proj.key: proj}, (rel,), {doc.doc_id: doc})


# fmt: off
VIEWS = [
    # (file, spec, labels that must be drawn, labels that must not)
    # a chain in a place: its links there, and for a missing link the firms elsewhere that invest in it
    ("chain", ViewSpec(chain=CHAIN, place="邵阳市"),
     {"电池材料", "动力电池", "锂离子动力电池项目", "山西易高能源有限公司", "国碳纳米锂离子导电材料项目",
      "上汽大众", "上汽大众新能源汽车项目"},
     {"比亚迪电池项目", "华为"}),
    ("chain_all", ViewSpec(chain=CHAIN), {"整车制造", "上汽大众新能源汽车项目", "锂离子动力电池项目"}, set()),
    ("around", ViewSpec(around="山西易高能源有限公司", hops=2),
     {"山西易高能源有限公司", "锂离子动力电池项目", "邵阳经济技术开发区"}, {"华为"}),
    ("place", ViewSpec(place="邵阳市"), {"邵阳市", "邵阳经济技术开发区", "华为邵阳运营中心项目", "华为"},
     {"长沙市"}),
    ("whole", ViewSpec(max_nodes=80), {"湖南省"}, set()),
]
# fmt: on


@pytest.mark.parametrize(("name", "spec", "present", "absent"), VIEWS, ids=[v[0] for v in VIEWS])
def test_view_selects(graph, name, spec, present, absent):
    view = build_view(graph, spec)
    names = {n["label"].split("\n")[0] for n in view.nodes}
    assert present <= names
    assert not absent & names
    ids = {n["id"] for n in view.nodes}
    assert all(e["from"] in ids and e["to"] in ids for e in view.edges)


def test_chain_marks_missing_links_and_orders_left_to_right(graph):
    view = build_view(graph, ViewSpec(chain=CHAIN, place="邵阳市"))
    by_name = {n["label"].split("\n")[0]: n for n in view.nodes}
    # 邵阳 has battery-material and battery projects but no mining or vehicle assembly: those are gaps
    assert by_name["锂矿资源"]["shapeProperties"] == {"borderDashes": [6, 4]}
    assert by_name["整车制造"]["label"].endswith("(缺口 gap)")
    assert "shapeProperties" not in by_name["动力电池"]
    xs = [by_name[n]["x"] for n in ("锂矿资源", "电池材料", "动力电池", "整车制造")]
    assert xs == sorted(xs) and len(set(xs)) == 4
    gaps = [e for e in view.edges if e["label"] == "上游" and e["dashes"]]
    assert len(gaps) == 2  # 锂矿资源 -> 电池材料 and 动力电池 -> 整车制造
    assert view.options["physics"]["enabled"] is False
    # who could fill the 整车制造 gap: 上汽大众, with its project in 长沙, drawn under the missing link
    assert by_name["上汽大众"]["label"] == "上汽大众\n(候选 candidate)"
    assert by_name["上汽大众新能源汽车项目"]["x"] == by_name["整车制造"]["x"]
    assert "1 firm(s) elsewhere invest in them" in view.summary


def test_edge_labels_sizes_and_tooltips(graph):
    view = build_view(graph, ViewSpec(around="山西易高能源有限公司", hops=1))
    edge = next(e for e in view.edges if e["label"].startswith("投资"))
    assert edge["label"] == "投资 16亿元"
    assert "该项目由山西易高能源有限公司投资建设" in edge["title"]  # the evidence sentence
    assert "16亿元锂离子动力电池项目签约邵阳" in edge["title"]  # its source document's title
    sizes = {n["label"]: n["size"] for n in view.nodes}
    assert sizes["山西易高能源有限公司"] > 14  # sized by its 16亿元


def test_node_cap_filters_and_says_what_it_left_out(graph):
    view = build_view(graph, ViewSpec(max_nodes=20))
    assert len(view.nodes) == 20
    assert view.note is not None and "Showing 20 of" in view.note and "--around" in view.note
    assert view.options["physics"]["stabilization"]["enabled"] is True


@pytest.mark.parametrize("spec", [ViewSpec(around="不存在的公司"), ViewSpec(chain="不存在的链"),
                                  ViewSpec(place="山西易高能源有限公司")])
def test_unknown_names_raise(graph, spec):
    with pytest.raises(KgError, match="no "):
        build_view(graph, spec)


def test_recipe_rows_select_named_entities(graph):
    rows = [{"firm": "山西易高能源有限公司", "project": "锂离子动力电池项目", "amount_cny": 1.6e9}]
    sel = select_rows(graph, rows, "firms_in_park")
    assert sel.keys == ("firm:山西易高能源有限公司", "project:锂离子动力电池项目")


def test_format_amount():
    assert [format_amount(x) for x in (1.6e9, 5.5e7, 2.35e8)] == ["16亿元", "5500万元", "2.35亿元"]


def test_html_is_self_contained_and_escaped(tmp_path):
    page = render_html(build_view(nasty_graph()))
    plain = render_html(build_view(seed_graph(), ViewSpec(around="华为")))
    assert not RE_EXTERNAL.search(page)
    assert "default-src 'none'" in page  # the CSP forbids every request
    # exactly the page's own scripts, none injected by the data
    assert page.count("<script") == plain.count("<script")
    assert page.count("</script>") == plain.count("</script>")
    assert "alert(1)" not in page.split('id="kg-data"')[0]
    data = page.split('<script id="kg-data" type="application/json">')[1].split("</script>")[0]
    assert "<" not in data and ">" not in data
    parsed = json.loads(data)
    firm = next(n for n in parsed["nodes"] if n["id"].startswith("firm:"))
    assert firm["label"] == NASTY_FIRM  # drawn as canvas text, verbatim
    assert "<script>" not in firm["title"] and "&lt;script&gt;" in firm["title"]
    edge = parsed["edges"][0]
    assert "&lt;/script&gt;&lt;script&gt;window.__kg_pwned=1" in edge["title"]
    assert "&lt;img src=x onerror=&quot;" in edge["title"]


def test_cli_viz_writes_html(tmp_path, graph):
    write_graph(graph, tmp_path / "store" / "graph.json")
    out = tmp_path / "chain.html"
    res = CliRunner().invoke(cli, ["viz", "--store", str(tmp_path / "store"), "--chain", CHAIN,
                                   "--place", "邵阳市", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "2 chain link(s) missing here" in res.output and out.exists()
    res = CliRunner().invoke(cli, ["viz", "--store", str(tmp_path / "store"), "--chain", "无此链"])
    assert res.exit_code == 1 and "chains: 新能源汽车" in res.output


# --- headless Chromium --------------------------------------------------------------------------------------

def _chromium() -> str | None:
    for name in CHROMIUM_CANDIDATES:
        if path := shutil.which(name):
            return path
    marker = ROOT / ".cache" / "chromium-install-failed"
    if os.geteuid() == 0 and shutil.which("apt-get") and not marker.exists():
        install = ["apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver",
                   "fonts-wqy-microhei"]
        ok = subprocess.run(install, capture_output=True, timeout=600).returncode == 0
        if not ok:  # a fresh machine has no package lists yet
            subprocess.run(["apt-get", "update", "-q"], capture_output=True, timeout=600)
            ok = subprocess.run(install, capture_output=True, timeout=600).returncode == 0
        if not ok:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.write_text("apt-get install chromium failed\n")
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def chromium() -> str:
    path = _chromium()
    if path is None:
        pytest.skip("Chromium is not installed and cannot be installed here")
    return path


SCREENSHOT_ATTEMPTS = 3


def _run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=60)


def _drawn(chromium: str, profile: Path, page: Path, attempts: int = 6) -> dict:
    """What the page's probe reports once vis-network has drawn (the DOM dump can come before the first frame
    under virtual time, so try a few times)."""
    res = None
    for i in range(attempts):
        try:
            res = _run_chromium(chromium, profile.with_name(f"{profile.name}{i}"), "--dump-dom",
                                page.as_uri())
        except subprocess.TimeoutExpired:
            continue  # a slow start on a loaded machine: try again with a fresh profile
        probe = RE_PROBE.search(res.stdout)
        if probe and probe.group(1):
            return json.loads(html.unescape(probe.group(1)))
    raise AssertionError(f"page did not draw; probe: {RE_PROBE.search(res.stdout) if res else None}; "
                         f"stdout {len(res.stdout) if res else 0} chars")


@pytest.mark.browser
@pytest.mark.parametrize(("name", "spec", "present", "absent"), VIEWS, ids=[v[0] for v in VIEWS])
def test_pages_draw_offline_in_chromium(chromium, graph, tmp_path, name, spec, present, absent):
    page = tmp_path / f"{name}.html"
    write_html(graph, page, spec)
    drawn = _drawn(chromium, tmp_path / "profile", page)
    labels = {label.split("\n")[0] for label in drawn["labels"]}
    assert drawn["drawn"] is True
    assert present <= labels and not absent & labels
    assert drawn["resources"] == []  # nothing was fetched
    if name in ("chain", "around"):
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / f"viz_{name}.png"
        shot.unlink(missing_ok=True)
        for i in range(SCREENSHOT_ATTEMPTS):  # a slow start on a loaded machine: try again, fresh profile
            with contextlib.suppress(subprocess.TimeoutExpired):
                _run_chromium(chromium, tmp_path / f"shot{i}", "--window-size=1400,900",
                              f"--screenshot={shot}", page.as_uri())
            if shot.exists() and shot.stat().st_size > 10_000:
                break
        assert shot.exists() and shot.stat().st_size > 10_000


@pytest.mark.browser
def test_injected_script_stays_inert_in_chromium(chromium, tmp_path):
    page = tmp_path / "nasty.html"
    write_html(nasty_graph(), page)
    drawn = _drawn(chromium, tmp_path / "profile", page)
    assert NASTY_FIRM in drawn["labels"]  # the name is data, shown as text
    assert drawn["pwned"] == 0  # neither the injected <script> nor the <img onerror> ran


@pytest.mark.browser
@pytest.mark.parametrize(("args", "present"), [
    (["--chain", "新能源汽车", "--place", "邵阳市"],
     {"动力电池", "锂离子动力电池项目", "山西易高能源有限公司"}),
    (["--around", "邵阳经开区", "--hops", "1"], {"邵阳经济技术开发区", "锂离子动力电池项目", "邵阳市"}),
    (["--place", "咸宁市"], {"咸宁市", "咸宁高新技术产业开发区"}),
    (["--recipe", "projects_in_park", "-p", "park=邵阳经开区"], {"华为邵阳运营中心项目", "华为"}),
], ids=["chain", "around", "place", "recipe"])
def test_seed_graph_views_draw_in_chromium(chromium, seed_store, tmp_path, args, present):
    """The views of the graph `kg build seeds/` makes, as a user runs them, draw offline with the right
    labels."""
    page = tmp_path / "view.html"
    res = CliRunner().invoke(cli, ["viz", "--store", str(seed_store), *args, "-o", str(page)])
    assert res.exit_code == 0, res.output
    drawn = _drawn(chromium, tmp_path / "profile", page)
    labels = {label.split("\n")[0] for label in drawn["labels"]}
    assert drawn["drawn"] is True and drawn["resources"] == []
    assert present <= labels, present - labels
    if args[0] == "--chain":
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "viz_seed_chain.png"
        _run_chromium(chromium, tmp_path / "profile2", "--window-size=1400,900", f"--screenshot={shot}",
                      page.as_uri())
        assert shot.exists() and shot.stat().st_size > 10_000
