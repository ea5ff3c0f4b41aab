// LadybugDB variant: a program (kg.recipe_programs.shortest_paths), because Ladybug searches for shortest
// paths from one end only, and from a firm the fourth step reaches most of a large graph (0.3 s on 1M
// relations). Two steps out from each firm meet in milliseconds; the paths are rebuilt from the walks of
// each side to the nodes where they meet. Firms are found through the name index first and passed as keys:
// joined with the name index in one statement, Ladybug plans the search badly (seconds). Relationship types
// keep walks off the name index. Ladybug 0.22 loses rows when one MATCH chains two steps of several
// relationship types through an unlabelled node, so each walk step is a MATCH of its own; the keys of the
// walks' last nodes are compared after a WITH (a filter on them scans every node otherwise).
// program: shortest_paths
// step: ends
MATCH (:Name {key: $firm_a})-[:NAMES]->(a:Firm)
MATCH (:Name {key: $firm_b})-[:NAMES]->(b:Firm)
WHERE a.key <> b.key
RETURN a.key AS a, b.key AS b, a.name AS firm_a, b.name AS firm_b
// step: meet
MATCH (a:Firm {key: $a}), (b:Firm {key: $b})
MATCH pa = (a)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF* SHORTEST 1..2]-(m),
      pb = (b)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF* SHORTEST 1..2]-(m)
RETURN m.key AS middle, length(pa) AS da, length(pb) AS db
UNION ALL
MATCH (a:Firm {key: $a})-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF]-(b:Firm {key: $b})
RETURN b.key AS middle, 1 AS da, 0 AS db
// step: walk1
MATCH (s:Firm {key: $start})-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF]-(m)
WITH s, m, m.key AS mk
WHERE mk IN $targets
RETURN mk AS middle, [s.name, m.name] AS path
// step: walk2
MATCH (s:Firm {key: $start})-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF]-(x)
WITH s, x
MATCH (x)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF]-(m)
WITH s, x, m, m.key AS mk
WHERE mk IN $targets
RETURN mk AS middle, [s.name, x.name, m.name] AS path
// step: paths
MATCH (a:Firm {key: $a}), (b:Firm {key: $b})
MATCH p = (a)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF* ALL SHORTEST 1..6]-(b)
RETURN length(p) AS hops, properties(nodes(p), 'name') AS path
