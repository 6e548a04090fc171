"""The open cases of the same person (IIN) and service, as the clerk is warned of them."""

from dataclasses import replace

import pytest

from desktop.services.cases import queries, registration, steps
from desktop.services.errors import PermissionDenied
from support.applications import make_application


def test_open_cases_of_the_same_iin_and_service(staff, clock):
    clerk = staff["clerk"]
    first = registration.register(clerk, make_application("duplicate", "office"))
    registration.register(clerk, replace(make_application("certificate", "office")))
    assert [r.reg_number for r in queries.open_cases_of(clerk, "950815400014", "duplicate")] \
        == [first.reg_number]
    assert len(queries.open_cases_of(clerk, "950815400014", "certificate")) == 1
    assert queries.open_cases_of(clerk, "950815400022", "duplicate") == []
    steps.withdraw(clerk, first.id, first.version)
    assert queries.open_cases_of(clerk, "950815400014", "duplicate") == []
    with pytest.raises(PermissionDenied):
        queries.open_cases_of(staff["executor"], "950815400014", "duplicate")
