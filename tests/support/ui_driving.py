"""Driving the workspaces as a user would, offscreen: clicks, typing key by key, a modal dialog
worked while its exec() runs, a workspace shown at a laptop's size."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.services.cases import queries
from desktop.ui.workspaces import build_workspace
from desktop.ui.workspaces.registration import RegistrationDialog

IIN = "950815400014"  # Қасымова Әйгерім, born 15.08.1995 (support.applications' applicant)


def drive_modal(qtbot, action, driver) -> None:
    """Click `action` (which opens a modal dialog) and let `driver(dialog)` work the dialog.
    The dialog is looked for every 10 ms for at most ten seconds, and never after `action`
    has returned: a dialog that does not open fails this test, not a later one."""
    seen = []
    deadline = time.monotonic() + 10
    poll = QTimer()
    poll.setInterval(10)

    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not open yet: look again shortly, until the deadline
            if time.monotonic() > deadline:
                poll.stop()
            return
        poll.stop()
        seen.append(dialog)
        driver(dialog)

    poll.timeout.connect(run)
    poll.start()
    try:
        action()
    finally:
        poll.stop()
    assert seen, "the dialog never opened within 10 s"


def type_text(widget, text: str) -> None:
    """Type as a keyboard would: one key press per character (QTest's keyClicks only knows
    ASCII, and names here carry ә ғ қ ң ө ұ ү һ і)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"button {button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def workspace(qtbot, session):
    widget = build_workspace(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def fill_applicant(qtbot, dialog: RegistrationDialog, *, tick=("application", "identity")):
    QApplication.processEvents()  # a rebuilt checklist shows its new boxes on the next pass
    type_text(dialog.iin, IIN)
    type_text(dialog.surname, "Қасымова")
    type_text(dialog.first_name, "Әйгерім")
    type_text(dialog.patronymic, "Ғалымқызы")
    type_text(dialog.phone, "+7 701 123 45 67")
    for code in tick:
        click(qtbot, dialog.checklist.presented[code])


def select(view, row: int = 0) -> None:
    view.selectRow(row)


def current(session, case_id):
    return queries.get_case(session, case_id)
