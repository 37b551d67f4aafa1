"""The database schema (SQLAlchemy 2, typed). Works the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    func,
    or_,
    true,
)
from sqlalchemy.ext.hybrid import hybrid_method
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Person(Base):
    """Someone who may use the assistant: a rep, a manager or an admin."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="rep")
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    invite_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    reminders: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    # a deactivated person is refused everywhere as if unknown; their notes and accounts stay
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    invite_expires: Mapped[dt.datetime | None] = mapped_column(DateTime)

    manager: Mapped[Person | None] = relationship(remote_side=[id])


class InviteFailure(Base):
    """Wrong invite codes sent from one Telegram account: too many and it must wait."""

    __tablename__ = "invite_failures"

    telegram_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    count: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Setting(Base):
    """Company-wide values that come from imported data (e.g. the company's name)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CatalogItem(Base):
    """An own product, a competitor (product or firm) or a distributor."""

    __tablename__ = "catalog"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128))
    aliases: Mapped[list[str]] = mapped_column(default=list)
    unit: Mapped[str | None] = mapped_column(String(16))
    category: Mapped[str | None] = mapped_column(String(32))
    indications: Mapped[list[str] | None] = mapped_column(JSON, default=list)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    aliases: Mapped[list[str]] = mapped_column(default=list)
    type: Mapped[str | None] = mapped_column(String(32))
    area: Mapped[str | None] = mapped_column(String(16))
    tier: Mapped[str | None] = mapped_column(String(1))
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(256))
    payment_terms: Mapped[str | None] = mapped_column(String(16))
    supplier: Mapped[str | None] = mapped_column(String(128))
    restock_cycle_days: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16), default="import")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    rep: Mapped[Person | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(back_populates="customer", order_by="Contact.id")


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    surname: Mapped[str | None] = mapped_column(String(8))
    role: Mapped[str] = mapped_column(String(16), default="other")
    phone: Mapped[str | None] = mapped_column(String(32))
    birthday: Mapped[str | None] = mapped_column(String(5))
    notes: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer] = relationship(back_populates="contacts")


class RawNote(Base):
    """A note exactly as it arrived. Stored before anything else happens to it."""

    __tablename__ = "raw_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    note_date: Mapped[dt.date] = mapped_column(Date)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    status: Mapped[str] = mapped_column(String(16), default="received")
    channel: Mapped[str] = mapped_column(String(16), default="cli")
    external_id: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    # The record as its card last showed it (edits included) until it is saved or discarded: a
    # card's buttons still work after a restart or once a newer note has come in.
    draft: Mapped[dict[str, Any] | None] = mapped_column()


class Visit(Base):
    """One contact with an account: the confirmed visit record of a raw note."""

    __tablename__ = "visits"
    # team summaries read a period per rep; briefings and cadence read an account's history by day
    __table_args__ = (
        Index("ix_visits_rep_date", "rep_id", "visit_date"),
        Index("ix_visits_customer_date", "customer_id", "visit_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_note_id: Mapped[int] = mapped_column(ForeignKey("raw_notes.id"), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    visit_date: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(16))
    payment_terms: Mapped[str | None] = mapped_column(String(16))
    restock_cycle_days: Mapped[int | None] = mapped_column(Integer)
    supplier: Mapped[str | None] = mapped_column(String(128))
    needs: Mapped[list[str]] = mapped_column(default=list)
    next_visit: Mapped[dt.date | None] = mapped_column(Date)
    sentiment: Mapped[str] = mapped_column(String(16), default="neutral")
    summary: Mapped[str] = mapped_column(Text, default="")
    record: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # the kinds of the record's compliance findings, one per finding, for the team summary's counts
    compliance: Mapped[list[str] | None] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    customer: Mapped[Customer | None] = relationship()
    raw_note: Mapped[RawNote] = relationship()
    products: Mapped[list[VisitProduct]] = relationship(cascade="all, delete-orphan")
    competitors: Mapped[list[CompetitorMention]] = relationship(cascade="all, delete-orphan")
    commitments: Mapped[list[Commitment]] = relationship(
        cascade="all, delete-orphan", foreign_keys="Commitment.visit_id", back_populates="visit"
    )
    contacts: Mapped[list[VisitContact]] = relationship(cascade="all, delete-orphan")
    risks: Mapped[list[AccountRisk]] = relationship(cascade="all, delete-orphan")


class VisitContact(Base):
    __tablename__ = "visit_contacts"

    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), primary_key=True)

    contact: Mapped[Contact] = relationship()


class VisitProduct(Base):
    __tablename__ = "visit_products"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    catalog_id: Mapped[int | None] = mapped_column(ForeignKey("catalog.id"))
    name: Mapped[str] = mapped_column(String(128))
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))


class CompetitorMention(Base):
    __tablename__ = "competitor_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    catalog_id: Mapped[int | None] = mapped_column(ForeignKey("catalog.id"))
    name: Mapped[str] = mapped_column(String(128))
    note: Mapped[str | None] = mapped_column(Text)


class Commitment(Base):
    """A commitment the rep made to an account; open until kept."""

    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    promised_on: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="open")
    kept_on: Mapped[dt.date | None] = mapped_column(Date)
    kept_visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"))

    visit: Mapped[Visit] = relationship(foreign_keys=[visit_id], back_populates="commitments")

    # The one rule for "open", in Python and in SQL: made by that day and not kept by then.
    @hybrid_method
    def open_on(self, day: dt.date) -> bool:
        return self.promised_on <= day and (self.kept_on is None or self.kept_on > day)

    @open_on.inplace.expression  # type: ignore[attr-defined]  # SQLAlchemy 2.1 types inplace loosely
    @classmethod
    def _open_on_expression(cls, day: dt.date) -> Any:
        return and_(cls.promised_on <= day, or_(cls.kept_on.is_(None), cls.kept_on > day))


class LLMUsage(Base):
    """One request to the model endpoint: what for, how many tokens, how long, and whether it worked."""

    __tablename__ = "llm_usage"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    purpose: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(128))
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    ok: Mapped[bool] = mapped_column(default=True)
    error: Mapped[str | None] = mapped_column(Text)


class SafetyReport(Base):
    """A suspected adverse event a rep confirmed from a note: the company's pharmacovigilance record."""

    __tablename__ = "safety_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    raw_note_id: Mapped[int] = mapped_column(ForeignKey("raw_notes.id"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    product: Mapped[str | None] = mapped_column(String(128))
    what_happened: Mapped[str] = mapped_column(Text)
    reported_on: Mapped[dt.date] = mapped_column(Date, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())

    rep: Mapped[Person | None] = relationship()
    customer: Mapped[Customer | None] = relationship()
    raw_note: Mapped[RawNote] = relationship()


