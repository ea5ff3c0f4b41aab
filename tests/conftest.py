"""Shared fixtures. Tests never read ../shared: the seeds and a copy of the gold file live in the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold_seeds.jsonl"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold_path() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus built once (``kg build seeds/``) into a temporary store folder."""
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("seed-store")
    build([SEEDS], store_dir=folder)
    return folder
