"""Property tests (hypothesis) over ingest and the amount finder: any input is read or refused cleanly, and
the work grows linearly with the input.

Time is never compared with a fixed threshold: each check measures, in one run, the same function on about
1 kB, 10 kB and 100 kB of the same text and asserts each 10x step costs far less than quadratic work would
(100x; linear is 10x). Process CPU time is measured (not wall time, so waiting for a core on a busy machine
does not count), over enough calls to last 10 ms, and the best of a few runs is taken: what noise is left,
the limit absorbs.
"""

from __future__ import annotations

import gc
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kg.errors import IngestError, KgWarning
from kg.extract.amounts import (
    MAX_AMOUNT_WIDTH,
    MAX_PLAUSIBLE_AMOUNT,
    RE_AMOUNT,
    _amount_matches,
    find_amounts,
)
from kg.ingest import read_documents
from kg.ingest.clean import CLEAN_TABLE

# Input sizes compared pairwise, smallest first: a quadratic regression fails at the cheap first pair instead
# of running for minutes on the last one.
SIZES = (1_000, 10_000, 100_000)
LINEAR_GROWTH_LIMIT = 30  # 10x the input: linear work grows ~10x, quadratic ~100x
MIN_MEASURED = 0.01  # seconds of CPU time a measurement runs at least (small inputs are called repeatedly)
ATTEMPTS = 4  # measurements of a ratio over the limit before it counts

# No shrinking for timing tests: a failing example is reported as found (shrinking would re-run slow inputs).
TIMING = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
INGEST_TIMING = settings(TIMING, max_examples=8)

# Pieces of amount-like and report-like text; the units tests repeat are drawn from them.
AMOUNT_PIECES = [
    "2023", "1", "0", "5", "9999", ".", ",", "一", "十", "百", "千", "万", "亿", "两", "元", "美元",
    "人民币", "元人民币", "约", "近", "多", "余", "逾", "以上", "左右", "-", "至", "~", "投资", "总投资",
    "产值", "达", "过", "签约", "有限公司", "经开区", "。", ",", " ", "\n", "%", "年", "万人",
]  # fmt: skip
LINE_PIECES = [
    "湖南华鑫新能源科技有限公司投资10亿元在邵阳经济技术开发区建设锂电池项目。",
    "2023年咸宁市政府工作报告", "各位代表:现在,我代表市人民政府向大会报告工作。", "发布机构:咸宁市人民政府 ",
    "发布日期:2023-01-09", "索 引 号:000014349/2023-00012", "购物车", "联系我们", "-", "【桂阳县招商】",
    "2025-07-09", "全县", "我市", "长沙市天心区", "   ", "\t", "\u200b", "\u202e", "\x0c", "\r\n", "\n",
    "\x00", "\ufeff",
]  # fmt: skip


