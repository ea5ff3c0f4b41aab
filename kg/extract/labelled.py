"""Names the text labels as a project's: a quoted name right after 项目为, 项目是 or 项目名称为
(第二大投资项目为“中车四方智汇港”), whatever its last word (the label says what it is); and a quote that holds
a work's whole name after a verb of carrying it out (用于实施“…产业化项目”), for the suffix finder.

>>> RE_LABELLED_PROJECT.search("第二大投资项目为“中车四方智汇港”，中车集团有限公司独资。")["name"]
'中车四方智汇港'
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract.context import Context
from kg.extract.mentions import PROJECT, Mention
from kg.extract.validity import valid_name

# The label, then the quoted name (a quote of a sentence holds clause marks: no name).
PROJECT_LABEL: Final = "项目"
RE_LABELLED_PROJECT: Final = re.compile(r"项目(?:名称)?(?:为|是|叫|：|:)\s*[“\"]"
                                        r"(?P<name>[^“”\"，,。；;！？\n]{2,40})[”\"]"
                                        # (the quote is the whole predicate: “十四五”期间…, “一把手”工程 and
                                        # “专精特新”企业投资项目 only describe the project)
                                        r"(?=\s*(?:[，,。；;！？\n]|$))")


def find_labelled_projects(ctx: Context) -> list[Mention]:
    """Quoted names a project label introduces."""
    if PROJECT_LABEL not in ctx.text:
        return []
    out = []
    for m in RE_LABELLED_PROJECT.finditer(ctx.text):
        name = m.group("name")
        if valid_name(name, PROJECT, ctx.lex, own_total=True):
            out.append(Mention(m.start("name"), m.end("name"), PROJECT, name, "project.labelled"))
    return out


# Quotes around a whole name that a verb of carrying out or building takes (用于实施“轨道交通牵引电机产业化
# 项目”): the text gives it as a name (not a quoted term: 不搞“形象工程”).
OPEN_QUOTES: Final = ("“", "\"", "「", "『")
CLOSE_QUOTES: Final = ("”", "\"", "」", "』")
RE_WORK_VERB_BEFORE: Final = re.compile(r"(?:实施|建设|投资|投建|新建|启动|推进|开工)$")


MAX_QUOTED_NAME: Final = 40  # characters a quoted name may have


def quoted_start(text: str, lo: int, suffix_start: int, end: int) -> int:
    """Where a name that a quote holds whole starts (用于实施“船舶电力推进系统产业化项目”: the walk would stop
    at 推进), or -1."""
    if not text.startswith(CLOSE_QUOTES, end):
        return -1
    q = max(text.rfind(c, max(lo, suffix_start - MAX_QUOTED_NAME), suffix_start) for c in OPEN_QUOTES)
    if q < 0 or any(c in text[q + 1 : end] for c in CLOSE_QUOTES) or not quoted_whole(text, q + 1, end):
        return -1
    return q + 1


def quoted_whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all a quote holds, right after a verb of carrying out or building."""
    return start > 0 and text[start - 1] in OPEN_QUOTES and text.startswith(CLOSE_QUOTES, end) and \
        RE_WORK_VERB_BEFORE.search(text, max(0, start - 3), start - 1) is not None
