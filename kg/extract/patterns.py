"""Every regex, suffix and word list the extractor uses, as named constants.

Lists are general Chinese grammar and administrative vocabulary, never names taken from a gold file.
Suffix alternations are sorted longest first so that the longest suffix wins.
"""

from __future__ import annotations

import re


def _alt(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words``, longest first (so the longest match wins)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# --- sentences and clauses -------------------------------------------------------------------------------
RE_SENTENCE_END = re.compile(r"[。！？!?；;\n]+|(?<=[^\d])\s{2,}")
RE_CLAUSE_SEP = re.compile(r"[，,：:（）()【】\[\]]")
# Characters that can never be inside an entity name (hard left/right boundaries).
HARD_BOUNDARY = set("。！？!?；;，,：:、\n\t “”\"‘’'《》<>|【】[]{}…—\u3000")
LIST_SEP = "、"

# --- firms -----------------------------------------------------------------------------------------------
# Legal-form suffixes: what ends a registered company name.
FIRM_LEGAL_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "集团股份有限公司", "控股集团", "集团公司",
    "集团", "公司", "分公司", "子公司",
)
# Financial firms.
FIRM_BANK_SUFFIXES = (
    "银行", "农商行", "农商银行", "村镇银行", "信用社", "分行", "支行", "证券", "信托", "期货", "国开行",
    "农发行", "保险公司", "基金公司",
)
# Trade words that, after a 2-4 character brand, make a firm short name (平安电工, 双狮茶业, 福人药业, 李氏控股).
# They name a firm only in a firm context (a list of 企业, a listing, a firm verb) or when the brand is not a
# place or generic word; see kg.extract.firms.
FIRM_TRADE_SUFFIXES = (
    "科技", "电子", "电气", "电工", "电器", "药业", "制药", "医药", "生物", "茶业", "果业", "食品", "农业",
    "牧业", "林业", "渔业", "农机", "机械", "重工", "汽车", "能源", "新能源", "材料", "新材", "化工", "钢铁",
    "实业", "控股", "股份", "置业", "地产", "传媒", "文化", "互联", "网络", "信息", "软件", "智能", "光电",
    "半导体", "机器人", "物流", "航空", "建工", "建设", "纺织", "服饰", "酒业", "饮料", "乳业", "粮油",
    "矿业", "环保", "水务", "燃气", "电力", "通信", "数据", "地理", "教育", "旅游", "酒店", "餐饮",
)
RE_FIRM_LEGAL = re.compile(f"(?:{_alt(FIRM_LEGAL_SUFFIXES + FIRM_BANK_SUFFIXES)})")
RE_FIRM_TRADE = re.compile(f"(?:{_alt(FIRM_TRADE_SUFFIXES)})")
# A branch after a bank name: 中国光大银行长沙分行.
RE_BRANCH = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:分行|支行|分公司)$")
# Organisations that are not firms (government, party, schools, hospitals, media, associations).
NOT_FIRM_SUFFIXES = (
    "政府", "委员会", "管委会", "人大", "政协", "党委", "局", "厅", "部", "办", "办公室", "中心", "学校",
    "大学", "学院", "中学", "小学", "幼儿园", "医院", "卫生院", "报", "报社", "电视台", "广播电台", "协会",
    "学会", "商会", "联合会", "基金会", "研究院", "研究所", "法院", "检察院", "交易所", "监狱", "实验室",
    "职教集团", "建设", "平台",
)
# Words that end like a firm but are generic (龙头企业, 平台公司, 500强企业 …): never a firm name on their own.
GENERIC_FIRM_WORDS = frozenset({
    "公司", "集团", "平台公司", "国有公司", "上市公司", "子公司", "分公司", "母公司", "投资公司", "城投公司",
    "担保公司", "国有企业", "龙头企业", "民营企业", "银行", "商业银行", "村镇银行", "证券", "保险", "基金",
    "信托", "农商行", "金融机构", "合作社", "专业合作社", "农民专业合作社", "有限公司", "股份有限公司", "商业银行",
    "科技", "电子", "信息", "能源", "新能源", "材料", "农业", "医药", "生物", "文化", "旅游", "教育", "智能",
    "互联", "网络", "物流", "数据", "地理", "化工", "食品", "机械", "汽车", "钢铁", "建设", "电力", "控股",
    "股份", "实业", "传媒", "软件", "通信", "环保", "水务", "燃气", "商行", "事务所", "政策性银行", "银行业",
    "开发银行", "分行", "支行", "保险公司", "证券公司", "基金公司", "集团公司", "控股集团",
})
# Words that introduce firms in a list: "A、B等<…>企业".
FIRM_LIST_HEADS = ("企业", "公司", "集团", "龙头", "市场主体", "民营企业", "国有企业", "上市公司", "银行",
                   "金融机构", "网红")
