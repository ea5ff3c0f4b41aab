"""Finding places in text with the gazetteer's compiled matcher: which name matches are places (the
boundary checks: 市场 is no 市, 浏阳河 no 浏阳), which of a name's candidates near the document's region are
admitted, overlaps settled longest first, and short forms that are also words (东方, 和平) kept only beside a
related place. :meth:`kg.lexicon.gazetteer.Gazetteer.find` is the entry point."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from kg.lexicon.gazetteer import PROVINCE_PREFIX_LEN, Gazetteer, Place, PlaceMention
from kg.lexicon.matcher import Hit

# A full name ending in the key is not a place when the next character is one of the value's (市场, 县域,
# 区域 …). (淇县政府, 岳阳县委: a county's government and committee follow its full name; its short form
# would often name the city of that name instead.)
BAD_NEXT_CHAR: Final = {
    "市": "场民值区县级委政长",
    "县": "域级市区乡城",
    "区": "域块间位内",
    "州": "府",
    "乡": "村镇亲土",
    "镇": "村",
    "省": "级委政长内外",
}
# A two-character county written after a level word and before its government (市和县政府, 省、市和县委) is
# no county: the first character joins the levels.
GOVERNMENT_NEXT: Final = frozenset("政委长")
ADMIN_UNITS: Final = frozenset("省市区县州镇乡")
# Town names ending in a common word (域城镇 in 县域城镇, 明村镇 in 文明村镇) count only inside the region's
# county.
TOWN_WORD_ENDINGS: Final = ("城镇", "村镇", "乡镇")
# Characters that may separate places in an enumeration (吉首、凤凰、古丈).
ENUM_SEPARATORS: Final = frozenset("、，,和与及")
# A short form followed by one of these is a word, not a place (长沙县 is matched whole; 浏阳河, 湘江 …).
BAD_SHORT_NEXT: Final = frozenset("河江湖山路桥街巷港")
# A place name followed by one of these names a newspaper, channel or site (香港商报, 广西日报, 湖北频道, 嘉兴
# 在线, 黔东南信息港), not a place the text is about.
MEDIA_WORDS = ("日报", "晚报", "商报", "早报", "都市报", "新闻网", "信息港", "之窗", "融媒", "频道", "热线",
               "卫视", "电视台", "要闻", "在线", "网讯")
# A short form followed by one of these names a school, hospital or estate (芙蓉学校, 芙蓉新城), not a place.
SHORT_FORM_INSTITUTIONS = ("学校", "小学", "中学", "大学", "学院", "医院", "宾馆", "酒店", "广场", "花园",
                           "新城", "商城", "大道")
# their first characters (a test before the words: ~30 comparisons per name found)
MEDIA_FIRST: Final = frozenset(w[0] for w in MEDIA_WORDS)
INSTITUTION_FIRST: Final = frozenset(w[0] for w in SHORT_FORM_INSTITUTIONS)
# How close a county's short form outside the region's province must be to a place named in the same text
# (gazetteer relation: 2 = same city): 大庆市大同 is 大庆's 大同区; 西宁东川 is no 东川区 of 昆明.
NEIGHBOUR_SUPPORT: Final = 2
ADMITTED_CACHE_SIZE: Final = 100_000  # surfaces near one region -> how their candidates are admitted


def _scan(gaz: Gazetteer, text: str,
          hits: list[Hit] | None) -> list[tuple[int, int, str, tuple[tuple[str, bool], ...]]]:
    """Every name match (all lengths, one pass of the compiled matcher) that passes the boundary checks, with
    the name as the matcher holds it (one string object per name: look-ups keyed by it find it by
    identity)."""
    places, split = gaz.places, gaz.split_words
    found = []
    n = len(text)
    matches = list(gaz._matcher.iter_all(text)) if hits is None else hits
    ends = {end for _, end, _, _ in matches}
    for i, end, surface, cands in matches:
        nxt = text[end] if end < n else ""
        # (福州|长乐区: the word 州长 the match would split is two names, the first ending where it starts)
        prev_split = i > 0 and text[i - 1 : i + 1] in split and i not in ends
        next_split = nxt and text[end - 1 : end + 1] in split
        if prev_split or next_split:  # the match would split a common word (创新|平台 -> 新平)
            cands = tuple(
                c for c in cands
                if places[c[0]].level in ("province", "city") or not (prev_split or (next_split and c[1]))
            )
        if nxt in MEDIA_FIRST and cands and text.startswith(MEDIA_WORDS, end):
            cands = ()
        elif nxt in INSTITUTION_FIRST and cands and text.startswith(SHORT_FORM_INSTITUTIONS, end):
            cands = tuple(c for c in cands if not c[1])
        if nxt and cands and nxt in GOVERNMENT_NEXT and end - i == 2 and i > 0 and text[i - 1] in ADMIN_UNITS:
            cands = ()  # 省、市和县政府: 和 joins the levels; no 和县 of Anhui
        bad = BAD_NEXT_CHAR.get(text[end - 1], "")
        if nxt and cands and (nxt in bad or nxt in BAD_SHORT_NEXT):  # (else every candidate passes)
            cands = tuple(
                c for c in cands
                if not (nxt in bad and not c[1])
                and not (c[1] and nxt in BAD_SHORT_NEXT and places[c[0]].level != "province")
            )
        if cands:
            found.append((i, end, surface, cands))
    return found


Candidates = list[tuple[str, bool]]  # (place code, whether the surface is its short form)


def _admissible(gaz: Gazetteer, surface: str, cands: Sequence[tuple[str, bool]],
                region: Place | None) -> tuple[Candidates, Candidates, Candidates]:
    """Split candidates into (accepted, weak, pending) by level, short form and the region: weak ones (a
    county's short form outside the region's province) need a related place elsewhere in the text, pending
    ones (common words) a place listed next to them."""
    ok: Candidates = []
    weak: Candidates = []
    pending: Candidates = []
    for code, short in cands:
        p = gaz.places[code]
        rel = gaz.relation(code, region)
        if short and p.level == "town" and (region is None or region.level == "province" or rel < 3):
            continue  # town short forms only inside the document's own county or city
        if p.level == "town" and region is not None and rel < 1:
            continue  # town names repeat across the country: only towns of the document's province
        if p.level == "town" and not short and surface.endswith(TOWN_WORD_ENDINGS) and rel < 3:
            continue  # 域城镇, 明村镇: the name ends in a common word (城镇); only inside the region's county
        if surface in gaz.context_only or len(surface) <= 2 and not short:
            (ok if rel >= 2 else pending).append((code, short))
        elif short and p.level == "county" and rel < 1:
            weak.append((code, short))
        else:
            ok.append((code, short))
    return ok, weak, pending


def _mention(gaz: Gazetteer, start: int, end: int, surface: str, cands: Sequence[tuple[str, bool]],
             place: Place | None) -> PlaceMention:
    if place is not None:
        short = all(s for c, s in cands if c == place.code)
        return PlaceMention(start, end, surface, place.code, place.name, place.level, short)
    levels = {gaz.places[c].level for c, _ in cands}
    level = levels.pop() if len(levels) == 1 else None
    return PlaceMention(start, end, surface, None, surface, level, all(s for _, s in cands))


ACCEPTED: Final = 0  # span states in find_in
WEAK: Final = 1
PENDING: Final = 2


# A candidate span: (state, start, end, candidates, weak candidates).
CandidateSpan = tuple[int, int, int, list[tuple[str, bool]], frozenset[str]]


def find_in(gaz: Gazetteer, text: str, region: Place | None,
          hits: list[Hit] | None = None) -> list[PlaceMention]:
    """Candidate spans, those of other provinces inside the region's names dropped, overlaps resolved; then
    accepted spans are resolved in text order and weak or pending ones only beside a place they relate to."""
    spans = _candidate_spans(gaz, text, region, hits)
    if not spans:  # most names hold no place: nothing to settle
        return []
    if region is not None:
        spans = _drop_foreign_inside_region(gaz, spans, region)
    kept = _non_overlapping(spans)
    resolved, context = _resolve_accepted(gaz, kept, region)
    support = _Support(context) if any(span[0] == WEAK for span in kept) else None
    out = []
    for k, (state, start, end, cands, weak) in enumerate(kept):
        if state == WEAK and support is not None:  # a county's short form far from the region: a place only
            # beside a related place
            cands = [c for c in cands if c[0] in weak and support.near(gaz, c[0])]
            if not cands:
                continue
            resolved[k] = gaz.choose(cands, region, context)
        elif state == PENDING:  # a common word: a place only when listed next to a place nearby (吉首、凤凰)
            near = _listed_beside(text, kept, resolved, k)
            cands = [c for c in cands if any(gaz.relation(c[0], p) >= 2 for p in near)]
            if not cands:
                continue
            resolved[k] = gaz.choose(cands, region, near)
        out.append(_mention(gaz, start, end, text[start:end], cands, resolved[k]))
    return out


def _candidate_spans(gaz: Gazetteer, text: str, region: Place | None,
                     hits: list[Hit] | None) -> list[CandidateSpan]:
    spans: list[CandidateSpan] = []
    known = _admitted_in(gaz, region)
    for start, end, surface, cands in _scan(gaz, text, hits):
        got = known.get(surface)
        if got is None or got[0] != cands:  # (the same candidates, unless _scan dropped some)
            got = known[surface] = (cands, _admitted(gaz, surface, cands, region))
        admitted = got[1]
        if admitted is not None:
            state, kept, weak = admitted
            spans.append((state, start, end, list(kept), weak))
    return spans


# (span state, its candidates, its weak candidates' codes)
Admitted = tuple[int, tuple[tuple[str, bool], ...], frozenset[str]]
# per surface: the candidates last met and how they are admitted
AdmittedBySurface = dict[str, tuple[tuple[tuple[str, bool], ...], Admitted | None]]


def _admitted_in(gaz: Gazetteer, region: Place | None) -> AdmittedBySurface:
    """How candidates are admitted near ``region`` (what :func:`_admitted` depends on besides the surface and
    its candidates: the region's code and level), kept per surface (the same names recur in every text)."""
    key = (region.code, region.level) if region is not None else (None, None)
    known = gaz._admitted_cache.get(key)
    if known is None or len(known) > ADMITTED_CACHE_SIZE:
        known = gaz._admitted_cache[key] = {}
    return known


def _admitted(gaz: Gazetteer, surface: str, cands: tuple[tuple[str, bool], ...],
              region: Place | None) -> Admitted | None:
    """The state and candidates of a span of ``surface`` (None: no place), as :func:`_admissible` splits
    them."""
    ok, weak, pending = _admissible(gaz, surface, cands, region)
    if ok:
        return (ACCEPTED, tuple(ok + weak), frozenset(c for c, _ in weak))
    if weak or pending:
        return (WEAK if weak else PENDING, tuple(weak + pending), frozenset(c for c, _ in weak))
    return None


def _drop_foreign_inside_region(gaz: Gazetteer, spans: list[CandidateSpan],
                                region: Place) -> list[CandidateSpan]:
    """A place of another province inside a name of the region's is none (隽水城区: no 水城区); one that holds
    the region's name whole is the longer name (马鞍山市 in a text about 鞍山市: 马鞍山市, not 鞍山市)."""
    # whether a candidate relates to the region (gaz.relation(c, region) > 0): exactly when it lies in the
    # region's province (the first two digits of a code), as every narrower relation does too
    province = region.code[:PROVINCE_PREFIX_LEN]
    related = [any(c[:PROVINCE_PREFIX_LEN] == province for c, _ in s[3]) for s in spans]
    near = _Cover(spans)
    for span, rel in zip(spans, related, strict=True):
        if span[0] == ACCEPTED and rel:
            near.add(span[1], span[2])
    return [s for s, rel in zip(spans, related, strict=True)
            if rel or not near.meets(s[1], s[2]) or _holds_related(s, spans, related)]


def _holds_related(s: CandidateSpan, spans: list[CandidateSpan], related: list[bool]) -> bool:
    """Whether every related accepted span ``s`` overlaps lies inside it, shorter (马|鞍山市)."""
    return all(s[1] <= o[1] and o[2] <= s[2] and o[2] - o[1] < s[2] - s[1]
               for o, rel in zip(spans, related, strict=True)
               if rel and o[0] == ACCEPTED and o[1] < s[2] and s[1] < o[2])


def _non_overlapping(spans: list[CandidateSpan]) -> list[CandidateSpan]:
    """Longest first, accepted before the others, then leftmost; overlaps dropped (spaCy filter_spans); in
    text order."""
    taken = _Cover(spans)
    kept = []
    for span in sorted(spans, key=lambda s: (s[0] != ACCEPTED, s[1] - s[2], s[1])):
        if not taken.meets(span[1], span[2]):
            kept.append(span)
            taken.add(span[1], span[2])
    kept.sort(key=lambda s: s[1])
    return kept


class _Cover:
    """The offsets some spans cover, one byte per offset up to the spans' end (a set of ints, without an int
    object per offset)."""

    def __init__(self, spans: list[CandidateSpan]) -> None:
        self.covered = bytearray(max((s[2] for s in spans), default=0))

    def add(self, start: int, end: int) -> None:
        for k in range(start, end):
            self.covered[k] = 1

    def meets(self, start: int, end: int) -> bool:
        """Whether an offset of ``[start, end)`` is covered."""
        return self.covered.find(1, start, end) >= 0


def _resolve_accepted(gaz: Gazetteer, kept: list[CandidateSpan],
                      region: Place | None) -> tuple[list[Place | None], list[Place]]:
    """Accepted spans resolved in text order, each with the places just before it as context."""
    resolved: list[Place | None] = [None] * len(kept)
    context: list[Place] = []
    for k, (state, _start, _end, cands, weak) in enumerate(kept):
        if state == ACCEPTED:
            recent = list(reversed(context[-5:]))
            place = gaz.choose(cands, region, recent)
            if place is not None and place.code in weak and not _supported(gaz, place.code, recent):
                place = gaz.choose([c for c in cands if c[0] not in weak], region, recent)
            resolved[k] = place
            if place is not None:
                context.append(place)
    return resolved, context


def _listed_beside(text: str, kept: list[CandidateSpan], resolved: list[Place | None], k: int) -> list[Place]:
    """The resolved accepted places listed right before or after span ``k``."""
    out = []
    for j in (k - 1, k + 1):
        place = resolved[j] if 0 <= j < len(kept) else None
        if place is not None and kept[j][0] == ACCEPTED and \
                _adjacent(text, kept[min(j, k)][2], kept[max(j, k)][1]):
            out.append(place)
    return out


def _supported(gaz: Gazetteer, code: str, places: Iterable[Place]) -> bool:
    """Whether a place named in the same text is close to ``code`` (same city or nearer)."""
    return any(gaz.relation(code, p) >= NEIGHBOUR_SUPPORT for p in places)


CITY_PREFIX_LEN: Final = 4  # a code's digits that name its city


class _Support:
    """:func:`_supported` over all the places a long text names, in constant time per code: a place supports
    a code (gazetteer relation >= :data:`NEIGHBOUR_SUPPORT`) when both are in one city, or one of them is a
    province holding the other."""

    def __init__(self, places: Iterable[Place]) -> None:
        self.cities: set[str] = set()
        self.provinces_named: set[str] = set()  # provinces named themselves
        self.provinces_any: set[str] = set()  # provinces any named place lies in
        for p in places:
            self.cities.add(p.code[:CITY_PREFIX_LEN])
            self.provinces_any.add(p.code[:PROVINCE_PREFIX_LEN])
            if p.level == "province":
                self.provinces_named.add(p.code[:PROVINCE_PREFIX_LEN])

    def near(self, gaz: Gazetteer, code: str) -> bool:
        province = code[:PROVINCE_PREFIX_LEN]
        return code[:CITY_PREFIX_LEN] in self.cities or province in self.provinces_named or \
            gaz.places[code].level == "province" and province in self.provinces_any


def _adjacent(text: str, end: int, start: int) -> bool:
    return 0 <= start - end <= 1 and all(ch in ENUM_SEPARATORS for ch in text[end:start])
