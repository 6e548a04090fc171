"""What a start on this PC's SQLite file loads before its first window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.store.connection import close_database

ROOT = Path(__file__).resolve().parents[2]

# The start `kense --data-dir DIR` makes, stopped at its first window (whatever dialog that
# is): what was imported by then, and which dialog it was.
FIRST_WINDOW = r"""
import json, sys
from PySide6.QtWidgets import QDialog

def first_window(dialog):
    archive = ("desktop.domain.archive", "desktop.services.archive", "openpyxl")
    print(json.dumps({"dialog": type(dialog).__name__,
                      "psycopg2": sorted(m for m in sys.modules if m.startswith("psycopg2")),
                      "archive": sorted(m for m in sys.modules if m.startswith(archive)),
                      "store": sorted(m for m in sys.modules
                                      if m.startswith(("peewee", "desktop.services"))
                                      or m.startswith("desktop.store.")
                                      and m != "desktop.store.drivers")}))
    sys.stdout.flush()
    raise SystemExit(0)

QDialog.exec = first_window
from desktop.__main__ import main
main(["--data-dir", sys.argv[1]])
"""


def test_a_sqlite_start_shows_the_sign_in_without_loading_the_postgresql_driver(admin, tmp_path):
    close_database()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", FIRST_WINDOW, str(tmp_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # Nor the archive's rules and reader: they wait for a draft filled from the archive.
    assert seen["dialog"] == "LoginDialog"
    assert (seen["psycopg2"], seen["archive"]) == ([], [])


def test_a_pc_that_has_signed_in_shows_the_sign_in_before_loading_the_store(admin, tmp_path):
    close_database()
    (tmp_path / "settings.ini").write_text(
        "[sign-in]\ncollege_kk=Колледж\ncollege_ru=Колледж\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", FIRST_WINDOW, str(tmp_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # No peewee, no store module but the driver guard, no service: all behind the window.
    assert seen == {"dialog": "LoginDialog", "psycopg2": [], "archive": [], "store": []}


# peewee's state as its own import leaves it with psycopg2 present (`plain`), and as Kense
# leaves it after `use_postgres_driver` (`kense`): every name peewee and playhouse.postgres_ext
# hold, and the PostgreSQL adapter's class attributes.
PEEWEE_STATE = r"""
import inspect, json, re, sys
if sys.argv[1] == "kense":
    import desktop.store  # the store installs its driver guard before peewee is imported
    import playhouse.db_url
    assert "psycopg2" not in sys.modules
    from desktop.store.drivers import use_postgres_driver
    use_postgres_driver()
import peewee, playhouse.db_url, playhouse.postgres_ext

def describe(value):
    if inspect.ismodule(value):
        return "module " + value.__name__
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', '')}"
    return re.sub(r" at 0x[0-9a-f]+", "", repr(value))  # the same object, another address

state = {}
for where, names in (("peewee", vars(peewee)), ("postgres_ext", vars(playhouse.postgres_ext)),
                     ("adapter", vars(peewee.Psycopg2Adapter))):
    for name, value in names.items():
        if not name.startswith("__"):
            state[f"{where}.{name}"] = describe(value)
print(json.dumps(state))
"""


def _peewee_state(how: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PEEWEE_STATE, how], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_driver_given_later_leaves_peewee_as_its_own_import_would():
    plain, kense = _peewee_state("plain"), _peewee_state("kense")
    differ = {k: (plain.get(k), kense.get(k)) for k in plain.keys() | kense.keys()
              if plain.get(k) != kense.get(k)}
    assert differ == {}


# What a clerk's window needs loaded: the main window and every working role's workspace.
WORKSPACES = r"""
import json, sys
import desktop.ui.main_window
import desktop.ui.workspaces.clerk, desktop.ui.workspaces.head, desktop.ui.workspaces.executor
heavy = ("openpyxl", "python_calamine", "cryptography", "websockets", "asn1crypto",
         "PySide6.QtPdf", "PySide6.QtPrintSupport")
print(json.dumps(sorted({".".join(m.split(".")[:2]) if m.startswith("PySide6") else
                         m.split(".")[0] for m in sys.modules if m.startswith(heavy)})))
"""


def test_the_working_windows_load_no_excel_signature_or_pdf_library():
    # The archive's search is in every working window; reading Excel (the admin's import),
    # checking signatures and showing or printing a PDF (≈3.5 MiB of Qt) load their
    # libraries only when they are used.
    done = subprocess.run([sys.executable, "-c", WORKSPACES], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_importing_a_form_or_a_domain_rule_installs_no_import_hook():
    code = ("import sys; before = list(sys.meta_path); import desktop.domain.iin, "
            "desktop.forms.receipt; print(len(sys.meta_path) - len(before))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
