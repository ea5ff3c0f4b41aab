"""Every regex, suffix and word list the rule extractor uses, as named constants.

They are general Chinese grammar and administrative/business vocabulary (closed word classes, suffixes of
names, predicates of investment news), never names taken from an annotated file. Alternations are longest
first (:func:`kg.lexicon.grammar.alternation`) so that the longest match wins.
"""

from __future__ import annotations

import re
from typing import Final

from kg.extract.chars import CharSet
from kg.extract.pretest import Ending, Starting
from kg.lexicon.grammar import FIRM_TRADE_SUFFIXES, alternation

# --- text structure ---------------------------------------------------------------------------------------
# Characters a name never crosses.
HARD_BOUNDARY: Final = frozenset("。！？!?；;，,：:\n\t“”\"《》<>|【】[]{}…—\u3000 ")
HARD_BOUNDARY_SET: Final = CharSet(HARD_BOUNDARY)
# Inside a project name, a list comma may join modifiers (光伏、储能、电动汽车用高纯石墨项目).
LIST_COMMA: Final = "、"
# Single characters that are function words wherever they stand alone as a jieba word.
FUNCTION_CHARS = frozenset("与和及的在于由将把被对向从为是又也还并即该其这此等了着给让而就都且或以到自但却上"
                           "已可仍有赴")
# Conjunctions a project name may contain (A和B项目, 研发及数据中心); firm and park names may not.
NAME_CONJUNCTIONS: Final = frozenset({"和", "及", "与", "并", "暨", "及其"})
# jieba word classes that end a name when a word of that class stands before it: verbs, adverbs, pronouns,
# conjunctions, prepositions, particles, time words, modal and interjection words.
BREAK_TAGS = frozenset({"v", "vd", "vi", "vg", "vq", "d", "ad", "r", "c", "p", "u", "t", "tg", "y", "e", "o"})
# Phase words (tagged as time words by jieba) are part of names: 三期新厂项目, 万华一期.
PHASE_WORDS: Final = frozenset({"一期", "二期", "三期", "四期", "五期", "首期", "二阶段", "一阶段", "二三期"})
RE_PHASE: Final = Starting(re.compile(r"[一二三四五六七八九十首\d]+期"), "一二三四五六七八九十首",
                           digits=True)

# Verbs of making and handling that name what a project does (…封装测试…, 生产线改造, 抛光材料); they do not
# end a project name. General process vocabulary of industry.
PROJECT_PROCESS_VERBS: Final = frozenset({
    "生产", "加工", "制造", "改造", "扩产", "扩建", "技改", "研发", "研制", "开发", "封装", "测试", "组装",
    "装配", "冶炼", "回收", "利用", "储存", "仓储", "配送", "分拣", "转化", "孵化", "培育", "养殖", "种植",
    "育苗", "建设", "投资", "运营", "服务", "管理", "改扩建", "提质", "升级", "提升", "迁建", "搬迁", "建造",
    "制备", "合成", "再生", "循环", "处理", "精深", "深加工", "交易", "展销", "检测", "维修", "设计", "融合",
    "示范", "抛光", "冷藏", "冷冻", "发展", "屠宰", "酿造", "纺纱", "织造", "印染", "铸造", "锻造", "焊接",
    "精炼",
    "涂装", "注塑", "压铸", "切片", "拉晶", "铸锭", "电解", "提纯", "发电", "供热", "供冷", "储能", "充电",
    "换电", "运输", "物流", "集散", "中转", "分销", "零售", "批发", "贸易", "展示", "体验", "培训", "研究",
    "创新", "创业", "开采", "采选", "选矿", "洗选", "综合利用", "扩能", "迁移", "整合", "新建", "续建",
    "建成", "剥离", "清洗", "喷涂", "再造", "智造", "加氢", "制氢", "抽水", "预制", "冲压", "焊装", "总装",
    "研磨", "镀膜", "封测", "装备", "包装", "印刷", "电镀", "拆解", "烘干", "冷轧", "热轧", "锻压",
    "分离", "提取", "萃取", "净化", "粉碎", "烧结", "熔炼", "发酵",
})
# What a plant does to its product (of PROJECT_PROCESS_VERBS): a list item ending in one, after the product,
# names the plant, not an activity (锥栗种植, 体制改革 are activities).
PLANT_PROCESSES: Final = frozenset({"制造", "铸造", "锻造", "拆解", "冶炼", "组装", "装配", "压铸", "注塑",
                                    "酿造", "织造", "精炼"})
