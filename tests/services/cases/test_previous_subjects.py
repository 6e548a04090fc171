"""The executor may take the subject names (not the grades) of an earlier certificate of the same
specialty, and only for a case of their own."""

from datetime import date

import pytest

from desktop.services.cases import content, registration, steps
from desktop.services.errors import PermissionDenied
from support.applications import make_application
from support.cases import certificate_draft


def test_the_executor_may_read_the_subject_names_of_the_same_specialty(staff, clock):
    clerk, head, executor = staff["clerk"], staff["head"], staff["executor"]
    old = registration.register(clerk, make_application())
    old = steps.assign_executor(head, old.id, old.version, staff["executor2"].user_id)
    old = content.save_draft(staff["executor2"], old.id, old.version,
                                         certificate_draft(2), date(2026, 3, 2))
    old = steps.submit_draft(staff["executor2"], old.id, old.version)
    steps.sign(head, old.id, old.version)

    new = registration.register(clerk, make_application())
    new = steps.assign_executor(head, new.id, new.version, executor.user_id)
    names = content.previous_subjects(executor, new.id, "06120100")
    assert names == ["Пән 1 — Қазақ әдебиеті", "Пән 2 — Қазақ әдебиеті"]  # names, no grades
    assert content.previous_subjects(executor, new.id, "0304000") == []
    with pytest.raises(PermissionDenied):
        content.previous_subjects(staff["executor2"], new.id, "06120100")
    with pytest.raises(PermissionDenied):
        content.previous_subjects(clerk, new.id, "06120100")
