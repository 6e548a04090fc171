"""The office clock the `clock` fixture installs: the services' notion of 'now'."""

from __future__ import annotations

from datetime import datetime


class OfficeClock:
    """The services' notion of 'now', moved by the test."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment
