"""Span finding on sentences written for these tests in the ways investment news and work reports put names:
where a name starts and ends, which phrases are no names, which type a name has."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.spans import SPAN_FINDERS
from kg.model import Document


def _names(region: str, text: str, etype: str, extractor: str | None = None) -> set[str]:
    ex = extract(Document("span", "span.txt", None, "2023", region, text), extractor=extractor)
    return {n for e in ex.entities if e.type.value == etype for n in e.names}


# Each row: id, region, text, type, names that must be found (name or alias), names that must not be.
# fmt: off
CASES = [
    # project names without a listed suffix, with capacities, 和 and brackets
    ("list items without suffix", "包头市", "加快实施恒瑞新材5000吨高纯石墨、宏达二期等项目，力争年内投产。",
     "project", {"恒瑞新材5000吨高纯石墨", "宏达二期"}, set()),
    ("capacity and 和 inside a name", "九江市",
     "九江经开区引进年产10万吨正极材料和5万吨负极材料项目，总投资35亿元。", "project",
     {"年产10万吨正极材料和5万吨负极材料项目"}, set()),
    ("megawatts", "吴忠市", "100兆瓦农光互补光伏电站项目在红寺堡区开工建设。", "project",
     {"100兆瓦农光互补光伏电站项目"}, set()),
    ("brackets with a place", "合肥市", "签约仪式上，大众汽车(中国)投资有限公司签署了新能源汽车研发中心"
                                     "项目合作协议。",
     "firm", {"大众汽车(中国)投资有限公司"}, set()),
    ("a dash between two words", "南宁市", "中国—东盟产业合作区南宁片区引进年产50万吨烯烃项目。", "park",
     {"中国—东盟产业合作区"}, set()),
    ("modifiers joined by 、 and 用", "石嘴山市", "我们的新能源、大数据、云计算用高性能电极箔项目一期进"
                                            "入试生产阶段。",
     "project", {"新能源、大数据、云计算用高性能电极箔项目"}, set()),
    ("工程 before 建设 (one jieba word)", "毕节市",
     "二是加快推进威宁县马铃薯淀粉加工工程、大方县天麻精深加工工程建设，确保年底投用。",
     "project", {"威宁县马铃薯淀粉加工工程", "大方县天麻精深加工工程"}, set()),
    ("an item number before a firm", "潍坊市",
     "（3）潍柴动力股份有限公司新建大缸径发动机项目；④歌尔股份有限公司智能穿戴产业园项目。",
     "firm", {"潍柴动力股份有限公司", "歌尔股份有限公司"},
     {"（3）潍柴动力股份有限公司", "④歌尔股份有限公司"}),
    ("a park someone invests in is a project", "绥化市", "投资6亿元的鑫旺农产品加工产业园已完成厂房建设。",
     "project", {"鑫旺农产品加工产业园"}, set()),
    ("a place and one character are no brand", "临沂市",
     "沂南新材料科技产业园，由临沂华信新材料有限公司投资建设。",
     "firm", {"临沂华信新材料有限公司"}, {"沂南新材料", "沂南新"}),
    ("a party named with verb-like words", "临沂市",
     "该项目由山东恒晟建工集团、北京共享易得智能技术发展有限公司共同投资建设。",
     "firm", {"北京共享易得智能技术发展有限公司"}, {"智能技术发展有限公司"}),
    ("a list closed by its count", "楚雄彝族自治州",
     "县政府集中签约了宏达精密铸件智能化改扩建项目、年产5000吨酱油扩能和年产2万吨香醋生产线技改搬迁3个项目。",
     "project", {"宏达精密铸件智能化改扩建项目", "年产5000吨酱油扩能"},
     {"年产5000吨酱油扩能和年产2万吨香醋生产线技改"}),
    ("a common word and another are no brand", "马鞍山市",
     "郑蒲港新区今年建设了综合保税物流加工一期等5个项目。",
     "firm", set(), {"综合保税物流", "综合保税"}),
    ("a place and a common word are no brand", "黔东南苗族侗族自治州",
     "投资35亿元建设凯里民族文化产业园暨下司古镇综合体项目。",
     "firm", set(), {"凯里民族文化", "凯里民族"}),
    ("a brand with 的 is no modifier", "合肥市", "总投资40亿元的合肥美的洗衣机智能制造产业园项目开工。",
     "project", {"合肥美的洗衣机智能制造产业园项目"}, {"洗衣机智能制造产业园项目"}),
    ("未来 inside a name", "芜湖市", "总投资60亿元的奇瑞未来三工厂及变速箱项目实现当年签约、当年开工。",
     "project", {"奇瑞未来三工厂及变速箱项目"}, {"三工厂及变速箱项目"}),
    ("a predicate after an auxiliary", "东营市",
     "新园区可承载北京华科年产20吨维生素项目等一大批生物医药项目落地。", "project",
     {"北京华科年产20吨维生素项目"}, {"承载北京华科年产20吨维生素项目", "批生物医药项目"}),
    ("仍有 before a list", "漳州市", "下半年仍有宏达通用厂房等6个项目可望开工。", "project",
     {"宏达通用厂房"}, {"仍有宏达通用厂房", "有宏达通用厂房"}),
    ("a brand with a one-character adverb", "汕尾市", "以企招企引入恒盛通、诺思特等上规模电子信息企业。",
     "firm", {"恒盛通", "诺思特"}, set()),
    ("an earlier 项目 closes another phrase", "漳州市",
     "已投产项目海尚水产食品项目正常运营，签约项目宏达机械项目开工。", "project",
     {"海尚水产食品项目", "宏达机械项目"}, {"项目海尚水产食品项目", "已投产项目海尚水产食品项目"}),
    ("项目 inside a firm's name", "长沙市", "长沙建工项目管理有限公司承建了该工程。", "firm",
     {"长沙建工项目管理有限公司"}, {"管理有限公司"}),
    ("既有 before a list", "湘潭市", "其中既有湘潭超大型液晶显示模组等重大招商引资项目，也有重大工程。",
     "project", {"湘潭超大型液晶显示模组"}, {"既有湘潭超大型液晶显示模组"}),
    ("工程 and 企业 before a name", "株洲市",
     "重点工程宏达精密铸件项目开工建设，签约企业华晨机械项目落户醴陵。", "project",
     {"宏达精密铸件项目", "华晨机械项目"}, {"工程宏达精密铸件项目", "企业华晨机械项目"}),
    # generic phrases are never entities
    ("a count after a project phrase", "铜陵市", "全年新签约工业项目13个，入驻科创中心项目8个。",
     "project", set(), {"工业项目", "科创中心项目", "入驻科创中心项目"}),
    ("generic projects", "洛阳市", "全年引进一批外资项目，二产项目投资增长12%，实施亿元以上项目86个、"
                                "百亿级项目3个。",
     "project", set(), {"一批外资项目", "外资项目", "二产项目", "亿元以上项目", "百亿级项目"}),
    ("generic firms", "洛阳市", "培育龙头企业32家，吸引大型国有公司、上市公司落户，支持民营企业发展。",
     "firm", set(), {"龙头企业", "大型国有公司", "国有公司", "上市公司", "民营企业"}),
    ("a kind of project", "宜春市", "西宁经济技术开发区迎来又一光伏制造产业项目，"
                                 "新能源汽车上下游产业链项目加快落地。",
     "project", set(), {"光伏制造产业项目", "新能源汽车上下游产业链项目"}),
    # verbs and event words never start a name
    ("verbs before names", "赣州市", "积极引进江西金力永磁科技股份有限公司，成功落户高性能稀土永磁材料项目。",
     "firm", {"江西金力永磁科技股份有限公司"}, {"积极引进江西金力永磁科技股份有限公司"}),
    ("verbs before projects", "赣州市", "成功签约高性能稀土永磁材料项目，加快推进稀土新材料产业园项目建设。",
     "project", {"高性能稀土永磁材料项目", "稀土新材料产业园"},
     {"成功签约高性能稀土永磁材料项目", "加快推进稀土新材料产业园项目"}),
    ("a verb jieba does not know", "石嘴山市", "锁定多氟多化工股份有限公司等领先企业对接争取。", "firm",
     {"多氟多化工股份有限公司"}, {"锁定多氟多化工股份有限公司"}),
    # a government body never joins a firm
    ("government and firm are two parties", "荆门市",
     "荆门市人民政府与湖北亿纬动力有限公司签署战略合作协议。", "firm",
     {"湖北亿纬动力有限公司"}, {"荆门市人民政府与湖北亿纬动力有限公司", "人民政府与湖北亿纬动力有限公司"}),
    ("owner before 旗下", "天津市", "该项目由中兴资本旗下天津中兴新业港科技发展有限公司投资建设。", "firm",
     {"天津中兴新业港科技发展有限公司", "中兴资本"}, {"中兴资本旗下天津中兴新业港科技发展有限公司"}),
    # a firm behind a descriptor is trimmed, not dropped
    ("firm after a descriptor", "苏州市", "苏州工业园区引进了行业龙头企业恒力科技，建设高端膜材料项目。",
     "firm", {"恒力科技"}, {"龙头企业恒力科技", "高端膜材料"}),
    # a brand at the head of a project name
    ("known firm at the head of a project", "郑州市", "上汽集团乘用车郑州基地二期、"
                                                   "比亚迪郑州基地等重大项目建成投产。",
     "firm", {"上汽集团", "比亚迪"}, set()),
    ("listed firm's brand at the head of a project", "烟台市", "万华一期取得在建项目第1名。",
     "firm", {"万华"}, set()),
    ("a firm named elsewhere in the text", "铜梁区",
     "海辰西南智能制造中心项目由厦门海辰新能源科技有限公司投资建设。",
     "firm", {"厦门海辰新能源科技有限公司"}, {"海辰西南智能"}),
    # a signed or invested 产业园 is a project, a zone hosting projects is a park
    ("invested 产业园", "咸阳市", "比亚迪将在西咸新区投资建设新能源汽车零部件产业园。",
     "project", {"新能源汽车零部件产业园"}, set()),
    ("hosting 产业园", "咸阳市", "新能源汽车零部件产业园内已入驻企业20家。",
     "park", {"新能源汽车零部件产业园"}, set()),
    ("one sense per document", "天津市",
     "总投资8亿元的中兴新质生产力产业园项目正式落地。中兴新质生产力产业园将以总部经济为核心。", "park", set(),
     {"中兴新质生产力产业园"}),
    # park types beyond the common ones
    ("生物谷", "武汉市", "光谷生物城和武汉生物谷加快建设，引进药明康德等企业。",
     "park", {"武汉生物谷"}, set()),
    ("物流城", "福州市", "记者从福州现代物流城指挥部获悉，项目将于近期动建。",
     "park", {"福州现代物流城"}, set()),
    ("集聚区", "郑州市", "航空港区电子信息产业集聚区新签约项目12个。",
     "park", {"航空港区电子信息产业集聚区"}, set()),
    ("临空经济区", "孝感市", "楚能新能源锂电池产业园项目落户孝感临空经济区。",
     "park", {"孝感临空经济区"}, set()),
    ("a place written in full before a park", "南宁市", "在南宁市伶俐工业园区里，电池项目正加紧建设。",
     "park", {"伶俐工业园区"}, set()),
    ("national and provincial zones stay apart", "宜宾市", "宜宾经济开发区和宜宾经济技术开发区分别签约。",
     "park", {"宜宾经济开发区", "宜宾经济技术开发区"}, set()),
    # a place opening a legal name stays, whatever jieba makes of it; a verb inside a legal name stays
    ("a one-character stopword opening a place", "周口市",
     "项城市宏远纺织有限公司年产300万件针织服装项目开工。",
     "firm", {"项城市宏远纺织有限公司"}, {"城市宏远纺织有限公司"}),
    ("a verb inside a place-led legal name", "周口市", "河南金盾防水保温材料有限公司年产800万平方米防水卷材"
                                                  "项目投产。",
     "firm", {"河南金盾防水保温材料有限公司"}, {"保温材料有限公司"}),
    ("a legal name heading a long project name", "周口市", "河南金盾防水保温材料有限公司年产800万平方米环保型"
                                                     "防水卷材和3000吨防水涂料生产线项目开工。",
     "project", {"河南金盾防水保温材料有限公司年产800万平方米环保型防水卷材和3000吨防水涂料生产线项目"},
     set()),
    ("a conjunction opens no name", "温州市", "龙港市举行重大项目集中开工暨华电新能源2GW光伏组件基地项目开工"
                                            "仪式。",
     "project", {"华电新能源2GW光伏组件基地项目"}, {"暨华电新能源2GW光伏组件基地项目"}),
    ("a level word before a zone's name", "合肥市", "该项目位于省级长丰经济开发区，总投资8亿元。",
     "park", {"长丰经济开发区"}, {"省级长丰经济开发区"}),
    ("phases a project is built in", "南宁市",
     "宏远光电产业园总投资20亿元，产业园分两期建设，一期用地100亩。",
     "project", set(), {"产业园分两期"}),
    ("a brand and its trade word", "阜阳市", "投资3亿元的金鑫塑业扩建工程开工。",
     "firm", {"金鑫塑业"}, {"金鑫"}),
    ("a brand-headed item of a list of bare names", "蚌埠市",
     "新签约华凯新材、恒锦科技汽车检测、高纯石英砂深加工等亿元以上项目12个。",
     "project", {"恒锦科技汽车检测", "华凯新材"}, set()),
    ("an earlier list's 等 closes it", "宜昌市",
     "深圳华博欧科技、江为新能源等公司带着跨境电商、储能电池等项目回乡签约。",
     "firm", {"深圳华博欧科技", "江为新能源"}, set()),
    ("an earlier list's 等 closes it (projects)", "宜昌市",
     "深圳华博欧科技、江为新能源等公司带着跨境电商、储能电池等项目回乡签约。",
     "project", set(), {"深圳华博欧科技", "江为新能源"}),
    ("equipment for public works is made in a plant", "南阳市", "内乡县智慧输变电设备研发加工项目开工建设。",
     "project", {"内乡县智慧输变电设备研发加工项目"}, set()),
    ("a region's representative project is no name", "黔南州",
     "“三都县竹纤维新材料项目”作为黔南州代表项目进行线上签约。",
     "project", {"三都县竹纤维新材料项目"}, {"黔南州代表项目"}),
    ("a list closed by 等 and a verb of settling", "芜湖市",
     "华东智能、科大云创、温州俱丰、上海亦达机电等纷纷落户，延伸新兴产业链条。",
     "firm", {"华东智能", "科大云创", "温州俱丰", "上海亦达机电"}, set()),
    ("a foreign firm's brand at the head of its project", "芜湖市",
     "康迪动物食品添加剂研发生产项目由美国康迪谷物公司投资建设，总投资8000万美元。",
     "firm", {"美国康迪谷物公司"}, {"康迪动物食品"}),
    ("a photo caption's word opens no name", "佛山市", "上图佛山市南海区丹灶智能制造产业园效果图。",
     "park", {"佛山市南海区丹灶智能制造产业园"}, {"图佛山市南海区丹灶智能制造产业园"}),
    ("the parties of a 由-clause are no firm", "佛山市",
     "镇政府与佛山市恒盈投资有限公司签订协议，由双方共同规划、投资、开发和运营，打造食品产业示范基地项目。",
     "firm", {"佛山市恒盈投资有限公司"}, {"双方共同规划", "共同规划"}),
    ("a two-character brand cut into characters", "荆州市",
     "市长代表市政府与广州丰上智能装备有限公司进行现场签约。",
     "firm", {"广州丰上智能装备有限公司"}, {"智能装备有限公司"}),
    ("a process right before 项目 names the work", "阿拉善盟",
     "全年新签约烯润新材料石墨提纯项目等30个招商引资项目。",
     "project", {"烯润新材料石墨提纯项目"}, set()),
    ("what a named project builds is its content", "重庆市",
     "本次签约的金石新材料生产基地项目，计划投资12亿元，建设年产8万吨负极材料生产基地、研发中心。",
     "project", {"金石新材料生产基地项目"}, {"年产8万吨负极材料生产基地", "研发中心"}),
    ("central SOE bureaus listed as SOEs", "蚌埠市", "引入中建八局、中铁十一局等央企。",
     "firm", {"中建八局", "中铁十一局"}, {"中建"}),
    ("高新 opens no brand", "蚌埠市", "高新电子产业园等59个项目落地开工。",
     "firm", set(), {"高新电子"}),
    ("a wholly owned subsidiary is no name", "南昌市",
     "以新设立的全资子公司——江西华缆铜箔有限公司为投资主体，建设超薄铜箔项目。",
     "firm", {"江西华缆铜箔有限公司"}, {"全资子公司"}),
    ("a list item ending in a park word after a project suffix", "宝坻区",
     "华润电力风电光伏项目、苏科高新智能制造总部产业园等16个重点项目签约落户宝坻区。",
     "project", {"苏科高新智能制造总部产业园"}, {"苏科高新智能制造总部"}),
    ("a region opens no brand", "廊坊市", "投资超30亿元的京津冀汽车零部件交易物流中心开工。",
     "firm", set(), {"京津冀汽车"}),
    ("of two zones joined at a project's head, the zone is the last", "保定市",
     "一商集团投资100亿元在雄县开发了雄州新城和津雄工业园区产城融合一体化项目。",
     "park", {"津雄工业园区"}, {"雄州新城和津雄工业园区"}),
    # public works and designations are not projects
    ("public works", "襄阳市", "推进老旧小区改造项目126个，襄阳至荆门高速公路、城南路提质改造工程开工。",
     "project", set(), {"老旧小区改造项目", "城南路提质改造工程"}),
    ("an aim", "仙桃市", "打造全球最大的护理床生产基地和全国医用卫材生产储备基地。",
     "project", set(), {"护理床生产基地"}),
    ("list of tasks", "湘西州", "重点推进长江防护林、石漠化治理、锥栗种植、中蜂养殖等项目建设。",
     "project", set(), {"锥栗种植", "中蜂养殖", "石漠化治理"}),
    # zones before a firm, a firm's own 联合, 工程项目, a leading phase, recycling, place-led 园区
    ("a firm after two zones", "西宁市",
     "开工仪式在西宁经济技术开发区东川工业园区青海中硅新材料股份有限公司多晶硅项目现场举行。",
     "firm", {"青海中硅新材料股份有限公司"}, {"西宁经济技术开发区东川工业园区青海中硅新材料股份有限公司"}),
    ("a zone inside a zone is two parks", "西宁市",
     "开工仪式在西宁经济技术开发区东川工业园区青海中硅新材料股份有限公司多晶硅项目现场举行。",
     "park", {"西宁经济技术开发区", "东川工业园区"}, {"西宁经济技术开发区东川工业园区"}),
    ("a zone's platform company keeps the zone", "长沙市",
     "长沙经济技术开发区投资控股有限公司与三一集团签署合作协议。",
     "firm", {"长沙经济技术开发区投资控股有限公司"}, set()),
    ("联合 before a business word", "武汉市", "市政府与华信光谷联合发展有限公司签署战略合作协议。",
     "firm", {"华信光谷联合发展有限公司"}, {"华信光谷"}),
    ("工程 right before 项目", "吴忠市", "年产60万吨煤焦化工程项目于本月开工建设。",
     "project", {"年产60万吨煤焦化工程项目"}, set()),
    ("a phase that opens a name", "乌海市", "三期50万吨针状焦项目同日开工建设。",
     "project", {"三期50万吨针状焦项目"}, set()),
    ("recycling construction waste is industry", "天水市",
     "甘谷县引进年产80万吨建筑垃圾再生资源综合利用项目，总投资3亿元。",
     "project", {"年产80万吨建筑垃圾再生资源综合利用项目"}, set()),
    ("a place and 园区 name a zone", "哈尔滨市", "总投资5亿元的智能仓储项目落户平房园区。",
     "park", {"平房园区"}, set()),
    ("a list opened by 项目…，如", "西宁市",
     "园区吸引一批光伏制造项目入驻，如天合年产20GW单晶硅棒、隆基年产15GW切片等。",
     "project", {"天合年产20GW单晶硅棒", "隆基年产15GW切片"}, set()),
    ("暨 joins two events, not a name", "吉安市",
     "2024年全市重大工业项目集中开工活动暨江西华茂电子材料项目开工仪式在永丰县举行。",
     "project", {"江西华茂电子材料项目"}, {"活动暨江西华茂电子材料项目"}),
    ("a verb after a capacity names the product", "九江市",
     "年产500万套高效节能涡旋式压缩机零部件项目签约落户。",
     "project", {"年产500万套高效节能涡旋式压缩机零部件项目"}, {"涡旋式压缩机零部件项目"}),
    ("两家 firms 合资建设", "九江市",
     "由浙江恒达精工股份有限公司和台湾昌益精密股份有限公司合资建设的轴承项目签约落户。",
     "firm", {"台湾昌益精密股份有限公司"}, {"台湾昌益精密股份有限公司合资"}),
    ("a list opened by a count and a colon", "南昌市",
     "当天共有9个项目集中开工，其中高新区5个：格瑞特传感器研发中心、云帆汽车零部件；临空区4个：华研精密铸件、"
     "南昌临港智能装备产业园。",
     "project", {"格瑞特传感器研发中心", "云帆汽车零部件", "华研精密铸件", "南昌临港智能装备产业园"}, set()),
    ("a count and a leading industry word make a category", "柳州市",
     "招引1个主导产业项目——柳州恒美模具制造科技有限公司年产200套汽车模具项目签约入园。",
     "project", {"柳州恒美模具制造科技有限公司年产200套汽车模具项目"}, {"主导产业项目"}),
    ("bare items signed as one project share its suffix", "百色市",
     "安徽华晟光电有限公司与百色市签订光伏组件、铝边框、储能运维产业项目，签约金额达12亿元。",
     "project", {"光伏组件、铝边框、储能运维产业项目"}, {"储能运维产业项目"}),
    ("items with suffixes of their own stay apart", "长沙市",
     "会上签约了三一重工产业园、中联重科智慧工厂、铁建重工盾构机项目。",
     "project", {"铁建重工盾构机项目", "中联重科智慧工厂"}, set()),
    ("升级 before 项目 is no rank", "潍坊市",
     "此次集中开工项目，包括鲁化集团硝盐升级项目、冀凯智能装备二期等项目。",
     "project", {"鲁化集团硝盐升级项目"}, set()),
    ("a rank before 项目 is", "潍坊市", "全市新开工省级项目12个。", "project", set(), {"省级项目"}),
    ("a signing party before 在Z", "眉山市", "四川与美国雅宝公司在眉山市签约了新时代锂电池材料工厂项目。",
     "firm", {"美国雅宝公司"}, {"美国雅宝公司在眉山市"}),
    ("产业功能区 is a zone type", "眉山市", "天合锦城正极材料项目落户青龙产业功能区。",
     "park", {"青龙产业功能区"}, set()),
    ("a construction site is a project's event", "潍坊市",
     "在山东铭远电力智能化灌装设备生产项目现场，车间钢结构主体施工已接近尾声。",
     "project", {"山东铭远电力智能化灌装设备生产项目"}, set()),
    ("a list opened by 共N个，即", "荆州市",
     "今年纳入考核的项目共3个，即长江酒业扩规项目、天颐食用油项目、湘宜水产品加工项目。",
     "project", {"长江酒业扩规项目", "天颐食用油项目", "湘宜水产品加工项目"}, set()),
    ("a capacity and a process inside a plant's name", "曲靖市",
     "德方材料年产11万吨磷酸锰铁锂正极材料项目正式投产；卡瑞特年处理2万吨锂离子动力电池梯次利用及破碎"
     "分选项目已建成。",
     "project", {"德方材料年产11万吨磷酸锰铁锂正极材料项目",
                 "卡瑞特年处理2万吨锂离子动力电池梯次利用及破碎分选项目"}, set()),
    ("an output figure makes a plant without an event word", "玉溪市",
     "玉溪恒捷16亿平方米锂电池隔膜项目正在进行场地平整。", "project",
     {"玉溪恒捷16亿平方米锂电池隔膜项目"}, set()),
    ("a place and 与 before a firm-headed project are a party", "楚雄彝族自治州",
     "楚雄市与宁波景华新能源有限公司年产5GWh钠离子电池产业园建设项目正式签约。",
     "project", {"宁波景华新能源有限公司年产5GWh钠离子电池产业园建设项目"},
     {"楚雄市与宁波景华新能源有限公司年产5GWh钠离子电池产业园建设项目"}),
    ("a list opened by 项目分别是", "郑州市",
     "此次集中开工共3个项目，项目分别是裕达创新创业综合体二期、唯品优跨境保税仓储配送中心、新华冷链仓储物流等。",
     "project", {"裕达创新创业综合体二期", "唯品优跨境保税仓储配送中心", "新华冷链仓储物流"}, set()),
    ("a trade word before a park word is no brand's end", "郑州市",
     "8个重大项目集中开工，包括神光智能手机项目和恒丰科技园项目。", "firm", set(), {"恒丰科技"}),
    ("a workshop in brackets inside a name", "宁德市",
     "在厦华新能宁德年产5万吨正极材料(AB车间)项目施工现场，建设者正忙施工。",
     "project", {"厦华新能宁德年产5万吨正极材料(AB车间)项目"}, set()),
    ("the scope of a seat is no part of its firm", "湖州市",
     "最大外资项目是湖州的唯品会华东运营总部项目。", "firm", {"唯品会"}, {"唯品会华东运营"}),
    ("台商投资区 is a zone type", "福州市", "该项目总投资65亿元，位于福州台商投资区松山片区。",
     "park", {"福州台商投资区"}, set()),
    ("a brand and trade word head a project without an event word", "南平市",
     "南平恒盛纸业项目，产品为15万吨高档文化纸。", "project", {"南平恒盛纸业项目"}, set()),
    ("企业 before a business word is part of a firm's name", "咸阳市",
     "西安瑞丰企业管理有限公司、西安睿达航空装备有限公司等24户企业参加集中签约。",
     "firm", {"西安瑞丰企业管理有限公司"}, {"管理有限公司"}),
    ("a zone where something is built is a setting", "沈阳市",
     "总投资22.5亿元的华晨商用车新工厂项目，在位于辽中县的沈阳近海经济区开工建设。",
     "park", {"沈阳近海经济区"}, set()),
    ("民资/央资 projects are categories", "西安市",
     "民资项目有：投资5亿元的深圳海王医疗器械综合性服务平台项目等，央资和内资项目有："
     "高新区综合开发项目等。",
     "project", set(), {"民资项目", "央资和内资项目"}),
    ("a public-works word across two words is not there", "西安市",
     "将在西安经开区建设元芯车规芯片区域研发总部。", "project", {"元芯车规芯片区域研发总部"}, set()),
    ("a list opened by 项目包括A以及B, B after a dash", "西安市",
     "这些项目包括三星电子存储芯片项目以及国内最大的动力电池生产基地———三星环新动力电池项目。",
     "project", {"三星电子存储芯片项目", "三星环新动力电池项目"},
     {"国内最大的动力电池生产基地———三星环新动力电池项目"}),
    ("a party's 代表 is no part of its name", "重庆市",
     "北碚区与中交重庆投资发展有限公司代表签订重大合作协议。", "firm", {"中交重庆投资发展有限公司"},
     {"中交重庆投资发展有限公司代表"}),
    ("a legal firm's project without an event word", "哈尔滨市",
     "位于松北区的龙江热力股份有限公司燃气热电联产项目正在全力赶工。",
     "project", {"龙江热力股份有限公司燃气热电联产项目"}, set()),
]
# fmt: on


@pytest.mark.parametrize(("case", "region", "text", "etype", "found", "not_found"), CASES,
                         ids=[c[0] for c in CASES])
def test_span(case: str, region: str, text: str, etype: str, found: set[str], not_found: set[str]) -> None:
    names = _names(region, text, etype)
    assert found <= names, f"{case}: missing {etype} {sorted(found - names)}; got {sorted(names)}"
    assert not (not_found & names), f"{case}: {etype} {sorted(not_found & names)} should not be found"


def test_span_finders_are_registered_by_name() -> None:
    assert {"suffix", "list", "known_firm", "place", "firm_context"} <= set(SPAN_FINDERS)


def test_hard_wrapped_lines_do_not_cut_names() -> None:
    lines = ["招大引强再次突破,总投资80亿元的比亚迪新能源汽", "车零部件、总投资30亿元的楚江导体产业园高端细",
             "线等一批重大项目相继落户。招商引资形成固定资产", "投资增长18%。"]
    names = _names("芜湖市", "\n".join(lines), "project")
    assert {"比亚迪新能源汽车零部件", "楚江导体产业园高端细线"} <= names


def test_a_document_firm_by_its_brand_and_trade_word() -> None:
    """华丰食品产业园项目 after 华丰顺达食品有限公司: the firm at the project's head is the document's
    firm."""
    text = "遂平县与华丰顺达食品有限公司签约，华丰食品产业园项目总投资10亿元。"
    ex = extract(Document("span", "span.txt", None, "2023", "驻马店市", text))
    firms = [e for e in ex.entities if e.type.value == "firm"]
    assert [f.name for f in firms] == ["华丰顺达食品有限公司"]
    assert "华丰食品" in firms[0].names
