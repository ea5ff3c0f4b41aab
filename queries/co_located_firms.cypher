// Firms sharing a park or a place (name or alias; a place includes everything inside it): every firm that
// invests in a project there (directly or through its park), or, for a place, is located there itself,
// with those projects, the amount in yuan and the sentences behind the investments. "place" names the park
// or place matched.
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query co_located_firms -p name=长沙市
// names: name
MATCH (:Name {key: $name})-[:NAMES]->(k:Park)
MATCH (f:Firm)-[i:INVESTS_IN]->(p:Project)-[:LOCATED_IN]->(k)
RETURN k.name AS place, f.name AS firm, collect(DISTINCT p.name) AS projects,
       coalesce(sum(i.amount_cny), 0) AS amount_cny, coalesce(sum(i.n_evidence), 0) AS n_evidence
UNION
MATCH (:Name {key: $name})-[:NAMES]->(top:Place)
MATCH (pl:Place)-[:PART_OF*0..4]->(top)
WITH DISTINCT top, pl
MATCH (f:Firm)-[:INVESTS_IN|LOCATED_IN*1..3]->(pl)
WITH DISTINCT top, f, pl
OPTIONAL MATCH (f)-[i:INVESTS_IN]->(p:Project)-[:LOCATED_IN*1..2]->(pl)
WITH DISTINCT top, f, i, p
RETURN top.name AS place, f.name AS firm, collect(DISTINCT p.name) AS projects,
       coalesce(sum(i.amount_cny), 0) AS amount_cny, coalesce(sum(i.n_evidence), 0) AS n_evidence
