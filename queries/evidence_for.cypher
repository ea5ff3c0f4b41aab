// The sentences behind every fact about an entity (name or alias, any type): one row per relationship it
// takes part in, as subject or object (node keys type:name), with its provenance (text, gazetteer,
// taxonomy), the number of sentences, and the documents and sentences themselves (parallel lists).
// example: kg query evidence_for -p name=五矿
// ordered: docs, sentences
MATCH (n)-[r:INVESTS_IN]->(m)
WHERE n.name = $name OR $name IN n.aliases
RETURN n.key AS subject, 'INVESTS_IN' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (m)-[r:INVESTS_IN]->(n)
WHERE n.name = $name OR $name IN n.aliases
RETURN m.key AS subject, 'INVESTS_IN' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (n)-[r:LOCATED_IN]->(m)
WHERE n.name = $name OR $name IN n.aliases
RETURN n.key AS subject, 'LOCATED_IN' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (m)-[r:LOCATED_IN]->(n)
WHERE n.name = $name OR $name IN n.aliases
RETURN m.key AS subject, 'LOCATED_IN' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (n)-[r:IN_INDUSTRY]->(m)
WHERE n.name = $name OR $name IN n.aliases
RETURN n.key AS subject, 'IN_INDUSTRY' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (m)-[r:IN_INDUSTRY]->(n)
WHERE n.name = $name OR $name IN n.aliases
RETURN m.key AS subject, 'IN_INDUSTRY' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (n)-[r:PART_OF]->(m)
WHERE n.name = $name OR $name IN n.aliases
RETURN n.key AS subject, 'PART_OF' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (m)-[r:PART_OF]->(n)
WHERE n.name = $name OR $name IN n.aliases
RETURN m.key AS subject, 'PART_OF' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (n)-[r:UPSTREAM_OF]->(m)
WHERE n.name = $name OR $name IN n.aliases
RETURN n.key AS subject, 'UPSTREAM_OF' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (m)-[r:UPSTREAM_OF]->(n)
WHERE n.name = $name OR $name IN n.aliases
RETURN m.key AS subject, 'UPSTREAM_OF' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
