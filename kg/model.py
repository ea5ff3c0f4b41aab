"""The data that flows between kg's stages: frozen dataclasses, deterministic keys.

Flow: ``files -> Document -> Extraction (per document) -> Graph (all documents)``.

Keys are deterministic so that loads are idempotent and golden files stay stable:

* places: ``place:<official code>`` (e.g. ``place:430500000000``), or ``place:<name>`` when no code is known;
* projects sited in a known place: ``project:<normalised name>@<place code>`` (two 锂离子动力电池项目 in two
  cities are two projects);
* everything else: ``<type>:<normalised name>`` (see :func:`normalise_name`).

>>> make_key(EntityType.FIRM, " 山西易高能源有限公司 ")
'firm:山西易高能源有限公司'
>>> make_key(EntityType.PLACE, "邵阳市", code="430500000000")
'place:430500000000'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class EntityType(str, Enum):
    """Entity types; values are the gold schema's names (plus ``industry``)."""

    FIRM = "firm"
    PROJECT = "project"
    PARK = "park"
    PLACE = "place"
    INDUSTRY = "industry"

    @property
    def label(self) -> str:
        """The Neo4j / embedded-store node label (PascalCase)."""
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class RelationSpec:
    """What kg knows of a relation type: one row of :class:`RelType`'s table.

    ``sources``/``targets`` are the entity types its ends may have (every pair of them is allowed);
    ``predicate`` is its RDF property as a CURIE (a prefix of :data:`kg.rdf.vocab.PREFIXES`), and
    ``predicate_for`` the property for a source type that needs another one; ``label`` is how views and
    reports name it; ``scored`` says the gold schema has it, so extraction states it and ``kg eval`` scores
    it; ``transitive`` says it places a thing inside another, so evaluation compares it through the closure
    of every such relation (a project in a park in a city is in the city).
    """

    sources: tuple[EntityType, ...]
    targets: tuple[EntityType, ...]
    predicate: str
    label: str
    scored: bool = False
    transitive: bool = False
    predicate_for: Mapping[EntityType, str] = field(default_factory=dict)

    def allows(self, source: EntityType, target: EntityType) -> bool:
        """Whether a relation of this type may run from a ``source`` to a ``target`` entity."""
        return source in self.sources and target in self.targets

    def predicate_of(self, source: EntityType | str | None) -> str:
        """The RDF property (CURIE) of a relation of this type from a ``source`` entity."""
        return self.predicate_for.get(EntityType(source), self.predicate) if source else self.predicate


FIRM, PROJECT, PARK, PLACE, INDUSTRY = EntityType  # short names for the table below


