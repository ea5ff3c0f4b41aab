// A firm's profile, one row per project it or one of its units (subsidiaries and branches, SUBSIDIARY_OF)
// invests in: the investor, amount in yuan, year and stage of the investment, the project's parks, places
// (湖南省邵阳市) and industries; the firm's aliases, its groups and units, its own places and industries; the
// documents and number of sentences behind the investment. Accepts the firm's name or an alias, so a
// question about a group (华润) reaches its subsidiaries' projects.
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query firm_profile -p firm=易高能源
// names: firm:Firm
MATCH (:Name {key: $firm})-[:NAMES]->(f:Firm)
OPTIONAL MATCH (f)-[:SUBSIDIARY_OF*1..3]->(g:Firm)
OPTIONAL MATCH (f)<-[:SUBSIDIARY_OF*1..3]-(u:Firm)
WITH f, collect(DISTINCT g.name) AS groups, collect(DISTINCT u.name) AS units
OPTIONAL MATCH (f)-[:LOCATED_IN]->(home:Place)
OPTIONAL MATCH (f)-[:IN_INDUSTRY]->(fi:Industry)
WITH f, groups, units, collect(DISTINCT home.full_name) AS firm_places,
     collect(DISTINCT fi.name) AS firm_industries
OPTIONAL MATCH (f)<-[:SUBSIDIARY_OF*0..3]-(investor:Firm)-[i:INVESTS_IN]->(p:Project)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(k:Park)
WITH f, groups, units, firm_places, firm_industries, investor, i, p, collect(DISTINCT k.name) AS parks
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(pl:Place)
WITH f, groups, units, firm_places, firm_industries, investor, i, p, parks,
     collect(DISTINCT pl.full_name) AS places
OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(ind:Industry)
RETURN f.name AS firm, f.aliases AS aliases, groups, units, firm_places, firm_industries,
       investor.name AS investor, p.name AS project, i.amount_cny AS amount_cny, i.year AS year,
       i.stage AS stage, parks, places, collect(DISTINCT ind.name) AS industries, i.ev_doc AS sources,
       coalesce(i.n_evidence, 0) AS n_evidence
