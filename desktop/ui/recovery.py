"""Unsaved work kept on this PC's disk, so a crash or a power cut costs seconds, not a draft.

While an executor edits a draft, what is on screen is written here a moment after each change
(`keep`); saving the draft, or deciding not to keep the changes, removes it (`discard`). When
the same user opens the same case again and a copy is still here, the workspace offers it back.

One JSON file per user and case in `<data folder>/recovery/`, replaced atomically. The folder
is set once by the application (`configure`); without it (tests, --smoke) nothing is kept.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.services.inputs import CertificateDraft, DuplicateDraft, TranscriptLine

log = logging.getLogger("kense.recovery")

_folder: Path | None = None

Draft = CertificateDraft | DuplicateDraft
_KINDS: dict[str, type] = {"certificate": CertificateDraft, "duplicate": DuplicateDraft}
_DATE_FIELDS = frozenset({"study_from", "study_to", "order_date", "original_issued_on"})


@dataclass(frozen=True)
class Kept:
    saved_at: datetime
    draft: Draft


def configure(folder: Path | None) -> None:
    global _folder
    _folder = folder


def _path(username: str, case_id: int) -> Path | None:
    if _folder is None:
        return None
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", username)
    return _folder / f"{safe}-case{int(case_id)}.json"


def _encode(value):
    return value.isoformat() if isinstance(value, date) else value


def keep(username: str, case_id: int, service: str, draft: Draft) -> None:
    path = _path(username, case_id)
    if path is None:
        return
    record = {
        "saved_at": datetime.now().isoformat(timespec="seconds"),
        "service": service,
        "draft": {k: _encode(v) for k, v in asdict(draft).items()},
    }
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


def load(username: str, case_id: int, service: str) -> Kept | None:
    path = _path(username, case_id)
    if path is None or not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["service"] != service:
            return None
        values = dict(record["draft"])
        for name in _DATE_FIELDS & values.keys():
            values[name] = date.fromisoformat(values[name]) if values[name] else None
        values["transcript"] = [TranscriptLine(**line) for line in values.get("transcript", [])]
        return Kept(datetime.fromisoformat(record["saved_at"]), _KINDS[service](**values))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("unreadable unsaved work in %s: %s", path.name, exc)
        return None


def discard(username: str, case_id: int) -> None:
    path = _path(username, case_id)
    if path is not None:
        path.unlink(missing_ok=True)
