"""Who may see and change what: the one access rule every path (chat, CLI, reports) goes through.

A rep sees their own accounts, a manager their team's, an admin everyone's; the shell without
`--as` acts as an admin.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from memory.accounts.people import get_person
from memory.base.errors import PermissionDenied
from memory.schema.models import Person

ADMIN = "admin"


@dataclass(frozen=True)
class Scope:
    """A caller and the reps whose accounts they may see (None: everyone's)."""

    name: str | None
    role: str
    rep_ids: set[int] | None

    def sees(self, owner_id: int | None) -> bool:
        """An account is visible to everyone allowed its owner's data; an unowned one to everyone."""
        return self.rep_ids is None or owner_id is None or owner_id in self.rep_ids

    def require_admin(self) -> None:
        """Safety reports are for admins."""
        if self.role != ADMIN:
            raise PermissionDenied("admins_only", name=self.name)

    def require_manager(self) -> None:
        """Team summaries and exports are for managers and admins."""
        if self.role not in ("manager", ADMIN):
            raise PermissionDenied("managers_only", name=self.name)


SHELL = Scope(name=None, role=ADMIN, rep_ids=None)


def scope_for(*, session: Session, name: str | None) -> Scope:
    """The scope of a named person; no name is the shell's admin. Raises for an unknown name."""
    if not name:
        return SHELL
    person = get_person(session=session, name=name)
    return Scope(name=person.name, role=person.role, rep_ids=_rep_ids(session, person))


def manager_scope_for(*, session: Session, name: str | None, rep: str | None = None) -> set[int] | None:
    """The reps a team summary or an export covers: a manager's or admin's scope, narrowed to one rep
    (`--rep`) if given; raises for a rep asking or a rep outside the scope."""
    scope = scope_for(session=session, name=name)
    scope.require_manager()
    return narrowed(session=session, scope=scope, rep=rep)


def _rep_ids(session: Session, person: Person) -> set[int] | None:
    if person.role == ADMIN:
        return None
    if person.role == "manager":
        reports = session.scalars(select(Person.id).where(Person.manager_id == person.id))
        return {person.id, *reports}
    return {person.id}


def narrowed(*, session: Session, scope: Scope, rep: str | None) -> set[int] | None:
    """Only one rep's accounts (`--rep`), if the caller may see them."""
    if rep is None:
        return scope.rep_ids
    person = get_person(session=session, name=rep)
    if scope.rep_ids is not None and person.id not in scope.rep_ids:
        raise PermissionDenied("permission_denied", detail=rep)
    return {person.id}
