"""The records of :mod:`kg.model` that extraction makes for every document (:class:`Entity`,
:class:`Relation`, :class:`Evidence`), built without their dataclass ``__init__``.

``kg.model`` is not compiled (its enums are no mypyc classes), so the ``__init__`` the dataclass decorator
writes for these frozen classes runs interpreted, one ``object.__setattr__`` per field; these builders make
the same object the same way (no ``__post_init__``, no default factory left to run: every field is
given) from compiled code, several times faster. ``tests/test_spans.py`` checks each builder gives what the
class's own ``__init__`` gives for every field.

>>> from kg.model import EntityType
>>> e = new_entity(EntityType.FIRM, "甲公司", (), ((0, 3),), None, None, {})
>>> e == Entity(EntityType.FIRM, "甲公司", mentions=((0, 3),))
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.model import Entity, EntityType, Evidence, Relation, RelType


def new_entity(type: EntityType, name: str, aliases: tuple[str, ...], mentions: tuple[tuple[int, int], ...],
               level: str | None, code: str | None, attrs: Mapping[str, Any],
               sources: tuple[str, ...] = ()) -> Entity:
    """``Entity(type, name, aliases, mentions, level, code, sources, attrs)``."""
    e = object.__new__(Entity)
    object.__setattr__(e, "type", type)
    object.__setattr__(e, "name", name)
    object.__setattr__(e, "aliases", aliases)
    object.__setattr__(e, "mentions", mentions)
    object.__setattr__(e, "level", level)
    object.__setattr__(e, "code", code)
    object.__setattr__(e, "sources", sources)
    object.__setattr__(e, "attrs", attrs)
    return e


def new_relation(type: RelType, source: str, target: str, amount_cny: int | float | None,
                 amount: int | float | None, currency: str | None, year: int | None, stage: str | None,
                 evidence: tuple[Evidence, ...], provenance: str = "text") -> Relation:
    """``Relation(type, source, target, amount_cny, amount, currency, year, stage, evidence, provenance)``
    (an int amount stays an int)."""
    r = object.__new__(Relation)
    object.__setattr__(r, "type", type)
    object.__setattr__(r, "source", source)
    object.__setattr__(r, "target", target)
    object.__setattr__(r, "amount_cny", amount_cny)
    object.__setattr__(r, "amount", amount)
    object.__setattr__(r, "currency", currency)
    object.__setattr__(r, "year", year)
    object.__setattr__(r, "stage", stage)
    object.__setattr__(r, "evidence", evidence)
    object.__setattr__(r, "provenance", provenance)
    return r


def new_evidence(doc_id: str, sentence: str, start: int, end: int, rule: str, confidence: float) -> Evidence:
    """``Evidence(doc_id, sentence, start, end, rule, confidence)``."""
    ev = object.__new__(Evidence)
    object.__setattr__(ev, "doc_id", doc_id)
    object.__setattr__(ev, "sentence", sentence)
    object.__setattr__(ev, "start", start)
    object.__setattr__(ev, "end", end)
    object.__setattr__(ev, "rule", rule)
    object.__setattr__(ev, "confidence", confidence)
    return ev


__all__ = ["new_entity", "new_evidence", "new_relation"]
