"""Admin → Signatures: the NCA certificates installed and the lists of revoked certificates
imported by file, said in the admin's language."""

from PySide6.QtWidgets import QFileDialog

from desktop.ui import i18n
from desktop.ui.admin.signatures_page import SignaturesPage
from support.dialogs import record_dialogs
from support.esign_cases import set_up_esign
from support.esign_nca_files import FOLDER, GOST2022_CRL, GOST_INTERMEDIATE, read


def test_the_admin_imports_the_nca_s_list_and_sees_its_date_and_entries(
        qtbot, staff, clock, monkeypatch):
    shown = record_dialogs(monkeypatch)
    set_up_esign(staff["admin"], extra=(read(GOST_INTERMEDIATE),))
    i18n.install("ru")
    page = SignaturesPage(staff["admin"])
    qtbot.addWidget(page)
    assert "root_gost_2022.cer" in page.intro.text()  # what to install, named
    assert "Промежуточный сертификат обязателен" in page.intro.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(FOLDER / GOST2022_CRL)], ""))
    page.crls.import_button.click()
    assert shown.warnings == []
    table = page.crls.table
    assert table.rowCount() == 1
    # The list's Last Update is 27.07.2022 11:26:06 UTC: the 27th in any zone UTC-11 .. UTC+12.
    assert table.item(0, 0).text() == "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022"
    assert table.item(0, 1).text().startswith("27.07.2022")
    assert table.item(0, 3).text() == "6"


def test_a_list_whose_issuer_is_not_installed_is_refused_in_words(
        qtbot, staff, clock, monkeypatch):
    shown = record_dialogs(monkeypatch)
    set_up_esign(staff["admin"])
    i18n.install("kk")
    page = SignaturesPage(staff["admin"])
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(FOLDER / GOST2022_CRL)], ""))
    page.crls.import_button.click()
    assert page.crls.table.rowCount() == 0
    assert "сертификаты орнатылмаған" in shown.warnings[-1][1]


def test_where_online_the_lists_the_certificates_name_are_downloaded_and_imported(
        qtbot, staff, clock, monkeypatch):
    from desktop.services.esign import crl_fetch

    record_dialogs(monkeypatch)
    set_up_esign(staff["admin"], extra=(read(GOST_INTERMEDIATE),))
    named = ["http://test.pki.gov.kz/crl/nca_gost2022_test.crl",
             "http://test.pki.gov.kz/crl/nca_gost2022_d_test.crl"]
    monkeypatch.setattr(crl_fetch, "distribution_points", lambda session: named)

    def download(url, timeout=crl_fetch.TIMEOUT):
        if url.endswith("_d_test.crl"):
            raise crl_fetch.DomainError("crl_download_failed", "offline", url=url,
                                        reason="timed out")
        return read(GOST2022_CRL)

    monkeypatch.setattr(crl_fetch, "download", download)
    page = SignaturesPage(staff["admin"])
    qtbot.addWidget(page)
    page.crls.fetch_button.click()
    qtbot.waitUntil(lambda: page.crls.table.rowCount() == 1, timeout=10000)
    assert page.crls.fetch_status.text() == (
        "Lists imported: 1. Not imported: "
        "http://test.pki.gov.kz/crl/nca_gost2022_d_test.crl (timed out)")
