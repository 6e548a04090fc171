"""Offline verification of a detached CMS over a PDF (issue 17, point 3).

`verify_detached` takes everything as bytes — the PDF, the CMS, the NCA certificates the admin
installed — so the command line and the UI can both call it with what they read from the store
or from files. It answers a `SignatureReport` whose checks stand apart; see signature_report
for the verdict. What is checked offline:

- RSA and ECDSA: the messageDigest against the PDF's SHA-2 hash, the signature value, and each
  certificate's signature up the chain, with `cryptography`.
- GOST (34.10-2015 with Streebog, 34.310-2004): nothing cryptographic — no maintained Python
  library computes them. The digest and the value are "not_checked", and the chain is matched
  by names and key identifiers only, which also comes back "not_checked". A GOST signature is
  therefore at best "not_fully_checked", never "valid".
- Always: the validity of each certificate at `at`, the head's signing usage, the BIN.
No revocation (OCSP/CRL) and no timestamp: they need the network.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import datetime

from asn1crypto import cms, pem, x509

from desktop.domain import nca
from desktop.domain.errors import DomainError
from desktop.services.esign import crypto
from desktop.services.esign.check_report import (
    DIGEST_NOT_CHECKED_OFFLINE,
    Check,
    SignatureReport,
    SignerFacts,
    failed,
    not_checked,
    passed,
)

WEAK_DIGESTS = ("md5", "sha1")


class SignatureError(DomainError):
    """The signature file cannot be read as a CMS signature; nothing about it can be said."""


def _unreadable(why: str) -> SignatureError:
    return SignatureError("signature_unreadable", f"not a readable CMS signature: {why}",
                          reason=why)


def _signed_data(data: bytes) -> cms.SignedData:
    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        elif data[:2] == b"MI":  # base64 text of a DER SEQUENCE: how NCALayer hands it over
            data = base64.b64decode(data, validate=False)
        info = cms.ContentInfo.load(data)
        if info["content_type"].native != "signed_data":
            raise _unreadable("not signed data")
        signed = info["content"]
        _ = signed.native  # parse it all now, so a broken part fails here
    except (binascii.Error, ValueError, TypeError, KeyError) as exc:
        raise _unreadable(str(exc) or type(exc).__name__) from exc
    if len(signed["signer_infos"]) != 1:
        raise _unreadable("expected one signer")
    return signed


def _signer_certificate(signed: cms.SignedData, certs: list[x509.Certificate]):
    sid = signed["signer_infos"][0]["sid"]
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (cert.issuer.hashable == wanted["issuer"].hashable
                    and cert.serial_number == wanted["serial_number"].native):
                return cert
        elif cert.key_identifier == sid.chosen.native:
            return cert
    raise _unreadable("the signer's certificate is not in the CMS")


def _attribute(info: cms.SignerInfo, name: str):
    for attr in info["signed_attrs"]:
        if attr["type"].native == name:
            return attr["values"][0].native
    return None


def _digest_check(info: cms.SignerInfo, pdf: bytes) -> Check:
    algorithm = info["digest_algorithm"]["algorithm"].native
    if algorithm in WEAK_DIGESTS:
        return failed(f"digest algorithm not accepted: {algorithm}")
    if algorithm not in crypto.HASHES:
        return not_checked(DIGEST_NOT_CHECKED_OFFLINE)
    if _attribute(info, "message_digest") != hashlib.new(algorithm, pdf).digest():
        return failed("the signed digest is not the PDF's: it signs other bytes")
    return passed()


def _validity(chain: list[x509.Certificate], at: datetime) -> Check:
    for cert in chain:
        if not cert.not_valid_before <= at <= cert.not_valid_after:
            return failed(f"certificate {_common_name(cert.subject)!r} not valid at "
                          f"{at.isoformat()}")
    return passed()


def _usage(cert: x509.Certificate) -> Check:
    found = {purpose.dotted for purpose in cert.extended_key_usage_value or []}
    missing = [oid for oid in nca.HEAD_SIGNING_OIDS if oid not in found]
    return failed("not a first head's signing key: lacks " + ", ".join(missing)) if missing \
        else passed()


def _values(name: x509.Name, kind: str) -> list[str]:
    return [str(atv["value"].native) for rdn in name.chosen for atv in rdn
            if atv["type"].native == kind]


def _common_name(name: x509.Name) -> str:
    return next(iter(_values(name, "common_name")), "")


def _algorithm(info: cms.SignerInfo) -> str:
    digest = info["digest_algorithm"]["algorithm"].native
    signature = info["signature_algorithm"]["algorithm"].native
    return (f"{nca.GOST_DIGESTS.get(digest, digest)}/"
            f"{nca.GOST_SIGNATURES.get(signature, signature)}")


def _facts(cert: x509.Certificate, info: cms.SignerInfo) -> SignerFacts:
    serial = _values(cert.subject, "serial_number")
    return SignerFacts(
        iin=nca.iin_from_serial_number(serial[0] if serial else None),
        bin=nca.bin_from_units(_values(cert.subject, "organizational_unit_name")),
        common_name=_common_name(cert.subject), serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before, not_after=cert.not_valid_after,
        signature_algorithm=_algorithm(info), issuer=_common_name(cert.issuer),
        signing_time=_attribute(info, "signing_time") if info["signed_attrs"] else None)


def verify_detached(pdf: bytes, cms_bytes: bytes, trusted: list[bytes], *, college_bin: str,
                    at: datetime) -> SignatureReport:
    """Check the detached CMS `cms_bytes` over `pdf` offline. `trusted`: the NCA root and
    intermediate certificates the admin installed (DER or PEM). `at`: the moment the
    certificates must be valid at (a naive one is this PC's local time). Raises
    SignatureError("signature_unreadable") when `cms_bytes` is not a CMS signature."""
    at = at if at.tzinfo else at.astimezone()
    anchors = [crypto.certificate(der) for der in trusted]  # bad ones: the admin's to fix
    signed = _signed_data(cms_bytes)
    try:
        return _report(pdf, signed, anchors, college_bin, at)
    except (ValueError, TypeError, KeyError) as exc:  # a part only read now is malformed
        raise _unreadable(str(exc) or type(exc).__name__) from exc


def _report(pdf: bytes, signed: cms.SignedData, anchors: list[x509.Certificate],
            college_bin: str, at: datetime) -> SignatureReport:
    carried = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
    cert = _signer_certificate(signed, carried)
    info = signed["signer_infos"][0]
    has_attrs = bool(info["signed_attrs"])
    signed_bytes = b"\x31" + info["signed_attrs"].dump()[1:] if has_attrs else pdf
    value = crypto.verify_value(cert.public_key, info["signature_algorithm"],
                                info["digest_algorithm"]["algorithm"].native,
                                info["signature"].native, signed_bytes)
    # Without signed attributes the value is over the PDF itself: it is the digest check.
    digest = _digest_check(info, pdf) if has_attrs else value
    chain, path = crypto.chain_check(cert, carried, anchors)
    facts = _facts(cert, info)
    return SignatureReport(
        digest_matches=digest, signature_value_checked=value, chain_ok=chain,
        within_validity=_validity(path, at), usage_ok=_usage(cert),
        bin_matches=passed() if facts.bin == college_bin and facts.bin
        else failed(f"the certificate names BIN {facts.bin}, not the college's {college_bin}"),
        facts=facts)
