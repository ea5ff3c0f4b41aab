// A firm's profile, one row per project it invests in: amount in yuan, year and stage of the investment, the
// project's parks, places (湖南省邵阳市) and industries; the firm's aliases, its groups and its units
// (subsidiaries and branches, SUBSIDIARY_OF: a question about 华润 finds 华润电力控股有限公司), its own places and
// industries; the documents and number of sentences behind the investment. Accepts the firm's name or an alias.
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query firm_profile -p firm=易高能源
// names: firm:Firm
// (Groups and units are one fixed-length step each: a zero-length or incoming variable-length SUBSIDIARY_OF
// step makes LadybugDB scan every firm.)
MATCH (:Name {key: $firm})-[:NAMES]->(f:Firm)
OPTIONAL MATCH (f)-[:SUBSIDIARY_OF]->(g:Firm)
OPTIONAL MATCH (f)<-[:SUBSIDIARY_OF]-(u:Firm)
OPTIONAL MATCH (f)-[:LOCATED_IN]->(home:Place)
OPTIONAL MATCH (f)-[:IN_INDUSTRY]->(fi:Industry)
WITH f, collect(DISTINCT g.name) AS groups, collect(DISTINCT u.name) AS units,
     collect(DISTINCT home.full_name) AS firm_places, collect(DISTINCT fi.name) AS firm_industries
OPTIONAL MATCH (f)-[i:INVESTS_IN]->(p:Project)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(k:Park)
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(pl:Place)
OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(ind:Industry)
RETURN f.name AS firm, f.aliases AS aliases, groups, units, firm_places, firm_industries, p.name AS project,
       i.amount_cny AS amount_cny, i.year AS year, i.stage AS stage, collect(DISTINCT k.name) AS parks,
       collect(DISTINCT pl.full_name) AS places, collect(DISTINCT ind.name) AS industries, i.ev_doc AS sources,
       coalesce(i.n_evidence, 0) AS n_evidence
