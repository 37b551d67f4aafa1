"""The contract's enum codes (visit-record.md): stable English codes in data; Chinese labels in prompts/."""

from __future__ import annotations

from typing import Literal, get_args

Channel = Literal["visit", "phone", "message"]
CustomerType = Literal[
    "county_hospital",
    "township_hospital",
    "village_clinic",
    "private_clinic",
    "pharmacy",
    "chain_hq",
    "chain_store",
    "distributor",
]
Area = Literal["urban", "rural"]
Role = Literal[
    "owner", "manager", "clerk", "purchaser", "finance", "doctor", "director", "nurse", "pharmacist", "other"
]
ProductKind = Literal["sold", "stock", "order", "mention"]
PaymentTerms = Literal["prepaid", "cash", "cod", "monthly", "consignment", "rollover"]
Need = Literal[
    "training",
    "promotion",
    "pos_material",
    "advertising",
    "margin",
    "display",
    "new_product",
    "return_exchange",
    "consumer_education",
    "credit",
]
Sentiment = Literal["positive", "neutral", "negative"]
ComplianceKind = Literal["adverse_event", "inducement", "off_label", "personal_data"]
Tier = Literal["A", "B", "C", "D"]
PersonRole = Literal["rep", "manager", "admin"]

CHANNELS: tuple[str, ...] = get_args(Channel)
CUSTOMER_TYPES: tuple[str, ...] = get_args(CustomerType)
AREAS: tuple[str, ...] = get_args(Area)
ROLES: tuple[str, ...] = get_args(Role)
PRODUCT_KINDS: tuple[str, ...] = get_args(ProductKind)
PAYMENT_TERMS: tuple[str, ...] = get_args(PaymentTerms)
NEEDS: tuple[str, ...] = get_args(Need)
SENTIMENTS: tuple[str, ...] = get_args(Sentiment)
COMPLIANCE_KINDS: tuple[str, ...] = get_args(ComplianceKind)
TIERS: tuple[str, ...] = get_args(Tier)
PERSON_ROLES: tuple[str, ...] = get_args(PersonRole)
RESTOCK_CYCLES: tuple[int, ...] = (7, 15, 30, 60, 90)
