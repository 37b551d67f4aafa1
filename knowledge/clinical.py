"""Clinical questions are refused, however well the playbook happens to match them.

A question is clinical by its shape, not by one word: it asks an amount of a drug (taking verb, 几/
多少, a dose unit: 喝多少毫升, 一次几粒), two things taken together, or a drug's effects and risks;
or it speaks of taking something together with a patient group (孕妇, 三岁的, 肾不好的人), a
complaint or a drug; or asks what a complaint means (胸口疼是不是…) or which drug suits one (牙龈肿了用
啥药). A complaint is a named one (发烧, 高血压) or a part of the body with what is felt there (胸口…疼,
腰酸), so complaints no list names still count. The words are data (knowledge/clinical.yaml); how
they combine is here.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from memory.base.yamlfile import read_yaml

HERE = Path(__file__).parent
ALONE = ("dose", "interaction", "adverse")  # clinical by themselves
WITH_TAKING = ("population", "symptom", "drug")  # clinical with a word of taking or using
HARM_GAP = 4  # characters between 对 + a part of the body and the harm (对胃有没有影响)
# An age (三岁, 8个月大, 两周岁): a patient group however old.
_AGE = re.compile(r"(?:\d+|[一二两三四五六七八九十半几多来]+)(?:周岁|岁|个多月|个月|月大)")
_PER = r"(?:一次|每次|一回|一天|每天|一日|每日|一顿)"
# When in the day a drug is taken (早上吃还是晚上吃, 睡前服): not a meal (晚上吃饭).
_WHEN = r"(?:早上|早晨|中午|晚上|睡前|饭前|饭后|空腹|什么时候|啥时候|几点)"
_MEALS = r"(?![饭酒席])"
# …nor a meal however counted (吃了顿饭, 喝了两杯茶)
_NO_MEAL = r"(?![了过]?[一两三几]?[顿餐杯饭酒席茶])"
# A word or two between 一天 and the taking (一天最多吃几片, 每次能喝多少).
_BETWEEN = r"[^\s,，。?？]{0,2}?"
_CLAUSE = r"[^\s,，。?？!！]"  # a character of the same clause
# Which drug, however counted (哪种药, 哪几种药, 哪一类药): a choice.
_WHICH_DRUG = r"哪[一几两]?[种类个款样]*药"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def load_cues(extra: Path | None = None) -> dict[str, tuple[str, ...]]:
    data: dict[str, list[str]] = read_yaml(HERE / "clinical.yaml")
    if extra is not None and extra.exists():
        for key, words in (read_yaml(extra) or {}).items():
            data[key] = [*data.get(key, []), *words]
    return {key: tuple(words) for key, words in data.items()}


@cache
def _shapes(cues: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, re.Pattern[str]]:
    """The patterns built from the word classes: an amount of a dose, a complaint felt somewhere."""
    words = dict(cues)
    take, amount, unit = (_alternation(words[k]) for k in ("take", "amount", "unit"))
    given = f"{take}|{_alternation(words['inject'])}"
    body, degree, felt, harm = (_alternation(words[k]) for k in ("body", "degree", "felt", "harm"))
    together, drip, after = (_alternation(words[k]) for k in ("together", "drip", "after"))
    return {
        # taken together (一块挂, 一齐吃, 能同时输吗, 联合治), or after a drug, whether one may drive or
        # drink (打完能不能饮酒, 喝了…能开车不); a meal is no drug (喝了酒能开车吗 is no such question)
        "together": re.compile(rf"(?:{together})[能可以再就还都]{{0,2}}(?:{take}|{drip}){_NO_MEAL}"),
        "after": re.compile(
            rf"(?:{given}|{drip})(?:完|了|过)(?![饭酒席茶]){_CLAUSE}{{0,8}}?(?:能|可以|可不可以){_CLAUSE}{{0,2}}(?:{after})"
        ),
        # asking which of two causes a complaint has (是病毒还是细菌): a diagnosis
        "either": re.compile(rf"是{_CLAUSE}{{1,6}}还是"),
        "which": re.compile(_WHICH_DRUG),
        "dose": re.compile(
            rf"(?:{given}|{_PER})(?:{amount})(?:{unit})|{_PER}{_BETWEEN}(?:{take})(?:{amount})"
            rf"|{_WHEN}(?:吃|服|喝){_MEALS}"
        ),
        "felt": re.compile(rf"(?:{body})(?:{degree}){{0,2}}(?:{felt})"),
        "harm": re.compile(rf"对(?:{body})[^\s,，。?？!！]{{0,{HARM_GAP}}}(?:{harm})"),
    }


def _found(question: str, cues: dict[str, tuple[str, ...]]) -> set[str]:
    """The kinds of cue present: each list's words, and the shapes built from them."""
    found = {kind for kind, words in cues.items() if any(word in question for word in words)}
    found -= {"take", "together", "drip", "after"}  # words of the shapes below, no kind alone
    unfed = question
    for meal in cues["meal"]:
        unfed = unfed.replace(meal, " ")
    if any(word in unfed for word in cues["take"]):
        found.add("take")
    shapes = _shapes(tuple(sorted(cues.items())))
    if shapes["dose"].search(question):
        found.add("dose")
    if shapes["harm"].search(question):
        found.add("adverse")
    if shapes["together"].search(unfed) or shapes["after"].search(question):
        found.add("interaction")
    if shapes["either"].search(question):
        found.add("diagnosis")
    if shapes["which"].search(question):
        found.add("choose")
    if "disease" in found or shapes["felt"].search(question):
        found.add("symptom")
    if _AGE.search(question):
        found.add("population")
    return found


def clinical_cues(question: str, cues: dict[str, tuple[str, ...]]) -> list[str]:
    """The kinds of clinical cue the question carries ([] when it is not a clinical question)."""
    found = _found(question, cues)
    kinds = [kind for kind in ALONE if kind in found]
    if "take" in found or ("symptom" in found and "drug" in found):
        kinds += [kind for kind in WITH_TAKING if kind in found]
    if "symptom" in found and "diagnosis" in found:
        kinds.append("diagnosis")
    if "choose" in found and ({"symptom", "population"} & found):
        kinds.append("choice")  # which drug for a complaint or for a patient group
    return kinds


def is_clinical(question: str, cues: dict[str, tuple[str, ...]]) -> bool:
    return bool(clinical_cues(question, cues))
