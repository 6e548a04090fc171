"""Unsaved work kept on this PC's disk, so a crash or a power cut costs seconds, not a draft.

While an executor edits a draft, or a clerk fills in an application, what is on screen is
written here a moment after it changes; saving it, or deciding not to keep it, removes the copy.
When the same user opens the same case (or a new application) again and a copy is still here,
Kense offers it back.

One JSON file per user and case (or form) in `<data folder>/recovery/`, replaced atomically.
The folder is set once by the application (`configure`); without it (tests, --smoke) nothing is
kept.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from pathlib import Path

from desktop.services.cases.inputs import TranscriptLine
from desktop.services.results import registry

log = logging.getLogger("kense.recovery")

_folder: Path | None = None

def _date_fields(draft_type: type) -> set[str]:
    """The fields of a draft that hold a date (written as ISO text on disk)."""
    return {f.name for f in fields(draft_type) if str(f.type).startswith("date")}


@dataclass(frozen=True)
class Kept:
    saved_at: datetime
    draft: object


def configure(folder: Path | None) -> None:
    global _folder
    _folder = folder


def _path(username: str, name: str) -> Path | None:
    if _folder is None:
        return None
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", username)
    return _folder / f"{safe}-{name}.json"


def _case(case_id: int) -> str:
    return f"case{int(case_id)}"


def _encode(value):
    return value.isoformat() if isinstance(value, date) else value


def _write(path: Path | None, record: dict) -> None:
    if path is None:
        return
    record = {"saved_at": datetime.now().isoformat(timespec="seconds"), **record}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(record, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:  # a full disk must not interrupt typing; the database is the truth
        log.warning("could not keep unsaved work: %s", exc)


def _read(path: Path | None) -> dict | None:
    if path is None or not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        record["saved_at"] = datetime.fromisoformat(record["saved_at"])
        return record
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("unreadable unsaved work in %s: %s", path.name, exc)
        return None


def keep(username: str, case_id: int, service: str, draft: object) -> None:
    """The draft of a case, as on screen."""
    values = {k: _encode(v) for k, v in asdict(draft).items()}
    _write(_path(username, _case(case_id)), {"service": service, "draft": values})


def load(username: str, case_id: int, service: str) -> Kept | None:
    path = _path(username, _case(case_id))
    record = _read(path)
    if record is None or record.get("service") != service:
        return None
    try:
        draft_type = registry.document_of(service).draft_type
        values = dict(record["draft"])
        for name in _date_fields(draft_type) & values.keys():
            values[name] = date.fromisoformat(values[name]) if values[name] else None
        values["transcript"] = [TranscriptLine(**line) for line in values.get("transcript", [])]
        return Kept(record["saved_at"], draft_type(**values))
    except (ValueError, KeyError, TypeError, LookupError) as exc:
        log.warning("unreadable unsaved work in %s: %s", path.name, exc)
        return None


def discard(username: str, case_id: int) -> None:
    discard_form(username, _case(case_id))


def keep_form(username: str, form: str, values: dict) -> None:
    """A form not yet tied to a case (a new application): its fields as plain JSON values."""
    _write(_path(username, form), {"values": values})


def load_form(username: str, form: str) -> tuple[datetime, dict] | None:
    record = _read(_path(username, form))
    if record is None or not isinstance(record.get("values"), dict):
        return None
    return record["saved_at"], record["values"]


def discard_form(username: str, form: str) -> None:
    path = _path(username, form)
    if path is not None:
        path.unlink(missing_ok=True)
