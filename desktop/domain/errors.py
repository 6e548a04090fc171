"""Errors the domain raises.

Each carries a stable `code` and `params` so the UI can say it in Kazakh or Russian; the English
`str()` is for logs and developers.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the service was broken; nothing may be saved."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class IllegalTransition(DomainError):
    """The action is not allowed in the case's current state (or for this service)."""


class InvalidInput(DomainError):
    """A field a user entered is empty, too long, malformed or impossible."""

    def __init__(self, field: str, code: str, message: str, **params: object) -> None:
        super().__init__(code, f"{field}: {message}", field=field, **params)
        self.field = field
