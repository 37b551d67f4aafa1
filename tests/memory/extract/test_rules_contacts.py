"""Contacts: who was met and in what role (memory/extract/contacts.py, roles.py), with phrasings that
appear in no data set (sample company 华康医药, whose manager is 钱经理)."""

from pathlib import Path

import pytest

from memory.schema.record import VisitRecord
from tests.memory.notes.test_learning import confirm, corrected, extracted, setup


def people(record: VisitRecord) -> list[tuple[str | None, str]]:
    return [(c.surname, c.role) for c in record.contacts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 店长钱姐说六味地黄丸卖了十盒", [("钱", "manager")]),
        ("平安堂西山店 车店长说丹参片还剩五盒", [("车", "manager")]),
        ("惠民药房 王店长说六味总共卖了十盒 货钱总共结了", [("王", "manager")]),
    ],
)
def test_a_surname_that_is_also_a_word_counts_before_a_title(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 周哥是老板 说六味卖得快", [("周", "owner")]),
        ("平安堂西山店 小吴 店长 说丹参片卖了八盒", [("吴", "manager")]),
        ("平安堂西山店 骆姐是这个店的店长 说丹参片卖了八盒", [("骆", "manager")]),
        ("惠民药房 老板就是骆哥 说六味卖了八盒", [("骆", "owner")]),
        ("惠民药房 骆姐是老板的亲戚 说六味卖了八盒", [("骆", "clerk")]),
    ],
)
def test_a_title_right_after_a_name_is_that_persons_role(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 老板出差了 店员小周说六味还剩三盒", [("周", "clerk")]),
        ("西山卫生院 李主任说院长让再等等", [("李", "director")]),
        ("惠民药房 孙老板以前在别家当过店长", [("孙", "owner")]),
        ("西山卫生院 村医培训的事 周院长说下个月搞", [("周", "director")]),
    ],
)
def test_a_bare_title_of_someone_not_met_is_no_contact(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["惠民药房 店员小吴和小郑 说六味卖了六盒", "平安堂西山店 收银员小冯跟小宋都说丹参片好卖"],
)
def test_a_title_before_a_list_of_names_holds_for_each(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    roles = people(extract(text))
    assert len(roles) == 2 and all(role == "clerk" for _, role in roles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("红旗卫生室 老马说丹参片还有三盒", [("马", "doctor")]),
        ("惠民药房 小敏说六味卖了六盒", [(None, "clerk")]),
        ("红旗卫生室 老马 他媳妇小琴说丹参片还有三盒", [("马", "doctor"), (None, "other")]),
    ],
)
def test_the_kind_of_account_gives_the_untitled_their_role(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 店员小周说王店长生日是9月12号", [("周", None), ("王", "09-12")]),
        ("惠民药房 小敏过生日 十月五号 王店长让我记着", [(None, "10-05"), ("王", None)]),
        ("惠民药房 王店长说她生日快到了 下礼拜二", [("王", "05-19")]),
    ],
)
def test_a_birthday_belongs_to_the_one_it_is_about(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [(c.surname, c.birthday) for c in extract(text).contacts] == expected


@pytest.mark.parametrize(
    "text",
    [
        "西山卫生院 给医生们讲了课 钱经理也来了 周院长说讲得好",
        "西山卫生院 钱经理跟我一起去的 周院长说听课的村医们都说好",
    ],
)
def test_the_reps_own_manager_and_an_audience_are_not_contacts(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == [("周", "director")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 王店长生日8.12 我记下了", "08-12"),
        ("惠民药房 王店长说她生日是11/3", "11-03"),
        ("惠民药房 王店长下个月6号过生日", "06-06"),
    ],
)
def test_a_birthday_typed_as_digits_or_said_as_a_day_of_next_month_is_read(
    extract, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    assert [c.birthday for c in extract(text).contacts] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 售货员小沈说六味卖了七盒", [("沈", "clerk")]),
        ("平安堂西山店 柜组长小顾说丹参片还剩四盒", [("顾", "manager")]),
        ("西山卫生院 药剂员小邱说丹参片用了十盒", [("邱", "pharmacist")]),
        ("李氏诊所 中医师梁大夫说丹参片好用", [("梁", "doctor")]),
    ],
)
def test_a_title_is_read_by_its_head_and_the_job_inside_it(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 专门管订货的小万说六味先不补了", [("万", "purchaser")]),
        ("惠民药房 站柜台的小鲁说丹参片问的人多", [("鲁", "clerk")]),
        ("平安堂总部 财务室的孟姐说上月的款打了", [("孟", "finance")]),
        ("平安堂总部 负责采购的汪经理说六味要上会", [("汪", "purchaser")]),
        ("平安堂西山店 库管老葛说丹参片还有两件", [("葛", "other")]),
    ],
)
def test_what_someone_does_said_before_them_is_their_role(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 站柜台的大哥姓滕 说六味卖得慢", [("滕", "clerk")]),
        ("平安堂西山店 店长是个大姐 姓鲍 说丹参片卖了六盒", [("鲍", "manager")]),
        ("惠民药房 来了个顾客姓柴 问六味多少钱", []),
    ],
)
def test_someone_described_then_named_by_surname(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 蒋院说丹参片下月再进", [("蒋", "director")]),
        ("李氏诊所 坐堂的武老说丹参片管用", [("武", "doctor")]),
        ("平安堂西山店 副店长阿娟说丹参片卖了五盒", [(None, "manager")]),
        ("惠民药房 邵大姐说六味卖完了", [("邵", "owner")]),
    ],
)
def test_kin_words_and_honorifics_after_a_surname_name_a_person(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平安堂西山店 小贺说丹参片卖了九盒", [("贺", "manager")]),
        ("平安堂西山店 店长老祁在 小雷说丹参片卖了九盒", [("祁", "manager"), ("雷", "clerk")]),
        ("平安堂总部 韦姐说六味的陈列费批了", [("韦", "purchaser")]),
        ("平安堂总部 聂经理说六味要一百盒", [("聂", "purchaser")]),
        ("惠民药房 老滕说六味卖了八盒 小雷说丹参片也行", [("滕", "owner"), ("雷", "clerk")]),
        ("西山卫生院 周院长在 老洪说丹参片用完了", [("周", "director"), ("洪", "purchaser")]),
        ("平安堂西山店 小贺说店长让问问丹参片能不能多给几盒", [("贺", "clerk")]),
        ("惠民药房 老板出门了 老洪说六味还剩两盒", [("洪", "clerk")]),
    ],
)
def test_the_kind_of_account_gives_the_role_by_how_someone_is_called(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 对面药店的曹店长也在 龙老板说六味卖了八盒",
        "惠民药房 仁和的业务员小谢天天来 龙老板说六味卖了八盒",
        "惠民药房 我们区域经理也来了 龙老板说六味卖了八盒",
    ],
)
def test_people_of_another_shop_or_firm_are_not_contacts(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == [("龙", "owner")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 龙老板说他老伴下礼拜二过生日", [("龙", None)]),
        ("惠民药房 龙老板生日是农历九月初九", [("龙", None)]),
        ("惠民药房 龙老板生日是阴历三月十五", [("龙", None)]),
        ("惠民药房 龙老板的儿子说龙老板生日是11月8号", [("龙", "11-08")]),
    ],
)
def test_a_family_or_lunar_birthday_is_not_the_contacts_date(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [(c.surname, c.birthday) for c in extract(text).contacts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 店员小甄说老板娘下礼拜一生日", [("甄", None)]),
        ("平安堂西山店 小甄说店长后天过生日", [("甄", None)]),
    ],
)
def test_a_birthday_of_someone_spoken_of_goes_to_nobody_met(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [(c.surname, c.birthday) for c in extract(text).contacts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("惠民药房 龙老板 生日 6-18", "06-18"), ("惠民药房 龙老板过生日 11.2", "11-02")],
)
def test_a_birthday_typed_as_digits_in_the_next_clause_is_read(extract, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.birthday for c in extract(text).contacts] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 新来的店员叫祁文静 祁文静说六味卖了八盒", [("祁", "clerk")]),
        ("平安堂西山店 店长叫柯海涛 说丹参片还剩五盒", [("柯", "manager")]),
        ("惠民药房 收银小邬说聂卫东开了家诊所 六味卖了十盒", [("邬", "clerk"), ("聂", "other")]),
        ("惠民药房 王店长说周转快了 六味再要十盒", [("王", "manager")]),
        ("惠民药房 孙婷说六味卖完了", []),
    ],
)
def test_a_full_name_is_read_where_the_sentence_says_a_name_stands(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 黎老板出门了 老板娘说六味卖了十盒", [("黎", "owner"), (None, "owner")]),
        ("惠民药房 老板娘在收钱 詹老板说丹参片先不要", [(None, "owner"), ("詹", "owner")]),
    ],
)
def test_the_owner_and_his_wife_are_two_people(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平安堂西山店 店长小陶说丹参片断货了 总部甘姐说下周发", [("陶", "manager"), ("甘", "purchaser")]),
        ("平安堂西山店 小陶说丹参片卖了六盒 顺路去了惠民药房 柯姐不在", [("陶", "manager"), ("柯", "owner")]),
    ],
)
def test_someone_named_right_after_another_account_takes_its_roles(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房邝姐说六味卖了十盒", [("邝", "owner")]),
        ("东城惠民大药房小隋说丹参片还有三盒", [("隋", "clerk")]),
    ],
)
def test_an_accounts_name_before_a_person_is_no_department(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("红旗卫生室 杭医生说量血压来了不少人 村长老滕也来帮忙了", [("杭", "doctor"), ("滕", "other")]),
        ("红旗卫生室 支书老蔺说村里想搞个讲座 荣医生也同意", [("蔺", "other"), ("荣", "doctor")]),
    ],
)
def test_a_village_office_is_a_title(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("跟同事小樊去了惠民药房 韦店长说六味卖了十盒", [("韦", "manager")]),
        ("李氏诊所 武大夫说病人老甄吃了见效 再要五盒", [("武", "doctor")]),
        ("惠民药房 邝姐以前在别家当店长 说六味卖得好", [("邝", "owner")]),
        ("李氏诊所 武大夫说有个患者叫郝春生 吃了见效", [("武", "doctor")]),
    ],
)
def test_a_colleague_a_patient_or_a_past_job_is_no_contact(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 营业员小钱说六味卖了十盒", [("钱", "clerk")]),
        ("平安堂西山店 收银员小车说丹参片还剩五盒", [("车", "clerk")]),
    ],
)
def test_a_surname_that_is_also_a_word_counts_after_a_title(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "outsider"),
    [
        ("平安堂西山店 吴店长说有个病人吃了丹参片头晕 那人叫马秀英 住北街", "马秀英"),
        ("惠民药房 钱姐说有个顾客喝蒲地蓝起了疹子 病人叫刘长贵 有乙肝", "刘长贵"),
    ],
)
def test_a_name_introduced_after_a_patient_word_is_no_contact(extract, text: str, outsider: str) -> None:  # type: ignore[no-untyped-def]
    names = [c.name for c in extract(text).contacts]
    assert outsider not in names and names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 尕马说六味这礼拜卖了七盒", [("马", "clerk")]),  # 尕马 is a shop's 小马: its staff
        ("平安堂西山店 店长尕杨说丹参片还剩四盒", [("杨", "manager")]),
    ],
)
def test_a_regional_familiar_prefix_calls_by_the_surname(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房。孟姐（采购）说六味下月加量", [("孟", "purchaser")]),
        ("惠民药房 邓哥(财务) 说货款下周打", [("邓", "finance")]),
    ],
)
def test_a_title_in_brackets_after_a_name_is_that_persons_role(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 仲景的小郝在门口摆摊 店长蒋姐说六味卖了九盒", [("蒋", "manager")]),
        ("西山卫生院 国药那边的老龙也在 院长老庞说丹参片用了二十支", [("庞", "director")]),
        ("惠民药房 促销员小闫在搞买赠 店长蒋姐说六味卖了九盒", [("蒋", "manager")]),
    ],
)
def test_someone_of_a_firm_named_right_before_is_no_contact(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("李氏诊所 李大夫爱人打电话来 说丹参片没了 要十盒", [("李", "doctor"), (None, "other")]),
        ("惠民药房 蒋老板的儿子在看店 六味卖了九盒", [("蒋", "owner"), (None, "other")]),
    ],
)
def test_a_relative_who_calls_or_serves_for_the_account_is_met(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 赖经理说六味下月加量", [("赖", "manager")]),
        ("李氏诊所 甄大夫说丹参片还剩六盒", [("甄", "doctor")]),
        ("西山卫生院 药房的茅药师说丹参片用了三十支", [("茅", "pharmacist")]),
    ],
)
def test_a_rarer_surname_counts_before_a_title(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    "text", ["西山卫生院 全院上下都在忙评审 丹参片用了三十支", "惠民药房 找经理谈工资的店员多"]
)
def test_a_rarer_surname_before_a_kin_word_that_makes_a_word_is_nobody(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.surname for c in extract(text).contacts if c.surname in ("全", "谈")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("城南卫生院 去找了鲁科长 鲁科长讲下个月要重新议价", [("鲁", "director")]),
        ("县中医院 冯科长电话 说药事会往后推了", [("冯", "director")]),
        ("县中医院 财务科冯科长说货款月底付", [("冯", "finance")]),
    ],
)
def test_a_section_chief_heads_a_unit_unless_the_department_says_the_job(
    extract, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平安堂西山店 店员小童讲丹参片还剩五盒 店长到总部开会去了", [("童", "clerk")]),
        ("惠民药房 店员小童在 老板上午出去了没碰到 六味还剩三盒", [("童", "clerk")]),
        ("华康批发部 会计小童讲货款要等老板回来签字", [("童", "finance")]),
    ],
)
def test_a_bare_title_away_or_waited_for_is_no_contact(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("康民诊所 老封说降压的还剩六盒 再要十盒", [("封", "doctor")]),
        ("康民诊所 陈老师说他徒弟小封在挂水 降压的还剩六盒", [("陈", "doctor"), ("封", "other")]),
    ],
)
def test_the_one_untitled_at_a_clinic_is_its_doctor_unless_one_is_named(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["西山卫生院 周院长说下礼拜开个小会讲新药", "惠民药房 老板说进了只小猫讲是镇店的 六味卖了六盒"],
)
def test_small_after_a_measure_word_is_no_given_name(extract, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(not c.name.startswith("小") for c in extract(text).contacts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 店员小童讲六味还剩三盒 要进货得老板点头", [("童", "clerk")]),
        ("惠民药房 店员小童讲丹参片卖了八盒 陈列的事还得跟老板商量", [("童", "clerk")]),
        ("惠民药房 店员小童在 老板娘也在 老板娘讲六味还剩三盒", [("童", "clerk"), (None, "owner")]),
        ("惠民药房 老板讲六味还剩三盒 要进十盒", [(None, "owner")]),
    ],
)
def test_a_bare_title_beside_someone_named_is_met_only_when_it_speaks_or_is_there(
    extract, text: str, expected
) -> None:  # type: ignore[no-untyped-def]
    assert sorted(people(extract(text)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 店长邵建国说六味卖了十盒", [("邵", "manager")]),
        ("惠民药房 老板邵建国 讲六味卖了十盒", [("邵", "owner")]),
        ("惠民药房 老板周末不在 店员小童说六味卖了十盒", [("童", "clerk")]),
    ],
)
def test_a_full_name_right_after_a_title_is_that_persons(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("惠民药房 老板卓生讲六味卖得快 要补十盒", [("卓", "owner")]),
        ("平安堂总部 采购方生 话下礼拜下单", [("方", "purchaser")]),
        ("惠民药房 会计温小姐讲货款月底结", [("温", "finance")]),
        ("红旗卫生室 骆阿伯 七十了还看病 丹参片要五盒", [("骆", "doctor")]),
        ("惠民药房 老王生意好 要补十盒", [("王", "owner")]),
    ],
)
def test_a_southern_courtesy_word_after_a_surname_calls_a_person(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("红旗卫生室 方大夫出诊了 他老婆方嫂在抓药 讲丹参片要五盒", [("方", "doctor"), ("方", "pharmacist")]),
        ("惠民药房 孙哥讲六味卖了十盒 他媳妇周姐管账 讲月底结", [("孙", "owner"), ("周", "finance")]),
        ("红旗卫生室 方大夫讲以后进货归他女儿阿兰管 丹参片要五盒", [("方", "doctor"), (None, "purchaser")]),
    ],
)
def test_what_someone_does_names_their_role(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平安堂西山店 阿萍讲丹参片这个月卖了二十盒", [(None, "manager")]),
        ("平安堂西山店 店长老骆在 阿萍讲丹参片卖了二十盒", [("骆", "manager"), (None, "clerk")]),
        ("惠民药房 阿萍讲六味卖了十盒", [(None, "clerk")]),
    ],
)
def test_a_given_name_after_a_is_read_by_the_form_of_the_account(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("惠民药房 小蒋 就是店长 说丹参片还剩四瓶", ("蒋", "manager")),
        ("惠民药房 小蒋在收银 说六味还有六瓶", ("蒋", "clerk")),
        ("惠民药房 小蒋讲下周把账对一下", ("蒋", "finance")),  # nothing said: the learned role
    ],
)
def test_a_learned_role_yields_to_what_the_note_itself_says(
    tmp_path: Path, later: str, expected: tuple[str, str]
) -> None:
    setup()
    first = "惠民药房 小蒋说六味卖了二十瓶"
    fixed = corrected(first, contacts=[{"name": "小蒋", "surname": "蒋", "role": "finance"}])
    confirm(tmp_path, [{"id": "k1", "text": first, "record": fixed}])
    assert [(c["surname"], c["role"]) for c in extracted(later)["contacts"]] == [expected]


