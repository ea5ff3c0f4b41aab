// Investment by region at a level (province | city | county): projects there (directly or through their
// park), investing firms, total in yuan (each project counts once, with its largest stated amount), how many
// projects state an amount, and the sentences behind those investments. Regions are written with the places
// above them (湖南省邵阳市). year = 0 means all years; otherwise only investments of that year (the investment's
// year, else the project's latest year).
// example: kg query investment_by_region -p level=province -p year=0
// choices: level=province|city|county
// defaults: level=province, year=0
// (Places and parks inside each region come first, then their projects through one fixed LOCATED_IN hop;
// everything is grouped by key, and the investing firms are counted in the same pass.)
MATCH (pl:Place)-[:PART_OF*0..4]->(r:Place)
WHERE r.level = $level
WITH DISTINCT pl, r.key AS rk
MATCH (x:Park|Place)-[:LOCATED_IN*0..1]->(pl)
WITH DISTINCT x, rk
MATCH (p:Project)-[:LOCATED_IN]->(x)
WITH DISTINCT rk, p
OPTIONAL MATCH (f:Firm)-[i:INVESTS_IN]->(p)
WITH rk, p, f, i
WHERE $year = 0 OR coalesce(i.year, p.year) = $year
WITH rk, p.key AS pk, max(i.amount_cny) AS amount, coalesce(sum(i.n_evidence), 0) AS ev,
     collect(f.key) AS firm_keys
WITH rk, count(*) AS projects, coalesce(sum(amount), 0) AS amount_cny, count(amount) AS priced_projects,
     sum(ev) AS n_evidence, collect(firm_keys) AS firm_lists
UNWIND firm_lists AS firm_keys
UNWIND CASE WHEN size(firm_keys) = 0 THEN [''] ELSE firm_keys END AS firm_key
WITH rk, projects, amount_cny, priced_projects, n_evidence,
     count(DISTINCT CASE WHEN firm_key <> '' THEN firm_key END) AS firms
MATCH (r:Place {key: rk})
OPTIONAL MATCH (r)-[:PART_OF*1..4]->(prov:Place {level: 'province'})
RETURN r.full_name AS region, coalesce(prov.name, r.name) AS province, projects, firms, amount_cny,
       priced_projects, n_evidence
ORDER BY amount_cny DESC, projects DESC, province, region
