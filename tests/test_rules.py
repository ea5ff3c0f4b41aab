# ruff: noqa: E501  (the case tables hold verbatim seed sentences, one per line)
"""Relations the text states, on real sentences of the seeds (checked against tests/data/gold_seeds.jsonl and
the gold annotation rules), each with its evidence: document, sentence, offsets and rule.

Cases marked ``xfail(strict=True)`` are known gaps (the answer is clear from the gold rules); remove the mark
when the rule is fixed.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, Entity, Extraction, Relation, RelType

DOC_ID = "seed-case"


def _doc(region: str | None, text: str) -> Document:
    return Document(DOC_ID, f"{DOC_ID}.txt", None, "2023-07-09", region, text)


def _entity(ex: Extraction, key: str) -> Entity:
    e = ex.entity(key)
    assert e is not None, f"relation end {key} is not an entity of the extraction"
    return e


def _find(ex: Extraction, rtype: str, source: str, target: str) -> list[Relation]:
    """Relations of a type whose ends carry these names (as name or alias)."""
    return [r for r in ex.relations if r.type is RelType(rtype)
            and source in _entity(ex, r.source).names and target in _entity(ex, r.target).names]


def _case(case_id: str, *values: object, gap: str | None = None) -> object:
    marks = pytest.mark.xfail(strict=True, reason=gap) if gap else ()
    return pytest.param(*values, id=case_id, marks=marks)


# Sentences verbatim from the seeds (source in the id). Each row: region, text, relation type, source name,
# target name (names or aliases written in the text), the sentence the evidence must be, extra fields
# the relation must carry.
# fmt: off
RELATION_CASES = [
    # INVESTS_IN firm -> project
    _case("seed001-02 INVESTS_IN with amount", "邵阳市",
          "2023年,总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约,这是邵阳市招商引资工作的重大成果,将为当地新能源产业发展注入强劲动力。该项目由山西易高能源有限公司投资建设,采用高度自动化生产工艺及国际首创的15道锂离子动力电池生产线工艺,计划分两期建设,全部达产后预计年产值可达45亿元。",
          "INVESTS_IN", "山西易高能源有限公司", "锂离子动力电池项目",
          "该项目由山西易高能源有限公司投资建设", {"amount_cny": 1_600_000_000, "currency": "CNY", "year": 2023}),
    _case("seed001-06 INVESTS_IN from the project name", "湖南省",
          "其中,上汽大众新能源汽车项目在长沙经开区顺利开工,预计于2024年起分批投产MEB平台车型。",
          "INVESTS_IN", "上汽大众", "上汽大众新能源汽车项目", "上汽大众新能源汽车项目在长沙经开区顺利开工",
          {"amount_cny": None}),
    _case("seed001-06 INVESTS_IN, project after a place", "湖南省",
          "同时,其他项目如长沙市的蓝思科技电子信息项目、湘潭市的山河工业城项目等均已开工建设,形成多点开花的建设格局。",
          "INVESTS_IN", "蓝思科技", "蓝思科技电子信息项目", "长沙市的蓝思科技电子信息项目", {"amount_cny": None}),
    _case("seed001-04 INVESTS_IN 华为", "邵阳市",
          "这些项目不仅覆盖材料、大数据中心、人工智能、云计算、区块链、工业互联网等前沿领域,还紧密对接国家战略,如动力与储能用新型磷酸铁锂材料项目和华为邵阳运营中心项目。",
          "INVESTS_IN", "华为", "华为邵阳运营中心项目", "华为邵阳运营中心项目", {"amount_cny": None}),
    _case("seed001-09 INVESTS_IN 全球总部", "天心区",
          "天心经开区整合升格为正县级园区,引进千视通全球总部、万码互联全球总部等优质产业项目57个,全年完成技工贸总收入265亿元。",
          "INVESTS_IN", "千视通", "千视通全球总部", "引进千视通全球总部", {}),
    _case("seed002 INVESTS_IN 控股 in a base name", "咸宁市",
          "推动德国负碳材料中国总部及生产基地、一轻(咸宁)产业园、烽火科技咸宁创新谷、李氏控股新能源汽车轻量化产业基地、新奥莱湖北国际创新产业基地、时间种子饮料生产基地等一批重大招商引资项目快签约、快开工、快投产、快达效。",
          "INVESTS_IN", "李氏控股", "李氏控股新能源汽车轻量化产业基地", "李氏控股新能源汽车轻量化产业基地", {}),

    # LOCATED_IN project -> park | place, park -> place, firm -> place
    _case("seed001-02 project -> park (在…签约)", "邵阳市",
          "2023年,总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约,这是邵阳市招商引资工作的重大成果,将为当地新能源产业发展注入强劲动力。",
          "LOCATED_IN", "锂离子动力电池项目", "邵阳经济技术开发区", "在邵阳经济技术开发区正式签约", {}),
    _case("seed001-06 project -> park (在…开工)", "湖南省",
          "其中,上汽大众新能源汽车项目在长沙经开区顺利开工,预计于2024年起分批投产MEB平台车型。",
          "LOCATED_IN", "上汽大众新能源汽车项目", "长沙经开区", "上汽大众新能源汽车项目在长沙经开区顺利开工", {}),
    _case("seed001-06 project -> place (X市的Y项目)", "湖南省",
          "同时,其他项目如长沙市的蓝思科技电子信息项目、湘潭市的山河工业城项目等均已开工建设,形成多点开花的建设格局。",
          "LOCATED_IN", "蓝思科技电子信息项目", "长沙市", "长沙市的蓝思科技电子信息项目", {}),
    _case("seed001-06 second project -> place", "湖南省",
          "同时,其他项目如长沙市的蓝思科技电子信息项目、湘潭市的山河工业城项目等均已开工建设,形成多点开花的建设格局。",
          "LOCATED_IN", "山河工业城项目", "湘潭市", "湘潭市的山河工业城项目", {}),
    _case("seed001-09 projects introduced by a park", "天心区",
          "天心经开区整合升格为正县级园区,引进千视通全球总部、万码互联全球总部等优质产业项目57个,全年完成技工贸总收入265亿元。",
          "LOCATED_IN", "千视通全球总部", "天心经开区", "天心经开区整合升格为正县级园区", {}),
    _case("seed001-02 park -> place (name prefix)", "邵阳市",
          "2023年,总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约,这是邵阳市招商引资工作的重大成果,将为当地新能源产业发展注入强劲动力。",
          "LOCATED_IN", "邵阳经济技术开发区", "邵阳市", "邵阳经济技术开发区", {}),
    _case("seed000 park -> town named in the document", "通城县",
          "重点推进药姑山中医药健康科技产业园、麦市食品产业园、四庄现代循环农业产业园、北港连片现代产业示范园建设。完善麦市镇集镇功能。",
          "LOCATED_IN", "麦市食品产业园", "麦市镇", "麦市食品产业园", {}),
    _case("seed001-08 park -> county (name prefix)", "湘西土家族苗族自治州",
          "重点抓好吉首现代商贸物流园、7个县和湘西经开区仓储物流分拣中心等项目建设,构建较为完善的州县乡村四级物流配送体系。大兴寨大型水库前期工作取得重大突破,2020年将开工建设,有望彻底解决州府吉首防洪安全和城市供水问题。",
          "LOCATED_IN", "吉首现代商贸物流园", "吉首市", "吉首现代商贸物流园", {}),
    _case("seed001-07 local firm -> place", "邵阳市",
          "【邵阳招商】邵阳对非贸易强劲增长,结构调整驱动出口优化 例如,当地打火机企业如东亿电气强化研发,扩大海外销售网络。",
          "LOCATED_IN", "东亿电气", "邵阳", "当地打火机企业如东亿电气", {}),
    _case("seed001-08 project -> park named in the project name", "湘西土家族苗族自治州",
          "8县市、湘西经开区城镇基础设施及配套设施进一步完善,城市品质不断提升。重点抓好吉首现代商贸物流园、7个县和湘西经开区仓储物流分拣中心等项目建设,构建较为完善的州县乡村四级物流配送体系。",
          "LOCATED_IN", "湘西经开区仓储物流分拣中心", "湘西经开区", "湘西经开区仓储物流分拣中心", {}),

    # PART_OF place -> place
    _case("seed001-01 chain county -> city", "桂阳县",
          "为应对疫情防控常态化背景下的经济发展挑战,湖南省郴州市桂阳县积极创新招商引资手段,通过线上签约仪式推进十二个项目落地。",
          "PART_OF", "桂阳县", "郴州市", "湖南省郴州市桂阳县", {}),
    _case("seed001-01 chain city -> province", "桂阳县",
          "为应对疫情防控常态化背景下的经济发展挑战,湖南省郴州市桂阳县积极创新招商引资手段,通过线上签约仪式推进十二个项目落地。",
          "PART_OF", "郴州市", "湖南省", "湖南省郴州市桂阳县", {}),
    _case("seed001-09 chain in a list", "天心区",
          "持续加大怀化通道县、龙山洛塔乡、浏阳富溪村对口扶贫力度,全年累计投入帮扶资金2600万元。",
          "PART_OF", "洛塔乡", "龙山", "龙山洛塔乡", {}),
    _case("seed000 上海静安区", "通城县",
          "加强与上海静安区文旅交流合作,推进湘鄂赣毗邻县市文化旅游产业发展联盟落地落实。",
          "PART_OF", "静安区", "上海", "上海静安区", {}),
    _case("seed001-08 州府吉首", "湘西土家族苗族自治州",
          "持续开展美丽湘西建设。大兴寨大型水库前期工作取得重大突破,2020年将开工建设,有望彻底解决州府吉首防洪安全和城市供水问题。",
          "PART_OF", "吉首", "湘西", "州府吉首", {}),
    _case("seed001-07 作为湖南省…城市", "邵阳市",
          "2019年全球中非贸易关系持续深化,得益于中非合作论坛框架下的政策协同,邵阳市积极融入“一带一路”倡议,作为湖南省内陆城市的代表,其外向型经济取得突破性进展。",
          "PART_OF", "邵阳市", "湖南省", "作为湖南省内陆城市的代表", {}),

    # IN_INDUSTRY project|firm -> industry
    _case("seed001-06 industry in the project name", "湖南省",
          "其中,上汽大众新能源汽车项目在长沙经开区顺利开工,预计于2024年起分批投产MEB平台车型。",
          "IN_INDUSTRY", "上汽大众新能源汽车项目", "新能源汽车", "上汽大众新能源汽车项目", {}),
    _case("seed001-06 电子信息 in the project name", "湖南省",
          "同时,其他项目如长沙市的蓝思科技电子信息项目、湘潭市的山河工业城项目等均已开工建设,形成多点开花的建设格局。",
          "IN_INDUSTRY", "蓝思科技电子信息项目", "电子信息", "蓝思科技电子信息项目", {}),
    _case("seed001-08 以X为龙头的Y业", "湘西土家族苗族自治州",
          "矿业经济通过整治整合,实现恢复性增长,占规模工业增加值比重提高6.4个百分点;以酒鬼酒公司为龙头的白酒业重新走上发展振兴轨道,占规模工业增加值比重达到16.4%。",
          "IN_INDUSTRY", "酒鬼酒公司", "白酒", "以酒鬼酒公司为龙头的白酒业", {}),
]
# fmt: on


@pytest.mark.parametrize(("region", "text", "rtype", "source", "target", "sentence_part", "fields"), RELATION_CASES)
def test_relation(region: str, text: str, rtype: str, source: str, target: str, sentence_part: str,
                  fields: dict[str, object]) -> None:
    doc = _doc(region, text)
    ex = extract(doc)
    found = _find(ex, rtype, source, target)
    assert found, f"no {rtype} {source} -> {target}; got " + "; ".join(
        f"{r.type.value} {r.source}->{r.target}" for r in ex.relations)
    assert len(found) == 1
    rel = found[0]
    for name, value in fields.items():
        assert getattr(rel, name) == value, name
    assert rel.evidence
    for ev in rel.evidence:
        assert ev.doc_id == DOC_ID
        assert ev.rule
        assert 0 <= ev.start < ev.end <= len(doc.text)
        assert doc.text[ev.start : ev.end].strip() == ev.sentence
        assert 0.0 < ev.confidence <= 1.0
    sentences = [ev.sentence for ev in rel.evidence]
    assert any(sentence_part in s for s in sentences), sentences
    # the evidence sentence names an end (the other may be an anaphor, 该项目, or a prefix of a name)
    names = (*_entity(ex, rel.source).names, *_entity(ex, rel.target).names)
    assert any(n in s for n in names for s in sentences)


# Facts the text does not state must not appear.
# fmt: off
NO_RELATION_CASES = [
    # an aggregate over eleven projects is no project's amount (seed001-04)
    _case("seed001-04 aggregate amount", "邵阳市",
          "这些项目不仅覆盖材料、大数据中心、人工智能、云计算、区块链、工业互联网等前沿领域,还紧密对接国家战略,如动力与储能用新型磷酸铁锂材料项目和华为邵阳运营中心项目。通过招商引资,邵阳市吸引了优质企业落户,总投资额14亿元反映出企业对当地营商环境的认可。",
          lambda r: r.amount_cny is not None),
    # the project's own amount without a named firm: no INVESTS_IN can carry it (seed001-04)
    _case("seed001-04 amount without a firm", "邵阳市",
          "此外,国碳纳米锂离子导电材料项目总投资约5亿元,专注于锂离子电池关键材料研发,达产后预计实现年销售额20亿元,显著提升产业链价值。",
          lambda r: r.type is RelType.INVESTS_IN),
    # a firm bank and a firm client are not an investment (seed001-03)
    _case("seed001-03 bank and client", "湖南省",
          "作为主承销商,中国光大银行长沙分行针对湖南粮食集团的资金需求开辟绿色通道,利用其在全国的金融服务网络简化审批流程。",
          lambda r: r.type is RelType.INVESTS_IN),
    # places listed side by side are not inside each other (seed001-08)
    _case("seed001-08 list of counties", "湘西土家族苗族自治州",
          "抓好龙山乌龙山大峡谷、凤凰老家寨—苗人谷等4A级景区创建。",
          lambda r: r.type is RelType.PART_OF),
    # a firm named in a park sentence is not in the park unless the text says so; 千视通 is no industry
    _case("seed001-09 千视通 not linked to an industry", "天心区",
          "天心经开区整合升格为正县级园区,引进千视通全球总部、万码互联全球总部等优质产业项目57个,全年完成技工贸总收入265亿元。",
          lambda r: r.type is RelType.IN_INDUSTRY),
]
# fmt: on


@pytest.mark.parametrize(("region", "text", "bad"), NO_RELATION_CASES)
def test_no_relation(region: str, text: str, bad) -> None:  # type: ignore[no-untyped-def]
    ex = extract(_doc(region, text))
    wrong = [f"{r.type.value} {r.source}->{r.target} {r.amount_cny}" for r in ex.relations if bad(r)]
    assert not wrong


def test_relations_refer_to_entities_of_the_document() -> None:
    text = ("2023年,总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约,这是邵阳市招商引资工作的重大成果。"
            "该项目由山西易高能源有限公司投资建设。")
    ex = extract(_doc("邵阳市", text))
    keys = {e.key for e in ex.entities}
    assert ex.relations
    for r in ex.relations:
        assert {r.source, r.target} <= keys
        # text facts, or a product keyword of a project name mapped to its chain link by the taxonomy
        assert r.provenance == "text" or (r.provenance == "taxonomy" and r.type is RelType.IN_INDUSTRY)


def test_same_fact_twice_is_one_relation_with_two_evidences() -> None:
    text = ("其中,上汽大众新能源汽车项目在长沙经开区顺利开工,预计于2024年起分批投产MEB平台车型。"
            "例如长沙经开区的上汽大众新能源汽车项目已在2023年启动建设,计划逐步投产新能源车型。")
    ex = extract(_doc("湖南省", text))
    rels = _find(ex, "LOCATED_IN", "上汽大众新能源汽车项目", "长沙经开区")
    assert len(rels) == 1
    assert len({(ev.start, ev.end) for ev in rels[0].evidence}) == 2
