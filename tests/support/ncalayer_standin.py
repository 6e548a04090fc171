"""A stand-in NCALayer for tests: a local wss:// server that speaks NCALayer's protocol.

It greets with `{"result": {"version": "1.4"}}`, echoes `--heartbeat--`, and answers
`kz.gov.pki.knca.basics` / `sign` with a detached CMS made with a key of a test CA — RSA
(esign_pki) or GOST 34.10-2015-512 in Kalkan's layout (esign_gost), as the signer is — or with
one of NCALayer's error replies, as `mode` says:

- "sign": `{"status": true, "body": {"result": ["<base64 CMS>"]}}` (ncalayer-rs BasicsResponse);
- "common_sign": `{"code": "200", "message": "", "responseObject": "<base64 CMS>"}`;
- "rogue": a CMS that is good in itself but over other bytes than those asked for;
- "cancel": `{"status": true, "body": {}}` — how NCALayer says the user closed the dialog;
- "common_cancel": `{"code": "500", "message": "action.canceled"}`;
- "failure": `{"status": false, "code": "SIGNING_FAILURE", "message": ..., "details": ...}`;
- "wrong_password", "no_key": SIGNING_FAILURE with Kalkan's words for them (examples: NCALayer
  words them in the locale asked for);
- "invalid_params", "general_error", "invocation_error": `status: false` with
  INVALID_SIGNING_PARAMS, GENERAL_ERROR, INVOCATION_ERROR;
- "module_not_found": `{"success": false, "errorCode": "MODULE_NOT_FOUND"}` (old NCALayer);
- "silent": never answers (the dialog left open); "hang_up": closes the connection instead.
With `heartbeat=True` it sends `--heartbeat--` and a `{}` keep-alive before the answer.
Its TLS certificate is self-signed for 127.0.0.1, made here, as NCALayer's own is.
Nothing here ships in desktop/.
"""

from __future__ import annotations

import base64
import json
import ssl
import tempfile
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from websockets.sync.server import serve

from support.esign_gost import GostIssued, sign_detached_gost
from support.esign_pki import Issued, sign_detached

HEARTBEAT = "--heartbeat--"
GREETING = {"result": {"version": "1.4"}}


def _tls_context(folder: Path) -> ssl.SSLContext:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1))
            .sign(key, hashes.SHA256()))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    return context


class StandIn:
    def __init__(self, signer: Issued | GostIssued, *carried, mode: str = "sign",
                 heartbeat: bool = False) -> None:
        self.signer, self.carried, self.mode, self.heartbeat = signer, carried, mode, heartbeat
        self.requests: list[dict] = []

    def __enter__(self) -> StandIn:
        self._folder = tempfile.TemporaryDirectory()
        self._server = serve(self._session, "127.0.0.1", 0,
                             ssl=_tls_context(Path(self._folder.name)))
        self.url = f"wss://127.0.0.1:{self._server.socket.getsockname()[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)
        self._folder.cleanup()

    def _session(self, connection) -> None:
        connection.send(json.dumps(GREETING))
        for message in connection:
            if message == HEARTBEAT:
                connection.send(HEARTBEAT)
                continue
            request = json.loads(message)
            self.requests.append(request)
            if self.mode == "silent":
                continue
            if self.mode == "hang_up":
                connection.close()
                return
            if self.heartbeat:
                connection.send(HEARTBEAT)
                connection.send("{}")
            connection.send(json.dumps(self.reply(request)))

    def _cms(self, data: bytes) -> str:
        if isinstance(self.signer, GostIssued):
            return base64.b64encode(sign_detached_gost(data, self.signer, *self.carried)).decode()
        return base64.b64encode(sign_detached(data, self.signer, *self.carried)).decode()

    def reply(self, request: dict) -> dict:
        data = base64.b64decode(request["args"]["data"])
        replies = {
            "sign": lambda: {"status": True, "body": {"result": [self._cms(data)]}},
            "common_sign": lambda: {"code": "200", "message": "",
                                    "responseObject": self._cms(data)},
            "rogue": lambda: {"status": True,
                              "body": {"result": [self._cms(data + b"% altered")]}},
            "cancel": lambda: {"status": True, "body": {}},
            "common_cancel": lambda: {"code": "500", "message": "action.canceled"},
            "no_key": lambda: {"status": False, "code": "SIGNING_FAILURE",
                               "message": "Ключи не найдены", "details": ""},
            "wrong_password": lambda: {"status": False, "code": "SIGNING_FAILURE",
                                       "message": "Неправильный пароль", "details": ""},
            "failure": lambda: {"status": False, "code": "SIGNING_FAILURE",
                                "message": "token removed", "details": "PKCS11 error 0x30"},
            "invalid_params": lambda: {"status": False, "code": "INVALID_SIGNING_PARAMS",
                                       "message": "signerParams.extKeyUsageOids", "details": ""},
            "general_error": lambda: {"status": False, "code": "GENERAL_ERROR",
                                      "message": "java.lang.NullPointerException",
                                      "details": ""},
            "invocation_error": lambda: {"status": False, "code": "INVOCATION_ERROR",
                                         "message": "", "details": "sign"},
            "module_not_found": lambda: {"success": False, "errorCode": "MODULE_NOT_FOUND"},
        }
        return replies[self.mode]()
