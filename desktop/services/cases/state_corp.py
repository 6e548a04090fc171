"""A result kept at the State Corporation: read by the case view and by the use case that
takes an unclaimed result back, so it lives below both."""

from __future__ import annotations

from datetime import datetime

from desktop.domain import deadlines
from desktop.services.reference import catalogue
from desktop.store.models import Case, StateCorpEvent


def storage_ends_of(case: Case) -> datetime | None:
    """When the State Corporation's month of storage of this case's result ends (None when the
    result is not at the State Corporation)."""
    handed = (
        StateCorpEvent.select(StateCorpEvent.at)
        .where((StateCorpEvent.case == case.id) & (StateCorpEvent.kind == "handed_over"))
        .order_by(StateCorpEvent.at.desc())
        .scalar()
    )
    if handed is None:
        return None
    return deadlines.storage_ends(catalogue()[case.service], handed)
