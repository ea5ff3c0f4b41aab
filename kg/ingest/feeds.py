"""Feed files: several articles in one file, separated by ``-`` lines; each a title line, a body, a date line.

>>> lines = ["-", "【A招商】标题一", "正文一。", "2025-07-09"]
>>> lines += ["-", "【B招商】标题二", "正文二。", "2025-07-08"]
>>> articles = split_feed(lines)
>>> [(a.title, a.body, a.date_line) for a in articles]
[('【A招商】标题一', ['正文一。'], '2025-07-09'), ('【B招商】标题二', ['正文二。'], '2025-07-08')]
>>> split_feed(["标题", "正文。"]) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.ingest.meta import is_date_line
from kg.ingest.noise import is_noise_line

# A separator line between feed articles: a short run of dashes, equals signs, stars or underscores.
RE_FEED_SEPARATOR = re.compile(r"^\s*(?:-{1,80}|—{1,40}|={3,80}|\*{3,80}|_{3,80})\s*$")
# A feed needs at least this many articles.
MIN_FEED_ARTICLES = 2
# Title lines of feed articles often start with a bracketed tag: 【桂阳县招商】.
RE_TAGGED_TITLE = re.compile(r"^\s*【[^】]{1,20}】")


@dataclass(frozen=True, slots=True)
class FeedArticle:
    title: str
    body: list[str]
    date_line: str | None


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if RE_FEED_SEPARATOR.match(line):
            blocks.append([])
        elif not is_noise_line(line):
            blocks[-1].append(line)
    return [b for b in blocks if any(line.strip() for line in b)]


def _article(block: list[str]) -> FeedArticle:
    lines = [line.rstrip() for line in block]
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines.pop(0).strip()
    date_line = None
    for i in range(len(lines) - 1, -1, -1):
        if is_date_line(lines[i]):
            date_line = lines.pop(i).strip()
            break
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    return FeedArticle(title, lines, date_line)


def split_feed(lines: list[str]) -> list[FeedArticle] | None:
    """The articles of a feed file, or None when the lines are one document.

    A feed has at least two separator-delimited blocks, and every block has a date line or every block
    starts with a 【tag】 title (a markdown file with ``---`` rules between sections is not a feed).
    """
    if not any(RE_FEED_SEPARATOR.match(line) for line in lines):
        return None
    blocks = _blocks(lines)
    if len(blocks) < MIN_FEED_ARTICLES:
        return None
    articles = [_article(b) for b in blocks]
    if all(a.date_line for a in articles) or all(RE_TAGGED_TITLE.match(a.title) for a in articles):
        return articles
    return None
