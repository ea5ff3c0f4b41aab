"""Firms referred back to as 前者 and 后者 are the first and the second of the pair the text named before."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document, RelType

TEXT = ("日前，青山县与华达新材料有限公司、远山电子科技有限公司分别签约。前者投资18亿元在石门镇建设年产5万吨"
        "锂电铜箔项目，后者将在青山工业园区建设汽车连接器项目，投资额3亿元。")


def _facts(text: str) -> set[tuple[str, str, str, int | None]]:
    ex = extract(Document("t", "t.txt", None, "2023", None, text))
    names = {e.key: e.name for e in ex.entities}
    return {(r.type.value, names[r.source], names[r.target], r.amount_cny) for r in ex.relations}


def test_the_former_and_the_latter_invest_in_what_their_clauses_build() -> None:
    got = _facts(TEXT)
    assert ("INVESTS_IN", "华达新材料有限公司", "年产5万吨锂电铜箔项目", 1800000000) in got
    assert ("INVESTS_IN", "远山电子科技有限公司", "汽车连接器项目", 300000000) in got or \
        ("INVESTS_IN", "远山电子科技有限公司", "汽车连接器项目", None) in got
    # the latter's site is not the former's project's
    assert ("LOCATED_IN", "年产5万吨锂电铜箔项目", "青山工业园区", None) not in got


def test_a_reference_is_no_alias_and_no_firm_of_its_own() -> None:
    ex = extract(Document("t", "t.txt", None, "2023", None, TEXT))
    firms = [e for e in ex.entities if e.type.value == "firm"]
    assert sorted(e.name for e in firms) == ["华达新材料有限公司", "远山电子科技有限公司"]
    assert not any({"前者", "后者"} & set(e.aliases) for e in firms)


def test_no_pair_of_firms_before_means_no_reference() -> None:
    text = "华达新材料有限公司年产5万吨锂电铜箔项目与远山汽车连接器项目同日开工。前者投资18亿元建设。"
    ex = extract(Document("t", "t.txt", None, "2023", None, text))
    assert not any(r.type is RelType.INVESTS_IN and r.evidence[0].sentence.startswith("前者")
                   for r in ex.relations)
