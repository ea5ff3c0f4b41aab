"""Relation frames: each is a named function that reads the analysed document and yields facts, with the
sentence behind each. Frames sit in a registry by name (:data:`FRAMES`); a fact records the frame that found
it, and so does its evidence.

>>> sorted(FRAMES)[:3]
['in_industry.leader', 'in_industry.list', 'in_industry.name']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from kg.extract.mentions import Found
from kg.extract.text import Span
from kg.model import RelType


@dataclass(frozen=True, slots=True, init=False)
class Fact:
    """A relation a frame found: ends are mention indexes into ``Found.mentions``."""

    type: RelType
    source: int
    target: int
    sentence: Span
    frame: str
    confidence: float
    amount: int | None = None  # index into Found.amounts, when the frame ties one to this fact
    stage: str | None = None
    shared: bool = False  # the text names other investors, not firms (由X与县城投公司共同投资): no amount

    def __init__(self, type: RelType, source: int, target: int, sentence: Span, frame: str, confidence: float,
                 amount: int | None = None, stage: str | None = None, shared: bool = False) -> None:
        # the dataclass's __init__, written out: mypyc compiles it (the generated one runs interpreted)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "source", source)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "frame", frame)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "stage", stage)
        object.__setattr__(self, "shared", shared)


FrameFn = Callable[[Found], Iterator[Fact]]
FRAMES: Final[dict[str, FrameFn]] = {}


def frame(name: str) -> Callable[[FrameFn], FrameFn]:
    """Register a frame under ``name`` (its facts carry the name)."""

    def add(fn: FrameFn) -> FrameFn:
        if name in FRAMES:
            raise ValueError(f"frame {name!r} registered twice")
        FRAMES[name] = fn
        return fn

    return add


def run_frames(found: Found, names: list[str] | None = None) -> list[Fact]:
    """Every fact of the frames named (all frames by default), in registry order."""
    out: list[Fact] = []
    for name, fn in FRAMES.items():
        if names is None or name in names:
            out.extend(fn(found))
    return out


# (importing the frame modules registers their frames)
from kg.extract.frames import (  # noqa: E402,F401
    after,
    anaphora,
    industry,
    invests,
    invests_introduce,
    invests_owner,
    joint,
    located,
    located_in_name,
    located_lists,
    located_parties,
    part_of,
    setting,
    sites,
    tables,
    vehicle,
)

# isort: split
from kg.extract.frames import respectively, shares  # noqa: E402,F401  (after the other INVESTS_IN frames)

# isort: split
from kg.extract.frames import events  # noqa: E402,F401  (registered after located: event hosts come last)
