// LadybugDB variant: a project's places (one or two LOCATED_IN steps away, through its park) are read from
// the store's IN_PLACE index in one step; walking LOCATED_IN*1..2 here joins the whole Project table.
MATCH (:Name {key: $place})-[:NAMES]->(top:Place)
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(pl:Place)
OPTIONAL MATCH (pl)<-[:IN_PLACE]-(p:Project)-[:IN_INDUSTRY]->(ind)
OPTIONAL MATCH (p)<-[:INVESTS_IN]-(f:Firm)
OPTIONAL MATCH (pl)<-[:LOCATED_IN]-(g:Firm)-[:IN_INDUSTRY]->(ind)
WITH ind.key AS ik, ind.position AS position, ind.name AS link, collect(DISTINCT p.name) AS local_projects,
     collect(DISTINCT f.name) AS local_investors, collect(DISTINCT g.name) AS local_firms
WITH ik, position, link, local_projects, local_investors, local_firms,
     size(local_projects) + size(local_firms) > 0 AS present
OPTIONAL MATCH (gap:Industry {key: CASE WHEN present THEN '' ELSE ik END})
OPTIONAL MATCH (gap)<-[:IN_INDUSTRY]-(q0:Project)
OPTIONAL MATCH (q0)<-[i0:INVESTS_IN]-(:Firm)
WITH ik, position, link, present, local_projects, local_investors, local_firms, count(i0) AS n_candidates
OPTIONAL MATCH (cand:Industry {key: CASE WHEN n_candidates > 0 THEN ik ELSE '' END})
OPTIONAL MATCH (cand)<-[:IN_INDUSTRY]-(q:Project)
OPTIONAL MATCH (q)<-[i:INVESTS_IN]-(c:Firm)
WITH position, link, present, local_projects, local_investors, local_firms, cand, q, i, c
WHERE cand IS NULL OR i IS NOT NULL
OPTIONAL MATCH (q)-[:LOCATED_IN]->(qp:Place)
OPTIONAL MATCH (q)-[:LOCATED_IN]->(:Park)-[:LOCATED_IN]->(qpp:Place)
RETURN position, link, present, local_projects, local_investors, local_firms, c.name AS candidate,
       coalesce(qp.full_name, qpp.full_name) AS candidate_region, q.name AS candidate_project,
       i.amount_cny AS amount_cny, i.year AS year, i.stage AS stage, i.ev_sentence AS sentences, i.ev_doc AS docs
ORDER BY position, link, amount_cny DESC, candidate, candidate_project
SKIP $offset LIMIT $limit
