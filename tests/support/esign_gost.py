"""A GOST test PKI shaped like NCA RK's since 2024, made in the tests with gostcrypto, and CMS
signatures in Kalkan's layout (as NCALayer makes them with a GOST512_*.p12 key).

Nothing here ships in desktop/. Keys are GOST 34.10-2015 512-bit on the TC26 paramSetA curve
(NCA's OID 1.2.398.3.10.1.1.2.2.1), hashes Streebog-512; the byte layout is the one pinned
against real Kalkan files in tests/esign/test_gost_signatures.py: public key x‖y and signature
r‖s, each little-endian; the hash read little-endian. The certificates, written out so tests
can state by hand what the verifier must read from them:

- root "TEST NCA ROOT (GOST) 2022", 2022-07-01 .. 2042-07-01, a CA;
- intermediate "TEST NCA (GOST) 2022", 2022-07-07 .. 2032-07-04, a CA issued by the root;
- head: CN "ТЕСТОВА АЙГҮЛ", serialNumber "IIN850312400147", O "ТЕСТ КОЛЛЕДЖІ",
  OU "BIN123456789013", serial 0x6A0F, 2026-03-02 06:00 .. 2027-03-02 06:00 UTC, extended key
  usage 1.3.6.1.5.5.7.3.4 + 1.2.398.3.3.4.1.2 + 1.2.398.3.3.4.1.2.1 (a first head's signing
  key, the GOST512_*.p12 NCA issues legal entities since 28.04.2024).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from asn1crypto import algos, cms, core, keys, x509

from desktop.services.esign import gost
from support.esign_pki import COLLEGE_BIN, HEAD_USAGE

SIGNATURE_OID = "1.2.398.3.10.1.1.2.3.2"  # GOST 34.10-2015 512 with Streebog-512
KEY_OID, CURVE_OID, DIGEST_OID = "1.2.398.3.10.1.1.2.2", "1.2.398.3.10.1.1.2.2.1", \
    "1.2.398.3.10.1.3.3"
CURVE = "id-tc26-gost-3410-12-512-paramSetA"


def _signer():
    from gostcrypto import gostsignature

    return gostsignature.new(gostsignature.MODE_512,
                             gostsignature.CURVES_R_1323565_1_024_2019[CURVE])


def _le(value: bytes) -> bytes:
    """Two 64-byte big-endian halves as Kalkan writes them: each little-endian."""
    return value[:64][::-1] + value[64:][::-1]


def sign_value(private: int, data: bytes) -> bytes:
    """Kalkan's GOST signature value over `data`: r‖s, each little-endian."""
    e = gost.digest("streebog512", data)[::-1]  # gostcrypto reads the digest big-endian
    return _le(bytes(_signer().sign(bytearray(private.to_bytes(64, "big")), bytearray(e))))


@dataclass(frozen=True)
class GostIssued:
    private: int
    cert: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.cert.dump()


def _key() -> tuple[int, keys.PublicKeyInfo]:
    q = _signer()._q
    private = 1 + secrets.randbelow(q - 1)
    xy = bytes(_signer().public_key_generate(bytearray(private.to_bytes(64, "big"))))
    spki = b"\x30" + _length(_algorithm_der() + _bit_string(core.OctetString(_le(xy)).dump()))
    return private, keys.PublicKeyInfo.load(spki)


