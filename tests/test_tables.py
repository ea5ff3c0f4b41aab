"""Tables of projects (a Word table, a web page's table): each row's firm invests in its project, with the
row's amount, and the project is where the row's site column puts it. Tables written for these tests (firm
names invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docmakers import make_docx

from kg.extract import extract
from kg.extract.tables import find_tables
from kg.ingest import read_documents
from kg.model import Document, Extraction, RelType

HEADER = ["序号", "项目名称", "建设单位", "总投资（亿元）", "建设地点"]
ROWS = [
    ["1", "年产5万吨磷酸铁锂正极材料项目", "湖南华锂新材料有限公司", "25", "邵阳经济技术开发区"],
    ["2", "智能装备制造产业园", "长沙恒岳重工股份有限公司", "12.5", "宁乡市"],
    ["3", "高端铝合金精密铸件", "湘潭铭远铝业有限公司", "3.8", "湘潭经济技术开发区"],
    ["4", "冷链物流中心", "岳阳丰泽物流有限公司、岳阳城发集团有限公司", "6", "岳阳县"],
]


def _facts(ex: Extraction) -> set[tuple[str, str, str, float | None, str]]:
    names = {e.key: e.name for e in ex.entities}
    return {(r.type.value, names[r.source], names[r.target], r.amount_cny, r.evidence[0].rule)
            for r in ex.relations if r.type in (RelType.INVESTS_IN, RelType.LOCATED_IN)}


def _html(rows: list[list[str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<html><head><title>重大项目清单</title></head><body><article><h1>2024年第一批重大项目</h1>"
            f"<p>现将第一批重大项目公布如下。</p><table>{cells}</table></article></body></html>")


EXPECTED = {
    ("INVESTS_IN", "湖南华锂新材料有限公司", "年产5万吨磷酸铁锂正极材料项目", 2_500_000_000,
     "invests_in.table"),
    ("LOCATED_IN", "年产5万吨磷酸铁锂正极材料项目", "邵阳经济技术开发区", None, "located_in.table"),
    ("INVESTS_IN", "长沙恒岳重工股份有限公司", "智能装备制造产业园", 1_250_000_000, "invests_in.table"),
    ("LOCATED_IN", "智能装备制造产业园", "宁乡市", None, "located_in.table"),
    # a project named without a suffix: its column makes it one
    ("INVESTS_IN", "湘潭铭远铝业有限公司", "高端铝合金精密铸件", 380_000_000, "invests_in.table"),
    ("LOCATED_IN", "高端铝合金精密铸件", "湘潭经济技术开发区", None, "located_in.table"),
    # two firms in one cell: both invest, and the row's amount is tied to neither
    ("INVESTS_IN", "岳阳丰泽物流有限公司", "冷链物流中心", None, "invests_in.table"),
    ("INVESTS_IN", "岳阳城发集团有限公司", "冷链物流中心", None, "invests_in.table"),
    ("LOCATED_IN", "冷链物流中心", "岳阳县", None, "located_in.table"),
}


@pytest.mark.parametrize("kind", ["docx", "html"])
def test_rows_of_a_table_of_projects_are_facts(tmp_path: Path, kind: str) -> None:
    if kind == "docx":
        path = make_docx(tmp_path / "t.docx", ["2024年第一批重大项目如下。", [HEADER, *ROWS]])
    else:
        path = tmp_path / "t.html"
        path.write_text(_html([HEADER, *ROWS]), encoding="utf-8")
    (doc,) = read_documents([path])
    ex = extract(doc)
    got = _facts(ex)
    assert got >= EXPECTED, sorted(EXPECTED - got)
    assert not any(f[0] == "INVESTS_IN" and f[1] in ("宁乡市", "岳阳县") for f in got)
    projects = {e.name for e in ex.entities if e.type.value == "project"}
    assert "智能装备制造产业园" in projects  # a signed 产业园 in the project column is a project, not a park


def _doc(text: str) -> Document:
    return Document("t", "t.txt", None, "2024", "湖南省", text)


@pytest.mark.parametrize(("header", "cell", "amount"), [
    ("总投资(万元)", "8000", 80_000_000),
    ("计划总投资/亿元", "1,200", 120_000_000_000),
    ("总投资", "3.5亿元", 350_000_000),  # the cell says its unit
    ("总投资", "35", None),  # no unit anywhere: no amount
])
def test_an_amount_column_reads_its_unit_from_the_header(header: str, cell: str, amount: int | None) -> None:
    text = f"项目名称\t项目单位\t{header}\n年产3万吨饲料项目\t湖南牧丰饲料有限公司\t{cell}\n"
    fact = ("INVESTS_IN", "湖南牧丰饲料有限公司", "年产3万吨饲料项目", amount, "invests_in.table")
    assert fact in _facts(extract(_doc(text)))


def test_a_table_ends_where_the_cell_count_changes_and_needs_a_project_column() -> None:
    text = ("企业名称\t产值（亿元）\n湖南牧丰饲料有限公司\t12\n"  # no project column: no table of projects
            "项目名称\t建设单位\n饲料加工项目\t湖南牧丰饲料有限公司\n说明\t以上项目\t均已开工\n")
    tables = find_tables(text)
    assert [t.columns for t in tables] == [("project", "firm")]
    assert [[c.text for c in r.cells] for r in tables[0].rows] == [["饲料加工项目", "湖南牧丰饲料有限公司"]]


def test_a_line_with_bars_that_is_no_table_gives_no_facts() -> None:
    ex = extract(_doc("项目名称|建设单位\n本次签约|湖南牧丰饲料有限公司负责建设\n"))
    assert not [r for r in ex.relations if r.type is RelType.INVESTS_IN]


def _table_facts(text: str) -> set[tuple[str, str, str, float | None, str]]:
    return {f for f in _facts(extract(_doc(text))) if f[4].endswith(".table")}


def test_headers_sections_totals_and_empty_rows_inside_a_table_are_no_rows() -> None:
    text = ("项目名称\t建设单位\t总投资（亿）\t建设地点\t\n"  # a unit without 元, a trailing tab
            "一、工业项目\n"  # a section heading on a line of its own
            "年产3万吨饲料项目\t湖南牧丰饲料有限公司\t2\t宁乡市\n"
            "二、服务业项目\t二、服务业项目\t二、服务业项目\t二、服务业项目\n"  # a merged section row
            "项目名称\t建设单位\t总投资（亿）\t建设地点\n"  # the header repeated on a new page
            "冷链物流中心项目\t岳阳丰泽物流有限公司负责建设\t6\t岳阳县\n"  # the firm's name, then its role
            "光伏发电项目\t待定\t3\t岳阳县\n"  # no firm
            "合计（3个）\t\t11\t\n")
    facts = _table_facts(text)
    invests = {(s, t, a) for kind, s, t, a, _ in facts if kind == "INVESTS_IN"}
    assert invests == {("湖南牧丰饲料有限公司", "年产3万吨饲料项目", 200_000_000),
                       ("岳阳丰泽物流有限公司", "冷链物流中心项目", 600_000_000)}
    projects = {e.name for e in extract(_doc(text)).entities if e.type.value == "project"}
    assert not projects & {"项目名称", "一、工业项目", "二、服务业项目", "合计（3个）"}


def test_a_budget_and_a_list_of_parks_are_no_tables_of_projects() -> None:
    budget = "项目\t金额（万元）\n土地出让金收入\t3000\n城市基础设施配套费\t500\n"
    parks = ("名称\t所在地\t面积（平方公里）\n长沙经济技术开发区\t长沙县\t38.6\n"
             "浏阳经济技术开发区\t浏阳市\t21\n")
    assert find_tables(budget) == () and find_tables(parks) == ()
    ex = extract(_doc(parks))
    assert {e.name for e in ex.entities if e.type.value == "park"} >= {"长沙经济技术开发区"}
    assert not [e for e in ex.entities if e.type.value == "project"]


def test_a_web_table_keeps_its_rows_beside_empty_rows_and_prose_after_it() -> None:
    text = ("| 项目名称 | 建设单位 | 总投资（亿元） |\n| --- | --- | --- |\n"
            "| 年产5万吨正极材料项目 | 湖南华锂新材料有限公司 | 25 |\n|  |  |  |\n"
            "| 年产10万台电机项目 | 湖南恒驱电气有限公司 | 3.5 |\n以上项目均已完成签约")
    invests = {(s, t) for kind, s, t, *_ in _table_facts(text) if kind == "INVESTS_IN"}
    assert invests == {("湖南华锂新材料有限公司", "年产5万吨正极材料项目"),
                       ("湖南恒驱电气有限公司", "年产10万台电机项目")}


def test_numbered_project_cells_a_second_table_and_a_line_of_prose_after_a_table() -> None:
    text = ("项目名称\t建设单位\t总投资（亿元）\n"
            "一、年产5万吨正极材料项目\t湖南华锂新材料有限公司\t25\n"
            "2.智能装备产业园项目\t长沙恒岳重工股份有限公司\t12\n"
            "据介绍\t今年全县共有重大项目30个\t总投资200亿元\n"  # prose with tabs: fewer columns, no row
            "项目名称\t总投资（亿元）\t建设单位\n"  # a second table with its own header
            "锂电池隔膜生产线项目\t8\t常德鑫达新材料有限公司\n")
    invests = {(s, t, a) for kind, s, t, a, _ in _table_facts(text) if kind == "INVESTS_IN"}
    assert invests == {("湖南华锂新材料有限公司", "一、年产5万吨正极材料项目", 2_500_000_000),
                       ("长沙恒岳重工股份有限公司", "2.智能装备产业园项目", 1_200_000_000),
                       ("常德鑫达新材料有限公司", "锂电池隔膜生产线项目", 800_000_000)}


def test_a_table_typed_with_spaces_under_a_title_that_gives_its_unit() -> None:
    # a page's or PDF's text: cells between spaces, the unit in the title line above the header
    header = ["序号", "项目名称", "建设单位", "总投资", "建设地点"]
    rows = "\n".join(" ".join(r) for r in [header, *ROWS])
    text = f"湖南省2024年第一批重大项目表（单位：亿元）\n{rows}\n"
    got = _facts(extract(_doc(text)))
    assert got >= EXPECTED, sorted(EXPECTED - got)


def test_wrapped_prose_with_spaces_around_figures_is_no_table_row() -> None:
    from kg.extract.text import SOFT_BREAK, soften_line_breaks

    prose = ["招大引强成效明显，总投资 60 亿元的华岳新能源汽车电",
             "机、总投资 25 亿元的湘铜导体产业园高端细", "线等一批重点项目相继签约。招商引资带动固定资产投",
             "资增长 12%，新开工亿元以上项目 95 个。"]
    assert soften_line_breaks("\n".join(prose)).count(SOFT_BREAK) == 3
    rows = ["序号 项目名称 建设单位 总投资", *(" ".join(r[:4]) for r in ROWS)]
    assert SOFT_BREAK not in soften_line_breaks("\n".join(rows))


def test_a_line_of_labelled_fields_is_not_joined_to_the_next() -> None:
    """An announcement's header (证券代码：… 证券简称：… 公告编号：…) is no wrapped prose: its last field
    does not run into the firm's name on the next line."""
    text = ("证券代码：600999 证券简称：远航精工 公告编号：2025-017\n"
            "远航精工股份有限公司关于全资子公司签订投资协议的公告\n"
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导\n"
            "性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法\n"
            "律责任。远航精工股份有限公司全资子公司拟投资5亿元建设汽车零部\n"
            "件生产基地项目，项目选址于嘉兴市南湖区，建设期两年。\n")
    firms = {e.name for e in extract(_doc(text)).entities if e.type.value == "firm"}
    assert "远航精工股份有限公司" in firms
    assert not any(f[:1].isdigit() for f in firms), firms


def test_a_line_opening_with_a_field_label_starts_a_field() -> None:
    """In a record typed one field a line (项目名称：…⏎项目地点：…), the next field's label is no wrapped
    continuation of the name before it."""
    lines = ["安吉县2025年重点招商项目推介（节选）", "项目名称：青松湖绿色家居智造产业园",
             "项目地点：安吉县天子湖镇青松湖现代工业园",
             "建设内容：规划用地300亩，建设高端办公椅及功能沙发智能化生产线、家居设计研发中心",
             "投资估算：约15亿元", "合作方式：独资、合资均可", "联系单位：安吉县招商服务中心"]
    projects = {e.name for e in extract(_doc("\n".join(lines))).entities if e.type.value == "project"}
    assert "青松湖绿色家居智造产业园" in projects, projects
    assert not any(p.endswith("项目") for p in projects), projects
