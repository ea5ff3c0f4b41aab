"""Sets of characters tested by code point.

``text[i] in frozenset(...)`` makes a one-character string of ``text[i]`` (a new object for every Chinese
character), hashes it and looks it up; on extraction's hot paths (the walk back to a clause's start, the
pre-tests of patterns) that is most of the test's cost. A :class:`CharSet` reads the character's code point
(``ord(text[i])``, which compiled code reads without making a string) and looks it up in a table of one byte
per code point.

>>> marks = CharSet("，。；")
>>> marks.at("投资，建设", 2), marks.at("投资，建设", 1), "；" in marks, marks.found_in("投资建设")
(True, False, True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, final

BMP_END: Final = 0x10000  # (code points past the Basic Multilingual Plane: rare, tested by str methods)
# The decimal digits and the spaces of the plane (what \d and \s match in it).
BMP_DIGITS: Final = "".join(c for c in map(chr, range(BMP_END)) if c.isdecimal())
BMP_SPACES: Final = "".join(c for c in map(chr, range(BMP_END)) if c.isspace())


@final
class CharSet:
    """A set of characters, one byte per code point up to the largest."""

    __slots__ = ("table", "chars")

    def __init__(self, chars: Iterable[str]) -> None:
        self.chars = frozenset(chars)
        table = bytearray(max((ord(c) for c in self.chars), default=-1) + 1)
        for c in self.chars:
            table[ord(c)] = 1
        self.table = bytes(table)

    def at(self, text: str, i: int) -> bool:
        """Whether ``text[i]`` is in the set."""
        code = ord(text[i])
        return code < len(self.table) and self.table[code] != 0

    def found_in(self, s: str) -> bool:
        """Whether any character of ``s`` is in the set."""
        table, n = self.table, len(self.table)
        for i in range(len(s)):
            code = ord(s[i])
            if code < n and table[code] != 0:
                return True
        return False

    def __contains__(self, ch: str) -> bool:
        return ch in self.chars
