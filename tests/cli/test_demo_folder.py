"""`kense --demo` works in a folder of its own and leaves nothing behind: its database, log
and office key go when the window closes."""

from pathlib import Path

import desktop.ui.app
from desktop.__main__ import main


def test_the_demos_folder_is_gone_once_its_window_closes(monkeypatch, tmp_path):
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # where mkdtemp makes the demo's folder
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    seen = {}

    def window(data_dir, location, **kwargs):
        seen["folder"] = Path(data_dir)
        seen["files"] = sorted(p.name for p in Path(data_dir).iterdir())
        return 0

    monkeypatch.setattr(desktop.ui.app, "run_gui", window)
    assert main(["--demo"]) == 0
    folder = seen["folder"]
    assert folder.parent == tmp_path and folder.name.startswith("kense-demo-")
    assert "kense.sqlite3" in seen["files"]  # the demo ran on a database of its own there
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []
