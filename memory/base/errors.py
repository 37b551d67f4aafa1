"""Errors the user must be told about. They carry a code and values; bot/texts.py words them in Chinese."""

from __future__ import annotations

from typing import Any


class KeqingError(Exception):
    code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code}: {params}")


class MasterDataError(KeqingError):
    """A bad master-data file or row; `path` and `line` say where."""

    code = "masterdata"


class NotFoundError(KeqingError):
    code = "not_found"


class PermissionDenied(KeqingError):
    code = "permission_denied"


class AmbiguousCustomer(KeqingError):
    """Several accounts match what was typed; the transport asks which one."""

    code = "ambiguous_customer"

    def __init__(self, query: str, candidates: list[tuple[int, str]]) -> None:
        super().__init__(query=query, names="、".join(name for _id, name in candidates))
        self.candidates = candidates
