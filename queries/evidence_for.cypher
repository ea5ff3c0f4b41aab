// The sentences behind every fact about an entity (name or alias, any type): one row per relationship it
// takes part in, as subject or object (by name; places with the places above them, 湖南省邵阳市), with its
// provenance (text, gazetteer, taxonomy, names), the number of sentences, and the documents and sentences
// themselves (parallel lists).
// The name is looked up in the name index (normalised: NFKC, no blanks or quote marks).
// example: kg query evidence_for -p name=五矿
// names: name
// (Each relationship is reached as a one-hop path, which LadybugDB expands from the looked-up node
// instead of scanning the other side's table; PART_OF and UPSTREAM_OF only join places and industries, and
// naming that label spares a scan. SUBSIDIARY_OF is matched as a plain relationship: as a path over an empty
// table, Ladybug scans every firm.)
// ordered: docs, sentences
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (n)-[:INVESTS_IN*1..1]->(m)
UNWIND relationships(p) AS r
RETURN n.name AS subject, 'INVESTS_IN' AS relation, m.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (m)-[:INVESTS_IN*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.name AS subject, 'INVESTS_IN' AS relation, n.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (n)-[:LOCATED_IN*1..1]->(m:Place)
UNWIND relationships(p) AS r
RETURN n.name AS subject, 'LOCATED_IN' AS relation, m.full_name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (n)-[:LOCATED_IN*1..1]->(m:Park)
UNWIND relationships(p) AS r
RETURN n.name AS subject, 'LOCATED_IN' AS relation, m.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Place)
MATCH p = (m)-[:LOCATED_IN*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.name AS subject, 'LOCATED_IN' AS relation, n.full_name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Park)
MATCH p = (m)-[:LOCATED_IN*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.name AS subject, 'LOCATED_IN' AS relation, n.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (n)-[:IN_INDUSTRY*1..1]->(m)
UNWIND relationships(p) AS r
RETURN n.name AS subject, 'IN_INDUSTRY' AS relation, m.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
MATCH p = (m)-[:IN_INDUSTRY*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.name AS subject, 'IN_INDUSTRY' AS relation, n.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Place)
MATCH p = (n)-[:PART_OF*1..1]->(m:Place)
UNWIND relationships(p) AS r
RETURN n.full_name AS subject, 'PART_OF' AS relation, m.full_name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Place)
MATCH p = (m:Place)-[:PART_OF*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.full_name AS subject, 'PART_OF' AS relation, n.full_name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Industry)
MATCH p = (n)-[:UPSTREAM_OF*1..1]->(m)
UNWIND relationships(p) AS r
RETURN n.name AS subject, 'UPSTREAM_OF' AS relation, m.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Industry)
MATCH p = (m)-[:UPSTREAM_OF*1..1]->(n)
UNWIND relationships(p) AS r
RETURN m.name AS subject, 'UPSTREAM_OF' AS relation, n.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Firm)
MATCH (n)-[r:SUBSIDIARY_OF]->(m:Firm)
RETURN n.name AS subject, 'SUBSIDIARY_OF' AS relation, m.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Firm)
MATCH (m:Firm)-[r:SUBSIDIARY_OF]->(n)
RETURN m.name AS subject, 'SUBSIDIARY_OF' AS relation, n.name AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
