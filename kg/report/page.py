"""The report page: one HTML file (jinja2, autoescaped; CSS and SVG charts inline; a CSP forbids any request),
or a PDF printed by headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from kg.errors import ExportError
from kg.report import Report
from kg.report.charts import bar_chart

TEMPLATE = "page.html"
FORMATS = ("html", "pdf")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_PDF_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--no-first-run", "--no-pdf-header-footer")
PRINT_TIMEOUT_S = 120


def _amount(value: float | None) -> str:
    from kg.viz import format_amount

    return format_amount(value) if value else "—"


def group_links(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """chain_gaps rows (one per present link, one per candidate of a missing link) as one entry per link."""
    links: dict[tuple[Any, Any], dict[str, Any]] = {}
    for r in rows:
        link = links.setdefault((r["position"], r["link"]), {
            "position": r["position"], "link": r["link"], "present": r["present"],
            "local_projects": r.get("local_projects") or [],
            "local_investors": r.get("local_investors") or [],
            "candidates": []})
        if r.get("candidate"):
            evidence = list(zip(r.get("sentences") or [], r.get("docs") or [], strict=False))[:2]
            link["candidates"].append({**r, "evidence": evidence})
    return list(links.values())


def charts(report: Report) -> str:
    """The report's SVG charts: investment by industry and by year, the top investors."""
    out = [bar_chart(list(report.by_industry.items()), "按产业 investment by industry", _amount),
           bar_chart([(y, v[1]) for y, v in report.by_year.items()], "按年份 investment by year", _amount)]
    if report.kind == "place":
        out.append(bar_chart([(str(r["firm"]), float(r.get("amount_cny") or 0)) for r in report.investors],
                             "主要投资企业 top investors", _amount))
    return "".join(out)


def render(report: Report) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(Path(__file__).parent)), autoescape=True)
    return env.get_template(TEMPLATE).render(r=report, charts=markupsafe.Markup(charts(report)),
                                             amount=_amount, group_links=group_links)


def write_page(report: Report, path: str | Path, fmt: str = "html") -> Path:
    """Write the report as HTML, or as PDF through headless Chromium (ExportError when there is none)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown report format {fmt!r}; valid: {', '.join(FORMATS)}")
    path = Path(path)
    page = render(report)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "html":
            path.write_text(page, encoding="utf-8")
            return path
        chromium = next((p for n in CHROMIUM_NAMES if (p := shutil.which(n))), None)
        if chromium is None:
            raise ExportError(f"--format pdf prints through headless Chromium, and none is installed "
                              f"({', '.join(CHROMIUM_NAMES)}); write HTML instead (--format html) or install "
                              "one")
        with tempfile.TemporaryDirectory(prefix="kg-report-") as tmp:
            html_file = Path(tmp) / "report.html"
            html_file.write_text(page, encoding="utf-8")
            res = subprocess.run([chromium, *CHROMIUM_PDF_FLAGS, f"--user-data-dir={tmp}/profile",
                                  f"--print-to-pdf={path.resolve()}", html_file.as_uri()],
                                 capture_output=True, text=True, timeout=PRINT_TIMEOUT_S)
        if res.returncode != 0 or not path.exists():
            raise ExportError(f"{path}: Chromium could not print the report ({res.stderr.strip()[-200:]})")
    except OSError as exc:
        raise ExportError(f"{path}: cannot write the report ({exc.strerror or exc})") from exc
    return path
