"""A test certification authority shaped like NCA RK's, made with `cryptography` in the test.

Nothing here ships in desktop/. The certificates, written out so tests can state by hand what
the verifier must read from them:

- root "TEST NCA ROOT (RSA)", 2020-01-01 .. 2040-01-01, a CA;
- intermediate "TEST NCA (RSA)", 2021-01-01 .. 2036-01-01, a CA issued by the root;
- head: CN "ТЕСТОВА АЙГҮЛ", serialNumber "IIN850312400147", O "ТЕСТ КОЛЛЕДЖІ",
  OU "BIN123456789012", serial 0x4D2A1F00C3, 2026-03-02 06:00 .. 2027-03-02 06:00 UTC,
  extended key usage 1.3.6.1.5.5.7.3.4, 1.2.398.3.3.4.1.2, 1.2.398.3.3.4.1.2.1 (first head);
- clerk: the same college, IIN 990101300013, usage ...3.4, 1.2.398.3.3.4.1.2,
  1.2.398.3.3.4.1.2.5 (an employee, not the head);
- expired: the head's layout, valid 2024-03-01 .. 2025-03-01 only;
- other_bin: a first head of BIN 987654321098;
- ec_head: the head's names and usage on an ECDSA P-256 key, serial 0x54;
- rogue_intermediate / rogue_head: a CA named exactly like the intermediate (and a root named
  like the root) but with keys of its own, and no key identifiers, so only the signatures can
  tell them apart; rogue_head has the head's names.
All RSA 2048 (but ec_head) with SHA-256.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from cryptography.x509.oid import NameOID

# Check digits worked out by hand with the IIN weights (1..11, then 3..11,1,2): both BINs are
# well formed, as the college profile demands.
COLLEGE_BIN = "123456789013"
OTHER_BIN = "987654321090"
HEAD_USAGE = ("1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.1")
CLERK_USAGE = ("1.3.6.1.5.5.7.3.4", "1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.5")
# A moment the head's certificate is valid at, and the expired one is not.
AT = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Issued:
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(Encoding.DER)


def _name(cn: str, *, iin: str | None = None, bin: str | None = None,
          org: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if iin:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"))
    attrs.append(x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"))
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if bin:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{bin}"))
    return x509.Name(attrs)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _issue(subject: x509.Name, key, issuer: Issued | None, *, serial: int, start: datetime,
           end: datetime, ca: bool, usage: tuple[str, ...] = (), key_ids: bool = True) -> Issued:
    signer_key = issuer.key if issuer else key
    builder = (x509.CertificateBuilder()
               .subject_name(subject)
               .issuer_name(issuer.cert.subject if issuer else subject)
               .public_key(key.public_key()).serial_number(serial)
               .not_valid_before(start).not_valid_after(end)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if usage:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([x509.ObjectIdentifier(o) for o in usage]), critical=False)
    if key_ids:
        builder = builder.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signer_key.public_key()),
            critical=False)
    return Issued(key, builder.sign(signer_key, hashes.SHA256()))


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@dataclass(frozen=True)
class TestPki:
    root: Issued
    intermediate: Issued
    head: Issued
    clerk: Issued
    expired: Issued
    other_bin: Issued
    rogue_intermediate: Issued
    rogue_head: Issued
    ec_head: Issued

    @property
    def trusted(self) -> list[bytes]:
        return [self.root.der, self.intermediate.der]


@cache
def pki() -> TestPki:
    root_name, ca_name = _name("TEST NCA ROOT (RSA)"), _name("TEST NCA (RSA)")
    root = _issue(root_name, _key(), None, serial=1, start=_utc(2020, 1, 1),
                  end=_utc(2040, 1, 1), ca=True)
    ca = _issue(ca_name, _key(), root, serial=2, start=_utc(2021, 1, 1), end=_utc(2036, 1, 1),
                ca=True)
    head_name = _name("ТЕСТОВА АЙГҮЛ", iin="850312400147", bin=COLLEGE_BIN, org="ТЕСТ КОЛЛЕДЖІ")
    year = {"start": _utc(2026, 3, 2, 6), "end": _utc(2027, 3, 2, 6)}
    head = _issue(head_name, _key(), ca, serial=0x4D2A1F00C3, ca=False, usage=HEAD_USAGE, **year)
    clerk = _issue(_name("КИМ АННА", iin="990101300013", bin=COLLEGE_BIN, org="ТЕСТ КОЛЛЕДЖІ"),
                   _key(), ca, serial=0x51, ca=False, usage=CLERK_USAGE, **year)
    expired = _issue(head_name, _key(), ca, serial=0x52, start=_utc(2024, 3, 1),
                     end=_utc(2025, 3, 1), ca=False, usage=HEAD_USAGE)
    other = _issue(_name("БАСҚА БАСШЫ", iin="800101300011", bin=OTHER_BIN, org="БАСҚА"),
                   _key(), ca, serial=0x53, ca=False, usage=HEAD_USAGE, **year)
    rogue_root = _issue(root_name, _key(), None, serial=1, start=_utc(2020, 1, 1),
                        end=_utc(2040, 1, 1), ca=True, key_ids=False)
    rogue_ca = _issue(ca_name, _key(), rogue_root, serial=2, start=_utc(2021, 1, 1),
                      end=_utc(2036, 1, 1), ca=True, key_ids=False)
    rogue_head = _issue(head_name, _key(), rogue_ca, serial=0x4D2A1F00C3, ca=False,
                        usage=HEAD_USAGE, key_ids=False, **year)
    ec_head = _issue(head_name, ec.generate_private_key(ec.SECP256R1()), ca, serial=0x54,
                     ca=False, usage=HEAD_USAGE, **year)
    return TestPki(root, ca, head, clerk, expired, other, rogue_ca, rogue_head, ec_head)


def sign_detached(data: bytes, signer: Issued, *carried: Issued, attributes: bool = True) -> bytes:
    """A detached CMS (DER) over `data` as Kalkan makes one: signed attributes with the
    messageDigest, the signer's certificate and the intermediates carried along. Without
    `attributes`, the signature value is over `data` itself (CMS allows both)."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(
        signer.cert, signer.key, hashes.SHA256())
    for extra in carried:
        builder = builder.add_certificate(extra.cert)
    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]
    if not attributes:
        options.append(pkcs7.PKCS7Options.NoAttributes)
    return builder.sign(Encoding.DER, options)


def make_crl(issuer: Issued, revoked: tuple[tuple[int, datetime], ...], *,
             this_update: datetime, next_update: datetime | None = None,
             signed_by: Issued | None = None) -> bytes:
    """A CRL (DER) in `issuer`'s name listing `revoked` (serial, revocation moment), signed by
    `issuer`'s key or, to forge one, by `signed_by`'s."""
    builder = (x509.CertificateRevocationListBuilder().issuer_name(issuer.cert.subject)
               .last_update(this_update).next_update(next_update or this_update.replace(
                   year=this_update.year + 1)))
    for serial, when in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build())
    key = (signed_by or issuer).key
    return builder.sign(key, hashes.SHA256()).public_bytes(Encoding.DER)
