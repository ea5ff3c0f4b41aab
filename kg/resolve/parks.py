"""The parks phase: one node per park across its written forms, placed by its name.

* The key is the canonical name of the naming grammar (:meth:`kg.lexicon.Lexicon.park_canonical`):
  邵阳经开区 = 邵阳经济技术开发区 = 邵阳市经济技术开发区.
* 经开区 abbreviates both the national 经济技术开发区 and the provincial 经济开发区. X经开区 joins the form
  the corpus writes in full: the provincial X经济开发区 when only that is written, else the national one. A
  national and a provincial zone of one city are two nodes, never merged.
* Only forms written in a document name a park (an extractor's expansion that the text never wrote does not),
  and a form holding a clause is cut to the park's name (项目用地顺利出让恒通跨境综合产业园 ->
  恒通跨境综合产业园).
* A park is in the place its name starts with (resolved near the document's region), else where the text puts
  it.
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon import Lexicon
from kg.lexicon.gazetteer import Gazetteer, Place
from kg.lexicon.grammar import PARK_ABBREVIATIONS
from kg.model import Entity, EntityType, Relation, RelType, make_key
from kg.resolve.names import cut_clause
from kg.resolve.report import CHOSEN, CLEANED, MERGED, ResolveReport
from kg.resolve.state import Builder, DocState

PHASE = "parks"
ECON_ABBREVIATION = "经开区"  # national 经济技术开发区 or provincial 经济开发区
NATIONAL_ECON_ZONE = "经济技术开发区"
PROVINCIAL_ECON_ZONE = "经济开发区"
GAZETTEER_PROVENANCE = "gazetteer"


def written_forms(d: DocState, e: Entity, lex: Lexicon, report: ResolveReport | None = None) -> list[str]:
    """The park's names as the document writes them, each cut to the park name it holds; a generic form the
    text uses to point back at the park (高新区, 经开区, 新区) names no park of its own and is left out."""
    forms = []
    names = [n for n in e.names if d.written(n) and lex.park_canonical(n)] or [e.name]
    for raw in names:
        name, prefix, _ = cut_clause(raw, lambda rest: lex.park_canonical(rest) is not None)
        if prefix and report is not None:
            report.add(PHASE, CLEANED, raw, name, f"'{prefix}' is part of the sentence ({d.doc_id})")
        forms.append(name)
    return list(dict.fromkeys(forms))


def canonical_park(forms: list[str], lex: Lexicon, written_in_full: set[str]) -> tuple[str, str | None, bool]:
    """(canonical name, park type, whether an X经开区 was read as the provincial X经济开发区).

    >>> lex = Lexicon.load()
    >>> canonical_park(["大同经开区"], lex, {"大同经济开发区"})
    ('大同经济开发区', '经济开发区', True)
    >>> canonical_park(["大同经开区"], lex, set())
    ('大同经济技术开发区', '经济技术开发区', False)
    """
    full = [f for f in forms if not f.endswith(ECON_ABBREVIATION) and lex.park_canonical(f)]
    for f in full or forms:
        canon = lex.park_canonical(f)
        if canon is None:
            continue
        name, ptype = canon
        if f.endswith(ECON_ABBREVIATION) and ptype == NATIONAL_ECON_ZONE:
            provincial = name[: -len(NATIONAL_ECON_ZONE)] + PROVINCIAL_ECON_ZONE
            if name not in written_in_full and provincial in written_in_full:
                return provincial, PROVINCIAL_ECON_ZONE, True
        return name, ptype, False
    return forms[0], None, False


def resolve_parks(b: Builder, docs: list[DocState], lex: Lexicon, report: ResolveReport) -> None:
    """The parks phase: park nodes (keymaps filled), each with its type and place code."""
    items = [(d, e, written_forms(d, e, lex, report)) for d in docs for e in d.entities(EntityType.PARK)]
    in_full = {c[0] for _, _, forms in items for f in forms
               if not f.endswith(ECON_ABBREVIATION) and (c := lex.park_canonical(f))}
    seen_forms: dict[str, dict[str, None]] = defaultdict(dict)
    chosen: set[str] = set()
    for d, e, forms in items:
        name, ptype, provincial = canonical_park(forms, lex, in_full)
        node = b.node(EntityType.PARK, name)
        node.add_names(forms, d.doc_id)
        for f in forms:
            seen_forms[name][f] = None
        if provincial:
            for f in forms:
                if f.endswith(ECON_ABBREVIATION) and f not in chosen:
                    chosen.add(f)
                    report.add(PHASE, CHOSEN, f, name, f"the corpus writes this park in full only as a "
                               f"provincial {PROVINCIAL_ECON_ZONE}")
        if ptype:
            node.attrs.setdefault("park_type", ptype)
            if not provincial:
                for short in PARK_ABBREVIATIONS.get(ptype, ()):
                    node.aliases[name[: -len(ptype)] + short] = None
        if "place_code" not in node.attrs:
            code = _place_code(lex, name, d, e.key)
            if code is not None:
                node.attrs["place_code"] = code
        d.keymap[e.key] = node_key(name)
    for name, written in seen_forms.items():
        if len(written) > 1:
            for f in written:
                if f != name:
                    report.add(PHASE, MERGED, f, name, f"one park written {len(written)} ways")


def _place_code(lex: Lexicon, name: str, d: DocState, key: str) -> str | None:
    """The code of a park's place: from its name (near the document's region), else from the place the text
    locates it in."""
    code = park_place(lex.gazetteer, name, d.region)
    target = d.located.get(key, "")
    if code is None and target.startswith("place:"):
        p = lex.gazetteer.get(target.split(":", 1)[1])
        code = p.code if p else None
    return code


def node_key(name: str) -> str:
    return make_key(EntityType.PARK, name)


def park_place(gaz: Gazetteer, park_name: str, region: Place | None) -> str | None:
    """The place a park's name starts with (邵阳经济技术开发区 -> 邵阳市), resolved near the region."""
    for m in gaz.find(park_name, region):
        if m.start == 0 and m.code:
            return m.code
        break
    return None


def add_park_places(b: Builder, gaz: Gazetteer) -> None:
    """LOCATED_IN from each park to the place of its name, unless the text already places it."""
    placed = {k[1] for k in b.rels if k[0] == RelType.LOCATED_IN.value}
    for key, a in list(b.nodes.items()):
        if a.type is EntityType.PARK and a.attrs.get("place_code"):
            p = gaz.get(a.attrs["place_code"])
            if p is not None and key not in placed:
                b.relate(Relation(RelType.LOCATED_IN, key, b.place_node(p), provenance=GAZETTEER_PROVENANCE))