# Verbs that are part of firm names' business words (…科技发展有限公司, …投资管理有限公司).
FIRM_NAME_VERBS: Final = frozenset({
    "发展", "建设", "开发", "投资", "管理", "运营", "服务", "咨询", "制造", "生产", "销售", "经营", "实业",
    "控股", "建工", "设计", "研发", "研究", "检测", "加工", "贸易", "运输", "配送", "租赁", "营销", "孵化",
    "引导", "创投", "担保", "融资", "交易", "发电", "供应", "开采", "冶炼", "改造", "培训", "科创", "创新",
    "创业", "集团", "储能",
})
# Predicates of investment news: before a name they govern it (建设X项目, 引进X公司), they are not in it.
# Right before a project suffix they are part of the name (储能电池建设项目, 扩建项目).
INVEST_PREDICATES: Final = frozenset({
    "投资", "建设", "投建", "出资", "签约", "签署", "签订", "签定", "实施", "打造", "兴建", "新建",
    "开工", "落户",
    "落地", "引进", "招引", "推进", "推动", "加快", "启动", "开建", "动工", "竣工", "投产", "建成", "入驻",
    "谋划", "规划", "布局", "包括", "涵盖", "涉及", "举行", "举办", "迎来", "完成", "计划", "拟", "将",
    "投资建设", "开工建设", "主要", "重点", "持续", "全力", "着力", "力争", "确保", "争取", "参加", "承建",
    "实现", "带动", "依托", "成功", "落实", "揽获", "获得", "取得", "作为", "通过", "推行", "保障", "强调",
    "锁定", "瞄准", "对接", "洽谈", "拜访", "走访", "设在", "位于", "出让", "摘牌", "开园", "揭牌", "中标",
    "施工", "考察", "调研", "会见", "座谈", "对接会", "推介", "进行", "开展",
})
# Predicates that name the kind of work when they stand right before a project suffix (储能电池建设项目,
# 扩建项目): inside the name there.
SUFFIX_PREDICATES = frozenset({"建设", "扩建", "新建", "续建", "技改", "改扩建", "迁建", "投资", "改造",
                               "升级"})
# What a parent firm calls the firm it owns, in patterns (全资子公司, 控股子集团, 子企业; 孙公司 one step
# further down).
SUBSIDIARY_KINDS: Final = r"(?:公司|集团|企业)"
SUBSIDIARY_NOUN: Final = r"子" + SUBSIDIARY_KINDS
# Nouns that stand between an owner and a firm (恒信资本旗下…公司): the firm starts after them.
FIRM_DESCRIPTORS: Final = frozenset({
    "旗下", "下属", "所属", "控股子公司", "全资子公司", "子公司", "龙头企业", "领军企业", "头部企业", "企业",
    "龙头", "总经理", "负责人", "董事长", "相关负责人", "分会场", "现场", "记者", "会上", "我区", "我市",
    "上市公司",
    "我县", "本地", "当地", "外资", "民营", "国有", "知名", "大型", "骨干", "重点", "优质", "世界500强",
    "500强", "百强", "供应商", "配套商", "合作伙伴", "经销商", "代理商", "投资方", "项目方", "投资主体",
    "投资商", "建设单位", "业主单位", "实施主体", "项目业主", "业主", "厂商", "制造商", "运营商", "公司",
    "代表", "领导", "嘉宾", "巨头",  # (电池巨头|宁德时代; not 大厂, a county's name too)
})

# --- firms -----------------------------------------------------------------------------------------------
RE_FIRM_TRADE: Final = Starting(re.compile(f"(?:{alternation(FIRM_TRADE_SUFFIXES)})"),
                                "".join(w[0] for w in FIRM_TRADE_SUFFIXES))
# Organisations that are not firms (government, party, schools, hospitals, media, associations).
NOT_FIRM_SUFFIXES: Final = (
    "政府", "委员会", "管委会", "人大", "政协", "党委", "局", "厅", "部", "办", "办公室", "中心", "学校",
    "大学", "学院", "中学", "小学", "幼儿园", "医院", "卫生院", "报", "报社", "电视台", "广播电台", "协会",
    "学会", "商会", "联合会", "基金会", "研究院", "研究所", "法院", "检察院", "交易所", "监狱", "实验室",
    "职教集团", "平台", "指挥部", "工作组", "专班", "网", "日报", "晚报", "新闻", "频道",
)
# Words that end like a firm but are generic (龙头企业, 平台公司 …): never a firm name on their own.
GENERIC_FIRM_WORDS: Final = frozenset({
    "公司", "集团", "平台公司", "国有公司", "上市公司", "子公司", "分公司", "母公司", "投资公司", "城投公司",
    "全资子公司", "控股子公司", "独资公司", "合资公司",
    "担保公司", "国有企业", "龙头企业", "民营企业", "银行", "商业银行", "村镇银行", "证券", "保险", "基金",
    "信托", "农商行", "金融机构", "合作社", "专业合作社", "农民专业合作社", "有限公司", "股份有限公司",
    "事务所", "政策性银行", "银行业", "开发银行", "分行", "支行", "保险公司", "证券公司", "基金公司",
    "集团公司", "控股集团", "供电公司", "通信公司", "电力公司", "燃气公司", "水务公司", "建筑公司",
    "物业公司", "运营公司", "项目公司", "平台", "总公司", "央企", "国企", "外企", "民企", "社会资本",
    "国有资本", "民间资本", "工商资本", "产业资本", "金融资本", "风险投资", "产业基金", "引导基金",
    "跨国公司", "跨国企业", "跨国集团", "外资企业", "港资企业", "台资企业", "中资企业", "科技企业",
    "科技公司", "管理公司", "投资管理公司", "资产管理公司", "服务公司", "咨询公司", "服务", "管理",
})
# The hundred commonest surnames (national household register ranking): one of them alone at a word's start
# before a known firm's two characters makes a person's name (、宋振华、).
SURNAMES: Final = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                            "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱"
                            "江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# A firm name may not start with these generic modifiers (大型矿业集团, 国有资产经营公司).
