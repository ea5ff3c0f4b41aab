"""Web-text damage repaired at ingest: pinyin after characters, wide spaces inside names, mojibake (turned
back when it can be, and always a warning naming the document)."""

from __future__ import annotations

import warnings

import pytest

from kg.cache import _doc_fields as cache_doc_fields
from kg.cache import _document as cache_document
from kg.errors import KgWarning
from kg.evaluate import score
from kg.extract import extract
from kg.extract.records import to_record
from kg.ingest import parse_document, read_documents
from kg.ingest.repair import (
    join_wide_spaces,
    looks_gbk_mojibake,
    pinyin_notes,
    remove_pinyin,
)

# fmt: off
PINYIN = [
    ("產(chǎn)業(yè)", "產業"),
    ("产（chǎn）业（yè）园区", "产业园区"),
    ("产(chan3)业(ye4)", "产业"),
    ("发展的(de)产(chǎn)业", "发展的产业"),           # a toneless note beside a toned one goes too
    ("他说的(de)", "他说的(de)"),                    # alone and toneless: may be meant
    ("项目(A)", "项目(A)"),                          # not pinyin
    ("项目(一期)", "项目(一期)"),
    ("Sun(sǔn)", "Sun(sǔn)"),                        # only after a Chinese character
]
SPACES = [
    ("宏华\u3000果业", "宏华果业"),
    ("宏华\xa0果业", "宏华果业"),
    ("宏华\u2002\u2009果业", "宏华果业"),
    ("\u3000\u3000各位代表", "\u3000\u3000各位代表"),   # indentation stays
    ("2023\u3000年", "2023\u3000年"),                # only between two Chinese characters
    ("宏华 果业", "宏华 果业"),                       # a plain space in web text is left to the text
]
# fmt: on


@pytest.mark.parametrize(("text", "want"), PINYIN)
def test_pinyin_notes_are_removed(text, want):
    assert remove_pinyin(text) == want


@pytest.mark.parametrize(("text", "want"), SPACES)
def test_wide_spaces_inside_names_are_removed(text, want):
    assert join_wide_spaces(text) == want


TEXT = ("2023年邵阳市政府工作报告\n"
        "总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约，由山西易高能源有限公司投资建设。\n")


