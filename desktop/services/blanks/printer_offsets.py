"""Per-printer offsets for printing a duplicate's values onto a pre-printed blank.

The admin prints the calibration sheet with the offsets in use, measures where mark A landed,
and Kense saves applied + expected − measured per axis (desktop.forms.calibration.new_offsets);
printing on a blank then moves every value by +offset (right and down positive), looked up by
the name of the printer the print dialog chose.
"""

from __future__ import annotations

import json

from desktop.domain.validation import check_number, clean_text
from desktop.services.accounts.session import Session, acting_user
from desktop.services.records import audit
from desktop.store.connection import write_transaction
from desktop.store.settings import read_setting, write_setting

KEY = "printer_offsets"
LIMIT_MM = 20.0


def _all() -> dict[str, list[float]]:
    text = read_setting(KEY)
    return json.loads(text) if text else {}


def offsets_for(printer: str) -> tuple[float, float]:
    """(x, y) in millimetres; (0, 0) for a printer never calibrated."""
    x, y = _all().get(printer, (0.0, 0.0))
    return float(x), float(y)


def all_offsets(session: Session) -> dict[str, tuple[float, float]]:
    acting_user(session)
    return {name: (float(x), float(y)) for name, (x, y) in _all().items()}


def set_offsets(session: Session, printer: str, x_mm: float, y_mm: float) -> None:
    acting_user(session, "admin")
    name = clean_text(printer, "printer", max_len=200)
    for field, value in (("offset_x", x_mm), ("offset_y", y_mm)):
        check_number(value, field, -LIMIT_MM, LIMIT_MM, required=True)  # NaN, text: refused
    with write_transaction():
        admin = acting_user(session, "admin")  # again, in the transaction that writes
        table = _all()
        before = table.get(name)
        table[name] = [round(x_mm, 1), round(y_mm, 1)]
        write_setting(KEY, json.dumps(table, ensure_ascii=False))
        audit.append(admin.username, "set_printer_offsets", None,
                     {"printer": name, "offsets": [before, table[name]]})
