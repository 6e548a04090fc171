"""The office server's own PostgreSQL cluster: found, created, started and stopped with the
PostgreSQL programs that come with Kense (or Debian's), never downloaded at run time.

Where the programs are: KENSE_PG_BIN; else a `pgsql/bin` folder next to the program (the
Windows bundle's optional "Office server" component); else the newest Debian
/usr/lib/postgresql/*/bin; else the PATH. PostgreSQL refuses to run as root: on Linux, as root,
the cluster is made and run as the `postgres` system user (runuser), its folder given to it.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.store.errors import StoreError

SETTINGS_NAME = "kense-server.json"
DATA = "data"
LOG = "server.log"
TOOLS = ("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore", "psql")
START_WAIT = 60  # seconds pg_ctl waits for the server to accept connections
EXE = ".exe" if os.name == "nt" else ""


@dataclass(frozen=True)
class ClusterSettings:
    """What the server's folder remembers (private to its owner: it holds the password)."""

    port: int
    database: str
    user: str
    password: str
    subnet: str
    host: str
    fingerprint: str  # SHA-256 of the certificate, hex; "" without TLS


def find_bin() -> Path:
    override = os.environ.get("KENSE_PG_BIN")
    candidates = [Path(override)] if override else []
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "pgsql" / "bin")
    candidates += [Path(p).parent for p in
                   sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key,
                          reverse=True)]
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).resolve().parent)
    for folder in candidates:
        if (folder / f"initdb{EXE}").is_file() and (folder / f"pg_ctl{EXE}").is_file():
            return folder
    raise StoreError("pg_missing", "The PostgreSQL programs are not installed on this PC "
                     "(Windows: the installer's \"Office server\" component; Debian: apt-get "
                     "install postgresql). Set KENSE_PG_BIN to their folder if they are "
                     "elsewhere.")