GENERIC_FIRM_STARTS = ("大型", "中型", "小型", "微型", "龙头", "骨干", "重点", "国有", "民营", "外资", "本地",
                       "当地", "外来", "新增", "规模以上", "限额以上", "全国", "全省", "全市", "全县",
                       "示范性", "一家", "多家", "各类", "相关", "有关", "知名", "优质", "头部", "领军",
                       "跨国", "世界500强", "中国500强", "销售", "生产和销售", "采购")
# A government body at the end of a name: the host side of a signing, never a firm (…县人民政府, …管委会).
RE_GOVERNMENT: Final = Ending(re.compile(r"(?:人民政府|政府|管委会|委员会|党委|党工委|办事处|街道办)$"),
                              "会办处委府")
# A firm name holding one of these is a description (规模以上企业, 500强企业).
NOT_FIRM_INFIXES: Final = ("规模以上", "限额以上", "以上", "以下", "左右", "领域", "行业", "公告")
# … and so does 企业, unless a business word follows it (瑞硕企业管理有限公司 is a firm's name).
RE_ENTERPRISE_INFIX: Final = re.compile(f"企业(?!{alternation(tuple(FIRM_NAME_VERBS | {'策划'}))})")
# Firm names ending in these are descriptions, not names.
GENERIC_FIRM_ENDINGS = ("平台公司", "国有公司", "投资公司", "类企业", "型企业", "强企业", "合作社", "等公司",
                        "客商", "独资有限公司", "上市公司")

# --- projects --------------------------------------------------------------------------------------------
PROJECT_SUFFIXES: Final = (
    "项目", "工程", "基地", "产业城", "产业基地", "生产基地", "总部", "总部基地", "运营中心", "研发中心",
    "物流中心", "数据中心", "商贸中心", "创新中心", "制造中心", "电站", "电厂",
    "光伏电站", "风电场", "产业园项目", "乐园", "广场", "小镇", "商贸城", "电商城", "综合体",
    "创新谷", "大观园", "农庄", "工厂", "超级工厂", "一期", "二期", "三期", "四期", "首期", "提质改造",
    "扩建", "技改",
)
# Suffixes that end a work's name only where a capacity (年产6万吨X生产线) or the money spent on it
# (投资2.8亿元建设X研发生产中心) says it is one: the span finder's, no other rule's.
PLANT_LINE: Final = "生产线"
FUNDED_WORK_SUFFIXES: Final = (PLANT_LINE, "中心")
RE_PROJECT_SUFFIX: Final = re.compile(f"(?:{alternation(PROJECT_SUFFIXES)})"
                               r"(?:[（(][一二三四五六七八九十\d]+期[)）])?")
# Project suffixes that also close a generic phrase often (基地, 中心, 广场 …): such a name needs an event
# nearby. Heads that make a coordinated list a list of projects: "A、B、C等(一批|重点|…)项目".
PROJECT_LIST_HEADS: Final = ("项目", "工程", "重点项目", "产业项目", "招商项目", "签约项目", "重大项目")
# Words tying a project to investment or construction (a suffix-found project needs one in its sentence).
PROJECT_EVENT_WORDS: Final = (
    "招商", "引资", "产业项目", "签约", "落户", "投资", "总投资", "开工", "建设", "投产", "竣工", "建成",
    "投用", "开业", "引进", "扩建", "封顶", "启动", "推进", "实施", "打造", "落地", "达产", "运营", "入驻",
    "新建", "改造", "筹建", "加快", "开建", "动工", "复工", "试生产", "出让", "摘牌", "签署", "协议",
    "集中开工", "奠基", "在建", "续建", "满产", "试运行", "投运", "量产", "下线", "并网", "试产", "点火",
    "选址", "建在", "坐落", "出资", "合资", "施工", "项目现场", "储备", "谋划", "洽谈", "在谈", "招引",
    "落位", "完工", "进展", "签订", "签下", "拿下",
)
RE_PROJECT_EVENT: Final = re.compile(f"(?:{alternation(PROJECT_EVENT_WORDS)})")
# Generic project phrases, never a project name (11个重点项目, 一批项目, 该项目, 这些项目 …).
RE_GENERIC_PROJECT: Final = Starting(re.compile(
    r"^(?:[\d一二三四五六七八九十百千万两几数多余]+[个项批大]|一批|一些|这些|那些|该|此|本|其他|其它|各类?|"
    r"相关|重点|重大|新|在建|续建|签约|产业|招商|引资|建设|民生|基础设施|配套|示范|试点|全部|所有|其中|"
    r"上述|以上|亿元以上|千万元以上|省级?|市级?|县级?|国家级?|全市|全县|全区|全省|各|首批|优质|好|大|"
    r"百亿级|十亿级|亿元级|开竣工|开工|竣工|投产|重特大|特大)*"
    r"(?:项目|工程|基地|中心|总部|广场|小镇|生产线|一期|二期|三期)$"),
    "一七万三上两中九二五产亿以优余全八六其几十千县各四国在基多大好小工市广建开引总所投招数新"
    "本此民特生百相省示竣签续试该这那配重项首", digits=True)
