// An industrial chain from upstream to downstream: each link (industry, position 0 = most upstream), the
// links right below it, the projects at the link and the firms investing in them, and firms tied to the link
// themselves, in a place and everything inside it (place = '' for every place), with the sentences tying the
// projects to the link.
// example: kg query industrial_chain -p chain=新能源汽车 -p place=
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (ind)-[:UPSTREAM_OF]->(down:Industry)
WITH ind, collect(DISTINCT down.name) AS downstream
UNWIND [1, 2] AS branch
OPTIONAL MATCH (p:Project)-[e:IN_INDUSTRY]->(ind)
WHERE branch = 1 AND $place = ''
OPTIONAL MATCH (top:Place)
WHERE branch = 2 AND $place <> '' AND (top.name = $place OR $place IN top.aliases)
OPTIONAL MATCH (pl:Place)-[:PART_OF*0..4]->(top)
WITH DISTINCT ind, downstream, p, e, pl
OPTIONAL MATCH (pl)<-[:LOCATED_IN*1..2]-(lp:Project)-[le:IN_INDUSTRY]->(ind)
WITH DISTINCT ind, downstream, coalesce(p.key, lp.key) AS pk, coalesce(p.name, lp.name) AS pname,
     coalesce(e.n_evidence, le.n_evidence) AS ev
WITH ind, downstream, collect(DISTINCT pname) AS projects, coalesce(sum(ev), 0) AS n_evidence
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
