"""Make this PC the office server (the IT person's `kense --make-server DIR`), stop it, and
let another PC join it with the join code (`kense --data-dir D --join CODE`)."""

from __future__ import annotations

import ipaddress
import os
import secrets
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path

from desktop.services.office.server.join_code import JoinCode, decode, encode
from desktop.store.errors import StoreError
from desktop.store.server import cluster as pg_cluster
from desktop.store.server import tls as server_tls
from desktop.store.server.cluster import ClusterSettings

DEFAULT_PORT = 5432
DATABASE = "kense"
USER = "kense"


@dataclass(frozen=True)
class MadeServer:
    code: str
    settings: ClusterSettings
    tls: bool
    started_now: bool


def primary_address() -> str:
    """This PC's address on the office network (the one its default route leaves by); no
    packet is sent. 127.0.0.1 when there is no network."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: never routed anywhere real
            return probe.getsockname()[0]
        except OSError:
            return "127.0.0.1"


def default_subnet(host: str) -> str:
    if ipaddress.ip_address(host).is_loopback:
        return ""
    return str(ipaddress.ip_network(f"{host}/24", strict=False))


def _check_subnet(text: str) -> str:
    try:
        return str(ipaddress.ip_network(text.strip(), strict=False))
    except ValueError as exc:
        raise StoreError("bad_subnet", f"{text!r} is not a network such as 192.168.1.0/24.",
                         subnet=text) from exc


def _port_is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def tls_available() -> bool:
    """The PostgreSQL build was configured with OpenSSL (pg_config says so)."""
    try:
        done = pg_cluster.run_tool("pg_config", "--configure", check=False, timeout=30)
    except StoreError:
        return False
    return done.returncode == 0 and "openssl" in done.stdout.lower()


def make_server(folder: Path, port: int | None = None, subnet: str | None = None) -> MadeServer:
    """Create the cluster in `folder` and start it; a folder that already holds one made by
    Kense is started (if it is not running) and its join code given again."""
    folder = folder.expanduser().absolute()
    pg_cluster.find_bin()
    if (folder / pg_cluster.SETTINGS_NAME).is_file():
        settings = pg_cluster.load_settings(folder)
        started = not pg_cluster.is_running(folder)
        if started:
            pg_cluster.start(folder)
        return MadeServer(_code(settings), settings, bool(settings.fingerprint), started)
    if pg_cluster.data_folder(folder).exists():
        raise StoreError("server_folder_taken", f"{folder} already holds a database folder "
                         "that Kense did not make; choose an empty folder.", path=str(folder))
    port = port or DEFAULT_PORT
    if not _port_is_free(port):
        raise StoreError("port_taken", f"Port {port} is already in use on this PC (another "
                         "PostgreSQL?); choose another with --port.", port=port)
    host = primary_address()
    subnet = _check_subnet(subnet) if subnet else default_subnet(host)
    folder.mkdir(parents=True, exist_ok=True)
    pg_cluster.give_to_server_user(folder)
    if not pg_cluster.user_can_use(folder):
        raise StoreError("server_folder_closed", f"The PostgreSQL server's user cannot write "
                         f"in {folder} (a folder above it is closed to it); choose a folder "
                         "such as /srv/kense.", path=str(folder))
    password = secrets.token_urlsafe(32)
    tls = tls_available()
    try:
        pg_cluster.init_cluster(folder, USER, password)
        fingerprint = ""
        data = pg_cluster.data_folder(folder)
        if tls:
            cert, key = server_tls.make_certificate(host)
            server_tls.write_key_pair(data, cert, key)
            for name in ("server.crt", "server.key"):
                pg_cluster.give_to_server_user(data / name)
            fingerprint = server_tls.fingerprint_of_pem(cert)
        settings = ClusterSettings(port, DATABASE, USER, password, subnet, host, fingerprint)
        pg_cluster.configure(folder, settings, tls)
        pg_cluster.start(folder)
        _create_database(settings)
    except BaseException:
        _take_back(folder)
        raise
    pg_cluster.save_settings(folder, settings)
    if os.name == "nt":
        pg_cluster.write_windows_service_script(folder, settings)
    return MadeServer(_code(settings), settings, tls, True)


def _take_back(folder: Path) -> None:
    """A make that failed half-way leaves no cluster behind, so it can simply be run again."""
    data = pg_cluster.data_folder(folder)
    if data.exists():
        try:
            if pg_cluster.is_running(folder):
                pg_cluster.stop(folder, "immediate")
        except StoreError:
            pass
        shutil.rmtree(data, ignore_errors=True)


def _create_database(settings: ClusterSettings) -> None:
    from desktop.store.drivers import use_postgres_driver

    use_postgres_driver()
    import psycopg2

    con = psycopg2.connect(host="127.0.0.1", port=settings.port, user=settings.user,
                           password=settings.password, dbname="postgres", connect_timeout=10)
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{settings.database}" TEMPLATE template0 '
                        "ENCODING 'UTF8'")
    finally:
        con.close()


def _code(settings: ClusterSettings) -> str:
    return encode(JoinCode(settings.host, settings.port, settings.database, settings.user,
                           settings.password, settings.fingerprint))


def stop_server(folder: Path) -> bool:
    """Stop the office server in `folder`; False when it was not running."""
    folder = folder.expanduser().absolute()
    pg_cluster.load_settings(folder)
    if not pg_cluster.is_running(folder):
        return False
    pg_cluster.stop(folder)
    return True


def parse(text: str) -> JoinCode:
    return decode(text)