# Words of a project name that say only what kind of project it is; a name made of nothing else is generic
# (政府投资项目, 民生实事项目, 教育项目).
GENERIC_PROJECT_WORDS: Final = (
    "政府投资", "中央预算内", "投资", "招商引资", "招商", "引资", "产业", "民生", "实事", "重点", "重大",
    "签约", "合作", "协作", "有机更新", "教育", "在建", "续建", "新建", "储备", "入园", "总部", "地块",
    "棚改", "烂尾楼", "基础设施", "配套", "示范", "试点", "优质", "高端", "领军", "企业", "上市公司", "行业",
    "大", "新", "好", "区域性", "金融机构", "文旅", "旅游", "景区", "公益", "扶贫", "帮扶", "农业", "工业",
    "服务业", "市区", "全省", "全市", "全县", "全区", "各", "级", "省", "市", "县", "区", "州", "国家",
    "中央", "亿元以上", "以上", "制造", "生产", "研发", "类似", "创新", "领域", "后续", "参与", "智能",
    "现代", "特色", "精品", "志愿服务", "公共", "实训", "培训", "集训", "技术", "产学研", "转移", "承接",
    "社会", "仪式", "运动", "农村", "乡村", "民族", "融合", "百亿级", "十亿级", "首批", "开竣工", "开工",
    "竣工", "投产", "特大", "重特大", "承诺制", "上级资金", "资金", "固定资产", "专项债券", "专项债", "国债",
    "前期", "谋划", "延链", "补链", "强链", "链", "产业化", "化", "外资", "内资", "省外", "市外", "境外",
    "亿元", "亿", "万元", "该领域", "其他", "有关", "相关", "一批", "一个", "首个", "又一", "上下游", "更多",
    "全产业链", "产业链", "新兴产业", "新兴", "招大引强", "储备库", "改革", "攻坚", "行动", "计划", "主体",
    "事业", "先进", "绿色", "数字化",
    "智能化", "网络化", "高质量", "发展", "园区", "工程建设", "区域", "国家级", "省级", "市级", "州级",
    "县级", "区级", "新改", "改扩建", "一产", "二产", "三产", "外资", "内资", "代表", "代表性", "标志性",
    "全资子公司", "控股子公司", "子公司", "分公司", "民资", "央资", "国资", "台资", "港资", "侨资",
    "引领性", "示范性", "标杆性", "带动性", "支撑性", "转型", "技改", "增资",
    "典型", "标杆", "制造业", "改造升级", "改造", "升级", "技术改造", "提质", "扩能", "扩产", "优化",
    "三旧",  # (增资扩产项目, 优化投资项目, “三旧”改造项目: kinds of projects by what they do)
    "沿链", "赛道", "新赛道", "战略性", "传统", "外向型", "千亿级", "头号", "一号", "销售", "服务",
    "大好高", "高大上",  # slogans for big, good, high-end projects (招引大好高项目)
    "最大", "最高", "最强", "单体最大", "规模最大", "投资最大",  # (最大光伏项目: a superlative of a kind)
    "关联", "相配套",
    # kinds of projects by their role (一批旗舰型、龙头型项目), and the quarter a list is of (三季度项目)
    "龙头", "旗舰", "链主", "税源", "型", "一季度", "二季度", "三季度", "四季度",
)
# A street, road or bridge being built or renewed (城南路提质改造, 长田路二期), or water carried from one
# river to another (引绰济辽): a public work.
RE_STREET_WORK = re.compile(r"[路街巷桥](?:[一二三四五六七八九十\d]+期|提质|改造|扩建|建设|工程|项目|拓宽"
                            r"|延伸)|^引[\u4e00-\u9fff]{1,2}济[\u4e00-\u9fff]")
# A superlative before a name makes it an aim, not a project (打造全球最大的护理床生产基地).
RE_ASPIRATION: Final = re.compile(r"(?:(?:全球|全国|全省|国内|世界|亚洲|中部|西部|东部|华南|华中|华东"
                           r"|区域性?)[^，,。；;]{0,8}"
                           r"(?:最大|最强|最优|领先|一流|重要|知名|最具[\u4e00-\u9fff]{0,4})的?"
                           r"|集[^，,。；;]{1,30}?(?:为|于)一体的)$")  # 打造成集健康养生为一体的…项目
