"""simplify's table (:func:`kg.lexicon.script._table`) converts exactly what OpenCC's t2s converts, one
character at a time, over the Basic Multilingual Plane's Chinese characters and beyond."""

from __future__ import annotations

from kg.lexicon.script import FIRST_HAN, KEPT_AS_WRITTEN, _simplify_char, _table, simplify

PLANES = [(FIRST_HAN, 0xD800), (0xE000, 0x10000), (0x20000, 0x2FA20)]


def test_table_is_the_converter() -> None:
    table = _table()
    for lo, hi in PLANES:
        for cp in range(lo, hi):
            ch = chr(cp)
            assert table.get(cp, ch) == (ch if ch in KEPT_AS_WRITTEN else _simplify_char(ch)), hex(cp)


def test_simplify_keeps_length() -> None:
    s = "發展經濟,臺灣 abc 123"
    assert len(simplify(s)) == len(s)
    assert simplify(s) == "发展经济,台湾 abc 123"


def test_simplified_text_with_characters_simplified_chinese_keeps_is_left_as_written() -> None:
    # 乾, 著 and 覆 are simplified characters too: a simplified text holding them is not converted ...
    assert simplify("厦门乾照光电股份有限公司签约显著覆盖") == "厦门乾照光电股份有限公司签约显著覆盖"
    # ... while a traditional text converts them with the rest, but for 乾, the qián of names (乾县, 乾照光电)
    assert simplify("乾照光電發展，顯著") == "乾照光电发展，显著"
    assert simplify("陝西省乾縣") == "陕西省乾县"


def test_corner_quotes_become_curly_quotes_and_a_quoted_name_is_read() -> None:
    from kg.extract import extract
    from kg.model import Document

    text = "據悉，「華鑫鋰電池隔膜項目」由湖南華鑫新材料有限公司投資12億元建設。"
    assert simplify(text) == "据悉，“华鑫锂电池隔膜项目”由湖南华鑫新材料有限公司投资12亿元建设。"
    assert simplify("『光伏產業園』") == "“光伏产业园”"
    ex = extract(Document("q", "q.txt", None, "2024", "常德市", text, simplify(text)))
    names = {e.key: e.name for e in ex.entities}
    invests = {(names[r.source], names[r.target], r.amount_cny) for r in ex.relations
               if r.type.value == "INVESTS_IN"}
    assert ("湖南华鑫新材料有限公司", "华鑫锂电池隔膜项目", 1_200_000_000) in invests
