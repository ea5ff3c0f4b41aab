"""LOCATED_IN from a sentence's setting: "在柳州市双仁工业园区里,X公司…项目正…建设", a headline's place
("X经开区：P项目签约", "【X】…"), a park or a written-out address opening a lede ("X工业园区，P项目投产"),
and the items of a colon's list that goes on past semicolons."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from kg.extract.frames import Fact, frame
from kg.extract.frames.located import _items_on, _most_specific
from kg.extract.headline import LINE_BREAK
from kg.extract.mentions import PARK, PLACE, PROJECT, Found
from kg.extract.text import Span
from kg.model import RelType

# "在柳州市双仁工业园区里,…项目正…建设": a sentence opening with where it happens.
RE_SETTING: Final = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,6}讯\s*)?(?:[\d年月日号上下午]*,?)?"
                        r"(?:(?:与此同时|同时|此外|另外|目前|当天|今年|去年)|[\u4e00-\u9fff]{1,6}[，,])?"
                        r"(?:在|于)$")
RE_SETTING_AFTER: Final = re.compile(r"^(?:里|内|中|现场)?[,，]"
                              # 在肥西经开区新港南区…路交口，…: a spot inside it, then the comma
                              r"|^(?:(?!的|建设|投资|签约|引进|落户|开工|举行|召开|支持|领导)[^，,。；;]){2,20}"
                              r"(?:交口|一带|附近|地块|片区|区域|厂区|内)[,，]")
# … unless a delegation is what is there (在江苏省常州市，招商团队与X签订P: P is at home, not in 常州).
RE_DELEGATION: Final = re.compile(r"招商团队|招商小分队|招商组|招商专班|考察团|代表团|推介团|招商团")
SETTING_COMMAS: Final = ("，", ",")
# A site the project's own clause states, other than the setting (江苏省苏州市，X在上海临港新片区建设的P;
# 赴安徽省滁州市投资建设的P; 在印尼建设P): the setting is the firm's home (在园区/当地/该区 refer back).
RE_OWN_SITE_BEFORE: Final = re.compile(r"(?:(?<![正现实存自])在|赴|到)(?!园区|当地|该|此|本|这里|其|此地)"
                                       r"[^，,。；;！？]{1,14}?(?:投资|建设|新建|兴建|投建|落户|布局|实施)")
# A headline or lede that opens with where it happens: "【X】…", "X：P项目签约", "X工业园区，P项目投产".
RE_HEADLINE_BEFORE: Final = re.compile(r"^\s*[【\[]?$")
RE_HEADLINE_AFTER = re.compile(r"^[】\]]|^(?:(?:重点|重大|签约|开工)?项目)?[：:]"  # (白城市重点项目：P…)
                               # (上饶经开区光伏产业再添新项目：P…)
                               r"|^[^，,。；;：:！？]{0,10}?(?:再添|新添|喜添|又添|迎来)[^，,。；;：:！？]{0,4}项目[：:]")


@frame("located_in.setting")
def setting(f: Found) -> Iterator[Fact]:
    """"在柳州市双仁工业园区里,X公司20GWh锂电池项目正…建设": a sentence that opens with where it happens puts
    its projects there; so does a headline's place ("X经开区：P项目签约", "【X】…") or a park or a chain of
    places that opens a lede ("X工业园区，P项目投产", "广东省佛山市顺德区北滘镇，…P项目日前动工")."""
    for _, sent in f.sentences_with(PARK, PLACE):  # nothing to find without a park or place
        for j in f.in_sentence(sent, PARK, PLACE):
            n = f.mentions[j]
            if n.start - sent.start > 16:
                break
            k = _most_specific(f, j)  # 在哈密高新区南部循环产业园里，…: the innermost of a chain
            before, after = f.text[sent.start : n.start], f.text[f.mentions[k].end : f.mentions[k].end + 26]
            opens = RE_SETTING.match(before) and RE_SETTING_AFTER.match(after) and \
                not RE_DELEGATION.search(f.text, n.end, sent.end)
            # (准格尔旗|大路工业园区，…: the park that ends the chain opens the lede; so does a written-out
            # address, 湖南省岳阳市临湘市，…, a place alone not: 长沙市，作为…)
            park_leads = (f.mentions[k].type is PARK or k != j) and RE_SETTING_AFTER.match(after)
            heads = RE_HEADLINE_BEFORE.match(before) and (RE_HEADLINE_AFTER.match(after) or park_leads)
            if opens or heads:
                k = _nested(f, k, sent)  # 四川省攀枝花市，攀枝花钒钛高新区内，…: the park inside the place
                for i in f.in_sentence(sent, PROJECT):
                    if f.mentions[i].start > n.end and not RE_OWN_SITE_BEFORE.search(
                            f.text, f.mentions[k].end, f.mentions[i].start):
                        yield Fact(RelType.LOCATED_IN, i, k, sent, "located_in.setting", 0.7)
                for z in _parks_inside(f, k, sent):  # 天津市宝坻区，X在京津中关村科技城建设的P
                    yield Fact(RelType.LOCATED_IN, z, k, sent, "located_in.setting", 0.6)
                for item in _items_on(f, sent, colon=False):  # 在Z，…A…；B…: the sentence goes on past ；
                    for i in f.in_sentence(item, PROJECT):
                        yield Fact(RelType.LOCATED_IN, i, k, item, "located_in.setting", 0.7)
                if heads and not opens:
                    yield from _lede(f, sent, k)
                break


def _lede(f: Found, headline: Span, k: int) -> Iterator[Fact]:
    """The projects of the sentence after a headline that names where it happens (X工业园区：…项目进入安装阶段
    ⏎由Y公司投资建设的P，…): the lede's, unless it states a site of its own."""
    if not f.text[headline.start : headline.end].rstrip(" \t\u3000").endswith(LINE_BREAK):
        return  # (a headline is a line of its own)
    si = f.sentence_index(headline.start) + 1
    if si >= len(f.sentences):
        return
    lede = f.sentences[si]
    if any(not f.mentions[j].inner for j in f.in_sentence(lede, PARK, PLACE)):
        return  # the lede names a site of its own
    for i in f.in_sentence(lede, PROJECT):
        yield Fact(RelType.LOCATED_IN, i, k, lede, "located_in.setting", 0.6)



