"""GOST R 34.10-2015 signatures with the GOST R 34.11-2015 hash (Streebog), as NCA RK's Kalkan
writes them, checked offline: `gostcrypto` (MIT) gives Streebog and the TC26 curves; the
verification's point arithmetic is a few lines here (gostcrypto's own is several times slower).

GOST R 34.10-2015 and 34.11-2015 are Kazakhstan's adoption of the Russian GOST R 34.10-2012 and
34.11-2012: the same mathematics, the TC26 curves under NCA's own OIDs. Kalkan's byte layout,
pinned by tests against real Kalkan files (tests/fixtures/nca):

- the messageDigest attribute is the Streebog output as the hash function gives it (the byte
  string of RFC 6986's examples, the standard's printed number read backwards);
- the integer e of the signature is that output read little-endian;
- the public key (an OCTET STRING inside the BIT STRING) is x then y, each little-endian;
- the signature value is r then s, each little-endian (the RFC 4491 layout is s then r
  big-endian: the byte reversal of this one).

GOST 34.310-2004 (NCA's older keys, with the GOST 34.311-95 hash) is not computed here: no
maintained permissively licensed Python library has the 34.311-95 hash.
"""

from __future__ import annotations

from functools import cache
from typing import ClassVar

from asn1crypto import core

# NCA's signature algorithm OIDs -> (hash, key size in bytes); fedor35/ncalayer-rs,
# crates/kz-pki/src/oid.rs. A SignerInfo may also name the key's algorithm.
SIGNATURES = {
    "1.2.398.3.10.1.1.2.3.2": ("streebog512", 64),  # GOST 34.10-2015 512 with Streebog-512
    "1.2.398.3.10.1.1.2.3.1": ("streebog256", 32),  # GOST 34.10-2015 256 with Streebog-256
}
KEYS = {"1.2.398.3.10.1.1.2.2": 64, "1.2.398.3.10.1.1.2.1": 32}
DIGESTS = {"1.2.398.3.10.1.3.3": "streebog512", "1.2.398.3.10.1.3.2": "streebog256",
           "1.2.643.7.1.1.2.3": "streebog512", "1.2.643.7.1.1.2.2": "streebog256"}
# The parameter sets: NCA's OIDs and the TC26 ones (R 1323565.1.024-2019), as gostcrypto names
# them. The 512-bit paramSetA is the one in NCA's 2022 GOST certificates.
CURVES = {
    "1.2.398.3.10.1.1.2.2.1": "id-tc26-gost-3410-12-512-paramSetA",
    "1.2.398.3.10.1.1.2.2.2": "id-tc26-gost-3410-12-512-paramSetB",
    "1.2.643.7.1.2.1.2.1": "id-tc26-gost-3410-12-512-paramSetA",
    "1.2.643.7.1.2.1.2.2": "id-tc26-gost-3410-12-512-paramSetB",
    "1.2.398.3.10.1.1.2.1.1": "id-tc26-gost-3410-2012-256-paramSetA",
    "1.2.643.7.1.2.1.1.1": "id-tc26-gost-3410-2012-256-paramSetA",
}
OLD_GOST = {"1.2.398.3.10.1.1.1.2": "gost34310-2004", "1.2.398.3.10.1.1.1.1": "gost34310-2004",
            "1.2.398.3.10.1.3.1": "gost34311-95"}


class Unsupported(ValueError):
    """A GOST key or algorithm this module does not compute (its text names it)."""


class _Algorithm(core.Sequence):
    _fields: ClassVar[list] = [("algorithm", core.ObjectIdentifier),
                               ("parameters", core.Any, {"optional": True})]


class _Parameters(core.Sequence):
    _fields: ClassVar[list] = [("curve", core.ObjectIdentifier),
                               ("digest", core.ObjectIdentifier, {"optional": True})]


class _PublicKeyInfo(core.Sequence):
    """SubjectPublicKeyInfo read without asn1crypto's key types (it knows no GOST key)."""

    _fields: ClassVar[list] = [("algorithm", _Algorithm), ("public_key", core.BitString)]


def digest(name: str, data: bytes) -> bytes:
    """Streebog-512 or -256 of `data` ("streebog512", "streebog256")."""
    from gostcrypto import gosthash

    return bytes(gosthash.new(name, data=bytearray(data)).digest())


def _curve(name: str | dict) -> tuple[int, int, int, int, tuple[int, int]]:
    """(p, a, b, q, base point) of a curve in Weierstrass form, as gostcrypto gives them (it
    brings its Edwards-form curves to Weierstrass form and checks them)."""
    if isinstance(name, str):
        return _named_curve(name)
    from gostcrypto import gostsignature

    mode = gostsignature.MODE_512 if name["p"].bit_length() > 256 else gostsignature.MODE_256
    made = gostsignature.new(mode, name)
    return made._p, made._a, made._b, made._q, (made._x, made._y)  # gostcrypto keeps them private


@cache
def _named_curve(name: str):
    from gostcrypto import gostsignature

    return _curve(dict(gostsignature.CURVES_R_1323565_1_024_2019[name]))


