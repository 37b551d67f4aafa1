"""The soak of bench/soak.py for two minutes, as CI runs it: 100 reps through the Bot API emulator on
PostgreSQL, the model endpoint down throughout, PostgreSQL restarted and the bot killed (SIGKILL) and
restarted on the way. Nothing a rep sent is lost, nothing is saved twice, nothing lands on another
rep's account; the only notes not stored are those the killed process had taken and not yet handled.
(In a whole-suite run it has been running since collection: tests/soak_background.py.)"""

from __future__ import annotations

import pytest

from tests.soak_background import soak_results

pytestmark = pytest.mark.slow


def test_two_minutes_of_traffic_with_faults_lose_nothing_and_save_nothing_twice() -> None:
    results = soak_results()
    summary = results["output"]
    assert len(results["faults"]) == 2, summary
    assert results["sent"] > 100, summary  # the traffic really flowed
    # nothing is lost to the database restart, to the model being down or to the restarted bot; only
    # updates the killed process had already taken off the server (and every resend of them, all
    # sent before the kill) die with it (bench/README.md, Soak)
    assert results["lost_otherwise"] == [], summary
    assert results["stored"] == results["sent"] - results["lost_at_kill"], summary
    assert results["duplicates"] == 0, summary
    assert results["cross"] == 0, summary
    assert results["saved"] > 0 and results["foreign"] > 0, summary
