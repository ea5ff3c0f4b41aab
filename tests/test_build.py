"""``kg build``: idempotent (twice -> same counts and graph.json), incremental (one more document adds only
its facts), and safe (a build killed while loading leaves the previous store readable with its old counts)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.graphio import GRAPH_FILE, read_graph
from kg.model import Graph, RelType
from kg.store import EMBEDDED_DIR, open_store
from kg.store.base import FAULT_ENV, FAULT_MARKER_ENV

ROOT = Path(__file__).resolve().parent.parent
LEFT_OUT = "seed003.txt"  # the document added last (通城县, like seed000, so it shares nodes with it)
LEFT_OUT_DOC = "seed003"


def _store_counts(store_dir: Path) -> dict[str, int]:
    with open_store(store_dir / EMBEDDED_DIR) as store:
        return store.counts()


def _build(store_dir: Path, *paths: Path) -> str:
    result = CliRunner().invoke(cli, ["build", *map(str, paths), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def full_store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> dict[str, object]:
    """The seeds built twice into one store: outputs, counts and graph.json of each run."""
    store = tmp_path_factory.mktemp("full") / "store"
    runs = []
    for _ in range(2):
        out = _build(store, seeds_dir)
        runs.append({"output": out, "counts": _store_counts(store),
                     "graph_json": (store / GRAPH_FILE).read_bytes()})
    return {"store": store, "runs": runs}


@pytest.fixture(scope="module")
def partial_store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """The seeds without one document, built into their own store."""
    root = tmp_path_factory.mktemp("partial")
    corpus = root / "corpus"
    corpus.mkdir()
    for f in sorted(seeds_dir.glob("*.txt")):
        if f.name != LEFT_OUT:
            shutil.copy(f, corpus / f.name)
    store = root / "store"
    _build(store, corpus)
    return store


def test_build_twice_gives_the_same_store(full_store: dict[str, object]) -> None:
    first, second = full_store["runs"]  # type: ignore[misc]
    assert first["counts"] == second["counts"]
    assert first["graph_json"] == second["graph_json"]
    assert first["output"].splitlines()[1:] == second["output"].splitlines()[1:]
    counts = first["counts"]
    assert all(counts[label] > 0 for label in ("Firm", "Project", "Park", "Place", "Industry"))
    assert all(counts[t.value] > 0 for t in RelType)
    # the store and graph.json agree, and the printed summary shows the store's counts
    graph = read_graph(full_store["store"] / GRAPH_FILE)  # type: ignore[operator]
    gc = graph.counts()
    assert {label: counts[label] for label in ("Firm", "Project", "Park", "Place", "Industry")} == {
        t.capitalize(): gc[t] for t in ("firm", "project", "park", "place", "industry")}
    assert {t.value: counts[t.value] for t in RelType} == {t.value: gc[t.value] for t in RelType}
    assert f"firm {counts['Firm']}" in first["output"]
    assert f"INVESTS_IN {counts['INVESTS_IN']}" in first["output"]
    json.loads(first["graph_json"])


def _entity_sources(graph: Graph) -> dict[str, tuple[str, ...]]:
    return {k: e.sources for k, e in graph.entities.items()}


def test_adding_a_document_adds_only_its_facts(full_store: dict[str, object], partial_store: Path) -> None:
    before = read_graph(partial_store / GRAPH_FILE)
    after = read_graph(full_store["store"] / GRAPH_FILE)  # type: ignore[operator]
    assert LEFT_OUT_DOC not in before.documents and LEFT_OUT_DOC in after.documents
    # counts never shrink, in the graph and in the store
    full_counts = full_store["runs"][0]["counts"]  # type: ignore[index]
    partial_counts = _store_counts(partial_store)
    assert all(full_counts[k] >= v for k, v in partial_counts.items()), (partial_counts, full_counts)
    assert sum(full_counts.values()) > sum(partial_counts.values())
    # every node stays; nodes the new document does not touch are unchanged
    assert set(before.entities) <= set(after.entities)
    for key, e in before.entities.items():
        if LEFT_OUT_DOC not in after.entities[key].sources:
            assert after.entities[key] == e, key
    # new nodes come from the new document (or are its places' parents from the gazetteer)
    new_keys = set(after.entities) - set(before.entities)
    assert new_keys
    for key in new_keys:
        e = after.entities[key]
        assert LEFT_OUT_DOC in e.sources or (e.type.value == "place" and not e.sources), key
    # every relation stays; new relations carry the new document's evidence, are world knowledge, or place one
    # of the new document's projects in its region
    before_rels = {r.key: r for r in before.relations}
    after_rels = {r.key: r for r in after.relations}
    assert set(before_rels) <= set(after_rels)
    for key in set(after_rels) - set(before_rels):
        r = after_rels[key]
        in_region = r.provenance == "region" and LEFT_OUT_DOC in after.entities[r.source].sources
        from_left_out = any(ev.doc_id == LEFT_OUT_DOC for ev in r.evidence)
        assert r.provenance == "gazetteer" or in_region or from_left_out, key
    for key, r in before_rels.items():
        if not any(ev.doc_id == LEFT_OUT_DOC for ev in after_rels[key].evidence):
            assert after_rels[key] == r, key


def test_killed_load_leaves_the_previous_store(tmp_path: Path, partial_store: Path, seeds_dir: Path,
                                               full_store: dict[str, object]) -> None:
    """SIGKILL a `python -m kg build` paused mid-load (KG_LOAD_FAULT=sleep@N, the store's test hook):
    the previous store still opens with its old counts, and the next build works."""
    store = tmp_path / "store"
    shutil.copytree(partial_store, store)
    old_counts = _store_counts(store)
    old_graph = (store / GRAPH_FILE).read_bytes()
    assert old_counts != full_store["runs"][0]["counts"]  # type: ignore[index]
    marker = tmp_path / "paused"
    env = {**os.environ, FAULT_ENV: "sleep@2", FAULT_MARKER_ENV: str(marker)}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(seeds_dir), "--store", str(store)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            if proc.poll() is not None:
                pytest.fail(f"build ended before the fault point: {proc.stdout.read().decode()}")  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "build never reached the fault point"
            time.sleep(0.1)
        # the new database is half written beside the old one
        assert len(list((store / EMBEDDED_DIR).glob("g-*"))) >= 2
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert _store_counts(store) == old_counts
    assert (store / GRAPH_FILE).read_bytes() == old_graph
    # a later build replaces the store and clears what the killed one left
    _build(store, seeds_dir)
    assert _store_counts(store) == full_store["runs"][0]["counts"]  # type: ignore[index]


def test_build_report_lists_the_merges_of_two_documents(tmp_path: Path) -> None:
    """Two hand-written documents name one firm two ways and write a park in full and abbreviated."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("比亚迪股份有限公司在长沙经济技术开发区投资建设动力电池项目。",
                                  encoding="utf-8")
    (corpus / "b.txt").write_text("比亚迪在长沙经开区投资的动力电池项目开工建设。", encoding="utf-8")
    res = CliRunner().invoke(cli, ["build", str(corpus), "--store", str(tmp_path / "store"), "--report"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert any(line.startswith("resolution: ") for line in lines)
    firm_merges = [line.split() for line in lines if line.split()[:2] == ["firms", "merged"]]
    assert any(words[2:5] == ["比亚迪", "->", "比亚迪股份有限公司"] for words in firm_merges), res.output
    graph = read_graph(tmp_path / "store")
    assert [e.name for e in graph.by_type("firm")] == ["比亚迪股份有限公司"]
    assert [e.name for e in graph.by_type("park")] == ["长沙经济技术开发区"]
