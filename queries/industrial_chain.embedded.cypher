// LadybugDB variant. For a place, a project's places (one or two LOCATED_IN steps away, through its park) are
// read from the store's IN_PLACE index in one step; walking LOCATED_IN*1..2 here joins the whole Project table.
// The branches for every place start from the link looked up again by key, a key no link has when a place is
// given: a WHERE on the parameter is checked only after all the link's projects (or firms) are expanded.
// Every place (place = '') runs the statement after `when: place=` instead.
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (ind)-[:UPSTREAM_OF]->(down:Industry)
WITH ind, collect(DISTINCT down.name) AS downstream
OPTIONAL MATCH (:Name {key: $place})-[:NAMES]->(top:Place)
WITH ind, downstream, top
UNWIND [1, 2] AS firm_branch
OPTIONAL MATCH (firm_ind:Industry {key: CASE WHEN firm_branch = 1 AND $place = '' THEN ind.key ELSE '' END})
OPTIONAL MATCH (firm_ind)<-[:IN_INDUSTRY]-(g:Firm)
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(gpl:Place)
WHERE firm_branch = 2
OPTIONAL MATCH (gpl)<-[:LOCATED_IN]-(lg:Firm)-[:IN_INDUSTRY]->(ind)
WITH ind, downstream, top, collect(DISTINCT coalesce(g.name, lg.name)) AS firms
UNWIND [1, 2] AS branch
OPTIONAL MATCH (every:Industry {key: CASE WHEN branch = 1 AND $place = '' THEN ind.key ELSE '' END})
OPTIONAL MATCH (every)<-[e:IN_INDUSTRY]-(p:Project)
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(pl:Place)
WHERE branch = 2
OPTIONAL MATCH (pl)<-[:IN_PLACE]-(lp:Project)-[le:IN_INDUSTRY]->(ind)
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
// when: place=
// Every place: the link's firms, its projects and their investors, each read from the link in one step. (The
// text above, on the empty place, groups its rows by long lists of names and takes 10 s and more on 1M
// relations.)
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (ind)-[:UPSTREAM_OF]->(down:Industry)
WITH ind, collect(DISTINCT down.name) AS downstream
OPTIONAL MATCH (ind)<-[:IN_INDUSTRY]-(g:Firm)
WITH ind, downstream, collect(DISTINCT g.name) AS firms
OPTIONAL MATCH (ind)<-[e:IN_INDUSTRY]-(p:Project)
WITH ind, downstream, firms, collect(DISTINCT p.name) AS projects, coalesce(sum(e.n_evidence), 0) AS n_evidence
OPTIONAL MATCH (ind)<-[:IN_INDUSTRY]-(:Project)<-[:INVESTS_IN]-(f:Firm)
WITH ind, downstream, firms, projects, n_evidence, collect(DISTINCT f.name) AS investors
RETURN ind.position AS position, ind.name AS link, downstream, projects, investors, firms, n_evidence
ORDER BY position, link