def _read(path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = list(read_documents([path]))
    return docs, [str(w.message) for w in caught if issubclass(w.category, KgWarning)]


def test_a_damaged_page_is_repaired_at_ingest(tmp_path):
    html = ("<html><head><title>邵阳市</title></head><body><h1>2023年邵阳市政府工作报告</h1>"
            "<p>邵阳市產(chǎn)業(yè)园区引进宏华\u3000果业、山西易高能源&nbsp;有限公司、长沙\xa0银行等企业，"
            "总投资16亿元。</p>"
            "<p>这是正文的第二段，介绍项目建设的情况。</p></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    (doc,), warned = _read(tmp_path / "p.html")
    assert "邵阳市產業园区引进宏华果业、山西易高能源有限公司、长沙银行等企业" in doc.text
    assert warned == []


def test_latin1_mojibake_is_turned_back_with_a_warning(tmp_path):
    path = tmp_path / "m.txt"
    # bytes cp1252 has no character for are lost, as they are on real pages: those characters become U+FFFD
    path.write_text(TEXT.encode("utf-8").decode("cp1252", errors="ignore"), encoding="utf-8")
    (doc,), warned = _read(path)
    assert "总投资16亿元的锂离\ufffd动力电池项目" in doc.text and doc.title == "2023年邵阳市政府工作报告"
    assert len(warned) == 1 and str(path) in warned[0] and "mojibake" in warned[0]


def test_gbk_mojibake_is_reported_naming_the_document(tmp_path):
    path = tmp_path / "g.txt"
    path.write_text(TEXT.encode("utf-8").decode("gbk", errors="ignore"), encoding="utf-8")
    _, warned = _read(path)
    assert len(warned) == 1 and str(path) in warned[0] and "GBK" in warned[0]


@pytest.mark.parametrize("text", [TEXT, TEXT.replace("邵阳", "鏀垮簻"), "產業" * 40, "鐨勯" * 3])
def test_real_chinese_is_not_taken_for_mojibake(text):
    assert not looks_gbk_mojibake(text)


# A page that prints pinyin after some characters, as some news sites do (invented sentence).
NOTED_PAGE = ("2023年邵阳市政府工作报告\n"
              "总投资16亿元的锂离子动力电池生產(chǎn)项(xiàng)目在邵阳经济技术开发区正式签约，"
              "由山西易高能源有限公司投资建设。\n")
NOTED_PROJECT = "锂离子动力电池生產(chǎn)项(xiàng)目"


def test_a_page_with_pinyin_keeps_its_notes_by_character(tmp_path):
    (tmp_path / "n.txt").write_text(NOTED_PAGE, encoding="utf-8")
    (doc,), _ = _read(tmp_path / "n.txt")
    assert "锂离子动力电池生產项目" in doc.text and "(" not in doc.text
    assert doc.pinyin == (("產", "(chǎn)"), ("项", "(xiàng)"))
    assert doc.as_written("生產项目") == "生產(chǎn)项(xiàng)目"


def test_a_page_without_pinyin_has_no_notes(tmp_path):
    (tmp_path / "t.txt").write_text(TEXT, encoding="utf-8")
    (doc,), _ = _read(tmp_path / "t.txt")
    assert doc.pinyin == ()


def test_records_give_names_as_the_page_writes_them(tmp_path):
    """The gold-shaped record of a noted page has each name's as-written form among its aliases (the name
    itself stays clean), so an annotation of the page, which copies names verbatim, finds them."""
    (tmp_path / "n.txt").write_text(NOTED_PAGE, encoding="utf-8")
    (doc,) = read_documents([tmp_path / "n.txt"])
    rec = to_record(extract(doc))
    (project,) = rec["entities"]["project"]
    assert project["name"] == "锂离子动力电池生产项目" and project["aliases"] == [NOTED_PROJECT]
    (firm,) = rec["entities"]["firm"]
    assert firm["aliases"] == []  # nothing of its name is noted


def test_kg_eval_matches_verbatim_gold_names_on_a_noted_page(tmp_path):
    (tmp_path / "n.txt").write_text(NOTED_PAGE, encoding="utf-8")
    gold = {"doc_id": "n", "text": NOTED_PAGE,
            "entities": {"firm": [{"name": "山西易高能源有限公司"}], "project": [{"name": NOTED_PROJECT}]},
            "relations": [{"type": "INVESTS_IN", "firm": "山西易高能源有限公司", "project": NOTED_PROJECT,
                           "amount_cny": 1600000000}]}
    (doc,) = read_documents([tmp_path / "n.txt"])
    report = score([gold], [to_record(extract(doc))])
    assert report.scores["project"].tp == 1 and report.scores["INVESTS_IN"].tp == 1


def test_the_extraction_cache_keeps_a_documents_notes():
    doc = parse_document(NOTED_PAGE, "n")
    assert doc.pinyin and cache_document(cache_doc_fields(doc, text=True)).pinyin == doc.pinyin


def test_each_article_of_a_feed_has_its_own_notes(tmp_path):
    """A feed whose second article prints pinyin: the first article has none, so no name of it gets a noted
    form the page never writes."""
    parts = ["-", "【长沙招商】第1篇", "长沙华宇年产5万台电机生产项目在长沙经开区开工。", "2024-03-01",
             "-", "【长沙招商】第2篇", "湖南星沙机械生產(chǎn)基地项(xiàng)目在浏阳经开区签约。",
             "2024-03-02"]
    path = tmp_path / "feed.txt"
    path.write_text("\n".join(parts), encoding="utf-8")
    first, second = read_documents([path])
    assert first.pinyin == () and second.pinyin == (("產", "(chǎn)"), ("项", "(xiàng)"))


def test_a_character_noted_with_two_readings_gives_no_written_form():
    notes = pinyin_notes("长(cháng)沙市经济增长(zhǎng)较快，产(chǎn)业增长(zhǎng)明显。")
    doc = parse_document("长(cháng)沙市经济增长(zhǎng)较快，产(chǎn)业增长(zhǎng)明显。")
    assert dict(notes)["长"] == "" and doc.pinyin == notes
    assert doc.as_written("长沙市") == "长沙市" and doc.as_written("产业") == "产(chǎn)业"
