"""Per-printer blank offsets: saved by the admin, read when printing, audited."""

import pytest

from desktop.domain.errors import InvalidInput
from desktop.services.blanks import printer_offsets
from desktop.services.errors import PermissionDenied
from desktop.services.records.audit import entries


def test_offsets_are_remembered_per_printer(staff):
    assert printer_offsets.offsets_for("HP LaserJet 1020") == (0.0, 0.0)
    printer_offsets.set_offsets(staff["admin"], "HP LaserJet 1020", 1.5, -2.0)
    printer_offsets.set_offsets(staff["admin"], "Canon LBP2900", 0.0, 3.2)
    printer_offsets.set_offsets(staff["admin"], "HP LaserJet 1020", 1.0, -2.5)
    assert printer_offsets.offsets_for("HP LaserJet 1020") == (1.0, -2.5)
    assert printer_offsets.all_offsets(staff["clerk"])["Canon LBP2900"] == (0.0, 3.2)
    assert [e.action for e in entries()].count("set_printer_offsets") == 3


def test_only_admin_calibrates_and_values_are_bounded(staff):
    with pytest.raises(PermissionDenied):
        printer_offsets.set_offsets(staff["clerk"], "HP", 1.0, 1.0)
    with pytest.raises(InvalidInput):
        printer_offsets.set_offsets(staff["admin"], "HP", 50.0, 0.0)
    assert printer_offsets.offsets_for("HP") == (0.0, 0.0)
