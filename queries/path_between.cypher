// How two firms (names or aliases) are connected: every shortest path of up to 6 relationships, in any
// direction, through projects, parks, places and industries. path lists the node keys (type:name) in order.
// example: kg query path_between -p firm_a=比亚迪 -p firm_b=上汽大众
// ordered: path
MATCH (a:Firm)
WHERE a.name = $firm_a OR $firm_a IN a.aliases
MATCH (b:Firm)
WHERE (b.name = $firm_b OR $firm_b IN b.aliases) AND a.key <> b.key
MATCH p = (a)-[*1..6]-(b)
WITH a, b, min(length(p)) AS hops
MATCH p = (a)-[*1..6]-(b)
WHERE length(p) = hops
UNWIND nodes(p) AS n
WITH a, b, p, hops, collect(n.key) AS path
RETURN a.name AS firm_a, b.name AS firm_b, hops, path
