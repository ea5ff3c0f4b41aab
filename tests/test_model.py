from kg.model import Entity, EntityType, Graph, Relation, RelType, make_key, normalise_name

# fmt: off
KEY_CASES = [
    (EntityType.FIRM, "山西易高能源有限公司", None, "firm:山西易高能源有限公司"),
    (EntityType.FIRM, " 宏 华果业", None, "firm:宏华果业"),
    (EntityType.PLACE, "邵阳市", "430500000000", "place:430500000000"),
    (EntityType.PLACE, "某地", None, "place:某地"),
    (EntityType.PROJECT, "“集客魔方”网红直播基地", None, "project:集客魔方网红直播基地"),
]
# fmt: on


def test_keys_are_deterministic():
    for etype, name, code, want in KEY_CASES:
        assert make_key(etype, name, code) == want
        assert Entity(etype, name, code=code).key == want


def test_normalise_name_nfkc():
    assert normalise_name("ＡＢＣ公司") == "ABC公司"


def test_graph_counts():
    f = Entity(EntityType.FIRM, "甲公司")
    p = Entity(EntityType.PROJECT, "乙项目")
    g = Graph({f.key: f, p.key: p}, (Relation(RelType.INVESTS_IN, f.key, p.key, amount_cny=1e8),))
    c = g.counts()
    assert c["firm"] == 1 and c["project"] == 1 and c["INVESTS_IN"] == 1 and c["park"] == 0
