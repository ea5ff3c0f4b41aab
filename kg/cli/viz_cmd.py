"""kg CLI commands: ``kg viz`` (interactive HTML) and ``kg validate FILE`` (SHACL)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.main import cli, kg_errors
from kg.graphio import default_store_dir, read_graph


@cli.command()
@click.option("--store", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Store folder holding graph.json (default: $KG_STORE or ./.kg).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True)
@click.option("--around", metavar="NAME", help="Ego network around the entity with this name, key or alias.")
@click.option("--hops", type=click.IntRange(1, 5), default=1, show_default=True, help="Radius for --around.")
@click.option("--place", metavar="NAME",
              help="Everything located in this place (and places inside it); with --chain: the 招商图: the "
                   "links present there, and for each missing link the firms elsewhere that invest in it.")
@click.option("--chain", metavar="NAME",
              help="An industrial chain, upstream -> downstream, with its firms and projects.")
@click.option("--recipe", metavar="NAME", help="The subgraph a recipe's answer names (with -p key=value).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of --recipe.")
@click.option("--max-nodes", type=click.IntRange(10, None), default=500, show_default=True,
              help="Node cap: above it the view keeps the most connected nodes and says what it left out.")
@kg_errors
def viz(store: Path | None, output: Path, around: str | None, hops: int, place: str | None, chain: str | None,
        recipe: str | None, params: tuple[str, ...], max_nodes: int) -> None:
    """Write an interactive, self-contained HTML view of the graph (works offline).

    With no view option the whole graph is drawn (filtered to --max-nodes).

    Example:
        kg viz --chain 新能源汽车 --place 邵阳市 -o chain.html
        kg viz --around 山西易高能源有限公司 --hops 2 -o ego.html
        kg viz --recipe projects_in_park -p park=邵阳经开区 -o park.html
    """
    from kg.viz import ViewSpec, write_html, write_recipe_html

    folder = store or default_store_dir()
    if recipe:
        from kg.recipes import parse_params
        from kg.store import EMBEDDED_DIR

        view = write_recipe_html(read_graph(folder), folder / EMBEDDED_DIR, recipe,
                                 parse_params(list(params), recipe), output, max_nodes)
    else:
        from kg.store import EMBEDDED_DIR

        spec = ViewSpec(around=around, hops=hops, place=place, chain=chain, max_nodes=max_nodes)
        view = write_html(read_graph(folder), output, spec, folder / EMBEDDED_DIR)
    click.echo(f"wrote {output}: {view.summary}")


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--shapes", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
              help="SHACL shapes (default: the shapes shipped with kg).")
@click.option("--strict", is_flag=True, help="Fail on warnings too (e.g. a place without its official code).")
@kg_errors
def validate(file: Path, shapes: Path | None, strict: bool) -> None:
    """Check an RDF file (.ttl, .jsonld, .nt) against kg's SHACL shapes; exit 1 when it does not conform.

    Example:
        kg export rdf -o graph.ttl && kg validate graph.ttl
    """
    from kg.rdf.shacl import validate_file

    report = validate_file(file, shapes=shapes, strict=strict)
    for result in report.results:
        click.echo(str(result))
    summary = f"{len(report.violations)} violation(s), {len(report.warnings)} warning(s)"
    if not report.conforms:
        raise click.ClickException(f"{file} does not conform: {summary}")
    click.echo(f"{file} conforms ({summary})")