def public_key(spki_der: bytes) -> tuple[str, str, bytes]:
    """(key algorithm OID, gostcrypto curve name, x‖y big-endian) from a certificate's
    SubjectPublicKeyInfo; ValueError for a key that is not a GOST 34.10-2015 one known here."""
    info = _PublicKeyInfo.load(spki_der)
    oid = info["algorithm"]["algorithm"].dotted
    size = KEYS.get(oid)
    if size is None:
        raise ValueError(f"not a GOST 34.10-2015 key: {oid}")
    params = info["algorithm"]["parameters"]
    curve_oid = _Parameters.load(params.dump())["curve"].dotted if params.contents else ""
    if curve_oid not in CURVES:
        raise Unsupported(f"GOST parameter set {curve_oid}")
    bits = info["public_key"].contents[1:]  # after the count of unused bits
    xy = core.OctetString.load(bits).native
    if len(xy) != 2 * size:
        raise ValueError(f"a {8 * size}-bit GOST key is {2 * size} bytes, not {len(xy)}")
    return oid, CURVES[curve_oid], xy[:size][::-1] + xy[size:][::-1]


def _double(pt, a: int, p: int):
    """2·P in Jacobian coordinates (X, Y, Z) of y² = x³ + ax + b over GF(p); None: infinity."""
    if pt is None or pt[1] == 0:
        return None
    x, y, z = pt
    yy = y * y % p
    s = 4 * x * yy % p
    m = (3 * x * x + a * pow(z, 4, p)) % p
    x3 = (m * m - 2 * s) % p
    return x3, (m * (s - x3) - 8 * yy * yy) % p, 2 * y * z % p


def _add(p1, p2, a: int, p: int):
    """P1 + P2 in Jacobian coordinates; None is the point at infinity."""
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    (x1, y1, z1), (x2, y2, z2) = p1, p2
    z1z1, z2z2 = z1 * z1 % p, z2 * z2 % p
    u1, u2 = x1 * z2z2 % p, x2 * z1z1 % p
    s1, s2 = y1 * z2 * z2z2 % p, y2 * z1 * z1z1 % p
    if u1 == u2:
        return _double(p1, a, p) if s1 == s2 else None
    h, r = (u2 - u1) % p, (s2 - s1) % p
    hh = h * h % p
    hhh = h * hh % p
    x3 = (r * r - hhh - 2 * u1 * hh) % p
    return x3, (r * (u1 * hh - x3) - s1 * hhh) % p, h * z1 * z2 % p


def _twice_sum(k1: int, p1, k2: int, p2, a: int, p: int):
    """k1·P1 + k2·P2 at once (Shamir's trick), affine points in, affine point out."""
    j1, j2 = (*p1, 1), (*p2, 1)
    terms = {(1, 0): j1, (0, 1): j2, (1, 1): _add(j1, j2, a, p)}
    result = None
    for bit in range(max(k1.bit_length(), k2.bit_length()) - 1, -1, -1):
        result = _double(result, a, p)
        term = terms.get(((k1 >> bit) & 1, (k2 >> bit) & 1))
        if term is not None:
            result = _add(result, term, a, p)
    if result is None:
        return None
    x, y, z = result
    zinv = pow(z, -1, p)
    return x * zinv * zinv % p, y * zinv * zinv * zinv % p


def verify_integers(curve: str | dict, x: int, y: int, e_digest: bytes, r: int, s: int) -> bool:
    """GOST R 34.10-2012 verification (section 6.2) with big-endian integers, as the standard
    prints them: `e_digest` is the hash as the big-endian number alpha (the standard's e before
    mod q). The curve's parameters are gostcrypto's (its Edwards curves brought to Weierstrass
    form by it); the point arithmetic is here, with Python's modular inverse, because
    gostcrypto's own takes a quarter of a second a signature."""
    p, a, b, q, base = _curve(curve)
    if not (0 < r < q and 0 < s < q):
        return False
    if not (0 <= x < p and 0 <= y < p) or (y * y - x * x * x - a * x - b) % p:
        return False  # the public key is not a point of this curve
    e = int.from_bytes(e_digest, "big") % q or 1
    v = pow(e, -1, q)
    point = _twice_sum(s * v % q, base, (q - r) * v % q, (x, y), a, p)
    return point is not None and point[0] % q == r


def verify(spki_der: bytes, algorithm_oid: str, digest_oid: str | None, signature: bytes,
           data: bytes) -> bool:
    """Whether `signature` (Kalkan's r‖s, little-endian each) over `data` verifies with the GOST
    key in `spki_der`. ValueError when the key or the algorithm is not one this module checks."""
    key_oid, curve, xy = public_key(spki_der)
    size = KEYS[key_oid]
    if algorithm_oid in SIGNATURES:
        hash_name, wanted = SIGNATURES[algorithm_oid]
    elif algorithm_oid in KEYS and digest_oid in DIGESTS:
        hash_name, wanted = DIGESTS[digest_oid], KEYS[algorithm_oid]
    else:
        raise Unsupported(f"{algorithm_oid} with digest {digest_oid}")
    if wanted != size or len(signature) != 2 * size:
        return False
    x, y = int.from_bytes(xy[:size], "big"), int.from_bytes(xy[size:], "big")
    r = int.from_bytes(signature[:size], "little")
    s = int.from_bytes(signature[size:], "little")
    e = digest(hash_name, data)[::-1]  # read little-endian: as a big-endian number, reversed
    return verify_integers(curve, x, y, e, r, s)
