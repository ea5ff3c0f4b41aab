// Firms tied to several regions: the distinct cities (level=city) or provinces (level=province) that hold
// the projects a firm invests in (directly or through their park) or the firm itself. Regions are written
// with their province (湖南省邵阳市). Amounts are the sum of the firm's stated investments in yuan;
// n_evidence counts the source sentences behind its INVESTS_IN facts.
// example: kg query firms_across_regions -p min_regions=1 -p level=city
MATCH (f:Firm)-[:INVESTS_IN|LOCATED_IN*1..3]->(pl:Place)
WITH DISTINCT f, pl
MATCH (pl)-[:PART_OF*0..4]->(r:Place)
WHERE r.level = $level
WITH DISTINCT f, r
OPTIONAL MATCH (r)-[:PART_OF*1..4]->(prov:Place {level: 'province'})
WITH f, collect(DISTINCT CASE WHEN prov IS NULL THEN r.name ELSE prov.name + r.name END) AS regions
WHERE size(regions) >= $min_regions
OPTIONAL MATCH (f)-[i:INVESTS_IN]->(p:Project)
WITH f, regions, collect(DISTINCT p.name) AS projects, coalesce(sum(i.amount_cny), 0) AS amount_cny,
     coalesce(sum(i.n_evidence), 0) AS n_evidence
RETURN f.name AS firm, size(regions) AS n_regions, regions, projects, amount_cny, n_evidence
ORDER BY n_regions DESC, amount_cny DESC, firm
