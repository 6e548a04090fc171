"""What the workspaces list: search by IIN, name or number; filters; deadlines; inboxes."""

from dataclasses import replace
from datetime import date, datetime

import pytest
from peewee import SqliteDatabase

from desktop.domain import workflow as wf
from desktop.domain.iin import make_iin
from desktop.services.cases import queries, registration, registry_sql, steps
from desktop.services.cases.queries import CaseFilter
from support.applications import make_application


def _register(staff, surname, iin_serial, service="certificate", channel="office"):
    app = make_application(service, channel)
    birth = date(2001, 4, 12)
    app.applicant = replace(app.applicant, surname=surname, birth_date=birth,
                            iin=make_iin(birth, "F", iin_serial))
    return registration.register(staff["clerk"], app)


def test_search_by_iin_name_and_number(staff, clock):
    a = _register(staff, "Өтегенова", 11)
    b = _register(staff, "Оспанова", 12, service="duplicate")
    clerk = staff["clerk"]
    ids = lambda text: {r.id for r in queries.list_cases(clerk, CaseFilter(text=text))}  # noqa: E731
    assert ids("Өтеген") == {a.id}
    assert ids("өтегенова") == {a.id}  # case does not matter, Kazakh letters included
    assert ids(make_iin(date(2001, 4, 12), "F", 12)) == {b.id}
    assert ids("010412") == {a.id, b.id}  # an IIN prefix
    assert ids("ТН-2026/00001") == {b.id}
    assert ids("2026/00001") == {a.id, b.id}
    assert ids("Петров") == set()
    # The tail of a number is matched as typed: "_" and "%" are no wildcards.
    assert ids("2026_00001") == set()
    assert ids("2026/0000%") == set()


def test_a_row_reads_back_the_case_as_registered(staff, clock):
    clock.set(datetime(2026, 3, 2, 9, 40))
    made = _register(staff, "Өтегенова", 11)
    row, = queries.list_cases(staff["clerk"])
    detail = queries.get_case(staff["clerk"], made.id)
    assert (row.id, row.reg_number, row.service, row.channel) == (
        made.id, detail.reg_number, "certificate", "office")
    assert row.applicant_name == "Өтегенова Әйгерім Ғалымқызы"
    assert row.iin == make_iin(date(2001, 4, 12), "F", 11)
    assert row.accepted_at == datetime(2026, 3, 2, 9, 40)
    assert row.due_at == detail.due_at and isinstance(row.due_at, datetime)
    assert (row.signed_at, row.issued_at, row.executor_name) == (None, None, "")
    assert row == queries.list_cases(staff["clerk"], CaseFilter(text="Өтегенова"))[0]


def test_filters_by_service_state_channel_and_period(staff, clock):
    a = _register(staff, "Әбілова", 21)
    clock.set(datetime(2026, 3, 10, 11, 0))
    b = _register(staff, "Бөкейханова", 22, service="duplicate", channel="state_corp")
    clerk = staff["clerk"]

    def ids(**kw):
        return {r.id for r in queries.list_cases(clerk, CaseFilter(**kw))}

    assert ids(service="duplicate") == {b.id}
    assert ids(channel="office") == {a.id}
    assert ids(states=(wf.REGISTERED,)) == {a.id, b.id}
    assert ids(date_from=date(2026, 3, 5)) == {b.id}
    assert ids(date_to=date(2026, 3, 2)) == {a.id}
    assert queries.count_cases(clerk, CaseFilter(service="certificate")) == 1


def test_sorting_and_paging(staff, clock):
    made = [_register(staff, f"Қасым{'а' * i}", 30 + i) for i in range(1, 6)]
    clerk = staff["clerk"]
    page1 = queries.list_cases(clerk, sort="reg_number", descending=False, limit=2)
    page2 = queries.list_cases(clerk, sort="reg_number", descending=False, offset=2, limit=2)
    assert [r.id for r in page1 + page2] == [c.id for c in made[:4]]
    newest_first = queries.list_cases(clerk, sort="reg_number")
    assert newest_first[0].id == made[-1].id


def test_sorting_by_applicant_follows_the_kazakh_alphabet(staff, clock):
    # In code-point order (SQLite) or a Russian locale, Ә Қ Ө Ұ would all come after Я.
    surnames = ["Яковлева", "Әбенова", "Абаева", "Құлова", "Ким", "Кимова", "Өмірова", "Ұлықова"]
    for serial, surname in enumerate(surnames, 50):
        _register(staff, surname, serial)
    clerk = staff["clerk"]
    rows = queries.list_cases(clerk, sort="applicant", descending=False)
    assert [r.applicant_name.split()[0] for r in rows] == [
        "Абаева", "Әбенова", "Ким", "Кимова", "Құлова", "Өмірова", "Ұлықова", "Яковлева",
    ]
    backwards = queries.list_cases(clerk, sort="applicant", descending=True)
    assert [r.id for r in backwards] == [r.id for r in reversed(rows)]


