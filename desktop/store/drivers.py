"""The PostgreSQL driver, imported only when a server is used.

peewee and playhouse import every database driver they can find when they are themselves
imported. psycopg2 brings libpq and its SSL libraries (≈ 14 ms and ≈ 10 MiB), which a PC on
its own SQLite file never needs before its first window, or at all. So, until a server URL is
opened, an import of psycopg2 *by peewee or playhouse* finds nothing (they are written to
work without it); our own code, and `use_postgres_driver()`, import it as usual and hand it
to peewee as peewee would have set it up itself.
"""

from __future__ import annotations

import sys

_DRIVERS = ("psycopg2", "psycopg2cffi")
_LIBRARIES = ("peewee", "playhouse")
_enabled = False


def _importer_name() -> str:
    """The module whose `import` statement is being served (importlib's own frames skipped)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith("<frozen importlib"):
        frame = frame.f_back
    return frame.f_globals.get("__name__", "") if frame is not None else ""


class _HideDriverFromPeewee:
    """A meta-path finder: refuses the driver to peewee's own module-level imports."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if _enabled or name.partition(".")[0] not in _DRIVERS:
            return None
        if _importer_name().partition(".")[0] in _LIBRARIES:
            raise ModuleNotFoundError(f"{name} is imported when a server is used", name=name)
        return None

    @staticmethod
    def invalidate_caches() -> None:
        pass


def install() -> None:
    """Before peewee is imported (desktop/__init__.py), so that no import order defeats it."""
    if not any(isinstance(f, _HideDriverFromPeewee) for f in sys.meta_path):
        sys.meta_path.insert(0, _HideDriverFromPeewee())


def use_postgres_driver() -> None:
    """Import psycopg2 and give peewee what its own import would have given it. A no-op when
    peewee already has it (imported before `install`, or a second server URL)."""
    global _enabled
    _enabled = True
    import peewee

    if peewee.psycopg2 is not None:
        return
    import psycopg2
    from psycopg2 import extensions, extras

    # What peewee does at import when psycopg2 is there (peewee 3.17–4.x: peewee.py's
    # driver imports and Psycopg2Adapter's class attributes; playhouse.postgres_ext's hstore).
    extras.register_uuid()
    peewee.psycopg2 = psycopg2
    peewee.pg_extensions = extensions
    peewee.pg_register_uuid = extras.register_uuid
    peewee.Json_pg2 = extras.Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
    postgres_ext = sys.modules.get("playhouse.postgres_ext")
    if postgres_ext is not None:
        postgres_ext.register_hstore = extras.register_hstore
