"""Sample graphs for the export and viz tests (not a test module).

``seed_graph()`` is built from the gold annotations of the seeds (real text: every relation's evidence is the
sentence of the document that names both ends), plus a small hand-made 新能源汽车 chain (industries with
chain/position, UPSTREAM_OF) and official codes for the places the chain view needs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelType, make_key

GOLD = Path(__file__).resolve().parent / "data" / "gold_seeds.jsonl"
RE_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
# Official codes (统计用区划代码) of the places the tests look at.
PLACE_CODES = {"湖南省": "430000000000", "邵阳市": "430500000000", "长沙市": "430100000000"}
CHAIN = "新能源汽车"
CHAIN_LINKS = (("锂矿资源", 0), ("电池材料", 1), ("动力电池", 2), ("整车制造", 3))
# project name -> chain link
CHAIN_MEMBERS = {"国碳纳米锂离子导电材料项目": "电池材料", "动力与储能用新型磷酸铁锂材料项目": "电池材料",
                 "锂离子动力电池项目": "动力电池", "比亚迪电池项目": "动力电池",
                 "上汽大众新能源汽车项目": "整车制造"}


def _evidence(doc: Document, a: str, b: str, rule: str) -> tuple[Evidence, ...]:
    sentences = list(RE_SENTENCE.finditer(doc.text))
    for test in (lambda s: a in s and b in s, lambda s: a in s):  # both ends, else the subject's sentence
        for m in sentences:
            if test(m.group()):
                return (Evidence(doc.doc_id, m.group(), m.start(), m.end(), rule, 0.9),)
    return ()


def seed_graph() -> Graph:
    entities: dict[str, Entity] = {}
    names: dict[str, str] = {}  # name -> key
    relations: dict[tuple[str, str, str], Relation] = {}
    documents: dict[str, Document] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        doc = Document(d["doc_id"], d["source"], d["title"], d["date"], d["region"], d["text"])
        documents[doc.doc_id] = doc
        for etype, items in d["entities"].items():
            for item in items:
                t = EntityType(etype)
                code = PLACE_CODES.get(item["name"]) if t is EntityType.PLACE else None
                key = make_key(t, item["name"], code)
                old = entities.get(key)
                entities[key] = Entity(t, item["name"], tuple(dict.fromkeys((*(old.aliases if old else ()),
                                                                              *item.get("aliases", ())))),
                                       level=item.get("level"), code=code,
                                       sources=tuple(dict.fromkeys((*(old.sources if old else ()),
                                                                    doc.doc_id))))
                names[item["name"]] = key
        for rel in d["relations"]:
            a = rel.get("firm") or rel["subject"]
            b = rel.get("project") or rel["object"]
            if rel["type"] == "IN_INDUSTRY" and b not in names:
                ind = Entity(EntityType.INDUSTRY, b)
                entities.setdefault(ind.key, ind)
                names[b] = ind.key
            if a not in names or b not in names:
                continue
            r = Relation(RelType(rel["type"]), names[a], names[b], amount_cny=rel.get("amount_cny"),
                         currency="CNY" if rel.get("amount_cny") else None,
                         amount=rel.get("amount_cny"), evidence=_evidence(doc, a, b, "gold"))
            relations.setdefault(r.key, r)
    # the chain
    for name, position in CHAIN_LINKS:
        e = Entity(EntityType.INDUSTRY, name,
                   attrs={"chain": CHAIN, "position": position, "keywords": [name]})
        entities[e.key] = e
    for (up, _), (down, _) in zip(CHAIN_LINKS, CHAIN_LINKS[1:], strict=False):
        r = Relation(RelType.UPSTREAM_OF, make_key("industry", up), make_key("industry", down),
                     provenance="taxonomy")
        relations[r.key] = r
    for project, link in CHAIN_MEMBERS.items():
        r = Relation(RelType.IN_INDUSTRY, names[project], make_key("industry", link),
                     evidence=(Evidence("taxonomy", project, 0, len(project), "taxonomy", 0.5),),
                     provenance="taxonomy")
        relations[r.key] = r
    for city in ("邵阳市", "长沙市"):
        r = Relation(RelType.PART_OF, names[city], names["湖南省"], provenance="gazetteer")
        relations[r.key] = r
    documents["taxonomy"] = Document("taxonomy", "kg/data/industries.json", "产业链分类", None, None, "")
    return Graph(entities, tuple(relations.values()), documents)
