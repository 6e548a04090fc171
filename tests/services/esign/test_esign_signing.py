"""The head signs a result electronically: the signature NCALayer returns is checked offline
before anything is kept, and the case is signed and its signature kept together or not at all.
The CMS here is made by the test PKI (tests/support/esign_pki.py), as NCALayer would make it."""

import hashlib
import json
from datetime import datetime

import pytest

from desktop.domain.errors import DomainError, InvalidInput
from desktop.domain.validation import clean_bin
from desktop.services.cases import steps
from desktop.services.errors import Conflict, PermissionDenied
from desktop.services.esign import certificates as nca_certificates
from desktop.services.esign import signing as esign
from desktop.services.records.chain_check import verify_chain
from desktop.store.models import AuditRecord, Case, ResultSnapshot
from desktop.store.models.esign import ResultSignature
from support.esign_cases import set_up_esign, signed_duplicate, to_sign
from support.esign_pki import COLLEGE_BIN, pki, sign_detached

PDF = b"%PDF-1.4 the result as rendered from the prepared content"


def nothing_saved(case_before):
    case = Case.get_by_id(case_before.id)
    assert case.version == case_before.version
    assert case.state == case_before.state
    assert case.signed_at is None
    assert ResultSnapshot.select().where(ResultSnapshot.case == case.id).count() == 0
    assert ResultSignature.select().count() == 0


# --- signing -----------------------------------------------------------------------------------
def test_the_head_signs_and_the_pdf_the_cms_and_the_signer_are_kept_with_the_result(staff, clock):
    set_up_esign(staff["admin"])
    case = to_sign(staff)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    assert Case.get_by_id(case.id).state == case.state  # preparing saved nothing
    cms = sign_detached(PDF, pki().head, pki().intermediate)

    done = esign.sign_electronically(staff["head"], prepared, PDF, cms)

    assert done.signed_at == datetime(2026, 3, 2, 10, 0)  # the prepared moment
    snap = ResultSnapshot.get(ResultSnapshot.case == case.id)
    assert json.loads(snap.content) == prepared.content  # what was rendered is what is fixed
    assert prepared.content["verification_code"] == done.verification_code != ""
    row = ResultSignature.get()
    assert (bytes(row.pdf), bytes(row.cms), row.snapshot_id) == (PDF, cms, snap.id)
    signer = json.loads(row.signer)
    assert (signer["iin"], signer["bin"], signer["common_name"], signer["serial"]) == (
        "850312400147", COLLEGE_BIN, "ТЕСТОВА АЙГҮЛ", "4d2a1f00c3")
    assert row.verdict == "valid"
    event = AuditRecord.select().where(AuditRecord.action == "sign").get()
    kept = json.loads(event.changes)["esign"]
    assert kept["pdf_sha256"] == hashlib.sha256(PDF).hexdigest()
    assert kept["snapshot_hash"] == snap.content_hash
    assert verify_chain().ok


def test_a_signature_of_other_bytes_is_refused_and_the_case_stays_unsigned(staff, clock):
    # A program impersonating NCALayer returns a real-looking signature of something else.
    set_up_esign(staff["admin"])
    case = to_sign(staff)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    cms = sign_detached(PDF + b" altered", pki().head, pki().intermediate)
    with pytest.raises(DomainError) as err:
        esign.sign_electronically(staff["head"], prepared, PDF, cms)
    assert err.value.code == "esign_not_this_document"
    nothing_saved(case)


@pytest.mark.parametrize(("signer", "code"), [
    ("clerk", "esign_not_head"),  # the office's own key: no first-head usage
    ("other_bin", "esign_other_college"),  # a head, of another organisation
    ("rogue_head", "esign_untrusted_certificate"),  # same names, a CA that is not NCA's
    ("expired", "esign_certificate_not_valid"),  # the head's last year's key
])
def test_a_key_that_is_not_this_colleges_heads_valid_key_is_refused(staff, clock, signer, code):
    set_up_esign(staff["admin"])
    case = to_sign(staff)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    key = getattr(pki(), signer)
    carried = pki().rogue_intermediate if signer == "rogue_head" else pki().intermediate
    with pytest.raises(DomainError) as err:
        esign.sign_electronically(staff["head"], prepared, PDF, sign_detached(PDF, key, carried))
    assert err.value.code == code
    nothing_saved(case)


def test_a_change_to_the_case_after_preparing_saves_nothing(staff, clock):
    set_up_esign(staff["admin"])
    case = to_sign(staff)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    returned = steps.return_draft(staff["head"], case.id, case.version, "Курс дұрыс емес")
    cms = sign_detached(PDF, pki().head, pki().intermediate)
    with pytest.raises(Conflict):
        esign.sign_electronically(staff["head"], prepared, PDF, cms)
    assert Case.get_by_id(case.id).version == returned.version
    assert ResultSignature.select().count() == 0


