"""Reading results to print: the fixed record of an issued result, the draft from today's rows,
and the count of prints (the first paper print is the original, every later one, and every
file saved, a marked copy)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.services.accounts import access
from desktop.services.accounts.session import Session, acting_user
from desktop.services.cases.casework import load_case
from desktop.services.errors import NotFound, PermissionDenied
from desktop.services.records import audit, snapshots
from desktop.services.reference import now
from desktop.services.results import registry
from desktop.store.connection import write_transaction
from desktop.store.models import Case, PrintRecord, User

MAX_PRINTER_NAME = 200


# A result saved as a file is counted under this "printer" and the file's name.
SAVED_AS_FILE = "PDF: "


@dataclass(frozen=True)
class IssuedResult:
    snapshot_id: int
    content: dict
    prints: int  # how many times it was printed on paper before (files saved are apart)
    legacy: bool


def _readable_case(session: Session, case_id: int) -> tuple[User, Case]:
    user = acting_user(session)
    case = load_case(case_id)
    access.require_read(user, case)
    return user, case


def issued_result(session: Session, case_id: int, paper: str = "") -> IssuedResult | None:
    """The result as it was fixed when signed (or refused); None before that. With `paper`, the
    last of that kind of the hearing's papers (the notice, the protocol) instead."""
    _readable_case(session, case_id)
    snap = snapshots.latest_of(case_id, paper) if paper else snapshots.latest(case_id)
    if snap is None:
        return None
    printed = PrintRecord.select().where(
        (PrintRecord.snapshot == snap.id)
        & ~PrintRecord.printer.startswith(SAVED_AS_FILE)).count()
    return IssuedResult(snap.id, json.loads(snap.content), printed, snap.legacy)


def draft_result(session: Session, case_id: int) -> dict:
    """What the result would print from today's rows (for the head to read before signing)."""
    user, case = _readable_case(session, case_id)
    if user.role == "clerk":
        raise PermissionDenied("draft_not_for_clerk", "the office sees the result once signed")
    return snapshots.build_content(case, registry.document_of(case.service).code)


def record_print(session: Session, case_id: int, printer: str, paper: str = "") -> bool:
    """Count one print of the issued result; True if it is a copy. The first paper print is
    the original; a file is never the original: it is a copy, and it leaves the next paper
    print the original (the files saved are counted apart, by their names)."""
    user, case = _readable_case(session, case_id)
    printer = (printer or "").strip()[:MAX_PRINTER_NAME]
    with write_transaction():
        snap = snapshots.latest_of(case_id, paper) if paper else snapshots.latest(case_id)
        if snap is None:
            raise NotFound("nothing_issued", "this case has no signed result to print")
        copy = printer.startswith(SAVED_AS_FILE) or PrintRecord.select().where(
            (PrintRecord.snapshot == snap.id)
            & ~PrintRecord.printer.startswith(SAVED_AS_FILE)).exists()
        PrintRecord.create(snapshot=snap.id, case=case.id, at=now(), username=user.username,
                           printer=printer, copy=copy)
        audit.append(user.username, "print_result", case.id,
                     {"printer": printer, "copy": copy, "snapshot": snap.id,
                      "snapshot_hash": snap.content_hash})
    return copy


