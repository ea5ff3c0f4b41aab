// LadybugDB variant: its own ALL SHORTEST syntax, and properties() over a path's nodes. The firms are found
// by scanning names and aliases here: joined with the name index, Ladybug plans the shortest-path search
// badly (over 20 s on 1M relations, against 0.2 s), also when the keys it gives are matched first. The
// relationship types keep paths off the name index.
MATCH (a:Firm)
WHERE a.name = $firm_a OR $firm_a IN a.aliases
MATCH (b:Firm)
WHERE (b.name = $firm_b OR $firm_b IN b.aliases) AND a.key <> b.key
MATCH p = (a)-[:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF* ALL SHORTEST 1..6]-(b)
RETURN a.name AS firm_a, b.name AS firm_b, length(p) AS hops, properties(nodes(p), 'name') AS path
