"""Each shape of clinical question (knowledge/clinical.py), in phrasings no data set holds; and the
shapes a rep's own trade questions have, which stay answerable."""

from knowledge.clinical import clinical_cues, is_clinical, load_cues

CUES = load_cues()


def kinds(question: str) -> list[str]:
    return clinical_cues(question, CUES)


def test_a_taking_verb_or_a_per_dose_word_with_how_much_and_a_dose_unit_asks_a_dose() -> None:
    assert "dose" in kinds("双黄连口服液大人喝多少支")
    assert "dose" in kinds("维生素每天几颗合适")
    assert "dose" in kinds("这个胶囊一天吃几回")
    assert not is_clinical("一周给老客户打几次电话", CUES)  # how often a call is no dose


def test_a_body_part_with_what_is_felt_there_is_a_complaint_and_asking_its_meaning_is_clinical() -> None:
    assert "diagnosis" in kinds("顾客说最近头老是晕 是啥毛病")
    assert "diagnosis" in kinds("村医问我一个病人膝盖一直肿是什么原因")
    assert "diagnosis" in kinds("腰酸是不是肾虚")
    # Sore legs from a day of calls, with words between: the rep's day, not a complaint.
    assert not is_clinical("腿都跑酸了客户还不进货咋回事", CUES)


def test_what_a_drug_does_to_a_part_of_the_body_is_a_question_of_risk() -> None:
    assert "adverse" in kinds("长期吃止痛片对胃有没有影响")
    assert "adverse" in kinds("这个降脂的对肝伤害大不大")


def test_an_age_is_a_patient_group() -> None:
    assert "population" in kinds("八个月大能用开塞露吗")
    assert "population" in kinds("七十多岁的老太太吃这个安全不")


def test_eating_or_drinking_together_is_no_taking_of_a_drug() -> None:
    assert not is_clinical("老板孩子满月要不要去吃酒", CUES)
    assert not is_clinical("请老板吃几顿饭才算熟 小孩也带上吗", CUES)
    assert is_clinical("喝完酒能吃头孢吗", CUES)  # the drug is still taken


def test_asking_which_drug_for_a_complaint_or_a_patient_group_is_clinical() -> None:
    assert "choice" in kinds("牙龈肿了用什么药好")
    assert "choice" in kinds("顾客咳嗽有黄痰 推荐哪种药")
    assert "choice" in kinds("老年人便秘哪个药管用")


def test_a_reps_trade_questions_about_drugs_and_children_stay_answerable() -> None:
    for question in ("店员推荐我们的止咳糖浆总是不积极咋办", "儿童药专柜怎么陈列", "感冒药旺季前怎么压货"):
        assert not is_clinical(question, CUES), question


def test_when_in_the_day_a_drug_is_taken_is_a_dose_question_but_a_meal_is_not() -> None:
    assert "dose" in kinds("这个降脂药早上吃好还是晚上吃好")
    assert "dose" in kinds("钙片睡前服行不行")
    assert not is_clinical("什么时候约院长吃饭合适", CUES)


def test_a_measurement_asked_whether_it_is_high_is_a_diagnosis() -> None:
    assert "diagnosis" in kinds("空腹血糖7.2偏高吗")
    assert "diagnosis" in kinds("老爷子尿酸五百多算高不")
    assert not is_clinical("店长血压高 去看他带点啥", CUES)  # a visit to a customer who is ill


def test_asking_which_treatment_is_clinical() -> None:
    assert "dose" in kinds("扭了脚踝挂什么科")
    assert "choice" in kinds("口腔溃疡老不好咋治")
    assert not is_clinical("乱价怎么治", CUES)  # a complaint is needed: the trade's troubles are no illness


def test_a_dose_given_by_injection_or_asked_a_word_after_the_day_is_a_dose() -> None:
    assert "dose" in kinds("这个针剂一次注射几毫升")
    assert "dose" in kinds("头孢一天最多吃几片")
    assert "dose" in kinds("那个水针每回打好多支")  # south-western Mandarin: 好多 asks how much
    assert not is_clinical("一天打几个电话给老板合适", CUES)  # a call is no injection


def test_dissolving_granules_with_an_amount_and_a_dose_unit_is_a_dose() -> None:
    assert "dose" in kinds("宝宝两岁 板蓝根一回冲几袋")
    assert "dose" in kinds("这个冲剂大人冲多少袋")
    assert not is_clinical("月底冲业绩 老人多的店咋做", CUES)  # 冲 alone is no taking


def test_two_things_taken_together_is_a_question_of_interaction_but_a_meal_together_is_not() -> None:
    assert "interaction" in kinds("左氧氟沙星和甲硝唑能同时输吗")
    assert "interaction" in kinds("这两种胶囊混着吃没事吧")
    assert "interaction" in kinds("这两个药能一起用吗")
    assert not is_clinical("和老板一起吃了顿饭", CUES)
    assert not is_clinical("两家店一起用这个活动方案", CUES)


def test_what_one_may_do_after_taking_a_drug_is_a_question_of_interaction() -> None:
    assert "interaction" in kinds("打了狂犬疫苗能喝酒不")
    assert "interaction" in kinds("输完液可以喂奶吗")
    assert not is_clinical("喝完这顿酒能不能签单", CUES)  # a meal, no drug


def test_asking_which_of_two_causes_a_complaint_has_is_a_diagnosis() -> None:
    assert "diagnosis" in kinds("胃疼是胃炎还是溃疡 咋区分")
    assert "diagnosis" in kinds("孩子肚子疼是吃坏了还是着凉了")
    assert not is_clinical("老板是要返点还是要陈列费", CUES)  # no complaint


def test_which_drug_however_counted_is_a_choice() -> None:
    assert "choice" in kinds("糖尿病一般开哪几种药")
    assert "choice" in kinds("老人便秘用哪一类药好")
