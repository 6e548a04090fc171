"""The language a result is written in: a new application starts in the clerk's, and the executor
is shown it."""


from desktop.services.cases import registration, steps
from desktop.ui import i18n
from desktop.ui.workspaces.registration import RegistrationDialog
from support.applications import make_application
from support.ui_driving import select, workspace


def test_new_application_defaults_to_the_language_the_clerk_works_in(qtbot, staff, clock):
    assert staff["clerk"].language == "kk"
    i18n.install("ru")
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    assert dialog.result_language.currentData() == "ru"


def test_the_executor_sees_the_language_the_result_is_written_in(qtbot, staff, clock):
    case = registration.register(staff["clerk"], make_application(language="ru"))
    steps.assign_executor(staff["head"], case.id, case.version, staff["executor"].user_id)
    ex = workspace(qtbot, staff["executor"])
    select(ex.assignments.view)
    assert "Language of the result: Russian" in ex.heading.text()
