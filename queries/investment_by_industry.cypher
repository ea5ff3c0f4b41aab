// Investment by industry: for each industry (with its chain), the projects in it, their investing firms,
// the total in yuan (each project counts once, with its largest stated amount), how many projects state an
// amount, the provinces the projects are in, and the sentences tying the projects to the industry.
// example: kg query investment_by_industry
MATCH (p:Project)-[e:IN_INDUSTRY]->(ind:Industry)
OPTIONAL MATCH (:Firm)-[i:INVESTS_IN]->(p)
WITH ind, p, e, max(i.amount_cny) AS amount
WITH ind, count(p) AS projects, coalesce(sum(amount), 0) AS amount_cny, count(amount) AS priced_projects,
     sum(e.n_evidence) AS n_evidence
OPTIONAL MATCH (f:Firm)-[:INVESTS_IN]->(:Project)-[:IN_INDUSTRY]->(ind)
WITH ind, projects, amount_cny, priced_projects, n_evidence, count(DISTINCT f) AS firms
OPTIONAL MATCH (ind)<-[:IN_INDUSTRY]-(:Project)-[:LOCATED_IN*1..2]->(pl:Place)
WITH DISTINCT ind, projects, firms, amount_cny, priced_projects, n_evidence, pl
OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
RETURN ind.name AS industry, ind.chain AS chain, projects, firms, amount_cny, priced_projects,
       collect(DISTINCT prov.name) AS provinces, n_evidence
ORDER BY amount_cny DESC, projects DESC, industry
