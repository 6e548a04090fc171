"""Revocation offline, from the NCA's lists (CRLs) the admin imported: a certificate in a list
is revoked; without a list newer than the signing moment it is said not checked; a list not
signed by the certificate's issuer does not count."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.services.esign.check_report import FAILED, NOT_CHECKED, PASSED
from desktop.services.esign.checking import verify_detached
from support.esign_nca_files import (
    GOST2022_CRL,
    GOST_INTERMEDIATE,
    GOST_SIGNER_SERIAL,
    SIGNED_CONTENT,
    TWO_SIGNERS,
    read,
)
from support.esign_pki import AT, COLLEGE_BIN, make_crl, pki, sign_detached

PDF = b"%PDF-1.7\n% a result of the college\n%%EOF\n"
HEAD_SERIAL = 0x4D2A1F00C3  # esign_pki's head
# AT is 01.12.2026 10:00 UTC, the moment asked about.
AFTER_AT = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)
BEFORE_AT = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _report(*crls: bytes):
    cms = sign_detached(PDF, pki().head, pki().intermediate)
    return verify_detached(PDF, cms, pki().trusted, college_bin=COLLEGE_BIN, at=AT,
                           crls=list(crls))


def test_a_head_revoked_before_the_signing_moment_is_revoked_and_invalid():
    crl = make_crl(pki().intermediate, ((HEAD_SERIAL, datetime(2026, 6, 1, 9, 0, tzinfo=UTC)),),
                   this_update=AFTER_AT)
    report = _report(crl)
    assert report.revocation.outcome == FAILED
    assert report.revocation.reason == ("revoked on 01.06.2026 (unspecified), in the list of "
                                        "05.12.2026")
    assert report.verdict == "invalid"


def test_not_in_a_list_newer_than_the_signing_moment_is_not_revoked_as_of_its_date():
    crl = make_crl(pki().intermediate, ((0x51, BEFORE_AT),), this_update=AFTER_AT)  # the clerk
    report = _report(crl)
    assert report.revocation.outcome == PASSED
    assert report.revocation.reason == "not revoked as of the list of 05.12.2026"
    assert report.revocation_list == AFTER_AT
    assert report.verdict == "valid"


def test_revoked_only_after_the_signing_moment_still_signed_validly_and_says_so():
    crl = make_crl(pki().intermediate, ((HEAD_SERIAL, datetime(2026, 12, 3, tzinfo=UTC)),),
                   this_update=AFTER_AT)
    report = _report(crl)
    assert report.revocation.outcome == PASSED
    assert report.revocation.reason == ("not revoked as of the list of 05.12.2026 (revoked "
                                        "later, on 03.12.2026)")


def test_with_only_a_list_older_than_the_signing_moment_revocation_is_not_checked():
    report = _report(make_crl(pki().intermediate, (), this_update=BEFORE_AT))
    assert report.revocation.outcome == NOT_CHECKED
    assert report.revocation.reason == ("revocation not checked: no list newer than the signing "
                                        "moment (the newest imported is of 20.11.2026)")
    assert report.verdict == "valid"  # the offline checks all passed; revocation is said apart


def test_with_no_list_revocation_is_not_checked_and_says_which_issuer():
    report = _report()
    assert report.revocation.outcome == NOT_CHECKED
    assert report.revocation.reason == ("revocation not checked: no list of revoked "
                                        "certificates of TEST NCA (RSA) imported")


def test_a_list_in_the_intermediate_s_name_signed_by_another_key_does_not_count():
    forged = make_crl(pki().intermediate, ((HEAD_SERIAL, BEFORE_AT),), this_update=AFTER_AT,
                      signed_by=pki().rogue_intermediate)
    assert _report(forged).revocation.outcome == NOT_CHECKED


def test_the_real_gost_list_of_nca_test_2022_is_read_and_its_signature_checked():
    # Its list is of 27.07.2022 11:26:06 UTC; the GOST signer is not in it.
    def gost_revocation(at):
        report = verify_detached(SIGNED_CONTENT, read(TWO_SIGNERS), [read(GOST_INTERMEDIATE)],
                                 college_bin=COLLEGE_BIN, at=at, crls=[read(GOST2022_CRL)])
        gost = next(r for r in (report, *report.co_signers)
                    if r.facts.serial == GOST_SIGNER_SERIAL)
        return gost.revocation

    signed = gost_revocation(datetime(2022, 9, 27, 21, 29, 41, tzinfo=UTC))
    assert (signed.outcome, signed.reason) == (NOT_CHECKED, (
        "revocation not checked: no list newer than the signing moment (the newest imported "
        "is of 27.07.2022)"))
    earlier = gost_revocation(datetime(2022, 7, 27, 11, 0, tzinfo=UTC))
    assert (earlier.outcome, earlier.reason) == (PASSED,
                                                 "not revoked as of the list of 27.07.2022")