# Firm names may not start with these generic modifiers (大型矿业集团, 国有资产经营公司).
GENERIC_FIRM_STARTS = ("大型", "中型", "小型", "微型", "龙头", "骨干", "重点", "国有", "民营", "外资", "本地", "当地",
                       "外来", "新增", "规模以上", "限额以上", "全国", "全省", "全市", "全县", "示范性")
# Names that are descriptions: they contain one of these.
NOT_NAME_INFIXES = ("企业", "规模以上", "限额以上", "以上", "以下", "左右")

# --- projects --------------------------------------------------------------------------------------------
PROJECT_SUFFIXES = (
    "项目", "工程", "基地", "产业城", "产业基地", "生产基地", "总部", "总部基地", "运营中心", "研发中心",
    "物流中心", "数据中心", "商贸中心", "创新中心", "电站", "电厂", "光伏电站", "风电场", "产业园项目",
    "乐园", "广场", "小镇", "商贸城", "电商城", "综合体", "创新谷", "大观园", "农庄",
    "一期", "二期", "三期", "四期", "提质改造", "扩建", "技改",
)
RE_PROJECT_SUFFIX = re.compile(f"(?:{_alt(PROJECT_SUFFIXES)})(?:[（(][一二三四五六七八九十\\d]+期[)）])?")
# Heads that make a coordinated list a list of projects: "A、B、C等(一批|重点|…)项目".
PROJECT_LIST_HEADS = ("项目", "工程", "重点项目", "产业项目", "招商项目", "签约项目", "重大项目")
# Words tying a project to investment or construction (it must have one nearby to be a project).
PROJECT_EVENT_WORDS = (
    "招商", "引资", "产业项目", "签约", "落户", "投资", "总投资", "开工", "建设", "投产", "竣工", "建成", "投用", "开业", "引进", "扩建",
    "封顶", "启动", "推进", "实施", "打造", "落地", "达产", "运营", "入驻", "新建", "改造", "筹建", "加快",
)
RE_PROJECT_EVENT = re.compile(f"(?:{_alt(PROJECT_EVENT_WORDS)})")
# Generic project phrases, never a project name (11个重点项目, 一批项目, 该项目, 这些项目 …).
RE_GENERIC_PROJECT = re.compile(
    r"^(?:[\d一二三四五六七八九十百千万两几数多余]+[个项批大]|一批|一些|这些|那些|该|此|本|其他|其它|各类?|"
    r"相关|重点|重大|新|在建|续建|签约|产业|招商|引资|建设|民生|基础设施|配套|示范|试点|全部|所有|其中|"
    r"上述|以上|亿元以上|千万元以上|省级?|市级?|县级?|国家级?|全市|全县|全区|全省|各)*"
    r"(?:项目|工程|基地|中心|总部|广场|小镇|生产线|一期|二期|三期)$"
)

