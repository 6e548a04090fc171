"""Bad input is refused with a clear error, and nothing is saved."""

from dataclasses import replace
from datetime import date, datetime

import pytest

from desktop.domain.errors import InvalidInput
from desktop.services.cases import queries, registration
from desktop.store.models import Applicant, AuditRecord, Case
from support.applications import make_application


def _refused(staff, app, field, code=None):
    before = (Case.select().count(), Applicant.select().count(), AuditRecord.select().count())
    with pytest.raises(InvalidInput) as err:
        registration.register(staff["clerk"], app)
    assert err.value.field == field
    if code:
        assert err.value.code == code
    after = (Case.select().count(), Applicant.select().count(), AuditRecord.select().count())
    assert after == before
    return err.value


def _with_applicant(**changes):
    app = make_application()
    app.applicant = replace(app.applicant, **changes)
    return app


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"iin": ""}, "iin", "iin_empty"),
        ({"iin": "12345"}, "iin", "iin_length"),
        ({"iin": "9508154000a4"}, "iin", "iin_non_digit"),
        ({"iin": "950815400015"}, "iin", "iin_checksum"),
        ({"iin": "9" * 10_000}, "iin", "iin_length"),
        ({"surname": ""}, "surname", "required"),
        ({"surname": "Қ" * 10_000}, "surname", "too_long"),
        ({"surname": "Қасымова7"}, "surname", "bad_name"),
        ({"name": "<script>"}, "name", "bad_name"),
        ({"birth_date": date(1995, 8, 16)}, "birth_date", "birth_date_mismatch"),
        ({"birth_date": None}, "birth_date", "required"),
        ({"birth_date": date(2999, 1, 1)}, "birth_date", "future_date"),
        ({"phone": "call me"}, "phone", "bad_phone"),
    ],
)
def test_bad_applicant_fields(staff, clock, changes, field, code):
    _refused(staff, _with_applicant(**changes), field, code)


def test_bad_application_fields(staff, clock):
    _refused(staff, make_application(service="pension"), "service", "bad_choice")
    _refused(staff, make_application(language="en"), "language", "bad_choice")
    _refused(staff, make_application("duplicate", reason=""), "reason", "required")
    _refused(staff, make_application("duplicate", "state_corp", external_number=""),
             "external_number", "required")
    _refused(staff, make_application(submitted_at=datetime(2030, 1, 1)), "submitted_at",
             "future_date")
    _refused(staff, make_application(external_number="x" * 10_000), "external_number",
             "too_long")


def test_names_with_every_kazakh_letter_are_kept_exactly(staff, clock):
    app = _with_applicant(surname="Әғқңөұүһі-Ұлы", name="Ғазиза Һәкім", patronymic="Құрманқызы")
    case = registration.register(staff["clerk"], app)
    detail = queries.get_case(staff["clerk"], case.id)
    assert detail.applicant_surname == "Әғқңөұүһі-Ұлы"
    assert detail.applicant_full_name == "Әғқңөұүһі-Ұлы Ғазиза Һәкім Құрманқызы"


@pytest.mark.parametrize("value", [float("nan"), 10**400, 2.5, None, "5", True])
def test_office_numbers_are_range_checked_without_overflow(staff, value):
    from desktop.services.accounts import policy
    from desktop.services.blanks import printer_offsets

    before = AuditRecord.select().count()
    with pytest.raises(InvalidInput) as err:
        policy.set_idle_lock_minutes(staff["admin"], value)
    assert err.value.field == "idle_minutes"
    if value != 2.5:  # a fraction of a millimetre is a good offset
        with pytest.raises(InvalidInput) as err:
            printer_offsets.set_offsets(staff["admin"], "HP LaserJet", value, 0.0)
        assert err.value.field == "offset_x"
    assert AuditRecord.select().count() == before


@pytest.mark.parametrize(("text", "field"), [
    ("Қасымова\x00", "surname"), ("Ә\ud800", "name"), ("Алматы\x1b[31m", "address"),
])
def test_control_characters_and_lone_surrogates_are_refused_by_field(staff, clock, text,
                                                                     field):
    _refused(staff, _with_applicant(**{field: text}), field, "bad_char")


def test_a_name_whose_search_form_outgrows_its_column_is_refused(staff, clock):
    # 'ﬃ' is one letter that case-folds to three: 3 x 59 + 3 x 59 + 3 x 59 + 2 = 533 > 200.
    _refused(staff, _with_applicant(surname="ﬃ" * 59, name="ﬃ" * 59, patronymic="ﬃ" * 59),
             "full_name", "too_long")


def test_a_huge_number_in_a_transcript_is_refused_not_overflowing(staff, clock):
    from datetime import date

    from desktop.services.cases import steps
    from desktop.services.cases.content import save_draft
    from desktop.services.cases.inputs import CertificateDraft, TranscriptLine

    case = registration.register(staff["clerk"], make_application())
    case = steps.assign_executor(staff["head"], case.id, case.version,
                                 staff["executor"].user_id)
    draft = CertificateDraft(transcript=[TranscriptLine("Қазақ тілі", "5", credits=10**400)])
    with pytest.raises(InvalidInput) as err:
        save_draft(staff["executor"], case.id, case.version, draft,
                               date(2026, 3, 2))
    assert (err.value.field, err.value.code) == ("transcript[1]", "out_of_range")
