"""From a case to the plain data its forms print (no Qt): a receipt from the case as it is, a
result from its fixed record (the snapshot taken when it was signed), a draft from today's
rows, and the registers (the journal, the book of issued documents) from the registry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from desktop.domain import deadlines, workflow
from desktop.domain import printables as p
from desktop.services.accounts import users
from desktop.services.accounts.session import Session
from desktop.services.cases import hearings, queries
from desktop.services.cases.queries import CaseDetail, CaseFilter
from desktop.services.esign import signing
from desktop.services.records import audit
from desktop.services.reference import catalogue, now, work_calendar
from desktop.services.results import reading
from desktop.services.results import registry as result_kinds
from desktop.services.results.record_data import NothingToPrint, document_names


# --- the case as it is -----------------------------------------------------------------------
def college_info() -> p.CollegeInfo:
    profile = users.college_profile()
    if profile is None:
        return p.CollegeInfo("", "", "", "", "")
    return p.CollegeInfo(
        name_kk=profile.name_kk, name_ru=profile.name_ru, address_kk=profile.address_kk,
        address_ru=profile.address_ru, head_name=profile.head_name, phone=profile.phone,
        email=profile.email,
    )


def person(d: CaseDetail) -> p.Person:
    return p.Person(
        surname=d.applicant_surname, name=d.applicant_name, patronymic=d.applicant_patronymic,
        iin=d.applicant_iin, birth_date=d.applicant_birth_date,
    )


def case_due_date(d: CaseDetail) -> date:
    """The date by which the whole service is due, as promised on the receipt."""
    due = deadlines.case_due(catalogue()[d.service], d.accepted_at, work_calendar())
    return due.date()


def receipt_data(d: CaseDetail) -> p.ReceiptData:
    return p.ReceiptData(
        college=college_info(), reg_number=d.reg_number, registered_at=d.accepted_at,
        service=d.service, channel=d.channel, applicant=person(d),
        documents=document_names(d.service, d.language, d.documents,
                                 lambda presented, _expired: presented),
        due_date=case_due_date(d), clerk_name=d.clerk_name, external_number=d.external_number,
        representative_name=d.representative_name,
        representative_document=d.representative_document,
    )


def result_data(snap: dict):
    """The form data of a fixed (or draft) result, by its kind."""
    return result_kinds.get(snap["kind"]).printable(snap)


def issued(session: Session, case_id: int) -> reading.IssuedResult:
    """The signed result of the case (not a receipt of refused acceptance)."""
    fixed = reading.issued_result(session, case_id)
    if fixed is None or not result_kinds.get(fixed.content["kind"]).sealed:
        raise NothingToPrint("result")
    return fixed


def refusal_receipt(session: Session, case_id: int) -> dict:
    """The fixed record of a refused acceptance."""
    fixed = reading.issued_result(session, case_id)
    if fixed is None or result_kinds.get(fixed.content["kind"]).sealed:
        raise NothingToPrint("refusal_receipt")
    return fixed.content


# --- registers -------------------------------------------------------------------------------
def journal_data(session: Session, first: date, last: date, service: str | None = None,
                 progress: Callable[[int, int], None] | None = None) -> p.JournalData:
    """Every application accepted in the period, in number order, with the date its service is
    due and the date it ended. A motivated refusal shows as such (signed, handed over), never
    as a document ready or issued; a refusal of acceptance is a state of its own."""
    rows = []
    due_date = _due_dates()
    heard = hearings.journal_marks()
    for r in queries.every_case(
            session, CaseFilter(service=service, date_from=first, date_to=last),
            progress=progress):
        finished = None
        if r.state == workflow.ISSUED:
            finished = r.issued_at.date() if r.issued_at else None
        elif r.state == workflow.ACCEPTANCE_REFUSED:
            finished = r.accepted_at.date()
        rows.append(p.JournalRow(
            reg_number=r.reg_number, registered_at=r.accepted_at, service=r.service,
            channel=r.channel, applicant=r.applicant_name, iin=r.iin,
            status=workflow.status(r.state, r.result_kind),
            due_date=None if r.state == workflow.ACCEPTANCE_REFUSED else due_date(
                r.service, r.accepted_at),
            executor=r.executor_name,
            finished_on=finished, external_number=r.external_number,
            **heard.get(r.id, {}),
        ))
    return p.JournalData(college=college_info(), date_from=first, date_to=last, rows=rows,
                         printed_on=now().date(), audit_anchor=audit.current_anchor(session))


def _due_dates() -> Callable[[str, datetime], date]:
    """The day each case is due (deadlines.case_due), remembered per day of acceptance for a
    service whose term is in working days (its due moment depends on that day alone)."""
    cal, services = work_calendar(), catalogue()
    known: dict[tuple, date] = {}

    def due_date(code: str, accepted_at: datetime) -> date:
        service = services[code]
        key = (code, accepted_at.date() if service.term_working_days else accepted_at)
        found = known.get(key)
        if found is None:
            found = known[key] = deadlines.case_due(service, accepted_at, cal).date()
        return found

    return due_date


def book_data(session: Session, first: date, last: date) -> p.BookData:
    """Documents entered in the book of issued documents in the period, in book order."""
    rows = [
        p.BookRow(
            book_number=e.book_number, issued_on=(e.issued_at or e.signed_at).date(),
            person=e.person, name_as_written=e.name_as_written,
            original_series=e.original_series, original_number=e.original_number,
            original_issued_on=e.original_issued_on, new_blank_series=e.new_blank_series,
            new_blank_number=e.new_blank_number, reg_number=e.reg_number,
            received_by=e.issued_to,
        )
        for e in queries.duplicates_book(session, first, last)
    ]
    rows.sort(key=lambda b: (b.issued_on, _book_seq(b.book_number)))
    return p.BookData(college=college_info(), date_from=first, date_to=last, rows=rows,
                      printed_on=now().date())


def _book_seq(number: str) -> int:
    head = number.split("/", 1)[0]
    return int(head) if head.isdigit() else 0


def esign_note(session: Session, case_id: int,
               snapshot_id: int) -> p.ElectronicSignatureNote | None:
    """What a paper print says of the result's electronic signature, if this very fixed
    record (not an earlier one) was signed electronically."""
    stored = signing.signature_of(session, case_id)
    if stored is None or stored.snapshot_id != snapshot_id:
        return None
    facts = stored.signer
    return p.ElectronicSignatureNote(
        signer=facts.get("common_name", ""), iin=facts.get("iin") or "",
        serial=facts.get("serial", ""), signed_on=stored.signed_at.date(),
        file_stem=stored.file_stem)