# Words of a project name that say only what kind of project it is; a name made of nothing else is generic
# (政府投资项目, 民生实事项目, 教育项目).
GENERIC_PROJECT_WORDS = (
    "政府投资", "中央预算内", "投资", "招商引资", "招商", "引资", "产业", "民生", "实事", "重点", "重大", "签约",
    "合作", "协作", "有机更新", "教育", "在建", "续建", "新建", "储备", "入园", "总部", "地块", "棚改", "烂尾楼",
    "基础设施", "配套", "示范", "试点", "优质", "高端", "领军", "企业", "上市公司", "行业", "大", "新", "好",
    "区域性", "金融机构", "文旅", "旅游", "景区", "公益", "扶贫", "帮扶", "农业", "工业", "服务业", "市区",
    "全省", "全市", "全县", "全区", "各", "级", "省", "市", "县", "区", "州", "国家", "中央", "亿元以上", "以上",
    "制造", "生产", "研发", "类似", "创新", "领域", "后续", "参与", "智能", "现代", "特色", "精品", "志愿服务",
    "公共", "实训", "培训", "集训", "技术", "产学研", "转移", "承接", "社会", "仪式", "运动", "农村", "乡村",
    "基础设施", "民族",
)
# Public works and social facilities: not investment projects (roads, water, schools, hospitals, renewal …).
PUBLIC_WORKS_WORDS = (
    "公路", "道路", "大道", "大桥", "桥梁", "铁路", "高铁", "城铁", "高速", "国道", "省道", "县道", "机场", "港口",
    "码头", "航道", "水库", "河道", "堤防", "防洪", "排涝", "污水", "供水", "水厂", "水源", "饮水", "水利", "灌溉",
    "泵站", "管网", "电网", "农网", "配网", "输变电", "变电站", "特高压", "学校", "小学", "中学", "幼儿园", "书院",
    "学院", "大学", "医院", "卫生", "疾控", "养老", "敬老院", "福利", "停车场", "公园", "健身", "体育馆", "文化广场",
    "文化中心", "纪念", "派出所", "监狱", "垃圾", "厕所", "治理", "整治", "棚改", "棚户区", "安置", "保障房",
    "老旧小区", "城中村", "亮化", "绿化", "美化", "雪亮", "防护林", "廊道", "农田", "宅基地", "片区", "商圈",
    "路网", "街巷", "河流", "河堤", "门户港", "文体", "艺术中心", "文化艺术", "体育",
)
# Programmes, campaigns and designations named like projects: "人才强市工程", "质量提升工程".
PROGRAM_WORDS = ("提升", "监管", "安全", "强市", "强县", "造福", "民生", "改造", "配套", "治理", "整治", "行动",
                 "人才", "质量", "服务", "保障", "一把手", "万千百", "革命", "示范", "创建")
# Designations awarded to places ("国家森林康养基地", "省级优质农产品供应基地"), not projects.
RE_DESIGNATION = re.compile(r"^(?:全国|国家级?|省级?|全省|中国中部|华中|华南|华东|西部|中部|东部)")
NOT_PROJECT_ENDINGS = ("培训基地", "实训基地", "集训基地", "教育基地", "示范基地", "育苗基地", "供应基地",
                       "储备基地", "研学基地", "实践基地")
