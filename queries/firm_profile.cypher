// A firm's profile, one row per project it or one of its units (subsidiaries and branches, SUBSIDIARY_OF)
// invests in: the investor, amount in yuan, year and stage of the investment, the project's parks, places
// (湖南省邵阳市) and industries; the firm's aliases, its groups and units, its own places and industries; the
// documents and number of sentences behind the investment. Accepts the firm's name or an alias, so a
// question about a group (华润) reaches its subsidiaries' projects.
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query firm_profile -p firm=易高能源
// names: firm:Firm
// (Two aggregations only: LadybugDB spends ~10 ms on each grouping of text. The firm's own investments, its
// units' and their units' come in three branches of fixed length: a zero-length or incoming variable-length
// SUBSIDIARY_OF step makes it scan every firm.)
MATCH (:Name {key: $firm})-[:NAMES]->(f:Firm)
OPTIONAL MATCH (f)-[:SUBSIDIARY_OF]->(g1:Firm)
OPTIONAL MATCH (g1)-[:SUBSIDIARY_OF]->(g2:Firm)
OPTIONAL MATCH (f)<-[:SUBSIDIARY_OF]-(u1:Firm)
OPTIONAL MATCH (u1)<-[:SUBSIDIARY_OF]-(u2:Firm)
OPTIONAL MATCH (f)-[:LOCATED_IN]->(home:Place)
OPTIONAL MATCH (f)-[:IN_INDUSTRY]->(fi:Industry)
WITH f, collect(DISTINCT g1.name) + collect(DISTINCT g2.name) AS groups,
     collect(DISTINCT u1.name) + collect(DISTINCT u2.name) AS units, collect(DISTINCT home.full_name) AS firm_places,
     collect(DISTINCT fi.name) AS firm_industries
UNWIND [1, 2, 3] AS branch
OPTIONAL MATCH (f)-[own:INVESTS_IN]->(op:Project)
WHERE branch = 1
OPTIONAL MATCH (f)<-[:SUBSIDIARY_OF]-(unit:Firm)-[ui:INVESTS_IN]->(up:Project)
WHERE branch = 2
OPTIONAL MATCH (f)<-[:SUBSIDIARY_OF]-(:Firm)<-[:SUBSIDIARY_OF]-(unit2:Firm)-[ui2:INVESTS_IN]->(up2:Project)
WHERE branch = 3
WITH f, groups, units, firm_places, firm_industries, branch,
     CASE branch WHEN 1 THEN f.name WHEN 2 THEN unit.name ELSE unit2.name END AS investor,
     coalesce(op.key, up.key, up2.key) AS pk, coalesce(own.amount_cny, ui.amount_cny, ui2.amount_cny) AS amount_cny,
     coalesce(own.year, ui.year, ui2.year) AS year, coalesce(own.stage, ui.stage, ui2.stage) AS stage,
     coalesce(own.ev_doc, ui.ev_doc, ui2.ev_doc) AS sources,
     coalesce(own.n_evidence, ui.n_evidence, ui2.n_evidence, 0) AS n_evidence
WHERE branch = 1 OR pk IS NOT NULL
OPTIONAL MATCH (p:Project {key: pk})
OPTIONAL MATCH (p)-[:LOCATED_IN]->(k:Park)
OPTIONAL MATCH (p)-[:LOCATED_IN*1..2]->(pl:Place)
OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(ind:Industry)
RETURN f.name AS firm, f.aliases AS aliases, groups, units, firm_places, firm_industries,
       CASE WHEN pk IS NULL THEN NULL ELSE investor END AS investor, p.name AS project, amount_cny, year,
       stage, collect(DISTINCT k.name) AS parks, collect(DISTINCT pl.full_name) AS places,
       collect(DISTINCT ind.name) AS industries, sources, n_evidence
