"""Reading a fixed record (a snapshot's content) into the plain data its form prints: the
pieces every result kind's `printable` is made of. Kept apart from the registers and receipts
(services/printables.py) so that loading the result kinds at start-up loads no more than this."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from desktop.domain import printables as p
from desktop.domain.verification import qr_payload
from desktop.services.reference import catalogue, now

# A draft has no verification code yet: its QR code and code field say so.
DRAFT_CODE = "—"


class NothingToPrint(Exception):
    """The case has no form of this kind yet (e.g. a result before signing)."""


def document_names(service_code: str, lang: str, documents: Iterable,
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


def snap_college(snap: dict) -> p.CollegeInfo:
    return p.CollegeInfo(**snap["college"])


def snap_person(snap: dict) -> p.Person:
    who = snap["person"]
    born = who.get("birth_date")
    return p.Person(surname=who["surname"], name=who["name"], patronymic=who["patronymic"],
                    iin=who["iin"], birth_date=date.fromisoformat(born) if born else None)


def day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text)


def transcript(snap: dict) -> list[p.TranscriptRow]:
    return [p.TranscriptRow(subject=s, hours=h, credits=c, grade=g)
            for s, h, c, g in snap["transcript"]]


def code_and_payload(snap: dict) -> tuple[str, str]:
    """The verification code and the QR payload; a draft has neither yet."""
    code = snap.get("verification_code")
    if code:
        return code, qr_payload(snap["reg_number"], code)
    return DRAFT_CODE, snap["reg_number"]


def issued_on(snap: dict) -> date:
    return day(snap.get("signed_at")) or now().date()


def content_of(snap: dict, kind: str) -> dict:
    """The drafted content of the snapshot; NothingToPrint while nothing was drafted."""
    if not snap["content"]:
        raise NothingToPrint(kind)
    return snap["content"]
