"""The service catalogue: each state service described as data in resources/services/*.toml.

A third service should need a new file (and its form), not new control flow.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.bilingual import LANGUAGES, Text
from desktop.domain.calendar import OFFICE_MINUTES_PER_DAY
from desktop.domain.errors import DomainError
from desktop.domain.refusal_rules import HearingRule, RefusalGround, read_grounds, read_hearing

ROLES = ("clerk", "head", "executor", "admin")
CHANNELS = ("office", "state_corp", "portal", "home_visit")
# Conditions under which a document is required; evaluated by `Service.required_documents`.
CONDITIONS = ("always", "name_changed_or_damaged")
STEP_CODES = ("register", "assign", "draft", "sign", "issue")
RESULT_FORMS = ("paper", "electronic")
# The result kind of a letter of motivated refusal (named in result_documents when allowed).
MOTIVATED_REFUSAL = "motivated_refusal"
MODULE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")


class CatalogueError(DomainError):
    """A service file is missing, malformed, or lacks a key: names the file and the key."""

    def __init__(self, path: Path, key: str, problem: str) -> None:
        super().__init__("catalogue_invalid", f"{path.name}: key '{key}': {problem}",
                         file=str(path), key=key, problem=problem)
        self.path = path
        self.key = key


@dataclass(frozen=True)
class Document:
    code: str
    required: str
    channels: tuple[str, ...]
    name: Text


@dataclass(frozen=True)
class Step:
    code: str
    role: str
    name: Text
    norm_minutes: int = 0
    norm_working_days: int = 0

    @property
    def norm_office_minutes(self) -> int:
        """The norm in office minutes: a working day is the 480 minutes of office time."""
        return self.norm_minutes + self.norm_working_days * OFFICE_MINUTES_PER_DAY


@dataclass(frozen=True)
class Service:
    code: str
    reg_prefix: str
    name: Text
    short_name: Text
    channels: tuple[str, ...]
    documents: tuple[Document, ...]
    # The desk refuses to accept an application on these (the refusal receipt); after
    # acceptance the service itself may be refused only on the law's grounds, after a hearing.
    acceptance_refusal_grounds: tuple[RefusalGround, ...]
    service_refusal_grounds: tuple[RefusalGround, ...]
    steps: tuple[Step, ...]
    result_forms: tuple[str, ...]
    # The kinds of result the service ends in (the document first), and the module that
    # registers the service's kinds in the services' result registry.
    result_documents: tuple[str, ...]
    result_module: str
    motivated_refusal: bool
    # What each of its results is called (a duplicate, a letter of motivated refusal ...).
    result_names: dict[str, Text] = field(default_factory=dict, compare=False)
    term_working_days: int | None = None
    source: Path | None = None  # the file it was read from, for messages about it
    state_corp_storage_months: int = 1
    state_corp_send_back_working_days: int = 1
    hearing: HearingRule | None = None
    _steps_by_code: dict[str, Step] = field(default_factory=dict, compare=False, repr=False)

    def step(self, code: str) -> Step:
        return self._steps_by_code[code]

    @property
    def asks_reason(self) -> bool:
        """Whether registration asks if the document was lost or damaged (and whether the
        name changed): so when a document is required only in those cases."""
        return any(d.required == "name_changed_or_damaged" for d in self.documents)

    def required_documents(
        self, channel: str, *, damaged: bool = False, name_changed: bool = False
    ) -> list[Document]:
        """The documents the applicant must present on this channel in this situation."""
        wanted = []
        for doc in self.documents:
            if channel not in doc.channels:
                continue
            if doc.required == "name_changed_or_damaged" and not (damaged or name_changed):
                continue
            wanted.append(doc)
        return wanted

    def document(self, code: str) -> Document:
        for doc in self.documents:
            if doc.code == code:
                return doc
        raise KeyError(code)


@dataclass(frozen=True)
class PackageCheck:
    """What is wrong with the presented package; empty lists mean it can be accepted."""

    missing: tuple[Document, ...]
    expired: tuple[Document, ...]

    @property
    def complete(self) -> bool:
        return not self.missing and not self.expired

    @property
    def grounds(self) -> tuple[str, ...]:
        grounds = []
        if self.missing:
            grounds.append("incomplete_package")
        if self.expired:
            grounds.append("expired_documents")
        return tuple(grounds)


def check_package(
    service: Service,
    channel: str,
    presented: set[str],
    expired: set[str] = frozenset(),
    *,
    damaged: bool = False,
    name_changed: bool = False,
) -> PackageCheck:
    required = service.required_documents(channel, damaged=damaged, name_changed=name_changed)
    missing = tuple(d for d in required if d.code not in presented)
    stale = tuple(d for d in required if d.code in presented and d.code in expired)
    return PackageCheck(missing=missing, expired=stale)


class _Reader:
    """Reads typed values out of parsed TOML, failing with the file and the dotted key."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, key: str, problem: str) -> CatalogueError:
        return CatalogueError(self.path, key, problem)

    def get(self, table: dict, key: str, prefix: str, kind: type, default=None, required=True):
        full = f"{prefix}.{key}" if prefix else key
        if key not in table:
            if required:
                raise self.fail(full, "is missing")
            return default
        value = table[key]
        if kind is int and isinstance(value, bool):
            raise self.fail(full, "must be a whole number")
        if not isinstance(value, kind):
            raise self.fail(full, f"must be {kind.__name__}, not {type(value).__name__}")
        return value

    def text(self, table: dict, prefix: str) -> Text:
        values = {}
        for lang in LANGUAGES:
            value = self.get(table, lang, prefix, str)
            if not value.strip():
                raise self.fail(f"{prefix}.{lang}", "is empty")
            values[lang] = value
        return Text(**values)

    def str_list(self, table: dict, key: str, prefix: str, allowed: tuple[str, ...]) -> tuple:
        values = self.get(table, key, prefix, list)
        for value in values:
            if value not in allowed:
                raise self.fail(f"{prefix}.{key}", f"unknown value '{value}'")
        return tuple(values)


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogueError(path, "-", "file not found") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CatalogueError(path, "-", f"not valid TOML: {exc}") from exc


