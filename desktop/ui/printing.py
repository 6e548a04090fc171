"""From a case to a printed form: a receipt from the case on screen, a result from its fixed
record (the snapshot taken when it was signed), a draft from today's rows; the forms make the
PDF, the preview dialog shows and prints it.

The forms are printed in the language the applicant chose for the result; the registry
journal and the book of duplicates in the language of the screen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import deadlines, workflow
from desktop.domain.verification import qr_payload
from desktop.forms import data as forms
from desktop.services import accounts, audit, printer_offsets, queries, results
from desktop.services.queries import CaseDetail, CaseFilter
from desktop.services.reference import catalogue, now, work_calendar
from desktop.services.session import Session

# A draft has no verification code yet: its QR code and code field say so.
DRAFT_CODE = "—"
# States in which a duplicate has its book number (signed, not refused).
JOURNAL_PAGE = 500


class NothingToPrint(Exception):
    """The case has no form of this kind yet (e.g. a result before signing)."""


def _render(module: str, function: str) -> Callable:
    """The forms are looked up when printing, so a form still missing breaks only itself."""
    return getattr(importlib.import_module(f"desktop.forms.{module}"), function)


# --- plain data ------------------------------------------------------------------------------
def college_info() -> forms.CollegeInfo:
    profile = accounts.college_profile()
    if profile is None:
        return forms.CollegeInfo("", "", "", "", "")
    return forms.CollegeInfo(
        name_kk=profile.name_kk, name_ru=profile.name_ru, address_kk=profile.address_kk,
        address_ru=profile.address_ru, head_name=profile.head_name, phone=profile.phone,
        email=profile.email,
    )


def person(d: CaseDetail) -> forms.Person:
    return forms.Person(
        surname=d.applicant_surname, name=d.applicant_name, patronymic=d.applicant_patronymic,
        iin=d.applicant_iin, birth_date=d.applicant_birth_date,
    )


def case_due_date(d: CaseDetail) -> date:
    """The date by which the whole service is due, as promised on the receipt."""
    due = deadlines.case_due(catalogue()[d.service], d.accepted_at, work_calendar())
    return due.date()


def receipt_data(d: CaseDetail) -> forms.ReceiptData:
    return forms.ReceiptData(
        college=college_info(), reg_number=d.reg_number, registered_at=d.accepted_at,
        service=d.service, channel=d.channel, applicant=person(d),
        documents=_document_names(d.service, d.language, d.documents,
                                  lambda presented, _expired: presented),
        due_date=case_due_date(d), clerk_name=d.clerk_name, external_number=d.external_number,
        representative_name=d.representative_name,
        representative_document=d.representative_document,
    )


def _college(snap: dict) -> forms.CollegeInfo:
    return forms.CollegeInfo(**snap["college"])


def _snap_person(snap: dict) -> forms.Person:
    p = snap["person"]
    born = p.get("birth_date")
    return forms.Person(surname=p["surname"], name=p["name"], patronymic=p["patronymic"],
                        iin=p["iin"], birth_date=date.fromisoformat(born) if born else None)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _document_names(service_code: str, lang: str, documents: Iterable,
                    which: Callable[[bool, bool], bool]) -> list[str]:
    service = catalogue()[service_code]
    names = []
    for code, presented, expired in documents:
        if which(presented, expired):
            try:
                names.append(service.document(code).name.in_(lang))
            except KeyError:
                names.append(code)
    return names


def refusal_receipt_data(snap: dict) -> forms.RefusalReceiptData:
    return forms.RefusalReceiptData(
        college=_college(snap), reg_number=snap["reg_number"],
        refused_at=_moment(snap["accepted_at"]), service=snap["service"],
        applicant=_snap_person(snap),
        missing=_document_names(snap["service"], snap["language"], snap["documents"],
                                lambda presented, _expired: not presented),
        expired=_document_names(snap["service"], snap["language"], snap["documents"],
                                lambda presented, expired: presented and expired),
        clerk_name=snap["clerk_name"],
    )


def _transcript(snap: dict) -> list[forms.TranscriptRow]:
    return [forms.TranscriptRow(subject=s, hours=h, credits=c, grade=g)
            for s, h, c, g in snap["transcript"]]


def _code_and_payload(snap: dict) -> tuple[str, str]:
    code = snap.get("verification_code")
    if code:
        return code, qr_payload(snap["reg_number"], code)
    return DRAFT_CODE, snap["reg_number"]


def _issued_on(snap: dict) -> date:
    return _day(snap.get("signed_at")) or now().date()


def certificate_data(snap: dict) -> forms.CertificateData:
    c = snap["content"]
    if not c:
        raise NothingToPrint("certificate")
    code, payload = _code_and_payload(snap)
    college = _college(snap)
    return forms.CertificateData(
        college=college, reg_number=snap["reg_number"], issued_on=_issued_on(snap),
        person=_snap_person(snap), study_from=_day(c["study_from"]),
        study_to=_day(c["study_to"]), specialty_code=c["specialty_code"],
        specialty_name=c["specialty_name"], qualification=c["qualification"],
        study_form=c["study_form"], study_language=c["study_language"],
        course=c["course"] or 0, expulsion_order_number=c["order_number"],
        expulsion_order_date=_day(c["order_date"]), expulsion_reason=c["expulsion_reason"],
        transcript=_transcript(snap), head_name=college.head_name, verification_code=code,
        qr_payload=payload,
    )


def duplicate_data(snap: dict) -> forms.DuplicateData:
    x = snap["content"]
    if not x:
        raise NothingToPrint("duplicate")
    code, payload = _code_and_payload(snap)
    college = _college(snap)
    return forms.DuplicateData(
        college=college, reg_number=snap["reg_number"], issued_on=_issued_on(snap),
        person=_snap_person(snap), original_series=x["original_series"],
        original_number=x["original_number"], original_issued_on=_day(x["original_issued_on"]),
        specialty_code=x["specialty_code"], specialty_name=x["specialty_name"],
        qualification=x["qualification"], graduation_year=x["graduation_year"] or 0,
        name_as_written=x["name_as_written"], honours=x["honours"],
        new_blank_series=x["new_blank_series"], new_blank_number=x["new_blank_number"],
        book_number=x.get("book_number") or DRAFT_CODE, transcript=_transcript(snap),
        head_name=college.head_name, verification_code=code, qr_payload=payload,
    )


def motivated_refusal_data(snap: dict) -> forms.MotivatedRefusalData:
    college = _college(snap)
    return forms.MotivatedRefusalData(
        college=college, reg_number=snap["reg_number"], dated=_issued_on(snap),
        applicant=_snap_person(snap), reasons=snap["refusal_reason"],
        head_name=college.head_name, service=snap["service"],
        application_date=_day(snap["submitted_at"]), executor_name=snap["executor_name"],
        ground=(snap.get("refusal_ground") or {}).get("text", ""),
    )


# --- rendering -------------------------------------------------------------------------------
def receipt_pdf(session: Session, d: CaseDetail) -> bytes:
    """The receipt of this case: of acceptance, or of refusal to accept (as it was fixed)."""
    if d.state == "acceptance_refused":
        issued = results.issued_result(session, d.id)
        if issued is None:
            raise NothingToPrint("refusal_receipt")
        return _render("refusal_receipt", "render_refusal_receipt")(
            refusal_receipt_data(issued.content), issued.content["language"])
    return _render("receipt", "render_receipt")(receipt_data(d), d.language)


def _result_pdf(snap: dict, *, on_blank: bool = False, mark: str = "",
                offsets: tuple[float, float] = (0.0, 0.0)) -> bytes:
    lang = snap["language"]
    if snap["kind"] == "motivated_refusal":
        return _render("motivated_refusal", "render_motivated_refusal")(
            motivated_refusal_data(snap), lang, mark=mark)
    if snap["kind"] == "certificate":
        return _render("certificate", "render_certificate")(
            certificate_data(snap), lang, mark=mark)
    if on_blank:
        return _render("duplicate", "render_duplicate_on_blank")(
            duplicate_data(snap), lang, *offsets, mark=mark)
    if snap.get("signed_at"):
        # The issued duplicate is the pre-printed blank; plain A4 is only a preview of it and
        # is stamped КӨШІРМЕ / КОПИЯ so it cannot pass for the document.
        mark = mark or "copy"
    return _render("duplicate", "render_duplicate")(duplicate_data(snap), lang, mark=mark)


def draft_pdf(session: Session, case_id: int) -> bytes:
    """The result as it will look once signed, from today's rows (for the head to read before
    signing): every page carries the diagonal ЖОБА / ПРОЕКТ mark."""
    return _result_pdf(results.draft_result(session, case_id), mark="draft")


def result_pdf(session: Session, case_id: int, *, on_blank: bool = False,
               copy: bool | None = None, printer: str = "") -> bytes:
    """The signed result as it was fixed: the certificate, the duplicate (on the pre-printed
    blank, moved by the printer's offsets; plain A4 only as a marked preview), or the motivated
    refusal. Marked as a copy once it was printed."""
    issued = results.issued_result(session, case_id)
    if issued is None or issued.content["kind"] == "acceptance_refusal":
        raise NothingToPrint("result")
    if copy is None:
        copy = issued.prints > 0
    offsets = printer_offsets.offsets_for(printer) if on_blank and printer else (0.0, 0.0)
    return _result_pdf(issued.content, on_blank=on_blank, mark="copy" if copy else "",
                       offsets=offsets)


def result_output(session: Session, case_id: int, *,
                  on_blank: bool = False) -> Callable[[str], bytes]:
    """What goes to the printer (or PDF file) named: the print is counted first, anything after
    the first print carries the copy mark, and a blank is moved by that printer's offsets."""
    def output(printer: str) -> bytes:
        copy = results.record_print(session, case_id, printer)
        return result_pdf(session, case_id, on_blank=on_blank, copy=copy, printer=printer)

    return output


def _all_rows(session: Session, f: CaseFilter, progress: Callable[[int, int], None] | None):
    total = queries.count_cases(session, f)
    rows = []
    while len(rows) < total:
        page = queries.list_cases(session, f, sort="reg_number", descending=False,
                                  offset=len(rows), limit=JOURNAL_PAGE)
        if not page:
            break
        rows.extend(page)
        if progress:
            progress(len(rows), total)
    return rows


def journal_data(session: Session, first: date, last: date, service: str | None = None,
                 progress: Callable[[int, int], None] | None = None) -> forms.JournalData:
    """Every application accepted in the period, in number order, with the date its service is
    due and the date it ended. A motivated refusal shows as such (signed, handed over), never
    as a document ready or issued; a refusal of acceptance is a state of its own."""
    rows = []
    cal = work_calendar()
    for r in _all_rows(session, CaseFilter(service=service, date_from=first, date_to=last),
                       progress):
        finished = None
        if r.state == "issued":
            finished = r.issued_at.date() if r.issued_at else None
        elif r.state == "acceptance_refused":
            finished = r.accepted_at.date()
        rows.append(forms.JournalRow(
            reg_number=r.reg_number, registered_at=r.accepted_at, service=r.service,
            channel=r.channel, applicant=r.applicant_name, iin=r.iin,
            status=workflow.status(r.state, r.result_kind),
            due_date=None if r.state == "acceptance_refused" else deadlines.case_due(
                catalogue()[r.service], r.accepted_at, cal).date(),
            executor=r.executor_name,
            finished_on=finished, external_number=r.external_number,
        ))
    return forms.JournalData(college=college_info(), date_from=first, date_to=last, rows=rows,
                             printed_on=now().date(),
                             audit_anchor=audit.current_anchor(session))


def book_data(session: Session, first: date, last: date) -> forms.BookData:
    """Duplicates signed in the period, in book-number order."""
    rows = [
        forms.BookRow(
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
    return forms.BookData(college=college_info(), date_from=first, date_to=last, rows=rows,
                          printed_on=now().date())


def _book_seq(number: str) -> int:
    head = number.split("/", 1)[0]
    return int(head) if head.isdigit() else 0


def journal_pdf(session: Session, first: date, last: date, lang: str,
                service: str | None = None) -> bytes:
    return _render("journal", "render_journal")(journal_data(session, first, last, service), lang)


def book_pdf(session: Session, first: date, last: date, lang: str) -> bytes:
    return _render("duplicates_book", "render_duplicates_book")(
        book_data(session, first, last), lang)


# --- on screen -------------------------------------------------------------------------------
def show_pdf(parent: QWidget | None, pdf: bytes, title: str,
             output: Callable[[str], bytes] | None = None) -> None:
    """Preview the PDF; the dialog prints it 1:1 on A4 (what `output` gives, if set)."""
    from desktop.ui.pdf_view import PdfPreviewDialog

    dialog = PdfPreviewDialog(pdf, title, parent, output=output)
    dialog.exec()


def preview(parent: QWidget | None, make: Callable[[], bytes], title: str,
            output: Callable[[str], bytes] | None = None) -> bool:
    """Make the PDF and show it; a failure is told to the user. True if it was shown."""
    from desktop.ui import messages

    try:
        pdf = make()
    except NothingToPrint:
        messages.show_info(parent, title, QCoreApplication.translate(
            "printing", "There is nothing to print for this case yet."))
        return False
    except Exception as exc:  # a form that cannot be made must not lose the user's work
        messages.show_error(parent, exc)
        return False
    show_pdf(parent, pdf, title, output)
    return True


def file_title(kind: str, d: CaseDetail | None = None, when: datetime | None = None) -> str:
    """The window title of a preview: what it is and of which case."""
    names = {
        "receipt": QCoreApplication.translate("printing", "Receipt"),
        "refusal_receipt": QCoreApplication.translate("printing", "Refusal receipt"),
        "draft": QCoreApplication.translate("printing", "Draft result"),
        "result": QCoreApplication.translate("printing", "Result"),
        "journal": QCoreApplication.translate("printing", "Registry journal"),
        "book": QCoreApplication.translate("printing", "Book of issued duplicates"),
    }
    title = names.get(kind, kind)
    if d is not None:
        title += f" — {d.reg_number}"
    if when is not None:
        title += f" — {when:%d.%m.%Y}"
    return title
