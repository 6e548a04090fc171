"""Joining the office server with its join code: the certificate pinned, the schema version
and the office checked, the connection remembered for this data folder; and the admin's
showing of the join code to let the next PC in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from desktop.services.accounts.session import Session, acting_user
from desktop.services.office.server.join_code import JoinCode, decode, encode
from desktop.services.records import audit
from desktop.services.results import registry
from desktop.store import keystore
from desktop.store.connection import sqlite_path_for, write_transaction
from desktop.store.errors import StoreError
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.server import copying as server_copy
from desktop.store.server import tls as server_tls
from desktop.store.server.config import describe, load_server_url, save_server_url
from desktop.store.server.joining import (
    ca_path,
    load_pending,
    local_office_id,
    save_ca,
    save_pending,
)
from desktop.store.server.probe import probe

EMPTY_FOR_FIRST_RUN = "empty"  # an empty server: the first start sets up the office there
WAITS_FOR_MOVE = "waits_for_move"  # an empty server: this PC's records move there next
OFFICE = "office"  # the server holds the office: this PC now works on it


@dataclass(frozen=True)
class Joined:
    outcome: str
    server: str  # where, without the password
    tls: bool
    key_here: bool = True  # this PC holds the office key (else the first start asks for it)


def join(data_dir: Path, text: str) -> Joined:
    code = decode(text)
    root = None
    if code.fingerprint:
        pem = server_tls.pinned_certificate(code.host, code.port, code.fingerprint)
        root = str(save_ca(data_dir, pem))
    url = code.url(root)
    where = describe(url)
    _, found = probe(url)
    if found > SCHEMA_VERSION:
        raise StoreError("newer_schema", f"The office server was set up by a newer Kense "
                         f"(schema {found}, this program knows {SCHEMA_VERSION}). Install the "
                         "newer version; nothing was changed.", found=found, known=SCHEMA_VERSION)
    server_office = _office_on(url)
    mine = local_office_id(sqlite_path_for(data_dir))
    if server_office is None:
        if mine is not None:
            save_pending(data_dir, url)
            return Joined(WAITS_FOR_MOVE, where, bool(root))
        save_server_url(data_dir, url)
        return Joined(EMPTY_FOR_FIRST_RUN, where, bool(root))
    if mine is not None and server_office and mine != server_office:
        raise StoreError("join_other_office", "This PC's own records belong to another office "
                         "than the server's; joining would leave them behind. Nothing was "
                         "changed.")
    save_server_url(data_dir, url)
    save_pending(data_dir, None)
    key_here = not server_office or keystore.load(server_office) is not None
    return Joined(OFFICE, where, bool(root), key_here)


def _office_on(url: str) -> str | None:
    from playhouse.db_url import connect

    from desktop.store.errors import classify

    db = connect(url, connect_timeout=5)
    try:
        db.connect()
        return server_copy.server_office(db, registry.draft_models())
    except StoreError:
        raise
    except Exception as exc:
        raise classify(exc, describe(url)) from exc
    finally:
        if not db.is_closed():
            db.close()


def code_of(url: str, data_dir: Path) -> str:
    """The join code that leads to the server `url` (this PC's connection)."""
    parts = urlsplit(url)
    fingerprint = ""
    if parse_qs(parts.query).get("sslmode") and ca_path(data_dir).is_file():
        fingerprint = server_tls.fingerprint_of_pem(ca_path(data_dir).read_bytes())
    return encode(JoinCode(parts.hostname or "", parts.port or 5432,
                           unquote(parts.path.lstrip("/")), unquote(parts.username or ""),
                           unquote(parts.password or ""), fingerprint))


def show_join_code(session: Session, data_dir: Path) -> str:
    """The admin's look at the join code (it holds the server's password): audited."""
    admin = acting_user(session, "admin")
    url = load_server_url(data_dir) or load_pending(data_dir)
    if url is None:
        raise StoreError("not_joined", "This PC has not joined an office server: run "
                         "kense --join CODE first.")
    with write_transaction():
        audit.append(admin.username, "join_code_shown", None, {"server": describe(url)})
    return code_of(url, data_dir)


def waits_for_move(data_dir: Path) -> bool:
    """This PC joined an empty server and keeps its records until they are moved there."""
    return load_pending(data_dir) is not None
