// Firms sharing a park or a place (name or alias; a place includes everything inside it): every firm that
// invests in a project there (directly or through its park) or is located there itself, with those
// projects, the amount in yuan and the sentences behind the investments. "place" names the park or place.
// example: kg query co_located_firms -p name=长沙市
MATCH (top)
WHERE (top.key STARTS WITH 'park:' OR top.key STARTS WITH 'place:') AND (top.name = $name OR $name IN top.aliases)
MATCH (f:Firm)-[:INVESTS_IN|LOCATED_IN*1..3]->()-[:PART_OF*0..4]->(top)
WITH DISTINCT top, f
OPTIONAL MATCH (f)-[i:INVESTS_IN]->(p:Project)-[:LOCATED_IN*1..2]->()-[:PART_OF*0..4]->(top)
WITH DISTINCT top, f, i, p
RETURN top.name AS place, f.name AS firm, collect(DISTINCT p.name) AS projects,
       coalesce(sum(i.amount_cny), 0) AS amount_cny, coalesce(sum(i.n_evidence), 0) AS n_evidence
ORDER BY place, amount_cny DESC, firm