def test_overdue_and_due_by(staff, clock):
    case = _register(staff, "Нұрғалиева", 41)  # Monday 10:00: assignment due Tuesday 10:00
    head = staff["head"]
    assert queries.overdue(head) == []
    clock.set(datetime(2026, 3, 3, 9, 0))
    due_by_tonight = CaseFilter(due_by=datetime(2026, 3, 3, 23, 59))
    assert [r.id for r in queries.list_cases(head, due_by_tonight)] == [case.id]
    clock.set(datetime(2026, 3, 3, 11, 0))
    assert [r.id for r in queries.overdue(head)] == [case.id]
    detail = queries.get_case(head, case.id)
    assert detail.deadline_status == "overdue" and detail.overdue_minutes == 60


def test_head_inbox_and_executor_load(staff, clock):
    a = _register(staff, "Серікбаева", 51)
    b = _register(staff, "Тұрсынова", 52)
    head = staff["head"]
    assert {r.id for r in queries.head_inbox(head)} == {a.id, b.id}
    steps.assign_executor(head, a.id, a.version, staff["executor"].user_id)
    assert {r.id for r in queries.head_inbox(head)} == {b.id}
    assert queries.executor_load(head) == {staff["executor"].user_id: 1}
    assert [r.id for r in queries.my_assignments(staff["executor"])] == [a.id]
    assert queries.my_assignments(staff["executor2"]) == []


def _tied_cases(staff, clock):
    """Seven cases with ties in every sort column: 0-3 accepted at one moment, 4-6 at a later
    one; 1 and 5 have no due date."""
    from desktop.store.models import Case

    surnames = ["Әлиева", "Әлиева", "Бекова", "Әлиева", "Бекова", "Ким", "Ким"]
    made = []
    for i, surname in enumerate(surnames):
        clock.set(datetime(2026, 3, 2, 10, 0) if i < 4 else datetime(2026, 3, 3, 10, 0))
        made.append(_register(staff, surname, 70 + i,
                              service="duplicate" if i % 3 == 0 else "certificate"))
    Case.update(due_at=None).where(Case.id.in_([made[1].id, made[5].id])).execute()
    return [c.id for c in made]


def test_due_dates_sort_with_the_missing_ones_where_the_backend_keeps_them(db, staff, clock):
    ids = _tied_cases(staff, clock)
    clerk = staff["clerk"]
    order = lambda desc: [r.id for r in queries.list_cases(  # noqa: E731
        clerk, sort="due_at", descending=desc)]
    # The 2nd's cases due first (0, 2, 3 by id), then the 3rd's (4, 6); no due date (1, 5):
    # below every date on SQLite, above on PostgreSQL (where each one's index keeps them).
    dated = [ids[i] for i in (0, 2, 3, 4, 6)]
    undated = [ids[1], ids[5]]
    going_up = undated + dated if isinstance(db, SqliteDatabase) else dated + undated
    assert order(False) == going_up
    assert order(True) == going_up[::-1]


@pytest.mark.parametrize("sort", sorted(registry_sql.SORTABLE))
@pytest.mark.parametrize("descending", [True, False])
def test_a_page_after_a_row_follows_on_in_every_order(staff, clock, sort, descending):
    ids = _tied_cases(staff, clock)
    clerk = staff["clerk"]
    whole = [r.id for r in queries.list_cases(clerk, sort=sort, descending=descending)]
    assert sorted(whole) == sorted(ids)
    paged, after = [], None
    for _ in range(len(ids) + 1):  # two rows a page: never more pages than rows, plus the end
        page = queries.list_cases(clerk, sort=sort, descending=descending, after=after, limit=2)
        if not page:
            break
        paged += [r.id for r in page]
        after = page[-1].position
    else:
        raise AssertionError(f"paging after a row never came to an end: {paged[:20]}…")
    assert paged == whole
    skipped = [queries.list_cases(clerk, sort=sort, descending=descending, offset=i, limit=1)[0].id
               for i in range(len(ids))]
    assert skipped == whole
    backwards = queries.list_cases(clerk, sort=sort, descending=not descending)
    assert [r.id for r in backwards] == whole[::-1]


@pytest.mark.parametrize("few", [True, False])
def test_name_search_finds_kazakh_names_in_any_case_however_many_match(
        staff, clock, few, monkeypatch):
    ids = _tied_cases(staff, clock)
    if not few:
        # Every search counts as one with many matches: the other shape of the query.
        monkeypatch.setattr(registry_sql, "FEW_MATCHES", 0)
    clerk = staff["clerk"]

    def found(text):
        rows = queries.list_cases(clerk, CaseFilter(text=text))
        assert queries.count_cases(clerk, CaseFilter(text=text)) == len(rows)
        return {r.id for r in rows}

    assert found("әлиева") == {ids[0], ids[1], ids[3]}
    assert found("ӘЛИЕВ") == {ids[0], ids[1], ids[3]}
    assert found("ким") == {ids[5], ids[6]}
    assert found("Петров") == set()