def _length(body: bytes) -> bytes:
    n = len(body)
    head = bytes([n]) if n < 0x80 else bytes([0x80 | ((n.bit_length() + 7) // 8)]) + \
        n.to_bytes((n.bit_length() + 7) // 8, "big")
    return head + body


def _algorithm_der() -> bytes:
    params = b"\x30" + _length(core.ObjectIdentifier(CURVE_OID).dump()
                               + core.ObjectIdentifier(DIGEST_OID).dump())
    return b"\x30" + _length(core.ObjectIdentifier(KEY_OID).dump() + params)


def _bit_string(content: bytes) -> bytes:
    return b"\x03" + _length(b"\x00" + content)


def _name(cn: str, *, iin: str | None = None, bin_: str | None = None,
          org: str | None = None) -> x509.Name:
    values = {"common_name": cn}
    if iin:
        values["serial_number"] = f"IIN{iin}"
    values["country_name"] = "KZ"
    if org:
        values["organization_name"] = org
    if bin_:
        values["organizational_unit_name"] = f"BIN{bin_}"
    return x509.Name.build(values, use_printable=False)


def _key_id(spki: keys.PublicKeyInfo) -> bytes:
    return hashlib.sha1(spki.dump()).digest()  # any stable identifier will do in a test


def _issue(subject: x509.Name, private: int, spki: keys.PublicKeyInfo,
           issuer: GostIssued | None, *, serial: int, start: datetime, end: datetime, ca: bool,
           usage: tuple[str, ...] = ()) -> GostIssued:
    signer_private = issuer.private if issuer else private
    issuer_spki = issuer.cert.public_key if issuer else spki
    extensions = [
        {"extn_id": "basic_constraints", "critical": True, "extn_value": {"ca": ca}},
        {"extn_id": "key_identifier", "critical": False, "extn_value": _key_id(spki)},
        {"extn_id": "authority_key_identifier", "critical": False,
         "extn_value": {"key_identifier": _key_id(issuer_spki)}},
    ]
    if usage:
        extensions.append({"extn_id": "extended_key_usage", "critical": False,
                           "extn_value": list(usage)})
    tbs = x509.TbsCertificate({
        "version": "v3", "serial_number": serial,
        "signature": {"algorithm": SIGNATURE_OID},
        "issuer": issuer.cert.subject if issuer else subject,
        "validity": {"not_before": x509.Time({"utc_time": start}),
                     "not_after": x509.Time({"utc_time": end})},
        "subject": subject, "subject_public_key_info": spki, "extensions": extensions})
    value = sign_value(signer_private, tbs.dump())
    cert = x509.Certificate({"tbs_certificate": tbs,
                             "signature_algorithm": {"algorithm": SIGNATURE_OID},
                             "signature_value": value})
    return GostIssued(private, x509.Certificate.load(cert.dump()))


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@dataclass(frozen=True)
class GostPki:
    root: GostIssued
    intermediate: GostIssued
    head: GostIssued

    @property
    def trusted(self) -> list[bytes]:
        return [self.root.der, self.intermediate.der]


@cache
def gost_pki() -> GostPki:
    root_key, root_spki = _key()
    root = _issue(_name("TEST NCA ROOT (GOST) 2022"), root_key, root_spki, None, serial=0x10,
                  start=_utc(2022, 7, 1), end=_utc(2042, 7, 1), ca=True)
    ca_key, ca_spki = _key()
    ca = _issue(_name("TEST NCA (GOST) 2022"), ca_key, ca_spki, root, serial=0x11,
                start=_utc(2022, 7, 7), end=_utc(2032, 7, 4), ca=True)
    head_key, head_spki = _key()
    head = _issue(_name("ТЕСТОВА АЙГҮЛ", iin="850312400147", bin_=COLLEGE_BIN,
                        org="ТЕСТ КОЛЛЕДЖІ"), head_key, head_spki, ca, serial=0x6A0F,
                  start=_utc(2026, 3, 2, 6), end=_utc(2027, 3, 2, 6), ca=False,
                  usage=HEAD_USAGE)
    return GostPki(root, ca, head)


def sign_detached_gost(data: bytes, signer: GostIssued, *carried: GostIssued,
                       signing_time: datetime | None = None) -> bytes:
    """A detached CMS over `data` as Kalkan makes one with a GOST key: signed attributes
    (contentType, signingTime, messageDigest = Streebog-512), only the certificates given."""
    attrs = cms.CMSAttributes([
        {"type": "content_type", "values": ["data"]},
        {"type": "signing_time",
         "values": [cms.Time({"utc_time": signing_time or datetime.now(UTC)})]},
        {"type": "message_digest", "values": [gost.digest("streebog512", data)]},
    ])
    value = sign_value(signer.private, b"\x31" + attrs.dump()[1:])
    issuer_and_serial = cms.IssuerAndSerialNumber({
        "issuer": signer.cert.issuer, "serial_number": signer.cert.serial_number})
    signed = cms.SignedData({
        "version": "v1",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": DIGEST_OID})],
        "encap_content_info": {"content_type": "data"},
        "certificates": [signer.cert, *(c.cert for c in carried)],
        "signer_infos": [{
            "version": "v1", "sid": cms.SignerIdentifier({"issuer_and_serial_number":
                                                          issuer_and_serial}),
            "digest_algorithm": {"algorithm": DIGEST_OID}, "signed_attrs": attrs,
            "signature_algorithm": {"algorithm": SIGNATURE_OID}, "signature": value}],
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()
