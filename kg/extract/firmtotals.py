"""A firm's own stated total, said of the firm and not of a named project ("江苏普信热交换系统有限公司
计划总投资1亿元，征地48亩", "未来5年，奇点汽车将投资150亿元在相城打造…"): when the document has the firm
invest in one project only, that is the project the total is of."""

from __future__ import annotations

import re
from typing import Final

from kg.extract.mentions import FIRM, PROJECT, Found

# Between a firm that opens its clause and its amount: a word of what is planned (将, 拟, 计划 …), where
# (在Z), the verb of investing, nothing said of a project; a total with no such word is what the firm has
# spent or owns (在西安累计投资超过500亿元, X公司投资50亿元。…), no project's.
RE_FIRM_THEN_TOTAL: Final = re.compile(
    r"\s*(?:还|也)?(?:(?:(?:将|拟|计划|预计|准备|决定)\s*(?:在[^，,。；;！？：:累已]{1,16}?)?(?:计划|拟|将)?"
    r"|(?:在[^，,。；;！？：:累已]{1,16}?)?(?:计划|拟|将))(?:总投资|投资总额|投资额|投资|斥资|出资)"
    r"|(?:在[^，,。；;！？：:累已]{1,16}?)?(?:总投资|投资总额))"  # (X公司总投资15亿元: a total by its word)
    r"(?:额)?\s?[：:]?(?:为|约|达|超|超过|约为|近|逾)?\s?")
# What may open a clause before its subject firm: a time (未来5年，) is its own clause; a few characters of
# a quote mark or a connective (同时，其中，据了解，).
CLAUSE_OPENERS: Final = "，,。；;！？：:\n"
SUBJECT_LEAD: Final = 2


def firm_totals(found: Found, keys: list[str | None], invested: set[str | None]) -> dict[str, int]:
    """Firm entity key -> the amount index of a total the text states of that firm alone (one per firm: a
    firm with two such totals gets none); an amount that states the total of a project some firm invests in
    (``invested``: their keys) is that project's."""
    taken = {ai for i, ai in found.project_amounts.items() if keys[i] in invested} | found.phase_amounts
    out: dict[str, int] = {}
    twice: set[str] = set()
    for ai, a in enumerate(found.amounts):
        if ai in taken:
            continue
        firm = _subject_firm(found, a.start)
        k = keys[firm] if firm is not None else None
        if k is None:
            continue
        if k in out and out[k] != ai:
            twice.add(k)
        out[k] = ai
    return {k: ai for k, ai in out.items() if k not in twice}


def _subject_firm(found: Found, pos: int) -> int | None:
    """The firm that opens the clause ending at ``pos`` and whose total follows it directly."""
    sent = found.sentence_of(pos)
    firms = [i for i in found.in_sentence(sent, FIRM) if found.mentions[i].end <= pos]
    if not firms:
        return None
    i = firms[-1]
    m = found.mentions[i]
    if not RE_FIRM_THEN_TOTAL.fullmatch(found.text, m.end, pos) or \
            found.between(m.end, pos, PROJECT):
        return None
    clause = max(found.text.rfind(c, sent.start, m.start) for c in CLAUSE_OPENERS) + 1
    if len(found.text[max(clause, sent.start) : m.start].strip()) > SUBJECT_LEAD:
        return None
    return i
