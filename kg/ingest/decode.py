"""Bytes -> text: byte-order marks and strict UTF-8 first, then charset-normalizer; binary files are refused.

A file that is mostly UTF-8 but not all (a few bad bytes, or paragraphs pasted in GB18030) is read line by
line: UTF-8 lines as UTF-8, GB18030 lines as GB18030, bytes neither can read replaced by U+FFFD, with a
:class:`~kg.errors.KgWarning` naming the file and the byte offsets.

>>> decode_bytes("中文".encode("gb18030") * 20, "a.txt")[:4]
'中文中文'
>>> decode_bytes("\\ufeff咸宁市".encode("utf-8"), "a.txt")
'咸宁市'
"""

from __future__ import annotations

import codecs
import re
import warnings

from kg.errors import IngestError, KgWarning

# Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# A UTF-8 file whose last character is cut off (at most this many bytes) is read without it.
MAX_TRUNCATED_TAIL = 3

# Signatures of common binary formats, reported by name so the user knows what they gave us.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx/.xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office (OLE) file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)

# Encodings charset-normalizer may propose for a file that contains NUL bytes (wide Unicode without a BOM).
WIDE_ENCODINGS = ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")

# A decoded text is treated as binary when more than this share of its characters are control characters.
MAX_CONTROL_SHARE = 0.02

# Control characters (Unicode Cc, except tab, newlines, form feed) and the replacement character.
RE_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")

# <meta charset="gbk"> or <meta http-equiv=... content="text/html; charset=gb2312"> near the top of a page.
RE_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)

# A file that is not strict UTF-8 is read as mixed UTF-8 when this share of its non-ASCII bytes form valid
# UTF-8 characters of three or four bytes (Chinese in UTF-8: nearly all; GB18030 or Big5 text forms some by
# chance: 3-5 % of a file, up to ~30 % of a short line), or a smaller share and at least one line with
# non-ASCII text is valid UTF-8 (a GB18030 paragraph pasted into a UTF-8 file).
MIXED_UTF8_SHARE = 0.5
MIXED_UTF8_SHARE_WITH_UTF8_LINE = 0.2
RE_UTF8_WIDE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
RE_NON_ASCII = re.compile(rb"[\x80-\xff]")
# Lines in another encoding than the file's: the legacy Chinese one tried, and offsets named in a warning.
MIXED_FALLBACK_ENCODING = "gb18030"
MAX_OFFSETS_SHOWN = 5

# Legacy Chinese encodings are decoded with their supersets (pages that say gb2312 often hold GBK characters).
ENCODING_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312": "gb18030", "big5": "big5hkscs"}


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    return len(RE_BAD_CHARS.findall(sample)) / len(sample)


def _check_text(text: str, path: str, encoding: str) -> str:
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise IngestError(path, f"looks binary (too many control characters when read as {encoding})")
    return text


def _declared_encoding(data: bytes) -> str | None:
    m = RE_META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return ENCODING_SUPERSETS.get(name.replace("-", ""), ENCODING_SUPERSETS.get(name, name))


def _decode_bom(data: bytes, path: str) -> str | None:
    """The text after a byte-order mark, None without one."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    path, f"undecodable: has a {encoding} byte-order mark but {exc.reason}"
                ) from None
            return _check_text(text, path, encoding)
    return None


def _decode_utf8(data: bytes, path: str) -> str | None:
    """The text when it is UTF-8 (perhaps cut inside its last character), None when it is not."""
    try:
        return _check_text(data.decode("utf-8"), path, "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - MAX_TRUNCATED_TAIL:
            # a UTF-8 file cut inside its last character (common in scraped pages): drop the broken tail
            return _check_text(data[: exc.start].decode("utf-8"), path, "utf-8")
    return None


def _decode_declared(data: bytes, path: str) -> str | None:
    """The text in the charset an HTML page declares, None when it declares none or does not decode so."""
    declared = _declared_encoding(data)
    if declared:
        try:
            return _check_text(data.decode(declared), path, declared)
        except UnicodeDecodeError:
            pass
    return None


def _decode_detected(data: bytes, path: str) -> str:
    """The text in the encoding charset-normalizer finds most likely."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        if b"\x00" in data:
            raise IngestError(path, "binary file (NUL bytes), not text")
        raise IngestError(path, "undecodable: not UTF-8, UTF-16, GB18030/GBK or Big5 text")
    if b"\x00" in data and best.encoding not in WIDE_ENCODINGS:
        raise IngestError(path, "binary file (NUL bytes), not text")
    return _check_text(str(best), path, best.encoding)


