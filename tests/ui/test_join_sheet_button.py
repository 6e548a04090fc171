"""Admin → Database server → Print…: the join code's sheet in the interface's language,
previewed to print, and recorded in the audit log."""

import pytest

from desktop.store.models import AuditRecord
from desktop.store.server.config import save_server_url
from desktop.ui import i18n, pdf_view
from desktop.ui.server_join_panel import JoinPanel
from support.pdf_inspect import page_texts


@pytest.fixture
def translations(qapp):
    yield
    i18n.reset()


@pytest.mark.parametrize("lang, title", [("kk", "кеңсе серверіне қосылу коды"),
                                         ("ru", "код подключения к серверу офиса")])
def test_print_makes_the_sheet_in_the_screen_s_language(qtbot, staff, tmp_path, monkeypatch,
                                                        translations, lang, title):
    i18n.install(lang)
    save_server_url(tmp_path, "postgresql://kense:pw@192.168.1.10:5432/kense")
    shown = []
    monkeypatch.setattr(pdf_view.PdfPreviewDialog, "exec",
                        lambda dialog: shown.append(dialog.pdf_bytes) or 0)
    panel = JoinPanel(staff["admin"], tmp_path)
    qtbot.addWidget(panel)
    before = AuditRecord.select().where(AuditRecord.action == "join_code_printed").count()
    panel.print_button.click()
    assert len(shown) == 1
    assert title in page_texts(shown[0])[0]
    assert AuditRecord.select().where(
        AuditRecord.action == "join_code_printed").count() == before + 1