def load_service(path: Path) -> Service:
    reader = _Reader(path)
    data = _read(path)

    head = reader.get(data, "service", "", dict)
    channels = reader.str_list(head, "channels", "service", CHANNELS)
    documents = []
    for i, raw in enumerate(reader.get(data, "documents", "", list)):
        prefix = f"documents[{i}]"
        required = reader.get(raw, "required", prefix, str)
        if required not in CONDITIONS:
            raise reader.fail(f"{prefix}.required", f"unknown condition '{required}'")
        documents.append(
            Document(
                code=reader.get(raw, "code", prefix, str),
                required=required,
                channels=reader.str_list(raw, "channels", prefix, channels),
                name=reader.text(raw, prefix),
            )
        )
    desk_grounds = read_grounds(reader, data, "acceptance_refusal_grounds", with_basis=False)
    service_grounds = read_grounds(reader, data, "service_refusal_grounds", with_basis=True)
    steps = []
    for i, raw in enumerate(reader.get(data, "steps", "", list)):
        prefix = f"steps[{i}]"
        code = reader.get(raw, "code", prefix, str)
        if code not in STEP_CODES:
            raise reader.fail(f"{prefix}.code", f"unknown step '{code}'")
        role = reader.get(raw, "role", prefix, str)
        if role not in ROLES:
            raise reader.fail(f"{prefix}.role", f"unknown role '{role}'")
        minutes = reader.get(raw, "norm_minutes", prefix, int, 0, required=False)
        days = reader.get(raw, "norm_working_days", prefix, int, 0, required=False)
        if minutes < 0 or days < 0 or minutes + days == 0:
            raise reader.fail(prefix, "needs a positive norm_minutes or norm_working_days")
        steps.append(Step(code, role, reader.text(raw, prefix), minutes, days))
    step_codes = [s.code for s in steps]
    if step_codes != list(STEP_CODES):
        raise reader.fail("steps", f"must be {', '.join(STEP_CODES)} in this order")

    results = tuple(reader.get(head, "result_documents", "service", list))
    motivated = reader.get(head, "motivated_refusal", "service", bool)
    if not results or not all(isinstance(r, str) and r for r in results):
        raise reader.fail("service.result_documents", "must name at least one result kind")
    if motivated != (MOTIVATED_REFUSAL in results):
        raise reader.fail("service.result_documents",
                          f"must include '{MOTIVATED_REFUSAL}' exactly when motivated_refusal"
                          " is true")
    named = reader.get(data, "results", "", dict)
    names = {code: reader.text(reader.get(named, code, "results", dict), f"results.{code}")
             for code in results}
    module = reader.get(head, "result_module", "service", str)
    if not MODULE_NAME.fullmatch(module):
        raise reader.fail("service.result_module", f"'{module}' is not a module name")
    hearing = read_hearing(reader, data)
    if motivated and (not service_grounds or hearing is None):
        raise reader.fail("service_refusal_grounds",
                          "a service with a motivated refusal needs the law's grounds for "
                          "refusing it and the [hearing] that comes before the refusal")
    forms = reader.str_list(head, "result_forms", "service", RESULT_FORMS)
    term = reader.get(head, "term_working_days", "service", int, None, required=False)
    if term is not None and term <= 0:
        raise reader.fail("service.term_working_days", "must be positive")
    service = Service(
        code=reader.get(head, "code", "service", str),
        reg_prefix=reader.get(head, "reg_prefix", "service", str),
        name=reader.text(reader.get(head, "name", "service", dict), "service.name"),
        short_name=reader.text(
            reader.get(head, "short_name", "service", dict), "service.short_name"
        ),
        channels=channels,
        documents=tuple(documents),
        acceptance_refusal_grounds=desk_grounds,
        service_refusal_grounds=service_grounds,
        steps=tuple(steps),
        result_forms=forms,
        result_documents=results,
        result_module=module,
        motivated_refusal=motivated,
        result_names=names,
        term_working_days=term,
        source=path,
        state_corp_storage_months=reader.get(
            head, "state_corp_storage_months", "service", int, 1, required=False
        ),
        state_corp_send_back_working_days=reader.get(
            head, "state_corp_send_back_working_days", "service", int, 1, required=False
        ),
        hearing=hearing,
    )
    service._steps_by_code.update({s.code: s for s in steps})
    return service


