"""One access policy: an executor gets nothing of another executor's case from any query, the
admin gets no case content, the book of duplicates is the head's and the clerk's."""

import inspect
from datetime import date, datetime

import pytest

from desktop.services.accounts import access
from desktop.services.cases import queries, registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import DuplicateDraft
from desktop.services.cases.queries import CaseFilter
from desktop.services.errors import PermissionDenied
from desktop.store.models import User
from support.applications import make_application
from support.blank_stock import receive

DRAFT = DuplicateDraft(
    original_series="ТКБ", original_number="0012345", original_issued_on=date(2015, 6, 30),
    specialty_code="0518000", specialty_name="Есеп және аудит", qualification="Бухгалтер",
    graduation_year=2015, name_as_written="Серікова Дана", honours=False,
    new_blank_series="ТКБ-Д", new_blank_number="0000999",
)


@pytest.fixture
def two_cases(staff, clock):
    """Executor's own certificate, and executor2's signed duplicate of another applicant."""
    head = staff["head"]
    own = registration.register(staff["clerk"], make_application("certificate"))
    own = steps.assign_executor(head, own.id, own.version, staff["executor"].user_id)
    other_app = make_application("duplicate")
    other_app.applicant.iin = "990101300013"
    other_app.applicant.birth_date = date(1999, 1, 1)
    other_app.applicant.surname = "Серікова"
    other_app.applicant.name = "Дана"
    other_app.applicant.patronymic = ""
    other = registration.register(staff["clerk"], other_app)
    other = steps.assign_executor(head, other.id, other.version, staff["executor2"].user_id)
    other = save_draft(staff["executor2"], other.id, other.version, DRAFT,
                                 date(2026, 3, 2))
    other = steps.submit_draft(staff["executor2"], other.id, other.version)
    receive(staff["admin"], first="0000990", last="0000999")  # the typed 0000999 is in stock
    other = steps.sign(head, other.id, other.version)
    # A week later the own draft (due on Tuesday) is overdue.
    clock.set(datetime(2026, 3, 9, 17, 0))
    return own, other


# Every read of desktop.services.cases.queries that takes a session, called as the executor with
# arguments that would find the other executor's case if the rule were missing.
def _reads(other):
    return {
        "list_cases": lambda s: queries.list_cases(s),
        "count_cases": lambda s: queries.count_cases(s),
        "overdue": lambda s: queries.overdue(s),
        "head_inbox": lambda s: queries.head_inbox(s),
        "drafts_to_sign": lambda s: queries.drafts_to_sign(s),
        "my_assignments": lambda s: queries.my_assignments(s),
        "duplicates_book": lambda s: queries.duplicates_book(s, date(2026, 3, 1),
                                                             date(2026, 3, 31)),
        "executor_load": lambda s: queries.executor_load(s),
        "get_case": lambda s: queries.get_case(s, other.id),
        "open_cases_of": lambda s: queries.open_cases_of(s, "990101300013", "duplicate"),
        "every_case": lambda s: queries.every_case(s, CaseFilter()),
    }


def test_every_query_is_enumerated():
    """A new query must be added to this test's list (and so to the access rule)."""
    taking_session = {
        name for name, fn in inspect.getmembers(queries, inspect.isfunction)
        if fn.__module__ == queries.__name__ and not name.startswith("_")
        and "session" in inspect.signature(fn).parameters
    }
    assert taking_session == {
        "list_cases", "count_cases", "overdue", "head_inbox", "drafts_to_sign",
        "my_assignments", "duplicates_book", "executor_load", "get_case", "open_cases_of",
        "every_case",
    }


def _ids(result):
    """The cases a result names: rows and details by id, book lines by number, or a count."""
    if isinstance(result, int | dict):
        return result
    if isinstance(result, list):
        return [getattr(r, "id", None) or getattr(r, "reg_number", None) for r in result]
    return [result.id]


DENIED = "denied"


