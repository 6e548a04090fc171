"""Checking a verification code typed or scanned from a printed result."""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.domain.errors import InvalidInput
from desktop.domain.verification import Verdict, normalize_code, parse_qr_payload
from desktop.services.accounts import office_key
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import snapshots
from desktop.services.records.chain_check import ADOPT_CASES
from desktop.store.models import AuditRecord, ResultSnapshot
from desktop.store.models.blanks import SPOILED, USED, Blank


@dataclass(frozen=True)
class VerificationAnswer:
    verdict: Verdict
    reg_number: str = ""
    person: str = ""
    legacy: bool = False  # fixed at the upgrade to schema 3 from the rows as they stood then
    # REPLACED: the blank this code was printed on (spoiled) and the one the result is on now.
    spoiled_blank: str = ""
    current_blank: str = ""


def _logged(snap: ResultSnapshot) -> bool:
    """The snapshot's hash is in an audit record that still carries it."""
    records = AuditRecord.select(AuditRecord.changes).where(
        ((AuditRecord.case_id == snap.case_id) | (AuditRecord.action == ADOPT_CASES))
        & AuditRecord.changes.contains(snap.content_hash))
    for (text,) in records.tuples():
        try:
            changes = json.loads(text)
        except ValueError:
            continue
        if changes.get("snapshot") == snap.id and changes.get("snapshot_hash") == snap.content_hash:
            return True
        if changes.get("snapshots", {}).get(str(snap.id)) == snap.content_hash:
            return True  # fixed when the records were taken under the office key
    return False


def check_code(session: Session, typed: str) -> VerificationAnswer:
    """AUTHENTIC: a result with this code was issued and its fixed record is unchanged;
    ALTERED: the record behind the code was changed after signing; UNKNOWN: no result carries
    this code. The audit chain itself is checked by the admin
    (desktop.services.records.chain_check)."""
    # The office answers who holds a document; the admin sees no case content and an
    # executor nothing of other people's cases.
    acting_user(session, "clerk", "head")
    text = (typed or "").strip()
    try:
        code = normalize_code(parse_qr_payload(text)[1] if "|" in text else text)
    except ValueError as exc:
        raise InvalidInput("code", "bad_code", str(exc)) from exc
    snap = (ResultSnapshot.select().where(ResultSnapshot.verification_code == code)
            .order_by(ResultSnapshot.id.desc()).first())
    if snap is None:
        return VerificationAnswer(Verdict.UNKNOWN)
    try:
        content = json.loads(snap.content)
    except ValueError:
        return VerificationAnswer(Verdict.ALTERED)
    person = content.get("person", {})
    answer = VerificationAnswer(
        Verdict.AUTHENTIC, content.get("reg_number", ""),
        f"{person.get('surname', '')} {person.get('name', '')}".strip(), snap.legacy,
    )
    intact = (snapshots.content_hash(snap.content) == snap.content_hash
              and content.get("verification_code") == code and _logged(snap))
    if intact and not snap.legacy:
        intact = snapshots.seal_code(office_key.current_key(), content) == code
    if not intact:
        return VerificationAnswer(Verdict.ALTERED, answer.reg_number, answer.person,
                                  snap.legacy)
    return _replaced(snap, answer) or answer


def _replaced(snap: ResultSnapshot, answer: VerificationAnswer) -> VerificationAnswer | None:
    """A code from a blank spoiled at printing: the result was fixed again on another blank,
    so the paper carrying this code must not pass for the document in force."""
    spoiled = Blank.get_or_none((Blank.snapshot == snap.id) & (Blank.state == SPOILED))
    if spoiled is None:
        return None
    current = Blank.get_or_none((Blank.case == snap.case_id) & (Blank.state == USED))
    return VerificationAnswer(
        Verdict.REPLACED, answer.reg_number, answer.person, answer.legacy,
        spoiled_blank=f"{spoiled.series} {spoiled.label}",
        current_blank=f"{current.series} {current.label}" if current else "")
