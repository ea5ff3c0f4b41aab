// Firms tied to several regions: the distinct cities (level=city) or provinces (level=province) that hold
// the projects a firm invests in (directly or through their park) or the firm itself. Regions are written
// with their province (湖南省邵阳市). Amounts are the sum of the firm's stated investments in yuan;
// n_evidence counts the source sentences behind its INVESTS_IN facts.
// example: kg query firms_across_regions -p min_regions=1 -p level=city
// How it runs fast: each place is named as a region once (PART_OF up to the level), then two branches
// (firms located there; firms investing in projects there or in its parks) meet in one row stream,
// never a multi-type variable-length pattern.
MATCH (pl:Place)-[:PART_OF*0..4]->(r:Place)
WHERE r.level = $level
OPTIONAL MATCH (r)-[:PART_OF*1..4]->(prov:Place {level: 'province'})
WITH pl, CASE WHEN prov IS NULL THEN r.name ELSE prov.name + r.name END AS region
UNWIND [1, 2] AS branch
OPTIONAL MATCH (home:Firm)-[:LOCATED_IN]->(pl)
WHERE branch = 1
OPTIONAL MATCH (inv:Firm)-[:INVESTS_IN]->(:Project)-[:LOCATED_IN*1..2]->(pl)
WHERE branch = 2
WITH coalesce(home.key, inv.key) AS k, region
WHERE k IS NOT NULL
WITH k, collect(DISTINCT region) AS regions
WHERE size(regions) >= $min_regions
MATCH (f:Firm {key: k})
OPTIONAL MATCH (f)-[i:INVESTS_IN]->(p:Project)
WITH f, regions, collect(DISTINCT p.name) AS projects, coalesce(sum(i.amount_cny), 0) AS amount_cny,
     coalesce(sum(i.n_evidence), 0) AS n_evidence
RETURN f.name AS firm, size(regions) AS n_regions, regions, projects, amount_cny, n_evidence
ORDER BY n_regions DESC, amount_cny DESC, firm
