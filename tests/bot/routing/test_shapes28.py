"""Session 28's routing shapes (bench/README.md, branch routing28), each with phrasings from no data
set, naming the second company's accounts (华康医药: 惠民药房, 西山店, 李氏诊所, reps 赵磊 and 孙婷)."""


def test_back_reference(route) -> None:  # type: ignore[no-untyped-def]
    """The sender points back at what they just sent and says what it should be: a correction, however
    many fields and names it restates."""
    assert route("刚才录的西山店 拜访方式应该是微信不是当面") == ("correction", "back_reference")
    assert route("我才报的惠民药房 店长是姓王不是姓黄") == ("correction", "back_reference")
    assert route("刚说的李氏诊所 那个电话号码不对") == ("correction", "back_reference")
    # someone else's words pointed back at are reported, not the sender's note set right
    assert route("惠民药房王店长刚说的不是这个价 是九块五")[1] != "back_reference"
    # asked, not told
    assert route("刚才发的西山店那条还能改吗")[1] != "back_reference"


def test_miswritten(route) -> None:  # type: ignore[no-untyped-def]
    """The sender says what they put down wrongly: a correction of the last note."""
    assert route("西山店要的是八盒丹参片 我填成十八盒了") == ("correction", "miswrote")
    assert route("惠民药房那次是上午去的 被我记成下午了") == ("correction", "miswrote")
    # the customer's own mistake, reported, is a note
    assert route("李氏诊所孙大夫说他们会计把单子写成别家的了")[0] == "note"


def test_imminent_visit_is_to_come(route) -> None:  # type: ignore[no-untyped-def]
    """Arriving now (快到, 马上进) is a visit to come: what was promised there is a briefing's question,
    not a lookup."""
    assert route("快到西山店了 上回跟他们说好的事有哪些")[0] == "briefing"
    assert route("马上进惠民药房 以前答应过店长什么来着")[0] == "briefing"
    # stock coming in is no visit
    assert route("惠民药房王店长说明天进三十盒六味地黄丸")[0] == "note"


def test_remind_before_visit(route) -> None:  # type: ignore[no-untyped-def]
    """Remind me, with an account and a visit to come: a briefing, not an errand."""
    assert route("马上到李氏诊所了 提醒一下") == ("briefing", "account_brief")
    assert route("一会儿去西山店 心里有数就行 提醒我下") == ("briefing", "account_brief")


def test_spaced_brief_request(route) -> None:  # type: ignore[no-untyped-def]
    """Spaces typed between words are read through: 准备 一下 asks as 准备一下 does."""
    assert route("西山卫生院 周二 过去 准备 一下") == ("briefing", "brief_request")
    assert route("惠民药房 王店长 帮我 理 一 理") == ("briefing", "brief_request")


def test_rep_named_is_no_own_list(route) -> None:  # type: ignore[no-untyped-def]
    """A rep named in a question of things due is a manager asking about the team, never the sender's
    own list for today."""
    assert route("赵磊那边有没有好久没去的店")[0] == "team"
    assert route("孙婷手上还有没办完的事没")[0] == "team"
    assert route("我这礼拜还有哪些店没去")[0] == "today"


def test_afterthought_is_passed_over(route) -> None:  # type: ignore[no-untyped-def]
    """A closing afterthought (忘了, 急用) asks nothing: the clause before it says whether the message
    asks, and a fact asked of a named person is a lookup."""
    assert route("西山店店长姓什么来着 一下想不起来了")[0] == "lookup"
    assert route("惠民药房王店长手机号是多少 急着用")[0] == "lookup"
    # a report that ends so is still a report
    assert route("惠民药房去了 王店长不在 忘了")[0] == "note"


def test_name_asked_is_a_lookup(route) -> None:  # type: ignore[no-untyped-def]
    """How a contact is called is a fact kept on the account (姓啥, 怎么称呼), unless someone asked it."""
    assert route("李氏诊所的大夫怎么称呼") == ("lookup", "record_field")
    assert route("西山卫生院药房那位姓啥") == ("lookup", "record_field")
    assert route("西山店王店长问我姓啥 我说姓赵")[0] == "note"


def test_why_so_is_no_how_to(route) -> None:  # type: ignore[no-untyped-def]
    """怎么这么, 咋才 ask why a state is so, not how to do something: with the team's words, a summary."""
    assert route("组里这个月拜访量怎么这么少")[0] == "team"
    assert route("大家上礼拜咋才跑了那么几家")[0] == "team"
    assert route("新店怎么开发比较快") == ("question", "how_to")


def test_stock_coming_is_no_visit(route) -> None:  # type: ignore[no-untyped-def]
    """快到期, 要进货 start with a going word and are no visit to come (cues.yaml not_going)."""
    from bot.routing.cues import Cues

    cues = Cues()
    assert not cues.upcoming("西山店那批六味地黄丸快到期了")
    assert not cues.upcoming("惠民药房下礼拜要进一批丹参片")
    assert cues.upcoming("快进西山店了")


def test_advice_asked_on_an_account_is_a_briefing(route) -> None:  # type: ignore[no-untyped-def]
    """Something to read asked for on a named account (给我点提示, 给个建议) asks about it as a whole."""
    assert route("下一站是西山店 给我点提示") == ("briefing", "account_brief")
    assert route("李氏诊所那边 给个建议呗") == ("briefing", "account_brief")
