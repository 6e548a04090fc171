"""The audit log holds no IIN in clear: it says which person or student changed and that an
IIN changed, never the number (the admin, who reads the log, sees no personal data). Checked
over every record the use cases that meet an IIN write."""

from dataclasses import replace

from desktop.services.archive import importing
from desktop.services.cases import registration
from desktop.services.esign import signing as esign
from desktop.store.models import AuditRecord
from support.applications import make_application
from support.archive_data import anna, parsed
from support.esign_cases import set_up_esign, to_sign
from support.esign_pki import pki, sign_detached


def _log_text() -> str:
    return "\n".join(r.changes for r in AuditRecord.select())


def test_an_archive_import_that_fills_an_iin_logs_it_masked(staff, clock):
    importing.import_archive(staff["admin"], parsed(anna(iin="")), "3F-1.xlsx")
    importing.import_archive(staff["admin"], parsed(anna()), "3F-1.xlsx")
    # Анна's IIN (tests/support/archive_data.py) came with the second file.
    assert "990101300013" not in _log_text()
    record = AuditRecord.select().where(AuditRecord.action == "archive_import").order_by(
        AuditRecord.id.desc()).get()
    assert '["iin", "", "********0013"]' in record.changes


def test_an_electronic_signature_logs_the_signers_iin_masked(staff, clock):
    set_up_esign(staff["admin"])
    case = to_sign(staff)
    prepared = esign.prepare_signing(staff["head"], case.id, case.version)
    pdf = b"%PDF-1.4 the result"
    esign.sign_electronically(staff["head"], prepared, pdf,
                              sign_detached(pdf, pki().head, pki().intermediate))
    # The head's test key carries IIN 850312400147 (tests/support/esign_pki.py).
    assert "850312400147" not in _log_text()
    assert "********0147" in _log_text()


def test_registering_and_correcting_a_person_logs_no_iin(staff, clock):
    first = make_application()
    registration.register(staff["clerk"], first)
    again = replace(first, applicant=replace(first.applicant, phone="+7 701 000 00 00"))
    registration.register(staff["clerk"], again)
    assert first.applicant.iin not in _log_text()
