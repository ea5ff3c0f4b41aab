"""Shipped knowledge for the extractor: the industry-chain taxonomy and a list of firm short names.

Both find their words with :class:`WordMatcher` (leftmost, then longest, no overlaps), several MB/s.

>>> tax = IndustryTaxonomy.load()
>>> [m.name for m in tax.find_industries("总投资16亿元的锂离子动力电池项目，打造新能源产业链")]
['动力电池', '新能源']
>>> tax.links["动力电池"].chain, ("正极材料", "动力电池") in tax.upstream_edges()
('新能源汽车', True)
>>> firms = FirmNames.load()
>>> firms.is_known("比亚迪"), firms.is_known("农产品")
(True, False)
>>> [m.surface for m in firms.find_known("引进比亚迪、华为等企业")]
['比亚迪', '华为']
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, NamedTuple

from kg.errors import ExtractError
from kg.lexicon.grammar import FIRM_TRADE_SUFFIXES
from kg.lexicon.matcher import Match, Matcher

DATA_DIR: Final = Path(__file__).resolve().parent.parent / "data"
INDUSTRIES_PATH: Final = DATA_DIR / "industries.json"
FIRM_NAMES_PATH: Final = DATA_DIR / "firm_shortnames.txt"
MIN_KEYWORD_LEN: Final = 2

# Short names that are also ordinary words (or too generic to name a firm): never a known firm.
STOP: Final = frozenset("""
农产品 机器人 人民网 新华网 国际 中国 科技 发展 美好 未来 文化 生态 动力 环保 海洋 老百姓 大众 一致 全新
顺利 起步 线上线下 新产业 先导 创新 高新 开发 实业 控股 股份 集团 建设 能源 电力 交通 城建 城投 水务 旅游
物流 投资 金融 银行 证券 保险 信托 基金 创业 新能源 新材料 智能 数据 电子 通信 传媒 教育 医药 健康 农业 食品
纺织 钢铁 化工 建材 机械 装备 制造 工业 商业 贸易 地产 置业 城市 乡村 振兴 民生 安居 和谐 幸福 消费 电商
精工 航天 东方 中原 环球 银河 长城 长安 太平洋 当代 中期 远程 数码 机电 商城 新城 神奇 精密 庞大 太阳能
指南针 向日葵 驱动力 新动力 百合花 黑芝麻 电子城 探路者 孩子王 火星人 金融街 外高桥 市北 临港 中新 特力 宏图
长生 暴风 大集 新光 首创 国新 中关村 华侨城 新天地 新世界 天下 永安
""".split())  # noqa: SIM905 (a word list reads best as text)

# Trade words a listed firm's brand is written without (万华化学 -> 万华, 华能国际 -> 华能).
BRAND_TRADE_SUFFIXES: Final = tuple(sorted(set(FIRM_TRADE_SUFFIXES) | {"国际", "股份", "控股", "集团", "化学",
                                                                "智家"},
                                    key=len, reverse=True))

# Generic words that, after a place name, make a phrase and not a firm (湖南发展, 长沙银行 stays: 银行 is not
# here).
GENERIC_TAILS: Final = (
    "发展", "投资", "建设", "能源", "旅游", "交通", "城投", "水务", "高新", "科技", "实业", "控股", "股份",
    "集团", "黄金", "电力", "燃气", "港务", "交投", "文旅", "城建", "路桥", "发展集团",
)  # fmt: skip


class Span(NamedTuple):
    """A match in text: ``[start, end)`` offsets, the surface, and the taxonomy name it stands for."""

    start: int
    end: int
    surface: str
    name: str


@dataclass(frozen=True, slots=True)
class Link:
    """One link of an industry chain; ``position`` is its stage (0 = most upstream); parallel links share
    one."""

    name: str
    chain: str
    position: int
    keywords: tuple[str, ...]


SHORT_TEXT: Final = 16  # texts up to this long have their matches kept (up to SHORT_CACHE_SIZE of them)
SHORT_CACHE_SIZE: Final = 65536


class WordMatcher:
    """Leftmost-longest, non-overlapping matching of a fixed word list (every word 2+ characters), through
    the compiled matcher of :mod:`kg.lexicon.matcher`.

    >>> [s for _, _, s in WordMatcher(["锂电", "锂电池", "电池"]).find("锂电池和电池")]
    ['锂电池', '电池']
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if len(w) >= MIN_KEYWORD_LEN)
        self.matcher = Matcher(dict.fromkeys(self.words, True))
        self._short: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def find(self, text: str, hits: list[Match] | None = None) -> list[Match]:
        """(start, end, word) for each match, in text order. Those of short texts (names and the few
        characters around a word, asked for again and again) are kept. ``hits``: the matches, when found
        already (kg.lexicon.Lexicon.scan)."""
        if hits is not None:
            return hits
        if len(text) > SHORT_TEXT:
            return self.matcher.leftmost_longest(text)
        hit = self._short.get(text)
        if hit is None:
            if len(self._short) >= SHORT_CACHE_SIZE:
                self._short.clear()
            hit = self._short[text] = tuple(self.matcher.leftmost_longest(text))
        return list(hit)


