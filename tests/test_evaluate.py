"""kg eval: the scorer on a hand-made gold/prediction pair with hand-computed scores, and on the seed gold.

The hand-made pair is tests/data/eval/{gold,pred}.jsonl. What each prediction tests (ev1..ev3; ev4 has no
prediction, ev9 is not in the gold):

* ev1: 易高能源 pairs with 山西易高能源有限公司 through its alias; 華為 (traditional) with 华为;
  邵阳经济技术开发区 (not written in the text) is judged by its alias 邵阳经开区; 湖南 (written) is
  judged by its name alone, so its alias 湖南省 does not save it; 集客魔方网红直播基地 matches
  “集客魔方”网红直播基地 without the quote marks; 中联 (firm), 黔张常铁路 (project), 非洲 (place) and
  华为 LOCATED_IN 邵阳市 are don't-care notes; 樟田村 is a village (dropped); LOCATED_IN
  锂离子动力电池项目 -> 邵阳市 is right through the gold chain project -> park -> city, and the gold
  华为邵阳运营中心项目 -> 邵阳市 is found through the predicted chain project -> park -> city;
  IN_INDUSTRY 新能源 is contained in 新能源汽车 (right), 经 is one character (wrong); 1605000000 is
  within 0.5% of 1600000000, 510000000 is 2% off 500000000.
* ev2: amount given by the prediction only (wrong), by the gold only (wrong), by neither (not counted); the
  park and its LOCATED_IN are missed; IN_INDUSTRY 汽车 is contained in 新能源汽车.
* ev3: 宏华果业 matches the gold name 宏 华果业 (whitespace).
"""

from __future__ import annotations

import copy
import json
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner
from opencc import OpenCC

from kg.cli import cli
from kg.evaluate import EvalError, format_diff, format_table, pair_entities, read_records, score, score_files
from kg.evaluate.names import compare_form, industry_match, parse_dont_care
from kg.evaluate.records import Ent

DATA = Path(__file__).resolve().parent / "data" / "eval"
GOLD = DATA / "gold.jsonl"
PRED = DATA / "pred.jsonl"
TYPES = ("firm", "project", "park", "place", "INVESTS_IN", "LOCATED_IN", "IN_INDUSTRY", "PART_OF")

# fmt: off
# type, tp, fp, fn, tp_pred, ignored, precision, recall, F1 (computed by hand, see the module docstring)
HAND_SCORES = [
    ("firm",        6, 1, 0, 6, 1, Fraction(6, 7), Fraction(1),    Fraction(12, 13)),
    ("project",     6, 1, 1, 6, 1, Fraction(6, 7), Fraction(6, 7), Fraction(6, 7)),
    ("park",        2, 0, 1, 2, 0, Fraction(1),    Fraction(2, 3), Fraction(4, 5)),
    ("place",       3, 1, 3, 3, 1, Fraction(3, 4), Fraction(1, 2), Fraction(3, 5)),
    ("INVESTS_IN",  5, 0, 0, 5, 1, Fraction(1),    Fraction(1),    Fraction(1)),
    ("LOCATED_IN",  4, 1, 2, 4, 3, Fraction(4, 5), Fraction(2, 3), Fraction(8, 11)),
    ("IN_INDUSTRY", 2, 2, 1, 2, 0, Fraction(1, 2), Fraction(2, 3), Fraction(4, 7)),
    ("PART_OF",     0, 1, 2, 0, 0, Fraction(0),    Fraction(0),    Fraction(0)),
]
# fmt: on


@pytest.fixture(scope="module")
def hand_report():
    return score_files(GOLD, PRED)


@pytest.fixture(scope="module")
def seeds_gold(gold_path):
    return list(read_records(gold_path))


@pytest.mark.parametrize("etype,tp,fp,fn,tp_pred,ignored,p,r,f1", HAND_SCORES)
def test_hand_made_pair_scores(hand_report, etype, tp, fp, fn, tp_pred, ignored, p, r, f1):
    c = hand_report.scores[etype]
    assert (c.tp, c.fp, c.fn, c.tp_pred, c.ignored) == (tp, fp, fn, tp_pred, ignored)
    assert (c.precision, c.recall, c.f1) == pytest.approx((float(p), float(r), float(f1)))


