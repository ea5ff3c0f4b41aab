"""The property-graph schema shared by every store and export (see the project's store schema note).

A resolved :class:`~kg.model.Graph` maps to nodes labelled ``EntityType.label`` (Firm, Project, Park, Place,
Industry) and relationships typed ``RelType.value``. Each property has one of a few engine-neutral types;
the embedded store turns them into DDL types, the Neo4j import files into ``:type`` header suffixes.

>>> [p.name for p in NODE_PROPS["Park"]][-2:]
['park_type', 'place_code']
>>> ("Project", "Park") in REL_PAIRS["LOCATED_IN"]
True
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import EntityType, RelType

# Engine-neutral property types.
STRING = "STRING"
INT64 = "INT64"
DOUBLE = "DOUBLE"
STRING_LIST = "STRING[]"
INT64_LIST = "INT64[]"
LIST_TYPES = (STRING_LIST, INT64_LIST)


@dataclass(frozen=True, slots=True)
class Prop:
    """One property: its name and engine-neutral type."""

    name: str
    type: str

    @property
    def is_list(self) -> bool:
        return self.type in LIST_TYPES


KEY = "key"

COMMON_NODE_PROPS = (
    Prop(KEY, STRING),
    Prop("name", STRING),
    Prop("aliases", STRING_LIST),
    Prop("sources", STRING_LIST),
    Prop("n_sources", INT64),
)

EXTRA_NODE_PROPS: dict[EntityType, tuple[Prop, ...]] = {
    EntityType.FIRM: (),
    EntityType.PROJECT: (Prop("stage", STRING), Prop("year", INT64), Prop("timeline", STRING_LIST)),
    EntityType.PARK: (Prop("park_type", STRING), Prop("place_code", STRING)),
    EntityType.PLACE: (Prop("level", STRING), Prop("code", STRING), Prop("full_name", STRING)),
    EntityType.INDUSTRY: (Prop("chain", STRING), Prop("position", INT64), Prop("keywords", STRING_LIST)),
}

# Label -> properties in column order (``key`` first).
NODE_PROPS: dict[str, tuple[Prop, ...]] = {
    t.label: COMMON_NODE_PROPS + EXTRA_NODE_PROPS[t] for t in EntityType
}
LABELS: tuple[str, ...] = tuple(NODE_PROPS)
LABEL_OF_TYPE: dict[str, str] = {t.value: t.label for t in EntityType}

EVIDENCE_PROPS = (
    Prop("provenance", STRING),
    Prop("n_evidence", INT64),
    Prop("ev_doc", STRING_LIST),
    Prop("ev_sentence", STRING_LIST),
    Prop("ev_start", INT64_LIST),
    Prop("ev_end", INT64_LIST),
    Prop("ev_rule", STRING_LIST),
    Prop("confidence", DOUBLE),
)

# Properties a relationship type has beyond its evidence (the others have none).
EXTRA_REL_PROPS: dict[RelType, tuple[Prop, ...]] = {
    RelType.INVESTS_IN: (
        Prop("amount_cny", DOUBLE),
        Prop("amount", DOUBLE),
        Prop("currency", STRING),
        Prop("year", INT64),
        Prop("stage", STRING),
    ),
}

# Rel type -> properties in column order (the endpoints ``src``/``dst`` are not properties).
REL_PROPS: dict[str, tuple[Prop, ...]] = {
    t.value: EXTRA_REL_PROPS.get(t, ()) + EVIDENCE_PROPS for t in RelType
}
REL_TYPES: tuple[str, ...] = tuple(REL_PROPS)

# The (FROM label, TO label) pairs each relationship type connects: every pair the type's row in
# :class:`~kg.model.RelType` allows. A store may add pairs a graph uses beyond these (the embedded store
# declares whatever occurs), but these always exist.
REL_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    t.value: tuple((a.label, b.label) for a in t.spec.sources for b in t.spec.targets) for t in RelType
}

# The name index: one ``Name`` node per normalised name or alias (``kg.model.normalise_name``) with a
# ``NAMES`` relationship to every entity it names, so a recipe finds an entity by name through the primary key
# (Ladybug indexes only ``key``; Neo4j gets a uniqueness constraint on it). It is an index, not a fact:
# counts, exports of facts and ``LABELS`` / ``REL_TYPES`` leave it out.
NAME_LABEL = "Name"
NAMES_REL = "NAMES"
NAME_PROPS = (Prop(KEY, STRING),)
NAMES_PAIRS: tuple[tuple[str, str], ...] = tuple((NAME_LABEL, label) for label in LABELS)

# The containment index (the embedded store only): an ``IN_PLACE`` relationship from each project to every
# place it reaches through ``LOCATED_IN*1..2`` (directly or through its park), so a recipe finds a place's
# projects in one step (Ladybug joins the end nodes of a variable-length step by scanning their whole table).
# Derived from LOCATED_IN at load time; an index, not a fact: counts, exports and ``REL_TYPES`` leave it out.
PLACE_LINK_REL = "IN_PLACE"
PLACE_LINK_PAIR = ("Project", "Place")

# Values that must be stored as plain Python types (results of both backends are normalised to these).
SCALAR_TYPES = (str, int, float, bool, type(None))
