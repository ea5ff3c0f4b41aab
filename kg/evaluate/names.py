"""How names compare, and the gold's don't-care lists (``left out <type>: a、b — why`` notes).

>>> compare_form(" “集客魔方”網紅直播基地 ")
'集客魔方网红直播基地'
>>> dc = parse_dont_care(["left out firm: 中联/中联重科、山河 — brand fragments", "note: free text"])
>>> sorted(dc.names["firm"])
['中联', '中联重科', '山河']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import RelType, normalise_name

ENTITY_TYPES = ("firm", "project", "park", "place")  # the gold's entities (industries are words in it)
# The relation types scored, from the relation table (kg.model.RelType): those the gold schema has.
RELATION_TYPES = tuple(t.value for t in RelType if t.spec.scored)
# Those that place a thing inside another: scored against the transitive closure of the other side.
LOCATION_TYPES = tuple(t.value for t in RelType if t.spec.scored and t.spec.transitive)
# The gold entity types each end of a relation may refer to (from the table's sources and targets); None:
# the gold writes that end as a free word (an industry), matched by containment (:func:`industry_match`).
SLOT_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    t.value: (
        tuple(e.value for e in t.spec.sources if e.value in ENTITY_TYPES),
        tuple(e.value for e in t.spec.targets if e.value in ENTITY_TYPES) or None,
    )
    for t in RelType
    if t.spec.scored
}

# A gold note that lists don't-care names: "left out <type>: a、b/b2、c — why".
RE_LEFT_OUT = re.compile(r"^\s*left out (?P<type>[A-Za-z_]+)\s*:\s*(?P<items>.*?)\s*(?:\s[—–]+\s.*)?$", re.S)
# One "A TYPE B" item of a "left out relation" note.
RE_LEFT_OUT_RELATION = re.compile(r"^(?P<subject>.+?)\s+(?P<type>[A-Z_]+)\s+(?P<object>.+)$", re.S)
NOTE_ITEM_SEP = "、"
NOTE_VARIANT_SEP = "/"
# An industry word matches another when one contains the other and the shorter has this many characters.
MIN_INDUSTRY_OVERLAP = 2
# Predicted places at these levels are out of the gold's scope and dropped before scoring.
DROPPED_PLACE_LEVELS = ("village",)


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def compare_form(name: str) -> str:
    """The form names are compared in: NFKC, no whitespace or quote marks, simplified characters."""
    return str(_t2s().convert(normalise_name(name)))


def compare_text(text: str) -> str:
    """A whole document text in compare form (not cached), to test whether a name is written in it."""
    return str(_t2s().convert(normalise_name(text)))


def industry_match(a: str, b: str) -> bool:
    """Two industry words (in compare form) match when one contains the other, the shorter >= 2 characters.

    >>> industry_match("新能源", "新能源汽车"), industry_match("汽车", "新能源汽车")
    (True, True)
    >>> industry_match("车", "汽车")
    False
    """
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_INDUSTRY_OVERLAP and short in long_


@dataclass(frozen=True)
class DontCare:
    """Names (compare form, per entity type) and relations the gold leaves out: they count neither way.

    A left-out name is don't-care whatever type a prediction gives it: the notes file some names under one
    type while saying they could be read as another (幕阜山电商产业村: park or project; 特色小镇: neither
    a park nor a clear project).
    """

    names: dict[str, frozenset[str]] = field(default_factory=dict)
    # (type, subject names, object names), names in compare form
    relations: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = ()
    unknown: tuple[str, ...] = ()  # notes whose type is not an entity type or "relation"

    def has_name(self, names: Iterable[str]) -> bool:
        names = set(names)
        return any(not left_out.isdisjoint(names) for left_out in self.names.values())

    def has_relation(self, rtype: str, subject: Iterable[str], obj: Iterable[str]) -> bool:
        subject, obj = set(subject), set(obj)
        for t, s, o in self.relations:
            if t != rtype or s.isdisjoint(subject):
                continue
            if SLOT_TYPES[rtype][1] is None:
                if any(industry_match(x, y) for x in o for y in obj):
                    return True
            elif not o.isdisjoint(obj):
                return True
        return False


def _variants(item: str) -> frozenset[str]:
    return frozenset(compare_form(v) for v in item.split(NOTE_VARIANT_SEP) if v.strip())


def parse_dont_care(notes: Iterable[str]) -> DontCare:
    """Read the ``left out <type>: …`` notes of one gold document."""
    names: dict[str, set[str]] = {}
    relations: list[tuple[str, frozenset[str], frozenset[str]]] = []
    unknown: list[str] = []
    for note in notes:
        m = RE_LEFT_OUT.match(note)
        if not m:
            continue
        etype = m["type"]
        items = [i.strip() for i in m["items"].split(NOTE_ITEM_SEP) if i.strip()]
        if etype in ENTITY_TYPES:
            for item in items:
                names.setdefault(etype, set()).update(_variants(item))
        elif etype == "relation":
            for item in items:
                r = RE_LEFT_OUT_RELATION.match(item)
                if r and r["type"] in RELATION_TYPES:
                    relations.append((r["type"], _variants(r["subject"]), _variants(r["object"])))
                else:
                    unknown.append(item)
        else:
            unknown.append(note)
    return DontCare({t: frozenset(v) for t, v in names.items()}, tuple(relations), tuple(unknown))
