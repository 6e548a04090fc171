"""The applicant's part of the new-application form: the IIN checked as it is typed, the birth
date it gives, and the person found in the college's archive. A part of RegistrationDialog."""

from __future__ import annotations

from datetime import date

from desktop.domain.dates import format_date
from desktop.domain.errors import DomainError, InvalidInput
from desktop.domain.iin import InvalidIin, parse_iin
from desktop.services.archive import finding
from desktop.services.archive.finding import ArchiveRow
from desktop.services.reference import now
from desktop.ui import messages
from desktop.ui.workspaces.application_form import (
    BAD_COLOUR,
    HINT_COLOUR,
    IIN_DIGITS,
    OK_COLOUR,
    coloured,
)
from desktop.ui.workspaces.archive_dialog import ArchiveSearchDialog
from desktop.ui.workspaces.common import read_date, write_date


class ApplicantPart:
    """Needs of its dialog: _session and the fields of ApplicationForm."""

    def _iin_changed(self) -> None:
        text = self.iin.text().strip()
        if not text:
            coloured(self.iin_status, self.tr("Type the 12 digits of the IIN."), HINT_COLOUR)
            self._birth_changed()
            return
        if text.isdigit() and len(text) < IIN_DIGITS:
            coloured(self.iin_status,
                      self.tr("%1 of 12 digits").replace("%1", str(len(text))), HINT_COLOUR)
            self._birth_changed()
            return
        try:
            iin = parse_iin(text, today=now().date())
        except InvalidIin as exc:
            error = InvalidInput("iin", f"iin_{exc.reason}", str(exc))
            coloured(self.iin_status, messages.error_text(error), BAD_COLOUR)
            self._birth_changed()
            return
        sex = self.tr("male") if iin.sex == "M" else self.tr("female")
        coloured(self.iin_status, self.tr("Correct IIN: born %1, %2")
                  .replace("%1", format_date(iin.birth_date)).replace("%2", sex),
                  OK_COLOUR)
        if read_date(self.birth_date) is None:
            write_date(self.birth_date, iin.birth_date)
        self._birth_changed()
        found = self._archive_by_iin(iin.value)
        if found is not None:
            self.iin_status.setText(self.iin_status.text() + "\n" + self.tr(
                "In the college's archive: %1, group %2").replace("%1", found.full_name)
                .replace("%2", found.group_name or "—"))

    def _archive_by_iin(self, iin: str) -> ArchiveRow | None:
        """The archive's student with this IIN; their name fills the fields still empty."""
        try:
            rows = finding.by_iin(self._session, iin)
        except DomainError:
            return None
        if len(rows) != 1:
            return None
        self._fill_person(rows[0])
        return rows[0]

    def _fill_person(self, row: ArchiveRow, *, chosen: bool = False) -> None:
        """Found by the IIN, what the clerk typed stays and only the empty fields are filled.
        Chosen in the archive's search, the person is who the clerk picked: every name field
        and the birth date are theirs (a surname typed to search, "Жақсыб", is not a name)."""
        for widget, value in ((self.surname, row.surname), (self.first_name, row.name),
                              (self.patronymic, row.patronymic)):
            if chosen or (not widget.text().strip() and value):
                widget.setText(value)
        if row.birth_date is not None and (chosen or read_date(self.birth_date) is None):
            write_date(self.birth_date, row.birth_date)

    def choose_from_archive(self) -> None:
        typed = self.iin.text().strip() or " ".join(
            w.text().strip() for w in (self.surname, self.first_name) if w.text().strip())
        dialog = ArchiveSearchDialog(self._session, typed, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        row = dialog.chosen
        if row.iin and row.iin != self.iin.text().strip():
            self.iin.setText(row.iin)  # its own lookup tells the clerk what the archive holds
        self._fill_person(row, chosen=True)

    def _iin_birth_date(self) -> date | None:
        try:
            return parse_iin(self.iin.text(), today=now().date()).birth_date
        except InvalidIin:
            return None

    def _birth_changed(self) -> None:
        entered = read_date(self.birth_date)
        from_iin = self._iin_birth_date()
        if entered is None or from_iin is None:
            self.birth_status.setText("")
        elif entered != from_iin:
            coloured(self.birth_status, messages.error_text(
                InvalidInput("birth_date", "birth_date_mismatch", "")), BAD_COLOUR)
        else:
            coloured(self.birth_status, self.tr("Matches the IIN"), OK_COLOUR)
