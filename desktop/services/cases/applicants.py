"""An applicant's personal data: changed only through `record_change` (a registration that
brings new data calls it), which keeps the values it replaces and audits the change. Results
already signed keep the names they were signed with (snapshots)."""

from __future__ import annotations

import json
from datetime import date

from desktop.services.records import audit
from desktop.services.reference import now
from desktop.store.models import Applicant, ApplicantHistory

# Columns a person's data change touches (search and sort keys follow the name).
PERSONAL = ("iin", "surname", "name", "patronymic", "birth_date", "phone", "email", "address",
            "search_name", "sort_name")
# Shown in the audit log and kept in the history; the derived keys are not news to anyone.
_VISIBLE = PERSONAL[:8]


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


def record_change(applicant: Applicant, person: dict, username: str) -> bool:
    """Bring the row to `person`, keeping the old values in the history and auditing it.
    Runs inside the caller's write transaction; returns False when nothing differed."""
    old = {k: getattr(applicant, k) for k in PERSONAL}
    if all(_plain(old[k]) == _plain(person[k]) for k in PERSONAL):
        return False
    ApplicantHistory.create(
        applicant=applicant.id, changed_at=now(), username=username,
        previous=json.dumps({k: _plain(old[k]) for k in _VISIBLE}, ensure_ascii=False),
    )
    Applicant.update(**{k: person[k] for k in PERSONAL}).where(
        Applicant.id == applicant.id).execute()
    # The log names the fields; the values stay in the history (the admin, who reads the log,
    # sees no personal data), and the record's digest vouches for the row.
    changed = [k for k in _VISIBLE if _plain(old[k]) != _plain(person[k])]
    audit.append(username, "change_applicant", None, {"fields": changed},
                 applicant_id=applicant.id)
    return True


def create(person: dict, username: str) -> Applicant:
    applicant = Applicant.create(**{k: person[k] for k in PERSONAL})
    audit.append(username, "create_applicant", None, {}, applicant_id=applicant.id)
    return applicant
