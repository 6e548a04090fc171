"""`kense --verify-signature FILE.pdf FILE.cms`: the IT person's offline check, against the NCA
certificates installed in the office's database and its BIN."""

from datetime import UTC, datetime

import pytest

from desktop.__main__ import build_parser
from desktop.cli import main
from desktop.services.accounts import users
from desktop.services.esign import certificates as nca_certificates
from desktop.store.connection import close_database, open_database
from desktop.store.migrations import migrate
from support.esign_pki import COLLEGE_BIN, make_crl, pki, sign_detached
from support.users import PASSWORD

PDF = b"%PDF-1.4 a certificate for unfinished study, as signed"


def _data(tmp_path, *, certificates: bool, installed: tuple[bytes, ...] = ()):
    folder = tmp_path / "data"
    folder.mkdir()
    migrate(open_database(folder / "kense.sqlite3"))
    profile = users.CollegeProfile("Колледж", "Колледж", "", "", "Басшы", bin=COLLEGE_BIN)
    admin = users.first_run_setup(profile, "admin", "Әкімші Әлия", PASSWORD)
    if certificates:
        for cert in (pki().root, pki().intermediate):
            nca_certificates.install(admin, cert.der)
    for der in installed:
        nca_certificates.install(admin, der)
    close_database()
    return folder


def _files(tmp_path, pdf: bytes, cms: bytes):
    (tmp_path / "result.pdf").write_bytes(pdf)
    (tmp_path / "result.cms").write_bytes(cms)
    return str(tmp_path / "result.pdf"), str(tmp_path / "result.cms")


def _run(data, *argv):
    try:
        return main.run_cli(build_parser().parse_args(["--data-dir", str(data), *argv]))
    finally:
        close_database()


def test_the_heads_signature_of_this_pdf_is_valid(tmp_path, capsys):
    data = _data(tmp_path, certificates=True)
    files = _files(tmp_path, PDF, sign_detached(PDF, pki().head, pki().intermediate))
    assert _run(data, "--verify-signature", *files) == 0
    out = capsys.readouterr().out
    assert "result.pdf + result.cms: VALID" in out
    assert "signer iin: 850312400147" in out


def test_a_changed_pdf_is_invalid(tmp_path, capsys):
    data = _data(tmp_path, certificates=True)
    cms = sign_detached(PDF, pki().head, pki().intermediate)
    files = _files(tmp_path, PDF.replace(b"unfinished", b"finished"), cms)
    assert _run(data, "--verify-signature", *files) == 2
    out = capsys.readouterr().out
    assert "INVALID" in out
    assert "digest_matches: failed" in out


def test_without_installed_certificates_it_is_never_called_valid(tmp_path, capsys):
    data = _data(tmp_path, certificates=False)
    files = _files(tmp_path, PDF, sign_detached(PDF, pki().head, pki().intermediate))
    assert _run(data, "--verify-signature", *files) == 1
    out = capsys.readouterr().out
    assert "NOT FULLY CHECKED" in out
    assert "chain_ok: not_checked (no NCA certificates installed)" in out


@pytest.mark.parametrize("cms", [b"", b"not a signature at all"])
def test_a_file_that_is_not_a_signature_is_said_so(tmp_path, capsys, cms):
    data = _data(tmp_path, certificates=True)
    assert _run(data, "--verify-signature", *_files(tmp_path, PDF, cms)) == 2
    assert "not a readable CMS signature" in capsys.readouterr().err


def test_a_real_two_signer_kalkan_cms_reports_both_signatures(tmp_path, capsys):
    from support.esign_nca_files import (
        GOST_INTERMEDIATE,
        RSA_INTERMEDIATE,
        SIGNED_CONTENT,
        TWO_SIGNERS,
        read,
    )

    data = _data(tmp_path, certificates=False,
                 installed=(read(GOST_INTERMEDIATE), read(RSA_INTERMEDIATE)))
    files = _files(tmp_path, SIGNED_CONTENT, read(TWO_SIGNERS))
    assert _run(data, "--verify-signature", *files) == 2  # two private persons, no head
    out = capsys.readouterr().out
    assert "signature 1 of 2" in out and "signature 2 of 2" in out
    assert "signer signature_algorithm: gost34112015-512/gost34102015-512" in out
    assert "signer signature_algorithm: sha256/sha256_rsa" in out
    assert out.count("signature_value_checked: passed") == 2
    assert out.count("chain_ok: passed") == 2


def test_the_admin_imports_the_nca_s_lists_from_the_command_line(tmp_path, capsys, monkeypatch):
    import getpass

    from support.esign_nca_files import FOLDER, GOST2022_CRL, GOST_INTERMEDIATE, read

    data = _data(tmp_path, certificates=True, installed=(read(GOST_INTERMEDIATE),))
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": PASSWORD)
    crl = make_crl(pki().intermediate, ((0x51, datetime(2026, 1, 5, tzinfo=UTC)),),
                   this_update=datetime(2026, 1, 10, 6, 0, tzinfo=UTC))
    (tmp_path / "nca_rsa_test.crl").write_bytes(crl)
    (tmp_path / "junk.crl").write_bytes(b"not a list")
    status = _run(data, "--import-crl", str(FOLDER / GOST2022_CRL),
                  str(tmp_path / "junk.crl"), str(tmp_path / "nca_rsa_test.crl"),
                  "--user", "admin")
    captured = capsys.readouterr()
    assert status == 2  # one file refused; the others imported
    # Its Last Update, 27.07.2022 11:26 UTC, printed in this PC's zone: the 27th in most.
    assert ("crl_nca_gost2022_test.crl: imported the list of ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ "
            "(GOST) TEST 2022 of 27.07.2022") in captured.out
    assert ", 6 certificates" in captured.out
    assert "nca_rsa_test.crl: imported the list of TEST NCA (RSA)" in captured.out
    assert "junk.crl: not a CRL file" in captured.err


def test_importing_lists_needs_an_admin(tmp_path, capsys):
    data = _data(tmp_path, certificates=True)
    assert _run(data, "--import-crl", str(tmp_path / "x.crl")) == 2
    assert "--import-crl needs --user NAME" in capsys.readouterr().err
