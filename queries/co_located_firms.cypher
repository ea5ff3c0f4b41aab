// Firms sharing a park or a place (name or alias; a place includes everything inside it): every firm that
// invests in a project there (directly or through its park), or, for a place, is located there itself,
// with those projects, the amount in yuan and the sentences behind the investments. "place" names the park
// or place matched (a place with the places above it, 湖南省长沙市).
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query co_located_firms -p name=长沙市
// names: name:Park|Place
// (Expansions from the looked-up node are OPTIONAL MATCHes, which LadybugDB walks from that node instead of
// joining whole tables; the place branch splits into a project branch and a firm branch.)
MATCH (:Name {key: $name})-[:NAMES]->(k:Park)
MATCH (p:Project)-[:LOCATED_IN]->(k)
OPTIONAL MATCH (f:Firm)-[i:INVESTS_IN]->(p)
WITH k, f, i, p
WHERE f IS NOT NULL
RETURN k.name AS place, f.name AS firm, collect(DISTINCT p.name) AS projects,
       coalesce(sum(i.amount_cny), 0) AS amount_cny, coalesce(sum(i.n_evidence), 0) AS n_evidence
UNION
MATCH (:Name {key: $name})-[:NAMES]->(top:Place)
OPTIONAL MATCH (pl:Place)-[:PART_OF*0..4]->(top)
WITH DISTINCT top, pl
UNWIND [1, 2] AS branch
OPTIONAL MATCH (pl)<-[:LOCATED_IN*1..2]-(p:Project)
WHERE branch = 1
OPTIONAL MATCH (p)<-[i:INVESTS_IN]-(f:Firm)
OPTIONAL MATCH (pl)<-[:LOCATED_IN]-(g:Firm)
WHERE branch = 2
WITH DISTINCT top, coalesce(f.key, g.key) AS firm_key, coalesce(f.name, g.name) AS firm, i, p
WHERE firm_key IS NOT NULL
RETURN top.full_name AS place, firm, collect(DISTINCT p.name) AS projects,
       coalesce(sum(i.amount_cny), 0) AS amount_cny, coalesce(sum(i.n_evidence), 0) AS n_evidence