def decode_bytes(data: bytes, path: str, html: bool = False) -> str:
    """Decode a file's bytes; raise IngestError naming ``path`` when it is empty, binary or undecodable.

    Order: byte-order mark; strict UTF-8; the page's declared charset (HTML only, if it decodes strictly);
    charset-normalizer. A leading BOM character is dropped.
    """
    if not data.strip():
        raise IngestError(path, "empty file (no text)")
    text = _decode_bom(data, path)
    if text is not None:
        return text
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise IngestError(path, f"binary file ({kind}), not text")
    text = _decode_utf8(data, path)
    if text is not None:
        return text
    if _mostly_utf8(data):  # its U+FFFD marks are bytes it lost, warned about, not a sign of binary data
        text = decode_mixed(data, path)
        _check_text(text.replace("\ufffd", ""), path, "mixed UTF-8")
        return text
    text = _decode_declared(data, path) if html else None
    return text if text is not None else _decode_detected(data, path)


def utf8_share(data: bytes) -> float:
    """The share of non-ASCII bytes that form valid UTF-8 characters of three or four bytes."""
    non_ascii = len(RE_NON_ASCII.findall(data))
    if not non_ascii:
        return 0.0
    return sum(map(len, RE_UTF8_WIDE.findall(data))) / non_ascii


def _mostly_utf8(data: bytes) -> bool:
    share = utf8_share(data)
    if share >= MIXED_UTF8_SHARE:
        return True
    return share >= MIXED_UTF8_SHARE_WITH_UTF8_LINE and any(
        RE_NON_ASCII.search(line) and _is_utf8(line) for line in data.splitlines()
    )


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_mixed(data: bytes, path: str) -> str:
    """Decode a mostly-UTF-8 file line by line: a line that is not UTF-8 is read as GB18030 when most of its
    non-ASCII bytes are not UTF-8 and it decodes so; otherwise its bad bytes become U+FFFD. Warns (KgWarning)
    with the byte offsets of the lines read as GB18030 and of the bytes replaced.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     decode_mixed("甲公司\\n".encode() + "乙公司\\n".encode("gb18030") + b"\\xff", "a.txt")
    '甲公司\\n乙公司\\n\\ufffd'
    >>> print(str(w[0].message).replace("; ", ";\\n"))
    a.txt: not all UTF-8: read 1 line(s) as GB18030 (at byte 10);
    replaced 1 undecodable byte run(s) with U+FFFD (at byte 17)
    """
    out: list[str] = []
    legacy: list[int] = []
    replaced: list[int] = []
    offset = 0
    for line in data.splitlines(keepends=True):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(_decode_line(line, offset, legacy, replaced))
        offset += len(line)
    notes = []
    if legacy:
        notes.append(f"read {len(legacy)} line(s) as GB18030 (at byte {_offsets(legacy)})")
    if replaced:
        notes.append(
            f"replaced {len(replaced)} undecodable byte run(s) with U+FFFD (at byte {_offsets(replaced)})"
        )
    if notes:
        warnings.warn(KgWarning(f"{path}: not all UTF-8: " + "; ".join(notes)), stacklevel=2)
    return "".join(out)


def _decode_line(line: bytes, offset: int, legacy: list[int], replaced: list[int]) -> str:
    if utf8_share(line) < MIXED_UTF8_SHARE:
        try:
            text = line.decode(MIXED_FALLBACK_ENCODING)
        except UnicodeDecodeError:
            pass
        else:
            legacy.append(offset)
            return text
    pos = 0
    while True:  # note where each undecodable run starts, then decode the line with replacements
        try:
            line[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            replaced.append(offset + pos + exc.start)
            pos += exc.end
    return line.decode("utf-8", errors="replace")


def _offsets(offsets: list[int]) -> str:
    shown = ", ".join(map(str, offsets[:MAX_OFFSETS_SHOWN]))
    hidden = len(offsets) - MAX_OFFSETS_SHOWN
    return shown + (f" and {hidden} more" if hidden > 0 else "")