def _version_key(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def runs_as_other_user() -> bool:
    """Root on Linux: PostgreSQL refuses it, so its programs run as `postgres`."""
    return os.name != "nt" and os.geteuid() == 0


SERVER_SIDE = ("initdb", "pg_ctl", "postgres")  # run as the cluster's owner; the rest as us


def _prefix(tool: str = "pg_ctl") -> list[str]:
    if tool in SERVER_SIDE and runs_as_other_user():
        return ["runuser", "-u", "postgres", "--"]
    return []


def give_to_server_user(path: Path) -> None:
    if runs_as_other_user():
        shutil.chown(path, "postgres", "postgres")


def run_tool(tool: str, *args: str, check: bool = True, timeout: float = 600,
             env: dict | None = None) -> subprocess.CompletedProcess:
    """One PostgreSQL program; a failure is a StoreError carrying what it said."""
    command = [*_prefix(tool), str(find_bin() / f"{tool}{EXE}"), *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, **(env or {})}, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StoreError("pg_tool_failed", f"{tool} could not run: {exc}", tool=tool) from exc
    if check and done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise StoreError("pg_tool_failed", f"{tool} failed: {' '.join(said[-3:])}", tool=tool)
    return done


def user_can_use(folder: Path) -> bool:
    """The server user may write in `folder` (as root: every folder above it must let
    `postgres` through)."""
    if not runs_as_other_user():
        return os.access(folder, os.W_OK | os.X_OK)
    done = subprocess.run([*_prefix(), "test", "-w", str(folder), "-a", "-x", str(folder)],
                          check=False)
    return done.returncode == 0


def data_folder(folder: Path) -> Path:
    return folder / DATA


def save_settings(folder: Path, settings: ClusterSettings) -> None:
    path = folder / SETTINGS_NAME
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(asdict(settings), out)


def load_settings(folder: Path) -> ClusterSettings:
    path = folder / SETTINGS_NAME
    try:
        return ClusterSettings(**json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError as exc:
        raise StoreError("not_a_server_folder", f"{folder} holds no office server made by "
                         "Kense (kense --make-server).", path=str(folder)) from exc
    except (OSError, ValueError, TypeError) as exc:
        raise StoreError("not_a_server_folder", f"The office server's settings in {path} "
                         f"cannot be read ({exc}).", path=str(path)) from exc


def configure(folder: Path, settings: ClusterSettings, tls: bool) -> None:
    """postgresql.conf's additions and the whole pg_hba.conf: SCRAM-SHA-256 everywhere, the
    network limited to localhost and the office's subnet (TLS only there, when there is TLS)."""
    data = data_folder(folder)
    lines = [
        "# Written by Kense (kense --make-server)",
        "listen_addresses = '*'",
        f"port = {settings.port}",
        "password_encryption = 'scram-sha-256'",
        "max_connections = 100",
    ]
    if os.name != "nt":
        lines.append(f"unix_socket_directories = '{_conf_text(folder)}'")
    if tls:
        lines += ["ssl = on", "ssl_cert_file = 'server.crt'", "ssl_key_file = 'server.key'",
                  "ssl_min_protocol_version = 'TLSv1.2'"]
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("\n" + "\n".join(lines) + "\n")
    network = "hostssl" if tls else "host"
    hba = [
        "# Written by Kense: who may connect, and how (SCRAM-SHA-256: the password never "
        "crosses the network)",
        "local all all scram-sha-256",
        "host all all 127.0.0.1/32 scram-sha-256",
        "host all all ::1/128 scram-sha-256",
    ]
    if settings.subnet:
        hba.append(f"{network} all all {settings.subnet} scram-sha-256")
    (data / "pg_hba.conf").write_text("\n".join(hba) + "\n", encoding="utf-8")


def _conf_text(path: Path) -> str:
    return str(path).replace("\\", "/").replace("'", "''")


def init_cluster(folder: Path, user: str, password: str) -> None:
    password_file = folder / "initial-password"
    fd = os.open(password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(password + "\n")
    give_to_server_user(password_file)
    try:
        run_tool("initdb", "-D", str(data_folder(folder)), "-U", user,
                 f"--pwfile={password_file}", "-A", "scram-sha-256", "-E", "UTF8",
                 "--locale=C.UTF-8" if os.name != "nt" else "--locale=C")
    finally:
        password_file.unlink(missing_ok=True)


def start(folder: Path) -> None:
    run_tool("pg_ctl", "-D", str(data_folder(folder)), "-l", str(folder / LOG), "-w",
             "-t", str(START_WAIT), "start")


def is_running(folder: Path) -> bool:
    return run_tool("pg_ctl", "-D", str(data_folder(folder)), "status",
                    check=False).returncode == 0


def stop(folder: Path, mode: str = "fast") -> None:
    run_tool("pg_ctl", "-D", str(data_folder(folder)), "-m", mode, "-w", "stop")


SERVICE_NAME = "KenseOfficeServer"
SCRIPT_NAME = "register-service.cmd"


def _batch_path(path: Path | str) -> str:
    """A path as a batch file must quote it: in double quotes, its '%' doubled."""
    return '"' + str(path).replace("%", "%%") + '"'


def windows_service_script(bindir: Path | str, folder: Path | str, port: int,
                           subnet: str) -> str:
    """What needs an administrator on Windows, as a batch file the IT person runs once
    elevated: the server becomes a service that starts with Windows (run as NetworkService,
    given the data folder), and its port is opened to the office subnet only. UTF-8 with
    `chcp 65001`, so that a folder with Kazakh letters is named right."""
    bindir, folder = str(bindir), str(folder)
    data = folder.rstrip("\\") + "\\" + DATA
    pg_ctl = _batch_path(bindir.rstrip("\\") + "\\pg_ctl.exe")
    remote = subnet or "LocalSubnet"
    lines = [
        "@echo off",
        "chcp 65001 >nul",
        "rem Kense office server: run once as administrator (right-click, Run as administrator).",
        f"{pg_ctl} stop -D {_batch_path(data)} -m fast -w >nul 2>&1",
        f'icacls {_batch_path(folder)} /grant "NT AUTHORITY\\NetworkService:(OI)(CI)M" /T /Q',
        f"{pg_ctl} register -N {SERVICE_NAME} -D {_batch_path(data)} -S auto -w",
        f"net start {SERVICE_NAME}",
        f'netsh advfirewall firewall add rule name="Kense office server" dir=in action=allow '
        f"protocol=TCP localport={int(port)} remoteip={remote}",
        "pause",
    ]
    return "\r\n".join(lines) + "\r\n"


def write_windows_service_script(folder: Path, settings: ClusterSettings) -> Path:
    path = folder / SCRIPT_NAME
    path.write_bytes(windows_service_script(find_bin(), folder, settings.port,
                                            settings.subnet).encode("utf-8"))
    return path
