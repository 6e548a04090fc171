"""The archive import stores what the preview showed: adds, updates, never deletes; one
transaction per file; audited with the file's name and hash; the admin's alone."""

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.services.archive import importing
from desktop.services.archive.finding import ArchiveQuery, archive_record, search_archive
from desktop.services.errors import PermissionDenied
from desktop.services.records import audit
from desktop.services.records.audit import entries
from desktop.store.models.archive import ArchiveGrade, ArchiveImport, ArchiveStudent
from support.archive_data import aliya, anna, daulet, grade, parsed


def _names(session, text):
    return [r.full_name for r in search_archive(session, ArchiveQuery(text=text))]


def test_first_import_adds_every_student_with_their_grades(staff, clock):
    report = importing.import_archive(staff["admin"], parsed(aliya(), daulet(), anna()),
                                           "3F-1.xlsx")
    assert (report.added, report.updated, report.unchanged) == (3, 0, 0)
    assert ArchiveStudent.select().count() == 3
    # Әлия 3 grades + Дәулет 2 + Анна 0 (see tests/support/archive_data.py)
    assert ArchiveGrade.select().count() == 5
    stored = ArchiveStudent.get(ArchiveStudent.iin == "950815400014")
    assert (stored.diploma_series, stored.diploma_number) == ("ТКБ", "0123456")
    assert stored.diploma_date == date(2023, 6, 30)
    assert stored.honours is True
    assert stored.group_name == "3F-1"
    informatics = ArchiveGrade.get((ArchiveGrade.student == stored.id)
                                   & (ArchiveGrade.position == 1))
    assert (informatics.points, informatics.letter, informatics.numeric,
            informatics.traditional, informatics.hours, informatics.credits) == (
        87, "B+", 3.33, "4", 72, 3.0)


def test_the_import_is_audited_with_who_which_file_and_its_hash(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya(), sha256="f" * 64),
                                  "C:/Users/admin/Desktop/3F-1.xlsx")
    record = entries(limit=1)[0]
    assert (record.username, record.action) == ("admin", "archive_import")
    assert record.changes["file"] == "3F-1.xlsx"
    assert record.changes["sha256"] == "f" * 64
    assert record.changes["added"] == 1
    history = importing.import_history(staff["admin"])
    assert [(h.file_name, h.added, h.sha256) for h in history] == [("3F-1.xlsx", 1, "f" * 64)]


def test_the_same_file_again_changes_nothing(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya(), daulet(), anna()), "a.xlsx")
    report = importing.import_archive(staff["admin"], parsed(aliya(), daulet(), anna()),
                                           "a.xlsx")
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert report.changes == []
    assert ArchiveStudent.select().count() == 3
    assert ArchiveGrade.select().count() == 5


def test_a_corrected_file_updates_three_students_and_says_what_changed(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya(), daulet(), anna()), "a.xlsx")
    corrected = parsed(
        # The same IIN, the surname spelled as on her passport now.
        aliya(surname="Сейтқали"),
        # Known by group and name (no IIN, no diploma): the practice grade was missing.
        daulet(grades=((1, daulet().grades[0][1]), (2, daulet().grades[1][1]),
                       (3, grade(75, "B-", 2.67, "4", "75 / B- / 2,67 / 4")))),
        # Known by the IIN; the diploma number was mistyped.
        anna(diploma_number="0123458"),
    )
    report = importing.import_archive(staff["admin"], corrected, "a-corrected.xlsx")
    assert (report.added, report.updated, report.unchanged) == (0, 3, 0)
    changes = {c.full_name: c.values for c in report.changes}
    assert changes["Сейтқали Әлия Бауыржанқызы"] == (("surname", "Сейітқали", "Сейтқали"),)
    assert changes["Ким Анна Викторовна"] == (("diploma_number", "0123457", "0123458"),)
    assert changes["Омаров Дәулет Серікұлы"] == (
        ("grade:Кәсіптік практика / Профессиональная практика", "", "75 / B- / 2,67 / 4"),)
    assert ArchiveStudent.select().count() == 3


def test_a_changed_date_is_reported_as_the_office_writes_dates(staff, clock):
    importing.import_archive(staff["admin"], parsed(anna()), "a.xlsx")
    report = importing.import_archive(
        staff["admin"], parsed(anna(diploma_date=date(2023, 7, 1), birth_date=date(1999, 1,
                                                                                     1))),
        "b.xlsx")
    [change] = report.changes
    assert set(change.values) == {("diploma_date", "30.06.2023", "01.07.2023"),
                                  ("birth_date", "", "01.01.1999")}