class LearnedPhrase(Base):
    """A phrase the engine learned from the records reps confirmed (memory/extract/teach.py)."""

    __tablename__ = "learned_phrases"

    id: Mapped[int] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(128), default="")
    phrase: Mapped[str] = mapped_column(String(64))


class TelegramUpdate(Base):
    """An update some bot worker has taken: Telegram redelivers on a slow answer, and behind one
    webhook another worker may get the copy."""

    __tablename__ = "telegram_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)


class ChatCard(Base):
    """The card a person's chat has in hand and what they are doing with it (editing a section,
    rewording it): in the database, so whichever bot worker gets their next message carries on."""

    __tablename__ = "chat_cards"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    raw_note_id: Mapped[int] = mapped_column(ForeignKey("raw_notes.id"))
    editing: Mapped[str | None] = mapped_column(String(32))  # a section key, "*" (none chosen yet)
    rewording: Mapped[bool] = mapped_column(default=False)


class HeldMessage(Base):
    """A person's message waiting for 记为拜访 / 当作提问 (the router could not tell a note from a
    question): in the database, so whichever bot worker gets the tap answers it."""

    __tablename__ = "chat_held"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class JobRun(Base):
    """A daily job claimed by one worker (the first to insert the row), so it runs once, not per worker."""

    __tablename__ = "job_runs"

    job: Mapped[str] = mapped_column(String(64), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PointFeedback(Base):
    """A rep's verdict on a briefing's talking point: done (followed) or dismissed (not relevant).
    A dismissed point is not suggested again for that account (memory/reports/point_feedback.py)."""

    __tablename__ = "point_feedback"
    __table_args__ = (Index("ix_point_feedback_customer_kind", "customer_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # the talking point's rule (prompts/talking_points.yaml)
    subject: Mapped[str] = mapped_column(String(16))  # which fact it was about, as a short key
    verdict: Mapped[str] = mapped_column(String(16))  # done | dismissed
    text: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    day: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())


class AccountRisk(Base):
    """A competitive threat a note reported on an account (a stop-ordering warning, a competitor's
    offer to the staff): shown in its briefing and in the team's at-risk list (memory/reports/risks.py)."""

    __tablename__ = "account_risks"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # stop_ordering | staff_incentive
    text: Mapped[str] = mapped_column(Text)  # the clause of the note that says it
    noted_on: Mapped[dt.date] = mapped_column(Date)
