// An industrial chain from upstream to downstream: each link (industry, position 0 = most upstream), the
// links right below it, the projects at the link and the firms investing in them, and firms tied to the link
// themselves, in a place and everything inside it (place = '' for every place), with the sentences tying the
// projects to the link.
// example: kg query industrial_chain -p chain=新能源汽车 -p place=
// names: place:Place
// chains: chain
// defaults: place=
// (The place is looked up in the name index; its places are walked from it, never scanned.)
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (ind)-[:UPSTREAM_OF]->(down:Industry)
WITH ind, collect(DISTINCT down.name) AS downstream
OPTIONAL MATCH (:Name {key: $place})-[:NAMES]->(top:Place)
WITH ind, downstream, top
UNWIND [1, 2] AS branch
OPTIONAL MATCH (ind)<-[e:IN_INDUSTRY]-(p:Project)
WHERE branch = 1 AND $place = ''
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(pl:Place)
WHERE branch = 2
OPTIONAL MATCH (pl)<-[:LOCATED_IN*1..2]-(lp:Project)-[le:IN_INDUSTRY]->(ind)
WITH DISTINCT ind, downstream, top, coalesce(p.key, lp.key) AS pk, coalesce(e.n_evidence, le.n_evidence) AS ev
WITH ind, downstream, top, collect(pk) AS project_keys, coalesce(sum(ev), 0) AS n_evidence
UNWIND CASE WHEN size(project_keys) = 0 THEN [''] ELSE project_keys END AS pk
OPTIONAL MATCH (q:Project {key: pk})
OPTIONAL MATCH (f:Firm)-[:INVESTS_IN]->(q)
WITH ind, downstream, top, n_evidence, collect(DISTINCT q.name) AS projects, collect(DISTINCT f.name) AS investors
OPTIONAL MATCH (ind)<-[:IN_INDUSTRY]-(g:Firm)
OPTIONAL MATCH (g)-[:LOCATED_IN]->(:Place)-[:PART_OF*0..4]->(gtop:Place)
WHERE gtop.key = top.key
WITH ind, downstream, projects, investors, n_evidence, g, count(gtop) AS g_inside
WITH ind, downstream, projects, investors, n_evidence,
     collect(DISTINCT CASE WHEN $place = '' OR g_inside > 0 THEN g.name END) AS firms
RETURN ind.position AS position, ind.name AS link, downstream, projects, investors, firms, n_evidence
ORDER BY position, link
