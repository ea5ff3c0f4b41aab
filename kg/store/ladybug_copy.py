"""Ladybug bulk loading: DDL and ``COPY FROM`` CSV files (the embedded store's fast path).

Lists travel in one CSV field each. A STRING[] column is written as a Ladybug list literal ``[a,b]`` when
no item has a character that literal cannot hold verbatim (brackets, commas, quote marks, surrounding
blanks); otherwise its items are joined by U+001F and split again by ``string_split`` in a
``LOAD WITH HEADERS … RETURN`` subquery (empty items are kept by a U+001E mark before each item).
Every value goes through the csv module (quotes, commas, newlines); no value is written into a statement.
"""

from __future__ import annotations

import csv
import itertools
import operator
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.store.schema import (
    INT64_LIST,
    NAME_LABEL,
    NAME_PROPS,
    NAMES_PAIRS,
    NAMES_REL,
    NODE_PROPS,
    REL_PROPS,
    STRING_LIST,
    Prop,
)

# Separators of list items inside one CSV field (control characters no document text carries).
LIST_SEP = "\x1f"
ITEM_MARK = "\x1e"
# Characters a path may not hold to be written into a COPY statement (Ladybug takes no parameter there).
UNSAFE_PATH_CHARS = ("'", "\\", "\n")
# Items a Ladybug list literal in CSV cannot hold verbatim: its brackets, separators and quote marks
# (kept, not stripped), surrounding whitespace (trimmed), and our own separators.
RE_NOT_NATIVE = re.compile(r"[\[\]{},'\"\\\x1e]|(?:^|\x1f)\s|\s(?:\x1f|$)")
NOT_NATIVE_CHARS = ("[", "]", "{", "}", ",", "'", '"', "\\", ITEM_MARK)


def node_table_ddl(label: str) -> str:
    """``CREATE NODE TABLE`` for one label (Ladybug DDL, not sent to Neo4j)."""
    cols = ", ".join(f"{p.name} {p.type}" for p in NODE_PROPS[label])
    return f"CREATE NODE TABLE {label}({cols}, PRIMARY KEY(key))"


def rel_table_ddl(rel_type: str, pairs: Sequence[tuple[str, str]]) -> str:
    """``CREATE REL TABLE`` with every FROM-TO pair (Ladybug DDL)."""
    ends = ", ".join(f"FROM {a} TO {b}" for a, b in pairs)
    cols = ", ".join(f"{p.name} {p.type}" for p in REL_PROPS[rel_type])
    return f"CREATE REL TABLE {rel_type}({ends}, {cols})"


def name_index_ddl() -> list[str]:
    """The name index tables: ``Name(key)`` and ``NAMES`` from a Name to every entity label."""
    cols = ", ".join(f"{p.name} {p.type}" for p in NAME_PROPS)
    ends = ", ".join(f"FROM {a} TO {b}" for a, b in NAMES_PAIRS)
    return [
        f"CREATE NODE TABLE {NAME_LABEL}({cols}, PRIMARY KEY(key))",
        f"CREATE REL TABLE {NAMES_REL}({ends})",
    ]


def _list_mode(col: Sequence[list[str]]) -> str:
    """How a STRING[] column travels in CSV: ``native`` (a Ladybug list literal ``[a,b]``, read by COPY
    itself: only when no item has a character that literal cannot hold), ``split`` (items joined by
    LIST_SEP, no empty list or item), ``split0`` (empty lists but no empty item) or ``marked`` (each item
    prefixed by ITEM_MARK, so empty items survive)."""
    if any(map(operator.contains, col, itertools.repeat(""))):
        return "marked"
    text = LIST_SEP.join(map(LIST_SEP.join, col))
    # RE_NOT_NATIVE.search(text), in C string methods (the regex is slow on long sentences): a forbidden
    # character, or a blank next to a separator or an end (LIST_SEP is a blank to both \s and str.strip).
    pieces = text.split(LIST_SEP)
    if (
        not any(map(text.__contains__, NOT_NATIVE_CHARS))
        and not any(map(operator.ne, pieces, map(str.strip, pieces)))
        and not (len(pieces) > 1 and "" in pieces)
    ):
        return "native"
    return "split" if all(col) else "split0"


