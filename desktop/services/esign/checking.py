"""Offline verification of a detached CMS over a PDF.

`verify_detached` takes everything as bytes — the PDF, the CMS, the NCA certificates the admin
installed — so the command line and the UI can both call it with what they read from the store
or from files. It answers a `SignatureReport` whose checks stand apart; see check_report for
the verdict. Each signer of the CMS is checked on its own; the report is the head's (the first
signer holding a first head's key of the college), the others come with it. Checked offline:

- the messageDigest against the PDF's hash (SHA-2, or Streebog for GOST), the signature value,
  and each certificate's signature up the chain: RSA and ECDSA with `cryptography`, GOST
  34.10-2015 (512 and 256) with `gost`. GOST 34.310-2004 and any other algorithm Kense does
  not compute is reported "not checked: <name>" — the CMS is still read and every other check
  still made — so such a signature is at best "not_fully_checked", never "valid";
- the validity of each certificate at `at`, the head's signing usage, the BIN.
Revocation is reported beside the checks, from the lists the admin imported (see revocation);
a timestamp is neither requested nor checked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import replace
from datetime import datetime

from asn1crypto import cms, pem, x509

from desktop.domain import nca
from desktop.domain.errors import DomainError
from desktop.services.esign import crypto, gost, revocation
from desktop.services.esign.check_report import (
    Check,
    SignatureReport,
    SignerFacts,
    algorithm_not_checked,
    failed,
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
        if info["content_type"].dotted != "1.2.840.113549.1.7.2":
            raise _unreadable("not signed data")
        signed = info["content"]
        _parse(signed)
    except (binascii.Error, ValueError, TypeError, KeyError) as exc:
        raise _unreadable(str(exc) or type(exc).__name__) from exc
    if not len(signed["signer_infos"]):
        raise _unreadable("no signer")
    return signed


def _parse(signed: cms.SignedData) -> None:
    """Parse every part a check reads now, so a broken part fails here; never `.native` of the
    whole, which meets algorithms asn1crypto does not know (GOST keys) and gives up."""
    for choice in signed["certificates"] or []:
        if choice.name == "certificate":
            cert = choice.chosen
            _ = (cert.subject.native, cert.issuer.native, cert.serial_number,
                 cert.not_valid_before, cert.not_valid_after, cert["signature_value"].native,
                 cert["signature_algorithm"]["algorithm"].dotted,
                 cert.extended_key_usage_value, cert.key_identifier)
    for info in signed["signer_infos"]:
        _ = (info["sid"].chosen.native, info["digest_algorithm"]["algorithm"].dotted,
             info["signature_algorithm"]["algorithm"].dotted, info["signature"].native)
        for attr in info["signed_attrs"] or []:
            _ = attr["type"].dotted, attr["values"].native


def _signer_certificate(info: cms.SignerInfo, certs: list[x509.Certificate]):
    sid = info["sid"]
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
    oid = info["digest_algorithm"]["algorithm"].dotted
    algorithm = info["digest_algorithm"]["algorithm"].native
    if algorithm in WEAK_DIGESTS:
        return failed(f"digest algorithm not accepted: {algorithm}")
    if oid in gost.DIGESTS:
        computed = gost.digest(gost.DIGESTS[oid], pdf)
    elif algorithm in crypto.HASHES:
        computed = hashlib.new(algorithm, pdf).digest()
    else:
        return algorithm_not_checked(crypto.algorithm_name(oid, algorithm))
    if _attribute(info, "message_digest") != computed:
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


_common_name = crypto.common_name


def _algorithm(info: cms.SignerInfo) -> str:
    digest = info["digest_algorithm"]["algorithm"]
    signature = info["signature_algorithm"]["algorithm"]
    return (f"{crypto.algorithm_name(digest.dotted, digest.native)}/"
            f"{crypto.algorithm_name(signature.dotted, signature.native)}")


def _facts(cert: x509.Certificate, info: cms.SignerInfo) -> SignerFacts:
    serial = _values(cert.subject, "serial_number")
    return SignerFacts(
        iin=nca.iin_from_serial_number(serial[0] if serial else None),
        bin=nca.bin_from_units(_values(cert.subject, "organizational_unit_name")),
        common_name=_common_name(cert.subject), serial=format(cert.serial_number, "x"),
        not_before=cert.not_valid_before, not_after=cert.not_valid_after,
        signature_algorithm=_algorithm(info), issuer=_common_name(cert.issuer),
        signing_time=_attribute(info, "signing_time") if info["signed_attrs"] else None)


def signing_time(cms_bytes: bytes) -> datetime | None:
    """The moment the first signer's PC wrote into the CMS (signingTime), read without any
    check; SignatureError when the CMS is unreadable."""
    for info in _signed_data(cms_bytes)["signer_infos"]:
        if info["signed_attrs"]:
            moment = _attribute(info, "signing_time")
            if moment is not None:
                return moment
    return None


def verify_detached(pdf: bytes, cms_bytes: bytes, trusted: list[bytes], *, college_bin: str,
                    at: datetime, crls: list[bytes] | tuple[bytes, ...] = ()) -> SignatureReport:
    """Check the detached CMS `cms_bytes` over `pdf` offline. `trusted`: the NCA root and
    intermediate certificates the admin installed (DER or PEM). `at`: the moment the
    certificates must be valid at (a naive one is this PC's local time). `crls`: the NCA's
    lists of revoked certificates the admin imported. Raises
    SignatureError("signature_unreadable") when `cms_bytes` is not a CMS signature."""
    at = at if at.tzinfo else at.astimezone()
    anchors = [crypto.certificate(der) for der in trusted]  # bad ones: the admin's to fix
    lists = [revocation.read_crl(der) for der in crls]  # checked when imported
    signed = _signed_data(cms_bytes)
    try:
        return _report(pdf, signed, anchors, college_bin, at, lists)
    except (ValueError, TypeError, KeyError) as exc:  # a part only read now is malformed
        raise _unreadable(str(exc) or type(exc).__name__) from exc


def _report(pdf: bytes, signed: cms.SignedData, anchors: list[x509.Certificate],
            college_bin: str, at: datetime, lists: list) -> SignatureReport:
    carried = [c.chosen for c in signed["certificates"] or [] if c.name == "certificate"]
    reports = [_signer_report(pdf, info, carried, anchors, college_bin, at, lists)
               for info in signed["signer_infos"]]
    head = next((r for r in reports if r.usage_ok.passed and r.bin_matches.passed), reports[0])
    others = tuple(r for r in reports if r is not head)
    return replace(head, co_signers=others)


def _signer_report(pdf: bytes, info: cms.SignerInfo, carried: list[x509.Certificate],
                   anchors: list[x509.Certificate], college_bin: str, at: datetime,
                   lists: list) -> SignatureReport:
    cert = _signer_certificate(info, carried)
    has_attrs = bool(info["signed_attrs"])
    signed_bytes = b"\x31" + info["signed_attrs"].dump()[1:] if has_attrs else pdf
    value = crypto.verify_value(cert.public_key, info["signature_algorithm"],
                                info["digest_algorithm"]["algorithm"].native,
                                info["signature"].native, signed_bytes)
    # Without signed attributes the value is over the PDF itself: it is the digest check.
    digest = _digest_check(info, pdf) if has_attrs else value
    chain, path = crypto.chain_check(cert, carried, anchors)
    facts = _facts(cert, info)
    bin_ok = passed() if facts.bin == college_bin and facts.bin else failed(
        f"the certificate names BIN {facts.bin or 'none'}, not the college's {college_bin}")
    revoked = revocation.status(cert, path[1] if len(path) > 1 else None, lists, at)
    return SignatureReport(
        digest_matches=digest, signature_value_checked=value, chain_ok=chain,
        within_validity=_validity(path, at), usage_ok=_usage(cert), bin_matches=bin_ok,
        facts=facts, revocation=revoked.check, revocation_list=revoked.list_date)
