// The sentences behind every fact about an entity (name or alias, any type): one row per relationship it
// takes part in, as subject or object (node keys type:name), with its provenance (text, gazetteer,
// taxonomy), the number of sentences, and the documents and sentences themselves (parallel lists).
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query evidence_for -p name=五矿
// names: name
// (Each relationship is reached as a one-hop path, which LadybugDB expands from the looked-up node
// instead of scanning the other side's table; PART_OF and UPSTREAM_OF only join places and industries, and
// naming that label spares a scan.)
// ordered: docs, sentences
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (n)-[:INVESTS_IN*1..1]->(m)
UNWIND relationships(p) AS r
RETURN n.key AS subject, 'INVESTS_IN' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (m)-[:INVESTS_IN*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.key AS subject, 'INVESTS_IN' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (n)-[:LOCATED_IN*1..1]->(m)
UNWIND relationships(p) AS r
RETURN n.key AS subject, 'LOCATED_IN' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (m)-[:LOCATED_IN*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.key AS subject, 'LOCATED_IN' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (n)-[:IN_INDUSTRY*1..1]->(m)
UNWIND relationships(p) AS r
RETURN n.key AS subject, 'IN_INDUSTRY' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (m)-[:IN_INDUSTRY*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.key AS subject, 'IN_INDUSTRY' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Place)
MATCH p = (n)-[:PART_OF*1..1]->(m)
UNWIND relationships(p) AS r
RETURN n.key AS subject, 'PART_OF' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Place)
MATCH p = (m)-[:PART_OF*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.key AS subject, 'PART_OF' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Industry)
MATCH p = (n)-[:UPSTREAM_OF*1..1]->(m)
UNWIND relationships(p) AS r
RETURN n.key AS subject, 'UPSTREAM_OF' AS relation, m.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Industry)
MATCH p = (m)-[:UPSTREAM_OF*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.key AS subject, 'UPSTREAM_OF' AS relation, n.key AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
