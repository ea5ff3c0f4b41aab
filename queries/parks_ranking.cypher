// Parks ranked by the projects located in them: project count, investing firms, total stated investment in
// yuan (each project once, largest amount), the park's type, place and province, and the sentences placing
// projects in the park.
// example: kg query parks_ranking -p limit=10
MATCH (p:Project)-[l:LOCATED_IN]->(k:Park)
OPTIONAL MATCH (:Firm)-[i:INVESTS_IN]->(p)
WITH k, p, l, max(i.amount_cny) AS amount
WITH k, count(p) AS projects, coalesce(sum(amount), 0) AS amount_cny, sum(l.n_evidence) AS n_evidence
OPTIONAL MATCH (f:Firm)-[:INVESTS_IN]->(:Project)-[:LOCATED_IN]->(k)
WITH k, projects, amount_cny, n_evidence, count(DISTINCT f) AS firms
ORDER BY projects DESC, amount_cny DESC, k.name
LIMIT $limit
OPTIONAL MATCH (k)-[:LOCATED_IN]->(pl:Place)
OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
WITH k, projects, amount_cny, n_evidence, firms, collect(DISTINCT pl.name) AS places,
     collect(DISTINCT prov.name) AS provinces
RETURN k.name AS park, k.park_type AS park_type, places, provinces, projects, firms, amount_cny, n_evidence
ORDER BY projects DESC, amount_cny DESC, park
