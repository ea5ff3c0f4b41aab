// Neo4j variant: allShortestPaths instead of enumerating every path of up to 6 relationships.
MATCH (a:Firm)
WHERE a.name = $firm_a OR $firm_a IN a.aliases
MATCH (b:Firm)
WHERE (b.name = $firm_b OR $firm_b IN b.aliases) AND a.key <> b.key
MATCH p = allShortestPaths((a)-[*..6]-(b))
UNWIND nodes(p) AS n
WITH a, b, p, collect(n.key) AS path
RETURN a.name AS firm_a, b.name AS firm_b, length(p) AS hops, path
