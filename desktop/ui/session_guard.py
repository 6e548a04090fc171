"""A use case refused because the session is over (signed out on another PC, the password was
reset, the account was locked, disabled or given another role, or the PC stayed idle too
long): the main window is told once, keeps what was typed, and goes back to the sign-in.

`messages.show_error` and `messages.error_text` report such refusals here, so every place that
shows an error takes part without knowing about it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QTimer

from desktop.services.accounts.session import is_session_over

__all__ = ["forget", "is_session_over", "listen", "report"]

Listener = Callable[[BaseException], None]
# Weak: a main window that was deleted without closing (tests) is not called.
_listeners: list[weakref.WeakMethod] = []


def _live() -> list[Listener]:
    _listeners[:] = [ref for ref in _listeners if ref() is not None]
    return [ref() for ref in _listeners]


def listen(callback: Listener) -> None:
    """The signed-in main window asks to hear of a session that is over."""
    if callback not in _live():
        _listeners.append(weakref.WeakMethod(callback))


def forget(callback: Listener) -> None:
    _listeners[:] = [ref for ref in _listeners if ref() is not None and ref() != callback]


def report(exc: BaseException) -> bool:
    """If `exc` means the session is over and a main window listens, tell it (from the event
    loop, after the caller has returned) and return True."""
    if not is_session_over(exc):
        return False
    listeners = [weakref.WeakMethod(cb) for cb in _live()]
    if not listeners:
        return False

    def tell() -> None:
        for ref in listeners:
            callback = ref()
            if callback is not None:
                callback(exc)

    QTimer.singleShot(0, tell)
    return True
