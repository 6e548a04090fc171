"""The head's electronic signature of a result (issue 17): the PDF of the fixed result is signed
through NCALayer with a detached CMS, checked offline, and kept with the result.

Signing happens in two calls around NCALayer, which can take minutes (the head picks the key
and types its password in NCALayer's window), so no transaction may stay open meanwhile:

1. `prepare_signing` runs the Sign use case and rolls it back, to learn exactly what the fixed
   result will hold (its book number, verification code, moment of signing); the UI renders
   that content into the PDF and asks NCALayer to sign it.
2. `sign_electronically` checks the CMS against the PDF, the installed NCA certificates, the
   head's signing usage and the college's BIN, then runs Sign again at the prepared moment. If
   the result it fixes is not exactly the content that was signed (someone changed the case
   meanwhile), nothing is saved. Otherwise the case is signed and the PDF, the CMS and what
   the certificate says are kept in the same transaction, in the audit chain.

A result already signed on paper (or a signed refusal letter) can be signed electronically
later: its content is fixed, so `prepare_fixed` just reads it.

Only where the law has an electronic result: a service whose TOML `result_forms` lacks
"electronic" (the certificate for unfinished study, seed 002: paper only) is never signed
electronically; `offers_electronic` tells the UI, and every call here refuses it.

Trust comes from the check, never from the port: a program answering on NCALayer's port that
signs other bytes, or with a key that does not chain to the installed NCA certificates, is
refused. Only a signature that passed every check ("valid") is kept: the head's GOST 34.10-2015
key (NCA's signing keys since 2024) and RSA are checked offline; a key whose algorithm Kense
cannot compute (the older GOST 34.310-2004) is refused at signing (see docs/office/e-signing.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import datetime

from desktop.domain.errors import DomainError
from desktop.domain.iin import masked
from desktop.services.accounts import access
from desktop.services.accounts.session import Session, acting_user
from desktop.services.cases import steps
from desktop.services.cases.casework import CaseRecord, load_case
from desktop.services.errors import Conflict, NotFound, PermissionDenied
from desktop.services.esign import certificates as nca_certificates
from desktop.services.esign import crls as nca_crls
from desktop.services.records import audit, snapshots
from desktop.services.reference import catalogue, now
from desktop.services.results import registry
from desktop.store.connection import write_transaction
from desktop.store.models import Case, College, ResultSnapshot, User
from desktop.store.models.esign import ResultSignature

SIGNER = "head"


class EsignRefused(DomainError):
    """The signature NCALayer gave cannot be kept (not over this PDF, not the head's...)."""


@dataclass(frozen=True)
class PreparedSigning:
    case_id: int
    version: int  # the case's version it was prepared from (Sign), or -1 for a fixed result
    at: datetime  # the moment of signing the result will carry
    content: dict  # the fixed result's content: what the PDF is rendered from
    college_bin: str
    snapshot_id: int | None = None  # set for a result already fixed


@dataclass(frozen=True)
class StoredSignature:
    snapshot_id: int
    signed_at: datetime
    username: str
    signer: dict  # SignerFacts as plain values
    verdict: str
    current: bool  # whether it signs the result as it now prints (its latest fixed record)
    file_stem: str  # the registration number, made safe for a file name


class _DryRun(Exception):
    """Rolls the prepared Sign back once its content is known."""


def college_bin() -> str:
    college = College.select(College.bin).first()
    return college.bin if college else ""


def offers_electronic(service: str) -> bool:
    """Whether the law gives this service's result electronically (its TOML's result_forms)."""
    return "electronic" in catalogue()[service].result_forms


def _electronic_only_where_allowed(case: Case) -> None:
    if not offers_electronic(case.service):
        raise EsignRefused("esign_paper_only",
                           f"the {case.service} service's result is given on paper only",
                           service=case.service)


def _ready(user: User) -> str:
    """The college's BIN, once electronic signing is set up; refuses before."""
    if user.role != SIGNER:
        raise PermissionDenied("role_not_allowed", "only the head signs electronically",
                               role=user.role)
    bin_ = college_bin()
    if not bin_:
        raise EsignRefused("esign_no_bin", "the college's BIN is not set (Admin → College)")
    if not nca_certificates.trusted_der():
        raise EsignRefused("esign_no_certificates",
                           "no NCA certificates installed (Admin → Signatures)")
    return bin_


def prepare_signing(session: Session, case_id: int, version: int) -> PreparedSigning:
    """What the result of this case will hold once signed now; nothing is saved."""
    user = acting_user(session, SIGNER)
    bin_ = _ready(user)
    case = load_case(case_id)
    access.require_read(user, case)
    _electronic_only_where_allowed(case)
    seen: dict = {}

    def capture(case: Case, user: User, moment: datetime) -> dict:
        seen["content"] = json.loads(snapshots.latest(case.id).content)
        seen["at"] = moment
        raise _DryRun

    with contextlib.suppress(_DryRun):
        steps.sign(session, case_id, version, then=capture)
    return PreparedSigning(case_id, version, seen["at"], seen["content"], bin_)


def prepare_fixed(session: Session, case_id: int) -> PreparedSigning:
    """An electronic signature for a result already signed (its latest fixed record)."""
    user = acting_user(session, SIGNER)
    bin_ = _ready(user)
    case = load_case(case_id)
    access.require_read(user, case)
    _electronic_only_where_allowed(case)
    snap = snapshots.latest(case_id)
    if snap is None or not registry.get(snap.kind).sealed:
        raise NotFound("nothing_issued", "this case has no signed result")
    if ResultSignature.get_or_none(ResultSignature.snapshot == snap.id) is not None:
        raise EsignRefused("esign_already_signed", "this result is signed electronically")
    return PreparedSigning(case_id, -1, snap.created_at, json.loads(snap.content), bin_,
                           snapshot_id=snap.id)


# What the head is told when a check of the signature NCALayer gave failed.
_REFUSALS = (
    ("esign_not_this_document", "digest_matches"),
    ("esign_not_this_document", "signature_value_checked"),
    ("esign_untrusted_certificate", "chain_ok"),
    ("esign_certificate_not_valid", "within_validity"),
    ("esign_not_head", "usage_ok"),
    ("esign_other_college", "bin_matches"),
    ("esign_certificate_revoked", "revocation"),
)


def _check(prepared: PreparedSigning, pdf: bytes, cms: bytes, at: datetime):
    """The offline check of what NCALayer returned; raises unless every check passed."""
    from desktop.services.esign.checking import verify_detached

    report = verify_detached(pdf, cms, nca_certificates.trusted_der(),
                             college_bin=prepared.college_bin, at=at,
                             crls=nca_crls.stored_der())
    for code, name in _REFUSALS:
        check = getattr(report, name)
        if check.outcome == "failed":
            raise EsignRefused(code, f"{name}: {check.reason}", reason=check.reason,
                               bin=report.facts.bin or "", college_bin=prepared.college_bin)
    if report.verdict != "valid":
        raise EsignRefused("esign_not_checkable",
                           f"the signature cannot be fully checked offline "
                           f"({report.facts.signature_algorithm})",
                           algorithm=report.facts.signature_algorithm)
    return report


def _facts(report) -> dict:
    return {k: v.isoformat() if isinstance(v, datetime) else v
            for k, v in asdict(report.facts).items()}


def _keep(case_id: int, snap: ResultSnapshot, username: str, moment: datetime, pdf: bytes,
          cms: bytes, report) -> dict:
    signer = _facts(report)
    row = ResultSignature.create(
        snapshot=snap.id, case=case_id, signed_at=moment, username=username, pdf=pdf, cms=cms,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(), cms_sha256=hashlib.sha256(cms).hexdigest(),
        signer=json.dumps(signer, ensure_ascii=False, sort_keys=True), verdict=report.verdict)
    # The signature's row keeps the signer's IIN (its print names the signer); the log, which
    # holds no IIN, keeps it masked.
    logged = {**signer, "iin": masked(signer.get("iin") or "")}
    return {"esign": {"snapshot": snap.id, "snapshot_hash": snap.content_hash,
                      "pdf_sha256": row.pdf_sha256, "cms_sha256": row.cms_sha256,
                      "signer": logged}}


def sign_electronically(session: Session, prepared: PreparedSigning, pdf: bytes,
                        cms: bytes) -> CaseRecord:
    """Keep NCALayer's signature over `pdf` (rendered from `prepared.content`), signing the
    case now if it was prepared from Sign. All of it, or nothing."""
    user = acting_user(session, SIGNER)
    _ready(user)
    _electronic_only_where_allowed(load_case(prepared.case_id))
    report = _check(prepared, pdf, cms, now())
    if prepared.snapshot_id is None:
        def keep(case: Case, user: User, moment: datetime) -> dict:
            snap = snapshots.latest(case.id)
            if json.loads(snap.content) != prepared.content:
                raise Conflict("the result changed after it was prepared for signing",
                               case_id=case.id)
            return _keep(case.id, snap, user.username, moment, pdf, cms, report)

        return steps.sign(session, prepared.case_id, prepared.version, at=prepared.at,
                          then=keep)
    with write_transaction():
        user = acting_user(session, SIGNER)
        case = load_case(prepared.case_id)
        snap = snapshots.latest(case.id)
        if snap is None or snap.id != prepared.snapshot_id:
            raise Conflict("a newer result was fixed since", case_id=case.id)
        if ResultSignature.get_or_none(ResultSignature.snapshot == snap.id) is not None:
            raise EsignRefused("esign_already_signed", "this result is signed electronically")
        extra = _keep(case.id, snap, user.username, now(), pdf, cms, report)
        audit.append(user.username, "sign_electronically", case.id, extra)
    return CaseRecord.of(Case.get_by_id(case.id))


def file_stem(reg_number: str) -> str:
    """A registration number as a file name (the office's numbers may hold / or \\)."""
    return "".join("-" if c in '\\/:*?"<>|' else c for c in reg_number).strip() or "result"


def _row_of(session: Session, case_id: int) -> tuple[Case, ResultSignature | None]:
    user = acting_user(session)
    case = load_case(case_id)
    access.require_read(user, case)
    row = (ResultSignature.select().where(ResultSignature.case == case_id)
           .order_by(ResultSignature.id.desc()).first())
    return case, row


def signature_of(session: Session, case_id: int) -> StoredSignature | None:
    """The newest electronic signature of the case's result, if any."""
    case, row = _row_of(session, case_id)
    if row is None:
        return None
    latest = snapshots.latest(case_id)
    return StoredSignature(row.snapshot_id, row.signed_at, row.username, json.loads(row.signer),
                           row.verdict, latest is not None and latest.id == row.snapshot_id,
                           file_stem(case.reg_number))


@dataclass(frozen=True)
class SignedFiles:
    stem: str
    pdf: bytes
    cms: bytes
    files_intact: bool  # the bytes hash to what was recorded when they were signed


def signed_files(session: Session, case_id: int, *, purpose: str = "export") -> SignedFiles:
    """The signed PDF and its CMS, as kept; the export is audited (the files carry personal
    data, and leave Kense)."""
    case, row = _row_of(session, case_id)
    if row is None:
        raise NotFound("no_signature", "the result is not signed electronically")
    pdf, cms = bytes(row.pdf), bytes(row.cms)
    intact = (hashlib.sha256(pdf).hexdigest() == row.pdf_sha256
              and hashlib.sha256(cms).hexdigest() == row.cms_sha256)
    if purpose == "export":
        with write_transaction():
            user = acting_user(session)
            audit.append(user.username, "export_signed_result", case.id,
                         {"pdf_sha256": row.pdf_sha256, "cms_sha256": row.cms_sha256})
    return SignedFiles(file_stem(case.reg_number), pdf, cms, intact)


def check_stored(session: Session, case_id: int):
    """Check the kept signature again, offline, against the certificates installed now, at the
    moment it was made (a certificate may have expired since; it had to be valid then)."""
    from desktop.services.esign.checking import verify_detached

    files = signed_files(session, case_id, purpose="check")
    _case, row = _row_of(session, case_id)
    report = verify_detached(files.pdf, files.cms, nca_certificates.trusted_der(),
                             college_bin=college_bin(), at=row.signed_at,
                             crls=nca_crls.stored_der())
    return report, files.files_intact


def check_files(pdf: bytes, cms: bytes, at: datetime | None = None):
    """Check a PDF and its detached CMS from files, offline, against the installed NCA
    certificates and this college's BIN, at `at` or else the moment the signer's PC wrote into
    the signature (or now, when it wrote none). Returns (report, the moment checked at)."""
    from desktop.services.esign.checking import signing_time, verify_detached

    trusted, bin_, lists = nca_certificates.trusted_der(), college_bin(), nca_crls.stored_der()
    if at is None:
        at = signing_time(cms) or now()
    return verify_detached(pdf, cms, trusted, college_bin=bin_, at=at, crls=lists), at
