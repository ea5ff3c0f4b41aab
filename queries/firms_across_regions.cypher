// Firms tied to several regions: the distinct cities (level=city), provinces or counties that hold the
// projects a firm invests in (directly or through their park) or the firm itself, written with the places
// above them (湖南省邵阳市); most regions first, then by name; with the stated investment in yuan and n_evidence,
// the source sentences behind the firm's INVESTS_IN facts. Paged: offset, limit.
// example: kg query firms_across_regions -p min_regions=1 -p level=city
// choices: level=province|city|county
// defaults: min_regions=2, level=city, offset=0, limit=100
// How it runs fast: each place and park is mapped to its region once; the firms meet it in two branches
// (located there; investing in a project there) grouped by key (never by node) in one pass that keeps each
// firm's region keys; only the page is read in full.
MATCH (pl:Place)-[:PART_OF*0..4]->(r:Place)
WHERE r.level = $level
WITH pl, r.key AS rk
MATCH (x:Park|Place)-[:LOCATED_IN*0..1]->(pl)
WITH DISTINCT x, rk
UNWIND [1, 2] AS branch
OPTIONAL MATCH (home:Firm)-[:LOCATED_IN]->(x)
WHERE branch = 1
OPTIONAL MATCH (inv:Firm)-[:INVESTS_IN]->(:Project)-[:LOCATED_IN]->(x)
WHERE branch = 2
WITH coalesce(home.key, inv.key) AS k, rk
WHERE k IS NOT NULL
WITH k, collect(DISTINCT rk) AS region_keys
WITH k, region_keys, size(region_keys) AS n_regions
WHERE n_regions >= $min_regions
WITH k, region_keys, n_regions
ORDER BY n_regions DESC, k
SKIP $offset LIMIT $limit
MATCH (f:Firm {key: k})
OPTIONAL MATCH (f)-[i:INVESTS_IN]->(p:Project)
WITH k, f.name AS firm, region_keys, n_regions, collect(DISTINCT p.name) AS projects,
     coalesce(sum(i.amount_cny), 0) AS amount_cny, coalesce(sum(i.n_evidence), 0) AS n_evidence
UNWIND region_keys AS rk
MATCH (r:Place {key: rk})
RETURN firm, n_regions, collect(r.full_name) AS regions, projects, amount_cny, n_evidence
ORDER BY n_regions DESC, firm
