"""The offline engine on a company it was not written for (tests/data/sample), one rule at a time."""

import datetime as dt

import pytest

from memory.base.db import Database
from memory.extract.engine import Extraction
from memory.extract.lexicon import load_lexicon
from memory.notes.engines import offline_extractor
from memory.schema.record import VisitRecord

R = dt.date(2026, 5, 13)  # a Wednesday


@pytest.fixture
def extract(sample_db: Database):  # type: ignore[no-untyped-def]
    with sample_db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())

    def run(text: str, rep: str | None = "赵磊", date: dt.date = R) -> VisitRecord:
        return engine.extract(text, date=date, rep=rep).record

    run.engine = engine  # type: ignore[attr-defined]
    return run


def products(record: VisitRecord) -> list[tuple[str, str, float | None, str | None]]:
    return [(p.name, p.kind, p.quantity, p.unit) for p in record.products]


# -- customers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今天去了惠民药房,见了王店长", "东城惠民大药房"),
        ("惠民大药房 王店长不在", "东城惠民大药房"),  # name without its place prefix
        ("西山卫生院 周院长说最近病人多", "西山镇中心卫生院"),
        ("红旗村卫生室 村医老刘在", "红旗村卫生室"),
        ("李氏诊所的李大夫说", "河东李氏诊所"),
        ("惠明药房 王店长说", "东城惠民大药房"),  # a typo that sounds the same
    ],
)
def test_known_customers_by_name_alias_and_sound(extract, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    record = extract(text)
    assert (record.customer.name, record.customer.matched) == (name, True)


def test_known_customer_takes_its_master_data_type_and_area(extract) -> None:  # type: ignore[no-untyped-def]
    customer = extract("西山店 店长小韩说六味卖得不错").customer
    assert (customer.name, customer.type, customer.area) == ("平安堂西山店", "chain_store", "rural")


@pytest.mark.parametrize(
    ("text", "name", "type_", "area"),
    [
        ("东城街道新开的济世堂大药房,老板姓何,聊了聊", "济世堂大药房", "pharmacy", "urban"),
        ("西山镇上新开了家福寿诊所,吴医生人不错", "福寿诊所", "private_clinic", "rural"),
        ("张庄村卫生室 新客户。村医老马", "张庄村卫生室", "village_clinic", "rural"),
        ("河东乡新开的康乐大药房,是连锁的门店,店长姓蒋", "康乐大药房", "chain_store", "rural"),
    ],
)
def test_new_customers_as_written(extract, text: str, name: str, type_: str, area: str) -> None:  # type: ignore[no-untyped-def]
    customer = extract(text).customer
    assert (customer.name, customer.matched, customer.type, customer.area) == (name, False, type_, area)


def test_a_former_employer_is_not_the_account(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("城里新开的仁心堂门诊,坐诊的冯大夫是从西山卫生院退下来的")
    assert (record.customer.name, record.customer.matched) == ("仁心堂门诊", False)


def test_ambiguous_alias_prefers_the_reps_own_account_and_lists_candidates(sample_db: Database) -> None:
    with sample_db.session() as session:
        engine = offline_extractor(session=session, lexicon=load_lexicon())
    result: Extraction = engine.extract("惠民 王店长说", date=R, rep="赵磊")
    assert result.record.customer.name == "东城惠民大药房"
    assert result.customer is not None and result.customer.name == "东城惠民大药房"


# -- products and competitors --------------------------------------------------------------------------
def test_a_competitor_whose_name_contains_ours_is_the_competitor(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房 同仁堂六味卖得比我们好,扬子江蓝芩也进了")
    assert [c.name for c in record.competitors] == ["六味地黄丸(同仁堂)", "蓝芩口服液(扬子江)"]
    assert record.products == []


def test_quantities_take_their_kind_from_the_verbs(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房 六味上个月卖了三十瓶 还剩8瓶,又订了两件。丹参片库存十五瓶")
    assert products(record) == [
        ("六味地黄丸", "sold", 30, "瓶"),
        ("六味地黄丸", "stock", 8, "瓶"),
        ("六味地黄丸", "order", 2, "件"),
        ("复方丹参片", "stock", 15, "瓶"),
    ]


def test_one_verb_covers_a_list_and_a_quantity_may_come_first(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("西山卫生院 订了蒲地蓝20盒 头孢克肟十盒。这次要3件丹参片")
    assert products(record) == [
        ("蒲地蓝消炎口服液", "order", 20, "盒"),
        ("头孢克肟分散片", "order", 10, "盒"),
        ("复方丹参片", "order", 3, "件"),
    ]


def test_misspelt_products_and_bare_mentions(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房 蒲地兰卖了十二盒,推了推丹参片")
    assert products(record) == [("蒲地蓝消炎口服液", "sold", 12, "盒"), ("复方丹参片", "mention", None, None)]


def test_an_unknown_competitor_is_kept_as_written(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("李氏诊所 李大夫之前一直用太极急支糖浆,华北制药的人也常来")
    assert {c.name for c in record.competitors} == {"太极急支糖浆", "华北制药"}


# -- contacts -------------------------------------------------------------------------------------
def test_contact_forms_and_roles(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract(
        "惠民药房 见了王店长和采购小周,收银小美说想要点小礼品。王姐生日6月3号。财务科陈科长说月底对账。"
        "老板娘也在,她儿子今年高考"
    )
    got = [(c.name, c.surname, c.role, c.birthday) for c in record.contacts]
    assert got == [
        ("王店长", "王", "manager", "06-03"),
        ("小周", "周", "purchaser", None),
        ("小美", None, "clerk", None),
        ("陈科长", "陈", "finance", None),
        ("老板娘", None, "owner", None),
    ]
    assert "高考" in (record.contacts[4].notes or "")


def test_phone_and_named_by_surname(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("河东乡新开的康乐大药房,店长姓蒋,蒋店长电话13912345678")
    assert [(c.name, c.role, c.phone) for c in record.contacts] == [("蒋店长", "manager", "13912345678")]


# -- account terms --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("先款后货", "prepaid"),
        ("现款现货", "cash"),
        ("现结", "cash"),
        ("货到付款", "cod"),
        ("月结", "monthly"),
        ("实销实结", "consignment"),
        ("代销", "consignment"),
        ("压一批结一批", "rollover"),
    ],
)
def test_payment_terms(extract, phrase: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(f"惠民药房 王店长说还是{phrase}").payment_terms == code


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("一个礼拜补一次货", 7),
        ("半个月进一次货", 15),
        ("每月从国药进一次", 30),
        ("两个月进一次货", 60),
        ("一个季度进一次货", 90),
        ("货从瑞康拿,一个月进两次", 15),
        ("一周补两次货", 7),
    ],
)
def test_restock_cycle(extract, phrase: str, days: int) -> None:  # type: ignore[no-untyped-def]
    assert extract(f"惠民药房 {phrase}").restock_cycle_days == days


def test_supplier_from_catalog_or_as_written(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("惠民药房 货都是瑞康送").supplier == "瑞康医药"
    assert extract("李氏诊所 货从鑫达医药拿").supplier == "鑫达医药"
    assert extract("李氏诊所 让配送明天送过去").supplier is None


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("电话问了惠民药房王店长,丹参片还有", "phone"),
        ("微信跟西山卫生院周院长说了下活动", "message"),
        ("惠民药房 采购小周 电话13900001111", "visit"),
        ("去了惠民药房,加了王店长微信", "visit"),
    ],
)
def test_channel(extract, text: str, channel: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).channel == channel


@pytest.mark.parametrize(
    ("clause", "need"),
    [
        ("王店长想给店员搞个培训", "training"),
        ("王店长问有没有买赠活动", "promotion"),
        ("王店长想要几张海报", "pos_material"),
        ("王店长问能不能在电视台打广告", "advertising"),
        ("王店长嫌扣率低", "margin"),
        ("王店长想要个端架", "display"),
        ("王店长问有没有新品", "new_product"),
        ("王店长说有近效期的要退", "return_exchange"),
        ("王店长希望搞个健康讲座", "consumer_education"),
        ("王店长问账期能不能放宽", "credit"),
    ],
)
def test_each_need(extract, clause: str, need: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(f"惠民药房 {clause}").needs == [need]


def test_granted_or_unasked_things_are_not_needs(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("惠民药房 端架批下来了 今天摆上了。跟王店长说了扣率经理批了").needs == []


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("惠民药房 王店长很热情,聊得挺投缘", "positive"),
        ("惠民药房 王店长不太高兴,说再这样就不进了", "negative"),
        ("惠民药房 王店长在,六味还有", "neutral"),
    ],
)
def test_sentiment(extract, text: str, sentiment: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).sentiment == sentiment


# -- dates, plans and commitments --------------------------------------------------------------------
def test_visit_date_moves_back_but_plans_stay_relative_to_the_note(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("昨天去的惠民药房,王店长说下周一再来")
    assert record.visit_date == dt.date(2026, 5, 12)
    assert record.next_visit == dt.date(2026, 5, 18)


def test_next_visit_is_the_earliest_planned_contact(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房 5月30号给店员培训,这周五先把海报送过去")
    assert record.next_visit == dt.date(2026, 5, 15)
    assert sorted(str(c.due) for c in record.commitments) == ["2026-05-15", "2026-05-30"]


def test_mailing_or_a_delivery_is_not_a_visit(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房 发票这周五寄过去,明天让配送把货送过去")
    assert record.next_visit is None
    assert [str(c.due) for c in record.commitments] == ["2026-05-15", "2026-05-14"]


def test_go_back_and_ask_then_answer_is_one_commitment(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房 王店长想要端架,回去跟经理申请,后天过来给她答复")
    assert [(c.due) for c in record.commitments] == [dt.date(2026, 5, 15)]
    assert record.next_visit == dt.date(2026, 5, 15)


def test_the_customers_commitment_is_not_the_reps(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("西山卫生院 周院长答应下周二让我进去讲十分钟产品")
    assert record.commitments == []
    assert record.next_visit == dt.date(2026, 5, 19)


def test_next_time_commitments_take_the_next_visit(extract) -> None:  # type: ignore[no-untyped-def]
    with_date = extract("惠民药房 王店长要几张海报,下次带过来。下周三再来")
    without = extract("惠民药房 王店长要几张海报,下次带过来")
    assert [c.due for c in with_date.commitments] == [dt.date(2026, 5, 20)]
    assert [c.due for c in without.commitments] == [None]


def test_summary_is_one_line(extract) -> None:  # type: ignore[no-untyped-def]
    summary = extract("惠民药房 王店长说六味卖了30瓶,月结,下周一再来").summary
    assert "东城惠民大药房" in summary and "30瓶" in summary and "\n" not in summary


def test_round_numbers_and_a_delivery_by_the_distributor(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房 六味这个月走了四十来瓶,还剩十瓶左右。丹参片要二十瓶 让国药明天送过去")
    assert products(record) == [
        ("六味地黄丸", "sold", 40, "瓶"),
        ("六味地黄丸", "stock", 10, "瓶"),
        ("复方丹参片", "order", 20, "瓶"),
    ]
    assert record.next_visit is None
    assert [c.due for c in record.commitments] == [dt.date(2026, 5, 14)]


def test_a_department_names_the_role_of_an_untitled_person(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("西山卫生院 跟药剂科小刘聊了会,财务科老陈说月底结")
    assert [(c.name, c.role) for c in record.contacts] == [("小刘", "pharmacist"), ("老陈", "finance")]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("惠民药房 老板老吴在", "owner"),
        ("惠民药房 店长小吴在", "manager"),
        ("惠民药房 店员小吴在", "clerk"),
        ("惠民药房 采购小吴在", "purchaser"),
        ("惠民药房 吴会计在", "finance"),
        ("李氏诊所 吴大夫在", "doctor"),
        ("西山卫生院 吴院长在", "director"),
        ("西山卫生院 吴护士在", "nurse"),
        ("西山卫生院 吴药师在", "pharmacist"),
        ("惠民药房 库管老吴在", "other"),
    ],
)
def test_every_role_code(extract, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    assert [(c.surname, c.role) for c in extract(text).contacts] == [("吴", role)]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("新开的东山县中医院 吴主任", "county_hospital"),
        ("去了北岭镇卫生院 吴院长", "township_hospital"),
        ("新客户北岭村卫生所 吴医生", "village_clinic"),
        ("新开的康宁门诊 吴医生", "private_clinic"),
        ("新开的百草堂药店 吴老板", "pharmacy"),
        ("新客户百草堂连锁总部 采购吴姐", "chain_hq"),
        ("新开的百草堂大药房,是连锁的门店", "chain_store"),
        ("新客户北岭医药批发部 吴经理", "distributor"),
    ],
)
def test_every_customer_type_of_a_new_account(extract, text: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    customer = extract(text).customer
    assert (customer.matched, customer.type) == (False, type_)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("东城街道新开的百草堂药店", "urban"),
        ("县城新开的百草堂药店", "urban"),
        ("北岭乡新开的百草堂药店", "rural"),
    ],
)
def test_area_of_a_new_account(extract, text: str, area: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(text).customer.area == area


def test_a_new_store_of_a_chain_keeps_its_branch_name(extract) -> None:  # type: ignore[no-untyped-def]
    customer = extract("新开的老百姓大药房五一路店,店长姓宋").customer
    assert (customer.name, customer.type, customer.matched) == ("老百姓大药房五一路店", "chain_store", False)


def test_the_boss_of_a_distributor_and_video_calls(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("视频跟西山卫生院王总聊了聊,周末过去")
    assert record.channel == "message"
    assert [(c.name, c.role) for c in record.contacts] == [("王总", "owner")]
    assert record.next_visit == dt.date(2026, 5, 16)


def test_staff_words_after_a_new_pharmacy_are_not_a_branch(extract) -> None:  # type: ignore[no-untyped-def]
    assert extract("新开的百草堂大药房的店员小吴说").customer.name == "百草堂大药房"


def test_asking_head_office_is_a_commitment_and_meeting_again_a_next_contact(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("平安堂总部 刘经理要求结款改成月结60天,我说要请示公司。下个月初再约")
    assert [c.text for c in record.commitments] == ["要请示公司"]
    assert record.next_visit is not None and record.next_visit.day == 1


def test_whole_quantities_are_integers_in_json(extract) -> None:  # type: ignore[no-untyped-def]
    product = extract("惠民药房 六味卖了30瓶").to_json()["products"][0]
    assert product["quantity"] == 30 and isinstance(product["quantity"], int)


def test_delivering_more_is_an_order_and_a_next_contact(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("微信跟红旗卫生室的张医生聊了下,丹参片还有6瓶,让我月底前再送10瓶。张医生孙子刚满月。")
    assert products(record) == [("复方丹参片", "stock", 6, "瓶"), ("复方丹参片", "order", 10, "瓶")]
    assert record.next_visit is not None and record.next_visit.day >= 28
    assert record.contacts[0].notes == "孙子刚满月"


def test_a_thing_carried_between_verb_and_direction_is_a_commitment(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("西山卫生院 老马说下个月想订60盒蒲地蓝。下周二带合同过去")
    assert [c.text for c in record.commitments] == ["下周二带合同过去"]
    assert record.commitments[0].due == record.next_visit


def test_a_shop_managers_title_beats_the_pharmacy_in_the_shop_name(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("给东城惠民大药房王店长打了电话,六味还剩20瓶。下次来带点丹参片的宣传单")
    assert [(c.name, c.role) for c in record.contacts] == [("王店长", "manager")]
    assert [c.text for c in record.commitments] == ["下次来带点丹参片的宣传单"]


def test_a_list_after_a_colon_takes_the_verb_before_it(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房王店长来电话要货:六味10瓶、丹参片5瓶,先款后货")
    assert products(record) == [("六味地黄丸", "order", 10, "瓶"), ("复方丹参片", "order", 5, "瓶")]


def test_a_months_quantity_with_cai_is_what_sold(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("李氏诊所 李医生说克肟最近用得少,上月才12盒")
    assert products(record) == [("头孢克肟分散片", "sold", 12, "盒")]


def test_praise_is_not_a_need_and_an_estimate_counts_as_its_lower_bound(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("西山店小周说六味堆头效果不错,这周卖了45瓶,还要30瓶。丹参片一个月大概各用二三十瓶")
    assert record.needs == []
    assert ("复方丹参片", "sold", 20, "瓶") in products(record)


def test_new_chain_store_and_wholesaler_names_and_denied_verbs(extract) -> None:  # type: ignore[no-untyped-def]
    store = extract("今天跑了县城新开的老百姓大药房连锁门店,店长姓宋。六味和丹参都没进。")
    assert (store.customer.name, store.customer.type, store.customer.area) == (
        "老百姓大药房",
        "chain_store",
        "urban",
    )
    assert products(store) == [("六味地黄丸", "mention", None, None), ("复方丹参片", "mention", None, None)]
    wholesaler = extract("河西医药批发站的采购李姐打电话来,蒲地蓝要50件")
    assert (wholesaler.customer.name, wholesaler.customer.type) == ("河西医药批发站", "distributor")
    refill = extract("西山卫生院 蒲地蓝快没了让赶紧补20盒")
    assert products(refill) == [("蒲地蓝消炎口服液", "order", 20, "盒")]


def test_an_incoming_call_and_a_sale_denied(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("李氏诊所李医生来电,说克肟不太好卖了,这次先不订")
    assert record.channel == "phone"
    assert products(record) == [("头孢克肟分散片", "mention", None, None)]


def test_goods_the_customer_asks_to_be_brought_are_an_order(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("电话问了惠民药房王店长,六味还剩3瓶,让我周四前送10瓶过去")
    assert products(record) == [("六味地黄丸", "stock", 3, "瓶"), ("六味地黄丸", "order", 10, "瓶")]


def test_a_department_before_a_title_is_not_a_surname(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("西山卫生院 药房主任老孙说丹参片用得慢,想让我们搞个学术会")
    assert [(c.name, c.surname, c.role) for c in record.contacts] == [("老孙", "孙", "director")]
    assert record.needs == ["training"]


def test_ask_then_answer_across_two_sentences_is_one_commitment(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("微信跟平安堂总部采购部何经理聊了,新品进场费要五千,我说回去请示一下。6月5号前答复")
    promised = [(c.text, c.due) for c in record.commitments]
    assert promised == [("回去请示一下,6月5号前答复", dt.date(2026, 6, 5))]


def test_a_return_asked_for_and_a_poster_brought_along(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("惠民药房刘经理反映六味近效期的有6瓶,想退换。顺便把上次说的海报带去了。")
    assert record.needs == ["return_exchange"]


def test_our_product_after_a_competitors_brand_is_the_competitors(extract) -> None:  # type: ignore[no-untyped-def]
    record = extract("平安堂总部采购小钱说同仁堂的六味卖得比我们好,价格低两块")
    assert products(record) == []
    assert [r.name for r in record.competitors] == ["六味地黄丸(同仁堂)"]


def test_a_list_takes_the_verb_after_it_and_two_digits_are_an_estimate(extract) -> None:  # type: ignore[no-untyped-def]
    listed = extract("惠民药房:丹参12瓶、六味20瓶、蒲地蓝10盒都补上了")
    assert [p.kind for p in listed.products] == ["order", "order", "order"]
    rate = extract("红旗卫生室 老刘说丹参片每周能用五六瓶")
    assert products(rate) == [("复方丹参片", "sold", 5, "瓶")]


def test_a_persons_note_leaves_out_the_account_and_asking_the_maker_is_a_step(extract) -> None:  # type: ignore[no-untyped-def]
    hobby = extract("李氏诊所李大夫爱钓鱼,周末常去水库")
    assert [c.notes for c in hobby.contacts] == ["爱钓鱼"]
    record = extract("西山卫生院周院长问我丹参有没有小包装,我说帮他问问厂家,明天回话")
    tomorrow = R + dt.timedelta(days=1)
    assert [(c.text, c.due) for c in record.commitments] == [("帮他问问厂家,明天回话", tomorrow)]


def test_deliveries_and_sendings_are_commitments(extract) -> None:  # type: ignore[no-untyped-def]
    delivery = extract("电话跟红旗卫生室老刘聊了,丹参快用完了,这周六给他送8瓶")
    saturday = dt.date(2026, 5, 16)
    assert [(c.text, c.due) for c in delivery.commitments] == [("这周六给他送8瓶", saturday)]
    assert delivery.next_visit == saturday
    listing = extract("平安堂总部何经理同意把六味放进促销宣传单,月底前把赠品清单发过去")
    assert products(listing) == [("六味地黄丸", "mention", None, None)]
    assert [c.due for c in listing.commitments] == [dt.date(2026, 5, 31)]
    swap = extract("李氏诊所李大夫说克肟有两盒包装破了,要求换货。我说下次来的时候带两盒新的换掉")
    assert [c.text for c in swap.commitments] == ["下次来的时候带两盒新的换掉"]


def test_a_supplier_loses_its_place_words_and_a_department_with_de_names_the_role(extract) -> None:  # type: ignore[no-untyped-def]
    supplier = extract("惠民药房王店长说以后款到发货,从县里的鑫泰医药拿")
    assert supplier.supplier == "鑫泰医药"
    staff = extract("西山卫生院周院长不在,跟药房的小吴说了培训的事")
    assert [(c.name, c.role) for c in staff.contacts] == [("周院长", "director"), ("小吴", "pharmacist")]