# Public works and social facilities: not investment projects (roads, water, schools, hospitals, renewal …).
PUBLIC_WORKS_WORDS: Final = (
    "公路", "道路", "大道", "大桥", "桥梁", "铁路", "高铁", "城铁", "高速", "国道", "省道", "县道", "机场",
    "港口", "码头", "航道", "水库", "河道", "堤防", "防洪", "排涝", "污水", "供水", "水厂", "水源", "饮水",
    "水利", "水资源", "灌溉", "泵站", "管网", "电网", "农网", "配网", "输变电", "变电站", "特高压", "学校",
    "小学",
    "中学", "幼儿园", "书院", "学院", "大学", "医院", "卫生", "疾控", "养老", "敬老院", "福利", "停车场",
    "公园", "平整", "健身", "体育馆", "文化广场", "文化中心", "纪念", "派出所", "监狱", "垃圾", "厕所",
    "治理",
    "整治", "棚改", "棚户区", "安置", "保障房", "老旧小区", "城中村", "亮化", "绿化", "美化", "雪亮",
    "防护林", "廊道", "农田", "宅基地", "片区", "商圈", "路网", "街巷", "河流", "河堤", "外环", "环线",
    "内环", "门户港", "文体", "艺术中心", "文化艺术", "体育", "通用机场", "灌区", "引水", "调水", "再生水",
    "基础设施建设", "综合管廊", "地铁", "快速路", "生态工程", "生态修复", "高中", "教学楼", "校区", "职院",
    "互通", "隧道", "网架", "断头路", "干线", "航电", "船闸", "城际", "客运站", "火车站", "高架",
    "立交", "交通枢纽", "图书馆", "博物馆", "美术馆", "大剧院", "文化馆", "党校", "殡仪馆", "供热",
    "热力管网", "黑臭水体", "联检",
)
# Programmes, campaigns and designations named like projects: "人才强市工程", "质量提升工程".
PROGRAM_WORDS = ("提升", "监管", "安全", "强市", "强县", "造福", "民生", "改造", "配套", "治理", "整治",
                 "行动", "人才", "质量", "服务", "保障", "一把手", "万千百", "革命", "示范", "创建", "凤还巢",
                 "千项万亿", "延链补链", "补链强链", "强链补链", "新旧动能", "形象", "政绩", "系统", "信息化",
                 "数字化", "民心", "惠民", "德政", "富民", "安居")
# Designations awarded to places ("国家森林康养基地", "省级优质农产品供应基地"), not projects.
NOT_PROJECT_ENDINGS = ("培训基地", "实训基地", "集训基地", "教育基地", "示范基地", "育苗基地", "供应基地",
                       "储备基地", "研学基地", "实践基地", "孵化基地", "人才基地", "创作基地", "写生基地",
                       "示范项目", "试点项目", "示范工程", "龙头项目",
                       # a part of a plant's works, not a project (生产车间主体工程, 厂房基建工程)
                       "主体工程", "辅助工程", "装修工程", "装饰工程", "基建工程", "土建工程", "附属工程",
                       "安装工程", "绿化工程", "厂区工程", "场平工程", "土方工程", "桩基工程", "基础工程",
                       # a section of a line (西安站改扩建工程新城段, 一标段): a part of a public work
                       "段")
# A project item of a list may also end in one of these (平安财富中心, …仓储物流分拣中心).
LIST_PROJECT_ENDINGS: Final = ("中心", "园", "城", "站", "厂", "馆", "港", "谷", "楼", "院", "场")
# Program names: a quoted slogan + 工程/项目/行动 (“万千百”工程), not a project.
RE_PROGRAM_NAME: Final = Starting(re.compile(r"^(?:省|市|县|区|全省|全市|全县|国家|省级|市级)?"
                             r"“[^”]{1,8}”(?:工程|项目|行动|计划)$"), "“全区县国市省")

# "P是X投资项目": the copula after a project's name and the words that make the predicate the firm's project
# (read by kg.extract.select, which takes no second project there, and by the invests_in.said_owned frame).
SAID_COPULA: Final = r"[，,]?\s*(?:也|则|均|就|更|还|又)?(?:是|系|为)"
OWNED_PROJECT_TAIL: Final = r"(?:投资|投建|投资建设|投资兴建|独资|控股)的?(?:重点)?项目"


