"""The programs users get: the --smoke self-check, the Linux bundle and the Windows installer.

The two bundle tests are slow (minutes): they run build/linux_bundle.sh and
build/windows/build.sh, which freeze Kense with PyInstaller from app.spec and run the frozen
program's --smoke; the Windows one does it under Wine, then installs, smoke-runs and uninstalls
the NSIS installer. Here we check what they leave behind, independently of the scripts' own
checks: every form of the sources, in both languages, written by the frozen program as a
readable PDF.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import smoke
from desktop.forms.samples import render_samples

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


def run_script(script: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        ["bash", str(script)],
        cwd=ROOT,
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


@pytest.mark.slow
@pytest.mark.skipif(not can_build_windows(), reason="needs Wine and NSIS, or root on Debian")
def test_windows_installer_is_built_and_its_program_runs_under_wine():
    result = run_script(ROOT / "build" / "windows" / "build.sh", timeout=45 * 60)
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
        "program and database removed",
    ):
        assert step in result.stdout
