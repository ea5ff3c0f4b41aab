// LadybugDB variant: a project's places (one or two LOCATED_IN steps away, through its park) are read from
// the store's IN_PLACE index in one step; walking LOCATED_IN*1..2 here joins the whole Project table.
MATCH (:Name {key: $name})-[:NAMES]->(k:Park)
MATCH (p:Project)-[:LOCATED_IN]->(k)
OPTIONAL MATCH (f:Firm)-[i:INVESTS_IN]->(p)
WITH k, f, i, p
WHERE f IS NOT NULL
RETURN k.name AS place, f.name AS firm, collect(DISTINCT p.name) AS projects,
       coalesce(sum(i.amount_cny), 0) AS amount_cny, coalesce(sum(i.n_evidence), 0) AS n_evidence
UNION
MATCH (:Name {key: $name})-[:NAMES]->(top:Place)
OPTIONAL MATCH (pl:Place)-[:PART_OF*0..4]->(top)
WITH DISTINCT top, pl
UNWIND [1, 2] AS branch
OPTIONAL MATCH (pl)<-[:IN_PLACE]-(p:Project)
WHERE branch = 1
OPTIONAL MATCH (p)<-[i:INVESTS_IN]-(f:Firm)
OPTIONAL MATCH (pl)<-[:LOCATED_IN]-(g:Firm)
WHERE branch = 2
WITH DISTINCT top, coalesce(f.key, g.key) AS firm_key, coalesce(f.name, g.name) AS firm, i, p
WHERE firm_key IS NOT NULL
RETURN top.full_name AS place, firm, collect(DISTINCT p.name) AS projects,
       coalesce(sum(i.amount_cny), 0) AS amount_cny, coalesce(sum(i.n_evidence), 0) AS n_evidence
