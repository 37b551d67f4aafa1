"""The router as a whole: scored on the tune split of the routing set, the classifier's training, and the
note-or-question buttons when it hesitates."""

import json
import time
from pathlib import Path

from bot.assistant import Assistant
from bot.routing.classifier import Classifier, training_set
from bot.routing.normalize import plain
from bot.routing.router import INTENTS, Router
from knowledge.playbook_service import Playbook
from memory.base.db import Database
from memory.extract.lexicon import load_lexicon
from tests.conftest import DATA, app_context

TUNE_TARGET = 0.95


def _messages(split: str) -> list[dict[str, str]]:
    lines = (DATA / "routing" / "messages.jsonl").read_text(encoding="utf-8").splitlines()
    return [m for m in map(json.loads, lines) if m["split"] == split]


def test_routing_on_the_tune_split_scores_at_least_the_target(dev_db: Database, tmp_path: Path) -> None:
    router = Router(about_the_trade=Playbook(tmp_path).about_the_trade)  # as the chat routes
    items = _messages("tune")
    with dev_db.session() as session:
        right = sum(router.route_in(session, m["text"], load_lexicon()).intent == m["intent"] for m in items)
    assert right / len(items) >= TUNE_TARGET


def test_the_classifier_trains_in_well_under_a_second() -> None:
    texts, intents = training_set()
    Classifier(texts[::20], intents[::20])  # scikit-learn imported: only the training is timed
    # CPU time, not the clock: on a shared machine the clock also counts other jobs' turns
    started = time.process_time()
    Classifier(texts, intents)
    assert time.process_time() - started < 1.0


def test_the_training_file_copies_no_test_message() -> None:
    from bot.routing.classifier import HERE
    from memory.base.yamlfile import read_yaml

    phrases = {plain(p) for ps in read_yaml(HERE / "training.yaml").values() for p in ps}
    tests = {plain(m["text"]) for split in ("tune", "heldout") for m in _messages(split)}
    assert not phrases & tests


def test_the_other_writers_training_file_holds_no_routing_test_message_and_is_current() -> None:
    from bench.routing_training import source_digest
    from bot.routing.classifier import SETS, from_slots
    from memory.base.yamlfile import read_yaml

    assert f"digest: {source_digest()}" in SETS.read_text(encoding="utf-8"), "run bench/routing_training.py"
    phrases = {from_slots(p) for ps in read_yaml(SETS).values() for p in ps}
    tests = {from_slots(m["text"]) for split in ("tune", "heldout") for m in _messages(split)}
    assert len(phrases) > 500 and not phrases & tests


def test_the_training_file_covers_every_intent_with_a_fair_share() -> None:
    # class_weight="balanced" evens the classes' weight, but an intent with few phrases is learned from
    # few shapes: every intent has at least a fifth of the largest one's phrases.
    _texts, intents = training_set()
    counts = {intent: intents.count(intent) for intent in INTENTS}
    assert min(counts.values()) >= max(counts.values()) / 5, counts


def test_a_message_that_could_be_note_or_question_gets_two_buttons(sample_db: Database) -> None:
    # A classifier that has seen one note and one question cannot tell this message apart.
    torn = Router(classifier=Classifier(["■去了", "■咋办"], ["note", "question"]))
    assistant = Assistant(app_context(sample_db))
    assistant.turns.router = torn
    reply = assistant.handle_text(user="赵磊", text="惠民药房六味的事", today=None)[0]
    assert [c.label for c in reply.choices] == ["📝 记为拜访", "❓ 当作提问"]
    card = assistant.choose(user="赵磊", action=reply.choices[0].action)[-1]
    assert "东城惠民大药房" in card.text and card.choices[0].action.startswith("save:")
    assert "过期" in assistant.choose(user="赵磊", action=reply.choices[1].action)[0].text


def test_the_held_message_is_answered_by_whichever_worker_gets_the_tap(sample_db: Database) -> None:
    # Two workers behind one webhook: two assistants, one database; the tap reaches the other one.
    torn = Router(classifier=Classifier(["■去了", "■咋办"], ["note", "question"]))
    first, second = Assistant(app_context(sample_db)), Assistant(app_context(sample_db))
    first.turns.router = second.turns.router = torn
    reply = first.handle_text(user="赵磊", text="惠民药房六味的事", today=None)[0]
    card = second.choose(user="赵磊", action=reply.choices[0].action)[-1]
    assert "东城惠民大药房" in card.text and card.choices[0].action.startswith("save:")
    # Taken once: the first worker, tapped again, finds nothing held.
    assert "过期" in first.choose(user="赵磊", action=reply.choices[1].action)[0].text
    # A newer unsure message replaces the held one, for a question as much as a note.
    first.handle_text(user="赵磊", text="惠民药房六味的事", today=None)
    newer = first.handle_text(user="赵磊", text="惠民药房端架怎么摆", today=None)[0]
    assert [c.action for c in newer.choices] == ["route:note", "route:question"]
    asked = second.choose(user="赵磊", action="route:question")
    assert "过期" not in asked[0].text
    assert "过期" in second.choose(user="赵磊", action="route:question")[0].text


def test_off_topic(sample_db: Database, tmp_path: Path) -> None:
    # A question about nothing of the trade (the relevance gate's notion) is a request for something
    # else; a question of the trade, or a clinical one (refused with where to ask), stays a question.
    router = Router(about_the_trade=Playbook(tmp_path).about_the_trade)

    def routed(text: str) -> tuple[str, str | None]:
        with sample_db.session() as session:
            found = router.route_in(session, text, load_lexicon())
        return found.intent, found.rule

    assert routed("个人所得税年度汇算咋弄") == ("other", "off_topic")
    assert routed("后天郑州刮不刮大风") == ("other", "off_topic")
    assert routed("连锁采购总不回我消息咋办")[0] == "question"
    assert routed("我们的货被挤到货架角落了咋整")[0] == "question"
    assert routed("布洛芬哺乳期能吃不")[0] == "question"
    assert routed("地黄丸一回比一回进得少咋看")[0] == "question"  # a product of ours named: the trade's
