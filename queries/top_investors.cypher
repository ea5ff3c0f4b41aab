// The largest investors: firms by total stated investment in yuan, with their number of projects, how many
// of those state an amount, the provinces of their projects, the years, and the sentences behind them.
// example: kg query top_investors -p limit=10
MATCH (f:Firm)-[i:INVESTS_IN]->(p:Project)
WITH f, count(DISTINCT p) AS projects, coalesce(sum(i.amount_cny), 0) AS amount_cny,
     count(i.amount_cny) AS priced_projects, collect(DISTINCT i.year) AS years, sum(i.n_evidence) AS n_evidence
ORDER BY amount_cny DESC, projects DESC, n_evidence DESC, f.name
LIMIT $limit
OPTIONAL MATCH (f)-[:INVESTS_IN]->(:Project)-[:LOCATED_IN*1..2]->(pl:Place)
WITH DISTINCT f, projects, amount_cny, priced_projects, years, n_evidence, pl
OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
WITH f, projects, amount_cny, priced_projects, years, n_evidence, collect(DISTINCT prov.name) AS provinces
RETURN f.name AS firm, amount_cny, projects, priced_projects, provinces, years, n_evidence
ORDER BY amount_cny DESC, projects DESC, n_evidence DESC, firm
