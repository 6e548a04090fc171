"""Background work: run a function on the thread pool, get its result on the GUI thread.

As in Picard: `run_task(func, on_done)`; the callbacks are delivered by a queued signal of a
QObject living in the GUI thread, so they may touch widgets.

The database connection is peewee's, one per thread; a task that writes goes through the
services, which take the write lock themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("kense.tasks")


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits its signals, the slots run in the GUI thread
    (the receiver's thread decides: the connection is queued across threads)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done, on_error) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        _pending.discard(self)
        if self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        _pending.discard(self)
        self._on_error(exc)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.func = func
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # every failure must reach the user
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)
        finally:
            _close_thread_connection()


def _close_thread_connection() -> None:
    """peewee opens one connection per thread: close the worker's so files are released."""
    try:
        from desktop.services.accounts.session import release_thread_connection

        release_thread_connection()
    except Exception:  # best effort: the pool thread lives on
        log.debug("closing the worker's connection failed", exc_info=True)


# Relays stay referenced until their task has reported.
_pending: set[_Relay] = set()


def _default_error(parent: QWidget | None) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        from desktop.ui.messages import show_error

        show_error(parent, exc)

    return show


def run_task(
    func: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QWidget | None = None,
) -> None:
    """Run `func()` on the global thread pool; call `on_done(result)` or `on_error(exc)` on the
    GUI thread. Without `on_error`, the error is shown to the user in a message box."""
    relay = _Relay(on_done, on_error or _default_error(parent))
    app = QCoreApplication.instance()
    if app is not None and relay.thread() is not app.thread():
        relay.moveToThread(app.thread())
    _pending.add(relay)
    QThreadPool.globalInstance().start(_Task(func, relay))


class _Steps(QObject):
    """Carries a worker's (done, total) to the progress bar in the GUI thread."""

    moved = Signal(int, int)


def run_with_progress(parent: QWidget | None, title: str, func: Callable[..., Any], *,
                      steps: bool = False) -> Any:
    """Run `func()` off the GUI thread while a modal progress dialog is shown; return its
    result or raise its exception. The GUI stays responsive (it repaints) meanwhile. With
    `steps`, `func(progress)` reports `progress(done, total)` and the bar shows it."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(title)
    dialog.setRange(0, 0)  # busy indicator until (or unless) the work reports its steps
    if steps:
        relay = _Steps()

        def show(done: int, total: int) -> None:
            dialog.setRange(0, max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        relay.moved.connect(show)
        work = func
        func = lambda: work(relay.moved.emit)  # noqa: E731
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    dialog.show()
    run_task(func, done, failed, parent)
    if not outcome:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")
