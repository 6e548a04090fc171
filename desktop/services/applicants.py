"""An applicant's personal data: changed only by its own audited use case, which keeps the
values it replaces. Results already signed keep the names they were signed with (snapshots)."""

from __future__ import annotations

import json
from datetime import date

from desktop.domain.errors import DomainError
from desktop.services import audit
from desktop.services.errors import NotFound
from desktop.services.inputs import ApplicantInput
from desktop.services.reference import now
from desktop.services.session import Session, acting_user
from desktop.store.connection import write_transaction
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


def update_applicant(session: Session, applicant_id: int, given: ApplicantInput) -> None:
    """The clerk corrects a person's data (a new surname after marriage, a typo)."""
    from desktop.services.registration import clean_applicant

    user = acting_user(session, "clerk")
    person = clean_applicant(given, now().date())
    with write_transaction():
        applicant = Applicant.get_or_none(Applicant.id == applicant_id)
        if applicant is None:
            raise NotFound("applicant_not_found", f"no applicant {applicant_id}")
        if person["iin"] != applicant.iin and Applicant.select().where(
                Applicant.iin == person["iin"]).exists():
            raise DomainError("iin_taken", "another person has this IIN")
        record_change(applicant, person, user.username)


def history(applicant_id: int) -> list[tuple[str, str, dict]]:
    """(when, who, the values before) of each change, oldest first."""
    rows = ApplicantHistory.select().where(ApplicantHistory.applicant == applicant_id).order_by(
        ApplicantHistory.id)
    return [(r.changed_at.isoformat(), r.username, json.loads(r.previous)) for r in rows]
