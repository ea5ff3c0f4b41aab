"""Interactive, self-contained HTML views of the graph (pyvis / vis-network, inlined: works offline).

``write_html(graph, path, ViewSpec(chain="新能源汽车", place="邵阳市"))`` selects a subgraph
(:mod:`kg.viz.select`), styles it (colour and shape per type, size by investment or degree, edge labels such
as 投资 16亿元, tooltips with the evidence sentence and source document) and writes one HTML file with
vis-network inlined and a Content Security Policy that forbids any request. Every piece of document text that
reaches HTML is escaped with :func:`html.escape`; node and edge labels are drawn on the canvas as text, and
the data is embedded as JSON with ``<``, ``>``, ``&`` and ``'`` escaped, so a name such as ``</script>``
cannot end the script.
"""

from __future__ import annotations

import html
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import markupsafe
import pyvis
from pyvis.network import Network

from kg.atomic import atomic_write, out_of_space
from kg.errors import ExportError
from kg.model import Entity, EntityType, Graph, Relation, RelType
from kg.viz.select import (
    Selection,
    cap,
    select_all,
    select_around,
    select_chain,
    select_chain_gaps,
    select_place,
    select_rows,
)

__all__ = ["ViewSpec", "View", "build_view", "format_amount", "select_rows", "to_pyvis", "write_html",
           "view_from_selection"]

# type -> (colour, vis shape, legend label)
TYPE_STYLE: dict[EntityType, tuple[str, str, str]] = {
    EntityType.FIRM: ("#e4572e", "dot", "企业 Firm"),
    EntityType.PROJECT: ("#f3a712", "diamond", "项目 Project"),
    EntityType.PARK: ("#3f5aa8", "square", "园区 Park"),
    EntityType.PLACE: ("#669bbc", "triangle", "地区 Place"),
    EntityType.INDUSTRY: ("#2a9d8f", "hexagon", "产业 Industry"),
}
SHAPE_CSS = {"dot": "border-radius: 50%;", "diamond": "transform: rotate(45deg) scale(.8);", "square": "",
             "triangle": "clip-path: polygon(50% 0, 100% 100%, 0 100%);",
             "hexagon": "clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%);"}
