"""Kense: the office of a TVE college running two state services."""

from desktop.store import drivers as _drivers

__version__ = "0.4.0"

# A SQLite PC must not load the PostgreSQL driver at start (see desktop/store/drivers.py).
_drivers.install()
