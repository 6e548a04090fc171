"""Rows and fields the executor does not type: the subjects of the previous certificate of the
same specialty, and the study data and transcript from the college's archive. A part of
ExecutorWorkspace."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from desktop.domain.errors import DomainError, InvalidInput
from desktop.services.archive import prefill
from desktop.services.archive.finding import ArchiveRow
from desktop.services.cases import content
from desktop.services.cases.queries import CaseDetail
from desktop.ui import messages
from desktop.ui.workspaces.archive_dialog import ArchiveSearchDialog
from desktop.ui.workspaces.common import confirm


class DraftFilling:
    """Needs of its workspace: session, detail, editor_of() and _edited()."""

    def start_from_previous(self) -> None:
        """The subjects of the last signed result of the same kind and specialty, as new rows
        (the editors of kinds with no such starting point hide the button)."""
        d = self.detail
        if d is None:
            return
        editor = self.editor_of(d)
        code = editor.specialty_code.text().strip()
        if not code:
            QMessageBox.information(self, self.tr("Subjects of the previous certificate"),
                                    self.tr("Fill in the specialty code first."))
            return
        try:
            names = content.previous_subjects(self.session, d.id, code)
        except DomainError as exc:
            messages.show_error(self, exc)
            return
        if not names:
            QMessageBox.information(self, self.tr("Subjects of the previous certificate"),
                                    self.tr("No signed certificate of specialty %1 yet.")
                                    .replace("%1", code))
            return
        if editor.transcript.filled_rows() and not confirm(
                self, self.tr("Subjects of the previous certificate"),
                self.tr("Add %1 subjects below the rows already in the transcript?")
                .replace("%1", str(len(names)))):
            return
        editor.transcript.add_subjects(names)

    def _archive_student(self, d: CaseDetail) -> ArchiveRow | None:
        """The applicant's record: found by their IIN, or chosen by the executor."""
        try:
            matches = prefill.matches_for_case(self.session, d.id)
        except DomainError as exc:
            messages.show_error(self, exc)
            return None
        if len(matches) == 1:
            return matches[0]
        dialog = ArchiveSearchDialog(self.session, d.applicant_iin if matches
                                     else d.applicant_full_name, self)
        return dialog.chosen if dialog.exec() else None

    def fill_from_archive(self) -> None:
        """The draft's study data and transcript from the college's archive; the executor
        checks them against the documents and saves."""
        d = self.detail
        editor = self.editor_of(d) if d is not None else None
        if editor is None:
            return
        try:
            current = editor.draft()
        except InvalidInput as exc:
            messages.show_error(self, exc)
            return
        student = self._archive_student(d)
        if student is None:
            return
        try:
            fill = prefill.draft_from_archive(self.session, d.id, student.id, current)
        except DomainError as exc:
            messages.show_error(self, exc)
            return
        rows = len(current.transcript)
        if "transcript" in fill.fields and rows and not confirm(
                self, self.tr("Fill from the archive"),
                self.tr("The archive holds %1 subjects of %2. Replace the %3 rows of the "
                        "transcript with them?").replace("%1", str(len(fill.draft.transcript)))
                .replace("%2", student.full_name).replace("%3", str(rows))):
            fill = prefill.ArchiveFill(
                replace(fill.draft, transcript=current.transcript),
                tuple(f for f in fill.fields if f != "transcript"))
        if not fill.fields:
            QMessageBox.information(self, self.tr("Fill from the archive"),
                                    self.tr("The archive holds nothing more for this draft."))
            return
        editor.set_draft(fill.draft)
        editor.mark_from_archive(fill.fields)
        self._edited()
