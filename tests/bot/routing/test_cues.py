"""Each strong cue, with phrasings from no data set, naming the second company's accounts (华康医药)."""

from bot.routing.router import Router


def test_no_words(route) -> None:  # type: ignore[no-untyped-def]
    assert route("……!!") == ("other", "no_words")
    assert route("2468") == ("other", "no_words")
    assert route("qwzx") == ("other", "no_words")
    assert route("😀😀") == ("smalltalk", "no_words")
    assert route("OK") == ("smalltalk", "smalltalk_only")


def test_spam(route) -> None:  # type: ignore[no-untyped-def]
    assert route("恭喜发财!点击领取现金大奖") == ("other", "spam")
    assert route("转发到三个群 就能抽手机") == ("other", "spam")


def test_smalltalk_only(route) -> None:  # type: ignore[no-untyped-def]
    assert route("早上好呀~") == ("smalltalk", "smalltalk_only")
    assert route("好嘞 谢谢老铁!") == ("smalltalk", "smalltalk_only")
    assert route("好的 明天去惠民药房看看")[0] != "smalltalk"


def test_correction(route) -> None:  # type: ignore[no-untyped-def]
    assert route("刚才那条客户名不对") == ("correction", "correction")
    assert route("上一条作废吧") == ("correction", "correction")
    assert route("写错了 应该是六瓶") == ("correction", "correction")
    assert route("说错了 不是西山店 是惠民") == ("correction", "correction")
    # the customer's words about a mistake are a note, not a correction of the last one
    assert route("惠民药房王店长说上次货发错了 不是六味是丹参")[1] != "correction"


def test_brief_request(route) -> None:  # type: ignore[no-untyped-def]
    assert route("周二去李氏诊所 帮我准备准备") == ("briefing", "brief_request")
    assert route("给我理一理西山卫生院的情况") == ("briefing", "brief_request")
    assert route("平安堂总部会计说让我准备一下对账单")[1] != "brief_request"


def test_record_field(route) -> None:  # type: ignore[no-untyped-def]
    assert route("李氏诊所座机多少 电话") == ("lookup", "record_field")
    assert route("西山店王店长生日记了吗") == ("lookup", "record_field")
    assert route("惠民药房王店长说还剩30瓶 生日是八月")[1] != "record_field"  # reported: a note
    assert route("西山店王店长电话13912345678 记下")[0] != "lookup"  # a figure given: a note
    assert route("李氏诊所李大夫生日是五月六号")[0] != "lookup"


def test_account_facts(route) -> None:  # type: ignore[no-untyped-def]
    assert route("红旗卫生室今天去了 村医出诊了") == ("note", "account_facts")
    assert route("西山店 丹参片拿了二十盒") == ("note", "account_facts")
    assert route("王店长问六味有没有活动吗 我说月底有")[0] == "note"  # a quoted question is a note
    assert route("红旗卫生室今天该去了吗")[1] != "account_facts"  # asking: not a report


def test_forwarded(route) -> None:  # type: ignore[no-untyped-def]
    assert route("【平安保险】您的保单下月到期 请及时续保") == ("other", "forwarded")
    assert route("[县卫健委]关于做好冬季流感防控工作的通知") == ("other", "forwarded")
    assert route("【拜访】惠民药房 王店长说六味卖了30瓶")[1] != "forwarded"  # an account of ours: a note


def test_smalltalk_only_with_the_small_talk_word_classes(route) -> None:  # type: ignore[no-untyped-def]
    assert route("笑死 累死了") == ("smalltalk", "smalltalk_only")
    assert route("好久不见呀 明天见") == ("smalltalk", "smalltalk_only")
    assert route("哈哈 西山店今天又没开门")[0] != "smalltalk"


def test_account_facts_unless_the_last_clause_asks_with_a_question_word(route) -> None:  # type: ignore[no-untyped-def]
    assert route("下午去西山店 有啥要带的")[0] != "note"
    assert route("一会儿去李氏诊所 上回聊到哪了")[0] != "note"
    assert route("西山店王店长问六味啥时候到货") == ("note", "account_facts")  # his question, quoted


def test_field_change(route) -> None:  # type: ignore[no-untyped-def]
    assert route("下次联系改成月底") == ("correction", "field_change")
    assert route("把盒数改为二十五") == ("correction", "field_change")
    assert route("王店长说结算方式改成月结了")[1] != "field_change"  # reported: a note
    assert route("账期改成月结 怎么跟老板开口")[1] != "field_change"  # asked: a question


