"""From a case to a printed form: the services give the form's plain data (a receipt from the
case on screen, a result from its fixed record, a draft from today's rows), the form named by
the result's kind makes the PDF, and the preview dialog shows and prints it.

The forms are printed in the language the applicant chose for the result; the registry
journal and the book of duplicates in the language of the screen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import workflow
from desktop.domain.dates import format_date
from desktop.services.accounts.session import Session
from desktop.services.blanks import printer_offsets
from desktop.services.cases.queries import CaseDetail
from desktop.services.results import printables, reading
from desktop.services.results import registry as result_kinds
from desktop.services.results.record_data import NothingToPrint


def _form(name: str) -> Callable:
    """A form named "module:function", looked up when printing, so a form still missing breaks
    only itself."""
    module, function = name.split(":")
    return getattr(importlib.import_module(module), function)


# --- rendering -------------------------------------------------------------------------------
def receipt_pdf(session: Session, d: CaseDetail) -> bytes:
    """The receipt of this case: of acceptance, or of refusal to accept (as it was fixed)."""
    if d.state == workflow.ACCEPTANCE_REFUSED:
        snap = printables.refusal_receipt(session, d.id)
        return _form(result_kinds.get(snap["kind"]).form)(
            printables.result_data(snap), snap["language"])
    return _form("desktop.forms.receipt:render_receipt")(printables.receipt_data(d), d.language)


def _result_pdf(snap: dict, *, on_blank: bool = False, mark: str = "",
                offsets: tuple[float, float] = (0.0, 0.0), esign=None) -> bytes:
    kind = result_kinds.get(snap["kind"])
    data, lang = printables.result_data(snap), snap["language"]
    if kind.blank_form:
        if on_blank:
            return _form(kind.blank_form)(data, lang, *offsets, mark=mark)
        if snap.get("signed_at"):
            # The issued document is the pre-printed blank; plain A4 is only a preview of it
            # and is stamped КӨШІРМЕ / КОПИЯ so it cannot pass for the document.
            mark = mark or "copy"
    if esign is not None:
        return _form(kind.form)(data, lang, mark=mark, esign=esign)
    return _form(kind.form)(data, lang, mark=mark)


def electronic_pdf(content: dict) -> bytes:
    """The electronic result the head signs with NCALayer: the fixed content on plain A4 with
    no mark (for a duplicate too: its electronic form is this PDF with its signature)."""
    kind = result_kinds.get(content["kind"])
    return _form(kind.form)(printables.result_data(content), content["language"], mark="")


def draft_pdf(session: Session, case_id: int) -> bytes:
    """The result as it will look once signed, from today's rows (for the head to read before
    signing): every page carries the diagonal ЖОБА / ПРОЕКТ mark."""
    return _result_pdf(reading.draft_result(session, case_id), mark="draft")


def result_pdf(session: Session, case_id: int, *, on_blank: bool = False,
               copy: bool | None = None, printer: str = "") -> bytes:
    """The signed result as it was fixed: the document (on its pre-printed blank, moved by the
    printer's offsets, if it has one; plain A4 then only as a marked preview), or the letter of
    motivated refusal. Marked as a copy once it was printed."""
    issued = printables.issued(session, case_id)
    if copy is None:
        copy = issued.prints > 0
    offsets = printer_offsets.offsets_for(printer) if on_blank and printer else (0.0, 0.0)
    return _result_pdf(issued.content, on_blank=on_blank, mark="copy" if copy else "",
                       offsets=offsets, esign=printables.esign_note(session, case_id,
                                                                    issued.snapshot_id))


def result_output(session: Session, case_id: int, *,
                  on_blank: bool = False) -> Callable[[str], bytes]:
    """What goes to the printer (or PDF file) named: the print is counted first, anything after
    the first paper print carries the copy mark (a saved file always does), and a blank is moved
    by that printer's offsets."""
    def output(printer: str) -> bytes:
        copy = reading.record_print(session, case_id, printer)
        return result_pdf(session, case_id, on_blank=on_blank, copy=copy, printer=printer)

    return output


def paper_pdf(session: Session, case_id: int, kind: str, *, copy: bool | None = None) -> bytes:
    """A paper of the hearing (the notice, the protocol) as it was fixed; marked as a copy once
    it was printed."""
    fixed = reading.issued_result(session, case_id, paper=kind)
    if fixed is None:
        raise NothingToPrint(kind)
    copy = fixed.prints > 0 if copy is None else copy
    return _result_pdf(fixed.content, mark="copy" if copy else "")


def paper_output(session: Session, case_id: int, kind: str) -> Callable[[str], bytes]:
    def output(printer: str) -> bytes:
        copy = reading.record_print(session, case_id, printer, paper=kind)
        return paper_pdf(session, case_id, kind, copy=copy)

    return output


def prints_on_blank(d: CaseDetail) -> bool:
    """Whether the case's signed result is a document printed on a numbered state blank."""
    return bool(d.result_kind) and bool(result_kinds.get(d.result_kind).blank_form)


def journal_pdf(session: Session, first: date, last: date, lang: str,
                service: str | None = None) -> bytes:
    return _form("desktop.forms.journal:render_journal")(
        printables.journal_data(session, first, last, service), lang)


def book_pdf(session: Session, first: date, last: date, lang: str) -> bytes:
    return _form("desktop.forms.duplicates_book:render_duplicates_book")(
        printables.book_data(session, first, last), lang)


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
        workflow.HEARING_NOTICE: QCoreApplication.translate(
            "printing", "Notice of the preliminary decision and of the hearing"),
        workflow.HEARING_PROTOCOL: QCoreApplication.translate("printing", "Hearing protocol"),
    }
    title = names.get(kind, kind)
    if d is not None:
        title += f" — {d.reg_number}"
    if when is not None:
        title += f" — {format_date(when)}"
    return title
