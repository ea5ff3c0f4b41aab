// Neo4j variant: allShortestPaths instead of enumerating every path of up to 6 relationships.
MATCH (:Name {key: $firm_a})-[:NAMES]->(a:Firm)
MATCH (:Name {key: $firm_b})-[:NAMES]->(b:Firm)
WHERE a.key <> b.key
MATCH p = allShortestPaths((a)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF*..6]-(b))
UNWIND nodes(p) AS n
WITH a, b, p, collect(n.name) AS path
RETURN a.name AS firm_a, b.name AS firm_b, length(p) AS hops, path
