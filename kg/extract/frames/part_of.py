"""PART_OF frames: chained place names (湖南省郴州市桂阳县, (山东省)2020年莱州市), lists after a chain link
(湖南省临湘市、岳阳县) and statements (州府吉首, 邵阳市作为湖南省…). The gazetteer must agree that the child
lies inside the parent; world knowledge alone (邵阳市 is in 湖南省) is added at graph time, not here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.mentions import PLACE, Found
from kg.model import RelType

# What may stand between two chained places: nothing, or a header's bracket and year ((山东省)2020年莱州市).
RE_CHAIN_GAP: Final = re.compile(r"^(?:|[)）]\s?(?:(?:19|20)\d{2}年)?)$")
LIST_GAPS: Final = ("、", "和", "及")
# "州府吉首", "省会长沙", "市域副中心赤壁市": the place named is inside the document's region.
RE_SEAT_BEFORE: Final = re.compile(r"(?:州府|市府|省会|首府|县城|府所在地"
                            r"|(?:市域|州域|省域|县域)[\u4e00-\u9fff]{0,5})$")
AS_MEMBER_WINDOW: Final = 30


def _within(f: Found, child: int, parent: int, lex_within) -> bool:  # type: ignore[no-untyped-def]
    a, b = f.mentions[child].code, f.mentions[parent].code
    return bool(a and b and a != b and lex_within(a, b))


def _places(f: Found) -> list[int]:
    return [i for i, m in enumerate(f.mentions) if m.type is PLACE and not m.inner]


@frame("part_of.chain")
def chain(f: Found) -> Iterator[Fact]:
    """湖南省郴州市桂阳县: adjacent places, each inside the one before it; 湖南省临湘市、岳阳县: places
    listed after a chain link are in the same parent."""
    within = f.within
    places = _places(f)
    parent_of_list: int | None = None
    for a, b in zip(places, places[1:], strict=False):
        ma, mb = f.mentions[a], f.mentions[b]
        gap = f.text[ma.end : mb.start]
        if RE_CHAIN_GAP.match(gap) and _within(f, b, a, within):
            yield Fact(RelType.PART_OF, b, a, f.sentence_of(mb.start), "part_of.chain", 0.95)
            parent_of_list = a
        elif gap in LIST_GAPS and parent_of_list is not None:
            if _within(f, b, parent_of_list, within):
                yield Fact(RelType.PART_OF, b, parent_of_list, f.sentence_of(mb.start), "part_of.chain", 0.85)
            else:
                parent_of_list = None
        else:
            parent_of_list = None


@frame("part_of.statement")
def statement(f: Found) -> Iterator[Fact]:
    """"州府吉首" (the region's seat), "邵阳市作为湖南省…" (A 作为 B's …)."""
    within = f.within
    places = _places(f)
    region = f.region_index
    for k, i in enumerate(places):
        m = f.mentions[i]
        sent = f.sentence_of(m.start)
        before = f.text[max(sent.start, m.start - 8) : m.start]
        if region is not None and region != i and RE_SEAT_BEFORE.search(before) and \
                _within(f, i, region, within):
            yield Fact(RelType.PART_OF, i, region, sent, "part_of.statement", 0.8)
        if k > 0 and f.text[max(sent.start, m.start - 2) : m.start] == "作为":
            a = places[k - 1]
            am = f.mentions[a]
            if am.start >= sent.start and m.start - am.end <= AS_MEMBER_WINDOW and _within(f, a, i, within):
                yield Fact(RelType.PART_OF, a, i, sent, "part_of.statement", 0.7)
