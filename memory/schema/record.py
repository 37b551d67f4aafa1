"""The visit record of contract/visit-record.md, as pydantic models: the shape every engine returns."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from memory.schema.codes import (
    Area,
    Channel,
    ComplianceKind,
    CustomerType,
    Need,
    PaymentTerms,
    ProductKind,
    Role,
    Sentiment,
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CustomerRef(_Model):
    name: str
    matched: bool
    type: CustomerType | None = None
    area: Area | None = None


class ContactRecord(_Model):
    name: str
    surname: str | None = None
    role: Role = "other"
    phone: str | None = None
    birthday: str | None = Field(None, pattern=r"^\d{2}-\d{2}$")
    notes: str | None = None


class ProductRecord(_Model):
    name: str
    quantity: int | float | None = None
    unit: str | None = None
    kind: ProductKind = "mention"

    @field_validator("quantity")
    @classmethod
    def _whole_numbers_as_int(cls, value: float | None) -> float | None:
        return int(value) if value is not None and float(value).is_integer() else value


class CompetitorRecord(_Model):
    name: str
    note: str | None = None


class CommitmentRecord(_Model):
    text: str
    due: dt.date | None = None


class ComplianceFinding(_Model):
    """A compliance or safety issue quoted from the note (contract "Compliance findings")."""

    kind: ComplianceKind
    text: str
    product: str | None = None
    advice: str = ""


class VisitRecord(_Model):
    visit_date: dt.date
    channel: Channel = "visit"
    customer: CustomerRef
    contacts: list[ContactRecord] = []
    products: list[ProductRecord] = []
    competitors: list[CompetitorRecord] = []
    payment_terms: PaymentTerms | None = None
    restock_cycle_days: int | None = None
    supplier: str | None = None
    needs: list[Need] = []
    commitments: list[CommitmentRecord] = []
    next_visit: dt.date | None = None
    sentiment: Sentiment = "neutral"
    summary: str = ""
    compliance: list[ComplianceFinding] = []

    def is_empty(self) -> bool:
        """Names no account and records nothing a visit record is for (chit-chat, a stray word)."""
        return not (
            self.customer.name
            or self.contacts
            or self.products
            or self.competitors
            or self.payment_terms
            or self.restock_cycle_days
            or self.supplier
            or self.needs
            or self.commitments
            or self.next_visit
        )

    def to_json(self) -> dict[str, object]:
        return self.model_dump(mode="json")
