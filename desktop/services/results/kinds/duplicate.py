"""The duplicate of a TVE document (service 1): printed on a numbered state blank and entered
in the book of issued duplicates when the head signs it."""

from __future__ import annotations

from datetime import date

from desktop.domain import printables as p
from desktop.domain.errors import InvalidInput
from desktop.domain.validation import check_past_date, clean_series
from desktop.services.cases.inputs import DuplicateDraft
from desktop.services.results import record_data as snap_
from desktop.services.results.kinds.fields import text, whole
from desktop.services.results.registry import ResultKind, register
from desktop.store.models import DuplicateContent

DOCUMENT_KINDS = ("diploma", "appendix")
# The blanks in stock: a duplicate of a diploma with honours takes the honours diploma's own
# blank (desktop.services.blanks.usage.blank_kind_of); the appendix blank is the same for both.
BLANK_KINDS = ("diploma", "diploma_honours", "appendix")


def clean(d: DuplicateDraft, today: date) -> dict:
    if d.document_kind not in DOCUMENT_KINDS:
        raise InvalidInput("document_kind", "bad_choice", f"one of {DOCUMENT_KINDS}")
    return {
        "document_kind": d.document_kind,
        "original_series": clean_series(d.original_series, "original_series", required=False),
        "original_number": text(d.original_number, "original_number", 30),
        "original_issued_on": check_past_date(
            d.original_issued_on, "original_issued_on", today, required=False
        ),
        "specialty_code": text(d.specialty_code, "specialty_code", 20),
        "specialty_name": text(d.specialty_name, "specialty_name"),
        "qualification": text(d.qualification, "qualification"),
        "graduation_year": whole(d.graduation_year, "graduation_year", 1930, today.year),
        "name_as_written": text(d.name_as_written, "name_as_written", 200),
        "honours": bool(d.honours),
        "new_blank_series": clean_series(d.new_blank_series, "new_blank_series", required=False),
        "new_blank_number": text(d.new_blank_number, "new_blank_number", 30),
    }


def printable(snap: dict) -> p.DuplicateData:
    x = snap_.content_of(snap, "duplicate")
    code, payload = snap_.code_and_payload(snap)
    college = snap_.snap_college(snap)
    return p.DuplicateData(
        college=college, reg_number=snap["reg_number"], issued_on=snap_.issued_on(snap),
        person=snap_.snap_person(snap), original_series=x["original_series"],
        original_number=x["original_number"],
        original_issued_on=snap_.day(x["original_issued_on"]),
        specialty_code=x["specialty_code"], specialty_name=x["specialty_name"],
        qualification=x["qualification"], graduation_year=x["graduation_year"] or 0,
        name_as_written=x["name_as_written"], honours=x["honours"],
        new_blank_series=x["new_blank_series"], new_blank_number=x["new_blank_number"],
        book_number=x.get("book_number") or snap_.DRAFT_CODE,
        transcript=snap_.transcript(snap), head_name=college.head_name,
        verification_code=code, qr_payload=payload,
        document_kind=x.get("document_kind") or "diploma",
    )


DUPLICATE = register(ResultKind(
    code="duplicate",
    printable=printable,
    form="desktop.forms.duplicate:render_duplicate",
    blank_form="desktop.forms.duplicate:render_duplicate_on_blank",
    draft_type=DuplicateDraft,
    model=DuplicateContent,
    clean=clean,
    required=(
        "original_number", "original_issued_on", "specialty_name", "qualification",
        "graduation_year", "name_as_written",
    ),
    # Its blank is taken from stock when the head signs (desktop.services.blanks.usage) unless
    # the executor typed one; either way the signing checks it is in stock.
    blank_kinds=BLANK_KINDS,
    # A diploma's duplicate prints no grades; the duplicate of its appendix is the grades.
    needs_transcript=lambda row: row is not None and row.document_kind == "appendix",
    from_archive="desktop.services.results.kinds.archive_fill:duplicate_draft",
    book_counter="duplicate_book",
))
