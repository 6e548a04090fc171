"""TLS for the office server: its self-signed certificate (made with `cryptography`), and, on a
joining PC, the certificate the server presents, fetched and compared with the fingerprint the
join code carries before it is saved and pinned (libpq's sslmode=verify-ca with it as the only
root)."""

from __future__ import annotations

import hashlib
import hmac
import socket
import ssl
import struct
from datetime import UTC, datetime, timedelta
from ipaddress import ip_address
from pathlib import Path

from desktop.store.errors import StoreError

SSL_REQUEST = struct.pack("!ii", 8, 80877103)  # PostgreSQL's SSLRequest message
YEARS = 20


def make_certificate(host: str) -> tuple[bytes, bytes]:
    """(certificate PEM, private key PEM) for the server at `host`: self-signed, and its own
    CA, so that a PC that pins it can check it with verify-ca."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kense office server"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Kense")])
    alt: list[x509.GeneralName] = [x509.DNSName("localhost")]
    try:
        alt.append(x509.IPAddress(ip_address(host)))
    except ValueError:
        alt.append(x509.DNSName(host))
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365 * YEARS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def fingerprint_of_pem(pem: bytes) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem.decode("ascii"))).hexdigest()


def fetch_certificate(host: str, port: int, timeout: float = 5) -> bytes:
    """The certificate the PostgreSQL server at host:port presents, as PEM (not trusted yet:
    the caller compares its fingerprint)."""
    try:
        with socket.create_connection((host, port), timeout=timeout) as raw:
            raw.sendall(SSL_REQUEST)
            answer = raw.recv(1)
            if answer != b"S":
                raise StoreError("server_no_tls", f"The server at {host}:{port} does not offer "
                                 "TLS, but its join code names a certificate.")
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE  # compared by fingerprint below, then pinned
            with context.wrap_socket(raw, server_hostname=None) as tls:
                der = tls.getpeercert(binary_form=True)
    except OSError as exc:
        raise StoreError("server_unreachable", f"server_unreachable: {exc}",
                         path=f"{host}:{port}") from exc
    return ssl.DER_cert_to_PEM_cert(der).encode("ascii")


def pinned_certificate(host: str, port: int, fingerprint: str) -> bytes:
    pem = fetch_certificate(host, port)
    if not hmac.compare_digest(fingerprint_of_pem(pem), fingerprint.lower()):
        raise StoreError("server_cert_mismatch", f"The server at {host}:{port} presents a "
                         "certificate other than the one its join code names: this may not be "
                         "the office server. Nothing was changed.")
    return pem


def write_key_pair(data: Path, cert_pem: bytes, key_pem: bytes) -> None:
    import os

    (data / "server.crt").write_bytes(cert_pem)
    fd = os.open(data / "server.key", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(key_pem)
