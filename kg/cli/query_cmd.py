"""``kg recipes`` and ``kg query``: list the Cypher recipes and run one on the embedded store or Neo4j."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from kg.cli.main import cli, echo_json, kg_errors
from kg.errors import RecipeError
from kg.graphio import default_store_dir
from kg.recipe_checks import page_params, suggest
from kg.recipes import Recipe, check_params, example_call, load_recipes, parse_params, run_recipe
from kg.sheets import rows_to_csv, write_rows

FORMATS = ("table", "json", "csv", "xlsx")
MAX_CELL = 60  # characters of a table cell before it is cut with …


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _width(s: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    return sum(2 if ord(c) >= 0x1100 and not 0xFF61 <= ord(c) <= 0xFFDC else 1 for c in s)


def _cut(s: str) -> str:
    return s if len(s) <= MAX_CELL else s[: MAX_CELL - 1] + "…"


def format_table(rows: list[dict[str, Any]]) -> str:
    """Rows as an aligned text table (CJK-aware widths)."""
    if not rows:
        return "(no rows)"
    cols = list(rows[0])
    cells = [[_cut(_cell(r.get(c))) for c in cols] for r in rows]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(cols)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(cols), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    return "\n".join(out)


def format_csv(rows: list[dict[str, Any]]) -> str:
    """Rows as CSV (UTF-8 byte-order mark first, lists as readable text); text cells a spreadsheet would run
    as formulas get a leading quote (numbers stay)."""
    return rows_to_csv(rows).rstrip("\n")


@cli.command("recipes")
@click.option("--queries", "queries_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Recipes folder (default: the recipes shipped with kg).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (name, params, description, example).")
@kg_errors
def recipes_command(queries_dir: Path | None, as_json: bool) -> None:
    """List the query recipes: name, parameters and what each answers.

    Example:

        kg recipes
    """
    recipes = load_recipes(queries_dir)
    if as_json:
        echo_json([_recipe_info(r) for r in recipes.values()])
        return
    for r in recipes.values():
        params = ", ".join(f"${p}={r.defaults[p]}" if p in r.defaults else f"${p}" for p in r.params) or "-"
        variants = f"  [variants: {', '.join(sorted(r.variants))}]" if r.variants else ""
        click.echo(f"{r.name}({params}){variants}\n    {r.description}\n    e.g. {example_call(r)}")


def _recipe_info(r: Recipe) -> dict[str, Any]:
    return {"name": r.name, "params": list(r.params), "description": r.description,
            "example": example_call(r), "variants": sorted(r.variants), "defaults": dict(r.defaults),
            "choices": {k: list(v) for k, v in r.choices.items()}}


@cli.command("query")
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A recipe parameter (repeatable); numbers become int/float.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="xlsx needs -o; csv starts with a UTF-8 byte-order mark, so Excel reads Chinese.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the rows to this file instead of printing them (format: --format, else the "
                   "file's suffix).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Store folder (default: $KG_STORE or .kg); the embedded database is its ladybug/ folder.")
@click.option("--neo4j", "neo4j_uri", metavar="URI", help="Run on Neo4j instead (bolt://host:7687).")
@click.option("--user", help="Neo4j user (default: $KG_NEO4J_USER or neo4j).")
@click.option("--password", help="Neo4j password (default: $KG_NEO4J_PASSWORD).")
@click.option("--queries", "queries_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Recipes folder (default: the recipes shipped with kg).")
@click.option("--limit", type=click.IntRange(0, None), default=None,
              help="At most this many rows (a paged recipe's limit; otherwise the rows are cut).")
@click.option("--offset", type=click.IntRange(0, None), default=None,
              help="Skip this many rows first (a paged recipe's offset; otherwise the rows are cut).")
@kg_errors
def query_command(name: str, params: tuple[str, ...], fmt: str, output: Path | None, store_dir: Path | None,
                  neo4j_uri: str | None, user: str | None, password: str | None, queries_dir: Path | None,
                  limit: int | None, offset: int | None) -> None:
    """Run the recipe NAME with -p key=value parameters and print its rows (or write them with -o).

    Parameters left out take the recipe's defaults (``kg recipes`` lists them); a name, chain or level the
    graph does not hold is an error that suggests the nearest ones. Places print by name, with the places
    above them.

    Example:

        kg query firm_profile -p firm=山西易高能源有限公司 --format json
        kg query top_investors -p limit=20 --format xlsx -o investors.xlsx
        kg query firms_across_regions --limit 20 --offset 20
    """
    if fmt == "xlsx" and output is None:
        raise click.UsageError("--format xlsx writes a file: give it with -o FILE.xlsx")
    from kg.store import EMBEDDED_DIR, open_store

    recipes = load_recipes(queries_dir)
    if name not in recipes:
        near = suggest(name, recipes)
        hint = f"; did you mean: {', '.join(near)}" if near else ""
        raise RecipeError(f"no recipe {name!r}{hint}; valid: {', '.join(recipes)}")
    recipe = recipes[name]
    values = parse_params(list(params), name)
    values, cut = page_params(recipe, values, limit, offset)
    check_params(recipe, values)
    if neo4j_uri:
        store = open_store(neo4j_uri, user=user, password=password)
    else:
        # Opening creates nothing; running on a folder without a built store raises StoreError.
        store = open_store((store_dir or default_store_dir()) / EMBEDDED_DIR)
    with store:
        rows = run_recipe(store, recipe, values)
    rows = rows[cut]
    if output is not None:
        write_rows(rows, output, output.suffix.lstrip(".").lower() if fmt == "table" else fmt, sheet=name)
        click.echo(f"wrote {len(rows)} row(s) to {output}")
    elif fmt == "json":
        echo_json(rows)
    elif fmt == "csv":
        click.echo(format_csv(rows))
    else:
        click.echo(format_table(rows))