# A project item of a list may also end in one of these (平安财富中心, …仓储物流分拣中心).
LIST_PROJECT_ENDINGS = ("中心", "园", "城", "站", "厂", "馆", "港", "谷", "楼", "院", "场")
# Park names made only of these words (plus the suffix) are generic: 商贸物流园区, 我州产业园区, 省级特色产业园.
GENERIC_PARK_WORDS = (
    "国家级", "国家", "省级", "市级", "县级", "特色", "产业", "商贸", "物流", "我州", "我市", "我县", "我区", "我省",
    "全省", "全国", "全市", "全县", "城区", "现代", "农业", "工业", "承接", "转移", "示范", "各类", "各", "重点",
    "新型", "专业", "综合", "区域", "合作", "首个", "首家", "一个", "相关", "园区", "省", "市", "县", "区",
    "高新技术", "智能", "智慧", "数字", "绿色", "生态", "循环", "高端", "先进",
)
# Rank words inside a park name that its canonical name leaves out (龙山省级农业科技园 = 龙山农业科技园).
RE_PARK_RANK = re.compile(r"(?<=..)(?:国家级|国家|省级|市级|县级)")
# Weak park suffixes: the prefix must name an industrial purpose (产业, 经济, 农业 …) to be a park.
WEAK_PARK_SUFFIXES = ("示范区", "示范园", "实验区", "试验区", "合作区")
RE_INDUSTRIAL_PURPOSE = re.compile(r"产业|经济|工业|农业|开发|高新|科技|创业|物流|加工|制造")
# Program names: a quoted slogan + 工程/项目/行动 (“万千百”工程), not a project.
RE_PROGRAM_NAME = re.compile(r"^“[^”]{1,8}”(?:工程|项目|行动|计划)$")

# --- parks -----------------------------------------------------------------------------------------------
# Park type suffixes, with their canonical long form (the alias grammar of development zones).
PARK_SUFFIX_CANON = {
    "经济技术开发区": "经济技术开发区",
    "经济开发区": "经济开发区",
    "经开区": "经济技术开发区",
    "高新技术产业开发区": "高新技术产业开发区",
    "高新技术开发区": "高新技术产业开发区",
    "高新区": "高新技术产业开发区",
    "高新园区": "高新技术产业开发区",
    "综合保税区": "综合保税区",
    "综保区": "综合保税区",
    "保税区": "保税区",
    "保税港区": "保税港区",
    "自由贸易试验区": "自由贸易试验区",
    "自贸试验区": "自由贸易试验区",
    "自贸区": "自由贸易试验区",
    "自贸片区": "自由贸易试验区片区",
    "工业园区": "工业园区",
    "工业园": "工业园",
    "工业集中区": "工业集中区",
    "产业园区": "产业园区",
    "产业园": "产业园",
    "科技园区": "科技园区",
    "科技园": "科技园",
    "科创园": "科创园",
    "农业科技园区": "农业科技园区",
    "农业科技园": "农业科技园",
    "化工园区": "化工园区",
    "化工园": "化工园",
    "物流园区": "物流园区",
    "物流园": "物流园",
    "产业新城": "产业新城",
    "高铁新城": "高铁新城",
    "新区": "新区",
    "新城": "新城",
    "开发区": "开发区",
    "示范区": "示范区",
    "示范园": "示范园",
    "创业园": "创业园",
    "孵化园": "孵化园",
    "产业集聚区": "产业集聚区",
    "经济综合实验区": "经济综合实验区",
    "实验区": "实验区",
    "试验区": "试验区",
    "合作区": "合作区",
    "产业基地": "产业基地",
}
PARK_SUFFIXES = tuple(PARK_SUFFIX_CANON)
# The short forms people write for a canonical park type: a park node gets them as aliases, so 邵阳经开区 finds
# 邵阳经济技术开发区 even where no document wrote it that way.
PARK_ABBREVIATIONS = {
    "经济技术开发区": ("经开区",),
    "高新技术产业开发区": ("高新区",),
    "综合保税区": ("综保区",),
    "自由贸易试验区": ("自贸区", "自贸试验区"),
}
RE_PARK_SUFFIX = re.compile(f"(?:{_alt(PARK_SUFFIXES)})")
# Parks whose suffix alone is generic: "工业园区", "园区", "国家高新区" …: the part before the suffix must say which.
GENERIC_PARK_PREFIXES = frozenset({
    "", "国家", "国家级", "省级", "市级", "县级", "各", "全市", "全县", "全区", "全省", "该", "本", "各类", "乡镇",
    "重点", "特色", "专业", "新", "现代", "园区", "产业", "工业", "经济", "城市", "老", "一", "两", "三",
    "生态", "示范", "配套", "相关", "农业", "绿色", "智慧", "创新", "省", "市", "县", "区", "镇", "乡",
})
# Suffixes that make "…新区 / …新城" a housing estate or planning area, not a park.
NOT_PARK_WORDS = ("小区", "社区", "楼盘", "花园", "家园", "商圈", "街区", "景区", "保护区", "风景区", "片区")

