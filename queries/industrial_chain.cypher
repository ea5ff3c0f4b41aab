// An industrial chain from upstream to downstream: each link (industry, position 0 = most upstream), the
// links right below it, the projects at the link and the firms investing in them, and firms tied to the link
// themselves, in a place and everything inside it (place = '' for every place), with the sentences tying the
// projects to the link.
// example: kg query industrial_chain -p chain=新能源汽车 -p place=
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (ind)-[:UPSTREAM_OF]->(down:Industry)
WITH ind, collect(DISTINCT down.name) AS downstream
OPTIONAL MATCH (p:Project)-[e:IN_INDUSTRY]->(ind)
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(ppl:Place)
WITH DISTINCT ind, downstream, p, e, ppl
OPTIONAL MATCH (ppl)-[:PART_OF*0..4]->(top:Place)
WHERE top.name = $place OR $place IN top.aliases
WITH ind, downstream, p, e, count(top) AS inside
WITH ind, downstream, CASE WHEN $place = '' OR inside > 0 THEN p END AS p,
     CASE WHEN $place = '' OR inside > 0 THEN e.n_evidence ELSE 0 END AS ev
WITH ind, downstream, collect(DISTINCT p.name) AS projects, coalesce(sum(ev), 0) AS n_evidence
OPTIONAL MATCH (f:Firm)-[:INVESTS_IN]->(q:Project)-[:IN_INDUSTRY]->(ind)
WHERE q.name IN projects
WITH ind, downstream, projects, n_evidence, collect(DISTINCT f.name) AS investors
OPTIONAL MATCH (g:Firm)-[:IN_INDUSTRY]->(ind)
OPTIONAL MATCH (g)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..4]->(gtop:Place)
WHERE gtop.name = $place OR $place IN gtop.aliases
WITH ind, downstream, projects, investors, n_evidence, g, count(gtop) AS g_inside
WITH ind, downstream, projects, investors, n_evidence,
     collect(DISTINCT CASE WHEN $place = '' OR g_inside > 0 THEN g.name END) AS firms
RETURN ind.position AS position, ind.name AS link, downstream, projects, investors, firms, n_evidence
ORDER BY position, link
