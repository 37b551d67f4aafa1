"""The learned judge of dated clauses the commitment rules pass over (memory/extract/commitment_model.py,
judged_commitments.py), with the shipped weights, on phrasings that appear in no data set (R = 2026-05-13,
a Wednesday)."""

import pytest

from memory.extract.commitment_model import ADMIT, Candidate, shipped_model
from memory.extract.dates import find_dates
from memory.extract.judged_commitments import JudgedCommitmentFinder
from memory.extract.lexicon import load_lexicon
from memory.extract.text import Segments
from tests.memory.extract.sample import R, day


def _passed_over(text: str) -> list[Candidate]:
    """The dated clauses of a note the rules pass over, as the judge reads them."""
    dates = find_dates(text, R)
    segments = Segments(text)
    finder = JudgedCommitmentFinder(load_lexicon(), [])
    rules = super(JudgedCommitmentFinder, finder).commitments(segments, dates, R, None)
    return finder.candidates(rules, segments, dates, R)


def _likelihood(text: str) -> float:
    model = shipped_model()
    assert model is not None, "run python bench/commitment_loco.py --write"
    (candidate,) = _passed_over(text)
    return model.probability(candidate.features)


@pytest.mark.parametrize(
    ("undertaking", "theirs"),
    [
        ("西山卫生院 下个礼拜五上午去药剂科开个小会讲降压药", "惠民药房 老板娘说她下周一回老家"),
        ("西山卫生院 下礼拜四前把台账查清楚", "红旗卫生室 村医讲下礼拜一检查组来"),
    ],
)
def test_the_judge_ranks_the_reps_dated_undertaking_above_the_customers_own_plan(
    undertaking: str, theirs: str
) -> None:
    assert _likelihood(undertaking) > _likelihood(theirs) + 0.1
    assert _likelihood(theirs) < ADMIT


def test_a_passed_over_clause_the_judge_admits_is_due_on_its_date() -> None:
    text = "西山卫生院 下个礼拜三下午去内科开个小会讲新品"
    finder = JudgedCommitmentFinder(load_lexicon(), [])
    dates = find_dates(text, R)
    found = finder.commitments(Segments(text), dates, R, None)
    assert [c.due for c in found] == [day(5, 20)]


@pytest.mark.parametrize(
    "text",
    [
        "惠民药房 上周三进的货有两盒压坏了 下周一我送两盒过去 下周一顺便看看陈列",
        "李氏诊所 昨天的单子少了一件 周五我给他补上 周五再对一下账",
    ],
)
def test_the_judge_reads_no_past_day_nor_a_day_a_commitment_is_due_on(text: str) -> None:
    assert _passed_over(text) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("惠民药房 老板娘想退两盒 我说回去问下公司 礼拜五打电话给她", day(5, 15)),
        ("红旗卫生室 村医嫌送货慢 我讲回去跟物流商量 周五打电话给他", day(5, 15)),
    ],
)
def test_an_admitted_clause_ends_the_undated_step_just_before_it(text: str, due: object) -> None:
    finder = JudgedCommitmentFinder(load_lexicon(), [])
    found = finder.commitments(Segments(text), find_dates(text, R), R, None)
    assert [c.due for c in found] == [due]
