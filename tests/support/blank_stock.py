"""Blanks in stock for tests that sign duplicates: since schema 5 a duplicate is signed only
onto a strict-accountability blank the admin recorded as received."""

from __future__ import annotations

from datetime import date


def receive(admin, series: str = "ТКБ-Д", first: str = "0000777", last: str = "0000799",
            kind: str = "diploma", received_on: date = date(2026, 2, 27),
            document: str = "Жүкқұжат № 12"):
    from desktop.services.blanks import stock as blanks

    return blanks.record_batch(admin, blanks.BatchInput(
        kind=kind, series=series, first_number=first, last_number=last,
        received_on=received_on, receipt_document=document))


def stock_once(admin, series: str = "ТКБ-Д") -> None:
    """The office's batch of duplicate blanks 0000777-0000799, recorded once per database."""
    from desktop.store.models.blanks import BlankBatch

    if not BlankBatch.select().where(BlankBatch.series == series).exists():
        receive(admin, series=series)


def duplicate_draft(series: str = "", number: str = "", kind: str = "diploma",
                    honours: bool = False):
    """A duplicate's draft; the blank left empty unless typed (then the signing checks it)."""
    from desktop.services.cases.inputs import DuplicateDraft, TranscriptLine

    return DuplicateDraft(
        document_kind=kind, original_series="ТКБ", original_number="0012345",
        original_issued_on=date(2015, 6, 30), specialty_code="0518000",
        specialty_name="Есеп және аудит", qualification="Бухгалтер", graduation_year=2015,
        name_as_written="Қасымова Әйгерім Ғалымқызы", new_blank_series=series,
        new_blank_number=number, honours=honours,
        transcript=[TranscriptLine("Бухгалтерлік есеп", "5", 72)] if kind == "appendix" else [])


def ready(staff, draft):
    """A duplicate registered, assigned, drafted and submitted: the head may sign it."""
    from desktop.services.cases import registration, steps
    from desktop.services.cases.content import save_draft
    from support.applications import make_application

    case = registration.register(staff["clerk"], make_application("duplicate"))
    case = steps.assign_executor(staff["head"], case.id, case.version,
                                 staff["executor"].user_id)
    case = save_draft(staff["executor"], case.id, case.version, draft, date(2026, 3, 2))
    return steps.submit_draft(staff["executor"], case.id, case.version)


def signed(staff, draft=None):
    from desktop.services.cases import steps

    case = ready(staff, draft or duplicate_draft())
    return steps.sign(staff["head"], case.id, case.version)