# --- leading words stripped off a candidate name (verbs, adverbs, prepositions, determiners) ---------------
LEADING_STOPWORDS = tuple(sorted({
    # verbs of building and attracting
    "推进", "推动", "加快", "加速", "加强", "建设", "建成", "新建", "启动", "实施", "完成", "抓好", "抓实", "打造",
    "引进", "招引", "引入", "支持", "扶持", "培育", "壮大", "做强", "做优", "做大", "做强做优", "做大做强", "发展",
    "依托", "围绕", "落户", "落地", "签约", "签订", "开工", "投产", "竣工", "投用", "开业", "入驻", "服务",
    "成立", "组建", "设立", "筹建", "扩建", "改造", "提升", "提质", "完善", "确保", "力促", "促进", "力争",
    "重点", "积极", "大力", "全力", "全面", "持续", "继续", "进一步", "着力", "主动", "成功", "加大", "对接",
    "带动", "包括", "例如", "比如", "如", "像", "以", "在", "于", "与", "和", "及", "以及", "同", "跟", "对",
    "把", "将", "由", "为", "向", "从", "让", "使", "是", "其中", "其", "该", "此", "这",
    "还", "也", "并", "并且", "又", "即", "则", "等", "已", "已经", "正在", "正式",
    "顺利", "稳步", "率先", "首批", "一批", "一个", "一家", "优质", "重大", "知名", "当地", "本地", "我县", "我市",
    "我区", "我镇", "我省", "全县", "全市", "全区", "通过", "借助", "利用", "联合", "携手", "同时", "另外",
    "此外", "今年", "去年", "明年", "目前", "现", "现已", "位于", "坐落于", "地处", "落户于", "签约落户",
    "选址", "选址于", "拟建", "拟在", "计划在", "落实", "加快推进", "加快建设", "推进建设", "全力推进",
    "推动建设", "启动建设", "开工建设", "规划建设", "谋划", "储备", "争取", "申报", "获批", "获评", "创建",
    "升级", "整合", "升格", "帮助", "助力", "吸引", "招商", "招商引资", "成功引进", "成功签约", "引导", "鼓励",
    "了", "的", "个", "家", "项", "主攻", "聚焦", "瞄准", "拓展", "构建", "形成", "培育壮大", "开展",
    "这些", "那些", "其他", "其它", "还有", "也有", "另有", "同时", "一些", "有些", "各项", "该项", "首个", "首家", "全省首个", "全国首个",
    "全省首家", "全国首家", "针对", "作为", "用于", "回归", "主要", "出台", "争创", "共建", "筹建",
}, key=len, reverse=True))
RE_LEADING_AMOUNT = re.compile(
    r"^(?:(?:总投资|计划投资|投资|投资额|总投资额|估算投资|概算投资)?(?:约|近|逾|超|超过|达|达到)?"
    r"[\d.,，一二三四五六七八九十百千万亿两]+(?:多|余)?(?:万|亿|千万|百万|十亿)?(?:多|余)?"
    r"(?:元|美元|港元|欧元)(?:以上|左右)?的?)"
)
RE_LEADING_COUNT = re.compile(r"^[\d一二三四五六七八九十百两]+(?:个|家|项|大|批|座|条)")
# A name may not start with these characters (particles, conjunctions, numbers of a count).
BAD_NAME_START = set("的了之其该此这并而且就都也还又被把")

