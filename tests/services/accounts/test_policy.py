"""The auto-lock time: one office-wide value the admin sets, bounded and audited."""

import pytest

from desktop.domain.errors import InvalidInput
from desktop.services.accounts import policy
from desktop.services.errors import PermissionDenied
from desktop.services.records.audit import entries


def test_admin_sets_the_idle_minutes_for_every_pc(staff):
    assert policy.idle_lock_minutes() == policy.DEFAULT_IDLE_MINUTES
    policy.set_idle_lock_minutes(staff["admin"], 25)
    assert policy.idle_lock_minutes() == 25
    record = next(e for e in entries() if e.action == "set_idle_lock")
    assert record.username == "admin"
    assert record.changes["minutes"] == [policy.DEFAULT_IDLE_MINUTES, 25]


def test_only_admin_and_only_sensible_values(staff):
    with pytest.raises(PermissionDenied):
        policy.set_idle_lock_minutes(staff["clerk"], 60)
    for minutes in (0, -5, policy.MAX_IDLE_MINUTES + 1):
        with pytest.raises(InvalidInput) as err:
            policy.set_idle_lock_minutes(staff["admin"], minutes)
        assert err.value.field == "idle_minutes"
    assert policy.idle_lock_minutes() == policy.DEFAULT_IDLE_MINUTES
    assert "set_idle_lock" not in [e.action for e in entries()]