def test_the_rows_the_admin_left_out_are_not_imported_and_only_they(staff, clock):
    # Әлия is row 6, Дәулет row 7, Анна row 8 of sheet 3F-1 (tests/support/archive_data.py).
    report = importing.import_archive(staff["admin"], parsed(aliya(), daulet(), anna()),
                                      "3F-1.xlsx", leave_out={("3F-1", 7)})
    assert (report.added, report.updated, report.unchanged) == (2, 0, 0)
    assert sorted(s.surname for s in ArchiveStudent.select()) == ["Ким", "Сейітқали"]
    assert ArchiveGrade.select().count() == 3  # Әлия's three; Дәулет's two left with him
    [record] = [e for e in entries() if e.action == "archive_import"]
    assert record.changes["left_out"] == 1
    with pytest.raises(DomainError) as err:
        importing.import_archive(staff["admin"], parsed(daulet()), "3F-1.xlsx",
                                 leave_out={("3F-1", 7)})
    assert err.value.code == "archive_empty"


def test_the_older_spelling_of_a_name_still_finds_the_student(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya()), "a.xlsx")
    importing.import_archive(staff["admin"], parsed(aliya(surname="Сейтқали")), "b.xlsx")
    assert _names(staff["clerk"], "Сейітқали") == ["Сейтқали Әлия Бауыржанқызы"]
    assert _names(staff["clerk"], "Сейтқали") == ["Сейтқали Әлия Бауыржанқызы"]
    record = archive_record(staff["clerk"], ArchiveStudent.get().id)
    assert record.spellings == ("Сейітқали Әлия Бауыржанқызы", "Сейтқали Әлия Бауыржанқызы")


def test_an_empty_cell_in_a_corrected_file_deletes_nothing(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya()), "a.xlsx")
    report = importing.import_archive(
        staff["admin"], parsed(aliya(diploma_date=None, thesis_kk="", honours=False,
                                     grades=())), "b.xlsx")
    assert report.unchanged == 1
    stored = ArchiveStudent.get()
    assert stored.diploma_date == date(2023, 6, 30)
    assert stored.thesis_kk == "Колледж сайты"
    assert stored.honours is True
    assert ArchiveGrade.select().count() == 3


def test_only_the_admin_imports(staff, clock):
    for role in ("clerk", "head", "executor"):
        with pytest.raises(PermissionDenied):
            importing.import_archive(staff[role], parsed(aliya()), "a.xlsx")
    assert ArchiveStudent.select().count() == 0
    assert ArchiveImport.select().count() == 0


def test_a_failure_during_the_import_leaves_nothing_half_stored(staff, clock, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(audit, "append", broken)
    with pytest.raises(Exception):  # noqa: B017 - the store's own wrapping of the OSError
        importing.import_archive(staff["admin"], parsed(aliya(), daulet()), "a.xlsx")
    assert ArchiveStudent.select().count() == 0
    assert ArchiveGrade.select().count() == 0
    assert ArchiveImport.select().count() == 0


def test_the_column_mapping_is_remembered_for_the_layout(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya()), "a.xlsx")
    remembered = importing.remembered_mapping("test-summary")
    assert remembered is not None
    assert remembered.fields == (("full_name", 2), ("diploma_number", 18))
    assert (remembered.header_row, remembered.first_row) == (3, 6)


def test_names_that_differ_by_a_doubled_letter_are_two_people(staff, clock):
    # The search reads "Анна" and "Ана" alike; the import must not take one for the other.
    report = importing.import_archive(
        staff["admin"], parsed(anna(iin="", diploma_number=""),
                               replace(anna(iin="", diploma_number="", name="Ана"), row=9)),
        "a.xlsx")
    assert report.added == 2


def test_a_remembered_mapping_spoilt_by_hand_is_ignored(staff, clock):
    from desktop.store.connection import write_transaction
    from desktop.store.settings import write_setting

    with write_transaction():
        write_setting(importing.MAPPING_KEY + "test-summary", '{"layout": "summary"')
    assert importing.remembered_mapping("test-summary") is None