RE_SPACES: Final = re.compile(r"\s+")


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


class IndustryTaxonomy:
    """Chains, their links (upstream -> downstream), keywords and broad industry words; see
    kg/data/README.md."""

    def __init__(self, data: dict[str, Any], source: str = "<data>") -> None:
        self.source = source
        chains: dict[str, tuple[Link, ...]] = {}
        links: dict[str, Link] = {}
        keyword_to: dict[str, str] = {}
        edges: list[tuple[str, str]] = []
        try:
            for chain in data["chains"]:
                cname = chain["name"]
                if cname in chains:
                    raise ExtractError(f"{source}: chain {cname!r} appears twice")
                ordered: list[Link] = []
                stages = chain["stages"]
                for pos, stage in enumerate(stages):
                    for raw in stage:
                        kws = tuple(dict.fromkeys([raw["name"], *raw.get("keywords", [])]))
                        link = Link(raw["name"], cname, pos, kws)
                        if link.name in links:
                            raise ExtractError(f"{source}: "
                                              f"link {link.name!r} appears twice (names must be unique)")
                        links[link.name] = link
                        ordered.append(link)
                        for kw in kws:
                            self._add_word(keyword_to, kw, link.name, source)
                for i in range(len(stages) - 1):
                    edges += [(u["name"], d["name"]) for u in stages[i] for d in stages[i + 1]]
                edges += [(u, d) for u, d in chain.get("edges", [])]
                chains[cname] = tuple(ordered)
            words = dict(data.get("industry_words", {}))
        except (KeyError, TypeError, ValueError) as e:
            raise ExtractError(f"{source}: "
                              f"malformed industry taxonomy ({e!r}); expected chains[].stages[][]") from e
        for up, down in edges:
            for name in (up, down):
                if name not in links:
                    raise ExtractError(f"{source}: edge {up} -> {down} names unknown link {name!r}")
        for word, target in words.items():
            if target not in links and target not in chains:
                raise ExtractError(f"{source}: "
                                  f"industry word {word!r} maps to unknown chain or link {target!r}")
            self._add_word(keyword_to, word, target, source)
        self.chains = chains
        self.links = links
        self.industry_words = words
        self.keyword_to = keyword_to
        self._edges = tuple(dict.fromkeys(edges))
        self._matcher = WordMatcher(keyword_to)

    @staticmethod
    def _add_word(index: dict[str, str], word: str, target: str, source: str) -> None:
        word = _nfkc(word)
        if len(word) < MIN_KEYWORD_LEN:
            raise ExtractError(f"{source}: "
                              f"keyword {word!r} of {target!r} is shorter than {MIN_KEYWORD_LEN} characters")
        if index.get(word, target) != target:
            raise ExtractError(f"{source}: keyword {word!r} belongs to both {index[word]!r} and {target!r}")
        index[word] = target

    @classmethod
    def load(cls, path: str | Path | None = None) -> IndustryTaxonomy:
        """The shipped taxonomy (cached), or the one in ``path``."""
        return _load_taxonomy(str(path or INDUSTRIES_PATH))

    def upstream_edges(self) -> tuple[tuple[str, str], ...]:
        """(upstream link, downstream link) pairs: consecutive stages of each chain plus the extra edges."""
        return self._edges

    def chain_of(self, name: str) -> str | None:
        """The chain a link or chain name belongs to (None if unknown)."""
        if name in self.links:
            return self.links[name].chain
        return name if name in self.chains else None

    def matcher(self) -> Matcher:
        """The compiled matcher of the keywords and industry words."""
        return self._matcher.matcher

    def find_industries(self, text: str, hits: list[Match] | None = None) -> list[Span]:
        """Industry words in ``text``: leftmost-longest, no overlaps; ``name`` is a link (or chain) name.
        ``hits``: the matches of :meth:`matcher` in ``text``, leftmost-longest, when found already
        (kg.lexicon.Lexicon.scan)."""
        kw = self.keyword_to
        # Span(s, e, w, kw[w]), without the interpreted __new__ a NamedTuple class is given; a keyword with
        # Latin letters or digits at an end is no word inside a longer one (5G in 5GW)
        return [tuple.__new__(Span, (s, e, w, kw[w])) for s, e, w in self._matcher.find(text, hits)
                if not (_glued(text, s - 1, w[0]) or _glued(text, e, w[-1]))]