def _nested(f: Found, k: int, sent: Span) -> int:
    """The park that opens the next clause of a place's setting as a setting of its own, inside it
    (四川省攀枝花市，攀枝花钒钛高新技术产业开发区内，…), or ``k``."""
    m = f.mentions[k]
    comma = m.end + 1 if f.text[m.end : m.end + 1] in SETTING_COMMAS else -1
    nxt = next(iter(f.between(comma, comma + 1, PARK)), None) if m.type is PLACE and comma > 0 else None
    if nxt is None or f.mentions[nxt].start != comma:
        return k
    inner = _most_specific(f, nxt)
    end = f.mentions[inner].end
    return inner if RE_SETTING_AFTER.match(f.text[end : min(sent.end, end + 26)]) else k


def _parks_inside(f: Found, k: int, sent: Span) -> list[int]:
    """The parks a place's setting (``k``) holds: those the sentence names after it whose own name holds no
    place, or only places of its chain (拉萨经济技术开发区 in 拉萨市堆龙德庆区; a park named after another
    place is elsewhere)."""
    m = f.mentions[k]
    if m.type is not PLACE or not m.code:
        return []
    out = []
    for z in f.in_sentence(sent, PARK):
        if f.mentions[z].start <= m.end:
            continue
        inner = [f.mentions[q] for q in f.inside(z, PLACE)]
        if all(q.code and (f.within(q.code, m.code) or f.within(m.code, q.code)) for q in inner):
            out.append(z)
    return out