def test_hand_made_pair_amounts_and_warnings(hand_report):
    assert (hand_report.amount.right, hand_report.amount.n, hand_report.amount.accuracy) == (1, 4, 0.25)
    assert hand_report.warnings == ("prediction for doc_id 'ev9' is not in the gold; not scored",)
    assert [(d.doc_id, d.predicted) for d in hand_report.documents] == [
        ("ev1", True),
        ("ev2", True),
        ("ev3", True),
        ("ev4", False),
    ]


def test_hand_made_pair_diff(hand_report):
    ev1, ev2, ev3, ev4 = hand_report.documents
    assert ev1.missed["project"] == ("中联智慧产业城项目",)
    assert ev1.spurious["firm"] == ("集客魔方",)
    assert ev1.missed["place"] == ("湖南省",) and ev1.spurious["place"] == ("湖南",)
    assert ev1.missed["LOCATED_IN"] == ("锂离子动力电池项目 → 邵阳经开区",)
    assert ev1.spurious["IN_INDUSTRY"] == ("集客魔方网红直播基地 → 直播", "華為 → 经")
    assert ev1.amounts == ("華為 → 华为邵阳运营中心项目: gold 500000000, predicted 510000000",)
    assert ev2.amounts == (
        "比亚迪 → 比亚迪电池项目: gold null, predicted 1000000000",
        "中车 → 轨道交通装备项目: gold 200000000, predicted null",
    )
    assert ev3.clean
    assert ev4.missed["place"] == ("通道侗族自治县", "怀化市")
    text = format_diff(hand_report)
    for dont_care in ("中联 ", "黔张常铁路", "非洲", "樟田村", "華為 → 邵阳市"):
        assert dont_care not in text
    assert "== ev4 (no prediction)" in text and "== ev3" not in text


def test_report_to_dict_is_json(hand_report):
    d = json.loads(json.dumps(hand_report.to_dict(), ensure_ascii=False))
    assert list(d["scores"]) == list(TYPES)
    assert d["scores"]["LOCATED_IN"]["precision"] == pytest.approx(0.8)
    assert d["amount"] == {"accuracy": 0.25, "right": 1, "n": 4}
    assert d["documents"][0]["missed"]["project"] == ["中联智慧产业城项目"]
    assert d["documents"][2] == {
        "doc_id": "ev3",
        "predicted": True,
        "missed": {},
        "spurious": {},
        "amounts": [],
    }


def test_format_table(hand_report):
    lines = format_table(hand_report).splitlines()
    assert lines[0].split() == ["type", "P", "R", "F1", "tp", "fp", "fn"]
    assert lines[6].split() == ["LOCATED_IN", "0.800", "0.667", "0.727", "4", "1", "2"]
    assert lines[-1] == "amount accuracy: 0.250 (1/4)"


# --- the seed gold scored against itself and against perturbed copies -------------------------------------

SEED_TOTALS = {"firm": 55, "project": 51, "park": 43, "place": 79,
               "INVESTS_IN": 16, "LOCATED_IN": 47, "IN_INDUSTRY": 42, "PART_OF": 11}  # fmt: skip


def test_gold_against_itself_is_perfect(seeds_gold):
    report = score(seeds_gold, seeds_gold)
    for t in TYPES:
        c = report.scores[t]
        assert (c.tp, c.fp, c.fn, c.ignored) == (SEED_TOTALS[t], 0, 0, 0), t
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0), t
    assert (report.amount.right, report.amount.n) == (1, 1)
    assert report.warnings == () and format_diff(report) == ""


def _map_names(rec, fn):
    """Apply fn to every entity name, alias and relation end of a record."""
    rec = copy.deepcopy(rec)
    for ents in rec["entities"].values():
        for e in ents:
            e["name"], e["aliases"] = fn(e["name"]), [fn(a) for a in e["aliases"]]
    for r in rec["relations"]:
        for k in ("firm", "project", "subject"):
            if k in r:
                r[k] = fn(r[k])
        if "object" in r and r["type"] != "IN_INDUSTRY":
            r["object"] = fn(r["object"])
    return rec


def _swap_first_alias(rec):
    """Every entity with aliases gets its first alias as name and its name as alias (relations unchanged)."""
    rec = copy.deepcopy(rec)
    for ents in rec["entities"].values():
        for e in ents:
            if e["aliases"]:
                e["name"], e["aliases"] = e["aliases"][0], [e["name"], *e["aliases"][1:]]
    return rec


