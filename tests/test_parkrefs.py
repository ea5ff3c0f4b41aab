"""A park referred back to by its kind alone (在开发区建设P) is the last park of that kind the text named."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Document, EntityType, RelType

CASES = [
    # (text, project, park the project is placed in, or None)
    ("红星经济技术开发区举行签约仪式。华达集团拟在开发区建设汽车配件项目。",
     "汽车配件项目", "红星经济技术开发区"),
    ("今年，青松生态纺织产业园新建厂房10万平方米。远山集团计划投资20亿元在园区建设高档面料项目。",
     "高档面料项目", "青松生态纺织产业园"),
    ("今年，青松生态纺织产业园新建厂房10万平方米。远山集团高档面料项目已落户该园区。",
     "远山集团高档面料项目", "青松生态纺织产业园"),
    # the kind does not fit the park named before (a 高新区 is no 经济技术开发区): no park
    ("红星经济技术开发区位于城东。华达集团在高新区建设汽车配件项目。",
     "汽车配件项目", None),
    # no park named before the reference: none
    ("华达集团拟在开发区建设汽车配件项目。红星经济技术开发区举行签约仪式。",
     "汽车配件项目", None),
]


@pytest.mark.parametrize(("text", "project", "park"), CASES)
def test_a_park_referred_back_to_places_the_project(text: str, project: str, park: str | None) -> None:
    ex = extract(Document("t", "t.txt", None, "2023", None, text))
    names = {e.key: e.name for e in ex.entities}
    placed = {names[r.target] for r in ex.relations
              if r.type is RelType.LOCATED_IN and names[r.source] == project}
    parks = {e.name for e in ex.entities if e.type is EntityType.PARK}
    assert project in names.values()
    if park is None:
        assert not placed & parks
    else:
        assert park in placed


def test_a_reference_is_no_alias_of_the_park() -> None:
    ex = extract(Document("t", "t.txt", None, "2023", None,
                          "红星经济技术开发区举行签约仪式。华达集团拟在开发区建设汽车配件项目。"))
    park = next(e for e in ex.entities if e.type is EntityType.PARK)
    assert park.name == "红星经济技术开发区" and "开发区" not in park.aliases
    assert len([e for e in ex.entities if e.type is EntityType.PARK]) == 1
