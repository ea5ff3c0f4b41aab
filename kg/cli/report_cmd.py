"""``kg report``: an offline HTML (or PDF) brief for a place and its chains, or for a firm."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.main import cli, kg_errors
from kg.graphio import default_store_dir


@cli.command()
@click.option("--place", metavar="NAME", help="The place the brief is about (and everything inside it).")
@click.option("--chain", metavar="NAME",
              help="With --place: this chain's links there and who could fill the gaps "
                   "(default: every chain the place's projects are in).")
@click.option("--year", type=int, help="With --place: only projects of this year.")
@click.option("--firm", metavar="NAME", help="The firm the brief is about (instead of --place).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(("html", "pdf")), default="html", show_default=True,
              help="pdf prints the page through headless Chromium.")
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Store folder (default: $KG_STORE or ./.kg).")
@kg_errors
def report(place: str | None, chain: str | None, year: int | None, firm: str | None, output: Path, fmt: str,
           store: Path | None) -> None:
    """Write a self-contained brief (opens offline): headline figures, charts, where the projects and their
    investors are, each chain's links with the firms elsewhere that could fill its gaps, and every project
    with its timeline and the sentences behind each fact.

    Example:
        kg report --place 邵阳市 --chain 新能源汽车 -o shaoyang.html
        kg report --firm 易高能源 -o yigao.html
    """
    from kg.report import make_report

    rep = make_report(store or default_store_dir(), output, place=place, chain=chain, year=year, firm=firm,
                      fmt=fmt)
    click.echo(f"wrote {output}: {rep.title}; " + ", ".join(f"{label.split()[-1]} {value}"
                                                            for label, value, _ in rep.headline))