def test_record_field_unless_a_visit_is_still_to_come(route) -> None:  # type: ignore[no-untyped-def]
    assert route("打算去西山卫生院 上次谈到哪一步了")[0] == "briefing"
    assert route("过两天去惠民药房 上回说到哪了")[0] == "briefing"
    assert route("西山卫生院上次谈到哪一步了") == ("lookup", "record_field")  # nothing to come


def test_account_facts_unless_the_sender_weighs_two_answers(route) -> None:  # type: ignore[no-untyped-def]
    assert route("惠民药房现在是现结还是压批")[1] != "account_facts"
    assert route("西山卫生院是县医药送还是市里公司送")[1] != "account_facts"
    assert route("惠民药房王店长说还是老样子 六味拿了十盒") == ("note", "account_facts")


def test_asked(route) -> None:  # type: ignore[no-untyped-def]
    # Asked in one's own voice, no request or errand: a question (the knowledge base refuses what it
    # does not cover), never other.
    assert route("周末湖人打勇士谁能赢")[0] == "question"
    assert route("明年房价会不会降")[0] == "question"
    assert route("帮我查下明天的航班有没有延误")[0] == "other"  # an errand asked of the bot


def test_a_briefing_names_a_place_or_a_person(route) -> None:  # type: ignore[no-untyped-def]
    assert route("经理下周陪我下乡跑终端 有啥讲究")[0] != "briefing"
    assert route("头一回跟领导去拜访 要注意什么")[0] != "briefing"
    assert route("明天见西山卫生院的院长 要注意什么")[0] == "briefing"
    # A visit to come names its place even where the master data could not tell the name from a word.
    assert route("后天要去新华 帮我看看该说啥")[0] == "briefing"


def test_a_due_list_speaks_of_the_senders_work(route) -> None:  # type: ignore[no-untyped-def]
    assert route("今晚哪个台放春晚")[0] != "today"
    assert route("明天几号")[0] != "today"
    assert route("今天剩下哪些店还没跑")[0] == "today"


def test_fix_only(route) -> None:  # type: ignore[no-untyped-def]
    assert route("作废吧") == ("correction", "fix_only")
    assert route("盒数有误") == ("correction", "fix_only")
    assert route("渠道搞错了!") == ("correction", "fix_only")
    assert route("惠民药房盒数有误")[1] != "fix_only"  # an account's own trouble: a note or a question


def test_a_visit_still_to_come_with_a_question_of_ones_own_is_no_note(route) -> None:  # type: ignore[no-untyped-def]
    assert route("改天去惠民药房 王店长那边说点啥")[0] != "note"
    assert route("打算下礼拜跑西山卫生院 要带啥资料")[0] != "note"
    assert route("惠民药房王店长问下周去不去")[0] == "note"  # his question, quoted


def test_social(route) -> None:  # type: ignore[no-untyped-def]
    # How the day went, thanks around work talk: small talk when nothing names, asks or reports anything.
    assert route("今天在乡下转了一天 腰酸背痛") == ("smalltalk", "social")
    assert route("唉 心情一般般 下雨还得跑店") == ("smalltalk", "social")
    assert route("多谢 那个简报帮了大忙") == ("smalltalk", "social")
    assert route("唉 惠民药房王店长又不在")[0] != "smalltalk"  # an account named: a note
    assert route("好累 今天还要跑哪几家")[0] != "smalltalk"  # asked: a due list


def test_account_brief(route) -> None:  # type: ignore[no-untyped-def]
    assert route("西山店最近什么情况") == ("briefing", "account_brief")
    assert route("周六跑李氏诊所 给我讲讲这家") == ("briefing", "account_brief")
    assert route("西山店情况不太好 王店长说六味卖不动")[0] == "note"  # someone quoted: a note
    assert route("李氏诊所情况挺好的")[1] != "account_brief"  # nothing asked


def test_how_to(route) -> None:  # type: ignore[no-untyped-def]
    assert route("手底下的人跑店都是走过场 当经理的咋管") == ("question", "how_to")
    assert route("团队里新人不会开口 怎么带比较好") == ("question", "how_to")
    assert route("本周组里拜访情况怎么样")[1] != "how_to"  # how things are, in a period
    assert route("王店长怎么没回消息")[1] != "how_to"  # why not, about a person
    assert route("明早的路线咋排")[1] != "how_to"  # the sender's own day


def test_a_visit_to_come_by_weekday_or_part_of_day_and_not_once_done() -> None:
    cues = Router().cues
    assert cues.upcoming("礼拜四跑西山店") and cues.upcoming("晚上去李氏诊所")
    assert not cues.upcoming("下午去了西山店") and not cues.upcoming("周三见过王店长")


