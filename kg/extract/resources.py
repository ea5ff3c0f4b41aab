"""Adapters from the shipped lexicons (:mod:`kg.lexicon.words`) to extraction mentions.

Known firm names fill what the suffix grammar cannot see (华为, 比亚迪, 国开行); the industry taxonomy types
industry words inside project names (锂离子动力电池项目 -> 动力电池).
"""

from __future__ import annotations

from kg.extract.entities import Mention
from kg.lexicon.words import FirmNames, IndustryTaxonomy
from kg.extract.tokenize import cut
from kg.model import EntityType

# A known short name glued to one of these is part of a longer word, not the firm (平安 in 平安建设).
BAD_NEXT_AFTER_KNOWN = frozenset("市县区省镇乡村路街")


def known_firms(text: str) -> list[Mention]:
    """Known firm short names in ``text`` as firm mentions."""
    out = []
    for sp in FirmNames.load().find_known(text):
        if sp.end < len(text) and text[sp.end] in BAD_NEXT_AFTER_KNOWN:
            continue
        if not word_bounded(text, sp.start, sp.end):
            continue
        out.append(Mention(sp.start, sp.end, EntityType.FIRM, sp.surface, "firm.known_name"))
    return out


def word_bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts and ends on word boundaries (人工智能 holds 工智, but not as a word).

    jieba cuts a small window around the match; a match glued to Latin letters or digits is no name either."""
    if (start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()) or \
            (end < len(text) and text[end].isascii() and text[end].isalpha()):
        return False
    w0 = max(0, start - 6)
    window = text[w0 : end + 6]
    cuts = {0, len(window)}
    pos = 0
    for tok in cut(window):
        pos += len(tok)
        cuts.add(pos)
    if (start - w0) not in cuts:
        return False
    # 湖南省内陆: jieba cuts 湖南省|内陆, so the name ends on a word boundary one suffix character later
    return (end - w0) in cuts or (end < len(text) and text[end] in ADMIN_SUFFIX_CHARS and (end + 1 - w0) in cuts)


ADMIN_SUFFIX_CHARS = frozenset("省市县区州镇乡")


def taxonomy_matches(name: str) -> list[tuple[int, int, str, str]]:
    """Industry words inside ``name``: (start, end, surface, taxonomy link) with offsets into ``name``."""
    return [(sp.start, sp.end, sp.surface, sp.name) for sp in IndustryTaxonomy.load().find_industries(name)]


def is_broad_industry(surface: str) -> bool:
    """Whether an industry word names a whole industry (新能源汽车, 电子信息, 动力电池), not a product keyword
    (磷酸铁锂, 抽水蓄能): the words a text uses when it says what industry a project is in."""
    tax = IndustryTaxonomy.load()
    return surface in tax.industry_words or surface in tax.links or surface in tax.chains


def industry_frames(text: str) -> list[tuple[int, int, str, str]]:
    """Industry words followed by 产业/行业 (新能源产业, 金融行业): (start, end, surface, taxonomy name)."""
    out = []
    for sp in IndustryTaxonomy.load().find_industries(text):
        if text.startswith(INDUSTRY_FRAME_TAILS, sp.end):
            out.append((sp.start, sp.end, sp.surface, sp.name))
    return out


INDUSTRY_FRAME_TAILS = ("产业", "行业")