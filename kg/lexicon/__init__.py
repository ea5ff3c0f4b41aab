"""Resources below the stages: the gazetteer, firm names, the chain taxonomy, word classes and the naming
grammar.

One frozen :class:`Lexicon` is loaded once and passed into ingest, extraction and resolution; none of them
loads a resource of its own.

>>> lex = Lexicon.load()
>>> lex.park_canonical("邵阳市经济技术开发区"), lex.park_canonical("邵阳经开区")
(('邵阳经济技术开发区', '经济技术开发区'), ('邵阳经济技术开发区', '经济技术开发区'))
>>> lex.park_canonical("国家高新区") is None, lex.park_canonical("浪潮智慧城市产业园")
(True, ('浪潮智慧城市产业园', '产业园'))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final, NamedTuple

from kg.lexicon import grammar
from kg.lexicon.gazetteer import PLACES_PATH, PROVINCE_LEVEL, Gazetteer, Place
from kg.lexicon.matcher import Hit, Match, Matcher, MatcherGroup, leftmost_longest_of
from kg.lexicon.wordclass import WordClasses
from kg.lexicon.words import FIRM_NAMES_PATH, INDUSTRIES_PATH, FirmNames, IndustryTaxonomy

MAX_GROUPS: Final = 4  # the joint automata Lexicon.scan keeps (one per set of further matchers)

__all__ = ["Lexicon", "LexiconHits", "Gazetteer", "Place", "FirmNames", "IndustryTaxonomy", "WordClasses",
           "grammar"]


class LexiconHits(NamedTuple):
    """The raw matches of the lexicon's lists in one text (see :meth:`Lexicon.scan`)."""

    places: list[Hit]  # every place name (all lengths), as Gazetteer.find reads them
    firms: list[Match]  # known firm names, leftmost-longest, as FirmNames.find_known reads them
    industries: list[Match]  # industry words, leftmost-longest, as IndustryTaxonomy.find_industries reads
    extra: list[list[Hit]]  # each further matcher's Matcher.iter_all


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Everything extraction and resolution know about the world, loaded once."""

    gazetteer: Gazetteer
    firms: FirmNames
    taxonomy: IndustryTaxonomy
    words: WordClasses
    _park_cache: dict[str, tuple[str, str] | None] = field(default_factory=dict, repr=False)
    # the MatcherGroups of scan, by the further matchers' identities (with those matchers: ids stay theirs)
    _groups: dict[tuple[int, ...], tuple[tuple[Matcher, ...], MatcherGroup]] = field(default_factory=dict,
                                                                                      repr=False)

    @classmethod
    def load(cls, places: str | Path | None = None, firms: str | Path | None = None,
             industries: str | Path | None = None) -> Lexicon:
        """The shipped resources (cached), or the files given."""
        return _load(str(places or PLACES_PATH), str(firms or FIRM_NAMES_PATH),
                     str(industries or INDUSTRIES_PATH))

    def scan(self, text: str, extra: tuple[Matcher, ...] = ()) -> LexiconHits:
        """Place names, known firms, industry words and the words of the ``extra`` matchers in ``text``, found
        in one pass of one automaton (for a document: one walk of the joint tables costs far less than one
        walk per list); pass them to :meth:`Gazetteer.find`, :meth:`FirmNames.find_known` and
        :meth:`IndustryTaxonomy.find_industries`."""
        key = tuple(id(m) for m in extra)
        got = self._groups.get(key)
        if got is None:
            if len(self._groups) >= MAX_GROUPS:  # (each holds an automaton of all the lexicon's words)
                self._groups.clear()
            lists = [self.gazetteer.matcher(), self.firms.matcher(), self.taxonomy.matcher(), *extra]
            got = self._groups[key] = (extra, MatcherGroup(lists))
            got[1].share(range(3))  # (the lexicon's lists: their short texts too)
        places, firms, industries, *more = got[1].scan(text)
        return LexiconHits(places, leftmost_longest_of(firms), leftmost_longest_of(industries), more)

    def is_place_name(self, name: str) -> bool:
        """Whether ``name`` is the official or former name of a division."""
        return bool(self.gazetteer.by_name(name))

    def bare_name_keeps_place(self, name: str) -> bool:
        """Whether a place name without its 市/县 still means that place (邵阳市 yes; 邵阳县 no: 邵阳 is the
        city)."""
        places = self.gazetteer.by_name(name)
        bare = self.gazetteer.resolve(name[:-1]) if places else None
        return bare is not None and any(p.code == bare.code for p in places)

    def park_canonical(self, name: str) -> tuple[str, str] | None:
        """(canonical name, canonical type) of a specific park name, or None when the name is generic.

        The type suffix takes its long form (经开区 -> 经济技术开发区), rank words go (省级), and a place
        prefix loses its 市/县 when the bare name still means that place (邵阳市经济技术开发区 = 邵阳经济技术
        开发区, but 邵阳县经济开发区 keeps its 县: 邵阳 alone is the city), never the 市 of a word (智慧城市产
        业园), and a province's short form before a place of it goes (宁夏银川经济技术开发区 = 银川经济技术
        开发区). A national 经济技术开发区 and a provincial 经济开发区 are different types (see
        kg.resolve.parks for X经开区).

        >>> lex = Lexicon.load()
        >>> lex.park_canonical("邵阳县经济开发区"), lex.park_canonical("浏阳市经济技术开发区")[0]
        (('邵阳县经济开发区', '经济开发区'), '浏阳经济技术开发区')
        >>> lex.park_canonical("宁夏银川经济技术开发区")[0], lex.park_canonical("重庆两江新区")[0]
        ('银川经济技术开发区', '重庆两江新区')
        """
        if name in self._park_cache:
            return self._park_cache[name]
        out = None
        ptype = grammar.park_type(name)
        if ptype is not None:
            core = grammar.park_core(name)
            core = core[self._province_before_its_place(core) :]
            if len(core) >= 3 and core[-1] in "市县" and self.bare_name_keeps_place(core):
                core = core[:-1]
            out = (core + ptype, ptype)
        self._park_cache[name] = out
        return out

    def _province_before_its_place(self, core: str) -> int:
        """How many characters of a park's name are a province's short form written right before a place of
        that province (宁夏|银川经济技术开发区 is 银川经济技术开发区; not a municipality's: 天津滨海…,
        重庆两江… are the parks' own names)."""
        found = self.gazetteer.find(core[:PROVINCE_HEAD])
        if len(found) < 2 or found[0].start != 0 or not found[0].is_short_form or \
                found[0].level != PROVINCE_LEVEL or found[0].name.endswith(MUNICIPALITY_END) or \
                found[1].start != found[0].end:
            return 0
        p, q = found[0].code, found[1].code
        return found[0].end if p is not None and q is not None and q != p and self.gazetteer.is_within(q, p) \
            else 0


PROVINCE_HEAD: Final = 8  # characters of a park's name its opening places are looked for in
MUNICIPALITY_END: Final = "市"  # (the provinces that are cities: 北京市, 天津市, 上海市, 重庆市)


@lru_cache(maxsize=4)
def _load(places: str, firms: str, industries: str) -> Lexicon:
    return Lexicon(Gazetteer.load(places), FirmNames.load(firms), IndustryTaxonomy.load(industries),
                   WordClasses.load())
