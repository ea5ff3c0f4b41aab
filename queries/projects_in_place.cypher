// Projects in a place (name or alias) or anywhere inside it (its counties, towns … through PART_OF), placed
// there directly or through their park: the place asked for and the places each project was found in (with the
// places above them, 湖南省邵阳市大祥区), its parks, investors, amount in yuan (largest stated investment), latest
// stage and year, and the number of sentences locating the project. By project name; paged: offset, limit.
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query projects_in_place -p place=咸宁市
// names: place:Place
// defaults: offset=0, limit=100
// (The places inside come first, then their projects, walking LOCATED_IN backwards from each place; each
// expansion starts from the bound node in an OPTIONAL MATCH, which LadybugDB walks instead of joining tables;
// projects are grouped by key (grouping by node copies every property), and only the page is read in full.)
MATCH (:Name {key: $place})-[:NAMES]->(top:Place)
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(pl:Place)
WITH DISTINCT top, pl
OPTIONAL MATCH (pl)<-[:LOCATED_IN*1..2]-(p:Project)
WITH top, p.key AS pk, p.name AS project, collect(DISTINCT pl.full_name) AS places
WHERE pk IS NOT NULL
WITH top, pk, project, places
ORDER BY project, pk
SKIP $offset LIMIT $limit
MATCH (p:Project {key: pk})
OPTIONAL MATCH (p)-[l:LOCATED_IN]->()
WITH top, pk, p, places, coalesce(sum(l.n_evidence), 0) AS n_evidence
OPTIONAL MATCH (p)-[:LOCATED_IN]->(k:Park)
OPTIONAL MATCH (p)<-[i:INVESTS_IN]-(f:Firm)
RETURN top.full_name AS place, p.name AS project, places, collect(DISTINCT k.name) AS parks,
       collect(DISTINCT f.name) AS firms, max(i.amount_cny) AS amount_cny, p.stage AS stage, p.year AS year,
       n_evidence
ORDER BY project
