"""The need finder's patterns: word classes of the lexicon (`needs`, `need_shapes` and the keys beside
them) put in an order. Which class goes where is here; the words are data.

Shapes count with no request marker (价不降整不了, 一个点太少, 有冇颗粒剂, 端架给对面占着); object forms
join a code's object words and count only where a request is (问有没有十四片的, 想三个月一结).
"""

from __future__ import annotations

import re

from memory.extract.lexicon import Lexicon, alternatives

NUMBER = r"[一二两三四五六七八九十几半\d]"
GAP = r"[^,,。;!?\s]{0,4}?"
# payment terms that defer paying: asking for one (能不能月结) asks for credit
_DEFERRED = ("monthly", "rollover", "consignment")


def _words(lexicon: Lexicon) -> dict[str, str]:
    return {key: alternatives(list(values)) for key, values in lexicon.groups("need_shapes").items()}


def shapes(lexicon: Lexicon) -> dict[str, re.Pattern[str]]:
    words = _words(lexicon)
    return {
        "margin": _margin(words),
        "new_product": re.compile(
            rf"(?:{words['pack_sizes']})(?:{words['pack_units']})?装"
            rf"|新的?[\u4e00-\u9fff]{{0,5}}?(?:{words['product_nouns']})"
            rf"|(?:{words['exists']})[^,,。\s]{{0,6}}的[^,,。\s]{{0,3}}?(?:{_forms(lexicon)})"
            rf"|(?:{words['exists']})[^,,。\s]{{0,2}}?(?:{_forms(lexicon)})(?:剂|的|型)"
            rf"|(?:{words['exists']})[^,,。\s]{{1,6}}的(?:{words['kinds_of_drug']})"
            # 有没有新的止咳药: whether a new drug of some kind exists (not 新开的药店)
            rf"|(?:{words['exists']})[^,,。\s]{{0,2}}?新的?[^,,。\s]{{0,4}}?(?:{words['kinds_of_drug']})(?![店房师])"
        ),
        "credit": _credit(lexicon, words),
    }


def taken(lexicon: Lexicon) -> re.Pattern[str]:
    """A display place someone else took (端架给对面占着, 把前边占了): asked back, whoever took it."""
    words = _words(lexicon)
    return re.compile(
        rf"(?:{alternatives(lexicon.groups('needs')['display'])}|{words['places']})"
        rf"[^,,。\s]{{0,6}}?(?:{words['occupied']})"
    )


def _consumers(lexicon: Lexicon) -> str:
    return alternatives(lexicon.groups("need_audiences")["consumer_education"])


def _forms(lexicon: Lexicon) -> str:
    return alternatives(lexicon.words("drug_forms"))


def _margin(words: dict[str, str]) -> re.Pattern[str]:
    """A price called high or compared, a margin (or our points) called thin, points asked for,
    a price that has to come down."""
    return re.compile(
        # (价格比我们高 is theirs dearer than ours: it favours us)
        rf"(?<![评代身物半特标])(?:{words['price_nouns']})(?![^,,。\s]{{0,2}}比(?:{words['our_side']}))"
        rf"{GAP}(?:{words['price_high']})"
        rf"|比(?:{words['our_side']}){GAP}{GAP}(?:便宜|低)"
        # 扣率比我们高两个点, 给福康的价低: someone else gets more, or pays less
        rf"|(?:{words['margin_nouns']}|点){GAP}比(?:{words['our_side']}){GAP}(?:高|多)"
        rf"|给[^,,。\s]{{1,6}}?的(?:{words['price_nouns']}){GAP}(?:低|便宜)"
        # 便宜一半, 便宜好多: a price undercut by much (not 我们的便宜好多, ours)
        rf"|(?<![们咱家的])便宜(?:{words['by_much']})"
        rf"|(?:{words['margin_nouns']}|(?:{words['our_side']}|个)的?点){GAP}(?:{words['margin_low']})"
        rf"|(?:没|莫得|没得|没有)啥?(?:{words['margin_nouns']})"
        rf"|(?:多|再)(?:要|给|让)?{NUMBER}*个点"
        rf"|(?:{words['at_least']})(?:给|要|得)?{NUMBER}+个点"
        # 扣率起码27, 返点至少给到三个: a margin figure asked as a floor
        rf"|(?:{words['margin_nouns']}){GAP}(?:{words['at_least']})(?:给到|给|要|得|到)?{NUMBER}"
        rf"|给的?(?:点|{words['margin_nouns']}|返利)[^,,。\s]{{0,2}}?(?:多|高)"
        rf"|(?:{words['our_side']})才{GAP}个点"
        rf"|(?<![评代身物半特标])(?:{words['price_nouns']}){GAP}(?:{words['must']})再?降"
        rf"|{_undersold(words)}"
    )


