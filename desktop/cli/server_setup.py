"""`kense --make-server DIR [--port N] [--subnet CIDR]`, `kense --stop-server DIR` and
`kense --data-dir D --join CODE`: exit 0 on success, 2 with a sentence on refusal."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.cli.common import fail


def _guarded(action, data_dir: Path | None = None) -> int:
    from desktop.domain.errors import DomainError
    from desktop.store.errors import StoreError, classify

    try:
        return action()
    except (StoreError, DomainError) as exc:
        return fail(str(exc), exc, data_dir)
    except OSError as exc:
        known = classify(exc, str(data_dir or ""))
        return fail(str(known), known, data_dir)


def make_server(args: argparse.Namespace) -> int:
    from desktop.services.office.server import setup as server_setup
    from desktop.store.server import cluster as pg_cluster

    def run() -> int:
        if pg_cluster.runs_as_other_user():
            print("running as root: PostgreSQL refuses root, so the server is made and run as "
                  "the 'postgres' system user, which is given the folder")
        made = server_setup.make_server(args.make_server, args.port, args.subnet)
        s = made.settings
        state = "started" if made.started_now else "already running"
        print(f"office server {state} in {args.make_server}: port {s.port}, database "
              f"{s.database}, user {s.user}, reachable from {s.subnet or 'this PC only'}")
        print("TLS: on, certificate fingerprint (SHA-256) " + s.fingerprint if made.tls else
              "TLS: off (this PostgreSQL build has no OpenSSL): the office network carries "
              "the records unencrypted; the password itself never crosses it (SCRAM-SHA-256)")
        if os.name == "nt":
            print("to start it with Windows and open its port to the office network, run "
                  f"{pg_cluster.SCRIPT_NAME} in {args.make_server} once as administrator")
        print("join code (keep it like a password; on every other PC: kense --join CODE):")
        print(made.code)
        return 0

    return _guarded(run)


def stop_server(args: argparse.Namespace) -> int:
    from desktop.services.office.server import setup as server_setup

    def run() -> int:
        if server_setup.stop_server(args.stop_server):
            print(f"office server in {args.stop_server} stopped")
        else:
            print(f"office server in {args.stop_server} was not running")
        return 0

    return _guarded(run)


def join(args: argparse.Namespace, data_dir: Path) -> int:
    from desktop.services.office.server import joining

    def run() -> int:
        joined = joining.join(data_dir, args.join)
        pinned = " (TLS, certificate pinned)" if joined.tls else " (no TLS)"
        print(f"this PC ({data_dir}) joined the office server {joined.server}{pinned}")
        if joined.outcome == joining.WAITS_FOR_MOVE:
            print("the server is empty and this PC has records of its own: it keeps working on "
                  "them until they are moved with kense --data-dir D --move-to-server "
                  "--user ADMIN")
        elif joined.outcome == joining.EMPTY_FOR_FIRST_RUN:
            print("the server is empty: the first start of Kense sets up the office there")
        elif not joined.key_here:
            print("the first sign-in asks for the office key from the recovery sheet")
        return 0

    return _guarded(run, data_dir)
