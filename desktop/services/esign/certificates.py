"""The NCA RK certificates a signature must chain to, installed by the admin from the files NCA
publishes (pki.gov.kz): nothing is fetched from the network, and nothing is trusted that the
admin did not install here."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from desktop.domain.errors import DomainError
from desktop.services.accounts.session import Session, acting_user
from desktop.services.errors import NotFound
from desktop.services.records import audit
from desktop.services.reference import now
from desktop.store.connection import write_transaction
from desktop.store.models.esign import NcaCertificate

MAX_FILE = 64 * 1024  # an X.509 certificate is a few kilobytes; a bigger file is not one


class CertificateRefused(DomainError):
    """The file is not a certificate an authority's signatures can be checked against."""


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    subject: str
    not_before: datetime
    not_after: datetime
    sha256: str  # the fingerprint the admin compares with the one NCA publishes
    added_at: datetime
    added_by: str


def _info(row: NcaCertificate) -> CertificateInfo:
    return CertificateInfo(row.id, row.subject, row.not_before, row.not_after, row.sha256,
                           row.added_at, row.added_by)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _read(data: bytes):
    from asn1crypto import pem

    from desktop.services.esign import crypto

    if not data or len(data) > MAX_FILE:
        raise CertificateRefused("not_a_certificate", "not a certificate file")
    try:
        cert = crypto.certificate(data)
        der = cert.dump()
    except (ValueError, TypeError, KeyError) as exc:
        raise CertificateRefused("not_a_certificate", f"not a certificate file: {exc}") from exc
    if not pem.detect(data) and der != data:
        raise CertificateRefused("not_a_certificate", "trailing bytes after the DER")
    if not cert.ca:
        # A person's certificate installed as trusted would let any signature by that key
        # pass as chaining to NCA: only authorities' certificates are anchors.
        raise CertificateRefused("not_an_authority",
                                 "not the certificate of a certification authority")
    return cert, der


def install(session: Session, data: bytes) -> CertificateInfo:
    """Install a root or intermediate certificate (DER or PEM); the admin only."""
    acting_user(session, "admin")
    cert, der = _read(data)
    fingerprint = hashlib.sha256(der).hexdigest()
    with write_transaction():
        admin = acting_user(session, "admin")
        found = NcaCertificate.get_or_none(NcaCertificate.sha256 == fingerprint)
        if found is not None:
            return _info(found)
        row = NcaCertificate.create(
            der=der, sha256=fingerprint,
            subject=cert.subject.native.get("common_name") or cert.subject.human_friendly,
            not_before=_naive(cert.not_valid_before), not_after=_naive(cert.not_valid_after),
            added_at=now(), added_by=admin.username)
        audit.append(admin.username, "install_nca_certificate", None,
                     {"subject": row.subject, "sha256": fingerprint})
    return _info(row)


def remove(session: Session, certificate_id: int) -> None:
    acting_user(session, "admin")
    with write_transaction():
        admin = acting_user(session, "admin")
        row = NcaCertificate.get_or_none(NcaCertificate.id == certificate_id)
        if row is None:
            raise NotFound("certificate_not_found", f"no certificate {certificate_id}")
        row.delete_instance()
        audit.append(admin.username, "remove_nca_certificate", None,
                     {"subject": row.subject, "sha256": row.sha256})


def installed(session: Session) -> list[CertificateInfo]:
    """For the admin's page and the head's Sign: what signatures are checked against."""
    acting_user(session, "admin", "head")
    return [_info(r) for r in NcaCertificate.select().order_by(NcaCertificate.not_after)]


def trusted_der() -> list[bytes]:
    """The installed certificates' bytes. Public certificates, not personal data: the command
    line's check reads them without signing in."""
    return [bytes(r.der) for r in NcaCertificate.select(NcaCertificate.der)]