def test_account_facts_unless_the_bot_is_asked_about_a_visit_to_come(route) -> None:  # type: ignore[no-untyped-def]
    assert route("后天跑西山店 帮我看下王店长答应过的事")[1] != "account_facts"
    assert route("周日去惠民药房 把上回拿货的情况给我理一下")[1] != "account_facts"
    assert route("后天跑西山店 王店长说六味拿了十盒") == ("note", "account_facts")


def test_a_briefing_is_asked_for(route) -> None:  # type: ignore[no-untyped-def]
    assert route("李氏诊所李大夫下周去省城开会")[0] != "briefing"
    assert route("惠民药房王店长下个月要去外地学习 店里小张看着")[0] != "briefing"
    assert route("下周去李氏诊所 有啥要注意的")[0] == "briefing"


def test_small_talk_names_no_account_or_product(route) -> None:  # type: ignore[no-untyped-def]
    assert route("好嘞 后天去西山卫生院转转")[0] != "smalltalk"
    assert route("哈哈 丹参片又卖断了")[0] != "smalltalk"


def test_regional_speech_is_routed_as_its_mandarin(route) -> None:  # type: ignore[no-untyped-def]
    assert route("听日去西山店 有咩要注意")[0] == "briefing"
    assert route("今日仲要去边几间")[0] == "today"


def test_team_tally(route) -> None:  # type: ignore[no-untyped-def]
    assert route("手下几个人这礼拜一共跑了多少家") == ("team", "team_tally")
    assert route("组里谁的承诺拖得最久") == ("team", "team_tally")
    assert route("组里新人怎么带")[1] != "team_tally"  # how to: a question
    assert route("大家觉得惠民药房王店长好说话吗")[1] != "team_tally"  # an account named


def test_account_brief_when_told_about_or_booked(route) -> None:  # type: ignore[no-untyped-def]
    assert route("给我说说惠民药房") == ("briefing", "account_brief")
    assert route("约了李氏诊所李大夫 先帮我看看") == ("briefing", "account_brief")
    assert route("约了西山店王店长下周二再谈")[0] == "note"  # nothing asked of the bot


def test_command(route) -> None:  # type: ignore[no-untyped-def]
    assert route("/brief 西山店") == ("briefing", "command")
    assert route("/team@keqing_bot 上月") == ("team", "command")
    assert route("/today") == ("today", "command")
    assert route("/weather 明天") == ("other", "command")  # no such command


def test_contrast(route) -> None:  # type: ignore[no-untyped-def]
    assert route("不是上门 是微信聊的") == ("correction", "contrast")
    assert route("是前天 不是昨天") == ("correction", "contrast")
    assert route("不是月结是现结吗")[1] != "contrast"  # asked


def test_general_how(route) -> None:  # type: ignore[no-untyped-def]
    text = "昨天去西山店 王店长嫌返点低 遇到这种情况通常怎么处理"
    assert route(text) == ("question", "general_how")
    assert route("惠民药房说别家送的赠品多 一般这种咋应对") == ("question", "general_how")
    assert route("惠民药房王店长问这种怎么卖")[1] != "general_how"  # his question, quoted


def test_record_field_how_long_since_the_last_contact(route) -> None:  # type: ignore[no-untyped-def]
    assert route("李氏诊所好些天没去了") == ("lookup", "record_field")
    assert route("西山卫生院有阵子没跑了") == ("lookup", "record_field")
    assert route("西山店好久没去 王店长说六味断货了")[0] == "note"  # reported: a note


def test_account_brief_when_asked_for_something_to_read(route) -> None:  # type: ignore[no-untyped-def]
    assert route("后天见国药的人 给点建议") == ("briefing", "account_brief")  # a distributor
    assert route("去李氏诊所之前想看看记录") == ("briefing", "account_brief")
    assert route("李氏诊所李大夫给点面子 进了二十盒")[0] == "note"  # a figure given


def test_social_with_a_part_of_the_body_worn_out_or_visits_counted(route) -> None:  # type: ignore[no-untyped-def]
    assert route("跑了一下午 嗓子都快哑了") == ("smalltalk", "social")
    assert route("今天跑了六家 累瘫了") == ("smalltalk", "social")
    assert route("今天跑了六家 卖了二十盒 累瘫了")[0] != "smalltalk"  # goods sold: a note
    assert route("老板娘生日是五月九号 开心")[1] != "social"  # a date: a fact to keep


def test_smalltalk_only_in_regional_speech(route) -> None:  # type: ignore[no-untyped-def]
    assert route("晓得了 谢谢") == ("smalltalk", "smalltalk_only")
    assert route("要得 巴适") == ("smalltalk", "smalltalk_only")


def test_a_lookup_names_one_account_or_person(route) -> None:  # type: ignore[no-untyped-def]
    assert route("我手上答应了还没兑现的有哪些")[0] != "lookup"
    assert route("我这周还有啥没办的事")[0] != "lookup"
    assert route("惠民药房王店长生日哪天")[0] == "lookup"


