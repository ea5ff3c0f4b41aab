"""Administrative place names by suffix rules: split a chain like 湖南省郴州市桂阳县, expand short forms.

No gazetteer here (ingest must not depend on one): suffixes, the 34 provincial-level names and the 30
autonomous prefectures (general knowledge) are enough to name the area a document is about.

>>> split_admin_units("长沙市天心区")
['长沙市', '天心区']
>>> split_admin_units("湘西土家族苗族自治州")
['湘西土家族苗族自治州']
>>> split_admin_units("在全市") is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# Administrative suffixes, longest first so that 自治州 wins over 州.
ADMIN_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "街道",
    "省",
    "市",
    "州",
    "盟",
    "县",
    "旗",
    "区",
    "镇",
    "乡",
)

# Suffixes that may follow a one-character stem (泸县, 蔚县, 沙市 is not one: it needs 区).
SHORT_STEM_SUFFIXES = frozenset({"县", "市", "旗"})

# Characters that start generic references, not names: 全县, 我市, 本区, 各乡, 该镇, 此地.
GENERIC_PREFIX_CHARS = frozenset("全我本各该此每两外省市县区州乡镇")

# Characters that end a generic stem: 在全市, 对我县, 从本区.
GENERIC_STEM_END_CHARS = frozenset("全我本各该此每")

# Characters after a suffix that make it part of a compound word (县城, 市场, 区域, 省级), not a name's end.
COMPOUND_NEXT_CHARS = frozenset("城域级乡镇区市县场民内外值容貌情位块间别份力钱际直属")

# Characters a name never extends over to the left: admin suffixes (湖北省|通城县), dates (2021年|通城县).
BOUNDARY_CHARS = frozenset("省市州盟县旗区镇乡年月日号")

# Function words inside a stem mean it is a phrase, not a name (完成县…, 政府和州, 中央和省).
FUNCTION_CHARS = frozenset("的了在是与及对把被为以并或等和由到就也都还又所其之向")

# Endings of zone and area words that carry an admin suffix but are not administrative divisions.
NON_ADMIN_ENDINGS = (
    "新区",
    "园区",
    "开发区",
    "经开区",
    "高新区",
    "示范区",
    "保税区",
    "自贸区",
    "试验区",
    "功能区",
    "工业区",
    "产业区",
    "景区",
    "社区",
    "城区",
    "市区",
    "郊区",
    "山区",
    "库区",
    "灾区",
    "矿区",
    "林区",
    "牧区",
    "老区",
    "特区",
    "辖区",
    "片区",
    "小区",
    "街区",
    "商圈",
    "城市",
    "都市",
    "超市",
    "夜市",
    "集市",
    "股市",
    "楼市",
    "车市",
    "上市",
    "县城",
    "乡镇",
    "城镇",
    "村镇",
    "重镇",
    "名镇",
    "小镇",
    "集镇",
    "城乡",
    "家乡",
    "故乡",
    "下乡",
    "返乡",
    "回乡",
    "之乡",
    "神州",
    "九州",
    # titles and rankings: 质量强县, 产粮大县, 双拥模范县, 示范县 …
    "强县",
    "强市",
    "强区",
    "强省",
    "强镇",
    "大县",
    "大市",
    "大省",
    "名县",
    "名市",
    "模范县",
    "模范市",
    "示范县",
    "示范市",
    "示范镇",
    "先进县",
    "达标县",
    "试点县",
    "试点市",
    "贫困县",
    "重点县",
    "重点镇",
)

# Stems that make generic place words with a suffix (贫困县, 示范县, 重点镇, 全国…).
GENERIC_STEMS = frozenset(
    {
        "示范",
        "贫困",
        "重点",
        "试点",
        "先进",
        "百强",
        "十强",
        "强县",
        "大县",
        "产粮",
        "生猪",
        "农业",
        "工业",
        "文明",
        "卫生",
        "园林",
        "旅游",
        "生态",
        "全国",
        "国家",
        "省级",
        "市级",
        "县级",
        "区级",
        "地级",
        "兄弟",
        "周边",
        "毗邻",
        "沿海",
        "边境",
        "民族",
        "革命",
        "经济",
        "中心",
        # verbs that often precede an abbreviated self-reference (我代表县人民政府, 完成县医院改扩建)
        "代表",
        "完成",
        "推进",
        "加快",
        "实施",
        "建设",
        "启动",
        "改造",
        "支持",
        "召开",
        "举办",
        "成立",
        "组建",
        "打造",
        "创建",
        "落实",
        "开展",
        "加强",
        "提升",
        "新建",
        "扩建",
        "建成",
        "全面",
        "深入",
    }
)

# Provincial-level divisions (full names): a short form such as 湖南 expands to 湖南省.
PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省",
    "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区",
    "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区",
)  # fmt: skip

# The 30 autonomous prefectures (full names): 湘西自治州 / 湘西州 expand to 湘西土家族苗族自治州.
AUTONOMOUS_PREFECTURES = (
    "延边朝鲜族自治州", "恩施土家族苗族自治州", "湘西土家族苗族自治州", "阿坝藏族羌族自治州",
    "甘孜藏族自治州", "凉山彝族自治州", "黔东南苗族侗族自治州", "黔南布依族苗族自治州",
    "黔西南布依族苗族自治州",
    "楚雄彝族自治州", "红河哈尼族彝族自治州", "文山壮族苗族自治州", "西双版纳傣族自治州", "大理白族自治州",
    "德宏傣族景颇族自治州", "怒江傈僳族自治州", "迪庆藏族自治州", "临夏回族自治州", "甘南藏族自治州",
    "海北藏族自治州", "黄南藏族自治州", "海南藏族自治州", "果洛藏族自治州", "玉树藏族自治州",
    "海西蒙古族藏族自治州", "昌吉回族自治州", "博尔塔拉蒙古自治州", "巴音郭楞蒙古自治州",
    "克孜勒苏柯尔克孜自治州", "伊犁哈萨克自治州",
)  # fmt: skip

_SUFFIX_ALT = "|".join(ADMIN_SUFFIXES)
RE_ENDS_WITH_SUFFIX = re.compile(rf"(?:{_SUFFIX_ALT})$")
RE_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
RE_CJK_RUN_END = re.compile(r"[\u4e00-\u9fff]{1,8}$")


def _unit_suffix(unit: str) -> str | None:
    for suffix in ADMIN_SUFFIXES:
        if unit.endswith(suffix) and len(unit) > len(suffix):
            return suffix
    return None


def is_admin_unit(unit: str, allow_short: bool = False) -> bool:
    """True for a plausible single administrative name: a stem of two or more characters plus a suffix.

    >>> is_admin_unit("鲤鱼塘镇"), is_admin_unit("贫困县"), is_admin_unit("浏阳高新区"), is_admin_unit("全县")
    (True, False, False, False)
    """
    suffix = _unit_suffix(unit)
    if suffix is None or not RE_CJK.match(unit):
        return False
    stem = unit[: -len(suffix)]
    if len(stem) < 2 and not (allow_short and suffix in SHORT_STEM_SUFFIXES):
        return False
    if stem[0] in GENERIC_PREFIX_CHARS or stem[-1] in GENERIC_STEM_END_CHARS or stem in GENERIC_STEMS:
        return False
    if any(ch in FUNCTION_CHARS for ch in stem[1:]):
        return False
    # 咸宁市区, 浏阳高新区, 质量强县 are not names; a one-character remainder is (沙市区, 东城区, 黄山区)
    return not any(unit.endswith(e) and len(unit) - len(e) != 1 for e in NON_ADMIN_ENDINGS)


@lru_cache(maxsize=4096)
def split_admin_units(name: str) -> list[str] | None:
    """Split a chain of administrative names into units (most units wins), or None if it is not one."""
    n = len(name)
    # best[i] = the split of name[:i] with the most units
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(2, n + 1):
        for start in range(0, end - 1):
            prev = best[start]
            unit = name[start:end]
            if prev is None or not is_admin_unit(unit, allow_short=(start == 0 and end == n)):
                continue
            if best[end] is None or len(prev) + 1 > len(best[end] or []):
                best[end] = [*prev, unit]
    return best[n]


def expand_short_name(short: str, text: str) -> str:
    """The full name of a short place name (邵阳 -> 邵阳市): the most frequent short+suffix in ``text``,
    else a provincial or autonomous-prefecture name starting with it, else ``short`` unchanged.

    >>> expand_short_name("邵阳", "邵阳市招商引资工作的重大成果")
    '邵阳市'
    >>> expand_short_name("湘西自治州", "")
    '湘西土家族苗族自治州'
    """
    if short.endswith("州"):
        stem = short.removesuffix("州").removesuffix("自治")
        matches = [p for p in AUTONOMOUS_PREFECTURES if p.startswith(stem)]
        if len(stem) >= 2 and len(matches) == 1:
            return matches[0]
    if _unit_suffix(short):
        return short
    counts = Counter(m.group(0) for m in re.finditer(rf"{re.escape(short)}(?:{_SUFFIX_ALT})", text))
    for full, _ in counts.most_common():
        if is_admin_unit(full):
            return full
    for table in (PROVINCES, AUTONOMOUS_PREFECTURES):
        matches = [p for p in table if p.startswith(short)]
        if len(matches) == 1:
            return matches[0]
    return short


def most_referenced_unit(text: str, suffixes: tuple[str, ...]) -> str | None:
    """The administrative name ending in one of ``suffixes`` that ``text`` names most often.

    Left boundary: a name is extended to the left while one character precedes most of its occurrences and
    that character is not itself an admin suffix (so 鱼塘镇 grows to 鲤鱼塘镇, but 湖北省通城县 stays 通城县).

    >>> most_referenced_unit("通城县召开会议。湖北省通城县举办论坛,通城县获奖。岳阳县来访。", ("县",))
    '通城县'
    """
    counts: Counter[str] = Counter()
    left: dict[str, Counter[str]] = {}
    suffix_re = re.compile("|".join(sorted(suffixes, key=len, reverse=True)))
    for m in suffix_re.finditer(text):
        if text[m.end() : m.end() + 1] in COMPOUND_NEXT_CHARS:
            continue
        run = RE_CJK_RUN_END.search(text, max(0, m.start() - 8), m.start())
        if run is None:
            continue
        stem_run = run.group(0)
        for k in range(2, len(stem_run) + 1):
            name = stem_run[-k:] + m.group(0)
            counts[name] += 1
            before = stem_run[-k - 1] if k < len(stem_run) else ""
            left.setdefault(name, Counter())[before] += 1
    candidates = [
        (c, name) for name, c in counts.items() if len(name) - _suffix_len(name) == 2 and is_admin_unit(name)
    ]
    if not candidates:
        return None
    count, name = max(candidates, key=lambda t: (t[0], t[1]))
    while True:
        char, n = left[name].most_common(1)[0]
        if not char or n < 2 or n < 0.8 * count or char in BOUNDARY_CHARS or char in GENERIC_PREFIX_CHARS:
            return name
        longer = char + name
        if not is_admin_unit(longer):
            return name
        name, count = longer, counts[longer]


def _suffix_len(name: str) -> int:
    suffix = _unit_suffix(name)
    return len(suffix) if suffix else 0
