"""What the UI hands to the use cases: plain data as the user entered it, checked by the service."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class ApplicantInput:
    iin: str
    surname: str
    name: str
    birth_date: date | None
    patronymic: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass
class Application:
    service: str
    channel: str
    applicant: ApplicantInput
    language: str
    presented: set[str] = field(default_factory=set)
    expired: set[str] = field(default_factory=set)
    external_number: str = ""
    # When the applicant submitted (State Corporation / portal request); None: now, at the desk.
    submitted_at: datetime | None = None
    representative_name: str = ""
    representative_document: str = ""
    # Duplicate only: "lost" or "damaged"; and whether the name changed since the original.
    reason: str = ""
    name_changed: bool = False
    # When the clerk began taking this application (the registration dialog opened): the
    # 15-minute norm of the registration step is measured from it. None: not measured.
    started_at: datetime | None = None


@dataclass
class TranscriptLine:
    subject: str
    grade: str
    hours: int | None = None
    credits: float | None = None


@dataclass
class CertificateDraft:
    study_from: date | None = None
    study_to: date | None = None
    specialty_code: str = ""
    specialty_name: str = ""
    qualification: str = ""
    study_form: str = ""
    study_language: str = ""
    course: int | None = None
    order_number: str = ""
    order_date: date | None = None
    expulsion_reason: str = ""
    transcript: list[TranscriptLine] = field(default_factory=list)


@dataclass
class DuplicateDraft:
    document_kind: str = "diploma"
    original_series: str = ""
    original_number: str = ""
    original_issued_on: date | None = None
    specialty_code: str = ""
    specialty_name: str = ""
    qualification: str = ""
    graduation_year: int | None = None
    name_as_written: str = ""
    honours: bool = False
    new_blank_series: str = ""
    new_blank_number: str = ""
    transcript: list[TranscriptLine] = field(default_factory=list)


@dataclass
class IssueInput:
    """Who received the result. A representative must show a power of attorney."""

    recipient: str  # "applicant" or "representative"
    recipient_name: str
    identity_document: str
    power_of_attorney: str = ""
    # When the clerk began issuing (the issue dialog opened): the 30-minute norm is measured
    # from it. None: not measured.
    started_at: datetime | None = None