# --- leading words stripped off a candidate name (verbs, adverbs, prepositions, determiners) ---------------
_LEADING_WORDS: Final = {
    "推进", "推动", "加快", "加速", "加强", "建设", "建成", "新建", "启动", "实施", "完成", "抓好", "抓实",
    "打造", "引进", "招引", "引入", "支持", "扶持", "培育", "壮大", "做强", "做优", "做大", "做强做优",
    "做大做强", "发展", "依托", "围绕", "落户", "落地", "签约", "签订", "签定", "签署", "开工", "投产",
    "竣工",
    "投用", "开业", "入驻", "服务", "成立", "组建", "设立", "筹建", "扩建", "改造", "提升", "提质", "完善",
    "确保", "力促", "促进", "力争", "重点", "积极", "大力", "全力", "全面", "持续", "继续", "进一步", "着力",
    "主动", "成功", "加大", "对接", "带动", "包括", "例如", "比如", "如", "像", "以", "在", "于", "与", "和",
    "及", "以及", "同", "跟", "对", "把", "将", "由", "为", "向", "从", "让", "使", "是", "其中", "其", "该",
    "此", "这", "还", "也", "并", "并且", "又", "即", "则", "等", "已", "已经", "正在", "正式", "顺利",
    "稳步", "率先", "首批", "一批", "一个", "一家", "优质", "重大", "知名", "当地", "本地", "我县", "我市",
    "我区", "我镇", "我省", "全县", "全市", "全区", "通过", "借助", "利用", "联合", "携手", "同时", "另外",
    "此外", "今年", "去年", "明年", "目前", "现", "现已", "位于", "坐落于", "地处", "落户于", "签约落户",
    "选址", "选址于", "拟建", "拟在", "计划在", "落实", "加快推进", "加快建设", "推进建设", "全力推进",
    "推动建设", "启动建设", "开工建设", "规划建设", "谋划", "储备", "争取", "申报", "获批", "获评", "创建",
    "升级", "整合", "升格", "帮助", "助力", "吸引", "招商", "招商引资", "成功引进", "成功签约", "引导",
    "鼓励", "了", "的", "个", "家", "项", "主攻", "聚焦", "瞄准", "拓展", "构建", "形成", "培育壮大", "开展",
    "这些", "那些", "其他", "其它", "还有", "也有", "另有", "仍有", "既有", "又有", "更有", "有", "一些",
    "有些", "各项", "该项", "首个", "首家",
    "全省首个", "全国首个", "全省首家", "全国首家", "针对", "作为", "用于", "回归", "主要", "出台", "争创",
    "共建", "又一", "新一", "另一", "计划", "拟", "投资", "计划投资", "投资建设", "兴建", "投建", "开建",
    "动工", "迎来", "标志着", "实现", "我们", "他们", "本次", "此次", "今天", "近日", "日前", "上半年",
    "近期", "近年", "近年来", "此前", "随后", "今日", "昨日", "当天", "当日",
    "全资子公司", "控股子公司", "下属公司", "下属企业",
    "下半年", "年内", "年底", "全年", "预计", "今后", "未来", "加快实施", "全面实施", "深入实施", "集中",
    "集中开工", "集中签约", "重点推进", "积极推进", "大力推进", "总投资", "投资额", "加速推进", "该公司",
    "双方", "各方", "做实", "努力", "积极推动", "推动实现", "这个", "那个", "一个个", "每个", "这家", "暨",
    "省级", "国家级", "市级", "县级", "自治区级", "建立", "成立了", "建起", "上图", "下图", "左图", "右图",
    "图为", "图片", "图", "新签约", "新引进", "新开工", "新落户", "新招引", "新入驻", "在建", "续建", "待建",
    "已建成", "落位", "新落位", "落子", "花落", "入园", "进驻", "选定", "同意", "批准", "欢迎", "邀请",
    "会见", "考察", "调研", "走访", "扎根", "深耕", "植根", "根植", "办理", "正办理", "正在办理", "已有",
    "现有", "共有", "拥有", "据", "主会场", "分会场", "会场", "之一", "做好", "办好", "对应", "确定",
    # what officials do to projects (宣布项目开工, 视察项目, 听取项目汇报, 发挥项目建设主力军作用)
    "宣布", "宣读", "发挥", "观摩", "督导", "督办", "视察", "参观", "查看", "了解", "听取", "见证", "介绍",
    "点评", "看望", "慰问", "盯紧", "充分发挥", "来到", "走进", "前往",
    # idioms of news about projects in general (按下项目建设“加速键”, 吹响项目建设号角)
    "按下", "跑出", "掀起", "吹响", "打响", "奏响",
    # verbs of reporting and managing work (梳理生成项目清单, 汇报项目, 冲刺三季度, 缩短项目周期)
    "梳理", "实行", "汇报", "冲刺", "缩短", "大大缩短",
    # … and of counting and handling them (列入省重点项目, 不含省直单位负责项目, 会办项目报批报建)
    "负责", "提供", "协调", "报批", "会办", "列入", "纳入", "入选", "包含", "不含", "获得", "支撑",
    # determiners and quantifiers of what is spoken of (原先是一处老旧工业区, 上述项目)
    "一处", "一座", "一片", "上述", "下列", "各个", "各类", "多家", "若干", "众多", "诸多",
    "全部", "所有",
}
# (traditional print writes the particle 着 as 著: 标志著, 随著)
LEADING_STOPWORDS: Final = tuple(sorted(_LEADING_WORDS | {w.replace("着", "著") for w in _LEADING_WORDS
                                                   if "着" in w}, key=len, reverse=True))
_NUM: Final = r"[\d.,，一二三四五六七八九十百千万亿两]+\s?(?:多|余)?(?:万|亿|千万|百万|十亿)?(?:多|余)?"
_CUE: Final = r"(?:总投资|计划总投资|计划投资|投资|投资额|总投资额|估算投资|概算投资|规模)"
_APPROX: Final = r"(?:约|近|逾|超|超过|达|达到)?"
# A leading amount: with a currency (16亿元的…), or after an investment cue (总投资80亿的…).
RE_LEADING_AMOUNT: Final = re.compile(
    rf"^(?:{_CUE}?\s?{_APPROX}\s?{_NUM}(?:元|美元|港元|欧元)(?:以上|左右)?\s?的?|"
    rf"{_CUE}\s?{_APPROX}\s?{_NUM}(?:以上|左右)?\s?的?)(?=.)"
)
RE_LEADING_COUNT: Final = re.compile(r"^第?[\d一二三四五六七八九十百两几]+"
                              r"(?:个|家|项|大批|大|批|座|条|名|道|台|套|户|类)"
                              r"(?:以上|以下|左右)?")  # 20个以上…
