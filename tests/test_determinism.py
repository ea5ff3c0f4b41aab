"""The same text gives the same extraction whatever Python's string-hash seed (PYTHONHASHSEED) is."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# A list of parks from seed002: 赤壁市华舟应急装备产业基地 is found as a park under some hash seeds only (the
# suffix finder offers it as a project and as a park, in set order, and the first offer types the span).
TEXT = ("2023年咸宁市政府工作报告\n智能装备制造产业做强咸宁高新区国家级智能机电产业集群、"
        "咸安区新能源汽车零部件产业园、赤壁市华舟应急装备产业基地、通山县星光农机产业园。")
SCRIPT = """
import sys
from kg.pipeline import extract_text
ex = extract_text(sys.argv[1])
print(sorted((e.type.value, e.name) for e in ex.entities))
"""


def _entities(hash_seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(hash_seed)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, TEXT], env=env, capture_output=True, text=True,
                          timeout=300, check=True)
    return done.stdout


@pytest.mark.xfail(strict=True, reason="span typing in kg.extract.spans follows set order (reported)")
def test_extraction_does_not_depend_on_the_hash_seed() -> None:
    assert _entities(1) == _entities(2)
