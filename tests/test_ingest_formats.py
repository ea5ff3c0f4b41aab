"""PDF and Word input: text in reading order, page furniture dropped, names split by the layout joined, legacy
and scanned files refused with a message naming the file and what to do. Every file is made by the test."""

from __future__ import annotations

import pytest
from docmakers import LINE_CHARS, make_docx, make_pdf, make_scanned_pdf

from kg.errors import IngestError
from kg.ingest import read_documents

REPORT = "2023年邵阳市政府工作报告"
# A paragraph whose wrap (35 characters on the indented first line) splits 山西易高能源有限公司 after 山西.
FIRM_SPLIT = "总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约，由山西易高能源有限公司投资建设。"
HEADER = "邵阳市人民政府门户网站"


def _doc(path):
    docs = list(read_documents([path]))
    assert len(docs) == 1
    return docs[0]


def test_pdf_text_is_read_in_order_without_headers_and_page_numbers(tmp_path):
    second, third = "第二段：宏华果业在邵阳县落户。", "第三段：湖南省人民政府。"
    pdf = make_pdf(tmp_path / "report.pdf", [[FIRM_SPLIT, second], [third]], header=HEADER, title=REPORT)
    doc = _doc(pdf)
    assert doc.text.splitlines() == [REPORT, FIRM_SPLIT, second, third]
    assert (doc.doc_id, doc.title, doc.date, doc.region) == ("report", REPORT, "2023", "邵阳市")


def test_the_test_pdf_really_splits_the_name():  # the case above is only a test if the layout splits the name
    from docmakers import wrap

    first = wrap(FIRM_SPLIT)[0][1]
    assert first.endswith("山西") and len(first) == LINE_CHARS - 2


# fmt: off
PAGE_NUMBERS = ["- {n} -", "{n}", "第{n}页", "第 {n} 页 共 3 页", "{n}/3", "— {n} —", "Page {n} of 3"]
# fmt: on


@pytest.mark.parametrize("numbers", PAGE_NUMBERS)
def test_page_numbers_of_every_usual_form_are_dropped(tmp_path, numbers):
    pages = [[FIRM_SPLIT, f"第{i}页的正文在这里。"] for i in "一二三"]
    doc = _doc(make_pdf(tmp_path / "n.pdf", pages, numbers=numbers))
    assert doc.text.splitlines() == [FIRM_SPLIT, "第一页的正文在这里。", FIRM_SPLIT, "第二页的正文在这里。",
                                     FIRM_SPLIT, "第三页的正文在这里。"]


def test_a_paragraph_and_a_name_continue_across_a_page_break(tmp_path):
    full = "甲" * (LINE_CHARS - 4) + "山西易高"  # a full line ending in the first half of a name
    pages = [["　　" + "乙" * (LINE_CHARS - 2), full], ["能源有限公司投资建设。", "　　下一段。"]]
    doc = _doc(make_pdf(tmp_path / "p.pdf", pages, raw_lines=True, header=HEADER))
    assert doc.text.splitlines() == ["乙" * (LINE_CHARS - 2) + full + "能源有限公司投资建设。", "下一段。"]


# fmt: off
LINE_JOINS = [
    # (printed lines, text): a space only between two Latin letters or digits; spaces between CJK dropped
    (["宏 华果业在邵阳县落户。"], "宏华果业在邵阳县落户。"),
    (["政 府 工 作 报 告"], "政府工作报告"),
    (["Alpha" + "甲" * (LINE_CHARS - 5), "Beta公司"], "Alpha" + "甲" * (LINE_CHARS - 5) + "Beta公司"),
    (["甲" * (LINE_CHARS - 4) + "2023", "年签约"], "甲" * (LINE_CHARS - 4) + "2023年签约"),
]
# fmt: on


@pytest.mark.parametrize(("lines", "text"), LINE_JOINS)
def test_pdf_lines_and_spaces_are_joined(tmp_path, lines, text):
    assert _doc(make_pdf(tmp_path / "j.pdf", [lines], raw_lines=True, numbers=None)).text == text


def test_extraction_finds_a_firm_whose_name_the_pdf_split(tmp_path):
    from kg.extract import extract

    doc = _doc(make_pdf(tmp_path / "r.pdf", [[FIRM_SPLIT]], title=REPORT))
    names = {e.name for e in extract(doc).entities}
    assert "山西易高能源有限公司" in names


def test_a_scanned_pdf_is_an_error_naming_the_file(tmp_path):
    pdf = make_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(IngestError, match="no text layer") as info:
        list(read_documents([pdf]))
    assert str(pdf) in str(info.value) and "OCR" in str(info.value)


def test_a_scanned_pdf_is_skipped_and_named_with_skip_errors(tmp_path):
    make_scanned_pdf(tmp_path / "a-scan.pdf")
    make_pdf(tmp_path / "b.pdf", [["邵阳县的正文。"]])
    errors: list[IngestError] = []
    docs = list(read_documents([tmp_path], on_error="skip", errors=errors))
    assert [d.doc_id for d in docs] == ["b"]
    assert len(errors) == 1 and "a-scan.pdf" in str(errors[0])


def test_docx_paragraphs_and_tables_in_order_without_page_header(tmp_path):
    table = [["企业", "项目", "投资"], ["山西易高能源有限公司", "锂电池项目", "16亿元"],
             ["宏华果业", "<", "5亿元"]]
    blocks = [REPORT, "一、重点项目", table, "二、下一步工作。"]
    doc = _doc(make_docx(tmp_path / "w.docx", blocks, header=HEADER))
    assert doc.text.splitlines() == [REPORT, "一、重点项目", "企业\t项目\t投资",
                                     "山西易高能源有限公司\t锂电池项目\t16亿元", "宏华果业\t5亿元",
                                     "二、下一步工作。"]
    assert (doc.title, doc.date, doc.region) == (REPORT, "2023", "邵阳市")


def test_docx_title_falls_back_to_its_properties(tmp_path):
    doc = _doc(make_docx(tmp_path / "w.docx", ["各位代表：现在我代表县人民政府报告工作。"],
                         title="2024年邵东市政府工作报告"))
    assert doc.title == "2024年邵东市政府工作报告"


def test_a_real_doc_saved_as_docx_is_refused_with_how_to_convert(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    with pytest.raises(IngestError, match="libreoffice --headless --convert-to docx") as info:
        list(read_documents([path]))
    assert str(path) in str(info.value)


def test_a_folder_mixing_pdf_docx_html_and_txt(tmp_path):
    make_pdf(tmp_path / "a.pdf", [["邵阳县的正文。"]])
    make_docx(tmp_path / "b.docx", ["邵东市的正文。"])
    (tmp_path / "c.html").write_text("<html><body><p>隆回县的正文。</p></body></html>", encoding="utf-8")
    (tmp_path / "d.txt").write_text("新宁县的正文。", encoding="utf-8")
    docs = list(read_documents([tmp_path]))
    assert [(d.doc_id, d.text) for d in docs] == [("a", "邵阳县的正文。"), ("b", "邵东市的正文。"),
                                                  ("c", "隆回县的正文。"), ("d", "新宁县的正文。")]
