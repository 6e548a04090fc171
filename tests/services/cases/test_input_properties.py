"""Whatever a user types or pastes, a use case either saves it or refuses it with the project's
own validation error — never a database error, an OverflowError or a UnicodeEncodeError — and
after a refusal nothing has changed. Runs on SQLite and PostgreSQL (the `db` fixture).

Profiles (KENSE_HYPOTHESIS_PROFILE): "ci" (the default, 2,000 examples per use case and
backend) and "dev" (200, for a quick look while working).
"""

import os
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import given as given_
from hypothesis import strategies as st
from peewee import fn

from desktop.domain.errors import DomainError
from desktop.services.cases import registration, steps
from desktop.services.cases.content import save_draft
from desktop.services.cases.inputs import DuplicateDraft, TranscriptLine
from desktop.services.errors import StoreError
from desktop.store.models import (
    Applicant,
    AuditRecord,
    Case,
    CertificateContent,
    DuplicateContent,
    TranscriptRow,
    WriteLock,
)
from support.applications import make_application
from support.cases import certificate_draft

_COMMON = dict(deadline=None, database=None, derandomize=True, print_blob=True,
               suppress_health_check=[HealthCheck.function_scoped_fixture,
                                      HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", max_examples=2000, **_COMMON)
settings.register_profile("dev", max_examples=200, **_COMMON)
PROFILE = os.environ.get("KENSE_HYPOTHESIS_PROFILE", "ci")
TODAY = date(2026, 3, 2)

# Every character there is, lone surrogates and controls included ...
ANY_CHAR = st.characters(exclude_categories=())
# ... and the ones that break databases or lengths, so they come up often.
NASTY = st.sampled_from(["\x00", "\x01", "\x1f", "\x7f", "\x0b", "\ud800", "\udfff", "\t",
                         "\n", "\r", "ß", "ﬃ", "ŉ", "ΐ", "Ә", "і", "\u0301", "\u0958",
                         "\U0001f600", "'", '"', "%", "_", "\\", ";"])
NAMEISH = st.sampled_from(list("АӘБҒҚҢӨҰҮҺІаәбғқңөұүһіﬃßŉΐ -'’."))
TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=40),
    st.text(st.one_of(NASTY, NAMEISH), max_size=80),
    st.text(NAMEISH, min_size=1, max_size=70),
    st.builds(lambda c, n: c * n, st.one_of(NASTY, NAMEISH), st.integers(0, 700)),
)
NUMBER = st.one_of(
    st.none(), st.integers(), st.integers(-(10**400), 10**400), st.floats(),
    st.sampled_from([0, 1, 6, 7, 500, 501, 10_000, 10_001, 1930, 2026, 0.5, -0.0, True]),
)


def _snapshot():
    """Everything a refused use case could have touched: the write counter and audit head
    (every committed use case moves them), row counts and highest ids, and the rows of the
    drafts' cases (few; the registrations' rows are covered by counts, ids and the counter)."""
    lock = tuple(WriteLock.select().where(WriteLock.id == 1).tuples().get())
    tables = (Case, Applicant, CertificateContent, DuplicateContent, TranscriptRow, AuditRecord)
    sizes = [tuple(m.select(fn.COUNT(m.id), fn.MAX(m.id)).tuples().get()) for m in tables]
    drafts = [list(m.select().where(m.case.in_(_WATCHED)).order_by(m.id).tuples())
              for m in (CertificateContent, DuplicateContent, TranscriptRow)]
    cases = list(Case.select().where(Case.id.in_(_WATCHED)).order_by(Case.id).tuples())
    return lock, sizes, drafts, cases


_WATCHED: list[int] = []  # the cases whose drafts a test edits


def _refused_or_saved(call):
    """Run the use case; a refusal must be our own error and must leave everything as it was.
    Returns the result, or None when refused."""
    before = _snapshot()
    try:
        return call()
    except (DomainError, StoreError) as exc:
        # StoreError only if it says something true about the database, never "unexpected".
        assert getattr(exc, "code", "") not in ("", "unexpected"), exc
    assert _snapshot() == before
    return None