def _glued(text: str, k: int, edge: str) -> bool:
    """Whether the character at ``k`` continues the Latin or digit run of ``edge``, a keyword's end."""
    return edge.isascii() and edge.isalnum() and 0 <= k < len(text) and text[k].isascii() and \
        text[k].isalnum()


@lru_cache(maxsize=8)
def _load_taxonomy(path: str) -> IndustryTaxonomy:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise ExtractError(f"{path}: industry taxonomy not found") from e
    except json.JSONDecodeError as e:
        raise ExtractError(f"{path}:{e.lineno}: not valid JSON ({e.msg})") from e
    return IndustryTaxonomy(data, source=path)


class FirmNames:
    """Known firm short names (listed companies, central SOEs, well-known brands); see kg/data/README.md."""

    def __init__(self, names: dict[str, str], source: str = "<data>") -> None:
        self.source = source
        self.sources = {n: s for n, s in names.items() if len(n) >= MIN_KEYWORD_LEN and n not in STOP}
        self.names = frozenset(self.sources)
        self._matcher = WordMatcher(self.names)
        # brands of listed firms by the naming grammar: 万华化学 -> 万华, 大全能源 -> 大全 (a brand may be an
        # ordinary word too, so extraction trusts one only where a firm is expected: at the head of a project)
        brands: dict[str, list[str]] = {}
        for n in self.sources:
            for t in BRAND_TRADE_SUFFIXES:
                if n.endswith(t) and len(n) - len(t) >= 2:
                    b = n[: -len(t)]
                    if b not in self.names and b not in STOP and not re.search(r"[A-Za-z0-9]", b):
                        brands.setdefault(b, []).append(n)
                    break
        self.brands = {b: tuple(v) for b, v in brands.items()}
        # names and brands holding the particle 的 (美的, 奈雪的茶): no modifier ends inside them
        self.with_particle = frozenset(w for w in (*self.names, *self.brands) if "的" in w)

    @classmethod
    def load(cls, path: str | Path | None = None) -> FirmNames:
        """The shipped list (cached), or the one in ``path`` (``name<TAB>source`` lines, ``#`` comments)."""
        return _load_firms(str(path or FIRM_NAMES_PATH))

    def __len__(self) -> int:
        return len(self.names)

    def is_known(self, name: str) -> bool:
        """True if ``name`` (after NFKC and space removal) is a known short name."""
        return RE_SPACES.sub("", _nfkc(name)) in self.names

    def brand_at(self, text: str) -> str | None:
        """The longest listed-firm brand ``text`` starts with (万华一期 -> 万华), 2-4 characters."""
        for n in range(min(4, len(text) - 1), 1, -1):
            if text[:n] in self.brands:
                return text[:n]
        return None

    def matcher(self) -> Matcher:
        """The compiled matcher of the short names."""
        return self._matcher.matcher

    def find_known(self, text: str, hits: list[Match] | None = None) -> list[Span]:
        """Known short names in ``text``: leftmost-longest, no overlaps (``name`` = ``surface``). ``hits``:
        the matches of :meth:`matcher` in ``text``, leftmost-longest, when found already
        (kg.lexicon.Lexicon.scan)."""
        return [Span(s, e, w, w) for s, e, w in self._matcher.find(text, hits)]


@lru_cache(maxsize=8)
def _load_firms(path: str) -> FirmNames:
    names: dict[str, str] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:
        raise ExtractError(f"{path}: firm short-name list not found") from e
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, src = line.partition("\t")
        name = _nfkc(name.strip())
        if not name or "\t" in src:
            raise ExtractError(f"{path}:{lineno}: expected 'name<TAB>source', got {line!r}")
        names.setdefault(name, src.strip() or "unknown")
    return FirmNames(names, source=path)
