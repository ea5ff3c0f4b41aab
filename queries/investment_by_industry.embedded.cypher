// LadybugDB variant: a project's places (one or two LOCATED_IN steps away, through its park) are read from
// the store's IN_PLACE index in one step; walking LOCATED_IN*1..2 here joins the whole Project table.
MATCH (p:Project)-[e:IN_INDUSTRY]->(ind:Industry)
OPTIONAL MATCH (f:Firm)-[i:INVESTS_IN]->(p)
WITH ind.key AS ik, p.key AS pk, e.n_evidence AS ev, max(i.amount_cny) AS amount, collect(f.key) AS firm_keys
WITH ik, count(*) AS projects, coalesce(sum(amount), 0) AS amount_cny, count(amount) AS priced_projects,
     sum(ev) AS n_evidence, collect(firm_keys) AS firm_lists
UNWIND firm_lists AS firm_keys
UNWIND CASE WHEN size(firm_keys) = 0 THEN [''] ELSE firm_keys END AS firm_key
WITH ik, projects, amount_cny, priced_projects, n_evidence,
     count(DISTINCT CASE WHEN firm_key <> '' THEN firm_key END) AS firms
MATCH (ind:Industry {key: ik})
OPTIONAL MATCH (ind)<-[:IN_INDUSTRY]-(:Project)-[:IN_PLACE]->(pl:Place)
WITH DISTINCT ind, projects, firms, amount_cny, priced_projects, n_evidence, pl
OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
RETURN ind.name AS industry, ind.chain AS chain, projects, firms, amount_cny, priced_projects,
       collect(DISTINCT prov.name) AS provinces, n_evidence
ORDER BY amount_cny DESC, projects DESC, industry
