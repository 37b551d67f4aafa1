"""Session 30's routing shapes (bench/README.md, branch routing30), each with phrasings from no data
set, naming the second company's accounts (华康医药: 惠民药房, 西山店, 李氏诊所, reps 赵磊 and 孙婷)."""


def test_imperative_asks_the_bot(route) -> None:  # type: ignore[no-untyped-def]
    """A clause ending in a verb and 一下 asks the bot to do it, as 帮我 does; not when someone's words
    are reported before it (the sender told a customer what they would do)."""
    assert route("后天跑西山店 要盯的事项列一下")[0] == "briefing"
    assert route("李氏诊所下礼拜谈续约 review一下 以前的单子都翻出来")[0] == "briefing"
    assert route("早安 这礼拜的行程排一哈")[0] == "today"
    assert route("惠民药房老板问能不能先压批货 我说回去汇报一下")[0] == "note"


def test_no_team_summary_names_an_account(route) -> None:  # type: ignore[no-untyped-def]
    """A manager's summary is across the team's accounts: one account named asks a fact of it."""
    assert route("惠民药房算赵磊的户还是孙婷的")[0] != "team"
    assert route("西山店现在挂在孙婷名下还是赵磊名下")[0] != "team"


def test_a_channel_restated_is_a_correction(route) -> None:  # type: ignore[no-untyped-def]
    """The channel of a note (电话, 上门, 微信) restated with a negation is something a correction holds."""
    assert route("是微信聊的 没有当面")[0] == "correction"
    assert route("是视频里谈的 没上门")[0] == "correction"


def test_hubei_question_words(route) -> None:  # type: ignore[no-untyped-def]
    """么事 and 么时候 (Wuhan) read as 什么事 and 什么时候."""
    assert route("西山店下趟么时候该跑")[0] == "lookup"
    assert route("李氏诊所我还欠人家么事没办")[0] == "lookup"


def test_an_ad_word_in_a_question_is_no_spam(route) -> None:  # type: ignore[no-untyped-def]
    """A question in the sender's own voice about a gift is no forwarded ad, whatever word it holds."""
    assert route("端午给诊所大夫塞红包 合不合规")[0] != "other"
    assert route("中秋快到了 给药店老板发红包行不行")[0] != "other"
    assert route("拆红包啦 手慢无 点开就领") == ("other", "spam")


def test_asked_to_be_told_is_a_question(route) -> None:  # type: ignore[no-untyped-def]
    """Asked to be told about something (给我讲讲…) is a question, no errand for the bot."""
    assert route("给我讲讲啥叫动销率")[0] == "question"
    assert route("帮我说说铺货跟压货有啥区别")[0] == "question"


def test_falling_due_asked_of_nobody_is_the_due_list(route) -> None:  # type: ignore[no-untyped-def]
    """A contact falling due (该回访, 该上门) asked as which or who, nobody named: the sender's due list."""
    assert route("这两天手上该上门的有谁") == ("today", "own_overdue")
    assert route("下礼拜我该走访哪几个户") == ("today", "own_overdue")
    assert route("组里这周该回访的有哪些")[0] == "team"  # the team's
