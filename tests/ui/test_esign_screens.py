"""The head signs electronically from the workspace, through a stand-in NCALayer on a local
port; the office then sees, saves and prints what was signed."""

from __future__ import annotations

import io
import zipfile

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.domain import workflow as wf
from desktop.services.cases import queries
from desktop.services.esign import ncalayer
from desktop.store.models.esign import ResultSignature
from desktop.ui import i18n, printing
from desktop.ui.workspaces import build_workspace
from support.dialogs import record_dialogs
from support.esign_cases import set_up_esign, to_sign
from support.esign_pki import pki
from support.ncalayer_standin import StandIn


@pytest.fixture
def shown(monkeypatch):
    return record_dialogs(monkeypatch)


def _workspace(qtbot, session):
    widget = build_workspace(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def _sign_from_the_box(qtbot, head, button_text: str) -> None:
    """Press Sign; in the question that opens, press `button_text`. Looked for every 10 ms for
    at most ten seconds, never by recursion: if no question comes, whatever modal window
    came instead is closed so that the click returns and the test fails saying so."""
    import time

    from PySide6.QtCore import QTimer

    pressed, instead = [], []
    deadline = time.monotonic() + 10
    poll = QTimer()
    poll.setInterval(10)

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            poll.stop()
            texts = [b.text() for b in box.buttons()]
            pressed.append(texts)
            wanted = [b for b in box.buttons() if b.text() == button_text]
            # A missing button must fail the test, not leave the question open for ever.
            (wanted[0] if wanted else box.button(QMessageBox.StandardButton.Cancel)).click()
        elif time.monotonic() > deadline:
            poll.stop()
            instead.append(type(box).__name__ if box is not None else "no modal window")
            if box is not None:
                box.close()

    poll.timeout.connect(answer)
    poll.start()
    try:
        head.sign_button.click()
    finally:
        poll.stop()  # never left polling into a later test
    assert pressed, f"the Sign question never opened within 10 s (found: {instead or 'none'})"
    assert button_text in pressed[0], pressed[0]


def _wait_until_kept(qtbot, shown) -> None:
    """Until the signature is kept, or a message says why not (then the test fails with it;
    with neither, with how busy the thread pool NCALayer is called from was)."""
    from PySide6.QtCore import QThreadPool

    def kept_or_refused() -> bool:
        return ResultSignature.select().count() == 1 or bool(shown.warnings)

    try:
        qtbot.waitUntil(kept_or_refused, timeout=20000)
    except Exception as exc:
        pool = QThreadPool.globalInstance()
        raise AssertionError(f"no signature kept and nothing said; thread pool: "
                             f"{pool.activeThreadCount()} of {pool.maxThreadCount()} busy") from exc
    assert shown.warnings == []


def _head_on_the_draft(qtbot, staff):
    case = to_sign(staff)
    head = _workspace(qtbot, staff["head"])
    head.tabs.setCurrentIndex(1)
    head.drafts.view.selectRow(0)
    assert head.detail.id == case.id
    return case, head


def test_the_head_signs_electronically_and_the_office_prints_the_signed_line(
        qtbot, staff, clock, shown, monkeypatch):
    set_up_esign(staff["admin"])
    case, head = _head_on_the_draft(qtbot, staff)
    with StandIn(pki().head, pki().intermediate) as standin:
        monkeypatch.setattr(ncalayer, "URL", standin.url)
        _sign_from_the_box(qtbot, head, "Sign electronically…")
        _wait_until_kept(qtbot, shown)
    assert shown.warnings == []
    # What NCALayer was asked to sign is the PDF Kense kept, and the case is signed.
    row = ResultSignature.get()
    assert standin.requests[0]["args"]["data"]
    assert queries.get_case(staff["clerk"], case.id).state == wf.READY
    qtbot.waitUntil(lambda: head.esign.status.text().startswith("Signed electronically"))
    assert head.esign.status.text() == (
        "Signed electronically by ТЕСТОВА АЙГҮЛ (IIN 850312400147) on 02.03.2026.")
    first_page = PdfReader(io.BytesIO(bytes(row.pdf))).pages[0].extract_text()
    assert "ТЕЛНҰСҚА" in first_page.upper()  # the duplicate, as rendered

    # The paper print says it was signed electronically, in the result's language (Kazakh).
    pdf = printing.result_pdf(staff["clerk"], case.id)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Электрондық цифрлық қолтаңбамен қол қойылған: ТЕСТОВА АЙГҮЛ" in text
    assert "ЖСН 850312400147" in text and "4d2a1f00c3" in text


def test_the_office_saves_the_signed_pdf_its_cms_and_a_zip_of_both(
        qtbot, staff, clock, shown, monkeypatch, tmp_path):
    set_up_esign(staff["admin"])
    case, head = _head_on_the_draft(qtbot, staff)
    with StandIn(pki().head, pki().intermediate) as standin:
        monkeypatch.setattr(ncalayer, "URL", standin.url)
        _sign_from_the_box(qtbot, head, "Sign electronically…")
        _wait_until_kept(qtbot, shown)
    clerk = _workspace(qtbot, staff["clerk"])
    clerk.open_case(case.id)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    clerk.esign.save_button.click()
    stem = case.reg_number.replace("/", "-")
    row = ResultSignature.get()
    assert (tmp_path / f"{stem}.pdf").read_bytes() == bytes(row.pdf)
    assert (tmp_path / f"{stem}.cms").read_bytes() == bytes(row.cms)
    with zipfile.ZipFile(tmp_path / f"{stem}.zip") as archive:
        assert sorted(archive.namelist()) == [f"{stem}.cms", f"{stem}.pdf"]
    assert shown.infos[-1][0] == "Signed files saved"


def test_a_program_on_the_port_signing_other_bytes_is_refused_and_the_case_stays_unsigned(
        qtbot, staff, clock, shown, monkeypatch):
    set_up_esign(staff["admin"])
    case, head = _head_on_the_draft(qtbot, staff)
    i18n.install("ru")
    with StandIn(pki().head, pki().intermediate, mode="rogue") as standin:
        monkeypatch.setattr(ncalayer, "URL", standin.url)
        _sign_from_the_box(qtbot, head, "Подписать электронно…")
        qtbot.waitUntil(lambda: bool(shown.warnings), timeout=20000)
    assert "не является подписью этого документа" in shown.warnings[-1][1]
    assert queries.get_case(staff["clerk"], case.id).state == wf.DRAFT_SUBMITTED
    assert ResultSignature.select().count() == 0


def test_without_ncalayer_the_head_signs_as_before(qtbot, staff, clock, shown, monkeypatch):
    set_up_esign(staff["admin"])
    case, head = _head_on_the_draft(qtbot, staff)
    monkeypatch.setattr(ncalayer, "URL", "wss://127.0.0.1:9")  # nothing listens there
    head.sign_button.click()
    assert shown.questions  # the usual question, no electronic choice
    assert queries.get_case(staff["clerk"], case.id).state == wf.READY
    assert ResultSignature.select().count() == 0
    # Signed on paper, it is not offered for the electronic signature NCALayer cannot give.
    assert head.esign.status.text() == (
        "Not signed electronically. To sign it with your key, start NCALayer on this computer "
        "and open the case again.")
    assert not head.esign.sign_button.isVisible()
    with StandIn(pki().head, pki().intermediate) as standin:
        monkeypatch.setattr(ncalayer, "URL", standin.url)
        head.open_case(case.id)
        assert head.esign.sign_button.isVisible()
        assert head.esign.status.text() == "Not signed electronically."


def test_a_certificate_for_unfinished_study_offers_no_electronic_signing(
        qtbot, staff, clock, shown, monkeypatch):
    # Paper only by law (seed 002): even with NCALayer answering, the head is asked the usual
    # question and the signed certificate offers no electronic signature.
    from support.esign_cases import certificate_to_sign

    set_up_esign(staff["admin"])
    case = certificate_to_sign(staff)
    head = _workspace(qtbot, staff["head"])
    head.tabs.setCurrentIndex(1)
    head.drafts.view.selectRow(0)
    assert head.detail.id == case.id
    with StandIn(pki().head, pki().intermediate) as standin:
        monkeypatch.setattr(ncalayer, "URL", standin.url)
        head.sign_button.click()  # no box with "Sign electronically…": the plain question
        assert shown.questions
        assert queries.get_case(staff["clerk"], case.id).state == wf.READY
        detail = head.open_case(case.id)
        assert detail is not None and detail.signed_at is not None, (detail, shown.warnings)
        assert not head.esign.sign_button.isVisible()
        assert head.esign.status.text() == (
            "This result is given on paper only: the law has no electronic form of it.")
    assert standin.requests == []
    assert ResultSignature.select().count() == 0
