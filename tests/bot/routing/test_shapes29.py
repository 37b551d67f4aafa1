"""Session 29's routing shapes (bench/README.md, branch routing29), each with phrasings from no data
set, naming the second company's accounts (华康医药: 惠民药房, 西山店, 李氏诊所, reps 赵磊 and 孙婷)."""

from bot.routing.router import Router


def test_give_shape_asks_for_something_to_read(route) -> None:  # type: ignore[no-untyped-def]
    """给 + a verb of making + a measure word (给整个, 给弄点) asks for something to read, as 给个 does."""
    assert route("过会儿到西山店 给弄个大纲") == ("briefing", "account_brief")
    assert route("后晌去李氏诊所 给列点要点呗") == ("briefing", "account_brief")


def test_indefinite_place_is_no_briefing(route) -> None:  # type: ignore[no-untyped-def]
    """A visit to come to a place spoken of as one of many names nothing the records know: the craft."""
    assert route("明早要跑一个镇上的卫生室 第一回上门 开口聊啥")[0] != "briefing"
    assert route("过两天要去两家刚开的药店 头回见面带点啥")[0] != "briefing"
    assert route("明早第一家去西山店 帮我理一理")[0] == "briefing"  # 第一家: the first of the day


def test_own_overdue(route) -> None:  # type: ignore[no-untyped-def]
    """How long since a contact, asked as which, nobody and no team named: the sender's overdue list."""
    assert route("我这边哪几家隔了好久没跑了") == ("today", "own_overdue")
    assert route("手里有多少客户好一阵没联系了") == ("today", "own_overdue")
    assert route("组里哪些人好久没跑店了")[0] == "team"  # the team's
    assert route("西山店多久没去了")[0] == "lookup"  # one account's


def test_asking_how_or_opening_with_a_task_is_no_small_talk(route) -> None:  # type: ignore[no-untyped-def]
    """Asking how to do something, or opening with a task for the bot, is never small talk."""
    assert route("差旅单子咋弄 会计又打回来了")[0] != "smalltalk"
    assert route("帮我编一段祝同事新婚快乐的话")[0] != "smalltalk"
    assert route("你这阵子咋样啊")[0] == "smalltalk"  # how things are


def test_nothing_of_a_note_is_no_correction(route) -> None:  # type: ignore[no-untyped-def]
    """A message with nothing a note holds and no word of setting one right corrects nothing."""
    assert route("菜价是不是又贵了")[0] != "correction"
    assert route("汽油是不是又要调价了")[0] != "correction"
    assert route("不是周二 是周三去的")[0] == "correction"


def test_calls_are_the_senders_work(route) -> None:  # type: ignore[no-untyped-def]
    """Calls to return and contacts to make are the sender's due list (cues.yaml duty)."""
    assert route("今天还得回几个电话")[0] == "today"
    assert route("这礼拜要联系哪些")[0] == "today"


def test_asking_what_was_said_quotes_nobody(route) -> None:  # type: ignore[no-untyped-def]
    """说的啥, 讲了什么: the sender asks what was said, nobody is quoted (voice.py _SAY_WHAT)."""
    assert route("周四去西山店 王店长那边上回讲了什么")[0] != "note"
    assert route("等下到惠民药房 王店长之前说的啥")[0] != "note"


def test_actually_is_says_what_it_should_be(route) -> None:  # type: ignore[no-untyped-def]
    """其实是 after pointing back at the last note says what it should have been: a correction."""
    assert route("刚才录的西山店其实是惠民药房") == ("correction", "back_reference")
    assert route("刚报的周五 实际上是周六")[0] == "correction"


def test_honorific_surname_is_a_record_field(route) -> None:  # type: ignore[no-untyped-def]
    assert route("李氏诊所的大夫贵姓")[0] == "lookup"
    assert route("西山店店长贵姓来着")[0] == "lookup"


def test_whether_there_is_asks(route) -> None:  # type: ignore[no-untyped-def]
    """有没有 asks in the sender's own voice (西山店 明早过去 有没有该跟进的)."""
    assert route("李氏诊所明早过去 有没有该跟进的")[0] == "briefing"
    assert route("周二跑西山店 有没有啥遗留的事")[0] == "briefing"


def test_a_clause_opening_with_a_reporting_verb_goes_on_reporting(route) -> None:  # type: ignore[no-untyped-def]
    """…王店长说走得快 还问有没有赠品: the speaker named in an earlier clause still speaks — a note."""
    assert route("惠民药房王店长说丹参片走得快 还问有没有赠品") == ("note", "account_facts")
    assert route("西山店拿了五盒 店员讲周末人多 问有没有海报")[0] == "note"
    assert route("西山店下午过去 要说点啥")[0] == "briefing"  # asking what to say


def test_someone_quoted_and_nothing_asked_is_told_for_sure() -> None:
    """A message the classifier weighs between a note and a question is a note, not asked about, when it
    quotes someone and asks nothing in the sender's voice (rule `told`)."""
    router = Router()
    for text in ("上午转了镇上一家药店,店员说止咳糖浆缺货", "跑了城北一家卫生室 村医讲最近拉肚子的多"):
        route = router.route(text)
        assert (route.intent, route.rule, route.unsure) == ("note", "told", False)
