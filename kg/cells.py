"""CSV cells that are safe to open in a spreadsheet program (CSV or formula injection).

Excel, LibreOffice and Google Sheets run a cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or
carriage return before one) as a formula: an evidence sentence like ``=HYPERLINK("http://…")`` or ``-2+3``
would. As OWASP's CSV-injection guidance advises, such text cells get a leading single quote, which
spreadsheets show as text and hide. Numbers are left alone (a negative amount stays a number).

>>> [spreadsheet_safe(v) for v in ("=1+1", "-2+3", "@SUM(A1)", "甲公司", -5, None)]
["'=1+1", "'-2+3", "'@SUM(A1)", '甲公司', -5, None]
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def spreadsheet_safe(value: Any) -> Any:
    """``value`` with a leading single quote when it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return TEXT_MARK + value
    return value
