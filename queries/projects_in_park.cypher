// Projects located in a park (name or alias): each with its investors, amount in yuan (the largest stated
// investment), latest stage and year, industries, the park's place (湖南省邵阳市) and province, and the number of
// sentences placing the project in the park.
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query projects_in_park -p park=长沙经开区
// names: park:Park
MATCH (:Name {key: $park})-[:NAMES]->(k:Park)
MATCH (p:Project)-[l:LOCATED_IN]->(k)
OPTIONAL MATCH (f:Firm)-[i:INVESTS_IN]->(p)
WITH k, p, l, collect(DISTINCT f.name) AS firms, max(i.amount_cny) AS amount_cny
OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(ind:Industry)
WITH k, p, l, firms, amount_cny, collect(DISTINCT ind.name) AS industries
OPTIONAL MATCH (k)-[:LOCATED_IN]->(pl:Place)
OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
RETURN k.name AS park, collect(DISTINCT pl.full_name) AS places, collect(DISTINCT prov.name) AS provinces,
       p.name AS project, firms, amount_cny, p.stage AS stage, p.year AS year, industries,
       l.n_evidence AS n_evidence