def test_only_the_head_signs_electronically(staff, clock):
    set_up_esign(staff["admin"])
    case = to_sign(staff)
    for who in ("clerk", "executor", "admin"):
        with pytest.raises(PermissionDenied):
            esign.prepare_signing(staff[who], case.id, case.version)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    cms = sign_detached(PDF, pki().head, pki().intermediate)
    with pytest.raises(PermissionDenied):
        esign.sign_electronically(staff["clerk"], prepared, PDF, cms)
    nothing_saved(case)


@pytest.mark.parametrize(("bin_", "certificates", "code"), [
    ("", True, "esign_no_bin"),
    (COLLEGE_BIN, False, "esign_no_certificates"),
])
def test_signing_is_refused_before_ncalayer_until_it_is_set_up(staff, clock, bin_, certificates,
                                                                code):
    set_up_esign(staff["admin"], bin_=bin_, certificates=certificates)
    case = to_sign(staff)
    with pytest.raises(DomainError) as err:
        esign.prepare_signing(staff["head"], case.id, case.version)
    assert err.value.code == code


# --- a result signed on paper, signed electronically later --------------------------------------
def test_a_result_signed_before_is_signed_electronically_once(staff, clock):
    set_up_esign(staff["admin"])
    case = signed_duplicate(staff)
    prepared = esign.prepare_fixed(staff["head"], case.id)
    snap = ResultSnapshot.get(ResultSnapshot.case == case.id)
    assert prepared.content == json.loads(snap.content)
    cms = sign_detached(PDF, pki().head, pki().intermediate)
    esign.sign_electronically(staff["head"], prepared, PDF, cms)
    stored = esign.signature_of(staff["clerk"], case.id)
    assert (stored.snapshot_id, stored.current, stored.verdict) == (snap.id, True, "valid")
    assert AuditRecord.select().where(AuditRecord.action == "sign_electronically").count() == 1
    with pytest.raises(DomainError) as err:
        esign.prepare_fixed(staff["head"], case.id)
    assert err.value.code == "esign_already_signed"
    assert verify_chain().ok


# --- the kept signature later ------------------------------------------------------------------
def test_the_kept_signature_checks_at_its_signing_time_after_the_key_expired(staff, clock):
    set_up_esign(staff["admin"])
    case = signed_duplicate(staff)
    esign.sign_electronically(staff["head"], esign.prepare_fixed(staff["head"], case.id), PDF,
                              sign_detached(PDF, pki().head, pki().intermediate))
    clock.set(datetime(2027, 6, 1, 10, 0))  # the head's certificate ended on 02.03.2027
    report, intact = esign.check_stored(staff["clerk"], case.id)
    assert (report.verdict, intact) == ("valid", True)


def test_changed_pdf_bytes_in_the_database_show_when_checked(staff, clock):
    set_up_esign(staff["admin"])
    case = signed_duplicate(staff)
    esign.sign_electronically(staff["head"], esign.prepare_fixed(staff["head"], case.id), PDF,
                              sign_detached(PDF, pki().head, pki().intermediate))
    ResultSignature.update(pdf=PDF.replace(b"result", b"resulT")).execute()
    report, intact = esign.check_stored(staff["clerk"], case.id)
    assert intact is False
    assert report.verdict == "invalid"
    assert report.digest_matches.outcome == "failed"


def test_a_deleted_signature_shows_in_the_chain_check(staff, clock):
    set_up_esign(staff["admin"])
    case = signed_duplicate(staff)
    esign.sign_electronically(staff["head"], esign.prepare_fixed(staff["head"], case.id), PDF,
                              sign_detached(PDF, pki().head, pki().intermediate))
    assert verify_chain().ok
    ResultSignature.delete().execute()
    report = verify_chain()
    assert not report.ok
    assert {(f.problem, f.case_id) for f in report.findings} == {("case", case.id)}


def test_the_signed_files_are_named_by_the_registration_number_and_their_export_is_logged(
        staff, clock):
    set_up_esign(staff["admin"])
    case = signed_duplicate(staff)
    esign.sign_electronically(staff["head"], esign.prepare_fixed(staff["head"], case.id), PDF,
                              cms := sign_detached(PDF, pki().head, pki().intermediate))
    files = esign.signed_files(staff["clerk"], case.id)
    assert (files.pdf, files.cms, files.files_intact) == (PDF, cms, True)
    assert files.stem == case.reg_number.replace("/", "-")
    assert AuditRecord.select().where(AuditRecord.action == "export_signed_result").count() == 1
    with pytest.raises(PermissionDenied):
        esign.signed_files(staff["admin"], case.id)


