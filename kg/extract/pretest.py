"""Patterns with a one-character pre-test: the characters their matches can start (or end) with, looked at
before the regular expression runs.

Most calls on extraction's hot paths find nothing: a window before a name that ends in no verb of building,
a position no cue word starts at. Each such call still runs the regex engine (which allocates its stack on
every call, then tries its branches); the pre-test answers it from one character. The answers are the
pattern's own: ``tests/test_pretest.py`` reads each pattern's parse and checks that the characters given
here hold every character a match can start or end with.

>>> RE_HOSTED = Ending(re.compile(r"(?:落户|入驻)(?:在|于)?$"), "户驻在于")
>>> RE_HOSTED.search("项目落户在", 0, 5) is not None, RE_HOSTED.search("项目签约", 0, 4)
(True, None)
"""

from __future__ import annotations

import re
import sys
from typing import Final, final

from kg.extract.chars import BMP_DIGITS, BMP_END, BMP_SPACES, CharSet

NO_END: Final = sys.maxsize  # (endpos when none is given: the end of the text)
LINE_BREAK: Final = "\n"


@final
class Ending:
    """A pattern every branch of which ends in ``$`` (it is searched in the span right before a name), with
    every character its matches can end with: a span ending in none of them holds no match."""

    __slots__ = ("regex", "last", "digits")

    def __init__(self, regex: re.Pattern[str], last: str, digits: bool = False) -> None:
        self.regex = regex
        # ($ matches before a line break that ends the span, too)
        self.last = CharSet(last + LINE_BREAK + (BMP_DIGITS if digits else ""))
        self.digits = digits  # (a match may end in any decimal digit, \d)

    def search(self, text: str, pos: int = 0, endpos: int = NO_END) -> re.Match[str] | None:
        end = len(text) if endpos > len(text) else endpos
        if 0 <= pos < end and not self.last.at(text, end - 1) and \
                not (self.digits and ord(text[end - 1]) >= BMP_END and text[end - 1].isdecimal()):
            return None
        return self.regex.search(text, pos, endpos)


@final
class Starting:
    """A pattern tried at one position (``match``, ``fullmatch``), with every character its matches can start
    with: a position holding none of them starts no match."""

    __slots__ = ("regex", "first", "digits", "spaces")

    def __init__(self, regex: re.Pattern[str], first: str, digits: bool = False,
                 spaces: bool = False) -> None:
        self.regex = regex
        self.first = CharSet(first + (BMP_DIGITS if digits else "") + (BMP_SPACES if spaces else ""))
        self.digits = digits  # (a match may start with any decimal digit, \d)
        self.spaces = spaces  # (… or any space, \s)

    def _may_start(self, text: str, pos: int, endpos: int) -> bool:
        if not 0 <= pos < len(text) or pos >= endpos:
            return True  # (an empty span: the regex answers)
        return self.first.at(text, pos) or ord(text[pos]) >= BMP_END and (
            self.digits and text[pos].isdecimal() or self.spaces and text[pos].isspace())

    def match(self, text: str, pos: int = 0, endpos: int = NO_END) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos) if self._may_start(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = NO_END) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos) if self._may_start(text, pos, endpos) else None

    # (what a search or a substitution finds is the regex's to say: no pre-test)
    @property
    def pattern(self) -> str:
        return self.regex.pattern

    def search(self, text: str, pos: int = 0, endpos: int = NO_END) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos)

    def sub(self, repl: str, text: str) -> str:
        return self.regex.sub(repl, text)
