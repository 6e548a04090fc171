"""The head's refusal on screen: the preliminary decision offers only the law's grounds for
refusing the service (never the desk's), worded in the letter's language, with the hearing's
limits; the final letter is signed only once the hearing confirmed it, and prints in Kazakh."""

import io
from datetime import datetime

from pypdf import PdfReader
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.domain import workflow as wf
from desktop.services.cases import queries, registration
from desktop.ui import i18n, printing
from support.applications import make_application
from support.hearing_road import heard
from support.ui_driving import click, drive_modal, select, type_text, workspace

NO_RECORD_KK = ("Білім беру ұйымының мұрағатында және берілген құжаттарды есепке алу кітабында "
                "құжат түпнұсқасының көрсетілетін қызметті алушыға берілгені туралы жазба жоқ")
DESK_KK = "Стандарттың 8-тармағында көзделген"


def _text(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_preliminary_decision_offers_the_laws_grounds_and_the_limits(qtbot, staff, clock,
                                                                         shown):
    clock.set(datetime(2026, 11, 30, 10, 0))
    case = registration.register(staff["clerk"], make_application("duplicate", language="kk"))
    i18n.install("ru")  # the head works in Russian; the papers are in Kazakh
    head = workspace(qtbot, staff["head"])
    select(head.inbox.view)
    assert not head.refuse_button.isEnabled()  # no letter before the hearing
    seen = []

    def decide(dialog):
        try:
            seen.append(([label.text() for label in dialog.ground_labels.values()],
                         dialog.language_note.text(), dialog.limits_label.text()))
            dialog.checks["no_record_of_original"].setChecked(True)
            type_text(dialog.edit, "Мұрағатта жазба жоқ")
            type_text(dialog.place, "Басшының кабинеті, 204")
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        finally:
            if dialog.isVisible():
                dialog.done(0)

    drive_modal(qtbot, head.hearing.buttons["decide_preliminary"].click, decide)
    grounds, note, limits = seen[0]
    assert NO_RECORD_KK in grounds and len(grounds) == 3
    assert not any(DESK_KK in g for g in grounds)
    assert "казахский" in note.casefold()
    # Accepted 30.11.2026: the term ends 22.12.2026 (16.12 a holiday); notice by 17.12.2026.
    assert "22.12.2026" in limits and "17.12.2026" in limits
    assert queries.get_case(staff["head"], case.id).state == wf.PRELIMINARY_REFUSAL
    assert head.hearing.print_notice.isEnabled()
    notice = _text(printing.paper_pdf(staff["head"], case.id, wf.HEARING_NOTICE))
    assert "тыңдау" in notice.casefold() and "Басшының кабинеті, 204" in notice
    assert "Заслушивание" not in notice


def test_the_letter_is_signed_after_the_hearing_in_the_letters_language(qtbot, staff, clock,
                                                                        shown):
    case = registration.register(staff["clerk"], make_application("duplicate", language="kk"))
    case = heard(staff["head"], staff["clerk"], case)
    i18n.install("ru")
    head = workspace(qtbot, staff["head"])
    head.open_case(case.id)
    assert head.refuse_button.isEnabled()

    def sign(dialog):
        try:
            assert [c for c, box in dialog.checks.items() if box.isChecked()] == [
                "no_record_of_original"]
            assert not any(box.isEnabled() for box in dialog.checks.values())
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        finally:
            if dialog.isVisible():
                dialog.done(0)

    shown.answer = QMessageBox.StandardButton.Yes
    drive_modal(qtbot, head.refuse_button.click, sign)
    assert queries.get_case(staff["head"], case.id).result_kind == "motivated_refusal"
    letter = _text(printing.result_pdf(staff["head"], case.id))
    assert NO_RECORD_KK[:40] in letter and "19-1-бабының 2) тармақшасы" in letter
    assert "тыңдау" in letter and "Мұрағатта мәлімет жоқ" in letter
    assert "подпункт" not in letter  # no Russian wording in a Kazakh letter
