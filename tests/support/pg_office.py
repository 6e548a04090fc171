"""A demo office on this PC's SQLite file, for moving to a server: both services in every
state, blanks, the archive (desktop/services/demo), plus a result signed electronically; and a
table-by-table reading of two databases that does not use the code under test."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from desktop.services.accounts import users
from desktop.services.demo.database import DEMO_USERS, seed_demo
from desktop.services.esign import signing as esign
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from support.esign_cases import set_up_esign, to_sign
from support.esign_pki import pki, sign_detached

ADMIN_PASSWORD = DEMO_USERS["admin"][2]


def make_demo_office(data_dir: Path) -> Path:
    """The office's SQLite file in `data_dir`, closed again."""
    path = data_dir / "kense.sqlite3"
    migrate(open_database(path))
    seed_demo(datetime(2026, 11, 20, 12, 0))
    staff = {name: users.login(name, values[2]) for name, values in DEMO_USERS.items()}
    set_up_esign(staff["admin"])
    case = to_sign(staff)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    pdf = b"%PDF-1.4 the signed result"
    esign.sign_electronically(staff["head"], prepared, pdf,
                              sign_detached(pdf, pki().head, pki().intermediate))
    for session in staff.values():
        users.sign_out(session)
    close_database()
    return path


def _plain(value):
    """SQLite's stored text and PostgreSQL's typed values, written alike."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return str(value)  # how sqlite3's adapter stored it: 'YYYY-MM-DD HH:MM:SS[.ffffff]'
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def sqlite_tables(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(str(path))
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {n: [tuple(_plain(v) for v in row)
                    for row in con.execute(f'SELECT * FROM "{n}" ORDER BY 1')] for n in names}
    finally:
        con.close()


def server_tables(url: str) -> dict[str, list[tuple]]:
    import psycopg2

    con = psycopg2.connect(url)
    try:
        cur = con.cursor()
        cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        names = [r[0] for r in cur.fetchall()]
        out = {}
        for n in names:
            cur.execute(f'SELECT * FROM "{n}" ORDER BY 1')
            out[n] = [tuple(_plain(v) for v in row) for row in cur.fetchall()]
        return out
    finally:
        con.close()


def next_id(url: str, table: str) -> int:
    """The id the server's sequence hands out next (the sequence moves on: call once)."""
    import psycopg2

    con = psycopg2.connect(url)
    try:
        cur = con.cursor()
        cur.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id'))", (f'"{table}"',))
        return cur.fetchone()[0]
    finally:
        con.rollback()
        con.close()
