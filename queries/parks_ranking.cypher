// Parks ranked by the projects located in them: project count, investing firms, total stated investment in
// yuan (each project once, largest amount), the park's type, place (with the places above it) and province,
// and the sentences placing projects in the park.
// example: kg query parks_ranking -p limit=10
// defaults: limit=10
// (Parks are ranked by key in one pass; only the top ones are then read in full, walking from each park.)
MATCH (p:Project)-[:LOCATED_IN]->(k:Park)
OPTIONAL MATCH (:Firm)-[i:INVESTS_IN]->(p)
WITH k.key AS kk, p.key AS pk, max(i.amount_cny) AS amount
WITH kk, count(*) AS n_projects, coalesce(sum(amount), 0) AS amount_cny
ORDER BY n_projects DESC, amount_cny DESC, kk
LIMIT $limit
MATCH (k:Park {key: kk})<-[l:LOCATED_IN]-(p:Project)
OPTIONAL MATCH (p)<-[:INVESTS_IN]-(f:Firm)
WITH kk, k, amount_cny, count(DISTINCT p) AS projects, count(DISTINCT f) AS firms,
     sum(l.n_evidence) AS n_evidence
OPTIONAL MATCH (k)-[:LOCATED_IN]->(pl:Place)
OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
WITH kk, k, projects, amount_cny, n_evidence, firms, collect(DISTINCT pl.full_name) AS places,
     collect(DISTINCT prov.name) AS provinces
RETURN k.name AS park, k.park_type AS park_type, places, provinces, projects, firms, amount_cny, n_evidence
ORDER BY projects DESC, amount_cny DESC, park
