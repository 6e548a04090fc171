"""Blanks in stock for tests that sign duplicates: since schema 5 a duplicate is signed only
onto a strict-accountability blank the admin recorded as received."""

from __future__ import annotations

from datetime import date


def receive(admin, series: str = "ТКБ-Д", first: str = "0000777", last: str = "0000799",
            kind: str = "diploma", received_on: date = date(2026, 2, 27),
            document: str = "Жүкқұжат № 12"):
    from desktop.services import blanks

    return blanks.record_batch(admin, blanks.BatchInput(
        kind=kind, series=series, first_number=first, last_number=last,
        received_on=received_on, receipt_document=document))


def stock_once(admin, series: str = "ТКБ-Д") -> None:
    """The office's batch of duplicate blanks 0000777-0000799, recorded once per database."""
    from desktop.store.blank_models import BlankBatch

    if not BlankBatch.select().where(BlankBatch.series == series).exists():
        receive(admin, series=series)
