"""The join code: one text that carries everything a PC needs to use the office server —
address, port, database, user, password, and the SHA-256 fingerprint of the server's
certificate when there is TLS — with a check so that a truncated or mistyped code is refused
rather than tried.

Written `KENSE1-<base64url>`; what it holds is a secret (the password): it is shown to an
admin only, and its showing is audited (see server_setup.show_join_code)."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from urllib.parse import quote

from desktop.store.errors import StoreError

PREFIX = "KENSE1-"
_DAMAGED = "The join code is damaged or incomplete: copy it whole again."
_SEP = "\t"
_CHECK = 3  # bytes of SHA-256 appended to catch a damaged code


@dataclass(frozen=True)
class JoinCode:
    host: str
    port: int
    database: str
    user: str
    password: str
    fingerprint: str = ""  # hex SHA-256 of the server certificate; "" without TLS

    def url(self, root_cert: str | None = None) -> str:
        """The connection URL; with TLS, pinned to `root_cert` (the saved certificate)."""
        text = (f"postgresql://{quote(self.user, safe='')}:{quote(self.password, safe='')}@"
                f"{self.host}:{self.port}/{quote(self.database, safe='')}")
        if self.fingerprint and root_cert:
            text += f"?sslmode=verify-ca&sslrootcert={quote(root_cert, safe='')}"
        return text


def encode(code: JoinCode) -> str:
    fields = [code.host, str(code.port), code.database, code.user, code.password]
    body = _SEP.join(fields).encode("utf-8")
    if code.fingerprint:
        body += _SEP.encode() + bytes.fromhex(code.fingerprint)
    body += hashlib.sha256(body).digest()[:_CHECK]
    return PREFIX + base64.urlsafe_b64encode(body).decode("ascii").rstrip("=")


def decode(text: str) -> JoinCode:
    compact = "".join((text or "").split())
    if not compact.upper().startswith(PREFIX):
        raise StoreError("bad_join_code", "This is not a Kense join code.")
    payload = compact[len(PREFIX):]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    except (ValueError, binascii.Error) as exc:
        raise StoreError("bad_join_code", _DAMAGED) from exc
    body, check = raw[:-_CHECK], raw[-_CHECK:]
    if len(raw) <= _CHECK or hashlib.sha256(body).digest()[:_CHECK] != check:
        raise StoreError("bad_join_code", _DAMAGED)
    parts = body.split(_SEP.encode(), 5)
    try:
        host, port, database, user, password = (p.decode("utf-8") for p in parts[:5])
        fingerprint = parts[5].hex() if len(parts) > 5 else ""
        if len(parts) > 5 and len(parts[5]) != 32:
            raise ValueError("fingerprint")
        return JoinCode(host, int(port), database, user, password, fingerprint)
    except (ValueError, UnicodeDecodeError) as exc:
        raise StoreError("bad_join_code", _DAMAGED) from exc
