"""Page noise: shop/menu/share/comment lines and the 索引号/发布机构 header block of government pages.

Lines are compared after NFKC and with all whitespace and leading bullets removed, so 字号： 分享到：
and 字号: 分享到: are the same line. Only whole lines are removed; body text is never rewritten.

>>> page = ["购物车", "• 发布机构: 咸宁市人民政府", "• 发布日期:2023年01月09日", "正文。"]
>>> lines, fields = strip_noise(page)
>>> lines, fields["发布机构"], fields["发布日期"]
(['正文。'], '咸宁市人民政府', '2023年01月09日')
"""

from __future__ import annotations

import re
import unicodedata

# Whole lines that are site furniture (shop, menus, footers, comment boxes, print/close buttons).
NOISE_LINES = frozenset(
    {
        "购物车",
        "我的足迹",
        "联系我们",
        "企业入驻",
        "有想补充的信息?点我投稿",
        "立即下载",
        "评论一下",
        "最热评论",
        "最新评论",
        "还没有评论,快来抢沙发吧!",
        "分享到",
        "分享到:",
        "打印",
        "打印本页",
        "【打印本页】",
        "【打印】",
        "【关闭】",
        "【打印】【关闭】",
        "【关闭窗口】",
        "关闭",
        "关闭窗口",
        "返回顶部",
        "返回首页",
        "网站地图",
        "扫一扫在手机打开当前页",
        "附件:",
    }
)

# Line patterns for noise whose exact wording varies (matched on the squeezed line, see _squeeze).
NOISE_PATTERNS = (
    re.compile(r"^加入VIP免费下载", re.IGNORECASE),
    re.compile(r"^字号[:]"),
    re.compile(r"^【?字体[:]?[大中小]"),
    re.compile(r"^分享到[:]"),
    re.compile(r"^评论\d+人参与"),
    re.compile(r"^已有\d+人参与"),
    re.compile(r"^责任编辑[:]"),
    re.compile(r"^(上一篇|下一篇)[:]"),
    re.compile(r"(ICP备|ICP证|公网安备|版权所有|Copyright)", re.IGNORECASE),
)

# Noise lines are short; a longer line is body text even if it mentions a noise word.
MAX_NOISE_LINE = 80

# Bullets and list markers a page may put before a noise line or a header field (• 索 引 号:…, - 联系我们).
RE_BULLET = re.compile(r"^[\s•·\-*+●▪◆■>]+")

# Fields of the metadata header block of Chinese government pages (keys compared without whitespace).
HEADER_FIELDS = (
    "索引号",
    "文号",
    "发文字号",
    "发布机构",
    "发文机关",
    "主题分类",
    "体裁分类",
    "组配分类",
    "信息分类",
    "主题词",
    "有效性",
    "发布日期",
    "发布时间",
    "成文日期",
    "生成日期",
    "生效日期",
    "废止日期",
    "名称",
    "标题",
    "信息来源",
    "来源",
    "浏览次数",
    "访问量",
    "点击数",
    "公开方式",
    "公开范围",
)

# Header keys that alone on a line (not in a block) still count as page metadata.
LONE_HEADER_FIELDS = frozenset({"发布日期", "发布时间"})

# A header line may begin with one of these keys, written with optional spaces between characters.
_KEY_ALT = "|".join(r"\s*".join(map(re.escape, key)) for key in sorted(HEADER_FIELDS, key=len, reverse=True))
# A field's key and colon; its value runs to the next key (found by one left-to-right scan, so a long line
# costs linear time), without the blanks and bullets before that key (• 发布机构: … • 发布日期: …).
RE_HEADER_KEY = re.compile(rf"(?P<key>{_KEY_ALT})\s*[::]\s*")
VALUE_END_CHARS = " \t\u3000•·●▪◆■"
RE_HEADER_LINE = re.compile(rf"^(?:{_KEY_ALT})\s*[::]")

