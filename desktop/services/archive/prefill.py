"""Filling an executor's draft from the archive (the clerk's form fills the applicant by IIN
through finding).

Nothing is saved here: the clerk and the executor see the values, check them and save as they
would have typed them. `fields` names what came from the archive, for the screen to mark.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, fields, replace
from typing import Any

from desktop.services.accounts import access
from desktop.services.accounts.session import Session, acting_user
from desktop.services.archive import finding
from desktop.services.archive.finding import ArchiveRow
from desktop.services.errors import PermissionDenied
from desktop.services.results import registry
from desktop.store.models import Case


@dataclass(frozen=True)
class ArchiveFill:
    draft: Any
    fields: tuple[str, ...]  # the draft's fields the archive gave a value


def matches_for_case(session: Session, case_id: int) -> list[ArchiveRow]:
    """The archive's students with the case applicant's IIN: normally one, to fill from."""
    user = acting_user(session, *finding.READERS)
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise PermissionDenied("not_your_case", "no such case")
    access.require_read(user, case)
    return finding.by_iin(session, case.applicant.iin)


def _empty(value) -> bool:
    return value in ("", None, []) or value is False


def draft_from_archive(session: Session, case_id: int, student_id: int, current: Any
                       ) -> ArchiveFill:
    """The executor's draft with what the student's record gives laid over it: a field the
    archive leaves empty keeps what the executor had."""
    user = acting_user(session, "executor")
    case = Case.get_or_none(Case.id == case_id)
    if case is None:
        raise PermissionDenied("not_your_case", "no such case")
    access.require_draft_editor(user, case)
    kind = registry.document_of(case.service)
    if not kind.from_archive:
        return ArchiveFill(current, ())
    record = finding.archive_record(session, student_id)
    module, function = kind.from_archive.split(":")
    filled = getattr(importlib.import_module(module), function)(record, case.language)
    given = {f.name: getattr(filled, f.name) for f in fields(filled)
             if not _empty(getattr(filled, f.name))}
    return ArchiveFill(replace(current, **given), tuple(given))