_S2T = OpenCC("s2t")


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda rec: _map_names(rec, _S2T.convert), id="names in traditional characters"),
        pytest.param(lambda rec: _map_names(rec, lambda n: f" “{n}” "), id="quotes and spaces around names"),
        pytest.param(_swap_first_alias, id="alias as name"),
    ],
)
def test_gold_renamed_still_perfect(seeds_gold, change):
    report = score(seeds_gold, [change(r) for r in seeds_gold])
    assert {t: report.scores[t].f1 for t in TYPES} == dict.fromkeys(TYPES, 1.0)
    assert report.amount.accuracy == 1.0


def test_gold_with_a_document_missing(seeds_gold):
    dropped = next(r for r in seeds_gold if r["doc_id"] == "seed001-06")
    report = score(seeds_gold, [r for r in seeds_gold if r is not dropped])
    for t in TYPES:
        n = len(dropped["entities"][t]) if t.islower() else sum(x["type"] == t for x in dropped["relations"])
        c = report.scores[t]
        assert (c.tp, c.fp, c.fn) == (SEED_TOTALS[t] - n, 0, n), t
        assert c.precision == 1.0 and c.recall == pytest.approx((SEED_TOTALS[t] - n) / SEED_TOTALS[t])
    diff = next(d for d in report.documents if d.doc_id == "seed001-06")
    assert not diff.predicted and len(diff.missed["project"]) == len(dropped["entities"]["project"])


def test_gold_with_spurious_and_dont_care_entities(seeds_gold):
    pred = copy.deepcopy(seeds_gold)
    doc = next(r for r in pred if r["doc_id"] == "seed001-08")
    doc["entities"]["firm"].append({"name": "不存在的测试有限公司", "aliases": []})  # spurious
    # 黔张常铁路 is a left-out project (public works) in this document
    doc["entities"]["project"].append({"name": "黔张常铁路", "aliases": []})
    # 凤凰国际文化艺术旅游小镇 is a left-out park: don't-care as a project too
    doc["entities"]["project"].append({"name": "凤凰国际文化艺术旅游小镇", "aliases": []})
    doc["entities"]["place"].append({"name": "十八洞", "aliases": [], "level": "village"})  # dropped
    doc["relations"].append({"type": "LOCATED_IN", "subject": "黔张常铁路", "object": "湘西土家族苗族自治州"})
    report = score(seeds_gold, pred)
    firm, project, place = (report.scores[t] for t in ("firm", "project", "place"))
    assert (firm.tp, firm.fp, firm.fn) == (55, 1, 0) and firm.precision == pytest.approx(55 / 56)
    assert (project.tp, project.fp, project.ignored) == (51, 0, 2)
    assert (place.tp, place.fp, place.ignored) == (79, 0, 0)
    assert (report.scores["LOCATED_IN"].fp, report.scores["LOCATED_IN"].ignored) == (0, 1)


@pytest.mark.parametrize("factor,right", [(1.004, 1), (0.996, 1), (1.01, 0), (None, 0)])
def test_gold_with_amount_changed(seeds_gold, factor, right):
    pred = copy.deepcopy(seeds_gold)
    for rec in pred:
        for r in rec["relations"]:
            if r["type"] == "INVESTS_IN" and r["amount_cny"] is not None:
                r["amount_cny"] = None if factor is None else r["amount_cny"] * factor
    report = score(seeds_gold, pred)
    assert (report.amount.right, report.amount.n) == (right, 1)
    assert report.scores["INVESTS_IN"].f1 == 1.0


def test_gold_with_chains_shortened(seeds_gold):
    """Replace x -> park where the park -> place by x -> place: still right, but x -> park is then missed."""
    pred = copy.deepcopy(seeds_gold)
    shortened = 0
    for rec in pred:
        parent = {r["subject"]: r["object"] for r in rec["relations"] if r["type"] == "LOCATED_IN"}
        parks = {e["name"] for e in rec["entities"]["park"]}
        for r in rec["relations"]:
            if r["type"] == "LOCATED_IN" and r["object"] in parks and r["object"] in parent:
                r["object"] = parent[r["object"]]
                shortened += 1
    assert shortened >= 3
    c = score(seeds_gold, pred).scores["LOCATED_IN"]
    assert (c.tp_pred, c.fp, c.tp, c.fn) == (47, 0, 47 - shortened, shortened)
    assert c.precision == 1.0


