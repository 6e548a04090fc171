"""Benchmark: the admin's check of the records at 100,000 cases (one audit record each, a
snapshot for every signed one). Prints figures; passes or fails nothing.

    python tests/bench/bench_chain_check.py [N]

Baseline, measured in the same run on the same file: a minimal hand-written check with the
sqlite3 module — read every audit record, recompute its keyed MAC, read every snapshot and hash it —
without what the app adds (case and applicant digests, findings, anchors).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for support

from desktop.services.accounts import office_key
from desktop.services.records import audit, integrity, snapshots, upgrade
from desktop.services.records.chain_check import verify_chain
from desktop.store.connection import close_database, open_database, write_transaction
from desktop.store.migrations import migrate
from desktop.store.models import Case, ResultSnapshot
from support.many_cases import fill


def log_every_case() -> None:
    """One keyed audit record per case carrying its digest, and a snapshot per signed case."""
    signed_states = ("ready", "issued", "at_state_corp")
    Case.update(signed_at=Case.updated_at, result_kind=Case.service).where(
        Case.state.in_(signed_states)).execute()
    digests = integrity.all_case_digests()
    real = integrity.case_digest
    integrity.case_digest = digests.__getitem__  # the rows do not change while we log them
    try:
        with write_transaction():
            for case in Case.select().where(Case.signed_at.is_null(False)).iterator():
                snap = snapshots.take(case, case.result_kind or case.service, "bench",
                                      legacy=True, content=_content(case))
                audit.append("bench", "sign", case.id,
                             {"snapshot": snap.id, "snapshot_hash": snap.content_hash})
            signed = {c for (c,) in ResultSnapshot.select(ResultSnapshot.case).tuples()}
            for case_id in digests:
                if case_id not in signed:
                    audit.append("bench", "register", case_id, {"state": "registered"})
            upgrade.log_applicants()
    finally:
        integrity.case_digest = real


def _content(case: Case) -> dict:
    # What a certificate's snapshot holds, in size: names, college, content, 20 subjects.
    return {
        "kind": case.service, "reg_number": case.reg_number, "language": case.language,
        "person": {"surname": "Қасымова", "name": "Әйгерім", "iin": "950815400014"},
        "college": {"name_kk": "Колледж", "name_ru": "Колледж", "head_name": "Басшы"},
        "content": {"specialty_name": "Бағдарламалық қамтамасыз ету", "order_number": "12-б"},
        "transcript": [[f"Пән {i}", 72, 3.0, "5"] for i in range(20)],
        "verification_code": case.verification_code,
    }


def baseline(path: Path, key: bytes) -> float:
    start = time.perf_counter()
    con = sqlite3.connect(path)
    bad = 0
    for row in con.execute("SELECT prev_hash, at_utc, username, action, case_id, applicant_id, "
                           "changes, digest, hash FROM audit_record ORDER BY id"):
        payload = repr(("mac1", *row[:8])).encode()
        mac = hashlib.blake2b(payload, key=key, digest_size=32).hexdigest()
        bad += mac != row[8]
    for text, stored in con.execute("SELECT content, content_hash FROM result_snapshot"):
        bad += hashlib.sha256(text.encode()).hexdigest() != stored
    con.close()
    return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KENSE_KEY_DIR"] = str(Path(tmp) / "keys")
        path = Path(tmp) / "kense.sqlite3"
        db = open_database(path)
        migrate(db)
        t = time.perf_counter()
        fill(n)
        log_every_case()
        print(f"setup: {n} cases logged in {time.perf_counter() - t:.0f} s")
        key = office_key.current_key()
        app_times, base_times = [], []
        for _ in range(3):
            t = time.perf_counter()
            report = verify_chain()
            app_times.append(time.perf_counter() - t)
            base_times.append(baseline(path, key))
        assert report.ok, report.findings[:5]
        app, base = statistics.median(app_times), statistics.median(base_times)
        print(f"records {report.checked}, cases {report.cases}, snapshots {report.snapshots}")
        print(f"verify_chain (app):           {app:6.2f} s (median of 3)")
        print(f"raw sqlite3 HMAC + hash only: {base:6.2f} s")
        print(f"ratio: {app / base:.1f}  (goal: app under 2 s)")
        close_database()


if __name__ == "__main__":
    main()