# --- the college's BIN and the NCA certificates ---------------------------------------------------
def test_a_bin_must_carry_its_check_digit():
    # 1·1+2·2+…+9·9+0·10+1·11 = 296 ≡ 10 (mod 11): no digit, so the second weights
    # 3,4,…,11,1,2 give 377 ≡ 3: the BIN starting 12345678901 ends in 3.
    assert clean_bin(" 123456789013 ") == "123456789013"
    for wrong in ("123456789012", "12345678901", "12345678901A"):
        with pytest.raises(InvalidInput) as err:
            clean_bin(wrong)
        assert err.value.code == "bad_bin"
    assert clean_bin("") == ""


def test_only_authorities_certificates_are_installed_and_only_by_the_admin(staff, clock):
    with pytest.raises(DomainError) as err:
        nca_certificates.install(staff["admin"], pki().head.der)  # a person's certificate
    assert err.value.code == "not_an_authority"
    with pytest.raises(DomainError) as err:
        nca_certificates.install(staff["admin"], b"not a certificate")
    assert err.value.code == "not_a_certificate"
    with pytest.raises(PermissionDenied):
        nca_certificates.install(staff["head"], pki().root.der)
    first = nca_certificates.install(staff["admin"], pki().root.der)
    again = nca_certificates.install(staff["admin"], pki().root.der)
    assert first == again
    assert first.sha256 == hashlib.sha256(pki().root.der).hexdigest()
    assert [c.subject for c in nca_certificates.installed(staff["admin"])] == [first.subject]
    nca_certificates.remove(staff["admin"], first.id)
    assert nca_certificates.installed(staff["head"]) == []
    assert AuditRecord.select().where(AuditRecord.action.in_(
        ["install_nca_certificate", "remove_nca_certificate"])).count() == 2


# --- only where the law has an electronic result ------------------------------------------------
def test_a_certificate_for_unfinished_study_is_never_signed_electronically(staff, clock):
    # Seed 002 gives the certificate on paper only (certificate.toml: result_forms = paper).
    from support.esign_cases import certificate_to_sign

    set_up_esign(staff["admin"])
    case = certificate_to_sign(staff)
    assert esign.offers_electronic("certificate") is False
    assert esign.offers_electronic("duplicate") is True
    with pytest.raises(DomainError) as err:
        esign.prepare_signing(staff["head"], case.id, case.version)
    assert err.value.code == "esign_paper_only"
    signed = steps.sign(staff["head"], case.id, case.version)  # on paper: allowed
    with pytest.raises(DomainError) as err:
        esign.prepare_fixed(staff["head"], signed.id)
    assert err.value.code == "esign_paper_only"
    # Even a prepared signing made up by hand is refused before anything is checked or kept.
    forged = esign.PreparedSigning(signed.id, -1, signed.signed_at, {}, COLLEGE_BIN,
                                   snapshot_id=ResultSnapshot.get().id)
    with pytest.raises(DomainError) as err:
        esign.sign_electronically(staff["head"], forged, PDF,
                                  sign_detached(PDF, pki().head, pki().intermediate))
    assert err.value.code == "esign_paper_only"
    assert ResultSignature.select().count() == 0


# --- a GOST key, through NCALayer, checked from the saved files ----------------------------------
def test_the_head_signs_a_duplicate_with_a_gost_key_and_the_saved_files_verify(
        staff, clock, tmp_path, capsys):
    from desktop.cli.esign import verify_from_command_line
    from desktop.services.esign import ncalayer
    from support.esign_gost import gost_pki
    from support.ncalayer_standin import StandIn

    set_up_esign(staff["admin"], extra=(gost_pki().root.der, gost_pki().intermediate.der))
    case = to_sign(staff)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    with StandIn(gost_pki().head, gost_pki().intermediate) as standin:
        cms = ncalayer.sign_cms(PDF, bin=COLLEGE_BIN, locale="kk", url=standin.url, timeout=20)
    esign.sign_electronically(staff["head"], prepared, PDF, cms)
    stored = esign.signature_of(staff["clerk"], case.id)
    assert stored.verdict == "valid"
    assert stored.signer["signature_algorithm"] == "gost34112015-512/gost34102015-512"
    assert stored.signer["serial"] == "6a0f"

    files = esign.signed_files(staff["clerk"], case.id)
    (tmp_path / "r.pdf").write_bytes(files.pdf)
    (tmp_path / "r.cms").write_bytes(files.cms)

    class Args:
        verify_signature = (str(tmp_path / "r.pdf"), str(tmp_path / "r.cms"))

    assert verify_from_command_line(tmp_path, Args()) == 0
    out = capsys.readouterr().out
    assert "r.pdf + r.cms: VALID" in out
    assert "signature_value_checked: passed" in out and "chain_ok: passed" in out
