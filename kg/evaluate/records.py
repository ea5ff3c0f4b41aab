"""Gold and predicted records (dicts in the gold JSONL shape): reading them and checking their shape.

A record is ``{"doc_id", "text",
"entities": {"firm"|"project"|"park"|"place": [{"name", "aliases", "level"?}]},
"relations": [{"type": "INVESTS_IN", "firm", "project", "amount_cny"} | {"type", "subject", "object"}],
"notes": [...]}``. Predictions may carry more keys (mentions, code, evidence, other entity and relation
types); those are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.evaluate.names import (
    DROPPED_PLACE_LEVELS,
    ENTITY_TYPES,
    RELATION_TYPES,
    DontCare,
    compare_form,
    parse_dont_care,
)


class EvalError(KgError):
    """A gold or prediction file (or record) cannot be scored."""


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSONL file (blank lines skipped); errors name the file and line."""
    p = Path(path)
    if p.is_dir():
        raise EvalError(f"{p}: is a folder, not a JSONL file (kg eval --on extracts documents first)")
    if not p.is_file():
        raise EvalError(f"{p}: no such file")
    try:
        with p.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvalError(f"{p}:{lineno}: not valid JSON ({exc.msg})") from exc
                if not isinstance(rec, dict):
                    raise EvalError(f"{p}:{lineno}: expected a JSON object, got {type(rec).__name__}")
                if not isinstance(rec.get("doc_id"), str) or not rec["doc_id"]:
                    raise EvalError(f"{p}:{lineno}: the object has no doc_id")
                yield rec
    except UnicodeDecodeError as exc:
        raise EvalError(f"{p}: not UTF-8 text ({exc.reason})") from exc


@dataclass(frozen=True)
class Ent:
    """One entity of a document. ``names`` (compare form) are what it is judged by."""

    type: str
    name: str
    names: frozenset[str]
    key: str  # compare form of the name
    lookup: frozenset[str]  # compare forms of the name and every alias: how relation ends find it


@dataclass(frozen=True)
class Rel:
    """One relation; ``subject``/``object`` are the names given (firm/project for INVESTS_IN)."""

    type: str
    subject: str
    object: str
    amount: float | None = None


@dataclass(frozen=True)
class Doc:
    """A record ready to score: entities by type, relations of the scored types, don't-care lists."""

    doc_id: str
    entities: dict[str, tuple[Ent, ...]]
    relations: tuple[Rel, ...]
    dont_care: DontCare
    dropped: frozenset[str]  # compare forms of predicted places dropped for their level


def _str_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise EvalError(f"{where}: expected a list of strings")
    return value


def _amount(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EvalError(f"{where}: amount_cny must be a number or null, got {value!r}")
    return float(value)


def parse_doc(rec: Mapping[str, Any], side: str, text_cf: str) -> Doc:
    """Check one record and turn it into a :class:`Doc`.

    ``side`` is ``"gold"`` or ``"prediction"``. A gold entity is judged by its name and aliases; a predicted
    one by its name alone when the name is written in the text (``text_cf``, the gold text in compare form),
    else by name and aliases.
    """
    doc_id = rec["doc_id"]
    where = f"{side} {doc_id}"
    raw_entities = rec.get("entities") or {}
    if not isinstance(raw_entities, Mapping):
        raise EvalError(f"{where}: 'entities' must be an object of lists by type")
    entities: dict[str, tuple[Ent, ...]] = {}
    dropped: set[str] = set()
    for etype in ENTITY_TYPES:
        items = raw_entities.get(etype) or []
        if not isinstance(items, list):
            raise EvalError(f"{where}: entities.{etype} must be a list")
        out: list[Ent] = []
        for i, item in enumerate(items):
            at = f"{where}: {etype} #{i + 1}"
            if (
                not isinstance(item, Mapping)
                or not isinstance(item.get("name"), str)
                or not item["name"].strip()
            ):
                raise EvalError(f"{at} has no name")
            key = compare_form(item["name"])
            aliases = [compare_form(a) for a in _str_list(item.get("aliases"), f"{at} aliases")]
            if side != "gold" and etype == "place" and item.get("level") in DROPPED_PLACE_LEVELS:
                dropped.update((key, *aliases))
                continue
            lookup = frozenset((key, *aliases)) - {""}
            judged = frozenset((key,)) if side != "gold" and key in text_cf else lookup
            out.append(Ent(etype, item["name"], judged, key, lookup))
        entities[etype] = tuple(out)
    raw_relations = rec.get("relations") or []
    if not isinstance(raw_relations, list):
        raise EvalError(f"{where}: 'relations' must be a list")
    relations: list[Rel] = []
    for i, r in enumerate(raw_relations):
        at = f"{where}: relation #{i + 1}"
        if not isinstance(r, Mapping) or not isinstance(r.get("type"), str):
            raise EvalError(f"{at} has no type")
        if r["type"] not in RELATION_TYPES:
            continue  # UPSTREAM_OF and other types the gold does not have
        ends = ("firm", "project") if r["type"] == "INVESTS_IN" else ("subject", "object")
        for end in ends:
            if not isinstance(r.get(end), str) or not r[end].strip():
                raise EvalError(f"{at} ({r['type']}) has no {end!r}")
        amount = _amount(r.get("amount_cny"), at) if r["type"] == "INVESTS_IN" else None
        relations.append(Rel(r["type"], r[ends[0]], r[ends[1]], amount))
    notes = _str_list(rec.get("notes"), f"{where}: notes") if side == "gold" else []
    return Doc(doc_id, entities, tuple(relations), parse_dont_care(notes), frozenset(dropped))
