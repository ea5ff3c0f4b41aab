// LadybugDB variant: its own ALL SHORTEST syntax, and properties() over a path's nodes. The firms' keys come
// from the name index first; the search then starts from the two firms found by primary key (joined with the
// name index directly, Ladybug plans the shortest-path search badly). The relationship types keep paths off
// the name index.
MATCH (:Name {key: $firm_a})-[:NAMES]->(x:Firm)
MATCH (:Name {key: $firm_b})-[:NAMES]->(y:Firm)
WITH x.key AS ka, y.key AS kb
WHERE ka <> kb
MATCH (a:Firm {key: ka})
MATCH (b:Firm {key: kb})
MATCH p = (a)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF* ALL SHORTEST 1..6]-(b)
RETURN a.name AS firm_a, b.name AS firm_b, length(p) AS hops, properties(nodes(p), 'name') AS path
