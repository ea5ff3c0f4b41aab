"""Builds that never lose a graph by accident, and incremental builds: extractions cached per document
(content hash + extractor version), ``kg build --add`` extracting only what is new or changed and
re-resolving."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from docmakers import make_scanned_pdf

from kg.cache import CACHE_FILE, ExtractionCache, from_record, to_record
from kg.cli import cli
from kg.errors import BuildError
from kg.graphio import GRAPH_FILE, read_graph
from kg.pipeline import build

# fmt: off
DOCS = {
    "a.txt": "2023年邵阳市招商动态\n总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约，"
             "该项目由山西易高能源有限公司投资建设。\n",
    "b.txt": "2024年咸宁市招商动态\n总投资5亿元的光伏组件项目在咸宁高新技术产业开发区开工，"
             "该项目由湖北宏泰新能源有限公司投资建设。\n",
    "c.txt": "2024年长沙市招商动态\n总投资8亿元的智能装备制造项目在长沙经济技术开发区签约，"
             "该项目由湖南星城重工有限公司投资建设。\n",
}
# fmt: on


def _corpus(folder: Path, names=DOCS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(DOCS[name], encoding="utf-8")
    return folder


def _firms(store: Path) -> set[str]:
    return {e.name for e in read_graph(store).entities.values() if e.type.value == "firm"}


def _facts(store: Path) -> tuple[dict, list]:
    """graph.json without where the documents were read from (the same documents, other folders)."""
    data = json.loads((store / GRAPH_FILE).read_text(encoding="utf-8"))
    return data["entities"], data["relations"]


def test_adding_a_document_gives_the_graph_a_full_build_gives(tmp_path):
    full = build([_corpus(tmp_path / "all")], tmp_path / "full")
    part = build([_corpus(tmp_path / "part", ["a.txt", "b.txt"])], tmp_path / "inc")
    added = build([_corpus(tmp_path / "new", ["c.txt"])], tmp_path / "inc", add=True)
    assert (full.documents, full.extracted) == (3, 3)
    assert (part.documents, added.documents, added.extracted) == (2, 3, 1)
    assert _facts(tmp_path / "full") == _facts(tmp_path / "inc")
    assert added.counts == full.counts


def test_a_rebuild_takes_every_extraction_from_the_cache(tmp_path):
    corpus = _corpus(tmp_path / "c")
    first = build([corpus], tmp_path / "s")
    graph = (tmp_path / "s" / GRAPH_FILE).read_bytes()
    second = build([corpus], tmp_path / "s")
    assert (first.extracted, second.extracted) == (3, 0)
    assert (tmp_path / "s" / GRAPH_FILE).read_bytes() == graph


def test_a_changed_file_replaces_its_facts(tmp_path):
    corpus = _corpus(tmp_path / "c")
    build([corpus], tmp_path / "s")
    (corpus / "a.txt").write_text(DOCS["a.txt"].replace("山西易高能源", "广东华信电子"), encoding="utf-8")
    res = build([corpus / "a.txt"], tmp_path / "s", add=True)
    assert (res.documents, res.extracted) == (3, 1)
    firms = _firms(tmp_path / "s")
    assert "广东华信电子有限公司" in firms and "山西易高能源有限公司" not in firms


def test_an_added_file_with_a_known_name_from_elsewhere_is_a_new_document(tmp_path):
    build([_corpus(tmp_path / "c")], tmp_path / "s")
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text(DOCS["a.txt"].replace("山西易高能源", "广东华信电子"), encoding="utf-8")
    res = build([other], tmp_path / "s", add=True)
    assert res.documents == 4
    assert {"广东华信电子有限公司", "山西易高能源有限公司"} <= _firms(tmp_path / "s")
    assert sum(d.startswith("a~") for d in read_graph(tmp_path / "s").documents) == 1


def test_a_new_extractor_version_extracts_everything_again(tmp_path, monkeypatch):
    import kg.cache

    build([_corpus(tmp_path / "c", ["a.txt", "b.txt"])], tmp_path / "s")
    monkeypatch.setattr(kg.cache, "extractor_version", lambda extractor=None: "another-extractor")
    res = build([_corpus(tmp_path / "new", ["c.txt"])], tmp_path / "s", add=True)
    assert (res.documents, res.extracted) == (3, 3)  # the store's two re-extracted from their cached text


def test_add_to_a_store_without_its_document_list_asks_for_a_full_build(tmp_path):
    build([_corpus(tmp_path / "c", ["a.txt"])], tmp_path / "s")
    (tmp_path / "s" / CACHE_FILE).unlink()
    graph = (tmp_path / "s" / GRAPH_FILE).read_bytes()
    with pytest.raises(BuildError, match="build it in full once"):
        build([_corpus(tmp_path / "new", ["c.txt"])], tmp_path / "s", add=True)
    assert (tmp_path / "s" / GRAPH_FILE).read_bytes() == graph


def test_add_to_no_store_builds_one(tmp_path):
    assert build([_corpus(tmp_path / "c", ["a.txt"])], tmp_path / "s", add=True).documents == 1


def test_cached_records_give_back_the_extraction(tmp_path):
    from kg.extract import extract
    from kg.ingest import read_documents

    for doc in read_documents([_corpus(tmp_path / "c")]):
        ex = extract(doc)
        assert from_record(json.loads(json.dumps(to_record(ex))), doc) == ex


# ---------------------------------------------------------------- never lose a graph

def _cli(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_a_build_that_reads_nothing_keeps_the_store_and_lists_what_it_skipped(tmp_path):
    store = tmp_path / "s"
    build([_corpus(tmp_path / "c")], store)
    before = (store / GRAPH_FILE).read_bytes()
    only = tmp_path / "onlypdf"
    only.mkdir()
    make_scanned_pdf(only / "scan1.pdf")
    make_scanned_pdf(only / "scan2.pdf")
    res = _cli("build", str(only), "--skip-errors", "--store", str(store))
    assert res.exit_code == 1
    assert "read no document" in res.output and "left as it was" in res.output
    assert "skipped 2 file(s)" in res.output
    assert "scan1.pdf: no text layer" in res.output and "scan2.pdf: no text layer" in res.output
    assert (store / GRAPH_FILE).read_bytes() == before
    assert _cli("stats", "--store", str(store)).exit_code == 0


@pytest.mark.parametrize("extra", [[], ["--skip-errors"], ["--add"]])
def test_a_build_of_an_empty_folder_is_an_error_and_makes_no_store(tmp_path, extra):
    (tmp_path / "empty").mkdir()
    res = _cli("build", str(tmp_path / "empty"), "--store", str(tmp_path / "s"), *extra)
    assert res.exit_code == 1 and "read no document" in res.output
    assert not (tmp_path / "s").exists()


def test_skip_errors_prints_each_skipped_file_and_a_count(tmp_path):
    corpus = _corpus(tmp_path / "c", ["a.txt"])
    make_scanned_pdf(corpus / "scan.pdf")
    (corpus / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    res = _cli("build", str(corpus), "--skip-errors", "--store", str(tmp_path / "s"))
    assert res.exit_code == 0, res.output
    assert "skipped 2 file(s) or document(s):" in res.output
    assert "old.doc: a Word 97-2003 document" in res.output and "scan.pdf: no text layer" in res.output
    assert "built 1 document(s)" in res.output


def test_cli_add_says_what_it_extracted(tmp_path):
    store = tmp_path / "s"
    corpus = _corpus(tmp_path / "c", ["a.txt", "b.txt"])
    assert _cli("build", str(corpus), "--store", str(store)).exit_code == 0
    res = _cli("build", str(_corpus(tmp_path / "n", ["c.txt"])), "--add", "--store", str(store))
    assert res.exit_code == 0, res.output
    assert "built 3 document(s)" in res.output and "(1 extracted, 2 from the cache)" in res.output


def test_the_cache_lists_the_live_stores_documents(tmp_path):
    from kg.store import EMBEDDED_DIR
    from kg.store.generations import current

    build([_corpus(tmp_path / "c")], tmp_path / "s")
    with ExtractionCache(tmp_path / "s") as cache:
        entries = cache.manifest(current(tmp_path / "s" / EMBEDDED_DIR).name)
        assert [e.doc_id for e in entries] == ["a", "b", "c"]
        assert cache.manifest("g-some-other-generation") is None
