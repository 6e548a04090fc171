"""A small client for NCALayer, the NCA's local signing program (wss://127.0.0.1:13579).

Kense never holds the head's key or its password: it hands NCALayer the PDF and gets back a
detached CMS. The protocol, as the public clients speak it:

- On connect NCALayer greets with `{"result": {"version": "1.4"}}`; `--heartbeat--` frames are
  echoed keep-alives (fedor35/ncalayer-rs, crates/nca-protocol/src/lib.rs and
  crates/ncalayerd/src/server.rs; Shatilova/NCALayer.Client, NCALayerClientBase.cs skips the
  greeting).
- `kz.gov.pki.knca.basics` / `sign` takes named args and answers `{status, code, message,
  details, body}`: `status: true` with `body.result` (a string or a list of strings) is the
  signature; `status: true` without `body.result` is the user closing the dialog; `status:
  false` is an error (sigex-kz/ncalayer-js-client, ncalayer-client.js `setHandlers`).
- `kz.gov.pki.knca.commonUtils` answers `{code: "200", responseObject}`, and `{code: "500",
  message: "action.canceled"}` when the user cancels (Shatilova NCABaseResponse.cs;
  ncalayer-rs `CommonResponse::canceled`). Some bridges answer `basics` in that shape, so both
  are read.

TLS: NCALayer serves a certificate of its own for 127.0.0.1 that no public CA vouches for, so
the client cannot verify it and does not try (CERT_NONE). Anything may be listening on the
port — a program impersonating NCALayer exists — so what comes back is never trusted for being
on the port: the caller accepts it only after `signature_check.verify_detached` has checked it
over the very PDF and chained it to the NCA certificates the admin installed. The address is
held to the loopback interface, so a PDF never leaves the PC through this client.
"""

from __future__ import annotations

import base64
import binascii
import json
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from desktop.domain import nca
from desktop.domain.errors import DomainError

URL = "wss://127.0.0.1:13579"
CONNECT_TIMEOUT = 3.0  # seconds: NCALayer answers at once when it runs
ANSWER_TIMEOUT = 600.0  # the head picks the key and types the password in NCALayer's dialog
HEARTBEAT = "--heartbeat--"
LOCALES = ("kk", "ru", "en")


class NcaLayerError(DomainError):
    """NCALayer could not give a signature; nothing was signed and nothing may be saved."""


def _tls() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # see the module's docstring: verified by the result
    return context


@contextmanager
def _connection(url: str, timeout: float) -> Iterator:
    from websockets.exceptions import WebSocketException
    from websockets.sync.client import connect

    host = urlsplit(url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"NCALayer is reached on this PC only, not at {url}")
    try:
        # __enter__ connects whether connect() already did (websockets <= 17) or not (later).
        connection = connect(url, ssl=_tls() if url.startswith("wss:") else None,
                             open_timeout=timeout, close_timeout=1.0,
                             # A proxy set for the web must not see a local signing request; our
                             # own pings could go unanswered while NCALayer shows its dialog.
                             proxy=None, ping_interval=None, max_size=None).__enter__()
    except (OSError, WebSocketException) as exc:  # refused, timed out, not a WebSocket
        raise NcaLayerError("ncalayer_not_running", f"NCALayer does not answer at {url}: {exc}",
                            url=url) from exc
    try:
        yield connection
    finally:
        connection.close()


def is_running(*, url: str | None = None, timeout: float = CONNECT_TIMEOUT) -> bool:
    """Whether something speaking WebSocket answers on NCALayer's port on this PC."""
    url = url or URL
    try:
        with _connection(url, timeout):
            return True
    except NcaLayerError:
        return False


def sign_request(pdf: bytes, *, bin: str, locale: str) -> dict:
    """The `basics.sign` request: a detached CMS over the PDF, by the first head of `bin`."""
    return {
        "module": "kz.gov.pki.knca.basics",
        "method": "sign",
        "args": {
            "allowedStorages": None,  # every storage: file key, Kaztoken, ID card
            "format": "cms",
            "data": base64.b64encode(pdf).decode("ascii"),
            # decode: sign the PDF's bytes, not the base64 text; no timestamp (tsaProfile
            # None), since a TSP needs the network and the head's PC may have none.
            "signingParams": {"decode": True, "encapsulate": False, "digested": False,
                              "tsaProfile": None},
            "signerParams": {"extKeyUsageOids": list(nca.HEAD_SIGNING_OIDS), "bin": bin,
                             "iin": "", "serialNumber": "", "chain": None},
            "locale": locale,
        },
    }


def sign_cms(pdf: bytes, *, bin: str, locale: str, url: str | None = None,
             timeout: float = ANSWER_TIMEOUT) -> bytes:
    """A detached CMS over `pdf` made by NCALayer with the first head's signing key of the
    organisation `bin`. NOT YET TRUSTED: verify it before keeping it. `url` is for tests."""
    if not nca.is_bin(bin):
        raise ValueError(f"a BIN is 12 digits, not {bin!r}")
    if locale not in LOCALES:
        raise ValueError(f"NCALayer speaks {LOCALES}, not {locale!r}")
    url = url or URL  # read now, so that a test can point it at its stand-in
    with _connection(url, CONNECT_TIMEOUT) as connection:
        return _cms_from(_answer(connection, sign_request(pdf, bin=bin, locale=locale), url,
                                 timeout))


