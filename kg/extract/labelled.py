"""Names the text labels as a project's: a quoted name right after 项目为, 项目是 or 项目名称为
(第二大投资项目为“中车四方智汇港”), whatever its last word (the label says what it is).

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
