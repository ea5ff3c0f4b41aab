"""The naming grammar of Chinese firms and development zones: legal-form suffixes, park type suffixes with
their canonical long forms, and what makes a park name specific.

Both extraction (to find names) and resolution (to key them) read these; they are general Chinese naming
conventions (企业名称登记管理规定: 行政区划 + 字号 + 行业 + 组织形式; the development-zone catalogue's type
names), never names taken from a gold file. Suffix alternations are longest first, so the longest suffix wins.

>>> bool(RE_FIRM_LEGAL.search("山西易高能源有限公司"))
True
>>> park_type("邵阳经开区"), park_type("华南预制菜产业园"), park_type("人民公园")
('经济技术开发区', '产业园', None)
"""

from __future__ import annotations

import re
from typing import Final


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of ``words``, longest first (so the longest match wins)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


RE_HAN: Final = re.compile(r"[\u4e00-\u9fff]")
HAN_FIRST: Final = 0x4E00  # RE_HAN's range
HAN_LAST: Final = 0x9FFF


def han_count(s: str) -> int:
    """How many characters of ``s`` RE_HAN matches (``len(RE_HAN.findall(s))``, without the list).

    >>> han_count("TDI改造项目")
    4
    """
    n = 0
    for i in range(len(s)):
        if HAN_FIRST <= ord(s[i]) <= HAN_LAST:
            n += 1
    return n


# --- firms -----------------------------------------------------------------------------------------------
# Countries firms come from, by their usual Chinese short names (the larger economies and China's neighbours
# and trading partners): a firm's name that opens with one says where the firm comes from (美国|特斯拉公司);
# one in brackets inside a name locates the firm (三星(中国)半导体, 西非利达(加纳)设备).
COUNTRIES: Final = (
    "中国", "美国", "德国", "日本", "韩国", "法国", "英国", "意大利", "新加坡", "澳大利亚", "加拿大",
    "俄罗斯", "印度", "荷兰", "瑞士", "瑞典", "西班牙", "以色列", "泰国", "越南", "马来西亚", "印度尼西亚",
    "印尼", "菲律宾", "柬埔寨", "老挝", "缅甸", "文莱", "巴基斯坦", "孟加拉国", "斯里兰卡", "尼泊尔",
    "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "蒙古国", "土耳其", "伊朗", "沙特阿拉伯", "阿联酋",
    "卡塔尔", "科威特", "埃及", "南非", "尼日利亚", "肯尼亚", "埃塞俄比亚", "加纳", "摩洛哥", "阿尔及利亚",
    "坦桑尼亚", "安哥拉", "赞比亚", "墨西哥", "巴西", "阿根廷", "智利", "秘鲁", "哥伦比亚", "新西兰",
    "奥地利", "比利时", "丹麦", "挪威", "芬兰", "爱尔兰", "葡萄牙", "希腊", "波兰", "捷克", "匈牙利",
    "乌克兰", "白俄罗斯", "塞尔维亚", "罗马尼亚", "卢森堡",
)
# Regions a firm's bracket may name besides countries (香港, 台湾: China's; 亚洲, 欧洲: continents).
REGIONS_ABROAD: Final = ("香港", "澳门", "台湾", "亚洲", "欧洲", "国际")


# Legal forms: what ends a registered company name (组织形式).
FIRM_LEGAL_SUFFIXES: Final = (
    "股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "集团股份有限公司", "控股集团", "集团公司",
    "集团", "公司", "分公司", "子公司", "有限合伙", "株式会社",
)
# Financial firms: the institution type ends the name (长沙银行, 国开行, 中信证券).
FIRM_BANK_SUFFIXES: Final = (
    "银行", "农商行", "农商银行", "村镇银行", "信用社", "分行", "支行", "证券", "信托", "期货", "国开行",
    "农发行", "保险公司", "基金公司",
)
FIRM_LEGAL_FORMS: Final = FIRM_LEGAL_SUFFIXES + FIRM_BANK_SUFFIXES
RE_FIRM_LEGAL: Final = re.compile(f"(?:{alternation(FIRM_LEGAL_FORMS)})")

# Trade words that, after a 2-4 character brand, make a firm short name (平安电工, 双狮茶业, 李氏控股).
FIRM_TRADE_SUFFIXES: Final = (
    "科技", "电子", "电气", "电工", "电器", "药业", "制药", "医药", "生物", "茶业", "果业", "食品", "农业",
    "牧业", "林业", "渔业", "农机", "机械", "重工", "汽车", "能源", "新能源", "材料", "新材", "化工", "钢铁",
    "实业", "控股", "股份", "置业", "地产", "传媒", "文化", "互联", "网络", "信息", "软件", "智能", "光电",
    "半导体", "机器人", "物流", "航空", "建工", "纺织", "服饰", "酒业", "饮料", "乳业", "粮油", "矿业",
    "环保", "水务", "燃气", "电力", "通信", "数据", "教育", "旅游", "酒店", "餐饮", "资本", "车业", "重卡",
    "安全", "集团", "化学", "新材料", "电池", "光伏", "硅业", "铝业", "铜业", "锂业", "钴业", "纸业", "陶瓷",
    "玻璃", "塑业", "木业", "家居", "建材", "鞋业", "制衣", "服装", "石化", "装备", "精工", "包装", "种业",
    "印务", "环境", "微电子", "船舶",
)