@pytest.mark.parametrize(
    ("first", "later", "expected"),
    [
        ("惠民药房 孙会计说上月的账对完了", "惠民药房 孙会计 老板回来了 说下周结账", [("孙", "finance")]),
        (
            "惠民药房 采购焦姐说六味卖了十瓶",
            "惠民药房 采购焦姐 财务小邹 说下周对账",
            [("焦", "purchaser"), ("邹", "finance")],
        ),
    ],
)
def test_a_learned_person_titled_in_the_note_keeps_it_before_the_title_of_another(
    tmp_path: Path, first: str, later: str, expected: list[tuple[str, str]]
) -> None:
    setup()
    confirm(tmp_path, [{"id": "k1", "text": first, "record": extracted(first)}])
    assert [(c["surname"], c["role"]) for c in extracted(later)["contacts"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("西山卫生院 周院长说秋季村医培训想请我们讲一次", [("周", "director")]),
        ("惠民药房 王店长要的小毛巾礼拜三带过去", [("王", "manager")]),
        ("西山卫生院 周院长让给药房的小姑娘们讲讲丹参片", [("周", "director")]),
        ("平安堂西山店 店长说海报费总部批了", [(None, "manager")]),
        # a word run on into what is said after a name, or across a title, is no word there
        ("红旗卫生室 老胡说丹参片还剩五盒", [("胡", "doctor")]),
        ("西山卫生院 所长老魏说丹参片用完了", [("魏", "director")]),
    ],
)
def test_a_name_read_inside_a_word_is_no_one(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("红旗卫生室 老焦不在 焦嫂说丹参片还剩两瓶", [("焦", "doctor"), ("焦", "other")]),
        ("红旗卫生室 邱大夫出诊了 邱婶接的电话 说丹参片要十瓶", [("邱", "doctor"), ("邱", "other")]),
        ("惠民药房 焦嫂说六味还剩两瓶 焦嫂讲下周补货", [("焦", "other")]),
    ],
)
def test_a_wife_called_by_her_husbands_surname_is_another_person(extract, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert people(extract(text)) == expected
