// The 招商图 question: which links of an industrial chain a place (and everything inside it) has and which it
// lacks. For each link: the place's own projects and firms there, and for a missing link the firms elsewhere
// in the graph at that link (investors in its projects, or firms tied to it) and projects elsewhere at it,
// each with its province.
// example: kg query chain_gaps -p chain=新能源汽车 -p place=邵阳市
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (top:Place)
WHERE top.name = $place OR $place IN top.aliases
OPTIONAL MATCH (pl:Place)-[:PART_OF*0..4]->(top)
WITH DISTINCT ind, pl
OPTIONAL MATCH (pl)<-[:LOCATED_IN*1..2]-(p:Project)-[:IN_INDUSTRY]->(ind)
WITH ind, collect(DISTINCT p.name) AS local_projects
OPTIONAL MATCH (top:Place)
WHERE top.name = $place OR $place IN top.aliases
OPTIONAL MATCH (pl:Place)-[:PART_OF*0..4]->(top)
WITH DISTINCT ind, local_projects, pl
OPTIONAL MATCH (pl)<-[:LOCATED_IN]-(g:Firm)-[:IN_INDUSTRY]->(ind)
WITH ind, local_projects, collect(DISTINCT g.name) AS local_firms
WITH ind, local_projects, local_firms, size(local_projects) + size(local_firms) > 0 AS present
OPTIONAL MATCH (gap:Industry)
WHERE gap.key = CASE WHEN present THEN '' ELSE ind.key END
UNWIND [1, 2] AS branch
OPTIONAL MATCH (f1:Firm)-[:IN_INDUSTRY]->(gap)
WHERE branch = 1
OPTIONAL MATCH (f2:Firm)-[:INVESTS_IN]->()-[:IN_INDUSTRY]->(gap)
WHERE branch = 2
WITH DISTINCT ind, gap, local_projects, local_firms, present, coalesce(f1.key, f2.key) AS fk
OPTIONAL MATCH (f:Firm)
WHERE f.key = fk
UNWIND [1, 2, 3] AS hops
OPTIONAL MATCH (f)-[:LOCATED_IN]->(fpl1:Place)
WHERE hops = 1
OPTIONAL MATCH (f)-[:INVESTS_IN]->()-[:LOCATED_IN]->(fpl2:Place)
WHERE hops = 2
OPTIONAL MATCH (f)-[:INVESTS_IN]->()-[:LOCATED_IN]->()-[:LOCATED_IN]->(fpl3:Place)
WHERE hops = 3
WITH DISTINCT ind, gap, local_projects, local_firms, present, f, coalesce(fpl1.key, fpl2.key, fpl3.key) AS fplk
WITH ind, gap, local_projects, local_firms, present, f, collect(fplk) AS fplks
UNWIND CASE WHEN size(fplks) = 0 THEN [''] ELSE fplks END AS fplk
OPTIONAL MATCH (fpl:Place)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
WHERE fpl.key = fplk
WITH ind, gap, local_projects, local_firms, present,
     collect(DISTINCT CASE WHEN present OR f IS NULL THEN null WHEN prov IS NULL THEN f.name
                           ELSE f.name + '（' + prov.name + '）' END) AS firms_elsewhere
OPTIONAL MATCH (q:Project)-[:IN_INDUSTRY]->(gap)
UNWIND [1, 2] AS qhops
OPTIONAL MATCH (q)-[:LOCATED_IN]->(qpl1:Place)
WHERE qhops = 1
OPTIONAL MATCH (q)-[:LOCATED_IN]->()-[:LOCATED_IN]->(qpl2:Place)
WHERE qhops = 2
WITH DISTINCT ind, local_projects, local_firms, present, firms_elsewhere, q, coalesce(qpl1.key, qpl2.key) AS qplk
WITH ind, local_projects, local_firms, present, firms_elsewhere, q, collect(qplk) AS qplks
UNWIND CASE WHEN size(qplks) = 0 THEN [''] ELSE qplks END AS qplk
OPTIONAL MATCH (qpl:Place)-[:PART_OF*0..4]->(qp:Place {level: 'province'})
WHERE qpl.key = qplk
RETURN ind.position AS position, ind.name AS link, present, local_projects, local_firms, firms_elsewhere,
       collect(DISTINCT CASE WHEN present OR q IS NULL THEN null WHEN qp IS NULL THEN q.name
                             ELSE q.name + '（' + qp.name + '）' END) AS projects_elsewhere
ORDER BY position, link