def _list_expr(col: str, prop: Prop, mode: str) -> str:
    """The Cypher expression that rebuilds a list column from its CSV text."""
    if prop.type == INT64_LIST or mode == "native":
        return col  # written as a Ladybug list literal [1, 2, 3]
    split = f"string_split({col}, '{LIST_SEP}')"
    if mode == "split":
        return split
    if mode == "marked":
        split = f"list_transform({split}, x -> substring(x, 2, size(x)))"
    return f"CASE WHEN {col} IS NULL THEN CAST([] AS STRING[]) ELSE {split} END"


def _encode_column(col: Sequence[list[Any]], prop: Prop, mode: str, where: str) -> list[str]:
    """A list column as CSV text: INT64[] as ``[1, 2]``; STRING[] items joined by LIST_SEP (column-wise,
    so the work stays in C). Refuses items that hold the separators themselves."""
    if prop.type == INT64_LIST:
        return list(map(str, col))
    if mode == "native":
        return ["[" + ",".join(v) + "]" for v in col]
    if mode == "marked":
        col = [[ITEM_MARK + x for x in v] for v in col]
    joined = list(map(LIST_SEP.join, col))
    text = "".join(joined)
    n_items = sum(map(len, col))
    n_lists = sum(1 for v in col if v) if mode != "split" else len(col)
    if text.count(LIST_SEP) != n_items - n_lists or (mode != "marked" and ITEM_MARK in text):
        raise StoreError(f"{where}: a {prop.name} item holds a control character (\\x1e or \\x1f)")
    return joined


def write_csv(
    path: Path, rows: Sequence[tuple[Any, ...]], props: Sequence[Prop], n_ends: int, where: str
) -> dict[int, str]:
    """Write rows as CSV (no header), list columns encoded; returns the STRING[] column modes."""
    cols: list[Sequence[Any]] = list(zip(*rows, strict=True))
    modes: dict[int, str] = {}
    for i, p in enumerate(props):
        if p.is_list:
            j = n_ends + i
            if p.type == STRING_LIST:
                modes[j] = _list_mode(cols[j])
            cols[j] = _encode_column(cols[j], p, modes.get(j, ""), where)
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(zip(*cols, strict=True))
    return modes


def copy_statement(
    table: str,
    path: Path,
    props: Sequence[Prop],
    n_ends: int,
    modes: dict[int, str],
    pair: tuple[str, str] | None,
) -> str:
    opts = f" (from='{pair[0]}', to='{pair[1]}')" if pair else ""
    if all(m == "native" for m in modes.values()):  # COPY reads every column as it is
        inner = ", " + opts[2:-1] if pair else ""
        return f"COPY {table} FROM '{path.as_posix()}' (header=false, parallel=false{inner})"
    cols = [f"c{i}" for i in range(n_ends + len(props))]
    types = ["STRING"] * n_ends + [
        "STRING" if p.type == STRING_LIST and modes[n_ends + i] != "native" else p.type
        for i, p in enumerate(props)
    ]
    header = ", ".join(f"{c} {t}" for c, t in zip(cols, types, strict=True))
    exprs = cols[:n_ends] + [
        _list_expr(cols[n_ends + i], p, modes.get(n_ends + i, "")) if p.is_list else cols[n_ends + i]
        for i, p in enumerate(props)
    ]
    load = (
        f"LOAD WITH HEADERS ({header}) FROM '{path.as_posix()}' (header=false, parallel=false) "
        f"RETURN {', '.join(exprs)}"
    )
    return f"COPY {table} FROM ({load}){opts}"
