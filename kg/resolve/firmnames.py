"""Firm names read by the naming grammar of registered firms (企业名称: 行政区划 + 字号 + 行业 + 组织形式).

``山西易高能源有限公司`` is place 山西, core 易高能源 (字号 易高 + 行业 能源), legal form 有限公司
(:func:`parse_firm_name`). A :class:`FirmNamer` reads names with one lexicon and answers what the firms phase
(:mod:`kg.resolve.firms`) asks of a name: whether it names one firm, none (相关医药, 多个电子) or a
group (集团, 控股, a central SOE or a known ``<brand>集团``), the trade name a group's units start with, and
the short forms of a legal name that still name one firm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import Lexicon
from kg.lexicon.gazetteer import Gazetteer
from kg.lexicon.grammar import FIRM_LEGAL_FORMS, alternation
from kg.lexicon.words import GENERIC_TAILS, STOP

RE_LEGAL_END = re.compile(f"(?:{alternation(FIRM_LEGAL_FORMS)})$")
# Industry words (行业) that end a firm's core after its trade name; stripped to find the trade name (字号).
INDUSTRY_TERMS = (
    "新能源科技", "新材料科技", "新能源", "新材料", "科技", "技术", "电子", "电气", "电力", "电器", "能源",
    "材料", "化工", "化学", "生物", "医药", "药业", "制药", "医疗", "健康", "食品", "农业", "农牧", "牧业",
    "养殖", "茶业", "果业", "林业", "实业", "投资", "发展", "建设", "建工", "建筑", "置业", "地产", "房地产",
    "物流", "贸易", "商贸", "环保", "环境", "机械", "装备", "汽车", "信息", "网络", "通信", "通讯", "传媒",
    "文化", "旅游", "文旅", "教育", "智能", "制造", "工业", "产业", "钢铁", "建材", "纺织", "服饰", "矿业",
    "资源", "管理", "服务", "开发", "运营", "数据", "数字", "软件", "光电", "光伏", "储能", "半导体",
    "集成电路", "精密", "重工", "航空", "国际", "粮食", "控股", "集团", "人才", "工程", "设计", "咨询",
    "金融", "保险", "证券", "产业链", "供应链", "电商", "新型",
)  # fmt: skip
RE_INDUSTRY_END = re.compile(f"(?:{alternation(INDUSTRY_TERMS)})$")
# Words that are no trade name: a core made of them names no firm (多个电子, 相关医药, 海外子公司).
GENERIC_BRANDS = frozenset({
    "多个", "多家", "一批", "相关", "新型", "高端", "现代", "海外", "供电", "本地", "当地", "各类", "知名",
    "龙头", "头部", "重点", "上下游", "配套", "国内", "国外", "境外", "外资", "民营", "国有", "省属", "市属",
    "县属",
})  # fmt: skip
# Legal forms that tell little about the firm (X公司 is any firm named X).
GENERIC_LEGAL_FORMS = frozenset({"公司", "集团", "集团公司", "子公司"})
# Words that make a name a group's.
GROUP_WORDS = ("集团", "控股")
RE_BRACKETED = re.compile(r"[(（][^()（）]{1,8}[)）]")
MIN_BRAND = 2
SOE_SOURCE = "soe"  # FirmNames source of central state-owned groups


@dataclass(frozen=True, slots=True)
class FirmName:
    """A firm name read by the naming grammar; ``brand`` is '' when the core is only industry words."""

    text: str
    place: str  # the leading place as written ('' when none)
    place_code: str | None
    core: str  # without place, bracketed parts and legal form
    legal: str  # legal form ('' when none)
    brand: str  # trade name (字号): the core less trailing industry words

    @property
    def legal_rank(self) -> int:
        """2 for a specific legal form (有限公司, 银行 …), 1 for a generic one (公司, 集团), 0 for none."""
        if not self.legal:
            return 0
        return 1 if self.legal in GENERIC_LEGAL_FORMS else 2

    @property
    def completeness(self) -> tuple[int, int, int, int, str]:
        return (self.legal_rank, bool(self.place), len(self.core), len(self.text), self.text)


def parse_firm_name(name: str, gaz: Gazetteer) -> FirmName:
    """Read a firm name: place, core, legal form and trade name.

    >>> from kg.lexicon.gazetteer import Gazetteer
    >>> p = parse_firm_name("山西易高能源有限公司", Gazetteer.load())
    >>> p.place, p.core, p.legal, p.brand
    ('山西', '易高能源', '有限公司', '易高')
    >>> parse_firm_name("长沙农商行", Gazetteer.load()).brand
    ''
    """
    m = RE_LEGAL_END.search(name)
    legal = m.group(0) if m and m.start() > 0 else ""
    rest = RE_BRACKETED.sub("", name[: len(name) - len(legal)])
    place, code = "", None
    for p in gaz.find(rest):
        if p.start == 0 and p.code and (len(rest) - p.end >= MIN_BRAND or p.end == len(rest)):
            place, code = rest[: p.end], p.code
        break
    core = rest[len(place):]
    brand = core
    while (t := RE_INDUSTRY_END.search(brand)) and t.start() >= MIN_BRAND:
        brand = brand[: t.start()]
    if RE_INDUSTRY_END.fullmatch(brand) or len(brand) < MIN_BRAND:
        brand = ""
    return FirmName(name, place, code, core, legal, brand)


class FirmNamer:
    """Reads names with one lexicon (memoised): parsing, what counts as a firm name, groups."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.gaz = lex.gazetteer
        self._parsed: dict[str, FirmName] = {}

    def parse(self, name: str) -> FirmName:
        if name not in self._parsed:
            self._parsed[name] = parse_firm_name(name, self.gaz)
        return self._parsed[name]

    def is_generic(self, word: str) -> bool:
        """A word that is no trade name: generic, a stop word or a place name."""
        return (word in GENERIC_BRANDS or word in STOP or word in GENERIC_TAILS
                or bool(self.gaz.by_name(word) or self.gaz.by_short(word)))

    def is_specific(self, name: str) -> bool:
        """Whether ``name`` names one firm: a trade name that is no generic word, or a known firm name."""
        if self.lex.firms.is_known(name):
            return True
        p = self.parse(name)
        if not p.brand:
            return bool(p.legal) and bool(p.place)  # 长沙农商行, 长沙银行: place + institution
        return not self.is_generic(p.brand) and not self.is_generic(name)

    def names_no_firm(self, name: str) -> bool:
        """No legal form, no trade name and no known firm: a phrase (相关医药, 多个电子, 能源化工)."""
        p = self.parse(name)
        return (not p.legal and (not p.brand or p.brand in GENERIC_BRANDS)
                and not self.lex.firms.is_known(name))

    def is_name(self, rest: str) -> bool:
        """Whether a cut-off remainder is a firm name on its own (legal form, known name, or place prefix)."""
        p = self.parse(rest)
        return self.is_specific(rest) and (bool(p.legal) or self.lex.firms.is_known(rest) or bool(p.place))

    def is_group(self, name: str) -> bool:
        p = self.parse(name)
        known = self.lex.firms.sources
        return (any(w in p.legal or p.core.endswith(w) for w in GROUP_WORDS)
                or known.get(name) == SOE_SOURCE or known.get(p.core) == SOE_SOURCE
                or (bool(p.brand) and self.lex.firms.is_known(p.brand + "集团")))

    def group_brand(self, name: str) -> str:
        """The trade name a group's units start with (华润集团 -> 华润, 中国光大银行 -> 中国光大)."""
        p = self.parse(name)
        core = p.core
        for w in GROUP_WORDS:
            if core.endswith(w) and len(core) - len(w) >= MIN_BRAND:
                core = core[: -len(w)]
        return core

    def short_forms(self, name: str) -> list[str]:
        """Short forms of a legal name: without legal form, then without place (山西易高能源, 易高能源); only
        forms that still name one firm."""
        p = self.parse(name)
        if not p.legal or not p.brand or RE_BRACKETED.search(name):
            return []
        forms = [p.place + p.core, p.core] if p.place else [p.core]
        return [f for f in dict.fromkeys(forms) if f != name and len(f) >= MIN_BRAND and self.is_specific(f)]
