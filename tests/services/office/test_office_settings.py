"""The office's settings as the admin reads them, and the refusal of a key nobody declared."""

import pytest

from desktop.services.accounts import policy
from desktop.services.errors import PermissionDenied
from desktop.services.office.settings import office_settings
from desktop.store.connection import write_transaction
from desktop.store.settings import read_setting, write_setting


def test_the_admin_reads_every_office_setting_with_what_is_stored(staff):
    policy.set_idle_lock_minutes(staff["admin"], 25)
    with write_transaction():
        write_setting("archive_mapping:aa11", '{"layout": "table"}')
        write_setting("archive_mapping:bb22", '{"layout": "summary"}')
    found = {s.spec.key: s.stored for s in office_settings(staff["admin"])}
    # Six office settings are declared; this PC's three are not the database's to show.
    assert list(found) == ["idle_lock_minutes", "printer_offsets", "archive_mapping:",
                           "office_id", "office_key_check", "office_key_sheet_pending"]
    assert found["idle_lock_minutes"] == {"idle_lock_minutes": "25"}
    assert found["printer_offsets"] == {}  # no printer calibrated
    assert set(found["archive_mapping:"]) == {"archive_mapping:aa11", "archive_mapping:bb22"}


@pytest.mark.parametrize("role", ["clerk", "head", "executor"])
def test_only_the_admin_reads_the_office_settings(staff, role):
    with pytest.raises(PermissionDenied):
        office_settings(staff[role])


def test_a_key_outside_the_list_is_neither_read_nor_written(staff):
    with pytest.raises(KeyError), write_transaction():
        write_setting("idle_minutes", "30")
    with pytest.raises(KeyError):
        read_setting("idle_minutes")
