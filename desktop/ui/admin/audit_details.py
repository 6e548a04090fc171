"""An audit record's details as the admin reads them: each key the use cases write named in
the interface language, coded values by their names, dates as the office writes them, hashes
and row ids left out, IINs masked."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.logging_setup import mask_iins
from desktop.ui.code_names import (
    FIELDS,
    channel_name,
    document_name,
    field_name,
    language_name,
    result_name,
    role_name,
    service_name,
    state_name,
)

# Every key the use cases write, named as a person reads it (a test holds the list whole).
KEYS = {
    "user": QT_TRANSLATE_NOOP("AuditPage", "user"),
    "role": QT_TRANSLATE_NOOP("AuditPage", "role"),
    "full_name": QT_TRANSLATE_NOOP("AuditPage", "full name"),
    "active": QT_TRANSLATE_NOOP("AuditPage", "active"),
    "attempt": QT_TRANSLATE_NOOP("AuditPage", "attempt"),
    "until": QT_TRANSLATE_NOOP("AuditPage", "until"),
    "language": QT_TRANSLATE_NOOP("AuditPage", "language"),
    "college": QT_TRANSLATE_NOOP("AuditPage", "college"),
    "day": QT_TRANSLATE_NOOP("AuditPage", "day"),
    "working": QT_TRANSLATE_NOOP("AuditPage", "working day"),
    "note": QT_TRANSLATE_NOOP("AuditPage", "note"),
    "cases_moved": QT_TRANSLATE_NOOP("AuditPage", "deadlines moved"),
    "file": QT_TRANSLATE_NOOP("AuditPage", "file"),
    "saved_before": QT_TRANSLATE_NOOP("AuditPage", "saved before"),
    "tables": QT_TRANSLATE_NOOP("AuditPage", "tables"),
    "rows": QT_TRANSLATE_NOOP("AuditPage", "rows"),
    "reg_number": QT_TRANSLATE_NOOP("AuditPage", "reg. number"),
    "service": QT_TRANSLATE_NOOP("AuditPage", "service"),
    "channel": QT_TRANSLATE_NOOP("AuditPage", "channel"),
    "state": QT_TRANSLATE_NOOP("AuditPage", "state"),
    "executor_name": QT_TRANSLATE_NOOP("AuditPage", "executor"),
    "recipient": QT_TRANSLATE_NOOP("AuditPage", "recipient"),
    "transcript_rows": QT_TRANSLATE_NOOP("AuditPage", "transcript rows"),
    "book_number": QT_TRANSLATE_NOOP("AuditPage", "book number"),
    "server": QT_TRANSLATE_NOOP("AuditPage", "server"),
    "due_at": QT_TRANSLATE_NOOP("AuditPage", "due"),
    "event": QT_TRANSLATE_NOOP("AuditPage", "event"),
    "presented": QT_TRANSLATE_NOOP("AuditPage", "documents presented"),
    "missing": QT_TRANSLATE_NOOP("AuditPage", "documents missing"),
    "expired": QT_TRANSLATE_NOOP("AuditPage", "documents expired"),
    "signed_at": QT_TRANSLATE_NOOP("AuditPage", "signed"),
    "issued_at": QT_TRANSLATE_NOOP("AuditPage", "issued"),
    "issued_to": QT_TRANSLATE_NOOP("AuditPage", "issued to"),
    "issued_identity_document": QT_TRANSLATE_NOOP("AuditPage", "recipient's identity document"),
    "result_kind": QT_TRANSLATE_NOOP("AuditPage", "result"),
    "verification_code": QT_TRANSLATE_NOOP("AuditPage", "verification code"),
    "refusal_reason": QT_TRANSLATE_NOOP("AuditPage", "grounds for refusal"),
    "rework_comment": QT_TRANSLATE_NOOP("AuditPage", "comment for rework"),
    "printer": QT_TRANSLATE_NOOP("AuditPage", "printer"),
    "offsets": QT_TRANSLATE_NOOP("AuditPage", "offsets, mm"),
    "minutes": QT_TRANSLATE_NOOP("AuditPage", "minutes"),
    "snapshot": QT_TRANSLATE_NOOP("AuditPage", "fixed record No."),
    "copy": QT_TRANSLATE_NOOP("AuditPage", "copy"),
    "os_user": QT_TRANSLATE_NOOP("AuditPage", "Windows user"),
    "workstation": QT_TRANSLATE_NOOP("AuditPage", "PC"),
    "legacy_records": QT_TRANSLATE_NOOP("AuditPage", "records before the key"),
    "cases": QT_TRANSLATE_NOOP("AuditPage", "cases"),
    "applicants": QT_TRANSLATE_NOOP("AuditPage", "applicants"),
    "snapshots": QT_TRANSLATE_NOOP("AuditPage", "signed results"),
    "fields": QT_TRANSLATE_NOOP("AuditPage", "fields changed"),
    "started_at": QT_TRANSLATE_NOOP("AuditPage", "begun at the desk"),
    "finished_at": QT_TRANSLATE_NOOP("AuditPage", "done"),
    "added": QT_TRANSLATE_NOOP("AuditPage", "students added"),
    "updated": QT_TRANSLATE_NOOP("AuditPage", "students updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditPage", "students unchanged"),
    "left_out": QT_TRANSLATE_NOOP("AuditPage", "students left out by the administrator"),
    "changes": QT_TRANSLATE_NOOP("AuditPage", "students changed"),
    "errors": QT_TRANSLATE_NOOP("AuditPage", "cells not read"),
    "layout": QT_TRANSLATE_NOOP("AuditPage", "layout of the file"),
    "batch": QT_TRANSLATE_NOOP("AuditPage", "batch No."),
    "kind": QT_TRANSLATE_NOOP("AuditPage", "kind of blank"),
    "series": QT_TRANSLATE_NOOP("AuditPage", "series"),
    "first": QT_TRANSLATE_NOOP("AuditPage", "first number"),
    "last": QT_TRANSLATE_NOOP("AuditPage", "last number"),
    "number": QT_TRANSLATE_NOOP("AuditPage", "number"),
    "count": QT_TRANSLATE_NOOP("AuditPage", "blanks"),
    "already_used": QT_TRANSLATE_NOOP("AuditPage", "already used"),
    "blank": QT_TRANSLATE_NOOP("AuditPage", "blank"),
    "spoiled_blank": QT_TRANSLATE_NOOP("AuditPage", "spoiled blank"),
    "replaced_snapshot": QT_TRANSLATE_NOOP("AuditPage", "fixed record replaced No."),
    "esign": QT_TRANSLATE_NOOP("AuditPage", "signed electronically by"),
    "subject": QT_TRANSLATE_NOOP("AuditPage", "certificate of"),
    "issuer": QT_TRANSLATE_NOOP("AuditPage", "list of revoked certificates of"),
    "this_update": QT_TRANSLATE_NOOP("AuditPage", "list dated"),
    "refusal_ground": QT_TRANSLATE_NOOP("AuditPage", "legal ground"),
    "grounds": QT_TRANSLATE_NOOP("AuditPage", "legal grounds"),
    "hearing_at": QT_TRANSLATE_NOOP("AuditPage", "hearing"),
    "notice_number": QT_TRANSLATE_NOOP("AuditPage", "notice No."),
    "notice_on": QT_TRANSLATE_NOOP("AuditPage", "notice handed or sent on"),
    "way": QT_TRANSLATE_NOOP("AuditPage", "how"),
    "attendance": QT_TRANSLATE_NOOP("AuditPage", "the applicant"),
    "outcome": QT_TRANSLATE_NOOP("AuditPage", "outcome"),
    "refusal_declined": QT_TRANSLATE_NOOP("AuditPage", "proposed refusal declined"),
    "check": QT_TRANSLATE_NOOP("AuditPage", "restore check"),
    "problem": QT_TRANSLATE_NOOP("AuditPage", "found"),
    "records": QT_TRANSLATE_NOOP("AuditPage", "audit records checked"),
    "checked_on": QT_TRANSLATE_NOOP("AuditPage", "checked on"),
    "kept_as": QT_TRANSLATE_NOOP("AuditPage", "kept as"),
}
# Keys whose value is a list of items, never a change written as [before, after].
LIST_KEYS = {"grounds"}
# Hashes prove things to the check, and row ids serve the program; to a person reading the log
# they are noise.
HIDDEN = {"snapshot_hash", "legacy_head", "sha256", "pdf_sha256", "cms_sha256", "blank_id",
          "spoiled_blank_id"}
# Coded values the use cases record, by key.
VALUES = {
    "event": {
        "handed_over": QT_TRANSLATE_NOOP("AuditPage", "handed over to the State Corporation"),
        "returned": QT_TRANSLATE_NOOP("AuditPage", "returned by the State Corporation"),
        "requested": QT_TRANSLATE_NOOP("AuditPage", "requested by the State Corporation"),
    },
    "recipient": {
        "applicant": QT_TRANSLATE_NOOP("AuditPage", "the applicant"),
        "representative": QT_TRANSLATE_NOOP("AuditPage", "a representative"),
    },
    "document_kind": {
        "diploma": QT_TRANSLATE_NOOP("AuditPage", "diploma"),
        "appendix": QT_TRANSLATE_NOOP("AuditPage", "appendix to the diploma"),
    },
    "way": {
        "in_person": QT_TRANSLATE_NOOP("AuditPage", "handed in person against signature"),
        "post": QT_TRANSLATE_NOOP("AuditPage", "sent by post"),
        "email": QT_TRANSLATE_NOOP("AuditPage", "sent by e-mail"),
        "state_corp": QT_TRANSLATE_NOOP("AuditPage", "sent through the State Corporation"),
    },
    "attendance": {
        "attended": QT_TRANSLATE_NOOP("AuditPage", "came to the hearing"),
        "absent": QT_TRANSLATE_NOOP("AuditPage", "did not come"),
        "declined_in_writing": QT_TRANSLATE_NOOP("AuditPage", "declined in writing"),
    },
    "check": {
        "passed": QT_TRANSLATE_NOOP("AuditPage", "passed"),
        "failed": QT_TRANSLATE_NOOP("AuditPage", "FAILED"),
        "not_checked": QT_TRANSLATE_NOOP("AuditPage", "not done"),
    },
    "problem": {
        "content": QT_TRANSLATE_NOOP("AuditPage", "a record of the copy was changed"),
        "does_not_restore": QT_TRANSLATE_NOOP("AuditPage", "the copy cannot be restored"),
        "office_key_missing": QT_TRANSLATE_NOOP("AuditPage", "no office key on the server PC"),
        "scratch_refused": QT_TRANSLATE_NOOP("AuditPage", "the server's user may not create "
                                             "databases"),
    },
    "outcome": {
        "document": QT_TRANSLATE_NOOP("AuditPage", "the document is given"),
        "refusal": QT_TRANSLATE_NOOP("AuditPage", "the refusal is confirmed"),
    },
}
DOCUMENT_KEYS = ("presented", "missing", "expired")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$")


def _value(key: str, value, case_number: str = "") -> str:
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(_value(key, v, case_number) for v in value)
    if key in DOCUMENT_KEYS:
        return document_name(str(value))
    if key == "fields":
        return field_name(str(value))
    if key == "service":
        return service_name(str(value))
    if key in ("refusal_ground", "grounds"):
        return _ground_name(str(value), case_number)
    if key == "result_kind":
        return result_name(str(value))
    if str(value) in VALUES.get(key, {}):
        return QCoreApplication.translate("AuditPage", VALUES[key][str(value)])
    if key == "state":
        return state_name(str(value))
    if key == "role":
        return role_name(str(value))
    if key == "channel":
        return channel_name(str(value))
    if key == "language":
        return language_name(str(value))
    text = str(value)
    match = _ISO_DATE.match(text)
    if match:
        year, month, day, hour, minute = match.groups()
        text = f"{day}.{month}.{year}" + (f" {hour}:{minute}" if hour else "")
    return text


def _key_name(key: str) -> str:
    if key in KEYS:
        return QCoreApplication.translate("AuditPage", KEYS[key])
    if key in FIELDS:
        return field_name(key)
    return key


def details_text(changes: dict, case_number: str = "") -> str:
    """Compact, one line; an IIN is masked (the admin has no access to case content)."""
    parts = []
    for key, value in changes.items():
        if key == "executor" and "executor_name" in changes:
            continue  # an internal id beside the name it stands for
        if (key in DOCUMENT_KEYS and not value) or key in HIDDEN:
            continue
        if key == "esign":  # what was kept of the signature: whose it is
            value = value.get("signer", {}).get("common_name") or "✓"
        elif (key == "changes" and isinstance(value, list)) or isinstance(value, dict):
            value = len(value)  # an import's students, the digests taken: say how many
        name = _key_name(key)
        if (isinstance(value, list) and len(value) == 2 and key not in DOCUMENT_KEYS
                and key not in LIST_KEYS):
            text = f"{_value(key, value[0], case_number)} → {_value(key, value[1], case_number)}"
        else:
            text = _value(key, value, case_number)
        parts.append(f"{name}: {text}")
    return mask_iins("; ".join(parts))


def _ground_name(code: str, case_number: str) -> str:
    """A refusal ground by its name in the interface language, as the TOML of the case's
    service gives it (told by the registration number's prefix; two services may word the same
    code apart), or its code if no service names it any more."""
    from desktop.services.reference import catalogue
    from desktop.ui import i18n

    services = sorted(catalogue(), key=lambda s: not case_number.startswith(s.reg_prefix))
    for service in services:
        for ground in (*service.acceptance_refusal_grounds, *service.service_refusal_grounds):
            if ground.code == code:
                return ground.name.in_(i18n.current_language())
    return code
