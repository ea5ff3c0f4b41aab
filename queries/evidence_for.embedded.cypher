// LadybugDB variant: one expansion per direction over every relationship type from the looked-up node (a
// branch per type costs a query plan each: 13 branches took 50 ms on 1M relations, these two take 5 ms).
// label() names the type; a place is written with the places above it (full_name), as in the shared text.
MATCH (:Name {key: $name})-[:NAMES]->(n)
OPTIONAL MATCH (n)-[r:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF]->(m)
WITH n, r, m
WHERE r IS NOT NULL
RETURN CASE WHEN label(n) = 'Place' THEN n.full_name ELSE n.name END AS subject, label(r) AS relation,
       CASE WHEN label(m) = 'Place' THEN m.full_name ELSE m.name END AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n)
OPTIONAL MATCH (m)-[r:INVESTS_IN|LOCATED_IN|IN_INDUSTRY|PART_OF|UPSTREAM_OF|SUBSIDIARY_OF]->(n)
WITH n, r, m
WHERE r IS NOT NULL
RETURN CASE WHEN label(m) = 'Place' THEN m.full_name ELSE m.name END AS subject, label(r) AS relation,
       CASE WHEN label(n) = 'Place' THEN n.full_name ELSE n.name END AS object, r.provenance AS provenance,
       r.n_evidence AS n_evidence, r.ev_doc AS docs, r.ev_sentence AS sentences
