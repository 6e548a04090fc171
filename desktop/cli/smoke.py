"""`kense --smoke [DIR]`: a self-check of an installed or frozen Kense.

It exercises what a broken bundle loses first: the database layer and its migrations, the
working-day calendar (the `holidays` package's data), every official form in Kazakh and
Russian (reportlab and the shipped fonts and texts), and Qt's PDF engine. Prints `ok` and
returns 0, or names the failed step on stderr and returns 1. Given a DIR, it also writes each
rendered form there as `<form>_<lang>.pdf` so a person can look at them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.domain.dates import format_date

LANGS = ("kk", "ru")
# Nauryz (21 March) is a public holiday every year; a frozen bundle missing the holidays
# package's data would count it as a working day and move every deadline.
_KNOWN_HOLIDAY = date(2025, 3, 21)


class SmokeFailure(Exception):
    """A check ran and found something wrong (as opposed to crashing)."""


def check_database(folder: Path) -> None:
    from desktop.store.connection import close_database, open_database
    from desktop.store.migrations import migrate
    from desktop.store.schema import SCHEMA_VERSION

    db = open_database(folder / "smoke.sqlite3")
    keys = os.environ.get("KENSE_KEY_DIR")
    # The smoke's office key stays in its own temporary folder.
    os.environ["KENSE_KEY_DIR"] = str(folder / "office-key")
    try:
        reached = migrate(db)
        if reached != SCHEMA_VERSION:
            raise SmokeFailure(f"migrations reached schema {reached}, expected {SCHEMA_VERSION}")
        if not db.get_tables():
            raise SmokeFailure("migrations created no tables")
        check_keyed_log()
    finally:
        close_database()
        if keys is None:
            os.environ.pop("KENSE_KEY_DIR", None)
        else:
            os.environ["KENSE_KEY_DIR"] = keys


def check_keyed_log() -> None:
    """The office key is made outside the database and keys the audit log, which verifies.
    (Not through first-run setup: under Wine 8 the password hasher's import asks Windows for
    its version through WMI, which Wine lacks; Windows itself answers.)"""
    from desktop.services.accounts import office_key
    from desktop.services.records import audit
    from desktop.services.records.chain_check import verify_chain
    from desktop.store.connection import write_transaction

    with write_transaction():
        office_key.create_key()
        audit.append("smoke", audit.KEY_CREATED, None, office_key.where_from())
        audit.append("smoke", "smoke", None, {"check": "ok"})
    report = verify_chain()
    if not report.ok or report.checked < 2:
        raise SmokeFailure(f"the keyed audit log does not verify: {report}")


def check_calendar() -> None:
    from desktop.domain.calendar import WorkCalendar

    if WorkCalendar().is_working_day(_KNOWN_HOLIDAY):
        raise SmokeFailure(
            f"{format_date(_KNOWN_HOLIDAY)} (Nauryz) counted as a working day: "
            "holidays data missing"
        )


def check_services() -> None:
    """The service definitions and their result modules are in the bundle and agree."""
    from desktop.services.results import registry

    registry.check()


def check_archive_reader() -> str:
    """The Excel reader and the archive's rules are in the bundle: the import template reads
    as a list with a header row. Returns the Excel library that read it."""
    from desktop.locations import resources_dir
    from desktop.services.archive import opening, reading

    mapping = reading.detect_mapping(resources_dir() / "archive" / "template.xlsx")
    if mapping.layout != "table" or dict(mapping.fields).get("iin") != 1:
        raise SmokeFailure(f"the archive template read as {mapping.layout} {mapping.fields}")
    return opening.BACKEND


def render_forms() -> dict[str, bytes]:
    """`<form>_<lang>` -> PDF bytes for every form in both languages."""
    from desktop.forms.samples import render_samples

    rendered: dict[str, bytes] = {}
    for lang in LANGS:
        forms = render_samples(lang)
        if not forms:
            raise SmokeFailure(f"no forms rendered in {lang}")
        for form, pdf in forms.items():
            if not pdf.startswith(b"%PDF"):
                raise SmokeFailure(f"{form} ({lang}) is not a PDF")
            rendered[f"{form}_{lang}"] = pdf
    return rendered


def write_forms(rendered: dict[str, bytes], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, pdf in rendered.items():
        (out_dir / f"{name}.pdf").write_bytes(pdf)


def check_qtpdf(pdf: bytes) -> None:
    """Load one form in QtPdf (as the print preview does) and draw its first page."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        # A smoke run over SSH or in CI has no screen; Qt would abort without one.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QCoreApplication.instance() or QGuiApplication([sys.argv[0]])
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    for _ in range(200):  # loading from a device may finish on the event loop
        if document.status() != QPdfDocument.Status.Loading:
            break
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 25)
    if document.status() != QPdfDocument.Status.Ready:
        raise SmokeFailure(f"QtPdf status {document.status().name}, error {document.error().name}")
    if document.pageCount() < 1:
        raise SmokeFailure("QtPdf sees no pages")
    image = document.render(0, QSize(210, 297))
    if image.isNull():
        raise SmokeFailure("QtPdf could not draw page 1")
    document.close()


def run_smoke(out_dir: Path | None) -> int:
    step = "start"

    def run(name: str, check: Callable[[], object]) -> object:
        nonlocal step
        step = name
        return check()

    try:
        with tempfile.TemporaryDirectory(prefix="kense-smoke-") as tmp:
            run("database", lambda: check_database(Path(tmp)))
        run("calendar", check_calendar)
        run("services", check_services)
        run("archive reader", check_archive_reader)
        rendered: dict[str, bytes] = run("forms", render_forms)  # type: ignore[assignment]
        if out_dir is not None:
            run(f"writing forms to {out_dir}", lambda: write_forms(rendered, out_dir))
        first = sorted(rendered)[0]
        run(f"QtPdf ({first})", lambda: check_qtpdf(rendered[first]))
    except SmokeFailure as exc:
        print(f"smoke failed at {step}: {exc}", file=sys.stderr)
        return 1
    except Exception:
        print(f"smoke failed at {step}:", file=sys.stderr)
        traceback.print_exc()
        return 1
    print("ok")
    return 0