# Words that cannot be inside a name: a candidate is cut after the last one (推动嘉鱼潘湾化工园 -> 嘉鱼潘湾化工园).
INTERNAL_BREAKS = (
    "推进", "推动", "加快", "加强", "强化", "深化", "解决", "搞好", "协调", "落实", "实施", "开展", "建立", "完善",
    "承接", "争取", "包装", "铺排", "上报", "申报", "纳入", "抓紧", "抓实", "抓好", "统筹", "支持", "出台", "做强",
    "做大", "争创", "创建", "共建", "筹建", "打造", "成立", "组建", "引进", "招引", "依托", "围绕", "探索",
    "突出", "重点", "扎实", "全力", "积极", "大力", "着力", "力争", "确保", "针对", "通过", "作为", "回归", "用于",
    "成了", "形成", "获批", "获评", "入选", "首个", "首家", "以及", "了", "向", "在", "等", "将", "把", "从", "由",
    "对", "被", "为", "是", "即", "提供", "承办", "参与", "制定", "巩固", "揽获", "经营", "落地", "集中", "开工",
    "签约", "新开工", "新签约", "布局", "强调", "喜人", "但", "承租", "加大", "做实", "给", "建设", "理念",
    "攻坚", "突破", "严格", "实行", "召开", "举行", "举办", "选址",
)
# Parts of firm names that look like verbs: a firm name is never cut at these (…产业建设投资开发有限公司).
FIRM_NAME_WORDS = frozenset({"建设", "开发", "发展", "投资", "实施", "服务", "打造", "引进", "成立", "组建"})
# Connectors: also cut parks and firms (大坪乡城郊村与经济开发区), but not projects (动力与储能用…材料项目).
INTERNAL_CONNECTORS = ("与", "和", "及", "或")
RE_INTERNAL_BREAK = re.compile(f"(?:{_alt(INTERNAL_BREAKS)})")
RE_INTERNAL_CONNECTOR = re.compile(f"(?:{_alt(INTERNAL_CONNECTORS)})")
# Firm names ending in these are generic descriptions, not names.
GENERIC_FIRM_ENDINGS = ("平台公司", "国有公司", "投资公司", "类企业", "型企业", "强企业", "合作社")

# --- events (stages) of an investment --------------------------------------------------------------------
STAGE_WORDS = {
    "签约": "签约", "签订": "签约", "签署": "签约", "落户": "落户", "引进": "引进", "落地": "落户",
    "开工": "开工", "动工": "开工", "奠基": "开工", "启动建设": "开工", "开建": "开工",
    "投产": "投产", "达产": "投产", "试生产": "投产", "建成": "竣工", "竣工": "竣工", "完工": "竣工",
    "投用": "投产", "投入使用": "投产", "开业": "投产", "封顶": "建设", "在建": "建设", "建设": "建设",
    "扩建": "建设", "投资": "投资",
}
RE_STAGE = re.compile(f"(?:{_alt(tuple(STAGE_WORDS))})")
# "该项目由X投资建设" / "由X投资" / "X投资建设": a firm as investor of a project.
RE_INVESTOR_BY = re.compile(r"由(?P<firm>[^，,。；;由]{2,40}?)(?:投资|出资|投建|建设|承建|开发|打造|运营)")
# Pronouns that refer back to the last named project.
PROJECT_ANAPHORA = ("该项目", "此项目", "这一项目", "这个项目", "本项目", "项目")
# "总投资16亿元" right before or after a project name.
RE_TOTAL_INVEST = re.compile(r"(?:总投资|计划投资|投资总额|总投资额|投资)(?:额)?(?:为|约|达|达到|超|超过|逾|近)?")
# Aggregates: "11个项目总投资14亿元" — an amount that belongs to several projects.
RE_AGGREGATE = re.compile(r"[\d一二三四五六七八九十百两]+(?:个|项|大)(?:重点|重大|产业|签约|招商)?项目")

# --- industries ------------------------------------------------------------------------------------------
# "X产业集群 / X产业 / X业": an industry word used by the text.
RE_INDUSTRY_FRAME = re.compile(r"(?:发展|壮大|培育|做强|打造|推进|聚焦|主攻|以)")
