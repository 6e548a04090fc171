"""Fixtures of the screens' tests."""

from __future__ import annotations

import pytest

from support.dialogs import record_dialogs


@pytest.fixture
def shown(monkeypatch):
    """Message boxes, questions and PDF previews recorded instead of shown (questions answered
    Yes unless the test sets `shown.answer`)."""
    return record_dialogs(monkeypatch)
