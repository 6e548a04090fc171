"""Registering a second open case of the same person and service asks first."""


from PySide6.QtWidgets import QMessageBox

from desktop.services.cases import queries, registration
from desktop.ui.workspaces.registration import RegistrationDialog
from support.applications import make_application
from support.ui_driving import click, fill_applicant


def test_registering_the_same_iin_and_service_again_warns(qtbot, staff, clock, shown):
    first = registration.register(staff["clerk"], make_application())
    dialog = RegistrationDialog(staff["clerk"])
    qtbot.addWidget(dialog)
    fill_applicant(qtbot, dialog)
    shown.answer = QMessageBox.StandardButton.No
    click(qtbot, dialog.register_button)
    assert len(shown.questions) == 1 and first.reg_number in shown.questions[0]
    assert queries.count_cases(staff["clerk"]) == 1
