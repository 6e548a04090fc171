"""After a whole workflow, no IIN and no password is found in any log file."""

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from desktop.logging_setup import install_excepthook, setup_logging
from desktop.services.accounts import users
from desktop.services.cases import registration, steps
from desktop.services.cases.inputs import IssueInput
from desktop.ui import messages
from support.applications import make_application
from support.hearing_road import refuse_after_hearing
from support.users import PASSWORD


def test_logs_hold_no_iin_and_no_password(qapp, staff, clock, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Ok)
    # DEBUG on purpose: peewee then logs every SQL statement with its parameters.
    log_path = setup_logging(tmp_path, level=logging.DEBUG)
    old_hook = sys.excepthook
    try:
        install_excepthook(lambda exc: messages.show_error(None, exc))
        app = make_application("duplicate", "office")
        iin = app.applicant.iin
        session = users.login("clerk", PASSWORD)
        case = registration.register(session, app)
        case = refuse_after_hearing(staff["head"], session, case, f"ЖСН {iin} мұрағатта жоқ")
        steps.issue(session, case.id, case.version,
                    IssueInput("applicant", "Қасымова Әйгерім", f"ЖК, ЖСН {iin}"))
        try:
            users.login("clerk", PASSWORD + "-wrong")
        except Exception as exc:
            logging.getLogger("kense").info("sign-in refused: %s", exc)
        try:
            raise RuntimeError(f"unexpected trouble with applicant {iin}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_kense", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
        logging.getLogger().setLevel(logging.WARNING)
    text = "".join(p.read_text(encoding="utf-8") for p in log_path.parent.glob("*.log*"))
    assert "unexpected trouble with applicant" in text  # the log really was written
    assert "SELECT" in text  # ...including peewee's statements with their parameters
    assert iin not in text
    assert PASSWORD not in text
