"""People are shown by their names where the program knows them by their logins: who recorded
a batch and moved a blank, who printed a result, who imported an archive file, who wrote an
audit record (the log keeps the login beside the name). The names are the conftest's."""

from desktop.services.archive import importing
from desktop.services.blanks import stock as blanks
from desktop.services.cases import queries
from desktop.services.records import audit
from desktop.services.results import reading
from support.archive_data import aliya, parsed
from support.blank_stock import receive, signed

ADMIN, HEAD, CLERK = "Әкімші Әлия", "Басшы Ғалым Құрманұлы", "Кеңсе Айгүл Серікқызы"


def test_blanks_and_their_batches_name_who_moved_them(staff, clock):
    receive(staff["admin"])
    signed(staff)  # the head's signing takes 0000777
    assert [b.created_by for b in blanks.batches(staff["head"])] == [ADMIN]
    used = [b for b in blanks.blanks(staff["admin"]) if b.state == "used"]
    assert [(b.number, b.state_by) for b in used] == [("0000777", HEAD)]
    lost = blanks.mark_lost(staff["admin"], blanks.blanks(staff["admin"])[1].id, "жоғалды")
    assert lost.state_by == ADMIN


def test_a_cases_prints_name_who_printed(staff, clock):
    receive(staff["admin"])
    case = signed(staff)
    reading.record_print(staff["clerk"], case.id, "HP LaserJet")
    [(_at, who, printer, _copy)] = queries.get_case(staff["clerk"], case.id).prints
    assert (who, printer) == (CLERK, "HP LaserJet")


def test_the_audit_log_and_the_imports_name_the_user(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya()), "a.xlsx")
    [row] = importing.import_history(staff["admin"])
    assert row.username == ADMIN
    entry = next(e for e in audit.read_log(staff["admin"]) if e.action == "archive_import")
    assert (entry.username, entry.full_name) == ("admin", ADMIN)
