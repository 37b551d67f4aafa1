"""What the model is asked for: the visit record of the contract, in a shape that parses leniently.

The JSON schema the model sees is the contract's (enum codes, ISO dates), so a constrained decoder
writes legal values. Parsing is lenient field by field: an illegal code, a malformed date or a
non-number becomes None ("the model said nothing here") instead of failing the whole answer, and a
missing key is silence, while an explicit null is the model's reading that the note says nothing
there (`nulls`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, model_validator
from pydantic.json_schema import SkipJsonSchema

from memory.schema.codes import (
    AREAS,
    CHANNELS,
    COMPLIANCE_KINDS,
    CUSTOMER_TYPES,
    NEEDS,
    PAYMENT_TERMS,
    PRODUCT_KINDS,
    RESTOCK_CYCLES,
    ROLES,
    SENTIMENTS,
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


def _legal(values: tuple[object, ...]) -> Callable[[Any], Any]:
    return lambda value: value if value in values else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _legal_list(values: tuple[str, ...]) -> Callable[[Any], Any]:
    return lambda items: [i for i in items if i in values] if isinstance(items, list) else None


Text = Annotated[str | None, BeforeValidator(_text)]
Day = Annotated[dt.date | None, BeforeValidator(_date)]
Number = Annotated[float | None, BeforeValidator(_number)]


class ModelCustomer(BaseModel):
    name: Text = None
    matched: bool | None = None
    type: Annotated[CustomerType | None, BeforeValidator(_legal(CUSTOMER_TYPES))] = None
    area: Annotated[Area | None, BeforeValidator(_legal(AREAS))] = None


class ModelContact(BaseModel):
    name: Text = None
    surname: Text = None
    role: Annotated[Role | None, BeforeValidator(_legal(ROLES))] = None
    phone: Text = None
    birthday: Text = None
    notes: Text = None


class ModelProduct(BaseModel):
    name: Text = None
    quantity: Number = None
    unit: Text = None
    kind: Annotated[ProductKind | None, BeforeValidator(_legal(PRODUCT_KINDS))] = None


class ModelCompetitor(BaseModel):
    name: Text = None
    note: Text = None


class ModelCommitment(BaseModel):
    text: Text = None
    due: Day = None


class ModelFinding(BaseModel):
    """A compliance finding the model proposes; kept only with a quote the note holds."""

    kind: Annotated[ComplianceKind | None, BeforeValidator(_legal(COMPLIANCE_KINDS))] = None
    text: Text = None
    product: Text = None


class ModelVisit(BaseModel):
    """The contract's record without the summary (that is written from the merged record)."""

    visit_date: Day = None
    channel: Annotated[Channel | None, BeforeValidator(_legal(CHANNELS))] = None
    customer: ModelCustomer | None = None
    contacts: list[ModelContact] | None = None
    products: list[ModelProduct] | None = None
    competitors: list[ModelCompetitor] | None = None
    payment_terms: Annotated[PaymentTerms | None, BeforeValidator(_legal(PAYMENT_TERMS))] = None
    restock_cycle_days: Annotated[int | None, BeforeValidator(_legal(RESTOCK_CYCLES))] = None
    supplier: Text = None
    needs: Annotated[list[Need] | None, BeforeValidator(_legal_list(NEEDS))] = None
    commitments: list[ModelCommitment] | None = None
    next_visit: Day = None
    sentiment: Annotated[Sentiment | None, BeforeValidator(_legal(SENTIMENTS))] = None
    compliance: list[ModelFinding] | None = None
    nulls: SkipJsonSchema[frozenset[str]] = frozenset()  # keys the model answered with null

    @model_validator(mode="before")
    @classmethod
    def _note_nulls(cls, data: Any) -> Any:
        if isinstance(data, dict):
            data = {**data, "nulls": frozenset(k for k, v in data.items() if v is None)}
        return data