class RelType(str, Enum):
    """The relation types, and the one table of what kg knows of each: a :class:`RelationSpec` per row (as
    :class:`http.HTTPStatus` carries its phrase).

    The store schema (:mod:`kg.store.schema`), the RDF export (:mod:`kg.rdf.triples`), the HTML views
    (:mod:`kg.viz`) and evaluation (:mod:`kg.evaluate`) all read this table, so a new type is one row here
    plus the rules that find it. Values are the gold schema's names (plus the taxonomy's ``UPSTREAM_OF`` and
    resolution's ``SUBSIDIARY_OF``). An unknown name is an error listing the known ones:

    >>> RelType.LOCATED_IN.spec.label, RelType("PART_OF").spec.predicate
    ('位于', 'schema:containedInPlace')
    >>> RelType("ACQUIRES")
    Traceback (most recent call last):
    ...
    ValueError: unknown relation type 'ACQUIRES'; known: INVESTS_IN, LOCATED_IN, IN_INDUSTRY, PART_OF, \
UPSTREAM_OF, SUBSIDIARY_OF
    """

    _value_: str
    spec: RelationSpec

    def __new__(cls, value: str, spec: RelationSpec | None = None) -> RelType:
        # Called once per row when the class is made; RelType("NAME") looks a member up instead.
        if spec is None:
            raise TypeError(f"relation type {value} has no RelationSpec")
        member = str.__new__(cls, value)
        member._value_ = value
        member.spec = spec
        return member

    @classmethod
    def _missing_(cls, value: object) -> RelType:
        raise ValueError(f"unknown relation type {value!r}; known: {', '.join(t.value for t in cls)}")

    # name, then RelationSpec(sources, targets, RDF predicate, label, flags); SUBSIDIARY_OF runs from a
    # subsidiary or branch to its group, UPSTREAM_OF comes from the chain taxonomy.
    INVESTS_IN = "INVESTS_IN", RelationSpec((FIRM,), (PROJECT,), "kg:investsIn", "投资", scored=True)
    LOCATED_IN = "LOCATED_IN", RelationSpec((PROJECT, PARK, FIRM), (PARK, PLACE), "schema:containedInPlace",
                                            "位于", scored=True, transitive=True,
                                            predicate_for={FIRM: "schema:location"})  # a firm is no Place
    IN_INDUSTRY = "IN_INDUSTRY", RelationSpec((PROJECT, FIRM, PARK), (INDUSTRY,), "kg:inIndustry", "属于",
                                              scored=True)
    PART_OF = "PART_OF", RelationSpec((PLACE,), (PLACE,), "schema:containedInPlace", "隶属", scored=True,
                                      transitive=True)  # child -> parent
    UPSTREAM_OF = "UPSTREAM_OF", RelationSpec((INDUSTRY,), (INDUSTRY,), "kg:upstreamOf", "上游")
    SUBSIDIARY_OF = "SUBSIDIARY_OF", RelationSpec((FIRM,), (FIRM,), "org:subOrganizationOf", "隶属集团")


PLACE_LEVELS = ("province", "city", "county", "town", "village")

# Characters dropped when comparing or keying names: whitespace and quote marks.
RE_NAME_NOISE = re.compile(r"[\s\"'“”‘’「」『』《》〈〉]")


def normalise_name(name: str) -> str:
    """NFKC, drop whitespace and quote marks. Used for keys and comparisons.

    >>> normalise_name("宏 华果业")
    '宏华果业'
    >>> normalise_name("“南三县”天然气长输管道工程")
    '南三县天然气长输管道工程'
    """
    return RE_NAME_NOISE.sub("", unicodedata.normalize("NFKC", name))


def make_key(etype: EntityType | str, name: str, code: str | None = None) -> str:
    """Deterministic node key: ``place:<code>`` for coded places, else ``<type>:<normalised name>``."""
    t = etype if isinstance(etype, EntityType) else EntityType(etype)  # (a call on a member costs more)
    if t is EntityType.PLACE and code:
        return f"place:{code}"
    if t is EntityType.PROJECT and code:
        return f"project:{normalise_name(name)}@{code}"
    return f"{t._value_}:{normalise_name(name)}"  # (.value is a property run in Python; the same string)


