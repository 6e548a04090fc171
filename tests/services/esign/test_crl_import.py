"""The admin imports the NCA's lists of revoked certificates (CRLs) by file; a list is kept
only when an installed NCA certificate signed it, and a head whose key is in one cannot sign."""

from datetime import UTC, datetime

import pytest

from desktop.domain.errors import DomainError
from desktop.services.errors import PermissionDenied
from desktop.services.esign import crls
from desktop.services.esign import signing as esign
from desktop.store.models import AuditRecord
from desktop.store.models.esign import ResultSignature
from support.esign_cases import set_up_esign, signed_duplicate, to_sign
from support.esign_nca_files import GOST2022_CRL, GOST_INTERMEDIATE, read
from support.esign_pki import make_crl, pki, sign_detached

PDF = b"%PDF-1.4 the result as rendered from the prepared content"
HEAD_SERIAL = 0x4D2A1F00C3


def test_the_admin_imports_a_list_signed_by_an_installed_nca_certificate(staff, clock):
    set_up_esign(staff["admin"], extra=(read(GOST_INTERMEDIATE),))
    info = crls.import_crl(staff["admin"], read(GOST2022_CRL))
    # Read off the file: issuer ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022, 6 entries,
    # Last Update 27.07.2022 11:26:06 UTC, Next Update 23.01.2023 11:26:06 UTC; no delta.
    assert info.issuer == "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022"
    assert (info.entries, info.delta) == (6, False)
    assert info.this_update.astimezone(UTC).replace(tzinfo=None) == datetime(2022, 7, 27, 11,
                                                                              26, 6)
    assert crls.import_crl(staff["admin"], read(GOST2022_CRL)) == info  # kept once
    assert [c.id for c in crls.imported(staff["head"])] == [info.id]
    assert AuditRecord.select().where(AuditRecord.action == "import_nca_crl").count() == 1
    crls.remove(staff["admin"], info.id)
    assert crls.imported(staff["admin"]) == []


@pytest.mark.parametrize(("make", "code"), [
    (lambda: b"not a list", "not_a_crl"),
    # The GOST TEST 2022 list, with its intermediate not installed here:
    (lambda: read(GOST2022_CRL), "crl_issuer_not_installed"),
    # A list in the installed intermediate's name, signed by a look-alike's key:
    (lambda: make_crl(pki().intermediate, (), this_update=datetime(2026, 3, 1, tzinfo=UTC),
                      signed_by=pki().rogue_intermediate), "crl_signature_bad"),
])
def test_a_list_kense_cannot_rely_on_is_refused(staff, clock, make, code):
    set_up_esign(staff["admin"])
    with pytest.raises(DomainError) as err:
        crls.import_crl(staff["admin"], make())
    assert err.value.code == code


def test_only_the_admin_imports_lists(staff, clock):
    set_up_esign(staff["admin"])
    crl = make_crl(pki().intermediate, (), this_update=datetime(2026, 3, 1, tzinfo=UTC))
    for who in ("head", "clerk"):
        with pytest.raises(PermissionDenied):
            crls.import_crl(staff[who], crl)


def test_a_head_whose_key_is_in_an_imported_list_cannot_sign(staff, clock):
    # The clock stands at 02.03.2026 10:00; the head's key was revoked at 08:00 that day.
    set_up_esign(staff["admin"])
    crls.import_crl(staff["admin"], make_crl(
        pki().intermediate, ((HEAD_SERIAL, datetime(2026, 3, 2, 8, 0, tzinfo=UTC)),),
        this_update=datetime(2026, 3, 2, 9, 0, tzinfo=UTC)))
    case = to_sign(staff)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    with pytest.raises(DomainError) as err:
        esign.sign_electronically(staff["head"], prepared, PDF,
                                  sign_detached(PDF, pki().head, pki().intermediate))
    assert err.value.code == "esign_certificate_revoked"
    assert ResultSignature.select().count() == 0


def test_a_kept_signature_checked_again_is_said_revoked_once_a_list_names_it(staff, clock):
    set_up_esign(staff["admin"])
    case = signed_duplicate(staff)
    esign.sign_electronically(staff["head"], esign.prepare_fixed(staff["head"], case.id), PDF,
                              sign_detached(PDF, pki().head, pki().intermediate))
    report, _ = esign.check_stored(staff["clerk"], case.id)
    assert report.revocation.outcome == "not_checked"
    crls.import_crl(staff["admin"], make_crl(
        pki().intermediate, ((HEAD_SERIAL, datetime(2026, 3, 1, tzinfo=UTC)),),
        this_update=datetime(2026, 3, 5, tzinfo=UTC)))
    report, _ = esign.check_stored(staff["clerk"], case.id)
    assert report.revocation.outcome == "failed"
    assert report.verdict == "invalid"
