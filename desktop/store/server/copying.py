"""Copying a whole office from its SQLite file into an empty PostgreSQL database, and the
measures that tell the copy equals its source (row count and content digest, table by table).

The tables are found by walking every model the store defines (every module of
desktop/store/models), never a hand list that a new table could miss; and a source file that
holds a table none of them describes is refused rather than copied in part.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
from datetime import date, datetime, time
from decimal import Decimal

from peewee import AutoField, Database, sort_models

from desktop.store import models as models_package
from desktop.store.errors import StoreError
from desktop.store.models import BaseModel, Setting, WriteLock

BATCH = 500
OFFICE_ID_KEY = "office_id"  # desktop/services/accounts/office_key.py keeps the office id here


def every_model(extra=()) -> list:
    """Every table model of desktop/store/models (and `extra`: the draft tables of result
    kinds registered by a service's own module), in an order that inserts a row's references
    before it."""
    modules = [models_package]
    for info in pkgutil.iter_modules(models_package.__path__):
        modules.append(importlib.import_module(f"{models_package.__name__}.{info.name}"))
    found: dict[str, type[BaseModel]] = {}
    for module in modules:
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, BaseModel) and value is not BaseModel
                    and value.__module__ == module.__name__):
                found[value._meta.table_name] = value
    for model in extra:
        found.setdefault(model._meta.table_name, model)
    return sort_models(found.values())


def model_tables(extra=()) -> set[str]:
    return {m._meta.table_name for m in every_model(extra)}


def source_tables(db: Database) -> set[str]:
    """The tables of a SQLite database, SQLite's own (sqlite_sequence...) left out."""
    return {name for name in db.get_tables() if not name.startswith("sqlite_")}


def check_source(db: Database, extra=()) -> None:
    """Refuse a source holding a table Kense does not describe: it would be left behind."""
    unknown = sorted(source_tables(db) - model_tables(extra))
    if unknown:
        raise StoreError("move_unknown_tables",
                         f"This PC's database holds tables this Kense does not know "
                         f"({', '.join(unknown)}); nothing was moved.", tables=", ".join(unknown))


def server_office(db: Database, extra=()) -> str | None:
    """What the server holds: None when it is empty (no tables, or Kense's tables with no
    office set up in them), else the office id it holds ("" when it has records but no id).
    A database with tables that are not Kense's is refused."""
    tables = set(db.get_tables())
    if not tables:
        return None
    foreign = sorted(tables - model_tables(extra))
    if foreign:
        raise StoreError("server_not_empty",
                         f"The server database holds tables that are not Kense's "
                         f"({', '.join(foreign[:5])}); use an empty database.")
    ours = [m for m in every_model(extra) if m._meta.table_name in tables]
    with db.bind_ctx(ours):
        if Setting in ours:
            row = Setting.get_or_none(Setting.key == OFFICE_ID_KEY)
            if row is not None:
                return row.value
        for model in ours:
            if model._meta.table_name in ("schema_version", "write_lock"):
                continue
            if model.select().exists():
                return ""
        if WriteLock in ours and WriteLock.select().where(WriteLock.audit_count > 0).exists():
            return ""
    return None


def copy_everything(source: Database, target: Database, extra=()) -> dict[str, int]:
    """In ONE transaction on the target: drop the (empty) Kense tables there, create every
    table, copy every row with its id, set each id sequence past the moved ids. Returns the rows
    copied per table. Anything failing rolls the whole of it back: the server stays as it was."""
    models = every_model(extra)
    copied: dict[str, int] = {}
    with target.bind_ctx(models), target.atomic():
        target.drop_tables(models, safe=True, cascade=True)
        target.create_tables(models)
        for model in models:
            fields = model._meta.sorted_fields
            batch: list[tuple] = []
            count = 0
            for row in _rows(model, source):
                batch.append(row)
                if len(batch) >= BATCH:
                    model.insert_many(batch, fields=fields).execute(target)
                    count += len(batch)
                    batch = []
            if batch:
                model.insert_many(batch, fields=fields).execute(target)
                count += len(batch)
            copied[model._meta.table_name] = count
            _set_sequence(target, model)
    return copied


def _set_sequence(db: Database, model: type[BaseModel]) -> None:
    pk = model._meta.primary_key
    if not isinstance(pk, AutoField):
        return
    table, column = model._meta.table_name, pk.column_name
    db.execute_sql(
        f'SELECT setval(pg_get_serial_sequence(%s, %s), '
        f'(SELECT COALESCE(MAX("{column}"), 0) FROM "{table}") + 1, false)',
        (f'"{table}"', column))


def drop_everything(db: Database, extra=()) -> None:
    """Empty the server again (a move whose check failed after its commit)."""
    models = every_model(extra)
    with db.bind_ctx(models), db.atomic():
        db.drop_tables(models, safe=True, cascade=True)


def _rows(model: type[BaseModel], db: Database):
    pk = model._meta.primary_key
    order = [pk] if pk is not None and not isinstance(pk, bool) else model._meta.sorted_fields
    query = model.select(*model._meta.sorted_fields).order_by(*order).tuples()
    return query.iterator(db)


def _plain(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    if isinstance(value, Decimal):
        return str(value)
    return str(value)


def table_measures(db: Database, extra=()) -> dict[str, tuple[int, str]]:
    """Every table's row count and the SHA-256 of its rows (in id order, every column, values
    as read through the model), for comparing a copy with its source across backends."""
    measures = {}
    present = set(db.get_tables())
    for model in every_model(extra):
        if model._meta.table_name not in present:
            continue
        digest = hashlib.sha256()
        count = 0
        for row in _rows(model, db):
            digest.update(json.dumps([_plain(v) for v in row], ensure_ascii=False).encode())
            digest.update(b"\n")
            count += 1
        measures[model._meta.table_name] = (count, digest.hexdigest())
    return measures