@dataclass(frozen=True, slots=True)
class Document:
    """One document as read from a file (a feed file yields several).

    ``text`` is the cleaned text (page noise removed); all offsets in kg point into it.
    ``simplified`` is the same text with traditional characters converted to simplified ones, character by
    character, so ``len(simplified) == len(text)`` and offsets are shared. Extraction reads ``simplified``.
    """

    doc_id: str
    source: str
    title: str | None
    date: str | None  # YYYY-MM-DD or YYYY
    region: str | None  # administrative area the document is about, e.g. 邵阳市
    text: str
    simplified: str = ""
    publisher: str | None = None
    # Pinyin notes the page printed after characters (產(chǎn)), removed from ``text``: by character ("" for
    # one noted with two readings), to write names as the page does (:meth:`as_written`); empty for almost
    # every document.
    pinyin: tuple[tuple[str, str], ...] = ()

    @property
    def year(self) -> int | None:
        """The document's year, from ``date``."""
        if self.date and self.date[:4].isdigit():
            return int(self.date[:4])
        return None

    @property
    def extraction_text(self) -> str:
        """The text extraction runs on (simplified form when there is one)."""
        return self.simplified or self.text

    def as_written(self, form: str) -> str:
        """``form`` (a span of ``text``) as the page wrote it, each character followed by the pinyin note the
        page printed after it; ``form`` itself when it holds a character noted with two readings.

        >>> doc = Document("d", "d.txt", None, None, None, "光電生產基地", pinyin=(("產", "(chǎn)"),))
        >>> doc.as_written("生產基地")
        '生產(chǎn)基地'
        """
        table = dict(self.pinyin)
        if not table or any(table.get(c) == "" for c in form):
            return form
        return "".join(c + table.get(c, "") for c in form)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: a sentence of a document, by character offsets into ``Document.text``."""

    doc_id: str
    sentence: str
    start: int  # sentence start offset in Document.text
    end: int  # sentence end offset (exclusive)
    rule: str  # the rule that produced the fact (or "gazetteer" / "taxonomy" for world knowledge)
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Entity:
    """A firm, project, park, place or industry.

    In an :class:`Extraction` it describes one document (``mentions`` are offsets into that document's text);
    in a :class:`Graph` it is the resolved node across documents (``sources`` lists the documents).
    ``attrs`` holds type-specific extras: a park's ``park_type`` and ``place_code``; a project's ``timeline``
    (list of ``{"year", "stage", "doc_id"}``); an industry's ``chain`` and ``keywords``; a place's
    ``parent_code``.
    """

    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()
    level: str | None = None  # places: province|city|county|town|village
    code: str | None = None  # places: official 12-digit code; projects (in a Graph): the code of their place
    sources: tuple[str, ...] = ()  # doc_ids
    attrs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return make_key(self.type, self.name, self.code)

    @property
    def names(self) -> tuple[str, ...]:
        """Name first, then aliases (no duplicates)."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))


@dataclass(frozen=True, slots=True)
class Relation:
    """A fact between two entities, by key, with the evidence behind it.

    ``amount_cny`` is the investment in yuan (INVESTS_IN only); when the text gives another currency
    (亿美元), ``amount`` / ``currency`` keep it as stated and ``amount_cny`` stays None unless the text
    also gives yuan. ``provenance`` is ``"text"`` for facts the text states, ``"gazetteer"`` or
    ``"taxonomy"`` for world knowledge added at graph time, ``"names"`` for a relation read from two names.
    """

    type: RelType
    source: str  # entity key
    target: str  # entity key
    amount_cny: int | float | None = None  # int | float: compiled callers keep an int an int (not float)
    amount: int | float | None = None
    currency: str | None = None  # "CNY", "USD", ...
    year: int | None = None
    stage: str | None = None  # 签约 | 开工 | 投产 | 竣工 | 建设 | 落户 | 投资 ...
    evidence: tuple[Evidence, ...] = ()
    provenance: str = "text"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.type.value, self.source, self.target)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one document states: its entities and relations (relations refer to entity keys)."""

    doc: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()

    def entity(self, key: str) -> Entity | None:
        for e in self.entities:
            if e.key == key:
                return e
        return None


@dataclass(frozen=True, slots=True)
class Graph:
    """The resolved graph of all documents: the hub every store and export reads.

    ``entities`` maps key -> Entity (with ``sources``); ``relations`` holds one Relation per
    (type, source, target), with every supporting Evidence. ``documents`` maps doc_id -> Document
    metadata (text may be empty to save memory).
    """

    entities: Mapping[str, Entity] = field(default_factory=dict)
    relations: tuple[Relation, ...] = ()
    documents: Mapping[str, Document] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Counts by entity type and relation type, e.g. {"firm": 3, ..., "INVESTS_IN": 2}."""
        out: dict[str, int] = {t.value: 0 for t in EntityType}
        out.update({t.value: 0 for t in RelType})
        for e in self.entities.values():
            out[e.type.value] += 1
        for r in self.relations:
            out[r.type.value] += 1
        return out

    def by_type(self, etype: EntityType | str) -> list[Entity]:
        t = EntityType(etype)
        return sorted((e for e in self.entities.values() if e.type is t), key=lambda e: e.key)