def _answer(connection, request: dict, url: str, timeout: float) -> dict:
    """Send `request`; the first reply that is not a heartbeat, a keep-alive or the greeting."""
    from websockets.exceptions import ConnectionClosed

    deadline = time.monotonic() + timeout
    sent = False
    while True:
        left = deadline - time.monotonic()
        try:
            if not sent:
                connection.send(json.dumps(request))
                sent = True
            if left <= 0:
                raise TimeoutError
            text = connection.recv(timeout=left)
        except TimeoutError as exc:
            raise NcaLayerError("ncalayer_failed", "NCALayer gave no answer in time",
                                nca_code="timeout", nca_message="") from exc
        except ConnectionClosed as exc:
            raise NcaLayerError("ncalayer_failed", "NCALayer closed the connection",
                                nca_code="closed", nca_message=str(exc)) from exc
        if not isinstance(text, str) or text.strip() == HEARTBEAT:
            continue
        try:
            reply = json.loads(text)
        except ValueError as exc:
            raise NcaLayerError("ncalayer_failed", f"NCALayer at {url} answered something else",
                                nca_code="not_json", nca_message=text[:200]) from exc
        if not isinstance(reply, dict) or not reply:
            continue  # `{}` keep-alives (ncalayer-js bridges send them)
        if set(reply) == {"result"} and isinstance(reply["result"], dict) \
                and "version" in reply["result"]:
            continue  # the greeting
        return reply


def _cms_from(reply: dict) -> bytes:
    if "status" in reply:  # the basics module
        if reply["status"] is not True:
            _raise_error(str(reply.get("code") or ""), str(reply.get("message") or ""),
                         str(reply.get("details") or ""))
        body = reply.get("body")
        if not isinstance(body, dict) or "result" not in body:
            raise NcaLayerError("ncalayer_cancelled", "the signer closed NCALayer's dialog")
        result = body["result"]
    elif "code" in reply:  # the commonUtils shape
        if str(reply["code"]) != "200":
            _raise_error(str(reply["code"]), str(reply.get("message") or ""), "")
        result = reply.get("responseObject")
    else:  # e.g. {"success": false, "errorCode": "MODULE_NOT_FOUND"} from an old NCALayer
        _raise_error(str(reply.get("errorCode") or "unknown_reply"), json.dumps(reply)[:200],
                     "")
    if isinstance(result, list):
        result = result[0] if len(result) == 1 else None
    return _decode(result)


def _decode(result: object) -> bytes:
    if not isinstance(result, str):
        raise NcaLayerError("ncalayer_failed", "NCALayer's reply holds no signature",
                            nca_code="no_signature", nca_message="")
    lines = [ln for ln in result.strip().splitlines() if not ln.startswith("-----")]
    try:
        return base64.b64decode("".join(lines), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NcaLayerError("ncalayer_failed", "NCALayer's signature is not base64",
                            nca_code="not_base64", nca_message="") from exc


# What `kz.gov.pki.knca.basics` answers when it does not sign: `status: false` with a code, a
# message (NCALayer's own words, in the locale asked for) and details. The codes are those the
# issue 27 report and the public clients name (sigex-kz/ncalayer-js-client passes them on as
# "code: message"): SIGNING_FAILURE (Kalkan could not sign: the key, its password, the token),
# INVALID_SIGNING_PARAMS (NCALayer refused the request), GENERAL_ERROR and INVOCATION_ERROR
# (NCALayer itself failed). A cancel is no error: `status: true` with an empty body (above). A
# wrong password and a missing key come as SIGNING_FAILURE; their words tell them apart, so
# the message is read for them (Kalkan's Russian and English, and the older clients' codes).
_CANCELLED_CODES = {"USER_CANCELED", "USER_CANCELLED", "CANCELED", "CANCELLED", "CANCEL"}
_NO_KEY_CODES = {"EMPTY_KEY_LIST", "NO_KEYS", "KEY_NOT_FOUND", "NO_TOKENS"}
_PASSWORD_CODES = {"WRONG_PASSWORD", "INVALID_PASSWORD"}
_OUTDATED_CODES = {"MODULE_NOT_FOUND", "METHOD_NOT_FOUND", "UNKNOWN_MODULE"}
_REQUEST_CODES = {"INVALID_SIGNING_PARAMS", "INVALID_PARAMS"}
_PASSWORD_WORDS = ("password", "парол", "құпиясөз", "құпия сөз")
_NO_KEY_WORDS = ("no key", "keys not found", "key not found", "empty key", "ключ не найден",
                 "ключи не найдены", "нет ключ", "token not found", "no token")


def _raise_error(code: str, message: str, details: str) -> None:
    text = f"{message} {details}".lower()
    said = " ".join(filter(None, (message, details)))
    upper = code.upper()
    if upper in _CANCELLED_CODES or "action.canceled" in text:
        raise NcaLayerError("ncalayer_cancelled", "the signer closed NCALayer's dialog")
    if upper in _OUTDATED_CODES:
        raise NcaLayerError("ncalayer_outdated", f"NCALayer has no basics module ({code})",
                            nca_code=code, nca_message=said)
    if upper in _PASSWORD_CODES or any(word in text for word in _PASSWORD_WORDS):
        raise NcaLayerError("ncalayer_wrong_password", f"NCALayer: wrong password ({code})",
                            nca_code=code, nca_message=said)
    if upper in _NO_KEY_CODES or any(word in text for word in _NO_KEY_WORDS):
        raise NcaLayerError("ncalayer_no_key", f"NCALayer found no key ({code})",
                            nca_code=code, nca_message=said)
    if upper in _REQUEST_CODES:
        raise NcaLayerError("ncalayer_request_refused",
                            f"NCALayer refused the request: {code}: {said}",
                            nca_code=code, nca_message=said)
    raise NcaLayerError("ncalayer_failed", f"NCALayer refused: {code}: {said}",
                        nca_code=code, nca_message=said)
