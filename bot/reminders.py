"""The morning reminder and the birthday reminder, as (telegram id, text) pairs for any sender."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.context import AppContext
from bot.views import texts
from bot.views.today import render_today
from memory.base.db import Database
from memory.reports.briefing import next_birthday
from memory.reports.due import commitments_due, due_customers
from memory.schema.models import Contact, Customer, Person


def morning_messages(ctx: AppContext, today: dt.date) -> list[tuple[int, str]]:
    """Each linked person with reminders on and something to do today: their own accounts and commitments."""
    messages = []
    policy = ctx.policy
    with ctx.db.session() as session:
        people = session.scalars(
            select(Person).where(Person.telegram_id.is_not(None), Person.reminders.is_(True))
        )
        for person in people:
            own = {person.id}
            due = due_customers(session=session, rep_ids=own, today=today, policy=policy)
            commitments = commitments_due(session=session, rep_ids=own, until=today)
            if (due or commitments) and person.telegram_id is not None:
                body = render_today(due, commitments, today=today, show_rep=False)
                messages.append(
                    (person.telegram_id, f"{texts.t('reminder_intro', name=person.name)}\n{body}")
                )
            tomorrow = today + dt.timedelta(days=1)
            contacts = session.execute(
                select(Contact, Customer.name)
                .join(Customer, Contact.customer_id == Customer.id)
                .where(Customer.rep_id == person.id, Contact.birthday.is_not(None))
            )
            for contact, customer in contacts:
                if (
                    person.telegram_id is not None
                    and next_birthday(contact.birthday or "", tomorrow) == tomorrow
                ):
                    text = texts.t(
                        "reminder_birthday", customer=customer, contact=contact.name, date=contact.birthday
                    )
                    messages.append((person.telegram_id, text))
    return messages


def set_reminders(db: Database, *, name: str, on: bool) -> None:
    with db.session() as session:
        person = session.scalar(select(Person).where(Person.name == name))
        if person is not None:
            person.reminders = on
