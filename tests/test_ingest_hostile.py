"""Hostile and broken input at ingest: FIFOs, unlistable folders, invisible characters, deep HTML, a report on
one line, mixed encodings. Every file is made here (tmp_path) from real report sentences."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import IngestError, KgWarning
from kg.ingest import iter_files, read_documents
from kg.ingest.clean import clean_text
from kg.pipeline import build_graph

BODY = "各位代表:现在,我代表市人民政府向大会报告工作,请予审议。过去一年,全市地区生产总值增长6.5%。"
FIRM_SENTENCE = "湖南华鑫新能源科技有限公司投资{n}亿元在邵阳经济技术开发区建设锂电池项目。"
HANG_GUARD_SECONDS = 20  # a regression would block for ever: fail instead (this is no speed test)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _read_guarded(fn):  # type: ignore[no-untyped-def]
    """Run ``fn`` in a thread; fail (and unblock it) if it is still running after HANG_GUARD_SECONDS."""
    out: dict[str, object] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(HANG_GUARD_SECONDS)
    return t.is_alive(), out


# ---------------------------------------------------------------- FIFOs and special files

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")


@needs_fifo
@pytest.mark.parametrize("on_error", ["skip", "raise"])
def test_fifo_in_a_folder_is_reported_not_opened(tmp_path, on_error):
    _write(tmp_path / "a.txt", BODY)
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    errors: list[IngestError] = []
    hung, out = _read_guarded(lambda: [d.doc_id for d in read_documents([tmp_path], on_error, errors)])
    if hung:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the blocked reader go
        pytest.fail("reading a folder with a FIFO blocked")
    if on_error == "skip":
        assert out["value"] == ["a"]
        assert [e.path for e in errors] == [str(fifo)]
        assert "not a regular file (a FIFO" in str(errors[0])
    else:
        assert isinstance(out["error"], IngestError) and str(fifo) in str(out["error"])


@needs_fifo
@pytest.mark.parametrize("command", ["ingest", "build"])
def test_fifo_in_the_cli_with_skip_errors(tmp_path, command):
    """``kg ingest a.txt pipe.txt`` and ``kg build DIR`` (the issue's case: it blocked even with
    --skip-errors)."""
    corpus = tmp_path / "corpus"
    good = _write(corpus / "a.txt", "2023年邵阳市政府工作报告\n" + FIRM_SENTENCE.format(n=10))
    fifo = corpus / "pipe.txt"
    os.mkfifo(fifo)
    args = {
        "ingest": ["ingest", "--json", "--skip-errors", str(good), str(fifo)],
        "build": ["build", "--skip-errors", str(corpus), "--store", str(tmp_path / "store")],
    }[command]
    hung, out = _read_guarded(lambda: CliRunner().invoke(cli, args))
    if hung:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"kg {command} blocked on a FIFO")
    result = out["value"]
    assert result.exit_code == 0, result.output  # type: ignore[union-attr]
    assert "skipped 1 " in result.stderr  # type: ignore[union-attr]
    assert f"{fifo}: not a regular file (a FIFO" in result.stderr  # type: ignore[union-attr]


# ---------------------------------------------------------------- folders that cannot be listed


def test_unlistable_subfolder_is_an_error_naming_it(tmp_path, monkeypatch):
    _write(tmp_path / "a.txt", BODY)
    _write(tmp_path / "locked" / "b.txt", BODY)
    _write(tmp_path / "z" / "c.txt", BODY)
    locked = tmp_path / "locked"
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("kg.ingest.files.os.scandir", scandir)
    with pytest.raises(IngestError, match=f"{locked}: cannot list the folder: Permission denied"):
        list(read_documents([tmp_path]))
    with pytest.raises(IngestError, match="locked"):
        list(iter_files([tmp_path]))
    errors: list[IngestError] = []
    assert [d.doc_id for d in read_documents([tmp_path], "skip", errors)] == ["a", "c"]
    assert [e.path for e in errors] == [str(locked)]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root lists a chmod 000 folder anyway (the monkeypatched test covers the path)",
)
def test_chmod_000_subfolder_is_an_error(tmp_path):
    _write(tmp_path / "a.txt", BODY)
    locked = tmp_path / "locked"
    _write(locked / "b.txt", BODY)
    locked.chmod(0)
    try:
        errors: list[IngestError] = []
        assert [d.doc_id for d in read_documents([tmp_path], "skip", errors)] == ["a"]
        assert [e.path for e in errors] == [str(locked)]
    finally:
        locked.chmod(0o755)


# ---------------------------------------------------------------- invisible characters

# fmt: off
CLEAN_CASES = [
    # (raw text, cleaned text)
    ("甲公司\x0c第二页", "甲公司\n第二页"),
    ("甲\x0b乙\u2028丙\u2029丁\x85戊", "甲\n乙\n丙\n丁\n戊"),
    ("甲\x00乙\x1f丙\x7f丁\x9b戊", "甲乙丙丁戊"),
    ("华\u200b鑫\u200c新\u200d能\u2060源\ufeff", "华鑫新能源"),
    ("\u202e司公限有\u202c华鑫\u2066科技\u2069\u200e", "司公限有华鑫科技"),
    ("葛\U000e0100洲坝\ufe0f", "葛洲坝"),
    ("制表\t保留\n换行保留", "制表\t保留\n换行保留"),
]
# fmt: on


@pytest.mark.parametrize(("raw", "clean"), CLEAN_CASES)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_control_and_bidi_characters_are_gone_from_documents(tmp_path):
    txt = _write(
        tmp_path / "a.txt",
        "2023年邵阳市政府工作报告\x0c\n" + BODY.replace("代表", "代\u200b表\u202e") + "\x01",
    )
    html = _write(
        tmp_path / "b.html", f"<html><body><p>{BODY}&#8203;&#x202E;&#12;</p>" * 3 + "</body></html>"
    )
    for doc in read_documents([txt, html]):
        assert not any(c in doc.text for c in "\x0c\x01\u200b\u202e"), doc.doc_id
        assert BODY in doc.text


def test_zero_width_and_bidi_inside_a_firm_name_make_no_second_node(tmp_path):
    _write(tmp_path / "a.txt", "2023年邵阳市政府工作报告\n" + FIRM_SENTENCE.format(n=10))
    _write(
        tmp_path / "b.txt",
        "2023年邵阳市政府工作报告\n" + FIRM_SENTENCE.format(n=5).replace("华鑫", "华\u200b鑫\u202e"),
    )
    firms = [k for k in build_graph([tmp_path]).entities if k.startswith("firm:")]
    assert firms == ["firm:湖南华鑫新能源科技有限公司"]


# ---------------------------------------------------------------- deep HTML, a report on one line


@pytest.mark.parametrize("depth", [200, 300, 3000])
def test_deeply_nested_html_keeps_its_text(tmp_path, depth):
    page = ("<html><head><title>2023年邵阳市政府工作报告</title></head><body>" + "<div>" * depth
            + f"<p>{BODY}</p><p>{FIRM_SENTENCE.format(n=3)}</p>"
            + "</div>" * depth + "</body></html>")
    (doc,) = read_documents([_write(tmp_path / "deep.html", page)])
    assert BODY in doc.text and FIRM_SENTENCE.format(n=3) in doc.text
    assert doc.title == "2023年邵阳市政府工作报告"


# fmt: off
ONE_LINE_HEADERS = [
    # (fields before the body, date, publisher)
    ("索引号：000014349/2023-00012 发布机构：咸宁市人民政府 发布日期：2023-01-09 ",
     "2023-01-09", "咸宁市人民政府"),
    ("• 发布机构: 咸宁市人民政府 • 发布日期: 2023年01月09日", "2023-01-09", "咸宁市人民政府"),
    ("发布时间:2022-05-06 10:00 来源:咸宁市人民政府 ", "2022-05-06", "咸宁市人民政府"),
]
# fmt: on


@pytest.mark.parametrize(("fields", "date", "publisher"), ONE_LINE_HEADERS)
def test_report_on_one_line_after_header_fields_keeps_its_text(tmp_path, fields, date, publisher):
    body = BODY * 20  # a whole report, no line breaks
    (doc,) = read_documents([_write(tmp_path / "r.txt", fields + body)])
    assert (doc.text, doc.date, doc.publisher) == (body, date, publisher)


# ---------------------------------------------------------------- mixed and broken encodings

MIXED = [
    # (name, bytes, expected text, words of the warning)
    ("stray byte", BODY.encode() + b"\xff" + BODY.encode(), BODY + "\ufffd" + BODY, "(at byte 131)"),
    ("utf-8 then gb18030", (BODY + "\n").encode() + BODY.encode("gb18030"), BODY + "\n" + BODY,
     "read 1 line(s) as GB18030 (at byte 132)"),
    ("gb18030 then utf-8", (BODY + "\n").encode("gb18030") + BODY.encode(), BODY + "\n" + BODY,
     "read 1 line(s) as GB18030 (at byte 0)"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "data", "text", "warning"), MIXED, ids=[m[0] for m in MIXED])
def test_mixed_or_broken_utf8_is_read_with_a_warning(tmp_path, name, data, text, warning):
    path = tmp_path / "m.txt"
    path.write_bytes(data)
    with pytest.warns(KgWarning, match="not all UTF-8") as record:
        (doc,) = read_documents([path])
    assert doc.text == text
    message = str(record[0].message)
    assert message.startswith(f"{path}: ") and warning in message


def test_cli_prints_the_warning(tmp_path):
    path = tmp_path / "m.txt"
    path.write_bytes(BODY.encode() + b"\xff\xfe" + BODY.encode())
    result = CliRunner().invoke(cli, ["ingest", "--json", str(path)])
    assert result.exit_code == 0, result.output
    assert f"warning: {path}: not all UTF-8: replaced 2 undecodable byte run(s)" in result.stderr


def test_pure_gb18030_and_big5_files_raise_no_warning(tmp_path, recwarn):
    for enc in ("gb18030", "big5"):
        (tmp_path / f"{enc}.txt").write_bytes((BODY * 3).encode(enc, errors="ignore"))
    docs = list(read_documents([tmp_path]))
    assert len(docs) == 2 and not [w for w in recwarn if issubclass(w.category, KgWarning)]
