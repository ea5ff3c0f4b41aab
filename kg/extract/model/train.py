"""Training data and training for the span CRF (``scripts/train_span_model.py`` runs it).

Three sources of labelled sentences:

* annotated documents (the sample corpus's gold file, and the develop half of another annotated set): every
  written occurrence of a gold firm, project or park name is labelled; sentences holding a name the
  annotators left out are skipped (they are neither right nor wrong);
* sentences generated from templates of investment news, filled with names the naming grammar makes from the
  lexicons: places of the gazetteer, brands of random characters, the taxonomy's products, legal forms, park
  types (so that name boundaries vary and no annotated name is needed).

A fixed seed makes the generated sentences, and so the trained weights, reproducible.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.extract.model.features import char_features
from kg.extract.spans import suffix_matcher
from kg.extract.text import split_sentences
from kg.lexicon import Lexicon
from kg.lexicon.grammar import FIRM_TRADE_SUFFIXES

LABEL_OF = {"firm": "FIRM", "project": "PROJECT", "park": "PARK"}
# Characters brands are made of (common in Chinese company and brand names; general knowledge).
BRAND_CHARS = ("华宏鑫瑞恒泰嘉盛达源宇汇兴明康德博凯通力丰顺祥和安信诚创新天正远航振隆昌旭东方美佳金银龙凤海"
               "阳光"
               "晨星辰峰岭川江湖润泽鼎锦绿蓝青红紫赛特奥科迈捷锐腾飞越卓优维雅诺亿万千百合众联友益利富贵吉乐福")
LEGAL_FORMS = ("有限公司", "股份有限公司", "集团有限公司", "集团", "有限责任公司", "科技有限公司",
               "集团股份有限公司")
PROJECT_KINDS = ("项目", "生产基地项目", "产业园项目", "研发中心项目", "生产线项目", "制造基地", "产业基地",
                 "总部项目", "智能制造项目", "扩建项目", "二期项目", "一期工程", "产业化项目", "技改项目")
PARK_KINDS = ("经济技术开发区", "经开区", "高新区", "高新技术产业开发区", "工业园区", "工业园", "产业园",
              "综合保税区", "经济开发区", "产业集聚区", "化工园区", "物流园", "科技园")
CAPACITIES = ("年产{n}万吨", "年产{n}万套", "{n}GWh", "年产{n}万台", "{n}万千瓦", "年产{n}亿片", "{n}MW", "")
AMOUNTS = ("{n}亿元", "{n}.{m}亿元", "{n}000万元", "约{n}亿元", "超{n}亿元")
DATES = ("", "近日，", "日前，", "{mo}月{d}日，", "今年以来，", "2023年{mo}月{d}日，", "据了解，")
PREDICATES = ("签约", "正式签约", "开工建设", "集中开工", "落户", "顺利投产", "开工", "签约落户", "动工")
SUBJECT_VERBS = ("计划投资", "拟投资", "投资", "将投资", "总投资")

TEMPLATES = (
    "{date}{firm}与{place}签约{project}，总投资{amount}。",
    "{date}总投资{amount}的{project}在{park}{pred}。",
    "{project}由{firm}投资建设，计划总投资{amount}，主要建设{capacity}{product}生产线。",
    "{date}{park}引进{firm}，建设{project}。",
    "加快推进{project}、{project2}等重点项目建设，推动{project3}早日投产。",
    "{firm}{subjverb}{amount}，在{place}建设{project}。",
    "{date}{place}人民政府与{firm}签署{project}投资协议。",
    "{project}位于{park}，占地{n}亩，由{firm}负责实施。",
    "围绕{industry}产业链，引进{firm}、{firm2}等龙头企业，{project}{pred}。",
    "{date}{place}举行重大项目集中开工仪式，{project}、{project2}等{n}个项目集中开工。",
    "该项目是{firm}在{place}投资的{project}，{pred}后年产值可达{amount}。",
    "{park}内的{project}已进入设备安装阶段，预计年底投产。",
    "{firm}总经理表示，{project}将于明年{pred}。",
    "在{park}，{firm}{project}正在加紧建设。",
    "本次签约的{project}，计划投资{amount}，建设{capacity}{product}项目。",
    "锁定{firm}、{firm2}等龙头企业开展精准招商，{project}成功签约。",
    "{date}{place}引进{firm}投资{amount}的{project}正式开工。",
    "加快推进{project}、{project2}等{n}个重点项目，全年完成投资{amount}。",
    "{firm}的{project}已进入试生产阶段。",
    "签约项目包括{project}（{firm}）、{project2}（{firm2}）等。",
    "{project}，总投资{amount}，落户{park}。",
    "{park}新引进{firm}，{firm2}{project}建成投产。",
    "据悉，{project}投资方为{firm}，预计年底竣工。",
    "全年新签约亿元以上项目{n}个，实施重点项目{n}个，一批重大项目加快建设，培育龙头企业{n}家。",
    "{place}人民政府与{firm}签订战略合作协议，双方将在{industry}领域开展合作。",
    "加快推进道路、供水、污水处理等基础设施项目建设，完成老旧小区改造项目{n}个。",
    "大力发展{industry}产业，培育壮大一批上市公司和专精特新企业。",
    "{place}发改委、{place}工信局等部门负责人参加活动。",
    "作为{place}招商引资重点项目，{project}由{firm}负责建设。",
)


def _brand(rng: random.Random) -> str:
    return "".join(rng.choice(BRAND_CHARS) for _ in range(rng.choice((2, 2, 2, 3, 4))))


class NameMaker:
    """Names made by the naming grammar from the lexicons (never taken from an annotated file)."""

    def __init__(self, lex: Lexicon, rng: random.Random) -> None:
        self.rng = rng
        places = list(lex.gazetteer.places.values())
        self.cities = [p for p in places if p.level == "city"]
        self.counties = [p for p in places if p.level == "county"]
        self.provinces = [p for p in places if p.level == "province"]
        self.products = sorted(k for k in lex.taxonomy.keyword_to if 2 <= len(k) <= 8)
        self.industries = sorted(lex.taxonomy.industry_words) or self.products
        self.known = sorted(n for n in lex.firms.names if 2 <= len(n) <= 4 and "\u4e00" <= n[0] <= "\u9fff")

    def place(self) -> str:
        p = self.rng.choice(self.rng.choice((self.cities, self.counties, self.counties)))
        short = [s for s in p.short_names if len(s) >= 2]
        return self.rng.choice([p.name, *short]) if short and self.rng.random() < 0.5 else p.name

    def firm(self) -> str:
        r = self.rng
        if r.random() < 0.2:
            return r.choice(self.known)
        head = ""
        if r.random() < 0.6:
            p = r.choice(self.rng.choice((self.provinces, self.cities)))
            head = r.choice([p.name, *(s for s in p.short_names if len(s) >= 2)])
        trade = r.choice(FIRM_TRADE_SUFFIXES) if r.random() < 0.8 else ""
        return head + _brand(r) + trade + r.choice(LEGAL_FORMS)

    def project(self) -> str:
        r = self.rng
        lead = ""
        x = r.random()
        if x < 0.25:
            lead = _brand(r)
        elif x < 0.4:
            lead = self.firm()
        cap = r.choice(CAPACITIES).format(n=r.randint(1, 99))
        return lead + cap + r.choice(self.products) + r.choice(PROJECT_KINDS)

    def park(self) -> str:
        r = self.rng
        p = r.choice(self.cities + self.counties)
        short = [s for s in p.short_names if len(s) >= 2]
        head = r.choice([p.name, *short]) if short else p.name
        mid = r.choice(("", "", r.choice(self.products), _brand(r), "现代"))
        return head + mid + r.choice(PARK_KINDS)


def synthetic_sentences(lex: Lexicon, n: int,
                        seed: int = 0) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """``n`` template sentences and their labelled spans (start, end, FIRM|PROJECT|PARK)."""
    rng = random.Random(seed)
    mk = NameMaker(lex, rng)
    for _ in range(n):
        tpl = rng.choice(TEMPLATES)
        slots = {
            "firm": ("FIRM", mk.firm()), "firm2": ("FIRM", mk.firm()),
            "project": ("PROJECT", mk.project()), "project2": ("PROJECT", mk.project()),
            "project3": ("PROJECT", mk.project()), "park": ("PARK", mk.park()),
        }
        plain = {
            "place": mk.place(), "date": rng.choice(DATES).format(mo=rng.randint(1, 12),
                                                                  d=rng.randint(1, 28)),
            "amount": rng.choice(AMOUNTS).format(n=rng.randint(1, 200), m=rng.randint(1, 9)),
            "pred": rng.choice(PREDICATES), "subjverb": rng.choice(SUBJECT_VERBS),
            "capacity": rng.choice(CAPACITIES).format(n=rng.randint(1, 99)),
            "product": rng.choice(mk.products),
            "industry": rng.choice(mk.industries), "n": str(rng.randint(2, 300)),
        }
        text, spans, pos = "", [], 0
        import string

        for literal, field_name, _spec, _conv in string.Formatter().parse(tpl):
            text += literal
            if field_name is None:
                continue
            if field_name in slots:
                label, value = slots[field_name]
                spans.append((len(text), len(text) + len(value), label))
                text += value
            else:
                text += plain[field_name]
        del pos
        yield text, spans


def gold_sentences(records: Iterable[dict[str, Any]],
                   lex: Lexicon) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """Sentences of annotated documents with every written occurrence of their gold names labelled."""
    from kg.evaluate.names import parse_dont_care
    from kg.lexicon.script import simplify

    for rec in records:
        text = simplify(rec["text"])
        names: list[tuple[str, str]] = []
        for etype, label in LABEL_OF.items():
            for e in rec.get("entities", {}).get(etype, []):
                for n in (e["name"], *e.get("aliases", [])):
                    n = simplify(n)
                    if len(n) >= 2:
                        names.append((n, label))
        dont_care = {simplify(x) for v in parse_dont_care(rec.get("notes", [])).names.values() for x in v}
        for sent in split_sentences(text):
            s = sent.text
            if any(len(d) >= 2 and d in s for d in dont_care):
                continue
            taken: list[tuple[int, int, str]] = []
            for n, label in sorted(names, key=lambda x: -len(x[0])):
                k = s.find(n)
                while k >= 0:
                    if not any(a < k + len(n) and k < b for a, b, _ in taken):
                        taken.append((k, k + len(n), label))
                    k = s.find(n, k + 1)
            yield s, sorted(taken)


def bio(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * len(text)
    for s, e, t in spans:
        labels[s] = f"B-{t}"
        for k in range(s + 1, e):
            labels[k] = f"I-{t}"
    return labels


def read_records(path: str | Path, half: str | None = None) -> list[dict[str, Any]]:
    """Records of a gold JSONL file; ``half="develop"`` keeps ids ending in an odd digit only."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            if half == "develop" and not (rec["doc_id"][-1].isdigit() and int(rec["doc_id"][-1]) % 2 == 1):
                continue
            out.append(rec)
    return out


def train(out: str | Path, gold: Iterable[dict[str, Any]], lex: Lexicon, synthetic: int = 800, seed: int = 0,
          c1: float = 0.05, c2: float = 0.01, max_iterations: int = 150) -> dict[str, int]:
    """Train the span CRF on the gold records and ``synthetic`` template sentences; write it to ``out``."""
    import pycrfsuite

    suffixes = suffix_matcher()
    trainer = pycrfsuite.Trainer(verbose=False)
    counts = {"gold_sentences": 0, "synthetic_sentences": 0, "characters": 0}
    for source, rows in (("gold_sentences", gold_sentences(gold, lex)),
                         ("synthetic_sentences", synthetic_sentences(lex, synthetic, seed))):
        for text, spans in rows:
            if not text.strip():
                continue
            trainer.append(char_features(text, lex, suffixes), bio(text, spans))
            counts[source] += 1
            counts["characters"] += len(text)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(out))
    return counts
