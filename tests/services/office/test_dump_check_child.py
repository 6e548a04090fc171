"""The restore check's child process is this very program: `python -m desktop` from a source
tree, and in the Windows bundle its console program kense-cli.exe (the windowed kense.exe has
no stdout to answer on)."""

import sys

from desktop.services.office.server import dump_check


def test_from_source_the_check_runs_python_m_desktop():
    assert dump_check.child_command() == [sys.executable, "-m", "desktop", "--check-database"]


def test_in_the_bundle_the_check_runs_the_console_program(tmp_path, monkeypatch):
    (tmp_path / "kense.exe").write_bytes(b"")
    (tmp_path / "kense-cli.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "kense.exe"))
    assert dump_check.child_command() == [str(tmp_path / "kense-cli.exe"), "--check-database"]
