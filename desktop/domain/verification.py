"""Verification codes printed on signed certificates and duplicates.

A code is an HMAC of the signed result's content under the office key, so anyone holding a
paper can ask the college whether it is genuine: the code must belong to a fixed record, and
that record must still produce the same code (otherwise it was altered since). Pure and stdlib
only; the services layer keeps the fixed records and looks them up
(desktop.services.records.verify).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from collections.abc import Mapping
from enum import StrEnum

# Crockford's base32: no I, L, O, U, so a code read aloud or typed by hand is not misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_CHARS = 12  # 12 x 5 bits = 60 bits: guessing one valid code takes ~10^18 tries
_GROUP = 4
_TYPO_FIXES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -_.\t\u00a0\u2010\u2011\u2012\u2013\u2014")
QR_PREFIX = "KENSE"


class Verdict(StrEnum):
    AUTHENTIC = "authentic"
    UNKNOWN = "unknown"
    ALTERED = "altered"
    # Genuine when signed, but its blank was spoiled and the same result reprinted on another
    # blank with a new code: this paper is not the document in force.
    REPLACED = "replaced"


def canonical_bytes(fields: Mapping[str, str]) -> bytes:
    """One byte string per set of fields, whatever their order or Unicode composition.

    JSON with sorted keys quotes every key and value, so no choice of values can make two
    different records serialise alike ("a"+"bc" vs "ab"+"c").
    """
    normal = {}
    for key, value in fields.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"verification fields must be str -> str, got {key!r}: {value!r}")
        normal[unicodedata.normalize("NFC", key)] = unicodedata.normalize("NFC", value)
    text = json.dumps(normal, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def _group(code: str) -> str:
    return "-".join(code[i : i + _GROUP] for i in range(0, len(code), _GROUP))


def verification_code(secret: bytes, fields: Mapping[str, str]) -> str:
    """The code shown on the paper, as XXXX-XXXX-XXXX."""
    if not secret:
        raise ValueError("verification secret must not be empty")
    digest = hmac.new(secret, canonical_bytes(fields), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big") >> (64 - 5 * _CODE_CHARS)
    chars = [_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(_CODE_CHARS))]
    return _group("".join(chars))


def normalize_code(text: str) -> str:
    """A code as a person typed or read it, back in its printed form XXXX-XXXX-XXXX."""
    compact = text.translate(_SEPARATORS).upper().translate(_TYPO_FIXES)
    if len(compact) != _CODE_CHARS:
        raise ValueError(
            f"a verification code has {_CODE_CHARS} characters (XXXX-XXXX-XXXX), "
            f"got {len(compact)}: {text!r}"
        )
    wrong = sorted({ch for ch in compact if ch not in _ALPHABET})
    if wrong:
        raise ValueError(
            f"a verification code holds only digits and Latin letters except U; "
            f"not allowed: {''.join(wrong)!r} in {text!r}"
        )
    return _group(compact)


def qr_payload(reg_number: str, code: str) -> str:
    """The text inside the QR code: the app can find the record and check the code at once."""
    reg = reg_number.strip()
    if not reg or "|" in reg:
        raise ValueError(f"registration number unusable in a QR payload: {reg_number!r}")
    return f"{QR_PREFIX}|{reg}|{normalize_code(code)}"


def parse_qr_payload(text: str) -> tuple[str, str]:
    """(registration number, code) from a scanned QR payload."""
    parts = text.strip().split("|")
    if len(parts) != 3 or parts[0].strip().upper() != QR_PREFIX or not parts[1].strip():
        raise ValueError(f"not a Kense QR code: {text!r}")
    return parts[1].strip(), normalize_code(parts[2])
