"""The learned span model: it ships with the package and loads offline, tags names, and its training is
reproducible (same data and seed, same weights)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import EXTRACTORS, extract
from kg.extract.model import MODEL_PATH, SpanModel
from kg.extract.model.train import bio, synthetic_sentences, train
from kg.lexicon import Lexicon
from kg.model import Document, EntityType


def test_weights_ship_inside_the_package() -> None:
    assert MODEL_PATH.is_file() and MODEL_PATH.stat().st_size < 5_000_000
    assert Path(__file__).resolve().parent.parent / "kg" in MODEL_PATH.parents


@pytest.mark.parametrize(("text", "name", "etype"), [
    ("该项目由山西易高能源有限公司投资建设。", "山西易高能源有限公司", EntityType.FIRM),
    ("总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约。", "邵阳经济技术开发区", EntityType.PARK),
])
def test_model_tags_names(text: str, name: str, etype: EntityType) -> None:
    spans = SpanModel.load().spans(text, 0)
    assert any(s.text == name and s.type is etype and 0 < s.prob <= 1 for s in spans), spans


def test_support_is_a_probability() -> None:
    m = SpanModel.load()
    text = "该项目由山西易高能源有限公司投资建设。"
    marg = m.tag(text)
    s = text.index("山西")
    inside = m.support(marg, s, s + 10, EntityType.FIRM)
    outside = m.support(marg, 0, 3, EntityType.FIRM)
    assert 0 <= outside < inside <= 1


@pytest.mark.parametrize("text", [
    "该项目由山西易高能源有限公司投资建设。",
    "总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约，由湖南某某科技有限公司投资。" * 9,
])
def test_judge_is_tag_support_and_spans_at_once(text: str) -> None:
    """judge (one feature pass per piece, marginals read after Viterbi) gives exactly what tag, support and
    spans give, across the pieces of a long text too."""
    m = SpanModel.load()
    n = len(text)
    queries = [(4, 14, EntityType.FIRM), (0, 3, EntityType.PROJECT), (n - 12, n, EntityType.PARK),
               (395, 410, EntityType.PROJECT), (7, 7, EntityType.FIRM)]
    queries = [(s, min(e, n), t) for s, e, t in queries if s < n]
    marg = m.tag(text)
    supports, spans = m.judge(text, 3, queries)
    assert supports == [m.support(marg, s, e, t) for s, e, t in queries]
    assert spans == m.spans(text, 3)


def test_synthetic_sentences_are_seeded_and_labelled_on_their_names() -> None:
    lex = Lexicon.load()
    a = list(synthetic_sentences(lex, 30, seed=7))
    b = list(synthetic_sentences(lex, 30, seed=7))
    c = list(synthetic_sentences(lex, 30, seed=8))
    assert a == b and a != c
    for text, spans in a:
        labels = bio(text, spans)
        assert len(labels) == len(text)
        for s, e, t in spans:
            assert labels[s] == f"B-{t}" and all(x == f"I-{t}" for x in labels[s + 1 : e])


def test_training_is_reproducible(tmp_path: Path) -> None:
    lex = Lexicon.load()
    gold = [{"doc_id": "g", "text": "该项目由山西易高能源有限公司投资建设。",
             "entities": {"firm": [{"name": "山西易高能源有限公司"}]}}]
    for name in ("a", "b"):
        train(tmp_path / f"{name}.crfsuite", gold, lex, synthetic=40, seed=3, max_iterations=10)
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


@pytest.mark.parametrize("name", ["rules", "model", "hybrid", "veto"])
def test_every_extractor_finds_the_investment(name: str) -> None:
    assert name in EXTRACTORS
    doc = Document("d", "d.txt", None, "2023", "邵阳市",
                   "总投资16亿元的锂离子动力电池项目在邵阳经济技术开发区正式签约。该项目由山西易高能源有限公司投资建设。")
    ex = extract(doc, extractor=name)
    firms = {e.name for e in ex.entities if e.type is EntityType.FIRM}
    assert "山西易高能源有限公司" in firms


def test_hybrid_never_vetoes_a_span_an_investment_or_a_site_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model's veto (a rule span it gives little support) takes the entity away only when no INVESTS_IN
    or LOCATED_IN of the text uses it: here the model supports nothing, yet the firm and project the 由-clause
    ties together stay, while the unrelated product-named project goes."""
    from kg.extract.model.extractors import HybridExtractor
    from kg.extract.model.tagger import SpanModel

    def no_support(self: SpanModel, text: str, offset: int, queries: list[tuple[int, int, EntityType]]
                   ) -> tuple[list[float], list[object]]:
        return [0.0] * len(queries), []

    monkeypatch.setattr(SpanModel, "judge", no_support)
    doc = Document("d", "d.txt", None, "2023", "邵阳市",
                   "锂离子动力电池项目由易高能源投资建设。同日，智能农机装备项目开工。")
    ex = HybridExtractor(Lexicon.load())(doc)
    names = {e.name for e in ex.entities}
    rules = {e.name for e in extract(doc, extractor="rules").entities}
    assert {"锂离子动力电池项目", "易高能源", "智能农机装备项目"} <= rules
    assert {"锂离子动力电池项目", "易高能源"} <= names
    assert "智能农机装备项目" not in names
    assert any(r.type.value == "INVESTS_IN" for r in ex.relations)
    related = {k for r in ex.relations for k in (r.source, r.target)}
    assert all(e.key in related for e in ex.entities if e.type is EntityType.INDUSTRY)  # no orphan industry



@pytest.mark.parametrize("text,vetoed", [
    ("此次开工的生态环境项目进展顺利。", {"生态环境项目"}),
    ("同日，环保再生产业项目开工。", {"环保再生产业项目"}),
    ("落实挂图作战和领导挂点服务项目机制，重点项目完成投资236亿元。", {"领导挂点服务项目"}),
    ("同日，智能农机装备项目开工。", {"智能农机装备项目"}),
    ("总投资5亿元的智能农机装备项目开工。", set()),  # the model supports a work the text spends money on
    ("同日，年产10万台智能农机装备项目开工。", set()),  # a figure of its own: not asked
    ("同日，邵阳智能农机装备项目开工。", set()),  # a place: not asked
])
def test_veto_takes_common_worded_names_the_model_does_not_support(text: str, vetoed: set[str]) -> None:
    """The veto extractor asks the span model about the rules' project names made of common words only and
    drops those it gives little support; every other span is the rules'."""
    doc = Document("d", "d.txt", None, "2023", "邵阳市", text)
    rules = {e.name for e in extract(doc, extractor="rules").entities if e.type is EntityType.PROJECT}
    veto = {e.name for e in extract(doc, extractor="veto").entities if e.type is EntityType.PROJECT}
    assert rules and veto == rules - vetoed


@pytest.mark.parametrize("name,common", [
    ("生态环境项目", True), ("智能农机装备项目", True), ("年产10万台智能农机装备项目", False),
    ("比亚迪智能农机装备项目", False), ("邵阳智能农机装备项目", False), ("TPU新材料产业园项目", False),
    ("惠禾·艾莲小镇项目", False),
])
def test_common_worded_project_names(name: str, common: bool) -> None:
    from kg.extract.mentions import Mention
    from kg.extract.model.extractors import common_worded

    assert common_worded(Mention(0, len(name), EntityType.PROJECT, name, "project.suffix"), Lexicon.load()) \
        is common


def test_the_clis_extractor_choices_are_the_registry() -> None:
    from kg.cli.main import EXTRACTOR_NAMES

    assert sorted(EXTRACTOR_NAMES) == sorted(EXTRACTORS)
