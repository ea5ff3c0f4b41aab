"""Word classes from jieba's own dictionary (a general source: ~350k words with part-of-speech tags).

Extraction uses them to find where a name cannot continue: a verb, preposition, conjunction, adverb, pronoun,
particle or time word between a name and what comes before it (锁定|恒信化工…, 设在|浙江恒宇储能有限公司)
ends the name there. Only those closed or verbal classes are kept; nouns are not stored.

>>> wc = WordClasses.load()
>>> wc.tag("锁定"), wc.tag("与"), wc.tag("山西") is None
('v', 'p', True)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from kg.errors import KgError

# jieba tags kept: verbs, adverbs, pronouns, conjunctions, prepositions, particles, time and place-position
# words, numerals and measure words, modal and onomatopoeic words.
KEPT_TAGS = frozenset({"v", "vd", "vg", "vi", "vq", "d", "ad", "r", "c", "p", "u", "t", "tg", "f", "m", "mq",
                       "q", "y", "e", "o"})
MAX_WORD_LEN: Final = 6
# jieba's tag of verbal nouns (建设, 优化, 管理): inside names they are common (研发|生产|基地), so they are
# not among the tags above, but before a place that opens a zone's own name they are the clause's verb
# (进一步优化|湛江空港经济区).
VERBAL_NOUN_TAG: Final = "vn"


@dataclass(frozen=True, eq=False)
class WordClasses:
    """Part-of-speech tags of jieba's function and verb words (``tag(word)`` is None for other words)."""

    tags: dict[str, str]
    verbal_nouns: frozenset[str] = frozenset()

    def tag(self, word: str) -> str | None:
        return self.tags.get(word)

    def verbal_noun(self, word: str) -> bool:
        """Whether jieba's dictionary tags ``word`` a verbal noun (vn: 优化, 管理)."""
        return word in self.verbal_nouns

    @staticmethod
    def frequency(word: str) -> int:
        """How often jieba's dictionary saw ``word`` (0 for words it does not list): 综合 8250, 华为 373."""
        return int(jieba_tokenizer().FREQ.get(word) or 0)

    @classmethod
    def load(cls, path: str | Path | None = None) -> WordClasses:
        """jieba's dictionary (cached), or a file of ``word freq tag`` lines."""
        return _load(str(path or _jieba_dict()))


@lru_cache(maxsize=1)
def jieba_tokenizer() -> Any:
    """jieba's tokenizer, quiet (it logs to stderr by default) and loaded once."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    return tk


def _jieba_dict() -> Path:
    import jieba

    return Path(jieba.__file__).resolve().parent / "dict.txt"


@lru_cache(maxsize=2)
def _load(path: str) -> WordClasses:
    tags: dict[str, str] = {}
    verbal: set[str] = set()
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 3 and len(parts[0]) <= MAX_WORD_LEN:
                    if parts[2] in KEPT_TAGS:
                        tags[parts[0]] = parts[2]
                    elif parts[2] == VERBAL_NOUN_TAG:
                        verbal.add(parts[0])
    except OSError as e:
        raise KgError(f"{path}: cannot read the word-class dictionary ({e})") from e
    return WordClasses(tags, frozenset(verbal))
