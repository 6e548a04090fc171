"""The office key: it keys the audit chain and the verification codes, and lives outside the
database (desktop.store.keystore), so whoever can edit the database file cannot forge either.

The database holds only the office id and a check value of the key (an HMAC of a fixed text),
which tells a right key from a wrong one without revealing it. The key is made at first-run
setup (or, for a database from before schema 3, at the first start of this version), shown
once as a recovery sheet, and typed in on every further PC (PostgreSQL mode) from that sheet.
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import secrets
import socket

from desktop.domain.errors import DomainError, InvalidInput
from desktop.store import keystore
from desktop.store.settings import read_setting, write_setting

OFFICE_ID = "office_id"
KEY_CHECK = "office_key_check"
SHEET_PENDING = "office_key_sheet_pending"
_CHECK_TEXT = b"kense office key check v1"
_KEY_BYTES = 32
_GROUP = 4
# Letters people misread when typing from paper, mapped to the base32 letters they stand for.
_TYPO_FIXES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_keys: dict[str, bytes] = {}


class OfficeKeyMissing(DomainError):
    """This PC does not hold the key of this database: it must be typed in from the sheet."""


def key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).hexdigest()


def office_id() -> str | None:
    return read_setting(OFFICE_ID)


def is_established() -> bool:
    return office_id() is not None and read_setting(KEY_CHECK) is not None


def _decode(text: str) -> bytes | None:
    try:
        key = bytes.fromhex(text)
    except ValueError:
        return None
    return key if len(key) == _KEY_BYTES else None


def current_key() -> bytes:
    """The key of the open database, from this PC's key store; raises OfficeKeyMissing."""
    oid = office_id()
    check = read_setting(KEY_CHECK)
    if oid is None or check is None:
        raise OfficeKeyMissing("office_key_not_set", "this database has no office key yet")
    cached = _keys.get(oid)
    if cached is not None and hmac.compare_digest(key_check(cached), check):
        return cached
    stored = keystore.load(oid)
    key = _decode(stored) if stored else None
    if key is None:
        raise OfficeKeyMissing("office_key_missing", "this PC does not have the office key")
    if not hmac.compare_digest(key_check(key), check):
        raise OfficeKeyMissing("office_key_wrong", "the office key on this PC is not this "
                               "database's key")
    _keys[oid] = key
    return key


def has_key_here() -> bool:
    try:
        current_key()
    except OfficeKeyMissing:
        return False
    return True


def create_key() -> bytes:
    """A new key for the open database, saved on this PC; the caller holds the write
    transaction and records the event in the audit log (keyed with this very key)."""
    if is_established():
        raise DomainError("office_key_exists", "this database already has an office key")
    key = secrets.token_bytes(_KEY_BYTES)
    oid = secrets.token_hex(16)
    keystore.save(oid, key.hex())
    write_setting(OFFICE_ID, oid)
    write_setting(KEY_CHECK, key_check(key))
    write_setting(SHEET_PENDING, "1")
    _keys[oid] = key
    return key


# --- the recovery sheet ----------------------------------------------------------------------
def recovery_text(key: bytes) -> str:
    """The key as printed: 13 groups of 4 letters and digits, then a 4-letter check group."""
    body = base64.b32encode(key).decode("ascii").rstrip("=")
    check = base64.b32encode(hashlib.sha256(key).digest()).decode("ascii")[:_GROUP]
    text = body + check
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_text(text: str) -> bytes:
    compact = "".join(ch for ch in (text or "").upper() if ch.isalnum()).translate(_TYPO_FIXES)
    body, check = compact[:-_GROUP], compact[-_GROUP:]
    try:
        key = base64.b32decode(body + "=" * (-len(body) % 8))
    except (ValueError, base64.binascii.Error) as exc:
        raise InvalidInput("office_key", "bad_office_key", "not an office key") from exc
    expected = base64.b32encode(hashlib.sha256(key).digest()).decode("ascii")[:_GROUP]
    if len(key) != _KEY_BYTES or check != expected:
        raise InvalidInput("office_key", "bad_office_key", "mistyped office key")
    return key


def enter_key(text: str) -> None:
    """Save on this PC the key typed from the recovery sheet, if it is this database's key.
    Anyone may type it (before signing in too): a wrong key is refused, a right one gives
    nothing the sheet's holder did not have."""
    key = parse_recovery_text(text)
    oid = office_id()
    check = read_setting(KEY_CHECK)
    if oid is None or check is None:
        raise OfficeKeyMissing("office_key_not_set", "this database has no office key yet")
    if not hmac.compare_digest(key_check(key), check):
        raise InvalidInput("office_key", "office_key_wrong", "this is another office's key")
    keystore.save(oid, key.hex())
    _keys[oid] = key


def sheet_pending() -> bool:
    return read_setting(SHEET_PENDING) == "1"


def where_from() -> dict:
    """Who is at this PC when the system acts without a signed-in user (start-up, CLI)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment (a service account)
        user = ""
    return {"os_user": user, "workstation": socket.gethostname()}