@pytest.mark.parametrize("name", sorted(_reads(None)))
def test_an_executor_gets_nothing_of_another_executors_case(two_cases, staff, name):
    own, other = two_cases
    # What the executor (assigned `own` only) gets from each read: written by hand.
    expected = {
        "list_cases": [own.id], "count_cases": 1, "overdue": [own.id],
        "head_inbox": DENIED, "drafts_to_sign": DENIED, "my_assignments": [own.id],
        "duplicates_book": DENIED, "executor_load": DENIED, "get_case": DENIED,
        "open_cases_of": DENIED, "every_case": [own.id],
    }[name]
    call = _reads(other)[name]
    try:
        got = _ids(call(staff["executor"]))
    except PermissionDenied:
        got = DENIED
    assert got == expected


def test_the_head_does_see_both_cases(two_cases, staff):
    """The reads above do reach the other case for someone: the executor's answer is the rule."""
    own, other = two_cases
    head = staff["head"]
    assert sorted(_ids(queries.list_cases(head))) == sorted([own.id, other.id])
    assert queries.count_cases(head) == 2
    assert _ids(queries.get_case(head, other.id)) == [other.id]


def test_executor_lists_and_counts_only_own_cases(two_cases, staff):
    own, other = two_cases
    executor = staff["executor"]
    assert [r.id for r in queries.list_cases(executor)] == [own.id]
    assert queries.count_cases(executor) == 1
    # Asking for the other executor's cases or the other's number finds nothing.
    by_other = CaseFilter(executor_id=staff["executor2"].user_id)
    assert queries.list_cases(executor, by_other) == []
    assert queries.count_cases(executor, by_other) == 0
    assert queries.list_cases(executor, CaseFilter(text=other.reg_number)) == []
    assert queries.list_cases(executor, CaseFilter(text="Серікова")) == []
    assert [r.id for r in queries.overdue(executor)] == [own.id]
    assert queries.executor_load(staff["head"]) == {
        staff["executor"].user_id: 1,
    }


def test_the_book_of_duplicates_is_the_head_and_the_clerks(two_cases, staff):
    _own, other = two_cases
    march = (date(2026, 3, 1), date(2026, 3, 31))
    for who in ("executor", "executor2", "admin"):
        with pytest.raises(PermissionDenied):
            queries.duplicates_book(staff[who], *march)
    for who in ("head", "clerk"):
        assert [e.reg_number for e in queries.duplicates_book(staff[who], *march)] == [
            other.reg_number
        ]


def test_the_admin_gets_no_case_content(two_cases, staff):
    _own, other = two_cases
    admin = staff["admin"]
    for name, call in _reads(other).items():
        with pytest.raises(PermissionDenied):
            call(admin)
            pytest.fail(f"{name} answered the admin")


def test_the_executor_may_not_act_on_another_executors_case(two_cases, staff):
    own, other = two_cases
    with pytest.raises(PermissionDenied) as err:
        steps.withdraw(staff["executor"], other.id, other.version)
    assert err.value.code in ("not_your_case", "role_not_allowed")
    detail = queries.get_case(staff["executor"], own.id)
    assert detail.allowed_actions == ["submit_draft"]
    assert queries.get_case(staff["executor2"], other.id).allowed_actions == []


def test_policy_functions(two_cases, staff):
    own, other = two_cases
    users = {name: User.get_by_id(s.user_id) for name, s in staff.items()}
    from desktop.store.models import Case

    own_row, other_row = Case.get_by_id(own.id), Case.get_by_id(other.id)
    table = {  # who: (reads own, reads other) — written by hand
        "clerk": (True, True), "head": (True, True), "executor": (True, False),
        "executor2": (False, True), "admin": (False, False),
    }
    for who, (reads_own, reads_other) in table.items():
        assert access.can_read(users[who], own_row) is reads_own, who
        assert access.can_read(users[who], other_row) is reads_other, who
        assert access.can_act(users[who], other_row) is reads_other, who
        visible = {c.id for c in Case.select().where(access.visible_cases(users[who]))}
        assert visible == {i for i, ok in ((own.id, reads_own), (other.id, reads_other)) if ok}
    with pytest.raises(PermissionDenied):
        access.require_read(users["executor"], other_row)
    with pytest.raises(PermissionDenied):
        access.require_act(users["admin"], own_row)