def test_gold_with_implied_chain_edges_added(seeds_gold):
    """A prediction that also states what the gold chains imply loses nothing; the gold is found as before."""
    pred = copy.deepcopy(seeds_gold)
    added = 0
    for rec in pred:
        loc = [
            (r["subject"], r["object"]) for r in rec["relations"] if r["type"] in ("LOCATED_IN", "PART_OF")
        ]
        parent = dict(loc)
        for s, o in loc:
            if o in parent and (s, parent[o]) not in loc:
                rec["relations"].append({"type": "LOCATED_IN", "subject": s, "object": parent[o]})
                added += 1
    assert added >= 3
    c = score(seeds_gold, pred).scores["LOCATED_IN"]
    assert (c.tp, c.fn, c.fp, c.tp_pred) == (47, 0, 0, 47 + added)


# --- pieces ------------------------------------------------------------------------------------------------

# fmt: off
COMPARE_FORMS = [
    ("宏 华果业", "宏华果业"),
    ("“南三县”天然气长输管道工程", "南三县天然气长输管道工程"),
    ("華為邵陽運營中心項目", "华为邵阳运营中心项目"),
    ("文化（广告）产业园", "文化(广告)产业园"),  # NFKC: full-width brackets
    ("ＡＢＣ科技", "ABC科技"),
]
# fmt: on


@pytest.mark.parametrize("raw,expected", COMPARE_FORMS)
def test_compare_form(raw, expected):
    assert compare_form(raw) == expected


@pytest.mark.parametrize(
    "a,b,match",
    [("新能源", "新能源汽车", True), ("新能源汽车", "新能源", True), ("汽车", "新能源汽车", True),
     ("车", "汽车", False), ("光伏", "新能源", False), ("电子信息", "电子信息", True)],
)  # fmt: skip
def test_industry_match(a, b, match):
    assert industry_match(a, b) is match


def test_parse_dont_care():
    dc = parse_dont_care([
        "note: 中联 is discussed here but this is a note",
        "left out firm: 中联/中联重科、山河 — brand fragments (see 中联智慧产业城项目)",
        "left out project: 吉首大兴寨大型水库/大兴寨大型水库、“南三县”管道 — public works; more text",
        "left out relation: 华为 LOCATED_IN 邵阳市、黄袍山油茶 IN_INDUSTRY 油茶 — implied only",
        "left out thing: 某物 — a type the schema does not have",
    ])  # fmt: skip
    assert dc.names["firm"] == {"中联", "中联重科", "山河"}
    assert dc.names["project"] == {"吉首大兴寨大型水库", "大兴寨大型水库", "南三县管道"}
    assert dc.has_relation("LOCATED_IN", {"华为"}, {"邵阳市"})
    assert not dc.has_relation("PART_OF", {"华为"}, {"邵阳市"})
    assert dc.has_relation("IN_INDUSTRY", {"黄袍山油茶"}, {"油茶产业"})
    assert dc.unknown == ("left out thing: 某物 — a type the schema does not have",)


def _ents(*name_sets):
    return tuple(Ent("firm", sorted(s)[0], frozenset(s), sorted(s)[0], frozenset(s)) for s in name_sets)


def test_pairing_is_a_maximum_matching():
    # Greedy in order would give pred 0 -> gold 0 and leave pred 1 unpaired.
    preds = _ents({"甲"}, {"乙"})
    golds = _ents({"甲", "乙"}, {"甲"})
    assert pair_entities(preds, golds) == {0: 1, 1: 0}


def test_pairing_prefers_equal_names():
    preds = _ents({"甲"})
    golds = _ents({"乙", "甲"}, {"甲"})
    assert pair_entities(preds, golds) == {0: 1}


def test_name_written_in_text_is_judged_alone():
    gold = [
        {
            "doc_id": "d",
            "text": "湖南省和长沙经济技术开发区",
            "entities": {
                "place": [{"name": "湖南省", "aliases": []}],
                "park": [{"name": "长沙经济技术开发区", "aliases": []}],
            },
            "relations": [],
        }
    ]
    pred = [
        {
            "doc_id": "d",
            "entities": {
                "place": [
                    {"name": "湖南", "aliases": ["湖南省"]}
                ],  # 湖南 is written: its alias does not count
                "park": [{"name": "长沙经开区", "aliases": ["长沙经济技术开发区"]}],
            },
        }
    ]  # not written: aliases count
    report = score(gold, pred)
    assert (report.scores["place"].tp, report.scores["place"].fp) == (0, 1)
    assert (report.scores["park"].tp, report.scores["park"].fp) == (1, 0)


