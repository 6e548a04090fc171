"""The use cases after registration: assign, draft, return, sign, refuse, issue, the State
Corporation hand-over rules, and withdrawal. One function per use case."""

from __future__ import annotations

import json
from datetime import datetime

from desktop.domain import workflow
from desktop.domain.dates import format_date
from desktop.domain.errors import DomainError, InvalidInput
from desktop.domain.validation import clean_text
from desktop.services.accounts.session import Session
from desktop.services.blanks import usage
from desktop.services.cases import hearings
from desktop.services.cases.casework import CaseRecord, Finish, apply, next_number
from desktop.services.cases.content import missing_content
from desktop.services.cases.desk_norms import desk_time
from desktop.services.cases.inputs import IssueInput
from desktop.services.cases.state_corp import storage_ends_of
from desktop.services.records import snapshots
from desktop.services.results import registry
from desktop.store.models import Case, StateCorpEvent, User


def assign_executor(session: Session, case_id: int, version: int, executor_id: int) -> CaseRecord:
    def mutate(case: Case, user: User, moment: datetime) -> dict:
        executor = User.get_or_none(User.id == executor_id)
        if executor is None or executor.role != "executor" or not executor.active:
            raise InvalidInput("executor", "bad_executor", "choose an active executor")
        case.executor = executor.id
        return {"executor_name": executor.full_name}

    return apply(session, case_id, version, "assign", mutate)


def submit_draft(session: Session, case_id: int, version: int) -> CaseRecord:
    def mutate(case: Case, user: User, moment: datetime) -> dict:
        missing = missing_content(case)
        if missing:
            raise DomainError(
                "draft_incomplete", f"fill in: {', '.join(missing)}", fields=missing
            )
        return {}

    return apply(session, case_id, version, "submit_draft", mutate)


def return_draft(session: Session, case_id: int, version: int, comment: str) -> CaseRecord:
    text = clean_text(comment, "comment", max_len=2000)

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        case.rework_comment = text
        # A refusal the executor proposed and the head sends back is declined, not pending.
        return {"refusal_declined": True} if hearings.decline_proposal(case.id) else {}

    return apply(session, case_id, version, "return_draft", mutate)


def sign(session: Session, case_id: int, version: int, *, at: datetime | None = None,
         then: Finish | None = None) -> CaseRecord:
    """The head signs: the result gets its verification code, a duplicate its book number and
    its strict-accountability blank (the one typed in, or the lowest in stock), which becomes
    used by this case in this same transaction; a blank not in stock refuses the signing.
    `then` runs in the same transaction once the result is fixed (an electronic signature is
    kept with it, or nothing is saved); `at` is the moment the signing was prepared."""

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        extra = {}
        kind = registry.document_of(case.service)
        extra.update(usage.take_for_signing(case, kind, user.username, moment))
        if kind.book_counter:
            content = kind.model.get(kind.model.case == case.id)
            if not content.book_number:
                seq = next_number(kind.book_counter, moment.year)
                content.book_number = f"{seq}/{moment.year}"
                content.save()
                extra["book_number"] = content.book_number
        case.result_kind = kind.code
        case.signed_at = moment
        case.rework_comment = ""
        return extra

    def finish(case: Case, user: User, moment: datetime) -> dict:
        extra = _fix_result(case, user, moment)
        if then is not None:
            extra.update(then(case, user, moment) or {})
        return extra

    return apply(session, case_id, version, "sign", mutate, finish=finish, at=at)


def _fix_result(case: Case, user: User, moment: datetime) -> dict:
    """The signed result (or refusal) becomes a fixed record, chained by this event."""
    snap = snapshots.take(case, case.result_kind, user.username, signer=user.full_name)
    usage.attach_snapshot(case, snap)
    return {"snapshot": snap.id, "snapshot_hash": snap.content_hash}


def refuse(session: Session, case_id: int, version: int, motivation: str) -> CaseRecord:
    """The motivated refusal (duplicates): a signed letter, not a document. Only a refusal its
    hearing confirmed is signed; the letter cites the grounds of the preliminary decision (each
    a ground the law gives for refusing the service, worded in the letter's language), the
    head's motivation, the notice and the hearing."""
    text = clean_text(motivation, "motivation", max_len=4000)

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        row = hearings.open_proceeding(case.id)
        if row is None or row.outcome != "refusal":
            raise DomainError("hearing_required",
                              "a refusal is signed only after the hearing confirmed it")
        case.result_kind = workflow.MOTIVATED_REFUSAL
        case.refusal_reason = text
        case.signed_at = moment
        return {"grounds": hearings.clean_grounds(case.service, json.loads(row.grounds))}

    def finish(case: Case, user: User, moment: datetime) -> dict:
        content = snapshots.build_content(case, case.result_kind, user.full_name)
        row = hearings.open_proceeding(case.id)
        content["hearing"] = hearings.proceeding_content(row, case.language, case.service)
        snap = snapshots.take(case, case.result_kind, user.username, signer=user.full_name,
                              content=content)
        return {"snapshot": snap.id, "snapshot_hash": snap.content_hash}

    return apply(session, case_id, version, "refuse", mutate, finish=finish)


def issue(session: Session, case_id: int, version: int, given: IssueInput) -> CaseRecord:
    if given.recipient not in ("applicant", "representative"):
        raise InvalidInput("recipient", "bad_choice", "applicant or representative")
    name = clean_text(given.recipient_name, "recipient_name", max_len=200)
    identity = clean_text(given.identity_document, "identity_document", max_len=200)
    attorney = clean_text(
        given.power_of_attorney, "power_of_attorney", max_len=300,
        required=given.recipient == "representative",
    )

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        case.issued_at = moment
        case.issued_to = name
        case.issued_identity_document = identity
        case.issued_power_of_attorney = attorney
        return {"recipient": given.recipient, **desk_time(given.started_at, moment)}

    return apply(session, case_id, version, "issue", mutate)


def _event(kind: str, note: str = ""):
    def mutate(case: Case, user: User, moment: datetime) -> dict:
        StateCorpEvent.create(case=case.id, kind=kind, at=moment, note=note)
        return {"event": kind}

    return mutate


def hand_over(session: Session, case_id: int, version: int) -> CaseRecord:
    """The result goes to the State Corporation, which keeps it for the applicant one month."""
    return apply(session, case_id, version, "hand_over", _event("handed_over"))


def return_from_state_corp(session: Session, case_id: int, version: int) -> CaseRecord:
    """The State Corporation returns an unclaimed result after its month of storage."""

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        ends = storage_ends_of(case)
        if ends is not None and moment < ends:
            raise DomainError(
                "storage_not_over", f"the State Corporation keeps it until {format_date(ends)}",
                until=ends,
            )
        return _event("returned")(case, user, moment)

    return apply(session, case_id, version, "return_from_state_corp", mutate)


def request_again(session: Session, case_id: int, version: int) -> CaseRecord:
    """The applicant came to the State Corporation later: send the result within 1 working day."""
    return apply(session, case_id, version, "request_again", _event("requested"))


def withdraw(session: Session, case_id: int, version: int, note: str = "") -> CaseRecord:
    text = clean_text(note, "note", max_len=1000, required=False)

    def mutate(case: Case, user: User, moment: datetime) -> dict:
        return {"note": text}

    return apply(session, case_id, version, "withdraw", mutate)


__all__ = [
    "assign_executor",
    "hand_over",
    "issue",
    "refuse",
    "request_again",
    "return_draft",
    "return_from_state_corp",
    "sign",
    "submit_draft",
    "withdraw",
]
