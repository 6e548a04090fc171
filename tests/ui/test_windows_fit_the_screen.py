"""Every window and dialog of the interface fits the room a 1366×768 screen leaves above the
Windows taskbar, in Kazakh and in Russian: its frame lies within the screen's available
geometry, so its buttons at the bottom can be clicked.

The windows are found by walking desktop/ui (tests/support/windows.py): a new dialog fails
`test_every_window_is_opened_by_the_fit_test` until the fit test opens it too. The fit test
itself needs a screen of that size, which Qt's offscreen platform makes from a JSON file
given when the application starts; so it runs in a pytest of its own, started by
`test_every_window_fits_1366x768`. Set KENSE_SCREEN_SHOTS to a folder to keep each window's
picture.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.windows import window_builders, window_classes

# 1366×768 less the 40 px of Windows' taskbar: the room a window has.
WIDTH, HEIGHT = 1366, 728
# Windows 10's frame around a window's content: the title bar (31 px) and 8 px borders. The
# offscreen platform draws 2 px, so the test adds the difference itself.
TITLE_BAR, BORDER = 31, 8
INNER = "KENSE_SCREEN_1366"
ROOT = Path(__file__).resolve().parents[2]


def test_every_window_is_opened_by_the_fit_test():
    opened = {name.split(":")[0] for name in window_builders()}
    assert window_classes() - opened == set()


@pytest.mark.timeout(600)
def test_every_window_fits_1366x768(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
        "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", **{INNER: "1"})
    run = subprocess.run(
        [sys.executable, "-m", "pytest", str(Path(__file__)), "-q", "-p", "no:cacheprovider",
         "-k", "one_window_fits or editor_shows or filters_show", "-x"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=540)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]


@pytest.mark.skipif(not os.environ.get(INNER), reason="run by test_every_window_fits_1366x768")
@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("name", sorted(window_builders()))
def test_one_window_fits(qtbot, staff, clock, tmp_path, name, lang, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n
    from support.dialogs import record_dialogs

    record_dialogs(monkeypatch)
    i18n.install(lang)
    screen = QApplication.primaryScreen()
    room = screen.availableGeometry()
    assert (room.width(), room.height()) == (WIDTH, HEIGHT)
    window = window_builders()[name](staff, tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    inside = window.geometry()
    frame = inside.adjusted(-BORDER, -TITLE_BAR, BORDER, BORDER)
    frame.moveTo(max(frame.x(), 0), max(frame.y(), 0))
    shots = os.environ.get("KENSE_SCREEN_SHOTS")
    if shots:
        window.grab().save(str(Path(shots) / f"{name.replace(':', '_')}_{lang}.png"))
    assert room.contains(frame), (
        f"{name} ({lang}) is {frame.width()}×{frame.height()} at {frame.x()},{frame.y()}; "
        f"the screen has {room.width()}×{room.height()}")


@pytest.mark.skipif(not os.environ.get(INNER), reason="run by test_every_window_fits_1366x768")
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_executors_editor_shows_every_field_whole(qtbot, staff, clock, lang, monkeypatch):
    """Specialty, qualification, the grid and the next blank's hint on the laptop's screen."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    from desktop.services.cases import registration, steps
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow
    from support.applications import make_application
    from support.blank_stock import receive
    from support.dialogs import record_dialogs

    record_dialogs(monkeypatch)
    i18n.install(lang)
    receive(staff["admin"])
    for service in ("duplicate", "certificate"):
        case = registration.register(staff["clerk"], make_application(service))
        steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    window = MainWindow(staff["executor"], "/data/kense.sqlite3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.centralWidget()
    for row in (0, 1):
        workspace.assignments.view.selectRow(row)
        QApplication.processEvents()
        editor = workspace.editors.currentWidget()
        view = editor.fields_scroll.viewport()
        seen = QRect(QPoint(0, 0), view.size())
        shown = [*editor.widgets.values(), *editor.labels.values()]
        if hasattr(editor, "next_blank"):
            assert "0000777" in editor.next_blank.text()
            shown.append(editor.next_blank)
        for widget in shown:
            place = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
            assert seen.contains(place), f"{type(editor).__name__}: {widget.objectName()} cut"
            if hasattr(widget, "heightForWidth") and widget.heightForWidth(widget.width()) > 0:
                assert widget.height() >= widget.heightForWidth(widget.width())
        # A name of a specialty or a qualification as long as the classifier's, shown whole.
        for field in ("qualification",):
            edit = editor.widgets[field]
            text = "4S06130105 Ақпараттық жүйелердің техник-бағдарламашысы"
            assert edit.fontMetrics().horizontalAdvance(text) < edit.contentsRect().width()
        assert editor.transcript.table.viewport().height() >= 3 * 24  # three rows at least


@pytest.mark.skipif(not os.environ.get(INNER), reason="run by test_every_window_fits_1366x768")
@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("role", ["clerk", "head", "executor"])
def test_the_registry_filters_show_their_texts_whole(qtbot, staff, clock, lang, role):
    """"Түсудің барлық жолдары" and the period's label, not clipped, in every role's list."""
    from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel

    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workspaces.registry import RegistryPanel

    i18n.install(lang)
    window = MainWindow(staff[role], "/data/kense.sqlite3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = window.findChild(RegistryPanel)
    tabs = panel.parentWidget()
    while tabs is not None and not hasattr(tabs, "setCurrentWidget"):
        tabs = tabs.parentWidget()
    if tabs is not None:
        tabs.setCurrentWidget(panel if tabs.indexOf(panel) >= 0 else tabs.currentWidget())
    QApplication.processEvents()
    for combo in (panel.service, panel.state, panel.channel):
        assert isinstance(combo, QComboBox)
        # The text's room: the box less its arrow (about 20 px) and margins.
        room = combo.width() - 28
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room, (
            combo.currentText())
    for label in (panel.period, panel.count_label):
        assert isinstance(label, QCheckBox | QLabel)
        assert label.width() >= label.sizeHint().width(), label.text()
