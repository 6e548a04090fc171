"""The executor's unsaved work on a draft: marked as changed while typed, copied to this PC's
disk a moment after the last keystroke, saved (or dropped, or kept) when the executor leaves
the case or closes the window, and offered back after a crash. A part of ExecutorWorkspace."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.domain.dates import format_datetime
from desktop.domain.errors import InvalidInput
from desktop.services.cases import content, unsaved_work
from desktop.services.cases.queries import CaseDetail
from desktop.services.reference import now
from desktop.ui import messages
from desktop.ui.workspaces.common import attempt, confirm

# Unsaved edits reach this PC's disk this long after the last keystroke (see services.unsaved_work).
KEEP_AFTER_MS = 1500


class DraftKeeping:
    """Needs of its workspace: session, detail, dirty_label, _dirty, _keep_timer (a single
    shot of KEEP_AFTER_MS calling keep_unsaved), editor_of(), _on_screen() and refresh()."""

    def _offer_to_save(self) -> None:
        """Leaving a draft with unsaved changes: ask whether to save them first."""
        if not self._dirty or self.detail is None:
            return
        if confirm(self, self.tr("Unsaved changes"),
                   self.tr("Save the changes to the draft of case %1 first?")
                   .replace("%1", self.detail.reg_number)):
            self._save()
        else:
            self._forget_unsaved()

    def may_close(self) -> bool:
        """The window is closing: save unsaved changes, drop them, or stay (False)."""
        if not self._dirty or self.detail is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to the draft of case %1 before closing?")
            .replace("%1", self.detail.reg_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return self._save() is not None
        if answer == QMessageBox.StandardButton.No:
            self._forget_unsaved()
            return True
        return False

    def keep_unsaved(self) -> None:
        """Copy what is on screen to this PC's disk (not the database) while it is unsaved."""
        self._keep_timer.stop()
        d = self.detail
        if not self._dirty or d is None:
            return
        try:
            draft = self._on_screen(d)
        except InvalidInput:
            return  # a half-typed number: the copy from a moment ago stays
        unsaved_work.keep(self.session.username, d.id, d.service, draft)

    def _forget_unsaved(self) -> None:
        self._keep_timer.stop()
        if self.detail is not None:
            unsaved_work.discard(self.session.username, self.detail.id)

    def _offer_kept_copy(self, d: CaseDetail) -> None:
        """A copy of unsaved changes survived a crash (or a conflict): offer it back."""
        kept = unsaved_work.load(self.session.username, d.id, d.service)
        if kept is None:
            return
        if confirm(self, self.tr("Unsaved changes found"),
                   self.tr("Changes to the draft of case %1 were not saved (the last copy is "
                           "from %2). Put them back on screen?")
                   .replace("%1", d.reg_number).replace("%2", format_datetime(kept.saved_at))):
            self.editor_of(d).set_draft(kept.draft)
            self._dirty = True
            self._show_dirty()
        else:
            unsaved_work.discard(self.session.username, d.id)

    def _edited(self) -> None:
        self._dirty = True
        self._show_dirty()
        self._keep_timer.start()

    def _show_dirty(self) -> None:
        self.dirty_label.setText(self.tr("Changes not saved") if self._dirty else "")

    def _save(self) -> int | None:
        """Save what is on screen; the case's new version, or None if it was refused."""
        d = self.detail
        if d is None:
            return None
        try:
            draft = self._on_screen(d)
        except InvalidInput as exc:
            messages.show_error(self, exc)
            return None
        # Should the save be refused (someone else changed the case), the edits survive the
        # reload on disk and are offered back.
        unsaved_work.keep(self.session.username, d.id, d.service, draft)
        case = attempt(self, lambda: content.save_draft(self.session, d.id, d.version, draft,
                                                        now().date()),
                       on_conflict=lambda: self.refresh(d.id))
        if case is None:
            return None
        d.version = case.version
        self._forget_unsaved()
        self._dirty = False
        self._show_dirty()
        return case.version

    def save(self) -> None:
        if self._save() is not None:
            self.refresh(self.detail.id)
