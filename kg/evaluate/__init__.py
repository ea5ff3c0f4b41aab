"""``kg eval``: score predicted records against gold records (both in the gold JSONL shape).

The rules (those of the gold README, "How a prediction is scored"):

* Names compare after NFKC, removal of whitespace and quote marks, and traditional -> simplified conversion.
* A predicted entity is judged by its ``name`` when that name is written in the document, else by its
  name and aliases; a gold entity by its name and aliases. Predicted and gold entities of one type are
  paired by a maximum bipartite matching of intersecting name sets. Unpaired predictions are false
  positives, unpaired gold entities misses.
* Relation ends map to the gold entity their predicted entity was paired with. LOCATED_IN and PART_OF
  are checked against the transitive closure (over LOCATED_IN and PART_OF) of the other side;
  IN_INDUSTRY objects match when one contains the other (two characters at least); INVESTS_IN compares
  firm and project.
* Amounts, over paired INVESTS_IN where either side gives one: right when both give one within 0.5%.
* Names the gold lists in notes as ``left out <type>: a、b — why`` (``/`` separates spellings; any type),
  relations touching them, and relations listed as ``left out relation: A TYPE B`` count neither way.
  Predicted places of level village are dropped. Entity and relation types the gold does not have
  (industry, UPSTREAM_OF) are ignored.
* Documents match by doc_id; scores are micro-averaged over documents.
"""

from kg.evaluate.records import EvalError, read_records
from kg.evaluate.report import AmountScore, Counts, DocDiff, Report, format_diff, format_table
from kg.evaluate.score import pair_entities, score, score_files

__all__ = [
    "AmountScore",
    "Counts",
    "DocDiff",
    "EvalError",
    "Report",
    "format_diff",
    "format_table",
    "pair_entities",
    "read_records",
    "score",
    "score_files",
]
