"""The programs users get: the --smoke self-check, the Linux bundle and the Windows installer.

The bundle tests are slow (minutes): they run build/linux_bundle.sh and
build/windows/build.sh, which freeze Kense with PyInstaller from app.spec and run the frozen
program's --smoke; the Windows one does it under Wine, then installs, smoke-runs and uninstalls
the NSIS installer. Here we check what they leave behind, independently of the scripts' own
checks: every form of the sources, in both languages, written by the frozen program as a
readable PDF. The upgrade test then installs the previous release (build/releases.toml) under
Wine, gives it data, installs this version over it and checks the data came through.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import smoke
from desktop.forms.samples import render_samples
from desktop.services.accounts import office_key
from desktop.store.schema import SCHEMA_VERSION
from support import releases
from support.wine import CACHE, Wine, winpath

ROOT = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"
]


def expected_pdfs() -> set[str]:
    return {f"{form}_{lang}.pdf" for lang in smoke.LANGS for form in render_samples(lang)}


def assert_every_form_written(folder: Path) -> None:
    written = {p.name for p in folder.glob("*.pdf")}
    assert written == expected_pdfs()
    for name in sorted(written):
        assert len(PdfReader(folder / name).pages) >= 1, name


# -- the self-check itself, unfrozen ------------------------------------------------------
# Tests that reach QtPdf take pytest-qt's `qapp`, so the smoke reuses that QApplication rather
# than creating a QGuiApplication that later widget tests could not use.


def test_smoke_passes_and_writes_every_form_in_both_languages(qapp, tmp_path, capsys):
    assert smoke.run_smoke(tmp_path) == 0
    assert capsys.readouterr().out.strip() == "ok"
    assert_every_form_written(tmp_path)


def test_smoke_fails_when_the_archive_reader_cannot_read_its_template(qapp, tmp_path, capsys,
                                                                       monkeypatch):
    from desktop import locations

    resources = tmp_path / "resources"
    shutil.copytree(locations.resources_dir(), resources)
    (resources / "archive" / "template.xlsx").write_text("not a workbook", encoding="utf-8")
    monkeypatch.setattr(locations, "resources_dir", lambda: resources)
    assert smoke.run_smoke(None) == 1
    assert "smoke failed at archive reader" in capsys.readouterr().err


def test_smoke_without_a_folder_writes_nothing(qapp, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert smoke.run_smoke(None) == 0
    assert capsys.readouterr().out.strip() == "ok"
    assert list(tmp_path.iterdir()) == []


def test_smoke_names_a_form_that_is_not_a_pdf(monkeypatch, capsys):
    import desktop.forms.samples as samples

    monkeypatch.setattr(samples, "render_samples", lambda lang: {"receipt": b"<html>"})
    assert smoke.run_smoke(None) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "forms" in captured.err
    assert "receipt (kk) is not a PDF" in captured.err


def test_smoke_fails_when_qtpdf_cannot_read_the_form(qapp, monkeypatch, capsys):
    import desktop.forms.samples as samples

    monkeypatch.setattr(samples, "render_samples", lambda lang: {"receipt": b"%PDF-1.4 broken"})
    assert smoke.run_smoke(None) == 1
    assert "QtPdf" in capsys.readouterr().err


def test_smoke_fails_when_the_holiday_calendar_is_empty(monkeypatch, capsys):
    import holidays

    monkeypatch.setattr(holidays, "country_holidays", lambda *a, **k: _NoHolidays())
    assert smoke.run_smoke(None) == 1
    assert "Nauryz" in capsys.readouterr().err


class _NoHolidays(dict):
    """What a bundle without the holidays package's data would see: no days off at all."""

    weekend_workdays: frozenset = frozenset()


# -- the frozen programs ------------------------------------------------------------------