@pytest.mark.parametrize("_profile", [PROFILE])
def test_registration_takes_anything_typed(staff, clock, _profile):
    clerk = staff["clerk"]
    _WATCHED[:] = []
    fields = st.fixed_dictionaries({}, optional={
        "iin": st.one_of(TEXT, st.just("950815400014")),
        "surname": TEXT, "name": TEXT, "patronymic": TEXT, "phone": TEXT, "email": TEXT,
        "address": TEXT,
    })
    application = st.fixed_dictionaries({}, optional={
        "external_number": TEXT, "representative_name": TEXT,
        "representative_document": TEXT,
    })

    @settings(settings.get_profile(_profile))
    @given_(fields, application)
    def check(person, extra):
        app = make_application(**extra)
        app.applicant = replace(app.applicant, **person)
        case = _refused_or_saved(lambda: registration.register(clerk, app))
        if case is not None:  # what was saved reads back exactly, on both backends
            stored = Applicant.get_by_id(Case.get_by_id(case.id).applicant_id)
            assert len(stored.search_name) <= 200
            assert "\x00" not in stored.surname + stored.name + stored.address

    check()


def _assigned_case(staff, service):
    app = make_application(service)
    case = registration.register(staff["clerk"], app)
    _WATCHED[:] = [case.id]
    return steps.assign_executor(staff["head"], case.id, case.version,
                                 staff["executor"].user_id)


LINES = st.lists(
    st.builds(TranscriptLine, subject=st.one_of(st.just("Қазақ тілі"), TEXT),
              grade=st.one_of(st.just("5"), TEXT), hours=NUMBER, credits=NUMBER),
    max_size=3,
)


@pytest.mark.parametrize("_profile", [PROFILE])
def test_certificate_draft_takes_anything_typed(staff, clock, _profile):
    executor = staff["executor"]
    case = _assigned_case(staff, "certificate")
    state = {"version": case.version}
    texts = {f: TEXT for f in ("specialty_code", "specialty_name", "qualification",
                               "study_form", "study_language", "order_number",
                               "expulsion_reason")}
    changes = st.fixed_dictionaries({}, optional={"course": NUMBER, "transcript": LINES, **texts})
    base = certificate_draft()

    @settings(settings.get_profile(_profile))
    @given_(changes)
    def check(change):
        draft = replace(base, **change)
        saved = _refused_or_saved(lambda: save_draft(
            executor, case.id, state["version"], draft, TODAY))
        if saved is not None:
            state["version"] = saved.version

    check()


@pytest.mark.parametrize("_profile", [PROFILE])
def test_duplicate_draft_takes_anything_typed(staff, clock, _profile):
    executor = staff["executor"]
    case = _assigned_case(staff, "duplicate")
    state = {"version": case.version}
    texts = {f: TEXT for f in ("original_series", "original_number", "specialty_code",
                               "specialty_name", "qualification", "name_as_written",
                               "new_blank_series", "new_blank_number")}
    changes = st.fixed_dictionaries({}, optional={"graduation_year": NUMBER, "transcript": LINES,
                                                  **texts})
    base = DuplicateDraft(original_number="123456", specialty_name="Есеп және аудит",
                          qualification="Бухгалтер", graduation_year=2015,
                          name_as_written="Қасымова Әйгерім", new_blank_series="ТКБ",
                          new_blank_number="0012345",
                          transcript=[TranscriptLine("Қазақ тілі", "5", hours=72, credits=3)])

    @settings(settings.get_profile(_profile))
    @given_(changes)
    def check(change):
        draft = replace(base, **change)
        saved = _refused_or_saved(lambda: save_draft(
            executor, case.id, state["version"], draft, TODAY))
        if saved is not None:
            state["version"] = saved.version

    check()


@pytest.mark.parametrize("_profile", [PROFILE])
def test_return_comment_takes_anything_typed(staff, clock, _profile):
    """A free-text step (the head's comment on a draft): only the characters rule can refuse."""
    executor, head = staff["executor"], staff["head"]
    case = _assigned_case(staff, "certificate")
    case = save_draft(executor, case.id, case.version, certificate_draft(), TODAY)
    case = steps.submit_draft(executor, case.id, case.version)
    state = {"case": case}

    # An extra use case beyond the three above: a quarter of the profile's examples.
    profile = settings.get_profile(_profile)

    @settings(profile, max_examples=max(100, profile.max_examples // 4))
    @given_(TEXT)
    def check(comment):
        current = state["case"]
        done = _refused_or_saved(lambda: steps.return_draft(head, current.id, current.version,
                                                            comment))
        if done is not None:  # back to the head for the next example
            state["case"] = steps.submit_draft(executor, done.id, done.version)

    check()
