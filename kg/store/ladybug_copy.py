"""Ladybug bulk loading: DDL and ``COPY FROM`` CSV files (the embedded store's fast path).

Lists travel in one CSV field each. A STRING[] column is written as a Ladybug list literal ``[a,b]`` when
no item has a character that literal cannot hold verbatim (brackets, commas, quote marks, surrounding
blanks); otherwise its items are joined by U+001F and split again by ``string_split`` in a
``LOAD WITH HEADERS … RETURN`` subquery (empty items are kept by a U+001E mark before each item).
Files are written column-wise, quoted as ``csv.writer`` quotes (quotes, commas, newlines), byte for byte what
it would write; no value is written into a statement.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.store.rows import Column, ListColumn
from kg.store.schema import (
    INT64_LIST,
    NAME_LABEL,
    NAME_PROPS,
    NAMES_PAIRS,
    NAMES_REL,
    NODE_PROPS,
    PLACE_LINK_PAIR,
    PLACE_LINK_REL,
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
# CSV as csv.writer writes it (QUOTE_MINIMAL): fields with these characters are quoted, rows end in CRLF.
CSV_SPECIAL = ('"', ",", "\n", "\r")
LINE_END = "\r\n"
ROW_BREAK = "\x00"  # ends each row's items while a list column is joined in one piece
WRITE_CHUNK_ROWS = 50_000  # rows joined into one string per write (bounds the memory of a batch's text)


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


def place_index_ddl() -> str:
    """The containment index table: ``IN_PLACE`` from a Project to a Place."""
    a, b = PLACE_LINK_PAIR
    return f"CREATE REL TABLE {PLACE_LINK_REL}(FROM {a} TO {b})"


def _list_mode(col: ListColumn) -> str:
    """How a STRING[] column travels in CSV: ``native`` (a Ladybug list literal ``[a,b]``, read by COPY
    itself: only when no item has a character that literal cannot hold), ``split`` (items joined by
    LIST_SEP, no empty list or item), ``split0`` (empty lists but no empty item) or ``marked`` (each item
    prefixed by ITEM_MARK, so empty items survive)."""
    items, counts = col.items, col.counts
    if "" in items:
        return "marked"
    text = LIST_SEP.join(items)
    # RE_NOT_NATIVE over the lists joined by LIST_SEP, in C string methods (the regex is slow on long
    # sentences): a forbidden character, or a blank next to a separator or an end (LIST_SEP is a blank to
    # both \s and str.strip); an empty list among several is an empty piece there.
    pieces = text.split(LIST_SEP)
    if (
        not any(map(text.__contains__, NOT_NATIVE_CHARS))
        and not any(map(operator.ne, pieces, map(str.strip, pieces)))
        and not (len(pieces) > 1 and "" in pieces)
        and not (len(counts) > 1 and 0 in counts)
    ):
        return "native"
    return "split" if 0 not in counts else "split0"


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


def _join_runs(items: list[str], counts: list[int], sep: str) -> list[str]:
    """Each row's items joined by ``sep`` (``items`` flat in row order, ``counts`` items per row)."""
    if 0 not in counts:
        if len(items) == len(counts):  # one item a row
            return items
        # In C: every item followed by ``sep``, or by ROW_BREAK after a row's last one; split at the breaks.
        seps = [sep] * len(items)
        for end in itertools.accumulate(counts):
            seps[end - 1] = ROW_BREAK
        text = "".join(itertools.chain.from_iterable(zip(items, seps, strict=True)))
        if text.count(ROW_BREAK) == len(counts):  # no item holds ROW_BREAK itself
            return text.split(ROW_BREAK)[:-1]
    it = iter(items)
    return [sep.join(itertools.islice(it, k)) for k in counts]


def _encode_list(col: ListColumn, prop: Prop, where: str) -> tuple[str, list[str]]:
    """A list column as CSV field texts and its mode: INT64[] as ``[1, 2]``; STRING[] as a list literal
    or items joined by LIST_SEP (column-wise, so the work stays in C). Refuses items that hold the
    separators themselves."""
    if prop.type == INT64_LIST:
        return "", ["[" + s + "]" for s in _join_runs(list(map(str, col.items)), col.counts, ", ")]
    mode = _list_mode(col)
    if mode == "native":
        return mode, ["[" + s + "]" for s in _join_runs(col.items, col.counts, ",")]
    text = "".join(col.items)
    if LIST_SEP in text or (mode != "marked" and ITEM_MARK in text):
        raise StoreError(f"{where}: a {prop.name} item holds a control character (\\x1e or \\x1f)")
    items = [ITEM_MARK + x for x in col.items] if mode == "marked" else col.items
    return mode, _join_runs(items, col.counts, LIST_SEP)


def _csv_fields(texts: list[str]) -> list[str]:
    """Field texts quoted as ``csv.writer`` quotes them (only those with a quote, comma or line break)."""
    joined = "".join(texts)
    if not any(map(joined.__contains__, CSV_SPECIAL)):
        return texts
    return [
        '"' + s.replace('"', '""') + '"' if ('"' in s or "," in s or "\n" in s or "\r" in s) else s
        for s in texts
    ]


def _scalar_texts(col: Sequence[Any]) -> list[str]:
    """Scalar values as CSV texts: ``str`` (which is ``repr`` for floats), None as an empty field."""
    if None in col:
        return ["" if v is None else str(v) for v in col]
    return list(map(str, col))


def write_columns(
    path: Path, cols: Sequence[Column], props: Sequence[Prop], n_ends: int, where: str
) -> dict[int, str]:
    """Write a table given column-wise (``n_ends`` endpoint columns, then ``props``; list properties as
    :class:`~kg.store.rows.ListColumn`) as CSV without header, the bytes ``csv.writer`` would write;
    returns the STRING[] column modes."""
    fields: list[list[str]] = []
    modes: dict[int, str] = {}
    for j, col in enumerate(cols):
        p = props[j - n_ends] if j >= n_ends else None
        if p is not None and p.is_list:
            if not isinstance(col, ListColumn):
                col = ListColumn.of(col)
            mode, texts = _encode_list(col, p, where)
            if p.type == STRING_LIST:
                modes[j] = mode
        else:
            texts = _scalar_texts(col)  # type: ignore[arg-type]
        fields.append(_csv_fields(texts))
    if len(fields) == 1:  # csv.writer quotes an empty field that is a whole row
        fields[0] = [s if s else '""' for s in fields[0]]
    rows = map(",".join, zip(*fields, strict=True))
    with open(path, "w", encoding="utf-8", newline="") as f:
        while chunk := list(itertools.islice(rows, WRITE_CHUNK_ROWS)):
            f.write(LINE_END.join(chunk))
            f.write(LINE_END)
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
