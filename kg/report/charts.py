"""Charts drawn as inline SVG (no library, no request): horizontal bars with their values written out.

>>> svg = bar_chart([("湖南省", 3.0), ("<b>", 1.0)], "项目 projects")
>>> svg.startswith("<svg") and "&lt;b&gt;" in svg and "<b>" not in svg
True
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

BAR_HEIGHT = 22
BAR_GAP = 6
LABEL_WIDTH = 230
BAR_WIDTH = 360
VALUE_WIDTH = 110
TITLE_HEIGHT = 26
BAR_COLOUR = "#3f5aa8"
MAX_BARS = 15


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def bar_chart(items: Sequence[tuple[str, float]], title: str, fmt: Callable[[float], str] = "{:g}".format,
              links: Sequence[str | None] | None = None) -> str:
    """An SVG bar chart of (label, value) items, largest first, at most MAX_BARS; each bar may link to an
    anchor."""
    ranked = sorted(((str(k), float(v), (links or [None] * len(items))[i]) for i, (k, v) in enumerate(items)),
                    key=lambda t: (-t[1], t[0]))[:MAX_BARS]
    top = max((v for _, v, _ in ranked), default=0.0) or 1.0
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = TITLE_HEIGHT + len(ranked) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
           f'role="img" aria-label="{_esc(title)}">',
           f'<text x="0" y="18" font-size="14" font-weight="bold">{_esc(title)}</text>']
    for i, (label, value, link) in enumerate(ranked):
        y = TITLE_HEIGHT + i * (BAR_HEIGHT + BAR_GAP)
        w = max(1.0, BAR_WIDTH * value / top)
        bar = (f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" font-size="12" text-anchor="end">'
               f'{_esc(label)}</text>'
               f'<rect x="{LABEL_WIDTH}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}" fill="{BAR_COLOUR}"/>'
               f'<text x="{LABEL_WIDTH + w + 6:.1f}" y="{y + 15}" font-size="12">{_esc(fmt(value))}</text>')
        out.append(f'<a href="#{_esc(link)}">{bar}</a>' if link else bar)
    if not ranked:
        out.append(f'<text x="0" y="{TITLE_HEIGHT + 14}" font-size="12" fill="#777">(无数据 no data)</text>')
    out.append("</svg>")
    return "".join(out)
