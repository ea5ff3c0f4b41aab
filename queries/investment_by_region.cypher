// Investment by region at a level (province | city | county): projects there (directly or through their
// park), investing firms, total in yuan (each project counts once, with its largest stated amount), how many
// projects state an amount, and the sentences behind those investments. year = 0 means all years; otherwise
// only investments of that year (the investment's year, else the project's latest year).
// example: kg query investment_by_region -p level=province -p year=0
MATCH (p:Project)-[:LOCATED_IN*1..2]->(pl:Place)
WITH DISTINCT p, pl
MATCH (pl)-[:PART_OF*0..4]->(r:Place)
WHERE r.level = $level
WITH DISTINCT r, p
OPTIONAL MATCH (:Firm)-[i:INVESTS_IN]->(p)
WITH r, p, i
WHERE $year = 0 OR coalesce(i.year, p.year) = $year
WITH r, p, max(i.amount_cny) AS amount, coalesce(sum(i.n_evidence), 0) AS ev
WITH r, count(p) AS projects, coalesce(sum(amount), 0) AS amount_cny, count(amount) AS priced_projects,
     sum(ev) AS n_evidence
OPTIONAL MATCH (inner:Place)-[:PART_OF*0..4]->(r)
OPTIONAL MATCH (f:Firm)-[j:INVESTS_IN]->(q:Project)-[:LOCATED_IN*1..2]->(inner)
WHERE $year = 0 OR coalesce(j.year, q.year) = $year
WITH r, projects, amount_cny, priced_projects, n_evidence, count(DISTINCT f) AS firms
OPTIONAL MATCH (r)-[:PART_OF*1..4]->(prov:Place {level: 'province'})
RETURN r.name AS region, coalesce(prov.name, r.name) AS province, projects, firms, amount_cny,
       priced_projects, n_evidence
ORDER BY amount_cny DESC, projects DESC, province, region