CURRENCY_UNITS = {"CNY": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元", "JPY": "日元", "GBP": "英镑"}
MISSING_COLOUR = "#bbbbbb"
PRESENT_BORDER = "#d62828"
CANDIDATE_BORDER = "#7b2cbf"  # a firm elsewhere that could fill a missing link, and its project there
CANDIDATE_MARK = "候选 candidate"
MAX_EVIDENCE_IN_TIP = 3
CHAIN_COLUMN_WIDTH = 330
CHAIN_ROW_HEIGHT = 85
DEFAULT_MAX_NODES = 500
PHYSICS_ITERATIONS = 300
VIS_LIB = "lib/vis-9.1.2/vis-network.min.js"
TEMPLATE = "page.html"


@dataclass(frozen=True, slots=True)
class ViewSpec:
    """What to draw: ``around`` + ``hops``, ``place``, ``chain`` (+ ``place``), or the whole graph."""

    around: str | None = None
    hops: int = 1
    place: str | None = None
    chain: str | None = None
    max_nodes: int = DEFAULT_MAX_NODES


@dataclass(frozen=True, slots=True)
class View:
    """A styled subgraph ready for vis-network: node and edge dicts, options, and the page's texts."""

    title: str
    nodes: tuple[dict[str, Any], ...]
    edges: tuple[dict[str, Any], ...]
    options: dict[str, Any]
    note: str | None  # what the node cap left out and how to narrow the view
    summary: str


def format_amount(amount: float, currency: str | None = "CNY") -> str:
    """An amount the way the reports write it.

    >>> format_amount(1.6e9), format_amount(5.5e7), format_amount(2e8, "USD"), format_amount(3000)
    ('16亿元', '5500万元', '2亿美元', '3000元')
    """
    unit = CURRENCY_UNITS.get(currency or "CNY", f" {currency}")
    if amount >= 1e8:
        return f"{amount / 1e8:.4g}亿{unit}"
    if amount >= 1e4:
        return f"{amount / 1e4:.4g}万{unit}"
    return f"{amount:.4g}{unit}"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _doc_label(graph: Graph, doc_id: str) -> str:
    doc = graph.documents.get(doc_id)
    if doc is None:
        return _esc(doc_id)
    parts = [doc.title or doc.source or doc_id, doc.date, doc.source if doc.title else None]
    return " · ".join(_esc(p) for p in parts if p)


def _node_title(graph: Graph, e: Entity) -> str:
    lines = [f"<b>{_esc(e.name)}</b>", f"{_esc(TYPE_STYLE[e.type][2])} · {_esc(e.key)}"]
    if e.aliases:
        lines.append("别名: " + _esc("、".join(e.aliases)))
    if e.level or e.code:
        lines.append(" ".join(_esc(x) for x in (e.level, e.code) if x))
    for k in ("park_type", "chain", "position", "stage", "year"):
        if e.attrs.get(k) is not None:
            lines.append(f"{_esc(k)}: {_esc(e.attrs[k])}")
    if e.sources:
        more = len(e.sources) - MAX_EVIDENCE_IN_TIP
        lines.append("来源: " + "; ".join(_doc_label(graph, d) for d in e.sources[:MAX_EVIDENCE_IN_TIP])
                     + (f" (+{more})" if more > 0 else ""))
    return "<br>".join(lines)


def _edge_label(r: Relation) -> str:
    label = r.type.spec.label  # from the relation table (kg.model.RelType)
    if r.type is RelType.INVESTS_IN:
        if r.amount is not None:
            return f"{label} {format_amount(r.amount, r.currency)}"
        if r.amount_cny is not None:
            return f"{label} {format_amount(r.amount_cny)}"
    return label


def _edge_title(graph: Graph, r: Relation) -> str:
    lines = [f"<b>{_esc(_edge_label(r))}</b> ({_esc(r.type.value)}, {_esc(r.provenance)})"]
    for ev in r.evidence[:MAX_EVIDENCE_IN_TIP]:
        lines.append(f"“{_esc(ev.sentence)}”<br>"
                     f"<i>{_doc_label(graph, ev.doc_id)} @{ev.start} · {_esc(ev.rule)}</i>")
    if len(r.evidence) > MAX_EVIDENCE_IN_TIP:
        lines.append(f"… {len(r.evidence) - MAX_EVIDENCE_IN_TIP} more")
    return "<br>".join(lines)


def _sizes(graph: Graph, keys: set[str], relations: list[Relation]) -> dict[str, float]:
    invested: defaultdict[str, float] = defaultdict(float)
    degree: Counter[str] = Counter()
    for r in relations:
        degree[r.source] += 1
        degree[r.target] += 1
        if r.type is RelType.INVESTS_IN and r.amount_cny:
            invested[r.source] += r.amount_cny
            invested[r.target] += r.amount_cny
    out = {}
    for k in keys:
        if invested[k]:
            out[k] = min(48.0, 14 + 6 * math.log10(1 + invested[k] / 1e7))
        else:
            out[k] = min(40.0, 10 + 4 * math.sqrt(degree[k]))
    return out


def _chain_positions(graph: Graph, sel: Selection, relations: list[Relation]) -> dict[str, tuple[int, int]]:
    """Fixed x/y for a chain view: one column per chain position, upstream on the left; each link's projects
    and firms stacked under it."""
    columns = sorted({int(graph.entities[k].attrs.get("position") or 0) for k in sel.chain})
    col_of = {p: i for i, p in enumerate(columns)}
    attached: dict[str, list[str]] = defaultdict(list)
    investors: dict[str, list[str]] = defaultdict(list)
    for r in relations:
        if r.type is RelType.IN_INDUSTRY:
            attached[r.target].append(r.source)
        elif r.type is RelType.INVESTS_IN:
            investors[r.target].append(r.source)
    pos: dict[str, tuple[int, int]] = {}
    cursor: Counter[int] = Counter()
    for link in sel.chain:
        col = col_of[int(graph.entities[link].attrs.get("position") or 0)]
        x = col * CHAIN_COLUMN_WIDTH
        pos[link] = (x, cursor[col])
        cursor[col] += CHAIN_ROW_HEIGHT
        for m in sorted(attached[link]):
            for k in (m, *sorted(investors[m])):
                if k not in pos:
                    pos[k] = (x + (150 if k != m else 0), cursor[col])
                    cursor[col] += CHAIN_ROW_HEIGHT
        cursor[col] += CHAIN_ROW_HEIGHT // 2
    return pos


def _options(physics: bool) -> dict[str, Any]:
    return {
        "autoResize": True,
        "physics": {"enabled": physics, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": physics, "iterations": PHYSICS_ITERATIONS, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 120},
        "edges": {"smooth": False, "font": {"size": 11, "align": "middle", "strokeWidth": 3},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "color": {"inherit": False}},
        "nodes": {"font": {"size": 14}, "borderWidth": 1},
    }


def _note(sel: Selection, shown: int) -> str | None:
    if not sel.left_out:
        return None
    left = "、".join(f"{n} {t}" for t, n in sel.left_out.items())
    return (f"Showing {shown} of {sel.total} nodes (the most connected); left out: {left}. "
            "Narrow the view with --around NAME --hops 1, --place NAME or --chain NAME, "
            "or raise --max-nodes.")


def view_from_selection(graph: Graph, sel: Selection) -> View:
    """Style a selection: nodes, edges (relations between selected entities), options and page texts."""
    keys = set(sel.keys)
    relations = sorted((r for r in graph.relations if r.source in keys and r.target in keys),
                       key=lambda r: r.key)
    sizes = _sizes(graph, keys, relations)
    positions = _chain_positions(graph, sel, relations) if sel.chain else {}
    nodes = []
    for k in sel.keys:
        e = graph.entities[k]
        colour, shape, _ = TYPE_STYLE[e.type]
        node: dict[str, Any] = {"id": k, "label": e.name, "title": _node_title(graph, e), "shape": shape,
                                "color": colour, "size": round(sizes[k], 1)}
        if k in sel.missing:
            node.update(color={"background": "#f2f2f2", "border": MISSING_COLOUR},
                        label=f"{e.name}\n(缺口 gap)", shapeProperties={"borderDashes": [6, 4]},
                        font={"color": "#888888"}, borderWidth=2)
        elif k in sel.present:
            node.update(color={"background": colour, "border": PRESENT_BORDER}, borderWidth=4)
        elif k in sel.candidates:
            node.update(color={"background": colour, "border": CANDIDATE_BORDER}, borderWidth=4,
                        shapeProperties={"borderDashes": [3, 3]},
                        label=f"{e.name}\n({CANDIDATE_MARK})" if e.type is EntityType.FIRM else e.name)
        if k in positions:
            node["x"], node["y"] = positions[k]
        nodes.append(node)
    edges = []
    for r in relations:
        edge: dict[str, Any] = {"from": r.source, "to": r.target, "label": _edge_label(r),
                                "title": _edge_title(graph, r), "color": "#8a8a8a",
                                "width": 1 + min(4, len(r.evidence))}
        if r.type is RelType.UPSTREAM_OF:
            gap = r.source in sel.missing or r.target in sel.missing
            edge.update(color=MISSING_COLOUR if gap else "#2a9d8f", width=3, dashes=gap)
        elif r.provenance != "text":
            edge["dashes"] = True
        edges.append(edge)
    counts = Counter(graph.entities[k].type for k in sel.keys)
    summary = f"{len(nodes)} nodes, {len(edges)} edges: " + ", ".join(
        f"{counts[t]} {t.value}" for t in EntityType if counts[t])
    if sel.missing:
        summary += f"; {len(sel.missing)} chain link(s) missing here"
    n_candidates = sum(1 for k in sel.candidates if graph.entities[k].type is EntityType.FIRM)
    if n_candidates:
        summary += f"; {n_candidates} firm(s) elsewhere invest in them"
    return View(sel.title, tuple(nodes), tuple(edges), _options(physics=not positions),
                _note(sel, len(nodes)), summary)


def build_view(graph: Graph, spec: ViewSpec = ViewSpec(), store_path: str | Path | None = None) -> View:
    """Select and style the view ``spec`` asks for (KgError for an unknown name or chain).

    A chain in a place is the chain_gaps recipe's answer (:mod:`kg.answers`), from the built store at
    ``store_path`` when there is one, else from ``graph`` loaded into a temporary store."""
    if spec.chain and spec.place:
        from kg.answers import answer, answer_store

        with answer_store(graph, store_path) as store:
            rows = answer(store, "chain_gaps", chain=spec.chain, place=spec.place)
        sel = select_chain_gaps(graph, spec.chain, spec.place, rows)
    elif spec.chain:
        sel = select_chain(graph, spec.chain)
    elif spec.around:
        sel = select_around(graph, spec.around, spec.hops)
    elif spec.place:
        sel = select_place(graph, spec.place)
    else:
        sel = select_all(graph)
    return view_from_selection(graph, cap(graph, sel, spec.max_nodes))


def to_pyvis(view: View) -> Network:
    """The view as a pyvis Network (vis-network inlined: ``cdn_resources="in_line"``)."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    for n in view.nodes:
        net.add_node(n["id"], **{k: v for k, v in n.items() if k != "id"})
    for e in view.edges:
        net.add_edge(e["from"], e["to"], **{k: v for k, v in e.items() if k not in ("from", "to")})
    net.set_options(json.dumps(view.options))
    return net


def _script_json(data: object) -> str:
    """JSON safe inside a <script> element: <, >, & and ' become \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("'", "\\u0027").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(view: View) -> str:
    """The page: vis-network and CSS inlined, no external resource, all text escaped."""
    net = to_pyvis(view)
    nodes, edges, _, _, _, options = net.get_network_data()
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(Path(__file__).parent),
                                        str(Path(pyvis.__file__).parent / "templates")]),
        autoescape=True)
    legend = [{"color": c, "css": SHAPE_CSS[s], "label": label} for c, s, label in TYPE_STYLE.values()]
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options)}
    return env.get_template(TEMPLATE).render(
        title=view.title, legend=legend, note=view.note, summary=view.summary,
        data_json=markupsafe.Markup(_script_json(data)))