def _undersold(words: dict[str, str]) -> str:
    """Ours dearer than another's (比康恩倍贵, 价比奥格门汀高, 比齐鲁还是高一块多), another seller cheaper
    than the customer (比她便宜五块), cheaper than ours the Cantonese way (低过我们): a price to match."""
    rival = rf"比(?!{words['not_rivals']})[^,,。\s]{{1,8}}?(?:还是|还|都|也|要)?"
    return (
        rf"{rival}(?:贵|高(?={NUMBER}+(?:{words['money_units']})))"
        rf"|(?:{words['price_nouns']}){rival}高"
        rf"|比(?:{words['customer_pronouns']})(?:还|都|要)?(?:便宜|低)"
        rf"|(?:低|平|便宜)过(?:{words['not_rivals']})"
    )


def _credit(lexicon: Lexicon, words: dict[str, str]) -> re.Pattern[str]:
    """A payment pushed back (剩下的下月初打, 晚一个月结), credit stretched (多放一个月, 再拖一个月), a
    deferring payment term asked for (能不能月结), or paying held until the customer is paid."""
    terms = lexicon.groups("payment_terms")
    deferred = alternatives([word for kind in _DEFERRED for word in terms.get(kind, [])])
    span = rf"{NUMBER}?个?(?:月|礼拜|星期|周|天)"
    return re.compile(
        rf"剩下的{GAP}{GAP}(?:{words['pay_verbs']})(?!了)"
        # 钱是月底一起结: 是 describes the standing term, asks nothing
        rf"|只能先(?:{words['pay_verbs']})"
        rf"|(?<![是个下])(?:{words['later']}){GAP}(?:一起|一块|一并|一道|再|才能|才)(?:{words['pay_verbs']})(?![给电过他她我你点个些了])"
        rf"|(?:多|再)(?:{words['credit_verbs']})[一两二三四五六几\d]?个?月"
        rf"|(?:{words['later_by']}){span}再?(?:{words['pay_verbs']})"
        rf"|(?:{words['yes_no']})[^,,。\s]{{0,2}}?(?:{deferred})"
        # 要等医院回款: paying us waits on what the customer is owed itself
        rf"|(?<!不)等[^,,。\s]{{0,6}}?(?:{words['takings']})"
    )


def objects(lexicon: Lexicon) -> dict[str, re.Pattern[str]]:
    """Each code's object words, with its object forms."""
    fill = alternatives(lexicon.words("need_fillers"))
    forms = object_forms(lexicon)
    return {
        code: re.compile("|".join([_word(w, fill) for w in words] + forms.get(code, [])))
        for code, words in lexicon.groups("needs").items()
    }


def _word(word: str, fill: str) -> str:
    """An object word as said: a spoken filler may sit inside a two-character one (降点价, 让点利); a
    verb said twice with 一 between is said twice without it too (缓一缓 缓缓, 挪一挪 挪挪)."""
    if len(word) == 2:
        return f"{re.escape(word[0])}(?:{fill})?{re.escape(word[1])}"
    if len(word) == 3 and word[1] == "一" and word[0] == word[2]:
        return f"{re.escape(word[0])}一?{re.escape(word[0])}"
    return re.escape(word)


def talks(lexicon: Lexicon) -> re.Pattern[str]:
    """A talk asked for, by its shape: 讲 with a measure of talks (讲一堂, 讲两回, 讲个课, 讲一下课),
    with a length of time (讲二十分钟), or said twice (讲讲, 讲一讲); a lesson held (上一堂课, 上上课);
    and the words of `need_talks` (来讲, 想听)."""
    words = _words(lexicon)
    lengths = alternatives(["分钟", "个小时", "小时", "节课", "堂课"])
    return re.compile(
        rf"{alternatives(lexicon.words('need_talks'))}|讲{NUMBER}+(?:{lengths})"
        rf"|讲(?:{NUMBER}|个)?(?:{words['talk_measures']})课?|讲一?(?:下课|哈)|讲一?讲"
        rf"|上(?:上|{NUMBER}?(?:{words['talk_measures']}))课"
    )


def theirs(lexicon: Lexicon) -> re.Pattern[str]:
    """The customer's yes (马主任答应): not opening a clause, not after the rep, not promised (答应的)."""
    return re.compile(
        rf"(?<=[\u4e00-\u9fff])(?<![我俺就也都])(?:{alternatives(lexicon.words('need_granted_theirs'))})(?![的过])"
    )