# --- errors ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content,message",
    [
        ('{"doc_id": "a"}\n{"doc_id": \n', "bad.jsonl:2: not valid JSON"),
        ("[1, 2]\n", "bad.jsonl:1: expected a JSON object, got list"),
        ('{"text": "x"}\n', "bad.jsonl:1: the object has no doc_id"),
    ],
)
def test_read_records_errors(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        list(read_records(path))


@pytest.mark.parametrize(
    "gold_relations,pred_relations,message",
    [
        ([{"type": "LOCATED_IN", "subject": "甲项目", "object": "无此地"}], [],
         "gold d: relation end '无此地' is not a park/place entity"),
        ([], [{"type": "LOCATED_IN", "subject": "甲项目"}],
         r"prediction d: relation #1 \(LOCATED_IN\) has no 'object'"),
        ([], [{"type": "INVESTS_IN", "firm": "甲", "project": "甲项目", "amount_cny": "16亿元"}],
         "prediction d: relation #1: amount_cny must be a number or null"),
    ],
)  # fmt: skip
def test_bad_records(gold_relations, pred_relations, message):
    ents = {"project": [{"name": "甲项目", "aliases": []}]}
    gold = [{"doc_id": "d", "text": "甲项目", "entities": ents, "relations": gold_relations}]
    pred = [{"doc_id": "d", "entities": ents, "relations": pred_relations}]
    with pytest.raises(EvalError, match=message):
        score(gold, pred)


def test_duplicate_and_unknown_doc_ids():
    gold = [{"doc_id": "d", "text": "x"}]
    with pytest.raises(EvalError, match="doc_id 'd' occurs twice"):
        score(gold, [{"doc_id": "d"}, {"doc_id": "d"}])
    with pytest.raises(EvalError, match="gold has no document 'e'"):
        score(gold, [], doc_id="e")


# --- CLI ---------------------------------------------------------------------------------------------------


def run(*args):
    return CliRunner().invoke(cli, ["eval", *map(str, args)])


def test_cli_table():
    result = run(GOLD, PRED)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].split() == ["firm", "0.857", "1.000", "0.923", "6", "1", "0"]
    assert "amount accuracy: 0.250 (1/4)" in result.stdout
    assert "warning: prediction for doc_id 'ev9'" in result.stderr


def test_cli_json_matches_library(hand_report):
    result = run(GOLD, PRED, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json.loads(json.dumps(hand_report.to_dict()))


def test_cli_diff_and_doc():
    result = run(GOLD, PRED, "--diff", "--doc", "ev2")
    assert result.exit_code == 0
    assert "  park missed: 长沙经开区" in result.stdout and "ev1" not in result.stdout
    assert "amount accuracy: 0.000 (0/2)" in result.stdout
    assert run(GOLD, PRED, "--diff", "--doc", "ev3").stdout.endswith("no differences\n")


@pytest.mark.parametrize(
    "args,code,message",
    [
        (["missing.jsonl", PRED], 1, "missing.jsonl: no such file"),
        ([GOLD, "missing.jsonl"], 1, "missing.jsonl: no such file"),
        ([GOLD, DATA], 1, f"{DATA}: is a folder, not a JSONL file"),
        ([GOLD, PRED, "--doc", "ev7"], 1, "gold has no document 'ev7'"),
        ([GOLD], 2, "give one PRED.jsonl"),
        ([GOLD, PRED, PRED], 2, "give one PRED.jsonl"),
        ([GOLD, "--on"], 2, "--on needs at least one PATH"),
    ],
)
def test_cli_errors(args, code, message):
    result = run(*args)
    assert result.exit_code == code
    assert message in result.output


def test_cli_names_bad_json_line(tmp_path):
    bad = tmp_path / "pred.jsonl"
    bad.write_text('{"doc_id": "ev1"}\n\n{oops\n', encoding="utf-8")
    result = run(GOLD, bad)
    assert result.exit_code == 1
    assert f"{bad}:3: not valid JSON" in result.output


def test_cli_on_extracts_the_seeds(gold_path, seeds_dir):
    result = run(gold_path, "--on", seeds_dir, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert [d["doc_id"] for d in report["documents"] if not d["predicted"]] == []
    assert report["warnings"] == []
    assert all(report["scores"][t]["f1"] is not None for t in TYPES)
