"""Qt widgets of Kense."""

from desktop import qt_guard  # noqa: F401  (before any widget exists: see the module)
