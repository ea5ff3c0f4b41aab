"""Invisible characters out of document text, before anything reads it.

Control characters break exports (XML and GraphML cannot hold a form feed; U+001F is the list separator of the
store's CSV files) and zero-width or bidi control characters inside a name make a second node for the same
firm and reorder the name on screen. So, at ingest: line and page breaks (form feed, vertical tab, U+2028 …)
become ``\\n``; other control characters, zero-width characters, bidi controls and variation selectors are
removed. Tabs and newlines stay; nothing visible changes.

>>> clean_text("甲\\u200b乙\\u202e公司\\x0c第二页\\x00")
'甲乙公司\\n第二页'
"""

from __future__ import annotations

# Characters that break a line or a page (str.splitlines splits on all of them): each becomes "\n".
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

# Ranges (inclusive) of characters removed: C0/C1 controls other than tab, newline and the line breaks above;
# soft hyphen; Arabic letter mark; Mongolian vowel separator; zero-width space/joiners and LRM/RLM; bidi
# embeddings, overrides and isolates; word joiner and invisible operators; byte-order mark / zero-width
# no-break space; interlinear annotation marks; variation selectors; tag characters.
REMOVED_RANGES = (
    (0x00, 0x08),
    (0x0E, 0x1B),
    (0x1F, 0x1F),
    (0x7F, 0x84),
    (0x86, 0x9F),
    (0xAD, 0xAD),
    (0x061C, 0x061C),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0xE0000, 0xE007F),
    (0xE0100, 0xE01EF),
)


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): "\n" for c in LINE_BREAKS}
    for lo, hi in REMOVED_RANGES:
        table.update(dict.fromkeys(range(lo, hi + 1)))
    return table


CLEAN_TABLE = _table()


def clean_text(text: str) -> str:
    """``text`` with line/page breaks as ``\\n`` and invisible control and format characters removed."""
    return text.translate(CLEAN_TABLE)
