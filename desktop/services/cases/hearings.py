"""The hearing before a motivated refusal, one function per use case: the executor proposes a
refusal, the head makes it a preliminary decision (which fixes the notice of it and of the
hearing), the office records how the notice reached the applicant, and the head records the
hearing and its outcome (the document after all, or the refusal confirmed). The limits are the
service's [hearing] figures counted on the office calendar (desktop.domain.hearing)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain import hearing, workflow
from desktop.domain.errors import DomainError, InvalidInput
from desktop.domain.validation import clean_text
from desktop.services.accounts import access
from desktop.services.accounts.session import Session, acting_user
from desktop.services.cases.casework import CaseRecord, apply, load_case, next_number
from desktop.services.records import snapshots
from desktop.services.reference import catalogue, now, work_calendar
from desktop.store.models import Case, ResultSnapshot, User
from desktop.store.models.hearings import RefusalHearing

NOTICE_COUNTER = "hearing_notice"


@dataclass
class PreliminaryInput:
    grounds: list[str]
    motivation: str
    hearing_at: datetime | None
    # Where the hearing is held, or the way it is held (by telephone, video, in writing).
    place: str


@dataclass
class HearingInput:
    attendance: str
    attendees: str
    position: str
    outcome: str
    # The head's conclusion (for a hearing ending in the document: what the executor does).
    note: str = ""


def clean_grounds(service_code: str, codes: list[str]) -> list[str]:
    """The cited grounds: at least one, each a ground the law gives for refusing the service
    (never a desk ground for refusing acceptance)."""
    cited = list(dict.fromkeys(c for c in codes if c))
    if not cited:
        raise InvalidInput("grounds", "ground_required",
                           "cite at least one ground the law gives for refusing the service")
    known = {g.code for g in catalogue()[service_code].service_refusal_grounds}
    for code in cited:
        if code not in known:
            raise InvalidInput("grounds", "bad_choice",
                               f"'{code}' is not a ground for refusing the service")
    return cited


def open_proceeding(case_id: int) -> RefusalHearing | None:
    """The refusal under way: proposed, decided, notified, or confirmed by its hearing."""
    return (RefusalHearing.select()
            .where((RefusalHearing.case == case_id)
                   & RefusalHearing.outcome.in_(("", "refusal")))
            .order_by(RefusalHearing.id.desc()).first())


def decline_proposal(case_id: int) -> bool:
    """The head sent the executor's proposed refusal back: it ends, declined. True if there
    was one."""
    return RefusalHearing.update(outcome="declined").where(
        (RefusalHearing.case == case_id) & (RefusalHearing.outcome == "")
        & RefusalHearing.decided_at.is_null()).execute() > 0


def _require_open(case: Case) -> RefusalHearing:
    row = open_proceeding(case.id)
    if row is None:
        raise DomainError("no_preliminary_decision", "there is no preliminary decision to refuse")
    return row


def _check_in_time(case: Case, day: date) -> hearing.HearingLimits:
    return hearing.check_notice_day(catalogue()[case.service], case.accepted_at, day,
                                    work_calendar())


def propose_refusal(session: Session, case_id: int, version: int, grounds: list[str],
                    motivation: str) -> CaseRecord:
    text = clean_text(motivation, "motivation", max_len=4000)

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        cited = clean_grounds(case.service, grounds)
        _check_in_time(case, moment.date())
        RefusalHearing.create(case=case.id, grounds=json.dumps(cited), motivation=text,
                              proposed_by=user.username, proposed_at=moment)
        return {"grounds": cited}

    return apply(session, case_id, version, "propose_refusal", mutate)


def decide_preliminary(session: Session, case_id: int, version: int,
                       given: PreliminaryInput) -> CaseRecord:
    """The head's preliminary decision to refuse, with the hearing it offers: fixes the notice
    (a new decision on a case already decided replaces the notice not yet sent)."""
    text = clean_text(given.motivation, "motivation", max_len=4000)
    place = clean_text(given.place, "place", max_len=500)
    if given.hearing_at is None:
        raise InvalidInput("hearing_at", "required", "give the day and time of the hearing")

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        cited = clean_grounds(case.service, given.grounds)
        service, cal = catalogue()[case.service], work_calendar()
        _check_in_time(case, moment.date())
        hearing.check_hearing_day(service, moment.date(), given.hearing_at.date(), cal)
        row = open_proceeding(case.id) or RefusalHearing(case=case.id)
        row.grounds, row.motivation = json.dumps(cited), text
        row.decided_by, row.decided_at = user.username, moment
        row.hearing_at, row.hearing_place = given.hearing_at, place
        row.notice_number = f"{next_number(NOTICE_COUNTER, moment.year)}/{moment.year}"
        row.save()
        return {"grounds": cited, "hearing_at": given.hearing_at,
                "notice_number": row.notice_number}

    return apply(session, case_id, version, "decide_preliminary", mutate,
                 finish=_fix_paper(workflow.HEARING_NOTICE))


def send_notice(session: Session, case_id: int, version: int, way: str, on: date | None,
                note: str = "") -> CaseRecord:
    """The notice reached (or was sent to) the applicant on `on`, this way."""
    text = clean_text(note, "note", max_len=500, required=False)
    if way not in hearing.NOTICE_WAYS:
        raise InvalidInput("way", "bad_choice", "choose how the notice was handed or sent")
    if on is None:
        raise InvalidInput("on", "required", "give the day the notice was handed or sent")

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        row = _require_open(case)
        if on < row.decided_at.date() or on > moment.date():
            raise InvalidInput("on", "bad_date",
                               "the notice goes out after the decision and not in the future")
        _check_in_time(case, on)
        hearing.check_hearing_day(catalogue()[case.service], on, row.hearing_at.date(),
                                  work_calendar())
        row.notice_way, row.notice_on, row.notice_note = way, on, text
        row.save()
        return {"way": way, "notice_on": on}

    return apply(session, case_id, version, "send_notice", mutate)


def record_hearing(session: Session, case_id: int, version: int,
                   given: HearingInput) -> CaseRecord:
    """The hearing as it went: who came (or that the applicant did not come, or declined in
    writing), the applicant's position, and the outcome, which decides the case's road."""
    if given.attendance not in hearing.ATTENDANCE:
        raise InvalidInput("attendance", "bad_choice", "say whether the applicant came")
    if given.outcome not in hearing.OUTCOMES:
        raise InvalidInput("outcome", "bad_choice", "choose the outcome of the hearing")
    attendees = clean_text(given.attendees, "attendees", max_len=1000,
                           required=given.attendance == "attended")
    position = clean_text(given.position, "position", max_len=4000,
                          required=given.attendance != "absent")
    note = clean_text(given.note, "note", max_len=2000, required=False)

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        row = _require_open(case)
        if given.attendance != "declined_in_writing" and moment < row.hearing_at:
            raise DomainError("hearing_not_yet", "the hearing has not taken place yet",
                              at=row.hearing_at)
        row.held_at, row.attendance, row.attendees = moment, given.attendance, attendees
        row.position, row.outcome, row.recorded_by = position, given.outcome, user.username
        row.save()
        if given.outcome == "document":
            case.rework_comment = note
        return {"attendance": given.attendance, "outcome": given.outcome}

    def finish(case: Case, user: User, moment: datetime) -> dict:
        return _fix_paper(workflow.HEARING_PROTOCOL, note)(case, user, moment)

    action = "hearing_confirms" if given.outcome == "refusal" else "hearing_grants"
    return apply(session, case_id, version, action, mutate, finish=finish)


def last_proceeding(case_id: int) -> RefusalHearing | None:
    return (RefusalHearing.select().where(RefusalHearing.case == case_id)
            .order_by(RefusalHearing.id.desc()).first())


def proceeding_content(row: RefusalHearing, language: str, service_code: str,
                       note: str = "") -> dict:
    """What the notice, the protocol and the refusal letter fix of the proceeding."""
    service = catalogue()[service_code]
    by_code = {g.code: g for g in service.service_refusal_grounds}
    return {
        "grounds": [{"code": c, "text": by_code[c].name.in_(language),
                     "basis": by_code[c].basis.in_(language)} for c in json.loads(row.grounds)],
        "motivation": row.motivation,
        "decided_at": row.decided_at, "notice_number": row.notice_number,
        "hearing_at": row.hearing_at, "hearing_place": row.hearing_place,
        "notice_way": row.notice_way, "notice_on": row.notice_on,
        "held_at": row.held_at, "attendance": row.attendance, "attendees": row.attendees,
        "position": row.position, "outcome": row.outcome, "note": note,
        "rule": {"notice_before_end": service.hearing.notice_before_end,
                 "hearing_within": service.hearing.hearing_within,
                 "source": service.hearing.source.in_(language)},
    }


def _fix_paper(kind: str, note: str = ""):
    def finish(case: Case, user: User, moment: datetime) -> dict:
        content = snapshots.build_content(case, kind, user.full_name)
        row = last_proceeding(case.id)
        content["hearing"] = proceeding_content(row, case.language, case.service, note)
        snap = snapshots.take(case, kind, user.username, signer=user.full_name, content=content)
        return {"snapshot": snap.id, "snapshot_hash": snap.content_hash}

    return finish


@dataclass(frozen=True)
class HearingInfo:
    """What the screens show of a case's refusal road, with its limits on the calendar."""

    grounds: tuple[str, ...]
    motivation: str
    proposed_by: str
    decided: bool
    hearing_at: datetime | None
    place: str
    notice_way: str
    notice_on: date | None
    outcome: str
    held_at: datetime | None
    term_last_day: date
    latest_notice_day: date
    # The latest hearing day for the notice as sent (or as if it went out today).
    latest_hearing_day: date
    papers: tuple[str, ...]  # the kinds of paper fixed so far (notice, protocol)


