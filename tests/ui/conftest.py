"""Fixtures of the screens' tests."""

from __future__ import annotations

import pytest

from support.dialogs import record_dialogs


@pytest.fixture
def shown(monkeypatch):
    """Message boxes, questions and PDF previews recorded instead of shown (questions answered
    Yes unless the test sets `shown.answer`)."""
    return record_dialogs(monkeypatch)


@pytest.fixture(autouse=True)
def _background_work_ends_with_its_test():
    """Work a test started on the thread pool ends within that test: left running, it would
    take the pool's threads (two on a 2-core machine) from the next test, whose own work then
    runs late, after that test has put back what it patched."""
    yield
    from PySide6.QtCore import QCoreApplication, QThreadPool

    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(30_000)
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()  # the results' callbacks, queued to the GUI thread
    assert finished, (f"{pool.activeThreadCount()} background tasks still running 30 s after "
                      "the test")
