"""Checking a verification code typed or scanned from a printed result."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.errors import InvalidInput
from desktop.domain.verification import (
    Verdict,
    judge,
    normalize_code,
    parse_qr_payload,
    verification_code,
)
from desktop.services.content import verification_fields
from desktop.services.session import Session, acting_user
from desktop.store.models import Applicant, Case, College


@dataclass(frozen=True)
class VerificationAnswer:
    verdict: Verdict
    reg_number: str = ""
    person: str = ""


def check_code(session: Session, typed: str) -> VerificationAnswer:
    """AUTHENTIC: a result with this code exists and its data is unchanged; ALTERED: the record
    behind the code was changed after signing; UNKNOWN: no result carries this code."""
    acting_user(session)
    text = (typed or "").strip()
    try:
        code = normalize_code(parse_qr_payload(text)[1] if "|" in text else text)
    except ValueError as exc:
        raise InvalidInput("code", "bad_code", str(exc)) from exc
    case = Case.get_or_none(Case.verification_code == code)
    if case is None:
        return VerificationAnswer(judge(code, None, None))
    secret = bytes.fromhex(College.select().first().verification_secret)
    recomputed = verification_code(secret, verification_fields(case))
    person = Applicant.get_by_id(case.applicant_id)
    return VerificationAnswer(
        judge(code, case.verification_code, recomputed),
        case.reg_number,
        f"{person.surname} {person.name}",
    )
