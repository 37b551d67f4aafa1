"""The shapes of money in a note, for the inducement rule: an amount after a paying verb, money per
unit sold or prescribed, per person, per period, what a treat cost, and what is no sum (a count of goods,
a long run of digits)."""

from __future__ import annotations

import re

from memory.extract.numbers import NUMBER

# 给他五块, 返三块, 拿两千块钱, 给刘店长个人八百: an amount of money a few words after a payment verb
AMOUNT = re.compile(rf"({NUMBER})(块钱|块|元|万|个点)?")
PAYING_VERBS = r"给|返|拿|塞|发|打|转|补贴|出钱|提成|包|随|借"
# an amount of goods, times or days is no money
GOODS = "盒瓶件支箱袋板包提罐桶听条粒片贴只台套张本"
NOT_MONEY_AFTER = re.compile(f"^[{GOODS}个份天次岁人家回趟遍年月周日点分号床]")
# 一张处方十块, 每盒两块钱, 一支能给多少: money per unit prescribed or sold, whatever the verb
# …and 一箱给俺返一百, 开一盒能返他好多: the one paid may stand after the verb; 好多 is 多少 in the south-west
PER_UNIT = re.compile(
    rf"(?:每|一)(?:张|盒|支|瓶|件|袋|单|箱|板|包|提)[^,,。;!?\s便宜贵降补差价低高]{{0,6}}?"
    rf"(?:({NUMBER})(?:块钱|块|元|毛钱|毛|角)|(提|返|给|拿|留|落|分|抽)(?:([他她你])|[俺我])?({NUMBER}|多少|好多|几个点))"
)
# 统方的数据可以给我 一个月一千: a sum per month or year, where the sentence is about prescribing
PER_PERIOD = re.compile(rf"(?:一个月|每个月|每月|一年|每年|一季度|每季度)\s*({NUMBER})(块钱|块|元|万|千)?")
# 请他洗了个脚 一共花了一千八: what a treat cost
SPENT = re.compile(rf"(?:花了|花掉|花费|消费了?|一共)\s*({NUMBER})(块钱|块|元|万|千)?")
VAGUE = re.compile(r"(?:一?点|一些|些|几百|几千|几万)块?钱")  # 塞点钱: money of no stated amount
# 给他转了三千, 给药房的小赵转了六百: to one person, not to 他们 (the account)
# …and 借了他两万: money lent to a person is money in their hands
TO_HIM = re.compile(r"(?:给|借给?)了?(?:[他她](?!们)|[^,,。;!?\s]{0,5}?[小老][\u4e00-\u9fff](?![们店区家]))")
# 给他个人的点, 个人两个点, 个人能给几个点: a cut of one's own
# 这个人, 两个人都不松口: 个人 after a count or a demonstrative is a person counted, no one's own
COUNTED = "这那哪每几一两二三四五六七八九十"
PERSONAL_CUT = re.compile(
    rf"(?:(?<![{COUNTED}])个人|私人)[^,,。;!?\s点]{{0,4}}?(?:(?:{NUMBER}|几)个)?点(?![心头儿子滴])"
)
# 一千块的京东卡, 包了一千块礼: an amount on a card, or given as a present, is a valuable
CARD = re.compile(r"^的?[\u4e00-\u9fff]{0,3}[卡券礼]")
# 一人一万, 每人两千: money counted out per person is money to people
PER_PERSON = re.compile(rf"(?:每人|一人|每个人|人均)\s*({NUMBER})(?:块钱|块|元|万|千)?")
LONG_DIGITS = 7  # 13300047788: a phone or an ID number, never a sum written out in digits
SOME_SUM = 100  # 一个月一千: a bare number this large after a period is money, not a count
