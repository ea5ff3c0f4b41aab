"""The learned span model: a character-level CRF (CRFsuite, through python-crfsuite) that tags firm, project
and park names, with word-class and lexicon features, and the extractors that use it.

* ``model``: the CRF's spans alone (places still come from the gazetteer), then the same relation frames;
* ``hybrid``: the rules propose spans, the CRF judges them: a rule span the model finds no support for is
  dropped unless a strong rule (a legal name, a list of the text's own) found it, and a confident model span
  no rule found is added.

The weights ship in ``kg/data/span_model.crfsuite`` (trained by ``scripts/train_span_model.py`` with a fixed
seed); they load offline, once per process.
"""

from __future__ import annotations

from kg.extract.model.extractors import HybridExtractor, ModelExtractor  # noqa: F401  (registers them)
from kg.extract.model.tagger import MODEL_PATH, SpanModel

__all__ = ["SpanModel", "MODEL_PATH", "HybridExtractor", "ModelExtractor"]
