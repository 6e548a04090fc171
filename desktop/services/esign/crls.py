"""The NCA's lists of revoked certificates (CRLs), imported by the admin from the files NCA
publishes (pki.gov.kz: nca_gost_2022.crl and its delta nca_gost_2022_d.crl; the RSA ones for
older signatures). Nothing is fetched from the network here.

A list is kept only if an installed NCA certificate issued it and its signature verifies with
that certificate's key: an unsigned or foreign list could clear a revoked certificate.
"""

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
from desktop.store.models.esign import NcaCertificate, NcaCrl

MAX_FILE = 256 * 1024 * 1024  # NCA's full RSA list runs to tens of megabytes


class CrlRefused(DomainError):
    """The file is not a list of revoked certificates Kense can rely on."""


@dataclass(frozen=True)
class CrlInfo:
    id: int
    issuer: str
    this_update: datetime
    next_update: datetime | None
    delta: bool
    entries: int
    sha256: str
    added_at: datetime
    added_by: str


def _info(row: NcaCrl) -> CrlInfo:
    return CrlInfo(row.id, row.issuer, row.this_update, row.next_update, row.delta == "d",
                   int(row.entries), row.sha256, row.added_at, row.added_by)


def _naive(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _checked(data: bytes):
    """The list and its issuer's common name; refused unless an installed NCA certificate
    signed it."""
    from desktop.services.esign import crypto, revocation

    if not data or len(data) > MAX_FILE:
        raise CrlRefused("not_a_crl", "not a CRL file")
    try:
        lst = revocation.read_crl(data)
    except (ValueError, TypeError, KeyError) as exc:
        raise CrlRefused("not_a_crl", f"not a CRL file: {exc}") from exc
    issuers = [crypto.certificate(bytes(r.der)) for r in NcaCertificate.select()]
    named = [cert for cert in issuers if revocation.issued_by(lst, cert)]
    if not named:
        raise CrlRefused("crl_issuer_not_installed",
                         "no installed NCA certificate issued this list",
                         issuer=crypto.common_name(lst.issuer))
    if not any(revocation.signature_check(lst, cert).passed for cert in named):
        raise CrlRefused("crl_signature_bad", "the list's signature does not verify",
                         issuer=crypto.common_name(lst.issuer))
    return lst, crypto.common_name(lst.issuer)


def import_crl(session: Session, data: bytes) -> CrlInfo:
    """Import a CRL or delta CRL (DER or PEM); the admin only. The same file twice is kept
    once."""
    acting_user(session, "admin")
    lst, issuer = _checked(data)
    der = lst.dump()
    fingerprint = hashlib.sha256(der).hexdigest()
    tbs = lst["tbs_cert_list"]
    with write_transaction():
        admin = acting_user(session, "admin")
        found = NcaCrl.get_or_none(NcaCrl.sha256 == fingerprint)
        if found is not None:
            return _info(found)
        row = NcaCrl.create(
            der=der, sha256=fingerprint, issuer=issuer,
            this_update=_naive(tbs["this_update"].native),
            next_update=_naive(tbs["next_update"].native),
            delta="d" if lst.delta_crl_indicator_value is not None else "",
            entries=str(len(tbs["revoked_certificates"])), added_at=now(),
            added_by=admin.username)
        audit.append(admin.username, "import_nca_crl", None,
                     {"issuer": issuer, "sha256": fingerprint,
                      "this_update": row.this_update.isoformat()})
    return _info(row)


def remove(session: Session, crl_id: int) -> None:
    acting_user(session, "admin")
    with write_transaction():
        admin = acting_user(session, "admin")
        row = NcaCrl.get_or_none(NcaCrl.id == crl_id)
        if row is None:
            raise NotFound("crl_not_found", f"no CRL {crl_id}")
        row.delete_instance()
        audit.append(admin.username, "remove_nca_crl", None,
                     {"issuer": row.issuer, "sha256": row.sha256})


def imported(session: Session) -> list[CrlInfo]:
    """For the admin's page: the lists, newest first."""
    acting_user(session, "admin", "head")
    return [_info(r) for r in NcaCrl.select().order_by(NcaCrl.this_update.desc())]


def stored_der() -> list[bytes]:
    """The imported lists' bytes (public, like the certificates: the command line reads them
    without signing in)."""
    return [bytes(r.der) for r in NcaCrl.select(NcaCrl.der)]
