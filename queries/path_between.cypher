// How two firms (names or aliases) are connected: every shortest path of up to 6 relationships, in any
// direction, through projects, parks, places, industries and groups. path lists the nodes' names in order.
// example: kg query path_between -p firm_a=比亚迪 -p firm_b=上汽大众
// The names are looked up in the name index (normalised: NFKC, no blanks or quote marks).
// ordered: path
// names: firm_a:Firm, firm_b:Firm
MATCH (:Name {key: $firm_a})-[:NAMES]->(a:Firm)
MATCH (:Name {key: $firm_b})-[:NAMES]->(b:Firm)
WHERE a.key <> b.key
MATCH p = (a)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF*1..6]-(b)
WITH a, b, min(length(p)) AS hops
MATCH p = (a)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF*1..6]-(b)
WHERE length(p) = hops
UNWIND nodes(p) AS n
WITH a, b, p, hops, collect(n.name) AS path
RETURN a.name AS firm_a, b.name AS firm_b, hops, path
