"""The admin's view of the one list of settings: every setting with what it holds for the
office now (this PC's own are read by the UI, which keeps them)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.settings import Setting, all_settings
from desktop.services.accounts.session import Session, acting_user
from desktop.store.settings import office_values


@dataclass(frozen=True)
class OfficeSetting:
    spec: Setting
    # The stored texts: one for a plain setting (None when never set), one per name for a
    # family (e.g. each archive layout remembered).
    stored: dict[str, str]


def office_settings(session: Session) -> list[OfficeSetting]:
    """Every office setting in the list's order, with what the database holds: the admin's."""
    acting_user(session, "admin")
    stored = office_values()
    found = []
    for spec in all_settings():
        if spec.scope != "office":
            continue
        if spec.family:
            mine = {k: v for k, v in stored.items() if k.startswith(spec.key)}
        else:
            mine = {spec.key: stored[spec.key]} if spec.key in stored else {}
        found.append(OfficeSetting(spec, mine))
    return found
