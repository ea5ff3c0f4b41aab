// The largest investors: firms by total stated investment in yuan, with their number of projects, how many
// of those state an amount, the provinces of their projects, the years, and the sentences behind them.
// example: kg query top_investors -p limit=10
// defaults: limit=10
// (Firms are ranked by key in one pass over the investments; only the top ones are then read in full,
// walking from their investments.)
MATCH (f:Firm)-[i:INVESTS_IN]->(:Project)
WITH f.key AS k, coalesce(sum(i.amount_cny), 0) AS amount_cny, count(*) AS n_projects
ORDER BY amount_cny DESC, n_projects DESC, k
LIMIT $limit
MATCH (g:Firm {key: k})-[j:INVESTS_IN]->(p:Project)
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(pl:Place)
OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
WITH k, g, j, p, amount_cny, collect(DISTINCT prov.name) AS project_provinces
WITH k, g, amount_cny, count(DISTINCT p) AS projects, count(j.amount_cny) AS priced_projects,
     collect(DISTINCT j.year) AS years, sum(j.n_evidence) AS n_evidence, collect(project_provinces) AS lists
UNWIND lists AS project_provinces
UNWIND CASE WHEN size(project_provinces) = 0 THEN [''] ELSE project_provinces END AS province
WITH g, amount_cny, projects, priced_projects, years, n_evidence,
     collect(DISTINCT CASE WHEN province <> '' THEN province END) AS provinces
RETURN g.name AS firm, amount_cny, projects, priced_projects, provinces, years, n_evidence
ORDER BY amount_cny DESC, projects DESC, firm
