"""Admin → Settings: every setting Kense keeps, this PC's and the office's, as the one list
declares them (resources/settings.toml), with what each holds now and where it is changed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.settings import Setting, all_settings
from desktop.services.accounts.session import Session
from desktop.services.office.settings import office_settings
from desktop.ui import i18n
from desktop.ui.local_settings import LocalSettings
from desktop.ui.record_table import Column, RecordTableModel, record_table
from desktop.ui.retranslate import Retranslating


@dataclass(frozen=True)
class SettingRow:
    spec: Setting
    stored: dict[str, str]  # key → the text kept (a family: one per name); empty when unset


class SettingsPage(Retranslating, QWidget):
    def __init__(self, session: Session, data_dir: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data_dir = data_dir
        self.intro = QLabel()
        self.intro.setObjectName("settings_intro")
        self.intro.setWordWrap(True)
        self.model = RecordTableModel([
            Column(lambda: self.tr("Setting"), lambda r: r.spec.label(i18n.current_language())),
            Column(lambda: self.tr("Kept for"), self._scope),
            Column(lambda: self.tr("Changed by"), self._set_by),
            Column(lambda: self.tr("Value now"), self._value),
        ], self)
        self.table = record_table(self.model, "settings_table")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.intro.setText(self.tr(
            "Every setting Kense keeps: this PC's own, and the office's, which every PC on this "
            "database shares. Each is changed where the column \"Changed by\" says."))
        self.model.retranslate()

    def refresh(self) -> None:
        office = {s.spec.key: s.stored for s in office_settings(self.session)}
        local = LocalSettings(self.data_dir) if self.data_dir is not None else None
        rows = []
        for spec in all_settings():
            if spec.scope == "office":
                rows.append(SettingRow(spec, office.get(spec.key, {})))
            else:
                text = local.stored(spec.key) if local is not None else None
                rows.append(SettingRow(spec, {} if text is None else {spec.key: text}))
        self.model.set_records(rows)

    def _scope(self, row: SettingRow) -> str:
        return self.tr("this PC") if row.spec.scope == "pc" else self.tr("every PC of the office")

    def _set_by(self, row: SettingRow) -> str:
        return {"admin": self.tr("an admin page"),
                "user": self.tr("the sign-in window"),
                "kense": self.tr("Kense itself")}[row.spec.set_by]

    def _value(self, row: SettingRow) -> str:
        spec = row.spec
        if not row.stored:
            if spec.type in ("int", "choice", "flag"):
                return self.tr("not set (%1)").replace("%1", self._shown(spec, spec.default))
            return self.tr("not set")
        if spec.family:
            return self.tr("%1 entries").replace("%1", str(len(row.stored)))
        text = row.stored[spec.key]
        if spec.type == "json":
            try:
                return self.tr("%1 entries").replace("%1", str(len(json.loads(text))))
            except ValueError:
                return self.tr("unreadable")
        return self._shown(spec, spec.parse(text))

    def _shown(self, spec: Setting, value: object) -> str:
        if spec.type == "flag":
            return self.tr("yes") if value else self.tr("no")
        if spec.key == "language":
            return {"kk": self.tr("Kazakh"), "ru": self.tr("Russian")}.get(value, str(value))
        return str(value)
