"""Schema step 5: electronic signatures and strict-accountability blanks, each from its module."""

from __future__ import annotations

from peewee import Database

from desktop.store.migrations.step5_blanks import create_blanks
from desktop.store.migrations.step5_esign import create_esign


def esign_and_blanks(db: Database) -> None:
    """Electronic signatures of results (the college's BIN, signed files, NCA certificates) and
    the strict-accountability blanks (batches received, one row per blank)."""
    create_esign(db)
    create_blanks(db)