# The verbs of a signing (A与B签约, Z与X公司签署…协议), shared by the investment and location frames.
SIGN_VERB_WORDS: Final = ("签约", "签署", "签订", "签定")
SIGN_VERBS: Final = "(?:" + "|".join(SIGN_VERB_WORDS) + ")"
# A signing or an agreement to work together on what the sentence then builds (Z管委会与X公司合作，…建设P).
SIGN_OR_COOPERATE: Final = "(?:" + SIGN_VERBS + r"|(?<!的)合作(?=[^。；;！？]{0,40}?(?:建设|投建|兴建|打造)))"
# A list item's number before a name: （1）, (二), 1、, 2., ①, 一是.
ENUMERATOR: Final = (r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,2}[、．.](?!\d)"
              r"|[①-⑳]|[一二三四五六七八九十]是)")
RE_ENUMERATOR: Final = re.compile("^" + ENUMERATOR)
# A descriptor before a firm's name (行业龙头企业, “瞪羚”企业, 世界500强企业, 上市公司, 其配套供应商): the
# firm after it still opens its clause.
FIRM_DESCRIPTOR_WORDS: Final = ("企业", "上市公司", "500强", "供应商", "制造商", "服务商", "运营商", "厂商",
                                "巨头", "龙头")
FIRM_DESCRIPTOR_REACH: Final = 12  # characters before the descriptor's word
FIRM_DESCRIPTOR: Final = (f"(?:[^，,。；;、：:]{{0,{FIRM_DESCRIPTOR_REACH}}}?"
                          f"(?:{'|'.join(FIRM_DESCRIPTOR_WORDS)}))?\\s*")
# What may open a clause before its subject: an item number, a date, a time of day.
CLAUSE_DATE: Final = r"\s*" + ENUMERATOR + r"?\s*(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上午|下午)?\s*"
# A name may not start with these characters (particles, conjunctions, numbers of a count).
BAD_NAME_START: Final = frozenset("的了之其该此这并而且就都也还又被把、—–")

# --- lists ------------------------------------------------------------------------------------------------
RESPECTIVELY: Final = "分别"  # pairs the items of two lists in order (A、B分别落户X、Y)
# A list: items separated by 、 (the last may be joined by 和/及/与), closed by 等 and a head noun. The
# qualifier may hold a count (等123个在续建项目, 等12家工业软件领域翘楚).
# Words for people a list may close with (A、B等领导及X集团董事长…): its items are people, no firms.
PERSON_GROUP_WORDS: Final = r"(?:领导|嘉宾|代表(?!性)|负责人|人员|同志|干部|专家|客商)"
RE_LIST_TAIL: Final = re.compile(
    r"等(?!级)(?P<qual>(?:(?!" + PERSON_GROUP_WORDS + r")[^，,。；;]){0,24}?)"
    r"(?P<head>企业|公司|集团|龙头(?!型?(?:项目|工程))|市场主体|银行|金融机构|网红|厂商|翘楚|巨头|"
    r"央企|国企|民企|外企|名企|链主|"
    r"项目|工程|建设|(?<=[家])[\u4e00-\u9fff]{0,2}(?=[，,。；;]))")
# A list closed by its own count instead of 等 (A、B和C3个项目): a list only when the count is the items'.
# (… or A、B、C三家轻纺企业, A、B3户规上企业: a list of firms closed by their count)
RE_LIST_COUNT_TAIL: Final = re.compile(r"(?P<qual>)(?P<count>\d{1,2}|[一二三四五六七八九十两])"
                                r"(?:[个大](?P<head>项目)|[家户](?:(?!与|和|及|同|联合)[\u4e00-\u9fff]){0,4}?(?P<firms>企业|公司))")
SMALL_NUMERALS: Final = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}
# A project list's qualifier that says its items are not investment projects (非遗项目, 改革项目, 民生项目).
RE_NON_INVESTMENT_QUALIFIER: Final = re.compile(
    r"非遗|改革|更新|民生|社会事业|基础设施|生态|环保|治理|水利|扶贫|帮扶|文化|体育|教育|卫生|保护|惠民|实事|公益|"
    r"乡村振兴|整治|交通|市政|污染|防治|安全|党建|人才|科研|政策|试点|示范|专项债|债券|资金|前期|"
    r"平台|活动|展会|博览会|论坛|节会|推介会")  # (西博会、红叶节等平台签约项目: the items are events)
# A project list's qualifier that says its items are firms' seats (酷哇机器人、山猫传媒等总部项目).
RE_FIRM_QUALIFIER: Final = re.compile(r"总部|企业|公司")
RE_LIST_COUNT_FIRMS: Final = re.compile(r"^[\d一二三四五六七八九十百两几多]+家")
RE_LAST_ITEM_JOIN: Final = re.compile(r"(?:和|及|以及|与)")
# A firm list's qualifier that says its items are countries or regions (美国、加拿大等国家和地区的…企业).
RE_PLACE_QUALIFIER: Final = re.compile(r"国家|地区|省份|城市|省市")
# Items of a firm list given as industries, not firms: "电池材料、精密部件等上下游企业" (各类 is "all kinds
# of": A、B等各类领军企业 lists firms).
RE_INDUSTRY_QUALIFIER: Final = re.compile(r"上下游|相关|配套|(?<!各)类|型")
# A list's qualifier that is a clause, not a description ("等保护产权和企业").
RE_CLAUSE_QUALIFIER: Final = re.compile(r"保护|服务|支持|帮助")

