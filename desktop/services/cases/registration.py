"""Registering an application, or refusing to accept an incomplete package."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from desktop.domain import deadlines, workflow
from desktop.domain.catalogue import LANGUAGES, Service, check_package
from desktop.domain.collation import sort_key
from desktop.domain.errors import DomainError, InvalidInput
from desktop.domain.iin import InvalidIin, check_birth_date, parse_iin
from desktop.domain.validation import (
    check_length,
    check_past_date,
    clean_name,
    clean_phone,
    clean_text,
)
from desktop.services.accounts.session import Session, acting_user
from desktop.services.cases import applicants
from desktop.services.cases.casework import CaseRecord, next_number
from desktop.services.cases.desk_norms import desk_time
from desktop.services.cases.inputs import ApplicantInput, Application
from desktop.services.errors import IncompletePackage
from desktop.services.records import audit, snapshots
from desktop.services.reference import case_clock, catalogue, now, work_calendar
from desktop.store.connection import write_transaction
from desktop.store.models import Applicant, Case, CaseDocument

# A request from the State Corporation or the portal may reach the clerk late, but not this late.
MAX_SUBMISSION_AGE = timedelta(days=366)
REASONS = ("lost", "damaged")


def clean_applicant(a: ApplicantInput, today) -> dict:
    try:
        iin = parse_iin(a.iin or "", today=today)
    except InvalidIin as exc:
        raise InvalidInput("iin", f"iin_{exc.reason}", str(exc)) from exc
    birth = check_past_date(a.birth_date, "birth_date", today)
    try:
        check_birth_date(iin, birth)
    except ValueError as exc:
        raise InvalidInput("birth_date", "birth_date_mismatch", str(exc)) from exc
    surname = clean_name(a.surname, "surname")
    name = clean_name(a.name, "name")
    patronymic = clean_name(a.patronymic, "patronymic", required=False)
    full_name = " ".join(p for p in (surname, name, patronymic) if p)
    return {
        "iin": iin.value,
        "surname": surname,
        "name": name,
        "patronymic": patronymic,
        "birth_date": birth,
        "phone": clean_phone(a.phone),
        "email": clean_text(a.email, "email", max_len=120, required=False),
        "address": clean_text(a.address, "address", max_len=300, required=False),
        "search_name": check_length(full_name.casefold(), "full_name", 200),
        "sort_name": sort_key(full_name),
    }


def _clean_application(app: Application, moment: datetime) -> tuple[Service, dict, dict]:
    services = catalogue().services
    if app.service not in services:
        raise InvalidInput("service", "bad_choice", f"unknown service '{app.service}'")
    service = services[app.service]
    if app.channel not in service.channels:
        raise InvalidInput("channel", "bad_choice", f"channel '{app.channel}' not available")
    if app.language not in LANGUAGES:
        raise InvalidInput("language", "bad_choice", f"unknown language '{app.language}'")
    external = clean_text(
        app.external_number, "external_number", max_len=60,
        required=app.channel in workflow.VIA_STATE_CORP,
    )
    submitted = (app.submitted_at or moment).replace(microsecond=0)
    if submitted > moment + timedelta(minutes=5):
        raise InvalidInput("submitted_at", "future_date", "the submission is in the future")
    if submitted < moment - MAX_SUBMISSION_AGE:
        raise InvalidInput("submitted_at", "too_old_date", "the submission is over a year old")
    reason = app.reason or ""
    if service.asks_reason and reason not in REASONS:
        raise InvalidInput("reason", "required", "say whether the document was lost or damaged")
    codes = {d.code for d in service.documents}
    unknown = (set(app.presented) | set(app.expired)) - codes
    if unknown:
        raise InvalidInput("documents", "bad_choice", f"unknown documents {sorted(unknown)}")
    fields = {
        "service": service.code,
        "channel": app.channel,
        "external_number": external,
        "language": app.language,
        "submitted_at": submitted,
        "accepted_at": deadlines.acceptance_moment(app.channel, submitted, work_calendar()),
        "representative_name": clean_text(
            app.representative_name, "representative_name", max_len=200, required=False
        ),
        "representative_document": clean_text(
            app.representative_document, "representative_document", max_len=200,
            required=bool(app.representative_name and app.representative_name.strip()),
        ),
        "reason": reason if service.asks_reason else "",
        "name_changed": bool(app.name_changed) if service.asks_reason else False,
    }
    return service, fields, clean_applicant(app.applicant, moment.date())


def _save(session: Session, app: Application, state_action: str) -> Case:
    user = acting_user(session, "clerk")
    moment = now()
    service, fields, person = _clean_application(app, moment)
    check = check_package(
        service, app.channel, set(app.presented), set(app.expired),
        damaged=fields["reason"] == "damaged", name_changed=fields["name_changed"],
    )
    if state_action == "register" and not check.complete:
        raise IncompletePackage([d.code for d in check.missing], [d.code for d in check.expired])
    if state_action == "refuse_acceptance" and check.complete:
        raise DomainError("package_complete", "the package is complete: register it instead")
    state = workflow.next_state(service, app.channel, None, state_action, user.role)
    with write_transaction():
        # Checked again where it counts: a sign-out or lock-out meanwhile refuses the save.
        user = acting_user(session, "clerk")
        applicant = Applicant.get_or_none(Applicant.iin == person["iin"])
        if applicant is None:
            applicant = applicants.create(person, user.username)
        else:
            # The person's data as typed today (a new surname after marriage) is a change of
            # its own, kept in the history; signed results keep the names they were signed with.
            applicants.record_change(applicant, person, user.username)
        year = fields["accepted_at"].year
        seq = next_number(service.code, year)
        case = Case(
            **fields,
            applicant=applicant.id,
            reg_year=year,
            reg_seq=seq,
            reg_number=f"{service.reg_prefix}-{year}/{seq:05d}",
            state=state,
            step_started_at=max(moment, fields["accepted_at"]),
            created_by=user.id,
            updated_at=moment,
            version=1,
        )
        if state_action == "refuse_acceptance":
            case.result_kind = workflow.ACCEPTANCE_REFUSAL_RESULT
        case.due_at = deadlines.current_due(case_clock(case), work_calendar())
        case.save(force_insert=True)
        presented = set(app.presented)
        for doc in service.documents:
            if doc.code in presented or doc in check.missing:
                CaseDocument.create(
                    case=case.id, code=doc.code, presented=doc.code in presented,
                    expired=doc.code in app.expired,
                )
        changes = {
            "reg_number": case.reg_number, "service": service.code, "channel": app.channel,
            "state": state, "presented": sorted(presented),
            "missing": [d.code for d in check.missing],
            "expired": [d.code for d in check.expired],
        }
        changes.update(desk_time(app.started_at, moment))
        if state_action == "refuse_acceptance":
            snap = snapshots.take(case, workflow.ACCEPTANCE_REFUSAL_RESULT, user.username)
            changes.update(snapshot=snap.id, snapshot_hash=snap.content_hash)
        audit.append(user.username, state_action, case.id, changes)
    return case


def register(session: Session, app: Application) -> CaseRecord:
    """Register a complete application; an incomplete one raises IncompletePackage."""
    return CaseRecord.of(_save(session, app, "register"))


def refuse_acceptance(session: Session, app: Application) -> CaseRecord:
    """Record the refusal to accept an incomplete package (it counts in the statistics) and
    number it, so the refusal receipt can be printed."""
    return CaseRecord.of(_save(session, app, "refuse_acceptance"))


def field_errors(app: Application) -> list[InvalidInput]:
    """Every field of the application that is wrong, each checked on its own, so the clerk sees
    them all at once beside the fields (register() still checks everything again)."""
    moment = now()
    today = moment.date()
    a = app.applicant
    checks = [
        lambda: parse_iin(a.iin or "", today=today),
        lambda: check_past_date(a.birth_date, "birth_date", today),
        lambda: clean_name(a.surname, "surname"),
        lambda: clean_name(a.name, "name"),
        lambda: clean_name(a.patronymic, "patronymic", required=False),
        lambda: clean_phone(a.phone),
        lambda: clean_text(app.representative_name, "representative_name", max_len=200,
                           required=False),
        lambda: _clean_application(replace(app, applicant=_PLACEHOLDER), moment),
    ]
    errors: list[InvalidInput] = []
    for check in checks:
        try:
            check()
        except InvalidIin as exc:
            errors.append(InvalidInput("iin", f"iin_{exc.reason}", str(exc)))
        except InvalidInput as exc:
            errors.append(exc)
    iin_ok = not any(e.field == "iin" for e in errors)
    birth_ok = not any(e.field == "birth_date" for e in errors)
    if iin_ok and birth_ok:
        try:
            clean_applicant(a, today)
        except InvalidInput as exc:
            if exc.field == "birth_date":
                errors.append(exc)
    seen: set[str] = set()
    unique = []
    for error in errors:
        if error.field not in seen:
            seen.add(error.field)
            unique.append(error)
    return unique


# A person who passes every check: the application's own fields are checked apart from them.
_PLACEHOLDER = ApplicantInput(iin="950815400014", surname="A", name="A",
                              birth_date=datetime(1995, 8, 15).date())
