"""The executor's draft filled from the archive, in the result's language; only the assigned
executor, and only fields the archive knows (the rest stay as the executor typed them)."""

from datetime import date

import pytest

from desktop.services.archive import importing
from desktop.services.archive.prefill import draft_from_archive, matches_for_case
from desktop.services.cases import registration, steps
from desktop.services.cases.inputs import CertificateDraft, DuplicateDraft, TranscriptLine
from desktop.services.errors import PermissionDenied
from desktop.store.models.archive import ArchiveStudent
from support.applications import make_application
from support.archive_data import aliya, anna, daulet, parsed


def _assigned(staff, **application):
    case = registration.register(staff["clerk"], make_application(**application))
    return steps.assign_executor(staff["head"], case.id, case.version,
                                 staff["executor"].user_id)


@pytest.fixture
def archive(staff, clock):
    importing.import_archive(staff["admin"], parsed(aliya(), daulet(), anna()), "a.xlsx")
    return staff


def _id(surname: str) -> int:
    return ArchiveStudent.get(ArchiveStudent.surname == surname).id


def test_the_applicants_iin_finds_their_record(archive):
    # make_application's applicant has IIN 950815400014: Сейітқали Әлия in the archive.
    case = _assigned(archive)
    assert [r.surname for r in matches_for_case(archive["executor"], case.id)] == ["Сейітқали"]


def test_a_certificate_draft_in_kazakh(archive):
    case = _assigned(archive, language="kk")
    fill = draft_from_archive(archive["executor"], case.id, _id("Омаров"), CertificateDraft())
    d = fill.draft
    # Admitted 2020: the academic year begins on 1 September.
    assert d.study_from == date(2020, 9, 1)
    assert d.study_to == date(2022, 2, 15)  # the expulsion order's date
    assert (d.order_number, d.order_date) == ("45-с", date(2022, 2, 15))
    # Admitted September 2020: 1st course 2020/21, 2nd course 2021/22, which 15.02.2022 is in.
    assert d.course == 2
    assert d.specialty_code == "06130100"
    assert d.specialty_name == "Бағдарламалық қамтамасыз ету"
    assert d.qualification == "4S06130105 Бағдарламалық қамтамасыз етуді әзірлеуші"
    assert d.study_form == "full_time"  # "күндізгі"
    assert d.study_language == "ru"  # "орыс тілі"
    assert d.transcript == [
        # The archive holds the whole scale (52, D, 1,0, "3"): the transcript keeps it all.
        TranscriptLine("Информатика", "52 / D / 1 / 3 (қанағаттанарлық)", hours=72,
                       credits=3.0),
        TranscriptLine("Дене шынықтыру", "босатылды", hours=48, credits=2.0),
    ]
    assert set(fill.fields) == {"study_from", "study_to", "specialty_code", "specialty_name",
                                "qualification", "study_form", "study_language",
                                "course", "order_number", "order_date", "transcript"}


def test_a_certificate_draft_in_russian(archive):
    case = _assigned(archive, language="ru")
    d = draft_from_archive(archive["executor"], case.id, _id("Сейітқали"),
                           CertificateDraft()).draft
    assert d.specialty_name == "Программное обеспечение"
    assert d.transcript == [
        TranscriptLine("Информатика", "87 / B+ / 3,33 / 4 (хорошо)", hours=72, credits=3.0),
        TranscriptLine("Физическая культура", "зачтено", hours=48, credits=2.0),
        TranscriptLine("Профессиональная практика", "96 / A / 4 / 5 (отлично)", hours=144,
                       credits=6.0),
    ]


def test_what_the_archive_does_not_know_stays_as_typed(archive):
    case = _assigned(archive)
    typed = CertificateDraft(course=2, expulsion_reason="өз қалауы бойынша",
                             specialty_code="0000")
    # Сейітқали graduated: no expulsion order, so no course the archive could tell.
    d = draft_from_archive(archive["executor"], case.id, _id("Сейітқали"), typed).draft
    assert d.course == 2
    assert d.expulsion_reason == "өз қалауы бойынша"
    assert d.specialty_code == "06130100"  # the archive knows it: its value replaces


def test_a_duplicate_draft_takes_the_original_diploma(archive):
    case = _assigned(archive, service="duplicate")
    d = draft_from_archive(archive["executor"], case.id, _id("Сейітқали"),
                           DuplicateDraft(new_blank_series="ТКБ", new_blank_number="1")).draft
    assert (d.original_series, d.original_number, d.original_issued_on) == (
        "ТКБ", "0123456", date(2023, 6, 30))
    assert d.graduation_year == 2023
    assert d.honours is True
    assert d.name_as_written == "Сейітқали Әлия Бауыржанқызы"
    assert (d.new_blank_series, d.new_blank_number) == ("ТКБ", "1")


def test_only_the_assigned_executor_fills_a_draft(archive):
    case = _assigned(archive)
    for who in ("executor2", "clerk", "head"):
        with pytest.raises(PermissionDenied):
            draft_from_archive(archive[who], case.id, _id("Ким"), CertificateDraft())


@pytest.mark.parametrize(("admitted", "left", "course"), [
    (2020, date(2020, 9, 1), 1),    # the first day of the first year
    (2020, date(2021, 8, 31), 1),   # the last day of the first academic year
    (2020, date(2021, 9, 1), 2),
    (2019, date(2023, 6, 30), 4),   # 2019/20, 20/21, 21/22, 22/23
    (2020, date(2020, 6, 1), None),  # before admission: no course
    (2010, date(2020, 1, 1), None),  # a 10th year is no course a certificate names
])
def test_the_course_on_the_day_of_leaving(admitted, left, course):
    from desktop.services.results.kinds.archive_fill import course_at

    assert course_at(admitted, left) == course


def test_every_kind_that_fills_from_the_archive_names_a_function_that_exists():
    import importlib

    from desktop.services.results import registry

    named = {k.code: k.from_archive for k in registry.all_kinds() if k.from_archive}
    assert set(named) == {"certificate", "duplicate"}
    for target in named.values():
        module, function = target.split(":")
        assert callable(getattr(importlib.import_module(module), function)), target
