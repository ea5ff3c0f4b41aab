"""Damage web pages and PDFs do to Chinese text, repaired before anything reads it.

* Pinyin some sites print after each character: ``產(chǎn)業(yè)`` -> ``產業`` (a note in brackets right after
  a Chinese character, removed when it is a pinyin syllable with a tone mark or digit, or a toneless one
  beside such a note: ``的(de)`` alone stays, as it may be meant).
* Spaces inside a name: ``宏华\\u3000果业``, ``宏华\\xa0果业`` -> ``宏华果业`` (full-width, no-break and other
  wide spaces between two Chinese characters; leading indentation stays). PDF text also loses plain spaces
  there (:func:`cjk_joined`), since PDF layers put them between letter-spaced characters.
* Mojibake: UTF-8 read as Latin-1/cp1252 (``æ”¿åºœ``) is turned back when it can be; UTF-8 read as GBK
  (``鏀垮簻``) cannot (bytes were lost) and is reported. Either way a :class:`~kg.errors.KgWarning` names the
  document.

>>> remove_pinyin("產(chǎn)業(yè)園區")
'產業園區'
>>> join_wide_spaces("\\u3000\\u3000宏华\\u3000果业在邵阳\\xa0县落户")
'\\u3000\\u3000宏华果业在邵阳县落户'
>>> cjk_joined("宏 华果业 2023 年 Hello world")
'宏华果业 2023 年 Hello world'
>>> fix_latin1_mojibake("2023å¹´æ”¿åºœå·¥ä½œæŠ¥å‘Š")
('2023年政府工作报告', 1)
"""

from __future__ import annotations

import re
import warnings

from kg.errors import KgWarning
from kg.ingest.decode import utf8_share

# Chinese characters (ideographs and their extensions, compatibility ideographs) and CJK punctuation /
# full-width forms, between which a space is never part of the text.
CJK = ("\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
       "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65")
# Spaces a web page leaves inside names: no-break, full-width (ideographic), en/em/thin and other wide spaces.
WIDE_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
RE_WIDE_GAP = re.compile(f"(?<=[{CJK}])[{WIDE_SPACES}]+(?=[{CJK}])")
# The same spaces written as HTML character references (trafilatura turns them into plain spaces, so they are
# joined in the page's source, before it is parsed).
HTML_SPACE_REFS = r"&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#12288|#x3000|#819[2-9]|#820[0-2]|#x200[0-9a]);"
RE_WIDE_GAP_HTML = re.compile(f"(?<=[{CJK}])(?:[{WIDE_SPACES}]|{HTML_SPACE_REFS})+(?=[{CJK}])", re.IGNORECASE)
RE_CJK_GAP = re.compile(f"(?<=[{CJK}])[ \t{WIDE_SPACES}]+(?=[{CJK}])")

# Pinyin vowels with tone marks (and ü, and the syllabic nasals ń ň ǹ ḿ).
TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
RE_PINYIN_NOTE = re.compile(
    rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（]\s*([a-zü{TONE_MARKS}]{{1,6}}[1-5]?)\s*[)）]"
)
RE_TONED = re.compile(f"[{TONE_MARKS}]|[1-5]$")