def completed(lexicon: Lexicon) -> re.Pattern[str]:
    """A verb with a complement of completion and 了 (搭好了, 批下来了, 讲完了), not one about to be (快好了)
    nor a degree (老好了)."""
    words = lexicon.groups("need_completed")
    return re.compile(
        rf"(?<=[\u4e00-\u9fff])(?<![{''.join(words['not_after'])}])(?:{alternatives(words['complements'])})了"
    )


def lacking(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An absence word; what must follow an object for it to be lacking or owed (也冇, 到现在没给)
    up to the clause's end; and what right before an object says it is lacking (冇得活动, 没个活动)."""
    words = {key: alternatives(values) for key, values in lexicon.groups("need_lacking").items()}
    return (
        re.compile(words["absent"]),
        re.compile(rf"(?:{words['fillers']}){{0,2}}(?:{words['absent']})(?:{words['owed']})?(?:呢|啊|呀)?$"),
        re.compile(rf"(?:{words['absent']})(?:{words['before_object']})?$"),
    )


def speech(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Someone speaking (说, 讲; 讲 unless it opens a talk: 讲座, 讲一次; 说的 is what was said), and the
    rep speaking or asking (我跟小刘说, 我讲; not 我说好的, a promise named)."""
    not_speech = alternatives(lexicon.words("need_not_speech"))
    verbs = alternatives(lexicon.words("need_speech"))
    said = rf"(?<!讲)(?!{not_speech})(?:{verbs})"
    return re.compile(rf"{said}(?!的)"), re.compile(
        rf"(?<![{''.join(lexicon.words('need_rep_objects'))}])(?:我|俺)(?:就|也|又|还)?"
        # 我说好的宣传单: what the rep promised, named by the customer, is no rep speaking
        rf"(?:跟|和|对|给)?[^,,。\s]{{0,4}}?(?:{said}|问)(?!的|好的)"
    )


def object_forms(lexicon: Lexicon) -> dict[str, list[str]]:
    """Objects with a shape, as regex alternatives joined to a code's words: a pack (小盒, 十四片的),
    a dosage form by its generic name (颗粒剂), a longer payment cycle (三个月一结)."""
    words = _words(lexicon)
    return {
        "new_product": [
            # not 两大瓶: a quantity counted in big bottles is an order
            rf"(?<!{NUMBER})(?:{words['pack_sizes']})(?:{words['pack_units']})",
            rf"{NUMBER}+(?:{words['pack_counts']})(?:装|的)",
            rf"(?:{_forms(lexicon)})剂",
        ],
        # 买二送一, 一箱送两盒, 满100减20: a giveaway, counted in packs, an amount off a spend: asked for
        # only where a request is (隔壁在搞满100减20 is someone else's, 买三送一做了两天 one held, 我弄个
        # 买二送一 the rep's offer: a giveaway named outside a request is reported, across writers)
        "promotion": [
            r"买[一二两三四五六七八九十\d]{1,2}送[一二两三四五六七八九十\d]",
            rf"{NUMBER}+(?:{words['pack_units']}|件|箱)送{NUMBER}",
            rf"满{NUMBER}+(?:块|元)?减{NUMBER}",
        ],
        # goods asked to be taken back (把那五十盒拉回去), a return as the way out (卖不动就得退), a
        # swap asked for (能不能给他换成利咽片, 想把那批换成新批号的)
        "return_exchange": [
            r"把[^,,。\s]{1,8}?(?:拉|拿|搬|退)回",
            r"(?:得|只能|只好)退(?![休烧出])",
            rf"(?:{words['yes_no']}|想|要)[^,,。\s]{{0,10}}?换成",
        ],
        # 患者教育, 病人用药教育: teaching addressed to patients or shoppers is consumer education (an
        # audience word right before an object otherwise reads as the shoppers speaking: 顾客嫌贵)
        "consumer_education": [rf"(?:{_consumers(lexicon)})[^,,。\s]{{0,2}}?教育"],
        # 宣传挂图, 宣传折页, 病人教育的小册子: printed matter handed to shoppers or patients
        "pos_material": [rf"宣传[^,,。\s]{{0,2}}?(?:{words['printed']})", rf"(?:{words['booklets']})"],
        # a cycle longer than a month (一个月一结 is the plain monthly term)
        "credit": [r"(?:[两二三四五六七八九十几]|[2-9]|\d\d)个?月一?结"],
        # 念慈菴给两个点: points named where a request is (让一个半点 is a concession given)
        "margin": [
            rf"(?<![让降]){NUMBER}+个半?点",
            # 给个低点的价, 报个专供价, 先看下价钱: a price quoted (not a price list 价格表, nor 报了价)
            r"(?:给|报)个[^,,。\s]{0,5}?价(?![格表单签目])",
            "价钱",
        ],
    }
