"""HTML pages: main text via trafilatura, with an lxml fallback for very short pages; title, date, publisher.

Pages nested deeper than libxml2 parses (256 levels) come out of lxml cut off; their text is read with the
standard library's event parser instead, which has no depth limit.

>>> page = HtmlPage.parse("<html><head><title>标题</title><script>var x;</script></head>"
...                       "<body><nav>首页 新闻</nav><p>正文第一段。</p></body></html>")
>>> page.text, page.title
('正文第一段。', '标题')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

# When trafilatura keeps fewer characters than this, the page is read again with the lxml fallback.
MIN_MAIN_TEXT = 100

# Elements that never hold the main text.
DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
             "select", "button", "svg")  # fmt: skip
# class/id words of menus, share bars, breadcrumbs, comment boxes and footers.
RE_BOILERPLATE_ATTR = re.compile(
    r"(nav|menu|share|bdshare|breadcrumb|crumb|footer|header|comment|toolbar|sidebar|login|search|"
    r"copyright|related|position|location)",
    re.IGNORECASE,
)
# Block elements after which the fallback starts a new line.
BLOCK_TAGS = frozenset(
    "p div br li tr h1 h2 h3 h4 h5 h6 section article table ul ol dd dt blockquote pre td th".split()  # noqa: SIM905
)

# libxml2's error when a page is nested too deep: the tree it returns is cut off there.
DEPTH_LIMIT_ERROR = "ERR_RESOURCE_LIMIT"
# Elements whose content the depth-proof fallback skips (code and markup that is never text).
SKIP_CONTENT_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})

# Separators between an article title and the site name in <title>, and what a site name looks like.
RE_TITLE_SEPARATOR = re.compile(r"(\s*(?:_|\||｜|\s-\s|—)\s*)")
RE_SITE_NAME = re.compile(r"(政府|网站|门户|网$|在线$|频道$|首页$)")

# <meta name=...> names Chinese government sites use for title, date and publisher.
META_TITLE = ("ArticleTitle", "og:title", "title")
META_DATE = ("PubDate", "pubdate", "publishdate", "article:published_time", "og:release_date", "date")
META_PUBLISHER = ("ContentSource", "SiteName", "og:site_name", "author")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str | None
    date: str | None
    publisher: str | None

    @classmethod
    def parse(cls, html: str) -> HtmlPage:
        import lxml.html

        parser = lxml.html.HTMLParser()
        try:
            tree = lxml.html.document_fromstring(html, parser=parser)
        except Exception:  # lxml raises ParserError / ValueError on pages it cannot parse
            tree = None
        meta = _meta(tree) if tree is not None else {}
        if any(e.type_name == DEPTH_LIMIT_ERROR for e in parser.error_log):
            text = stdlib_text(html)  # lxml (and trafilatura, which parses with it) lost the deep part
        else:
            text = _trafilatura_text(html)
        if len(text) < MIN_MAIN_TEXT and tree is not None:
            # trafilatura keeps menus on very short pages; the fallback drops nav/share/footer elements
            text = _lxml_text(tree) or text
        title = _first(meta, META_TITLE)
        if not title and tree is not None:
            title = _page_title(tree)
        return cls(text, title, _first(meta, META_DATE), _first(meta, META_PUBLISHER))

    def cleaned(self, clean: Callable[[str], str]) -> HtmlPage:
        """The page with ``clean`` applied to its text and fields."""
        def opt(v: str | None) -> str | None:
            return clean(v) if v is not None else None

        return HtmlPage(clean(self.text), opt(self.title), opt(self.date), opt(self.publisher))


def _page_title(tree) -> str | None:  # type: ignore[no-untyped-def]
    """The page's one <h1>, else its <title> without the site name (…_咸宁市人民政府, … - 某某网)."""
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    h1s = [h for h in h1s if h]
    if len(h1s) == 1:
        return h1s[0]
    title = " ".join((tree.findtext(".//title") or "").split())
    parts = RE_TITLE_SEPARATOR.split(title)  # text, separator, text, …
    while len(parts) > 2 and RE_SITE_NAME.search(parts[-1]):
        del parts[-2:]
    return "".join(parts).strip() or None


def _first(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = meta.get(name.lower(), "").strip()
        if value:
            return value
    return None


def _meta(tree) -> dict[str, str]:  # type: ignore[no-untyped-def]
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        name = (el.get("name") or el.get("property") or "").lower()
        if name and name not in out and el.get("content"):
            out[name] = el.get("content")
    return out


def _trafilatura_text(html: str) -> str:
    import trafilatura

    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        favor_recall=True,
    )
    return (text or "").strip()


def _lxml_text(tree) -> str:  # type: ignore[no-untyped-def]
    body = tree.find("body")
    root = body if body is not None else tree
    for el in list(root.iter(*DROP_TAGS)):
        el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        attrs = f"{el.get('class', '')} {el.get('id', '')}"
        if attrs.strip() and RE_BOILERPLATE_ATTR.search(attrs):
            el.drop_tree()
    parts: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in BLOCK_TAGS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


class _TextCollector(HTMLParser):
    """Text of a page, block elements on their own lines, code elements skipped; any nesting depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_CONTENT_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_CONTENT_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def stdlib_text(html: str) -> str:
    """A page's text by the standard library's event parser (no tree, so no depth limit).

    >>> stdlib_text("<html><head><title>t</title></head><body>" + "<div>" * 300 + "<p>正文。</p><script>1")
    '正文。'
    """
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)
