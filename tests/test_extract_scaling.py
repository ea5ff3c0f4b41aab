"""Extraction's work grows linearly with its input, even on text made to trip the grammar (a page without
punctuation, one suffix repeated, a list that never ends): 10x the input must cost well under 100x the time.

The measuring is :func:`test_scaling.assert_linear` (process CPU time, best of a few runs, no wall-time
limit).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_scaling import LINEAR_GROWTH_LIMIT, _repeat_to, assert_linear, growth

from kg.extract import extract
from kg.model import Document

ROOT = Path(__file__).resolve().parent.parent

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# fmt: off
UNITS = [
    "由有限公司",          # a legal suffix after 由, over and over (the investor frame)
    "经开区",              # a park type with nothing before it
    "等项目",              # a list tail with no list
    "项目总投资1亿元。",   # an amount that refers back to a project that is never named
    "华为",                # a known firm name, thousands of times in one sentence
    "、年产10万吨正极材料",  # a list of suffixless items that never closes
]
# fmt: on


def _extract(text: str) -> object:
    return extract(Document("scale", "scale.txt", None, "2023", "湖南省", text))


@pytest.mark.parametrize("unit", UNITS)
def test_extraction_time_grows_linearly(unit: str) -> None:
    assert_linear(_extract, lambda size: _repeat_to(unit, size), f"extract({unit!r} * n)")


def test_extraction_of_real_text_grows_linearly() -> None:
    text = (SEEDS / "seed002.txt").read_text(encoding="utf-8")
    assert_linear(_extract, lambda size: _repeat_to(text, size)[: size // 3], "extract(seed text * n)")


def _project_table(size: int) -> str:
    """A Word table of distinct projects and firms (a name each row) of about ``size`` UTF-8 bytes."""
    rows = ["序号\t项目名称\t建设单位\t总投资（亿元）\t建设地点"]
    n = 0
    while sum(len(r.encode("utf-8")) + 1 for r in rows) < size:
        rows.append(f"{n + 1}\t年产{n + 1}万吨新材料{n}号项目\t湖南华{n}新材料有限公司\t{n % 50 + 1}"
                    "\t长沙经开区")
        n += 1
    return "\n".join(rows)


TABLE_SIZES = (20_000, 200_000)  # about 340 and 3,400 rows: comparing every name with every other shows here


def test_extraction_of_a_long_table_of_distinct_projects_grows_linearly() -> None:
    """Every row names a project and a firm of its own: folding names and finding firms at project heads
    must not compare every name with every other."""
    small, big = (_project_table(n) for n in TABLE_SIZES)
    ratio = growth(_extract, small, big)
    assert ratio < LINEAR_GROWTH_LIMIT, f"a table 10x longer took {ratio:.0f}x the time"


# -- determinism: the same text gives the same extraction whatever Python's string hashing -------------------
@pytest.mark.parametrize("extractor", ["rules", "hybrid"])
def test_extraction_does_not_depend_on_hash_seed(tmp_path: Path, extractor: str) -> None:
    """Sets iterate in an order that changes with PYTHONHASHSEED; no choice between readings (a suffix that is
    both a park's and a project's) may depend on it."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"ex{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg", "extract", str(ROOT / "seeds"), "-o", str(out),
                        "--extractor", extractor], check=True, env=env, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


# -- any text: extraction neither fails nor invents offsets -----------------------------------------------
# Pieces of investment news and page noise, shuffled into texts no rule was written for.
PIECES = ["山西易高能源有限公司", "投资", "16亿元", "建设", "锂离子电池项目", "在", "邵阳经开区", "签约",
          "，", "。", "由", "和", "、", "等", "项目", "有限公司", "产业园", "（", "）", "湖南省", "邵阳市",
          "年产", "10万吨", "的", "一期", "落户", "该项目", "位于", "\n", " ", "①", "=", "<p>", "总投资",
          "亿元", "集团", "与", "签订协议"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=80))
def test_any_text_extracts_with_offsets_inside_it(pieces: list[str]) -> None:
    """Whatever the order of the pieces, extraction returns, every mention lies inside the text and says what
    the text says there, and every fact's sentence is a slice of the text that holds both its ends' names."""
    text = "".join(pieces)
    ex = extract(Document("h", "h.txt", None, "2023", "邵阳市", text))
    names = {e.key: e for e in ex.entities}
    for e in ex.entities:
        for s, t in e.mentions:
            assert 0 <= s < t <= len(text)
    for r in ex.relations:
        assert r.source in names and r.target in names
        for ev in r.evidence:
            assert text[ev.start : ev.end].strip() == ev.sentence
