"""Names that carry a piece of the clause before them: cut them to the name inside.

A span finder sometimes keeps words that start the clause (会上我区邀请到…, 锁定…, 项目用地顺利出让…). Such a
name is cut after the last clause word when what follows is a name on its own (the caller says what counts as
one), so a node is never named by a fragment of a sentence.

>>> cut_clause("会上我区邀请到深圳某某科技有限公司", lambda rest: rest.endswith("有限公司"))
('深圳某某科技有限公司', '会上我区邀请到', '')
>>> cut_clause("恒信资本旗下天津恒信新港科技发展有限公司", lambda rest: rest.endswith("有限公司"))
('天津恒信新港科技发展有限公司', '恒信资本旗下', '恒信资本')
>>> cut_clause("汉与华信汽车集团股份有限公司", lambda rest: rest.endswith("公司"))
('华信汽车集团股份有限公司', '汉与', '')
>>> cut_clause("和记黄埔有限公司", lambda rest: rest.endswith("公司"))
('和记黄埔有限公司', '', '')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.lexicon.grammar import alternation

# Words that start or carry a clause and are never inside a firm's or park's name: verbs of the investment
# story, pronouns of the reporting government, discourse words. General Chinese, not taken from any gold file.
CLAUSE_WORDS = (
    "会上", "会议上", "我区", "我市", "我县", "我省", "我州", "我镇", "我乡", "我旗", "邀请到", "邀请",
    "锁定", "拥有", "关于", "对于", "项目方", "设在", "注册成立", "引进", "引入", "携手", "联手", "牵手",
    "签约", "签订", "旗下", "带动", "出让", "打开", "标志着", "获悉", "落户", "入驻", "包括", "其中", "以及",
    "依托", "位于", "示范项目", "重点项目", "正式发布", "发布了", "上图", "下图", "图为", "据悉", "近日",
    "目前",
)  # fmt: skip
RE_CLAUSE_WORD = re.compile(alternation(CLAUSE_WORDS))
# Conjunctions and prepositions: a clause boundary only right after one leading character (在汉与华信… keeps
# 汉与华信…, cut to 华信…), so 和记黄埔 keeps its 和 and 北京同仁堂 its 同.
CLAUSE_JOINERS = frozenset("与和同及向跟")
# "X旗下Y": Y is a unit of the group X.
GROUP_WORD = "旗下"
MIN_NAME_CHARS = 2


def cut_clause(name: str, is_name: Callable[[str], bool]) -> tuple[str, str, str]:
    """(the name inside, the cut-off prefix, the group the prefix names with 旗下 or '').

    The cut is made after the last clause word (or joiner) whose remainder ``is_name`` accepts; the name is
    returned whole when there is none."""
    cuts = [m.end() for m in RE_CLAUSE_WORD.finditer(name)]
    cuts += [2] if len(name) > 2 and name[1] in CLAUSE_JOINERS else []
    for end in sorted(set(cuts), reverse=True):
        rest = name[end:]
        if len(rest) >= MIN_NAME_CHARS and is_name(rest):
            prefix = name[:end]
            group = ""
            if prefix.endswith(GROUP_WORD):
                head = prefix[: -len(GROUP_WORD)]
                head = head[max((m.end() for m in RE_CLAUSE_WORD.finditer(head)), default=0):]
                group = head if len(head) >= MIN_NAME_CHARS else ""
            return rest, prefix, group
    return name, "", ""