def run_script(script: Path, timeout: float, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        ["bash", str(script)],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    sys.stdout.write(result.stdout[-4000:])
    sys.stderr.write(result.stderr[-4000:])
    return result


@pytest.mark.slow
@pytest.mark.timeout(25 * 60)  # the script's own limit is 20 minutes
def test_linux_bundle_smoke_writes_every_form():
    result = run_script(ROOT / "build" / "linux_bundle.sh", timeout=20 * 60)
    assert result.returncode == 0
    bundle = ROOT / "dist" / "linux" / "Kense"
    assert os.access(bundle / "kense", os.X_OK)
    assert os.access(bundle / "kense-cli", os.X_OK)
    assert_every_form_written(ROOT / "dist" / "linux-smoke")


def can_build_windows() -> bool:
    if shutil.which("wine") and shutil.which("makensis"):
        return True
    return sys.platform.startswith("linux") and os.geteuid() == 0 and bool(shutil.which("apt-get"))


needs_windows_build = pytest.mark.skipif(
    not can_build_windows(), reason="needs Wine and NSIS, or root on Debian"
)


@pytest.fixture(scope="module")
def windows_build() -> Iterator[subprocess.CompletedProcess[str]]:
    """build/windows/build.sh, once for the installer test and the upgrade test. Wine is shut
    down after both: its processes must not outlive this module (the tests after it would run
    on a CPU they share, and their time limits are not set for that)."""
    yield run_script(ROOT / "build" / "windows" / "build.sh", timeout=45 * 60)
    Wine().shut_down()


@pytest.mark.slow
@needs_windows_build
@pytest.mark.timeout(50 * 60)  # the build, with its own limit of 45 minutes, is set up here
def test_windows_installer_is_built_and_its_program_runs_under_wine(windows_build):
    result = windows_build
    assert result.returncode == 0
    bundle = ROOT / "dist" / "windows" / "Kense"
    assert (bundle / "kense.exe").read_bytes()[:2] == b"MZ"
    assert (bundle / "kense-cli.exe").read_bytes()[:2] == b"MZ"
    # The frozen program, run under Wine, wrote every form (console and windowed twin).
    assert_every_form_written(ROOT / "dist" / "windows-smoke")
    assert_every_form_written(ROOT / "dist" / "windows-smoke-gui")
    setup = ROOT / "dist" / f"Kense-{VERSION}-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ"
    # The installer's own checks ran: refusal of Windows 7, install, smoke, both uninstalls.
    for step in (
        "refused (exit 3), nothing installed",
        "installed: program, Start-menu and desktop shortcuts, uninstall entry",
        "program removed, database kept",
        "office server component installed: pg_ctl 16 runs",
        "program and database removed",
    ):
        assert step in result.stdout


# -- upgrade in place: the previous release's installer, then this one over it --------------

UNINSTALL_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Kense"


def previous_installer(release: releases.Release) -> Path:
    """The release's installer, built by its own commit's build/windows/build.sh (which also
    runs that release's smoke and installer checks) in the Wine prefix this build uses. A
    release never changes, so it is built once and kept in the build cache by commit."""
    kept = CACHE / "releases" / release.commit / f"Kense-{release.version}-setup.exe"
    if kept.exists():
        return kept
    kept.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f"kense-{release.version}-", dir=CACHE) as tmp:
        src = Path(tmp)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", release.commit],
                                 capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive.stdout, check=True)
        # Its scripts run their Python helpers (translations, the list of forms) with the
        # checkout's .venv: lend them ours, which runs the old sources from their own folder.
        (src / ".venv").symlink_to(Path(sys.prefix))
        started = time.monotonic()
        result = run_script(src / "build" / "windows" / "build.sh", timeout=45 * 60, cwd=src)
        assert result.returncode == 0, f"building release {release.version} failed"
        print(f"release {release.version} built in {time.monotonic() - started:.0f} s")
        part = kept.with_suffix(".part")
        shutil.copyfile(src / "dist" / kept.name, part)
        part.rename(kept)
    return kept


@dataclass
class Content:
    """What a user entered, as the Linux side's sqlite3 reads it from a copy of the files."""

    schema: int
    cases: list[tuple]
    applicants: list[tuple]
    users: list[tuple]
    audit: list[tuple]


def read_content(database: Path, tmp: Path) -> Content:
    # A copy with its -wal: reading the live files would checkpoint them, which is the
    # program's business, not the observer's.
    copy = tmp / f"read-{time.monotonic_ns()}"
    copy.mkdir()
    for suffix in ("", "-wal"):
        if Path(f"{database}{suffix}").exists():
            shutil.copyfile(f"{database}{suffix}", copy / f"kense.sqlite3{suffix}")
    with closing(sqlite3.connect(copy / "kense.sqlite3")) as con:
        def rows(sql: str) -> list[tuple]:
            return con.execute(sql).fetchall()

        return Content(
            schema=rows("SELECT max(version) FROM schema_version")[0][0],
            cases=rows('SELECT id, reg_number, state, applicant_id, executor_id, signed_at, '
                       'issued_at, verification_code FROM "case" ORDER BY id'),
            applicants=rows("SELECT id, iin, surname, name, patronymic, birth_date "
                            "FROM applicant ORDER BY id"),
            users=rows('SELECT id, username, role, password_hash FROM "user" ORDER BY id'),
            audit=rows("SELECT id, hash FROM audit_record ORDER BY id"),
        )


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def give_office_key(wine: Wine, release, fixture: Path, folder: Path) -> None:
    """Put the office key of the release's fixture database where Kense on this (Wine) PC
    looks for it: a key file named by the database's office id, in KENSE_KEY_DIR."""
    shown = subprocess.run(["git", "-C", str(ROOT), "show",
                            f"{release.commit}:tests/fixtures/db_v{release.schema}.key"],
                           capture_output=True, text=True, check=False)
    if shown.returncode != 0:
        return  # a schema before the keyed log: no key to give
    with closing(sqlite3.connect(fixture)) as db:
        (office_id,) = db.execute("SELECT value FROM setting WHERE key = ?",
                                  (office_key.OFFICE_ID,)).fetchone()
    folder.mkdir(parents=True, exist_ok=True)
    key = office_key.parse_recovery_text(shown.stdout)
    (folder / f"{office_id}.key").write_text(key.hex() + "\n", encoding="ascii")
    wine.env["KENSE_KEY_DIR"] = winpath(folder)