# UTF-8 bytes read as cp1252/Latin-1: a lead byte of a three-byte character (â-ï) and two continuation bytes
# (0x80-0xBF as cp1252 shows them). A run of such characters is tried back as UTF-8.
CP1252_CONTINUATION = ("\ufffd\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
                       "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
RE_LATIN1_MOJIBAKE = re.compile(f"[\u00e2-\u00ef][{CP1252_CONTINUATION}]{{2}}")
RE_LATIN1_RUN = re.compile(f"(?:[\u00c2-\u00f4][{CP1252_CONTINUATION}]{{1,3}})+")
# A byte the damaged text lost (shown as U+FFFD) is put back as one that is never UTF-8, so it stays lost.
LOST_BYTE = b"\xff"
RE_REPLACEMENTS = re.compile("\ufffd+")
# A run turned back is kept when at most this share of what it gives is lost characters.
MAX_LOST_SHARE = 0.25
# A text with at least this many such characters is taken for Latin-1 mojibake.
MIN_LATIN1_MOJIBAKE = 2
# UTF-8 read as GBK: written back as GB18030, most of its non-ASCII bytes form UTF-8 characters again (in real
# Chinese text a few per cent do). Judged only on texts with this many non-ASCII characters at least.
MIN_GBK_CHECK_CHARS = 20
GBK_MOJIBAKE_SHARE = 0.5
RE_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# How much of the damaged text a warning quotes.
QUOTE_CHARS = 12


def _dropped_notes(text: str) -> list[re.Match[str]]:
    """The pinyin notes of ``text`` that :func:`remove_pinyin` removes, in order."""
    notes = list(RE_PINYIN_NOTE.finditer(text))
    if not notes:
        return notes
    drop = [bool(RE_TONED.search(m.group(1))) for m in notes]
    changed = True
    while changed:  # a toneless note (的(de)) goes when a note it sits beside goes
        changed = False
        for i, m in enumerate(notes):
            if drop[i]:
                continue
            before = i > 0 and drop[i - 1] and notes[i - 1].end() + 1 == m.start()
            after = i + 1 < len(notes) and drop[i + 1] and m.end() + 1 == notes[i + 1].start()
            if before or after:
                drop[i] = changed = True
    return [m for m, gone in zip(notes, drop, strict=True) if gone]


def remove_pinyin(text: str) -> str:
    """``text`` without pinyin notes after its characters (see the module's doc)."""
    out, pos = [], 0
    for m in _dropped_notes(text):
        out.append(text[pos : m.start()])
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def pinyin_notes(text: str) -> tuple[tuple[str, str], ...]:
    """The notes :func:`remove_pinyin` removes from ``text``, by the character they follow, sorted: what
    :meth:`kg.model.Document.as_written` needs to write a name as the page does. A character the text notes
    with two readings (长(cháng)沙, 增长(zhǎng)) has the note "": which one a name takes cannot be told.

    >>> pinyin_notes("產(chǎn)業(yè)園區，生產(chǎn)，长(cháng)沙，增长(zhǎng)")
    (('業', '(yè)'), ('產', '(chǎn)'), ('长', ''))
    """
    seen: dict[str, set[str]] = {}
    for m in _dropped_notes(text):
        seen.setdefault(text[m.start() - 1], set()).add(m.group(0))
    return tuple(sorted((c, next(iter(notes)) if len(notes) == 1 else "") for c, notes in seen.items()))


def noted_lines(written: str) -> dict[str, str]:
    """The lines of a file's text ``written`` that carry pinyin notes, by their text without them (as a
    document's text has it: wide spaces joined, stripped)."""
    out: dict[str, str] = {}
    if RE_PINYIN_NOTE.search(written) is None:
        return out  # (almost every file: one search, not one per line)
    for line in written.split("\n"):
        plain = remove_pinyin(line)
        if plain != line:
            out[join_wide_spaces(plain).strip()] = line
    return out


def document_notes(text: str, lines: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The pinyin notes of a document, from its own lines as the file wrote them (``lines``: see
    :func:`noted_lines`): a feed's articles each their own, a page's navigation none."""
    return pinyin_notes("\n".join(lines[k] for line in text.split("\n") if (k := line.strip()) in lines))


def join_wide_spaces(text: str) -> str:
    """``text`` without full-width, no-break and other wide spaces between two Chinese characters."""
    return RE_WIDE_GAP.sub("", text)


def join_wide_spaces_html(html: str) -> str:
    """An HTML page's source without wide spaces (characters or references) between two Chinese characters.

    >>> join_wide_spaces_html("<p>宏华&nbsp;果业 宏华&#12288;果业</p>")
    '<p>宏华果业 宏华果业</p>'
    """
    return RE_WIDE_GAP_HTML.sub("", html)


def cjk_joined(text: str) -> str:
    """``text`` without any spaces between two Chinese characters (for PDF text layers)."""
    return RE_CJK_GAP.sub("", text)


def _cp1252_bytes(run: str) -> bytes | None:
    out = bytearray()
    for ch in run:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ch == "\ufffd":
                out += LOST_BYTE
                continue
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def fix_latin1_mojibake(text: str) -> tuple[str, int]:
    """``text`` with runs of UTF-8-read-as-cp1252 turned back into UTF-8 where they decode (a lost byte
    becomes one U+FFFD), and how many runs were."""
    fixed = 0

    def back(m: re.Match[str]) -> str:
        nonlocal fixed
        raw = _cp1252_bytes(m.group())
        if raw is None:
            return m.group()
        s = RE_REPLACEMENTS.sub("\ufffd", raw.decode("utf-8", errors="replace"))
        if s.count("\ufffd") > MAX_LOST_SHARE * len(s):
            return m.group()
        fixed += 1
        return s

    return RE_LATIN1_RUN.sub(back, text), fixed


def looks_gbk_mojibake(text: str) -> bool:
    """Whether ``text`` reads like UTF-8 decoded as GBK (鏀垮簻宸ヤ綔): written back as GB18030, its
    non-ASCII bytes are mostly UTF-8 again."""
    wide = "".join(RE_NON_ASCII.findall(text))
    if len(wide) < MIN_GBK_CHECK_CHARS:
        return False
    try:
        data = wide.encode("gb18030")
    except UnicodeEncodeError:
        return False
    return utf8_share(data) >= GBK_MOJIBAKE_SHARE


def repair_text(text: str) -> str:
    """``text`` with pinyin notes removed and Latin-1 mojibake turned back (no warning: see
    :func:`warn_mojibake`)."""
    text = remove_pinyin(text)
    if len(RE_LATIN1_MOJIBAKE.findall(text)) >= MIN_LATIN1_MOJIBAKE:
        text = fix_latin1_mojibake(text)[0]
    return text


def warn_mojibake(text: str, source: str) -> None:
    """Warn (KgWarning naming the document ``source``) when ``text`` is mojibake: Latin-1 (which
    :func:`repair_text` turns back) or GBK (which it cannot)."""
    found = RE_LATIN1_MOJIBAKE.findall(text)
    if len(found) >= MIN_LATIN1_MOJIBAKE:
        fixed, n = fix_latin1_mojibake(text)
        left = len(RE_LATIN1_MOJIBAKE.findall(fixed))
        lost = fixed.count("\ufffd") - text.count("\ufffd")
        warnings.warn(KgWarning(
            f"{source}: mojibake (UTF-8 read as Latin-1, e.g. {found[0]!r}): {n} passage(s) turned back"
            + (f" ({lost} character(s) lost, shown as \ufffd)" if lost else "")
            + (f", {left} character(s) left as they were" if left else "")
        ), stacklevel=2)
    if looks_gbk_mojibake(text):
        quote = "".join(RE_NON_ASCII.findall(text))[:QUOTE_CHARS]
        warnings.warn(KgWarning(
            f"{source}: mojibake (UTF-8 text read as GBK, e.g. {quote!r}): names in it will be wrong; "
            "save or fetch the page again as UTF-8"
        ), stacklevel=2)
