// A project's stages and years across documents (name or alias): one row per timeline event
// "YEAR|STAGE|DOC_ID", oldest first, with the project's investors, the largest stated amount in yuan, its
// latest stage, and how many sentences of that event's document back the project's relationships.
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query project_timeline -p project=锂离子动力电池项目
// names: project:Project
MATCH (:Name {key: $project})-[:NAMES]->(p:Project)
OPTIONAL MATCH (f:Firm)-[i:INVESTS_IN]->(p)
WITH p, collect(DISTINCT f.name) AS firms, max(i.amount_cny) AS amount_cny
UNWIND p.timeline AS event
OPTIONAL MATCH (p)-[r:INVESTS_IN|LOCATED_IN|IN_INDUSTRY]-()
WITH p, firms, amount_cny, event, r
UNWIND CASE WHEN r IS NULL OR size(r.ev_doc) = 0 THEN [''] ELSE r.ev_doc END AS doc
WITH p, firms, amount_cny, event,
     count(CASE WHEN doc <> '' AND event ENDS WITH ('|' + doc) THEN 1 END) AS n_evidence
RETURN p.name AS project, event, p.stage AS latest_stage, firms, amount_cny, n_evidence
ORDER BY project, event