# --- parks -----------------------------------------------------------------------------------------------
# Zone type suffixes -> the canonical long form (the alias grammar of development zones: 经开区 = 经济技术开发
# 区, 高新区 = 高新技术产业开发区). A national 经济技术开发区 and a provincial 经济开发区 stay different
# types.
PARK_SUFFIX_CANON: Final = {
    "经济技术开发区": "经济技术开发区", "经济开发区": "经济开发区", "经开区": "经济技术开发区",
    "高新技术产业开发区": "高新技术产业开发区", "高新技术开发区": "高新技术产业开发区",
    "高新区": "高新技术产业开发区",
    "高新园区": "高新技术产业开发区", "综合保税区": "综合保税区", "综保区": "综合保税区", "保税区": "保税区",
    "保税港区": "保税港区", "保税物流园区": "保税物流园区", "自由贸易试验区": "自由贸易试验区",
    "自贸试验区": "自由贸易试验区", "自贸区": "自由贸易试验区", "自贸片区": "自由贸易试验区片区",
    "工业园区": "工业园区", "工业园": "工业园", "工业集中区": "工业集中区", "工业区": "工业区",
    "产业园区": "产业园区", "产业园": "产业园", "产业新城": "产业新城", "产业集聚区": "产业集聚区",
    "集聚区": "集聚区", "产业集中区": "产业集中区",
    "科技园区": "科技园区", "科技园": "科技园", "科技城": "科技城", "科创园": "科创园", "科创城": "科创城",
    "科学城": "科学城", "生物城": "生物城", "医药城": "医药城",
    "农业科技园区": "农业科技园区", "农业科技园": "农业科技园", "农业园区": "农业园区",
    "现代农业园": "现代农业园",
    "化工园区": "化工园区", "化工园": "化工园", "化工区": "化工区", "石化区": "石化区",
    "化工基地": "化工基地", "石化基地": "石化基地",
    "物流园区": "物流园区", "物流园": "物流园",
    "物流城": "物流城",
    "物流港": "物流港", "陆港": "陆港", "空港": "空港", "创业园": "创业园", "创新园": "创新园",
    "孵化园": "孵化园",
    "双创园": "双创园", "软件园": "软件园", "电商园": "电商园", "文创园": "文创园", "轻工园": "轻工园",
    "生态园": "生态园", "循环经济园": "循环经济园", "生物谷": "生物谷", "药谷": "药谷", "光谷": "光谷",
    "高铁新城": "高铁新城", "新区": "新区", "新城": "新城", "开发区": "开发区", "示范区": "示范区",
    "示范园": "示范园", "示范园区": "示范园区",
    "经济区": "经济区", "经济综合实验区": "经济综合实验区", "实验区": "实验区", "试验区": "试验区",
    "合作区": "合作区", "产业基地": "产业基地", "园区": "园区", "产业功能区": "产业功能区",
    "台商投资区": "台商投资区", "新片区": "新片区", "工业城": "工业城", "产业合作园": "产业合作园",
    "合作园": "合作园",
}  # fmt: skip
# A bare 园区 names a zone only after a place (香坊园区, 平房园区): the lexicon's validity check says so.
PLACE_LED_PARK_SUFFIXES: Final = ("园区",)
PARK_SUFFIXES: Final = tuple(PARK_SUFFIX_CANON)
RE_PARK_SUFFIX: Final = re.compile(f"(?:{alternation(PARK_SUFFIXES)})")
# The short forms people write for a canonical park type: a park node gets them as aliases, so 邵阳经开区
# finds 邵阳经济技术开发区 even where no document wrote it that way.
PARK_ABBREVIATIONS: Final = {
    "经济技术开发区": ("经开区",),
    "高新技术产业开发区": ("高新区",),
    "综合保税区": ("综保区",),
    "自由贸易试验区": ("自贸区", "自贸试验区"),
}
# Suffixes that name a zone only when the part before them says it is an economic one (经济区 alone is any
# region; 临空经济区 is a zone); 示范区 of a 产业 is a zone, a 生态文明示范区 is a designation.
WEAK_PARK_SUFFIXES = ("示范区", "示范园", "示范园区", "实验区", "试验区", "合作区", "经济区", "生态园",
                      "新城", "工业区", "集聚区")
RE_ZONE_PURPOSE = re.compile(r"产业|经济|工业|农业|开发|高新|科技|创业|加工|制造|临空|临港|保税|贸易|园区"
                             r"|国际合作")
