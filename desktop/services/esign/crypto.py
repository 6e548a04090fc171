"""Signature values and certificate chains, checked offline.

RSA (PKCS#1 v1.5 and PSS) and ECDSA with `cryptography`; GOST 34.10-2015 with Streebog (NCA's
keys since 2024) with `gost` over gostcrypto's curves. An algorithm neither knows (the older
GOST 34.310-2004 among them) comes back "not_checked" with its name — never "passed".
"""

from __future__ import annotations

import contextlib

from asn1crypto import algos, keys, pem, x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import load_der_public_key

from desktop.domain import nca
from desktop.services.esign import gost
from desktop.services.esign.check_report import (
    FAILED,
    NO_TRUSTED_CERTIFICATES,
    NOT_CHECKED,
    Check,
    algorithm_not_checked,
    failed,
    not_checked,
    passed,
)

HASHES = {"sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
          "sha512": hashes.SHA512}
MAX_DEPTH = 6  # NCA's chains are root -> intermediate -> person; room to spare


def certificate(data: bytes) -> x509.Certificate:
    """A certificate from DER or PEM bytes (NCA publishes both); ValueError if it is not one."""
    if pem.detect(data):
        _, _, data = pem.unarmor(data)
    cert = x509.Certificate.load(data)
    _ = cert.subject, cert.issuer, cert.public_key, cert.not_valid_after  # parse now, not later
    return cert


def common_name(name: x509.Name) -> str:
    return next((str(atv["value"].native) for rdn in name.chosen for atv in rdn
                 if atv["type"].native == "common_name"), "")


def algorithm_name(oid: str, native: str | None = None) -> str:
    """A readable name for an algorithm OID: NCA's GOST names, else asn1crypto's, else the OID."""
    return (nca.GOST_SIGNATURES.get(oid) or nca.GOST_DIGESTS.get(oid)
            or nca.GOST_KEYS.get(oid) or native or oid)


def _gost_value(public_key: keys.PublicKeyInfo, oid: str, hash_name: str | None,
                signature: bytes, data: bytes) -> Check:
    try:
        ok = gost.verify(public_key.dump(), oid, hash_name, signature, data)
    except gost.Unsupported as exc:
        return algorithm_not_checked(str(exc))
    except ValueError:  # an RSA key under a GOST algorithm, a GOST key of the wrong size
        return failed("the key does not fit the signature algorithm")
    return passed() if ok else failed("signature value does not verify")


def verify_value(public_key: keys.PublicKeyInfo, algorithm: algos.SignedDigestAlgorithm,
                 hash_name: str | None, signature: bytes, data: bytes) -> Check:
    """Whether `signature` over `data` verifies with `public_key`. `hash_name` (asn1crypto's
    name, or the dotted OID of one it does not know) is used when the algorithm does not name
    its hash (a CMS signer's "rsassa_pkcs1v15", a GOST key's OID)."""
    oid = algorithm["algorithm"].dotted
    if oid in gost.SIGNATURES or oid in gost.KEYS:
        return _gost_value(public_key, oid, hash_name, signature, data)
    name = algorithm_name(oid, algorithm["algorithm"].native)
    try:
        kind = algorithm.signature_algo
    except ValueError:  # an OID asn1crypto does not know: GOST 34.310-2004 and the like
        return algorithm_not_checked(name)
    with contextlib.suppress(ValueError):  # "rsassa_pkcs1v15" names none: keep `hash_name`
        hash_name = algorithm.hash_algo
    try:
        key = load_der_public_key(public_key.dump())
    except (UnsupportedAlgorithm, ValueError):
        return algorithm_not_checked(f"{name} with this key")
    if hash_name not in HASHES and kind != "rsassa_pss":
        return algorithm_not_checked(algorithm_name(hash_name or "", hash_name))
    try:
        if kind == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), HASHES[hash_name]())
        elif kind == "rsassa_pss" and isinstance(key, rsa.RSAPublicKey):
            params = algorithm["parameters"]
            pss_hash = HASHES[params["hash_algorithm"]["algorithm"].native]()
            key.verify(signature, data, padding.PSS(padding.MGF1(pss_hash),
                                                    params["salt_length"].native), pss_hash)
        elif kind == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, data, ec.ECDSA(HASHES[hash_name]()))
        elif kind in ("rsassa_pkcs1v15", "rsassa_pss", "ecdsa"):
            return failed("the key does not fit the signature algorithm")
        else:
            return algorithm_not_checked(name)
    except InvalidSignature:
        return failed("signature value does not verify")
    except (KeyError, ValueError):
        return algorithm_not_checked(name)
    return passed()


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """By names and, when both carry them, key identifiers (RFC 5280's path building hints)."""
    if cert.issuer.hashable != issuer.subject.hashable or not issuer.ca:
        return False
    wanted, offered = cert.authority_key_identifier, issuer.key_identifier
    return wanted is None or offered is None or wanted == offered


def _link(cert: x509.Certificate, issuer: x509.Certificate) -> Check:
    check = verify_value(issuer.public_key, cert["signature_algorithm"], None,
                         cert["signature_value"].native, cert["tbs_certificate"].dump())
    if check.outcome == NOT_CHECKED:  # matched by names and key identifiers only
        return not_checked(f"certificate signature {check.reason}")
    return check


def _walk(cert, carried, trusted, depth) -> tuple[Check, list[x509.Certificate]]:
    for anchor in trusted:
        if _issued_by(cert, anchor):
            link = _link(cert, anchor)
            if link.outcome != FAILED:
                return link, [cert, anchor]
    if depth > 0:
        for issuer in carried:
            if issuer.dump() == cert.dump() or not _issued_by(cert, issuer):
                continue
            link = _link(cert, issuer)
            if link.outcome == FAILED:
                continue
            rest, chain = _walk(issuer, carried, trusted, depth - 1)
            if rest.outcome != FAILED:
                worst = link if link.outcome == NOT_CHECKED else rest
                return worst, [cert, *chain]
    return failed("does not chain to an installed NCA certificate"), [cert]


def chain_check(signer: x509.Certificate, carried: list[x509.Certificate],
                trusted: list[x509.Certificate]) -> tuple[Check, list[x509.Certificate]]:
    """Whether `signer` chains to one of `trusted` (the NCA certificates the admin installed),
    through certificates the CMS `carried`; and that chain, signer first. Only `trusted`
    certificates end a chain: a carried one with a trusted one's name is just another link."""
    if not trusted:
        return not_checked(NO_TRUSTED_CERTIFICATES), [signer]
    return _walk(signer, carried, trusted, MAX_DEPTH)
