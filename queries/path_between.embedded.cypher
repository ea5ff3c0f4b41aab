// LadybugDB variant: its own ALL SHORTEST syntax, and properties() over a path's nodes.
MATCH (a:Firm)
WHERE a.name = $firm_a OR $firm_a IN a.aliases
MATCH (b:Firm)
WHERE (b.name = $firm_b OR $firm_b IN b.aliases) AND a.key <> b.key
MATCH p = (a)-[* ALL SHORTEST 1..6]-(b)
RETURN a.name AS firm_a, b.name AS firm_b, length(p) AS hops, properties(nodes(p), 'key') AS path
