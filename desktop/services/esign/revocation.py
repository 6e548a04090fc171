"""Whether a signer's certificate was revoked, offline, from the NCA's lists of revoked
certificates (CRLs) the admin imported: nothing is fetched here.

A list counts only when its signature verifies with the key of the certificate that issued the
signer's certificate (the chain's next link), so a list made up by anyone else cannot clear or
condemn a certificate. The answer, for the moment `at` (the signing moment):

- "failed": the certificate is in a list, revoked (or put on hold) at or before `at`;
- "passed": not in any list, and one list speaks for a moment at or after `at` — "not revoked
  as of the list of <date>";
- "not_checked": no list of that issuer imported, or none newer than `at` (a revocation
  between the newest list and `at` could not be seen).
A delta CRL is read like a full one (each lists revocations; the newest date says how far the
lists reach). OCSP, which needs the network, is not asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from asn1crypto import crl, pem, x509

from desktop.services.esign import crypto
from desktop.services.esign.check_report import Check, failed, not_checked

NO_LIST = "revocation not checked: no list of revoked certificates of {issuer} imported"
STALE = ("revocation not checked: no list newer than the signing moment "
         "(the newest imported is of {date})")
NOT_REVOKED = "not revoked as of the list of {date}"
REVOKED = "revoked on {date} ({reason}), in the list of {list_date}"


@dataclass(frozen=True)
class Revocation:
    check: Check
    list_date: datetime | None  # the newest list of the issuer that counted, if any


def read_crl(data: bytes) -> crl.CertificateList:
    """A CRL from DER or PEM bytes (NCA publishes DER .crl files); ValueError if not one."""
    if pem.detect(data):
        _, _, data = pem.unarmor(data)
    lst = crl.CertificateList.load(data)
    _ = (lst.issuer.native, lst["tbs_cert_list"]["this_update"].native,
         lst["signature"].native, lst["signature_algorithm"]["algorithm"].dotted)
    return lst


def signature_check(lst: crl.CertificateList, issuer: x509.Certificate) -> Check:
    """Whether `issuer`'s key signed the list (its names matched already)."""
    return crypto.verify_value(issuer.public_key, lst["signature_algorithm"], None,
                               lst["signature"].native, lst["tbs_cert_list"].dump())


def issued_by(lst: crl.CertificateList, issuer: x509.Certificate) -> bool:
    """By names and, when both carry them, key identifiers."""
    if lst.issuer.hashable != issuer.subject.hashable:
        return False
    wanted, offered = lst.authority_key_identifier, issuer.key_identifier
    return wanted is None or offered is None or wanted == offered


def _date(moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y")


def _reason(entry) -> str:
    value = entry.crl_reason_value
    return value.native if value is not None else "unspecified"


def status(cert: x509.Certificate, issuer: x509.Certificate | None,
           lists: list[crl.CertificateList], at: datetime) -> Revocation:
    """Whether `cert` (issued by `issuer`, the next link of its chain) was revoked at `at`."""
    issuer_name = crypto.common_name(cert.issuer)
    counted = [lst for lst in lists
               if issuer is not None and issued_by(lst, issuer)
               and signature_check(lst, issuer).passed]
    if not counted:
        return Revocation(not_checked(NO_LIST.format(issuer=issuer_name)), None)
    newest = max(lst["tbs_cert_list"]["this_update"].native for lst in counted)
    later = None
    for lst in counted:
        for entry in lst["tbs_cert_list"]["revoked_certificates"]:
            if entry["user_certificate"].native != cert.serial_number:
                continue
            when = entry["revocation_date"].native
            if when <= at:
                return Revocation(failed(REVOKED.format(
                    date=_date(when), reason=_reason(entry),
                    list_date=_date(lst["tbs_cert_list"]["this_update"].native))), newest)
            later = when
    if newest < at:
        return Revocation(not_checked(STALE.format(date=_date(newest))), newest)
    note = NOT_REVOKED.format(date=_date(newest))
    if later is not None:
        note += f" (revoked later, on {_date(later)})"
    return Revocation(Check("passed", note), newest)