@pytest.mark.slow
@needs_windows_build
@pytest.mark.timeout(50 * 60)  # building the previous release has its own 45 minutes
def test_installing_over_the_previous_release_keeps_and_upgrades_its_data(windows_build,
                                                                          tmp_path):
    assert windows_build.returncode == 0, "build/windows/build.sh failed: no installer to test"
    release = releases.previous_release()
    releases.require_commit(release)
    old_setup = previous_installer(release)
    new_setup = ROOT / "dist" / f"Kense-{VERSION}-setup.exe"
    wine = Wine()
    local = wine.folder("LOCALAPPDATA")
    data = local / "Kense"
    database = data / "kense.sqlite3"
    # The first install went to a folder chosen by hand: the upgrade must find it by itself.
    instdir = wine.prefix / "drive_c" / "Apps" / "Kense"
    default_instdir = local / "Programs" / "Kense"
    cli = instdir / "kense-cli.exe"
    wine.uninstall_and_remove(default_instdir, instdir, data)
    try:
        code, out = wine.run(old_setup, "/S", r"/D=C:\Apps\Kense")
        assert code == 0, out
        assert wine.run(cli, "--version")[1].strip() == f"Kense {release.version}"

        # The old program makes its data: its --restore, fed the demo database that release
        # committed as its schema's fixture (its only ways to write records without a window).
        fixture = tmp_path / f"kense-{release.version}-demo.sqlite3"
        fixture.write_bytes(subprocess.run(
            ["git", "-C", str(ROOT), "show",
             f"{release.commit}:tests/fixtures/db_v{release.schema}.sqlite3"],
            capture_output=True, check=True).stdout)
        # From schema 3 the fixture's audit log is keyed: the PC that holds an office's data
        # holds its office key too (the old program's restore writes a keyed record).
        give_office_key(wine, release, fixture, tmp_path / "keys")
        code, out = wine.run(cli, "--restore", winpath(fixture))
        assert code == 0 and "restored from" in out, out
        before = read_content(database, tmp_path)
        assert before.schema == release.schema
        assert before.cases and before.applicants and before.users and before.audit

        code, out = wine.run(new_setup, "/S")
        assert code == 0, out
        assert wine.run(cli, "--version")[1].strip() == f"Kense {VERSION}"
        assert not default_instdir.exists(), "the new version was installed beside the old one"
        # The whole bundle was replaced: nothing of the old one lingers beside the new files
        # (a stale Qt plugin would break the new Qt; 0.1.0 has no file 0.2.0 lacks, so this
        # guards later releases).
        assert files_under(instdir / "_internal") == files_under(
            ROOT / "dist" / "windows" / "Kense" / "_internal")
        assert wine.registry_value(UNINSTALL_KEY, "DisplayVersion") == VERSION
        assert wine.registry_value(UNINSTALL_KEY, "InstallLocation") == r"C:\Apps\Kense"

        # The new program's first start on the old data folder (the default one, as a clerk
        # starts it): it migrates, then writes the IT person's backup.
        after_backup = tmp_path / "after-upgrade.sqlite3"
        code, out = wine.run(cli, "--backup", winpath(after_backup))
        assert code == 0 and "backup written and verified" in out, out

        after = read_content(database, tmp_path)
        assert after.schema == SCHEMA_VERSION
        assert (after.cases, after.applicants, after.users) == (
            before.cases, before.applicants, before.users)
        assert after.audit[: len(before.audit)] == before.audit  # the old log, unchanged
        migrated_from = sorted((data / "backups").glob("before-migration-*.sqlite3"))
        if before.schema < SCHEMA_VERSION:
            assert [p.name[: len(f"before-migration-v{before.schema}-")]
                    for p in migrated_from] == [f"before-migration-v{before.schema}-"]
            assert read_content(migrated_from[0], tmp_path) == before
        else:
            assert migrated_from == []
        assert read_content(after_backup, tmp_path).cases == before.cases

        kept = {p: sha256(p) for p in (database, *migrated_from)}
        code, out = wine.run(instdir / "uninstall.exe", "/S")
        assert code == 0, out
        assert not (instdir / "kense.exe").exists()
        assert wine.registry_value(UNINSTALL_KEY, "DisplayVersion") is None
        # The uninstaller keeps the database (installer.nsi: unless /DELETEDATA).
        assert {p: sha256(p) for p in kept if p.exists()} == kept
    finally:
        wine.uninstall_and_remove(instdir, default_instdir, data, instdir.parent)
