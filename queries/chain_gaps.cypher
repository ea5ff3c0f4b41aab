// The 招商图 question for a place and an industrial chain: for each link, upstream first, whether the place
// (or anything inside it) has it, with its projects there, their investors and the local firms tied to the
// link; for a missing link, who could fill it: each firm elsewhere that invests in a project at that link, with
// the project, its region (湖南省邵阳市), the stated amount in yuan, year, stage and the sentences (and documents)
// behind the investment. One row per present link and one per (firm, project) of a missing link (one row with
// no candidate when nobody invests in it), upstream first, the largest amounts first; paged: offset, limit.
// example: kg query chain_gaps -p chain=新能源汽车 -p place=邵阳市
// names: place:Place
// chains: chain
// defaults: offset=0, limit=100
// ordered: sentences, docs
// (The place is looked up in the name index and its places are walked from it; candidates are only looked for
// at the links the place lacks.)
MATCH (:Name {key: $place})-[:NAMES]->(top:Place)
MATCH (ind:Industry)
WHERE ind.chain = $chain
OPTIONAL MATCH (top)<-[:PART_OF*0..4]-(pl:Place)
WITH DISTINCT ind, pl
OPTIONAL MATCH (pl)<-[:LOCATED_IN*1..2]-(p:Project)-[:IN_INDUSTRY]->(ind)
OPTIONAL MATCH (p)<-[:INVESTS_IN]-(f:Firm)
OPTIONAL MATCH (pl)<-[:LOCATED_IN]-(g:Firm)-[:IN_INDUSTRY]->(ind)
WITH ind, collect(DISTINCT p.name) AS local_projects, collect(DISTINCT f.name) AS local_investors,
     collect(DISTINCT g.name) AS local_firms
WITH ind, local_projects, local_investors, local_firms, size(local_projects) + size(local_firms) > 0 AS present
OPTIONAL MATCH (ind)<-[:IN_INDUSTRY]-(q:Project)<-[i:INVESTS_IN]-(c:Firm)
WHERE NOT present
OPTIONAL MATCH (q)-[:LOCATED_IN*1..2]->(qpl:Place)
WITH ind, present, local_projects, local_investors, local_firms, c, q, i,
     collect(DISTINCT qpl.full_name) AS regions
WITH ind, present, local_projects, local_investors, local_firms, c, q, i, regions,
     coalesce(i.amount_cny, -1) AS rank_amount
ORDER BY ind.position, ind.name, rank_amount DESC, c.name, q.name
SKIP $offset LIMIT $limit
RETURN ind.position AS position, ind.name AS link, present, local_projects, local_investors, local_firms,
       c.name AS candidate, regions AS candidate_regions, q.name AS candidate_project,
       i.amount_cny AS amount_cny, i.year AS year, i.stage AS stage, i.ev_sentence AS sentences,
       i.ev_doc AS docs
ORDER BY position, link, rank_amount DESC, candidate, candidate_project
