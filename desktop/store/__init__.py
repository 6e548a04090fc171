"""Persistence: peewee models, the connection, numbered migrations and backups."""

from desktop.store import drivers as _drivers

# Before any module of the store imports peewee: a SQLite PC must not load the PostgreSQL
# driver (see desktop/store/drivers.py). The program's start installs it first of all, too.
_drivers.install()
