// An industrial chain from upstream to downstream: each link (industry, position 0 = most upstream), the
// links right below it, the projects at the link and the firms investing in them, and firms tied to the link
// themselves, in a place and everything inside it (place = '' for every place), with the sentences tying the
// projects to the link.
// example: kg query industrial_chain -p chain=新能源汽车 -p place=
// names: place:Place
// chains: chain
// defaults: place=
// (The place is looked up in the name index; its places are walked from it, never scanned. The firms come
// first, while rows are few, found from the place's places (one step to the firms located there), not by
// walking up from every firm of the link; the lists of several places of one name are merged as before.)
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (ind)-[:UPSTREAM_OF]->(down:Industry)
WITH ind, collect(DISTINCT down.name) AS downstream
OPTIONAL MATCH (:Name {key: $place})-[:NAMES]->(top:Place)
WITH ind, downstream, top
UNWIND [1, 2] AS firm_branch
OPTIONAL MATCH (ind)<-[:IN_INDUSTRY]-(g:Firm)
WHERE firm_branch = 1 AND $place = ''
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(gpl:Place)
WHERE firm_branch = 2
OPTIONAL MATCH (gpl)<-[:LOCATED_IN]-(lg:Firm)-[:IN_INDUSTRY]->(ind)
WITH ind, downstream, top, collect(DISTINCT coalesce(g.name, lg.name)) AS firms
UNWIND [1, 2] AS branch
OPTIONAL MATCH (ind)<-[e:IN_INDUSTRY]-(p:Project)
WHERE branch = 1 AND $place = ''
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(pl:Place)
WHERE branch = 2
OPTIONAL MATCH (pl)<-[:LOCATED_IN*1..2]-(lp:Project)-[le:IN_INDUSTRY]->(ind)
WITH DISTINCT ind, downstream, top, firms, coalesce(p.key, lp.key) AS pk, coalesce(e.n_evidence, le.n_evidence) AS ev
WITH ind, downstream, top, firms, collect(pk) AS project_keys, coalesce(sum(ev), 0) AS n_evidence
UNWIND CASE WHEN size(project_keys) = 0 THEN [''] ELSE project_keys END AS pk
OPTIONAL MATCH (q:Project {key: pk})
OPTIONAL MATCH (f:Firm)-[:INVESTS_IN]->(q)
WITH ind, downstream, top, firms, n_evidence, collect(DISTINCT q.name) AS projects,
     collect(DISTINCT f.name) AS investors
WITH ind, downstream, projects, investors, n_evidence, collect(firms) AS firm_lists
UNWIND firm_lists AS firms
UNWIND CASE WHEN size(firms) = 0 THEN [''] ELSE firms END AS firm
WITH ind, downstream, projects, investors, n_evidence, collect(DISTINCT CASE WHEN firm <> '' THEN firm END) AS firms
RETURN ind.position AS position, ind.name AS link, downstream, projects, investors, firms, n_evidence
ORDER BY position, link
