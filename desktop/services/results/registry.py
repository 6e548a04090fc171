"""The registry of result kinds: for each kind of result (a certificate, a duplicate, a letter
of motivated refusal, a receipt of refused acceptance) what the executor drafts, where the
draft is stored, how it is checked, how it is numbered and which form prints it.

Code asks the registry by kind, never `if service == ...`. A service's TOML names its result
module (`service.result_module`); importing that module registers the service's kinds. The
refusals, which every service can end in, are registered by
`desktop.services.results.kinds.refusals`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.catalogue import CatalogueError, Service
from desktop.services.reference import catalogue

BUILT_IN = ("desktop.services.results.kinds.refusals",
            "desktop.services.results.kinds.hearing_papers")


@dataclass(frozen=True)
class ResultKind:
    code: str
    # The fixed record's content (a snapshot dict) -> the plain data its form prints.
    printable: Callable[[dict], Any]
    # The form that prints it, "module:function", called by the UI as
    # function(data, lang, mark=...); a form that prints on a numbered state blank names
    # that variant too, called as function(data, lang, dx_mm, dy_mm, mark=...).
    form: str
    blank_form: str = ""
    # What the executor fills in: the input dataclass, the table it is kept in, the check
    # that turns it into that table's values (raising InvalidInput), the fields that must be
    # filled before the draft goes to the head, and whether it needs transcript rows.
    draft_type: type | None = None
    model: Any = None
    clean: Callable[[Any, date], dict] | None = None
    required: tuple[str, ...] = ()
    needs_transcript: Callable[[Any], bool] = lambda row: False
    # A number in a book of issued documents given when the head signs: its counter's name.
    book_counter: str = ""
    # The draft a student's archive record gives, "module:function" called as
    # function(ArchiveRecord, lang) -> draft; named, not imported, so that a start loads none
    # of the archive's rules.
    from_archive: str = ""
    # A letter refusing the service, not the document the service gives.
    refusal: bool = False
    # Issued with a verification code (an acceptance refusal is a receipt, not a result).
    sealed: bool = True
    # Printed on numbered strict-accountability blanks: the kinds of blank (each a value of
    # the draft table's `document_kind`, which says which one a draft takes), and the draft
    # fields that hold the blank's series and number (taken from stock at signing).
    blank_kinds: tuple[str, ...] = ()
    blank_fields: tuple[str, str] = ("new_blank_series", "new_blank_number")


_KINDS: dict[str, ResultKind] = {}


def register(kind: ResultKind) -> ResultKind:
    _KINDS[kind.code] = kind
    return kind


def _load() -> None:
    # Imported modules are cached by Python: only a service added since costs anything.
    for module in (*BUILT_IN, *(s.result_module for s in catalogue())):
        importlib.import_module(module)


def check() -> None:
    """At start-up: every service's result module imports and defines each result its TOML
    names, a document with what the executor drafts. CatalogueError names the file and key."""
    for module in BUILT_IN:
        importlib.import_module(module)
    for service in catalogue():
        path = service.source or Path(f"{service.code}.toml")
        try:
            importlib.import_module(service.result_module)
        except Exception as exc:
            raise CatalogueError(path, "service.result_module",
                                 f"cannot load '{service.result_module}': {exc}") from exc
        for code in service.result_documents:
            kind = _KINDS.get(code)
            if kind is None:
                raise CatalogueError(path, "service.result_documents",
                                     f"'{code}' is not defined by {service.result_module}")
            if not kind.refusal and not (kind.draft_type and kind.model and kind.clean):
                raise CatalogueError(path, "service.result_documents",
                                     f"'{code}' lacks its draft, table or checks")


def get(code: str) -> ResultKind:
    _load()
    try:
        return _KINDS[code]
    except KeyError:
        raise LookupError(f"no result kind '{code}' is registered") from None


def document_of(service: Service | str) -> ResultKind:
    """The document a service gives (the first result of its TOML that is not a refusal)."""
    if isinstance(service, str):
        service = catalogue()[service]
    for code in service.result_documents:
        kind = get(code)
        if not kind.refusal:
            return kind
    raise LookupError(f"service '{service.code}' names no document among its results")


def all_kinds() -> list[ResultKind]:
    _load()
    return list(_KINDS.values())


def book_kinds() -> list[ResultKind]:
    """Kinds entered in a book of issued documents (the book of duplicates)."""
    return [k for k in all_kinds() if k.book_counter]


def blank_kinds() -> tuple[str, ...]:
    """Every kind of strict-accountability blank some result prints on, in registry order."""
    _load()
    seen: dict[str, None] = {}
    for kind in _KINDS.values():
        seen.update(dict.fromkeys(kind.blank_kinds))
    return tuple(seen)


def draft_models() -> list:
    """The tables drafts are kept in, of every result the catalogue's services give, by table
    name (a kind registered by a service no longer in the catalogue has no table to read)."""
    _load()
    models = {}
    for service in catalogue():
        for code in service.result_documents:
            kind = _KINDS.get(code)
            if kind is not None and kind.model is not None:
                models[kind.model._meta.table_name] = kind.model
    return [models[name] for name in sorted(models)]