def limits_of(session: Session, case_id: int) -> hearing.HearingLimits:
    user = acting_user(session)
    case = load_case(case_id)
    access.require_read(user, case)
    return hearing.limits(catalogue()[case.service], case.accepted_at, work_calendar())


def hearing_info(session: Session, case_id: int) -> HearingInfo | None:
    """The case's last refusal road (None if it never had one)."""
    user = acting_user(session)
    case = load_case(case_id)
    access.require_read(user, case)
    row = last_proceeding(case_id)
    service = catalogue()[case.service]
    if row is None or service.hearing is None:
        return None
    cal = work_calendar()
    found = hearing.limits(service, case.accepted_at, cal)
    papers = tuple(kind for (kind,) in ResultSnapshot.select(ResultSnapshot.kind)
                   .where((ResultSnapshot.case == case_id)
                          & ResultSnapshot.kind.in_(workflow.PROCEDURE_PAPERS)).tuples())
    return HearingInfo(
        grounds=tuple(json.loads(row.grounds)), motivation=row.motivation,
        proposed_by=row.proposed_by, decided=row.decided_at is not None,
        hearing_at=row.hearing_at, place=row.hearing_place, notice_way=row.notice_way,
        notice_on=row.notice_on, outcome=row.outcome, held_at=row.held_at,
        term_last_day=found.term_last_day, latest_notice_day=found.latest_notice_day,
        latest_hearing_day=found.latest_hearing_day(service, row.notice_on or now().date(),
                                                    cal),
        papers=papers,
    )


def journal_marks() -> dict[int, dict]:
    """Each case's last hearing before a motivated refusal, as the journal says it: "pending",
    "document" or "refusal" and its day (the few cases that had one, read at once; the caller
    has checked who reads the journal)."""
    found = {}
    for row in RefusalHearing.select().where(RefusalHearing.decided_at.is_null(False)) \
            .order_by(RefusalHearing.id):
        held = row.held_at or row.hearing_at
        found[row.case_id] = {"hearing": row.outcome or "pending",
                              "hearing_on": held.date() if held else None}
    return found
