"""Import of a company's master data (contract/master-data.md): catalog.yaml, customers.csv, reps.csv.

One call is one transaction: either every file is imported or nothing changes. Re-importing updates
rows by name and never duplicates them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.accounts.people import nearest_name, team_known
from memory.base.errors import MasterDataError
from memory.base.limits import storable
from memory.base.yamlfile import parse_yaml
from memory.schema.codes import PERSON_ROLES, TIERS, Area, CustomerType
from memory.schema.models import CatalogItem, Customer, Person, Setting

if TYPE_CHECKING:
    from memory.extract.gazetteer import MasterData


def _split_aliases(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split("|")
    seen: list[str] = []
    for item in items:
        text = str(item).strip()
        if text and text not in seen:
            seen.append(text)
    return seen


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CatalogEntry(_Row):
    # the limits are the columns' (memory/schema/models.py): checked here, with the line, not by the database
    name: str = Field(min_length=1, max_length=128)
    aliases: list[Annotated[str, Field(max_length=128)]] = []
    unit: str | None = Field(None, max_length=16)
    category: str | None = Field(None, max_length=32)
    indications: list[str] = []  # the label's uses, groups and doses, for the off-label check

    _aliases = field_validator("aliases", mode="before")(_split_aliases)


class Catalog(_Row):
    company: str | None = None
    products: list[CatalogEntry] = []
    competitors: list[CatalogEntry] = []
    distributors: list[CatalogEntry] = []


class CustomerRow(_Row):
    name: str = Field(min_length=1, max_length=128)
    aliases: list[Annotated[str, Field(max_length=128)]] = []
    type: CustomerType | None = None
    area: Area | None = None
    tier: str | None = None
    rep: str | None = Field(None, max_length=64)
    phone: str | None = Field(None, max_length=32)
    address: str | None = Field(None, max_length=256)

    _aliases = field_validator("aliases", mode="before")(_split_aliases)
    _blanks = field_validator("type", "area", "tier", "rep", "phone", "address", mode="before")(
        _blank_to_none
    )

    @field_validator("tier")
    @classmethod
    def _tier(cls, value: str | None) -> str | None:
        if value is not None and value.upper() not in TIERS:
            raise ValueError(f"tier {value!r} not one of {', '.join(TIERS)}")
        return value.upper() if value else None


CLEAR = "-"  # a reps.csv telegram_id of "-" unlinks the person (an empty cell leaves the link as it is)


class PersonRow(_Row):
    name: str = Field(min_length=1, max_length=64)
    role: str = "rep"
    manager: str | None = Field(None, max_length=64)
    telegram_id: int | Literal["-"] | None = None

    _blanks = field_validator("role", "manager", "telegram_id", mode="before")(_blank_to_none)

    @field_validator("role", mode="before")
    @classmethod
    def _role(cls, value: str | None) -> str:
        role = (value or "rep").strip()
        if role not in PERSON_ROLES:
            raise ValueError(f"role {role!r} not one of {', '.join(PERSON_ROLES)}")
        return role


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    new_reps: list[str] = field(default_factory=list)  # created from customers.csv, with no manager

    def count(self, what: str, created: bool) -> None:
        bucket = self.created if created else self.updated
        bucket[what] = bucket.get(what, 0) + 1


def _problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    message = str(first.get("msg", "")).removeprefix("Value error, ")
    if "input" in first and first["input"] not in (None, "") and not isinstance(first["input"], dict):
        shown = repr(first["input"])
        message = f"{shown[:40]}…: {message}" if len(shown) > 40 else f"{shown}: {message}"
    return f"{where}: {message}" if where else message


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise MasterDataError("file_missing", path=str(path), line=None) from None
    except OSError as exc:
        raise MasterDataError("unreadable", path=str(path), line=None, detail=str(exc)) from None
    # Excel in China saves CSV as GBK (GB18030 is its superset) unless told otherwise
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return storable(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise MasterDataError("not_utf8", path=str(path), line=None)


def _csv_rows(path: Path, text: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in reader.fieldnames or []]
        reader.fieldnames = header
        rows: list[tuple[int, dict[str, str]]] = []
        for row in reader:
            if None in row:
                raise MasterDataError("extra_cells", path=str(path), line=reader.line_num)
            if not any((v or "").strip() for v in row.values()):
                continue
            rows.append((reader.line_num, {k: v if v is not None else "" for k, v in row.items()}))
    except csv.Error as exc:  # a stray quote or carriage return: say where, not a traceback
        raise MasterDataError("bad_row", path=str(path), line=reader.line_num, problem=str(exc)) from None
    return header, rows


def detect_kind(path: Path, text: str) -> str:
    """What a file holds, by its content first and its name second."""
    if path.suffix.lower() in {".yaml", ".yml"}:
        return "catalog"
    first = text.splitlines()[0] if text.strip() else ""
    columns = {c.strip() for c in first.split(",")}
    if "name" in columns and {"role", "manager", "telegram_id"} & columns:
        return "reps"
    if "name" in columns and ({"tier", "type", "area", "aliases", "rep"} & columns):
        return "customers"
    raise MasterDataError("unknown_file", path=str(path), line=1)


def _person(session: Session, name: str, report: ImportReport, role: str = "rep") -> Person:
    person = session.scalar(select(Person).where(Person.name == name))
    if person is None:
        person = Person(name=name, role=role)
        session.add(person)
        session.flush()
        report.count("people", created=True)
    return person


_NamedRow = TypeVar("_NamedRow", PersonRow, CustomerRow)


def _valid_rows(
    path: Path, rows: list[tuple[int, dict[str, str]]], model: type[_NamedRow]
) -> Iterator[tuple[int, _NamedRow]]:
    """Each CSV row validated, with its line; a bad or repeated row stops the import with its line."""
    seen: set[str] = set()
    for line, raw in rows:
        try:
            row = model.model_validate({k: v for k, v in raw.items() if k in model.model_fields})
        except ValidationError as exc:
            raise MasterDataError("bad_row", path=str(path), line=line, problem=_problem(exc)) from None
        if row.name in seen:
            raise MasterDataError("duplicate", path=str(path), line=line, name=row.name)
        seen.add(row.name)
        yield line, row


@dataclass
class ImportOptions:
    report: ImportReport
    create_reps: bool = False  # customers.csv may name reps nobody has (`keqing import --create-rep`)


def import_reps(session: Session, path: Path, text: str, options: ImportOptions) -> None:
    report = options.report
    _, rows = _csv_rows(path, text)
    parsed = list(_valid_rows(path, rows, PersonRow))
    _check_links(session, path, parsed)
    for _line, row in parsed:  # links cleared or moved first: a swap of two ids never collides
        person = session.scalar(select(Person).where(Person.name == row.name))
        if person is not None and row.telegram_id is not None and person.telegram_id != row.telegram_id:
            person.telegram_id = None
    session.flush()
    for _line, row in parsed:
        person = session.scalar(select(Person).where(Person.name == row.name))
        created = person is None
        if person is None:
            person = Person(name=row.name)
            session.add(person)
        person.role = row.role
        if isinstance(row.telegram_id, int):
            person.telegram_id = row.telegram_id
        report.count("people", created=created)
    session.flush()
    for line, row in parsed:
        if row.manager is None:
            continue
        if row.manager == row.name:
            raise MasterDataError("own_manager", path=str(path), line=line, name=row.name)
        manager = session.scalar(select(Person).where(Person.name == row.manager))
        if manager is None:
            raise MasterDataError("unknown_manager", path=str(path), line=line, name=row.manager)
        person = session.scalar(select(Person).where(Person.name == row.name))
        assert person is not None
        person.manager_id = manager.id


def _check_links(session: Session, path: Path, parsed: list[tuple[int, PersonRow]]) -> None:
    """One Telegram account, one person: in the file, and against people the file leaves linked."""
    given = {row.name: row.telegram_id for _line, row in parsed}
    seen: dict[int, str] = {}
    for line, row in parsed:
        if not isinstance(row.telegram_id, int):
            continue
        holder = seen.get(row.telegram_id)
        if holder is None:
            other = session.scalar(select(Person.name).where(Person.telegram_id == row.telegram_id))
            keeps = other is not None and other != row.name and given.get(other) in (None, row.telegram_id)
            holder = other if keeps else None
        if holder is not None:
            raise MasterDataError(
                "duplicate_telegram", path=str(path), line=line, telegram_id=row.telegram_id, name=holder
            )
        seen[row.telegram_id] = row.name


def import_catalog(session: Session, path: Path, text: str, options: ImportOptions) -> None:
    report = options.report
    try:
        data = parse_yaml(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise MasterDataError(
            "bad_yaml", path=str(path), line=line, problem=str(exc).splitlines()[0]
        ) from None
    if not isinstance(data, dict):
        raise MasterDataError("bad_yaml", path=str(path), line=1, problem="not a mapping")
    try:
        catalog = Catalog.model_validate(data)
    except ValidationError as exc:
        raise MasterDataError("bad_row", path=str(path), line=None, problem=_problem(exc)) from None
    if catalog.company:
        setting = session.get(Setting, "company") or Setting(key="company", value=catalog.company)
        setting.value = catalog.company
        session.add(setting)
    for kind, entries in (
        ("product", catalog.products),
        ("competitor", catalog.competitors),
        ("distributor", catalog.distributors),
    ):
        for entry in entries:
            item = session.scalar(
                select(CatalogItem).where(CatalogItem.kind == kind, CatalogItem.name == entry.name)
            )
            created = item is None
            if item is None:
                item = CatalogItem(kind=kind, name=entry.name)
                session.add(item)
            item.aliases = entry.aliases
            item.unit = entry.unit
            item.category = entry.category
            item.indications = entry.indications
            report.count(f"{kind}s", created=created)


def _owner(session: Session, path: Path, line: int, name: str, options: ImportOptions) -> Person:
    """The account's rep. Without a team (no reps.csv) reps are created as they come, as the contract
    says; once the team is known, a name nobody has is refused as a likely typo unless
    `create_reps`, and every rep created is named in the report."""
    person = session.scalar(select(Person).where(Person.name == name))
    if person is not None:
        return person
    if not options.create_reps and team_known(session=session):
        nearest = nearest_name(session=session, name=name)
        raise MasterDataError(
            "unknown_rep_row" if nearest is None else "unknown_rep_row_near",
            path=str(path),
            line=line,
            name=name,
            nearest=nearest,
        )
    options.report.new_reps.append(name)
    return _person(session, name, options.report)


def import_customers(session: Session, path: Path, text: str, options: ImportOptions) -> None:
    report = options.report
    header, rows = _csv_rows(path, text)
    if "name" not in header:
        raise MasterDataError("missing_column", path=str(path), line=1, column="name")
    for line, row in _valid_rows(path, rows, CustomerRow):
        customer = session.scalar(select(Customer).where(Customer.name == row.name))
        created = customer is None
        if customer is None:
            customer = Customer(name=row.name, source="import")
            session.add(customer)
        customer.aliases = row.aliases
        customer.type = row.type
        customer.area = row.area
        customer.tier = row.tier
        customer.phone = row.phone
        customer.address = row.address
        customer.rep_id = _owner(session, path, line, row.rep, options).id if row.rep else None
        report.count("customers", created=created)


_IMPORTERS = {"reps": import_reps, "catalog": import_catalog, "customers": import_customers}
_ORDER = ("reps", "catalog", "customers")


def import_files(*, session: Session, paths: list[Path], create_reps: bool = False) -> ImportReport:
    """Import every file in one transaction (the caller's session); reps first, customers last.
    `create_reps`: a customers.csv rep nobody has is created even once the team is known."""
    report = ImportReport()
    options = ImportOptions(report, create_reps)
    loaded = []
    for path in paths:
        text = _read_text(path)
        loaded.append((detect_kind(path, text), path, text))
    loaded.sort(key=lambda item: _ORDER.index(item[0]))
    for kind, path, text in loaded:
        _IMPORTERS[kind](session, path, text, options)
    bump_version(session=session)
    session.flush()
    return report


VERSION_KEY = "masterdata_version"


def bump_version(*, session: Session) -> None:
    """Master data changed: cached indexes built from it must be rebuilt."""
    setting = session.get(Setting, VERSION_KEY)
    if setting is None:
        session.add(Setting(key=VERSION_KEY, value="1"))
    else:
        setting.value = str(int(setting.value) + 1)


def has_master_data(*, session: Session) -> bool:
    """Whether any account exists: on an empty database the assistant first says how to get some."""
    return session.scalar(select(Customer.id).limit(1)) is not None


def master_data_version(*, session: Session) -> str:
    setting = session.get(Setting, VERSION_KEY)
    return setting.value if setting else "0"


def read_master_data(*, session: Session) -> MasterData:
    # Lazy: the gazetteer brings pypinyin (0.3 s of CPU); importing master data does not need it.
    from memory.extract.gazetteer import MasterData

    customers = [
        {
            "id": c.id,
            "name": c.name,
            "aliases": list(c.aliases or []),
            "type": c.type,
            "area": c.area,
            "rep": c.rep.name if c.rep else None,
            "address": c.address,
            "source": c.source,
        }
        for c in session.scalars(select(Customer).order_by(Customer.id))
    ]
    catalog = [
        {
            "id": i.id,
            "kind": i.kind,
            "name": i.name,
            "aliases": list(i.aliases or []),
            "unit": i.unit,
            "indications": list(i.indications or []),
        }
        for i in session.scalars(select(CatalogItem).order_by(CatalogItem.id))
    ]
    company = session.get(Setting, "company")
    reps = list(session.scalars(select(Person.name)))
    return MasterData(
        company=company.value if company else None, customers=customers, catalog=catalog, reps=reps
    )
