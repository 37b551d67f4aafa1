"""The LLM hook, the company's own vocabulary, masking, and the master data the check reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from memory.accounts.masterdata import read_master_data
from memory.base.db import Database
from memory.compliance.check import finding_of
from memory.compliance.grounding import grounded_findings
from memory.compliance.privacy import mask_record
from memory.extract.engine import OfflineExtractor
from memory.extract.lexicon import load_lexicon
from memory.schema.models import CatalogItem
from memory.schema.record import VisitRecord
from tests.memory.compliance.conftest import Check, kinds

NOTE = "西山卫生院 周院长说克肟用得还行 有个病人说吃完胃里不舒服。克肟订了二十盒"


def test_a_models_finding_is_kept_only_with_a_span_that_is_in_the_note() -> None:
    proposed = [
        {"kind": "adverse_event", "text": "有个病人说吃完胃里不舒服", "product": "头孢克肟分散片"},
        {"kind": "inducement", "text": "周院长要了两千块", "product": None},  # not in the note
        {"kind": "off_label", "text": "克肟用得还行", "product": "别家的药"},  # an unknown product
        {"kind": "bribery", "text": "克肟订了二十盒"},  # no such kind
        "not a finding",
    ]
    kept = grounded_findings(NOTE, proposed, [], {"头孢克肟分散片"})
    assert [(f.kind, f.product) for f in kept] == [
        ("adverse_event", "头孢克肟分散片"),
        ("off_label", None),
    ]
    assert all(f.text in NOTE and f.advice for f in kept)


def test_a_models_finding_does_not_repeat_one_the_rules_found() -> None:
    rules = [finding_of("adverse_event", "有个病人说吃完胃里不舒服", None)]
    proposed = [{"kind": "adverse_event", "text": "吃完胃里不舒服", "product": None}]
    assert grounded_findings(NOTE, proposed, rules, set()) == rules


def test_a_company_adds_words_in_its_own_compliance_yaml(labelled_db: Database, keqing_home: Path) -> None:
    note = "西山卫生院 周院长说有个病人吃了克肟以后打嗝停不下来"
    with labelled_db.session() as session:
        data = read_master_data(session=session)
    before = OfflineExtractor(data, load_lexicon()).extract(note, date=dt.date(2026, 5, 13))
    assert "adverse_event" not in kinds(before.record.compliance)
    own = keqing_home / "lexicon.yaml"
    own.write_text("compliance:\n  adverse_event:\n    reaction: [打嗝]\n", encoding="utf-8")
    after = OfflineExtractor(data, load_lexicon(own)).extract(note, date=dt.date(2026, 5, 13))
    assert kinds(after.record.compliance) == ["adverse_event"]


def test_indications_are_imported_with_the_catalog(labelled_db: Database) -> None:
    with labelled_db.session() as session:
        item = session.query(CatalogItem).filter_by(name="蒲地蓝消炎口服液").one()
        assert "孕妇禁用" in (item.indications or [])


def test_masking_covers_every_place_the_record_repeats_a_patient(check: Check) -> None:
    text = "红旗卫生室 老刘说病人王二柱 肺结核 电话13912345678 让我帮着问问 王二柱想要六味"
    record = VisitRecord.model_validate(
        {
            "visit_date": "2026-05-13",
            "customer": {"name": "红旗村卫生室", "matched": True},
            "commitments": [{"text": "帮王二柱问问六味"}],
            "summary": "红旗村卫生室:王二柱想要六味",
            "compliance": [c.model_dump() for c in check(text)],
        }
    )
    masked = mask_record(record).model_dump_json()
    assert "王二柱" not in masked and "13912345678" not in masked and "王**" in masked