# A header field's value is short; a longer last value on a header line holds the body that follows the fields
# (a whole report on one line): the value is cut at the end of its date (date fields) or at its first blank,
# and the rest is kept as text. With no such end, the field gets no value and all of it stays text.
MAX_FIELD_VALUE = 60
DATE_FIELD_KEYS = frozenset({"发布日期", "发布时间", "成文日期", "生成日期", "生效日期", "废止日期"})
RE_FIELD_DATE = re.compile(
    r"^(?:19|20)\d{2}(?:\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*[日号]?)?)?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
TAIL_SLACK = 8  # characters NFKC may have added or removed before the body text (ligatures, ㈱ …)
RE_FIELD_WORD = re.compile(rf"^\S{{1,{MAX_FIELD_VALUE}}}(?=\s)")

# Header lines must come within the first lines of a page to be read as its header.
HEADER_WINDOW = 40

RE_SPACE = re.compile(r"\s+")


def _squeeze(line: str) -> str:
    """NFKC, no bullets, no whitespace: the form noise lines are compared in."""
    return RE_SPACE.sub("", RE_BULLET.sub("", unicodedata.normalize("NFKC", line)))


def is_noise_line(line: str) -> bool:
    """True for a line that is page furniture (menu, share bar, footer, comment box).

    >>> is_noise_line("- 联系我们"), is_noise_line("字号： 分享到："), is_noise_line("联系我们的企业很多。")
    (True, True, False)
    """
    s = _squeeze(line)
    if not s or len(s) > MAX_NOISE_LINE:
        return False
    return s in NOISE_LINES or any(p.search(s) for p in NOISE_PATTERNS)


def parse_header_line(line: str) -> dict[str, str] | None:
    """The fields of a metadata header line (``• 发布机构: 咸宁市人民政府``), or None if it is not one."""
    split = split_header_line(line)
    return None if split is None else split[0]


def split_header_line(line: str) -> tuple[dict[str, str], str] | None:
    """A header line's fields and the body text after them ('' for a plain header line); None if the line
    is not a header line.

    >>> line = "发布机构:咸宁市人民政府 发布日期:2023-01-09 各位代表:现在," + "报告工作。" * 20
    >>> fields, rest = split_header_line(line)
    >>> fields, rest[:9]
    ({'发布机构': '咸宁市人民政府', '发布日期': '2023-01-09'}, '各位代表:现在,报')
    """
    s = RE_BULLET.sub("", unicodedata.normalize("NFKC", line)).strip()
    if not RE_HEADER_LINE.match(s):
        return None
    fields: dict[str, str] = {}
    rest = ""
    keys = list(RE_HEADER_KEY.finditer(s))
    for m, after in zip(keys, [*keys[1:], None], strict=True):
        key = RE_SPACE.sub("", m.group("key"))
        value = s[m.end() : after.start() if after else len(s)].rstrip(VALUE_END_CHARS)
        if after is None and len(value) > MAX_FIELD_VALUE:
            value, rest = _cut_value(key, value)
        if key not in fields:
            fields[key] = value
    return fields, _original_tail(line, rest) if rest else ""


def _original_tail(line: str, rest: str) -> str:
    """The end of the original ``line`` that reads as ``rest`` (found on the NFKC form): body text is kept
    as written. NFKC keeps the length of almost every character, so the tail starts near len(line) -
    len(rest)."""
    guess = len(line.rstrip()) - len(rest)
    for k in sorted(range(max(0, guess - TAIL_SLACK), min(len(line), guess + TAIL_SLACK) + 1),
                    key=lambda k: abs(k - guess)):  # fmt: skip
        tail = line[k:].strip()
        if unicodedata.normalize("NFKC", tail) == rest:
            return tail
    return rest


def _cut_value(key: str, value: str) -> tuple[str, str]:
    """(the field's value, the text after it) for a last value too long to be one."""
    m = (RE_FIELD_DATE if key in DATE_FIELD_KEYS else RE_FIELD_WORD).match(value)
    if not m or not value[m.end() :].strip():
        return "", value
    return m.group(0).strip(), value[m.end() :].strip()


def _header_lines(lines: list[str]) -> dict[int, tuple[dict[str, str], str]]:
    """Line index -> (fields, body text after them), for the header lines near the top that form a block
    (or a lone 发布日期 line)."""
    found = {
        i: f for i, line in enumerate(lines[:HEADER_WINDOW]) if (f := split_header_line(line)) is not None
    }
    keep: dict[int, tuple[dict[str, str], str]] = {}
    for i, (fields, rest) in found.items():
        neighbours = [j for j in found if j != i and abs(j - i) <= 2]
        if len(fields) >= 2 or neighbours or LONE_HEADER_FIELDS.intersection(fields):
            keep[i] = (fields, rest)
    return keep


def strip_noise(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Drop noise lines and the header block (keeping any body text on a header line after its fields);
    return the kept lines and the header fields (first wins)."""
    header = _header_lines(lines)
    fields: dict[str, str] = {}
    for i in sorted(header):
        for key, value in header[i][0].items():
            if value and key not in fields:
                fields[key] = value
    kept = []
    for i, line in enumerate(lines):
        if i in header:
            if header[i][1]:
                kept.append(header[i][1])
        elif not is_noise_line(line):
            kept.append(line)
    return kept, fields