def _repeat_to(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` UTF-8 bytes."""
    return unit * (size // max(1, len(unit.encode("utf-8"))) + 1)


def _time(fn: Callable[[Any], Any], arg: Any) -> float:
    """CPU seconds of this process per call of ``fn(arg)`` (time spent waiting for a core is not counted),
    over enough calls to measure at least MIN_MEASURED seconds."""
    calls = 0
    t0 = time.process_time()
    while (spent := time.process_time() - t0) < MIN_MEASURED or not calls:
        fn(arg)
        calls += 1
    return spent / calls


def growth(fn: Callable[[Any], Any], small: Any, big: Any) -> float:
    """How many times more CPU time ``fn(big)`` takes than ``fn(small)``, measured in this run: measured again
    (both) while over the limit, at most ATTEMPTS times, and the lowest ratio kept (noise only slows runs)."""
    fn(small)  # warm caches and lazy loads
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        ratio = float("inf")
        for _ in range(ATTEMPTS):
            base = max(min(_time(fn, small) for _ in range(2)), 1e-9)
            ratio = min(ratio, _time(fn, big) / base)
            if ratio < LINEAR_GROWTH_LIMIT:
                break
        return ratio
    finally:
        if was_enabled:
            gc.enable()


def assert_linear(fn: Callable[[Any], Any], make: Callable[[int], Any], label: str) -> None:
    """``fn`` on inputs of each of SIZES bytes (``make(size)``): each 10x step costs well under 100x."""
    inputs = [make(size) for size in SIZES]
    for (a, b), (small, big) in zip(zip(SIZES, SIZES[1:]), zip(inputs, inputs[1:])):  # noqa: B905
        ratio = growth(fn, small, big)
        assert ratio < LINEAR_GROWTH_LIMIT, (
            f"{label}: {b // a}x the input ({a} -> {b} bytes) took {ratio:.0f}x the time"
        )


# ---------------------------------------------------------------- amounts


def _quiet_find(text: str) -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KgWarning)
        return find_amounts(text)


@TIMING
@given(st.lists(st.sampled_from(AMOUNT_PIECES), min_size=1, max_size=8).map("".join))
def test_find_amounts_time_grows_linearly(unit):
    assert_linear(_quiet_find, lambda size: _repeat_to(unit, size), repr(unit))


# The cases the issue measured (10 kB of 2023 took 17 s), and one hypothesis found (many amounts: an overlap
# check compared each bare amount with every amount found before).
ISSUE_CASES = ["2023", "1元", "一二三", "9" * 25 + "亿元", "人民币产值2023-人民币2023人民币\n"]


@pytest.mark.parametrize("unit", ISSUE_CASES)
def test_find_amounts_scaling_cases(unit):
    assert_linear(_quiet_find, lambda size: _repeat_to(unit, size), repr(unit))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(AMOUNT_PIECES), max_size=120).map("".join))
def test_windowed_search_finds_exactly_what_finditer_finds(text):
    assert [m.span() for m in _amount_matches(text)] == [m.span() for m in RE_AMOUNT.finditer(text)]


def test_amount_pattern_fits_the_search_window():
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse  # type: ignore[no-redef]
    assert sre_parse.parse(RE_AMOUNT.pattern).getwidth()[1] <= MAX_AMOUNT_WIDTH


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(AMOUNT_PIECES), max_size=60).map("".join))
def test_find_amounts_spans_are_ordered_disjoint_and_plausible(text):
    found = _quiet_find(text)
    assert all(text[a.start : a.end] == a.surface for a in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert all(a.value <= MAX_PLAUSIBLE_AMOUNT for a in found)


# fmt: off
IMPLAUSIBLE = [
    # (text, surfaces kept)
    ("总投资9999999999999999999亿元,另签约5亿元的项目", ["5亿元"]),
    ("投资99999999999999999999元", []),
    ("投资1-9999999999999999999亿元和3000万元", ["3000万元"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "kept"), IMPLAUSIBLE)
def test_implausible_amount_is_dropped_with_a_warning_and_the_rest_kept(text, kept):
    with pytest.warns(KgWarning, match=r"implausible amount '.*' at offset \d+ \(over 10\^18\) ignored"):
        found = find_amounts(text)
    assert [a.surface for a in found] == kept


def test_implausible_amount_keeps_the_document(tmp_path):
    from kg.extract import extract

    path = tmp_path / "r.txt"
    path.write_text("2023年邵阳市政府工作报告\n总投资9999999999999999999亿元。湖南华鑫新能源科技有限公司投资10亿元在"
                    "邵阳经济技术开发区建设锂电池项目。", encoding="utf-8")  # fmt: skip
    (doc,) = read_documents([path])
    with pytest.warns(KgWarning, match="implausible amount"):
        ex = extract(doc)
    assert any("华鑫" in e.name for e in ex.entities)


# ---------------------------------------------------------------- ingest

INVISIBLE = {chr(c) for c, repl in CLEAN_TABLE.items() if repl is None}
LINE_BREAKS = {chr(c) for c, repl in CLEAN_TABLE.items() if repl == "\n"}


def _read(path: Path) -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KgWarning)
        try:
            return list(read_documents([path]))
        except IngestError:
            return []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_any_text_is_read_or_refused_and_comes_out_clean(tmp_path, text):
    path = tmp_path / "any.txt"
    path.write_text(text, encoding="utf-8")
    try:
        docs = list(read_documents([path]))
    except IngestError as exc:
        assert str(path) in str(exc)
        return
    for doc in docs:
        assert not (INVISIBLE | LINE_BREAKS | {"\r"}) & set(doc.text)
        assert len(doc.text) == len(doc.simplified)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600), st.sampled_from([".txt", ".html"]))
def test_any_bytes_are_read_or_refused_naming_the_file(tmp_path, data, suffix):
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KgWarning)
        try:
            list(read_documents([path]))
        except IngestError as exc:
            assert str(path) in str(exc)


@INGEST_TIMING
@given(st.lists(st.sampled_from(LINE_PIECES), min_size=1, max_size=6).map("".join),
       st.sampled_from(["\n", "", "\r\n"]))  # fmt: skip
def test_ingest_time_grows_linearly(tmp_path_factory, unit, line_end):
    folder = tmp_path_factory.mktemp("scaling")

    def make(size: int) -> Path:
        path = folder / f"{size}.txt"
        path.write_text("标题\n" + _repeat_to(unit + line_end, size), encoding="utf-8")
        return path

    assert_linear(_read, make, repr(unit + line_end))