@dataclass(frozen=True)
class Catalogue:
    services: dict[str, Service]
    # The name of each status of a case (screen and paper), from statuses.toml.
    statuses: dict[str, Text] = field(default_factory=dict)

    def result_name(self, code: str, lang: str) -> str:
        """What a result kind is called, by the first service that gives it."""
        for service in self.services.values():
            if code in service.result_names:
                return service.result_names[code].in_(lang)
        return code

    def status_name(self, code: str, lang: str) -> str:
        name = self.statuses.get(code)
        return name.in_(lang) if name else code

    def __getitem__(self, code: str) -> Service:
        return self.services[code]

    def __iter__(self):
        return iter(self.services.values())


STATUSES_FILE = "statuses.toml"


def load_statuses(path: Path, codes: tuple[str, ...]) -> dict[str, Text]:
    """The names of the statuses `codes`, each in both languages, and no others."""
    reader = _Reader(path)
    data = _read(path)
    for code in data:
        if code not in codes:
            raise reader.fail(code, "is not a status")
    return {code: reader.text(reader.get(data, code, "", dict), code) for code in codes}


def load_catalogue(folder: Path, statuses: tuple[str, ...] = ()) -> Catalogue:
    """Every service file of the folder, and the names of `statuses` from its statuses.toml."""
    services = {}
    for path in sorted(folder.glob("*.toml")):
        if path.name == STATUSES_FILE:
            continue
        service = load_service(path)
        if service.code in services:
            raise CatalogueError(path, "service.code", f"'{service.code}' is defined twice")
        services[service.code] = service
    if not services:
        raise CatalogueError(folder, "-", "no service files found")
    names = load_statuses(folder / STATUSES_FILE, statuses) if statuses else {}
    return Catalogue(services, names)