# What joins the items of a list (A、B和C, A以及B).
LIST_GLUES: Final = frozenset({"、", "和", "及", "与", "以及"})
# A figure and its unit of capacity (10万吨, 100兆瓦, 5GWh); what follows the figure may add units of its own.
CAPACITY_NUMBER: Final = r"\d+(?:\.\d+)?\s?(?:万|千|亿)?"
CAPACITY_UNITS: Final = r"吨|GW|GWh|MW|兆瓦|千瓦|万千瓦|套|台|辆|片|平方米"

# --- amounts ---------------------------------------------------------------------------------------------
# The labels of a project's investor (投资方为X, 投资主体：X).
INVESTOR_LABELS: Final = ("投资方|项目方|投资主体|投资商|项目业主|建设单位|实施主体|业主单位|签约企业"
                          "|投资企业|签约方|出资方|投资人|项目单位|项目法人|建设主体|投资单位|建设方|开发方|招标人")
# The label of a project's name in its record (项目名称：P；…).
NAME_LABEL: Final = r"项目名称\s*[：:]\s*"
# The other labels of a project's record (项目名称：P；建设地点：Z；建设内容：…；总投资：5亿元).
RECORD_LABELS: Final = ("建设地点|项目地点|项目选址|选址|建设内容|建设规模|建设性质|建设周期|建设期限"
                        "|建设年限|起止年限|项目类型|项目类别|所属行业|行业类别|产业类别|合作方式|项目进展"
                        "|进展情况|开工时间|占地面积|用地面积"
                        # (the other parties of the works: its builder, designer, supervisor, the office in
                        # charge; and its dates)
                        "|施工单位|设计单位|监理单位|代建单位|责任单位|牵头单位|建设工期|竣工时间|投产时间")
# The words that name a project's whole total (总投资, 投资总额, 投资总量, 投资规模, 总投资概算 …): one list
# for every pattern that reads a total after a name or a clause.
TOTAL_CUE_WORDS: Final = "总投资概算|投资概算|总投资|投资总额|投资总量|投资额|投资规模"
TOTAL_CUE: Final = f"(?:{TOTAL_CUE_WORDS})"
# Words before an amount that make it a project's own total investment.
RE_TOTAL_INVEST: Final = re.compile(
    r"(?:项目)?(?:总投资概算|投资概算|总投资|计划总投资|计划投资|投资总额|投资总量|总投资额|项目投资|投资额|投资金额"
    r"|拟投资|预计投资|投资规模|规模"
    r"|投资)"
    r"(?:额)?(?:预计|计划|将)?"  # (总投资预计约80亿元)
    r"(?:(?:最大|最高|最多|最少|最小|居首|第一)[，,]?(?:仅)?)?"  # (X项目投资额最大，达150亿元)
    r"(?:为|约|达|达到|超|超过|逾|近|约为|共|共计|计)?[：:]?\s?(?:人民币)?$")  # (拟投资人民币10亿元)
# Words that make an amount one phase's only: 一期投资6亿元, 首期投资.
RE_PHASE_AMOUNT: Final = re.compile(r"(?:[一二三四五六七八九十首\d]期|阶段)(?:项目)?(?:计划)?(?:总)?投资"
                             r"(?:额)?(?:为|约|达)?\s?$")
# Aggregates: "11个项目总投资14亿元", "共签约项目41个,总投资141.7亿元".
RE_AGGREGATE: Final = re.compile(
    r"[\d一二三四五六七八九十百两]+(?:个|项|大|批)(?:[\u4e00-\u9fff]{0,10})?(?:项目|工程)|项目[\d一二三四五六七八九十百两]+个")
# Not investment: output, revenue, tax, contract totals, funds, debt.
RE_NOT_INVESTMENT: Final = re.compile(r"产值|营收|收入|销售|利税|税收|签约金额|合同|引资额|专项债|债券|基金"
                               r"|(?<!投)(?<!引进)(?<!协议)资金"
                               r"|消费|规模[\d]|"
                               r"完成投资|完成投入|累计投资|年度投资|当年投资|已投资|已完成|中标")

# --- events (stages) of an investment --------------------------------------------------------------------
STAGE_WORDS: Final = {
    "签约": "签约", "签订": "签约", "签定": "签约", "签署": "签约", "落户": "落户", "引进": "引进",
    "落地": "落户",
    "开工": "开工", "动工": "开工", "奠基": "开工", "启动建设": "开工", "开建": "开工", "复工": "开工",
    "投产": "投产", "达产": "投产", "试生产": "投产", "建成": "竣工", "竣工": "竣工", "完工": "竣工",
    "投用": "投产", "投入使用": "投产", "开业": "投产", "封顶": "建设", "在建": "建设", "建设": "建设",
    "扩建": "建设", "投资": "投资",
}
RE_STAGE: Final = re.compile(f"(?:{alternation(tuple(STAGE_WORDS))})")