def write_html(graph: Graph, path: str | Path, spec: ViewSpec = ViewSpec(),
               store_path: str | Path | None = None) -> View:
    """Build the view ``spec`` of ``graph`` and write it as one self-contained HTML file; returns the view."""
    return _write(build_view(graph, spec, store_path), path)


def _write(view: View, path: str | Path) -> View:
    path = Path(path)
    page = render_html(view)
    try:
        with atomic_write(path, "w", encoding="utf-8") as fh:
            fh.write(page)
    except OSError as exc:
        if out_of_space(exc, path.parent):
            raise ExportError(f"{path}: disk full while writing HTML; the previous file is kept") from exc
        raise ExportError(f"{path}: cannot write HTML ({exc.strerror or exc})") from exc
    return view


def write_recipe_html(graph: Graph, store_path: str | Path, recipe: str, params: dict[str, Any],
                      path: str | Path, max_nodes: int = 500) -> View:
    """Run a recipe on the embedded store and draw the subgraph its answer names."""
    from kg.recipes import run_recipe
    from kg.store import open_store

    with open_store(store_path) as store:
        rows = run_recipe(store, recipe, params)
    sel = cap(graph, select_rows(graph, rows, f"{recipe} " + " ".join(f"{k}={v}" for k, v in params.items())),
              max_nodes)
    return _write(view_from_selection(graph, sel), path)
