"""CSV files for ``neo4j-admin database import full`` (the fastest way to fill a new Neo4j with a big graph).

One node file per label (``<Label>.csv``) and one relationship file per (type, from label, to label)
(``<TYPE>__<From>__<To>.csv``), each with its own header row. Every label is its own ID space
(``key:ID(Firm)``), so relationship files say ``:START_ID(Firm)`` / ``:END_ID(Project)``; the ``key``
property is kept. Lists are ``:string[]`` / ``:long[]`` with items joined by :data:`ARRAY_DELIMITER`
(U+001F, which no document text holds; the command passes it as ``--array-delimiter=U+001F``).
Note: neo4j-admin stores an empty list as no property (null), unlike the loaders.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from kg.atomic import out_of_space, staged_files
from kg.errors import StoreError
from kg.model import Graph
from kg.store.rows import name_rows, node_rows, rel_rows
from kg.store.schema import (
    DOUBLE,
    INT64,
    INT64_LIST,
    NAME_LABEL,
    NAMES_REL,
    NODE_PROPS,
    REL_PROPS,
    STRING_LIST,
    Prop,
)

ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_ARG = "U+001F"
# Schema type -> neo4j-admin header type.
ADMIN_TYPES = {DOUBLE: "double", INT64: "long", STRING_LIST: "string[]", INT64_LIST: "long[]"}
DEFAULT_DATABASE = "neo4j"


def _header(p: Prop) -> str:
    t = ADMIN_TYPES.get(p.type)
    return f"{p.name}:{t}" if t else p.name


def _cell(value: Any, prop: Prop, where: str) -> Any:
    if value is None:
        return ""
    if prop.is_list:
        items = [str(v) for v in value]
        if any(ARRAY_DELIMITER in x for x in items):
            raise StoreError(f"{where}: a {prop.name} item holds the array delimiter U+001F")
        return ARRAY_DELIMITER.join(items)
    if isinstance(value, float):
        return repr(value)
    return value


def write_neo4j_import(
    graph: Graph, directory: str | Path, database: str = DEFAULT_DATABASE
) -> dict[str, Any]:
    """Write the import CSVs into ``directory``, all or none (a graph it cannot write leaves nothing behind);
    returns ``{"nodes": [...], "relationships": [...], "command": "neo4j-admin database import full ..."}``
    (paths as written)."""
    out = Path(directory)
    try:
        with staged_files(out) as stage:
            node_files, rel_files = _write_files(graph, stage)
    except OSError as exc:
        if out_of_space(exc, out):
            raise StoreError(f"{out}: disk full while writing the import files; nothing left behind") from exc
        raise StoreError(f"{out}: cannot write the import files ({exc.strerror or exc})") from exc
    node_files = [str(out / Path(p).name) for p in node_files]
    rel_files = [str(out / Path(p).name) for p in rel_files]
    return {
        "nodes": node_files,
        "relationships": rel_files,
        "command": import_command(node_files, rel_files, database),
    }


def _write_files(graph: Graph, out: Path) -> tuple[list[str], list[str]]:
    """Write every import CSV into ``out``; returns (node files, relationship files)."""
    node_files: list[str] = []
    rel_files: list[str] = []
    for label, rows in node_rows(graph).items():
        props = NODE_PROPS[label]
        header = [f"key:ID({label})", *(_header(p) for p in props[1:]), ":LABEL"]
        path = out / f"{label}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            for row in rows:
                w.writerow(
                    [*(_cell(v, p, f"{label} {row[0]}") for v, p in zip(row, props, strict=True)), label]
                )
        node_files.append(str(path))
    for (rel_type, a, b), rows in rel_rows(graph).items():
        props = REL_PROPS[rel_type]
        header = [f":START_ID({a})", f":END_ID({b})", *(_header(p) for p in props), ":TYPE"]
        path = out / f"{rel_type}__{a}__{b}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            for row in rows:
                where = f"{rel_type} {row[0]} -> {row[1]}"
                w.writerow(
                    [
                        row[0],
                        row[1],
                        *(_cell(v, p, where) for v, p in zip(row[2:], props, strict=True)),
                        rel_type,
                    ]
                )
        rel_files.append(str(path))
    names, links = name_rows(graph)  # the name index the recipes look names up in
    path = out / f"{NAME_LABEL}.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([f"key:ID({NAME_LABEL})", ":LABEL"])
        w.writerows((key, NAME_LABEL) for (key,) in names)
    node_files.append(str(path))
    for label, pairs in links.items():
        if not pairs:
            continue
        path = out / f"{NAMES_REL}__{NAME_LABEL}__{label}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([f":START_ID({NAME_LABEL})", f":END_ID({label})", ":TYPE"])
            w.writerows((a, b, NAMES_REL) for a, b in pairs)
        rel_files.append(str(path))
    return node_files, rel_files


def import_command(node_files: list[str], rel_files: list[str], database: str = DEFAULT_DATABASE) -> str:
    """The ``neo4j-admin`` command that imports the files (into a new or overwritten database; stop the
    server first, or import into a database that does not exist yet)."""
    parts = [
        "neo4j-admin database import full",
        f"--array-delimiter={ARRAY_DELIMITER_ARG}",
        "--multiline-fields=true",
        "--overwrite-destination=true",
    ]
    parts += [f"--nodes={p}" for p in node_files]
    parts += [f"--relationships={p}" for p in rel_files]
    parts.append(database)
    return " ".join(parts)


def read_neo4j_import(path: str | Path) -> tuple[list[str], list[dict[str, Any]]]:
    """Read one import CSV back: (header, rows as dicts typed by the header). For tests and checks."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = []
        for rec in reader:
            row: dict[str, Any] = {}
            for col, cell in zip(header, rec, strict=True):
                name, _, typ = col.partition(":")
                name = name or col
                if typ.endswith("[]"):
                    items = cell.split(ARRAY_DELIMITER) if cell else []
                    row[name] = [int(x) for x in items] if typ == "long[]" else items
                elif cell == "":
                    row[name] = None
                elif typ == "long":
                    row[name] = int(cell)
                elif typ == "double":
                    row[name] = float(cell)
                else:
                    row[name] = cell
            rows.append(row)
    return header, rows
