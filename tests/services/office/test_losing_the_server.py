"""A PC that loses the office server: the use case under way is refused whole with the
"server cannot be reached" sentence, nothing of it saved; when the server is back, the next
use case and the next reading work without reopening anything."""

import pytest

from desktop.services.accounts import users
from desktop.services.cases import queries, registration
from desktop.store.connection import close_database, open_database
from desktop.store.errors import StoreError
from desktop.store.migrations import migrate
from desktop.store.models import AuditRecord, Case
from support.applications import make_application
from support.pg_server import PgServer
from support.users import PASSWORD

pytestmark = [pytest.mark.sqlite_only, pytest.mark.slow]


@pytest.fixture
def own_server():
    """A server of this test's own: it is stopped and started again."""
    server = PgServer()
    server.url = None  # never KENSE_TEST_PG_URL: that one cannot be stopped here
    try:
        server.start()
    except Exception as exc:  # reported as the skip's reason
        pytest.skip(f"could not start PostgreSQL: {exc}")
    if not server.url:
        pytest.skip(server.problem)
    yield server
    close_database()
    server.stop()


@pytest.fixture
def office(own_server, clock_at_work):
    migrate(open_database(own_server.url))
    admin = users.first_run_setup(users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы"),
                                  "admin", "Әкімші Әлия", PASSWORD)
    users.create_user(admin, "clerk", "Кеңсе Айгүл", "clerk", PASSWORD)
    return users.login("clerk", PASSWORD)


@pytest.fixture
def clock_at_work():
    from datetime import datetime

    from desktop.services import reference
    from support.clock import OfficeClock

    reference.set_clock(OfficeClock(datetime(2026, 3, 2, 10, 0)))
    reference.forget_calendar()
    yield
    reference.set_clock(None)
    reference.forget_calendar()


def test_a_pc_rides_out_a_server_restart(own_server, office):
    clerk = office
    registration.register(clerk, make_application())
    records = AuditRecord.select().count()

    own_server.pause()
    with pytest.raises(StoreError) as lost:
        registration.register(clerk, make_application())
    assert lost.value.code == "server_unreachable"

    own_server.resume()
    # No reopening, no restart: the next use case and the next reading simply work.
    registration.register(clerk, make_application())
    assert queries.count_cases(clerk) == 2
    # The use case refused while the server was away left nothing behind.
    assert Case.select().count() == 2
    assert AuditRecord.select().count() == records + 1


def test_a_reading_while_the_server_is_away_is_refused_then_works(own_server, office):
    clerk = office
    registration.register(clerk, make_application())
    own_server.pause()
    with pytest.raises(StoreError) as lost:
        queries.count_cases(clerk)
    assert lost.value.code == "server_unreachable"
    own_server.resume()
    assert queries.count_cases(clerk) == 1


def test_a_restart_between_two_readings_goes_unnoticed(own_server, office):
    clerk = office
    registration.register(clerk, make_application())
    own_server.pause()
    own_server.resume()
    assert queries.count_cases(clerk) == 1
    registration.register(clerk, make_application())
    assert queries.count_cases(clerk) == 2