def test_errands_of_repairs_shopping_and_music_are_other(route) -> None:  # type: ignore[no-untyped-def]
    assert route("电脑键盘坏了 哪里修理便宜")[0] == "other"
    assert route("手机屏幕碎了 去哪修")[0] == "other"
    assert route("推荐几首好听的歌")[0] == "other"


def test_own_records(route) -> None:  # type: ignore[no-untyped-def]
    # A fact of the records asked of nobody named: the sender's own accounts, their due list.
    assert route("我答应客户的事还有哪些没兑现")[0] == "today"
    assert route("手上还有啥承诺没办完")[0] == "today"
    assert route("惠民药房答应的事办了没")[0] == "lookup"  # an account named


def test_noise(route) -> None:  # type: ignore[no-untyped-def]
    assert route("呃呃哦哦") == ("other", "noise")
    assert route("啊嗯啊嗯。") == ("other", "noise")
    assert route("嗯嗯")[0] == "smalltalk"  # an acknowledgement
    assert route("哦哦 明白")[0] == "smalltalk"


def test_forwarded_with_a_label_and_a_colon(route) -> None:  # type: ignore[no-untyped-def]
    assert route("诚聘:连锁超市招理货员 包住 有意者电联") == ("other", "forwarded")
    assert route("通知:下周一全员体检 请空腹") == ("other", "forwarded")
    assert route("通知:惠民药房下周盘点 王店长说先别送货")[1] != "forwarded"  # an account of ours


def test_social_feeling_by_degree(route) -> None:  # type: ignore[no-untyped-def]
    assert route("跑了六家 困得要命") == ("smalltalk", "social")
    assert route("今天热得不行 歇会儿") == ("smalltalk", "social")
    assert route("惠民药房热得很 王店长说空调坏了")[0] != "smalltalk"  # an account named: a note


def test_past_greeting(route) -> None:  # type: ignore[no-untyped-def]
    # A greeting opening a request or a question: the rest says what the message is for.
    assert route("你好 今天该去哪几家")[0] == "today"
    assert route("早安 帮我准备一下红旗卫生室")[0] == "briefing"
    assert route("早上好 今天真冷啊")[0] == "smalltalk"  # nothing asked: still a greeting


def test_account_facts_not_how_long_since_the_last_contact(route) -> None:  # type: ignore[no-untyped-def]
    # 好一阵没去了 tells how long since a contact, not a contact made; a day named is no span.
    assert route("李氏诊所好一阵没去了 后天去之前给我提个醒")[0] == "briefing"
    assert route("西山店今天没见着王店长 下午再去")[0] == "note"
    assert route("红旗卫生室昨天没见着村医") == ("note", "account_facts")


def test_account_brief_with_the_question_before_a_visit_to_come(route) -> None:  # type: ignore[no-untyped-def]
    assert route("红旗卫生室最近啥情况 我后天过去") == ("briefing", "account_brief")
    assert route("李氏诊所那边怎么样了 下周一要去")[0] == "briefing"


def test_clinical(route) -> None:  # type: ignore[no-untyped-def]
    # Asked in one's own voice: a question the knowledge base refuses; quoted from a customer: a note.
    assert route("闺女五岁 六味一回喂几粒") == ("question", "clinical")
    assert route("肾不好的人能吃丹参片不") == ("question", "clinical")
    assert route("惠民药房王店长问孕妇能不能吃六味")[0] == "note"
    assert route("晚上吃了吗")[1] != "clinical"  # a meal time asked, no drug named


def test_asked_is_no_note_when_nothing_is_named(route) -> None:  # type: ignore[no-untyped-def]
    # Asked in one's own voice, naming no account, product or person: no contact is told.
    assert route("城里后天有雾没有") == ("question", "asked")
    assert route("今天去了三家都没见着人")[0] == "note"  # told, not asked


def test_an_amount_of_goods_or_a_date_is_never_small_talk(route) -> None:  # type: ignore[no-untyped-def]
    assert route("转了一上午 脚底板都磨起泡了")[0] == "smalltalk"
    assert route("转了一上午 出了十二瓶 脚底板都磨起泡了")[0] != "smalltalk"
    assert route("从早忙到黑 卖出去四箱 人都散架了")[0] != "smalltalk"


def test_a_phone_number_written_out_is_given_not_looked_up(route) -> None:  # type: ignore[no-untyped-def]
    assert route("惠民药房王店长手机多少")[0] == "lookup"
    assert route("西山店王店长手机18600002222")[0] != "lookup"
    assert route("西山店王店长手机号 135 6666 0000")[0] != "lookup"