# A 生态园 / 新城 needs an industrial word (生态工业园 yes, 湿地生态园 no); …
STRONG_PURPOSE_FOR: Final = {"生态园": re.compile(r"产业|工业|科技|农业"),
                      "新城": re.compile(r"产业|高铁|科技|临空|临港|空港|航空"),
                      # … and a 示范园区 one of its own (生态工业示范园区; 生态文明示范园区 is a title)
                      "示范园区": re.compile(r"产业|工业|农业|科技|经济"),
                      # … a 合作区 may be named for its standing (深汕特别合作区, 横琴粤澳深度合作区)
                      "合作区": re.compile(RE_ZONE_PURPOSE.pattern + r"|特别|深度|服务业")}
# Words a park's distinctive part may not consist of alone (the name would be generic: 国家级产业园, 我县工业
# 园区).
GENERIC_PARK_WORDS: Final = (
    "国家级", "国家", "省级", "市级", "县级", "特色", "产业", "商贸", "物流", "我州", "我市", "我县", "我区",
    "我省", "全省", "全国", "全市", "全县", "城区", "现代", "农业", "工业", "承接", "转移", "示范", "各类",
    "各", "重点", "新型", "专业", "综合", "区域", "合作", "首个", "首家", "一个", "相关", "园区", "省", "市",
    "县", "区", "高新技术", "智能", "智慧", "数字", "绿色", "生态", "循环", "高端", "先进", "该", "本",
    "乡镇", "城市", "一批", "多个", "各个", "这个", "新建", "大型", "小型", "标准化", "化工", "科技", "创新",
    "创业", "经济", "开发", "配套", "老", "新", "这", "那", "此", "高质量", "第一批", "第二批", "第三批",
    "第四批", "首批", "两地", "双方", "深度", "特别", "中国", "世界", "全球", "一流", "领先", "星级",
)  # fmt: skip
# Multi-character generic words are removed wherever they stand; one-character ones (新, 老, 省 …) only make a
# name generic when nothing else is left (新余高新区 keeps 新).
RE_GENERIC_PARK_WORDS: Final = re.compile(alternation(tuple(w for w in GENERIC_PARK_WORDS if len(w) > 1)))
GENERIC_PARK_CHARS: Final = frozenset(w for w in GENERIC_PARK_WORDS if len(w) == 1)
# Names with these are housing estates, scenic or protected areas, not development zones.
NOT_PARK_WORDS = ("小区", "社区", "楼盘", "花园", "家园", "商圈", "街区", "景区", "保护区", "风景区", "片区",
                  "公园", "校园", "乐园", "庄园", "陵园", "动物园", "植物园", "湿地", "度假区")
# Rank words inside a park name that its canonical name leaves out (龙山省级农业科技园 = 龙山农业科技园).
RE_PARK_RANK: Final = re.compile(r"(?<=..)(?:国家级|国家|省级|市级|县级)")
# Designations awarded to places, not parks (全国…产业基地, 国家级…示范区).
RE_DESIGNATION = re.compile(r"^(?:全球|世界|全国|国家级?|省级?|全省|中国中部|华中|华南|华东|西部|中部|东部)")


_SUFFIXES_BY_LAST: Final[dict[str, tuple[str, ...]]] = {}
for _s in sorted(PARK_SUFFIXES, key=len, reverse=True):
    _SUFFIXES_BY_LAST[_s[-1]] = (*_SUFFIXES_BY_LAST.get(_s[-1], ()), _s)


def park_suffix(name: str) -> str | None:
    """The longest park type suffix that ends ``name`` (None when it ends in none)."""
    for suffix in _SUFFIXES_BY_LAST.get(name[-1:], ()):
        if name.endswith(suffix):
            return suffix
    return None


def park_type(name: str) -> str | None:
    """The canonical type of a specific park name (经济技术开发区 for 邵阳经开区); None when the name is not a
    specific park (国家高新区, 人民公园, 生态文明示范区)."""
    suffix = park_suffix(name)
    if suffix is None:
        return None
    prefix = name[: -len(suffix)]
    if len(prefix) < 2 or any(w in name and w not in suffix for w in NOT_PARK_WORDS):  # (新片区: its own)
        return None
    rest = [c for c in RE_HAN.findall(RE_GENERIC_PARK_WORDS.sub("", prefix))]
    if len(rest) < 2 or all(c in GENERIC_PARK_CHARS for c in rest):
        return None
    if suffix in WEAK_PARK_SUFFIXES:
        need = STRONG_PURPOSE_FOR.get(suffix, RE_ZONE_PURPOSE)
        if not need.search(prefix) and not need.search(suffix):
            return None
    if suffix == "产业基地" and RE_DESIGNATION.match(prefix):
        return None
    return PARK_SUFFIX_CANON[suffix]


def park_core(name: str) -> str:
    """The distinctive part of a park name: the prefix without rank words (龙山省级农业科技园 ->
    龙山农业科技)."""
    suffix = park_suffix(name) or ""
    prefix = name[: len(name) - len(suffix)]
    core = RE_EMPTY_BRACKETS.sub("", RE_PARK_RANK.sub("", prefix))  # 西宁(国家级)经济技术开发区 -> 西宁
    return core if len(core) >= 2 else prefix


RE_EMPTY_BRACKETS: Final = re.compile(r"[（(]\s*[)）]")
