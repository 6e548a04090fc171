"""Plain data that the forms print: built by the services from the fixed record of a case,
never ORM rows. It lives below the services so that they can build it and the forms print it.

Texts (documents, subjects, reasons, specialty names) arrive already in the form's language;
codes (service, channel, status, study form) are translated by the form from resources/forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class CollegeInfo:
    name_kk: str
    name_ru: str
    address_kk: str
    address_ru: str
    head_name: str
    phone: str = ""
    email: str = ""

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    def address(self, lang: str) -> str:
        return self.address_kk if lang == "kk" else self.address_ru


@dataclass(frozen=True)
class Person:
    surname: str
    name: str
    patronymic: str = ""
    iin: str = ""
    birth_date: date | None = None
    # "m" / "f" picks Russian grammatical gender; empty falls back to the IIN's 7th digit.
    sex: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.name, self.patronymic) if part)

    @property
    def short_name(self) -> str:
        """Surname and initials, as under a signature: Қасымова Ә. Ғ."""
        initials = " ".join(f"{part[0]}." for part in (self.name, self.patronymic) if part)
        return f"{self.surname} {initials}".strip()

    @property
    def gender(self) -> str:
        if self.sex in ("m", "f"):
            return self.sex
        if len(self.iin) == 12 and self.iin.isdigit() and self.iin[6] != "0":
            return "m" if int(self.iin[6]) % 2 else "f"
        return "x"


@dataclass(frozen=True)
class ReceiptData:
    college: CollegeInfo
    reg_number: str
    registered_at: datetime
    service: str  # the code of a service of the catalogue
    channel: str  # "office" | "state_corp" | "portal" | "home_visit"
    applicant: Person
    documents: list[str]
    due_date: date
    clerk_name: str
    external_number: str = ""  # the State Corporation's or portal's request number
    phone: str = ""  # the office's phone for enquiries; empty: the college profile's phone
    # A representative (parent, legal representative, attorney) who applied instead: they
    # sign the receipt, with the document that gives them the right to.
    representative_name: str = ""
    representative_document: str = ""


@dataclass(frozen=True)
class RefusalReceiptData:
    college: CollegeInfo
    reg_number: str
    refused_at: datetime
    service: str
    applicant: Person
    missing: list[str]
    expired: list[str]
    clerk_name: str
    clerk_phone: str = ""


@dataclass(frozen=True)
class TranscriptRow:
    subject: str
    hours: int | None
    credits: float | None
    grade: str


@dataclass(frozen=True)
class CertificateData:
    college: CollegeInfo
    reg_number: str
    issued_on: date
    person: Person
    study_from: date
    study_to: date
    specialty_code: str
    specialty_name: str
    qualification: str
    study_form: str  # "full_time" | "evening" | "extramural" | "distance", or a text
    study_language: str  # "kk" | "ru" | "en", or a text
    course: int
    expulsion_order_number: str
    expulsion_order_date: date
    expulsion_reason: str
    transcript: list[TranscriptRow]
    head_name: str
    verification_code: str
    qr_payload: str


@dataclass(frozen=True)
class DuplicateData:
    college: CollegeInfo
    reg_number: str
    issued_on: date
    person: Person
    original_series: str
    original_number: str
    original_issued_on: date
    specialty_code: str
    specialty_name: str
    qualification: str
    graduation_year: int
    name_as_written: str
    honours: bool
    new_blank_series: str
    new_blank_number: str
    book_number: str
    transcript: list[TranscriptRow]
    head_name: str
    verification_code: str
    qr_payload: str
    study_from_year: int | None = None  # "studied from ... to ..." on the appendix, if known
    # Which document is duplicated, so which state blank it is printed on: "diploma" or
    # "appendix" (the transcript).
    document_kind: str = "diploma"


@dataclass(frozen=True)
class MotivatedRefusalData:
    college: CollegeInfo
    reg_number: str
    dated: date
    applicant: Person
    reasons: str
    head_name: str
    service: str = ""  # the code of the refused service
    application_date: date | None = None
    outgoing_number: str = ""  # the letter's own number in the outgoing register
    applicant_address: str = ""
    executor_name: str = ""
    executor_phone: str = ""
    # The legal ground chosen from the service's refusal grounds, worded in the letter's language
    # (a letter signed before the hearing came into Kense).
    ground: str = ""
    # Since then: the grounds cited (hearing_papers.CitedGround) and the preliminary decision,
    # its notice and the hearing that came before the letter (hearing_papers.HearingFacts).
    grounds: tuple = ()
    hearing: object = None


@dataclass(frozen=True)
class CalibrationData:
    """The printer whose offsets are measured, and the offsets already applied (mm)."""

    printer_name: str = ""
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    page_mm: tuple[float, float] = (210.0, 297.0)  # the blank's paper size, width x height
    # Where the admin types what was measured, as the menus name it ("Administration → Blank
    # printing"); empty: the wording's own name of it.
    page_name: str = ""


@dataclass(frozen=True)
class JournalRow:
    reg_number: str
    registered_at: datetime
    service: str
    channel: str
    applicant: str  # full name
    iin: str
    status: str  # a workflow state code, e.g. "registered", "issued"
    due_date: date | None = None
    executor: str = ""
    finished_on: date | None = None  # issued / refused on
    external_number: str = ""
    note: str = ""
    # The hearing before a motivated refusal: "pending" (decided, not yet held), "document" or
    # "refusal" (its outcome), on `hearing_on` (the day held, or set).
    hearing: str = ""
    hearing_on: date | None = None


@dataclass(frozen=True)
class JournalData:
    college: CollegeInfo
    date_from: date
    date_to: date
    rows: list[JournalRow]
    printed_on: date | None = None
    audit_anchor: str = ""  # "records:hash" of the audit log when printed


@dataclass(frozen=True)
class BookRow:
    book_number: str
    issued_on: date
    person: str  # full name of the holder, as now
    name_as_written: str
    original_series: str
    original_number: str
    original_issued_on: date | None
    new_blank_series: str
    new_blank_number: str
    reg_number: str = ""
    received_by: str = ""  # who took it: the holder, a representative, the State Corporation


@dataclass(frozen=True)
class BookData:
    college: CollegeInfo
    date_from: date
    date_to: date
    rows: list[BookRow] = field(default_factory=list)
    printed_on: date | None = None


@dataclass(frozen=True)
class ElectronicSignatureNote:
    """What a paper print of an electronically signed result says of its signature."""

    signer: str  # the certificate's common name
    iin: str
    serial: str  # the certificate's serial number, hex
    signed_on: date
    file_stem: str  # the signed files' name (the registration number)


@dataclass(frozen=True)
class JoinSheetData:
    """The office server's join code sheet (desktop/forms/join_sheet.py): it carries the
    server's password."""

    college_name: str
    host: str
    port: int
    database: str
    user: str
    code: str
    fingerprint: str  # hex SHA-256 of the server certificate; "" without TLS
    made_on: date
