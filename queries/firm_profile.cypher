// A firm's profile, one row per project it invests in: amount in yuan, year and stage of the investment,
// the project's parks, places (with province) and industries, the firm's own places and industries, and
// the documents and number of sentences behind the investment. Accepts the firm's name or an alias.
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query firm_profile -p firm=易高能源
// names: firm
MATCH (:Name {key: $firm})-[:NAMES]->(f:Firm)
OPTIONAL MATCH (f)-[:LOCATED_IN]->(home:Place)
OPTIONAL MATCH (f)-[:IN_INDUSTRY]->(fi:Industry)
WITH f, collect(DISTINCT home.name) AS firm_places, collect(DISTINCT fi.name) AS firm_industries
OPTIONAL MATCH (f)-[i:INVESTS_IN]->(p:Project)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(k:Park)
WITH f, firm_places, firm_industries, i, p, collect(DISTINCT k.name) AS parks
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(pl:Place)
OPTIONAL MATCH (pl)-[:PART_OF*0..4]->(prov:Place {level: 'province'})
WITH f, firm_places, firm_industries, i, p, parks, collect(DISTINCT pl.name) AS places,
     collect(DISTINCT prov.name) AS provinces
OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(ind:Industry)
RETURN f.name AS firm, f.aliases AS aliases, firm_places, firm_industries, p.name AS project,
       i.amount_cny AS amount_cny, i.year AS year, i.stage AS stage, parks, places, provinces,
       collect(DISTINCT ind.name) AS industries, i.ev_doc AS sources, coalesce(i.n_evidence, 0) AS n_evidence
