// The 招商图 question: which links of an industrial chain a place (and everything inside it) has and which it
// lacks. For each link: the place's own projects and firms there, and for a missing link the firms elsewhere
// in the graph at that link (investors in its projects, or firms tied to it) and projects elsewhere at it,
// each with its province.
// example: kg query chain_gaps -p chain=新能源汽车 -p place=邵阳市
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (p:Project)-[:IN_INDUSTRY]->(ind)
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(ppl:Place)
WITH DISTINCT ind, p, ppl
OPTIONAL MATCH (ppl)-[:PART_OF*0..4]->(top:Place)
WHERE top.name = $place OR $place IN top.aliases
WITH ind, p, count(top) AS inside
WITH ind, collect(DISTINCT CASE WHEN inside > 0 THEN p.name END) AS local_projects
OPTIONAL MATCH (g:Firm)-[:IN_INDUSTRY]->(ind)
OPTIONAL MATCH (g)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..4]->(gtop:Place)
WHERE gtop.name = $place OR $place IN gtop.aliases
WITH ind, local_projects, g, count(gtop) AS g_inside
WITH ind, local_projects, collect(DISTINCT CASE WHEN g_inside > 0 THEN g.name END) AS local_firms
WITH ind, local_projects, local_firms, size(local_projects) + size(local_firms) > 0 AS present
OPTIONAL MATCH (f:Firm)-[:INVESTS_IN|IN_INDUSTRY*1..2]->(ind)
WHERE NOT present
OPTIONAL MATCH (f)-[:INVESTS_IN|LOCATED_IN*1..3]->(fpl:Place)
WITH DISTINCT ind, local_projects, local_firms, present, f, fpl
OPTIONAL MATCH (fpl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
WITH ind, local_projects, local_firms, present,
     collect(DISTINCT CASE WHEN present OR f IS NULL THEN null WHEN prov IS NULL THEN f.name
                           ELSE f.name + '（' + prov.name + '）' END) AS firms_elsewhere
OPTIONAL MATCH (q:Project)-[:IN_INDUSTRY]->(ind)
WHERE NOT present
OPTIONAL MATCH (q)-[:LOCATED_IN*1..2]->(qpl:Place)
WITH DISTINCT ind, local_projects, local_firms, present, firms_elsewhere, q, qpl
OPTIONAL MATCH (qpl)-[:PART_OF*0..4]->(qp:Place {level: 'province'})
RETURN ind.position AS position, ind.name AS link, present, local_projects, local_firms, firms_elsewhere,
       collect(DISTINCT CASE WHEN present OR q IS NULL THEN null WHEN qp IS NULL THEN q.name
                             ELSE q.name + '（' + qp.name + '）' END) AS projects_elsewhere
ORDER BY position, link
