"""Finding a student in the archive: by IIN, name (either spelling of the Kazakh letters),
group, years, diploma number; for the roles that read the archive only."""

import pytest

from desktop.services.archive import importing
from desktop.services.archive.finding import ArchiveQuery, archive_record, by_iin, search_archive
from desktop.services.errors import PermissionDenied
from support.archive_data import aliya, anna, daulet, parsed


@pytest.fixture
def archive(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya(), daulet(), anna()), "a.xlsx")
    return staff


def _found(session, **query):
    return [r.full_name for r in search_archive(session, ArchiveQuery(**query))]


ALIYA = "Сейітқали Әлия Бауыржанқызы"
DAULET = "Омаров Дәулет Серікұлы"
ANNA = "Ким Анна Викторовна"


def test_everyone_in_kazakh_alphabetical_order(archive):
    # К is the 14th letter of the Kazakh alphabet, О the 20th, С the 24th.
    assert _found(archive["clerk"]) == [ANNA, DAULET, ALIYA]


def test_a_name_typed_with_russian_letters_finds_the_kazakh_spelling(archive):
    assert _found(archive["clerk"], text="сеиткали алия") == [ALIYA]
    assert _found(archive["clerk"], text="СЕЙІТҚАЛИ") == [ALIYA]
    assert _found(archive["clerk"], text="Омаров Даулет") == [DAULET]


def test_a_name_matches_from_its_start_only(archive):
    assert _found(archive["clerk"], text="қали") == []


def test_by_iin_prefix_and_whole(archive):
    assert _found(archive["head"], text="9508") == [ALIYA]
    assert [r.full_name for r in by_iin(archive["clerk"], "990101300013")] == [ANNA]
    assert by_iin(archive["clerk"], "990101300012") == []


def test_by_diploma_number_with_or_without_its_series(archive):
    assert _found(archive["clerk"], text="0123457") == [ANNA]
    assert _found(archive["clerk"], text="ТКБ 0123456") == [ALIYA]


def test_by_group_and_years_of_graduation(archive):
    assert _found(archive["clerk"], group="3F-1", year_from=2023, year_to=2023) == [ANNA, ALIYA]
    # Дәулет did not graduate: a year filter leaves him out.
    assert _found(archive["clerk"], year_from=2024) == []
    assert _found(archive["clerk"], group="3F-2") == []


def test_a_whole_record_with_its_grades_in_sheet_order(archive):
    row = search_archive(archive["executor"], ArchiveQuery(text="Сейітқали"))[0]
    record = archive_record(archive["executor"], row.id)
    assert [g.subject for g in record.grades] == [
        "Информатика / Информатика", "Дене шынықтыру / Физическая культура",
        "Кәсіптік практика / Профессиональная практика"]
    assert record.qualification_code == "4S06130105"


def test_the_admin_imports_but_does_not_browse_people(archive):
    with pytest.raises(PermissionDenied):
        search_archive(archive["admin"], ArchiveQuery())
    with pytest.raises(PermissionDenied):
        by_iin(archive["admin"], "950815400014")
