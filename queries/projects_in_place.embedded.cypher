// LadybugDB variant: a project's places (one or two LOCATED_IN steps away, through its park) are read from
// the store's IN_PLACE index in one step; walking LOCATED_IN*1..2 here joins the whole Project table.
MATCH (:Name {key: $place})-[:NAMES]->(top:Place)
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(pl:Place)
WITH DISTINCT top, pl
OPTIONAL MATCH (pl)<-[:IN_PLACE]-(p:Project)
WITH top, p.key AS pk, p.name AS project, collect(DISTINCT pl.full_name) AS places
WHERE pk IS NOT NULL
WITH top, pk, project, places
ORDER BY project, pk
SKIP $offset LIMIT $limit
MATCH (p:Project {key: pk})
OPTIONAL MATCH (p)-[l:LOCATED_IN]->()
WITH top, pk, p, places, coalesce(sum(l.n_evidence), 0) AS n_evidence
OPTIONAL MATCH (p)-[:LOCATED_IN]->(k:Park)
OPTIONAL MATCH (p)<-[i:INVESTS_IN]-(f:Firm)
RETURN top.full_name AS place, p.name AS project, places, collect(DISTINCT k.name) AS parks,
       collect(DISTINCT f.name) AS firms, max(i.amount_cny) AS amount_cny, p.stage AS stage, p.year AS year,
       n_evidence
ORDER BY project
