"""Offline verification of a detached CMS over a PDF, against the test CA of esign_pki.

Each test breaks one rule and expects that check, and only that one, to say so; the facts are
read off the head's certificate as esign_pki's docstring writes it out.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.errors import DomainError
from desktop.services.esign.check_report import FAILED, NOT_CHECKED, PASSED
from desktop.services.esign.checking import verify_detached
from support.esign_pki import AT, COLLEGE_BIN, OTHER_BIN, pki, sign_detached

PDF = b"%PDF-1.7\n% a result of the college\n%%EOF\n"


def _report(cms: bytes, *, trusted=None, pdf: bytes = PDF, at: datetime = AT):
    return verify_detached(pdf, cms, pki().trusted if trusted is None else trusted,
                           college_bin=COLLEGE_BIN, at=at)


def _outcomes(report) -> dict[str, str]:
    return {name: check.outcome for name, check in report.checks().items()}


ALL_PASSED = {"digest_matches": PASSED, "signature_value_checked": PASSED,
              "chain_ok": PASSED, "within_validity": PASSED, "usage_ok": PASSED,
              "bin_matches": PASSED}


def test_the_head_s_signature_over_the_pdf_is_valid():
    report = _report(sign_detached(PDF, pki().head, pki().intermediate))
    assert _outcomes(report) == ALL_PASSED
    assert report.verdict == "valid"


def test_the_signer_facts_are_those_of_the_head_s_certificate():
    facts = _report(sign_detached(PDF, pki().head, pki().intermediate)).facts
    assert facts.iin == "850312400147"  # serialNumber "IIN850312400147"
    assert facts.bin == "123456789013"  # OU "BIN123456789013"
    assert facts.common_name == "ТЕСТОВА АЙГҮЛ"
    assert facts.serial == "4d2a1f00c3"  # 0x4D2A1F00C3
    assert facts.not_before == datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    assert facts.not_after == datetime(2027, 3, 2, 6, 0, tzinfo=UTC)
    assert facts.signature_algorithm == "sha256/rsassa_pkcs1v15"
    assert facts.issuer == "TEST NCA (RSA)"


def test_a_signature_over_other_bytes_is_invalid_by_its_digest():
    # What a program impersonating NCALayer could hand back: a good signature of another file.
    report = _report(sign_detached(PDF + b"% altered", pki().head, pki().intermediate))
    assert _outcomes(report) == {**ALL_PASSED, "digest_matches": FAILED}
    assert report.verdict == "invalid"


def test_a_tampered_signature_value_is_invalid():
    cms = bytearray(sign_detached(PDF, pki().head, pki().intermediate))
    cms[-5] ^= 0xFF  # inside the signature value, the last field of the SignerInfo
    report = _report(bytes(cms))
    assert _outcomes(report) == {**ALL_PASSED, "signature_value_checked": FAILED}
    assert report.verdict == "invalid"


def test_a_clerk_s_key_is_not_a_head_s():
    report = _report(sign_detached(PDF, pki().clerk, pki().intermediate))
    assert _outcomes(report) == {**ALL_PASSED, "usage_ok": FAILED}
    assert "1.2.398.3.3.4.1.2.1" in report.usage_ok.reason
    assert report.verdict == "invalid"


def test_a_head_of_another_organisation_does_not_match_the_college_s_bin():
    report = _report(sign_detached(PDF, pki().other_bin, pki().intermediate))
    assert _outcomes(report) == {**ALL_PASSED, "bin_matches": FAILED}
    assert report.facts.bin == OTHER_BIN
    assert report.verdict == "invalid"


def test_an_expired_certificate_is_outside_its_validity():
    # valid 2024-03-01 .. 2025-03-01; asked about 2026-12-01
    report = _report(sign_detached(PDF, pki().expired, pki().intermediate))
    assert _outcomes(report) == {**ALL_PASSED, "within_validity": FAILED}
    assert report.verdict == "invalid"


def test_validity_is_judged_at_the_moment_asked():
    # The head's certificate starts 2026-03-02 06:00 UTC: a minute before, it is not valid.
    cms = sign_detached(PDF, pki().head, pki().intermediate)
    assert _report(cms, at=datetime(2026, 3, 2, 5, 59, tzinfo=UTC)).within_validity.outcome \
        == FAILED
    assert _report(cms, at=datetime(2026, 3, 2, 6, 0, tzinfo=UTC)).within_validity.passed


def test_a_chain_to_a_look_alike_ca_is_not_ok():
    # The rogue CA bears the real intermediate's and root's names, without key identifiers:
    # only the certificates' signatures tell it apart.
    report = _report(sign_detached(PDF, pki().rogue_head, pki().rogue_intermediate))
    assert _outcomes(report) == {**ALL_PASSED, "chain_ok": FAILED}
    assert report.verdict == "invalid"


def test_the_chain_may_run_through_an_intermediate_the_cms_carries():
    # Only the root is installed; the CMS carries the intermediate.
    report = _report(sign_detached(PDF, pki().head, pki().intermediate),
                     trusted=[pki().root.der])
    assert report.chain_ok.passed


def test_without_the_intermediate_anywhere_the_chain_is_not_ok():
    report = _report(sign_detached(PDF, pki().head), trusted=[pki().root.der])
    assert report.chain_ok.outcome == FAILED


def test_with_no_nca_certificates_installed_the_chain_is_not_checked_and_not_valid():
    report = _report(sign_detached(PDF, pki().head, pki().intermediate), trusted=[])
    assert report.chain_ok.outcome == NOT_CHECKED
    assert report.verdict == "not_fully_checked"


@pytest.mark.parametrize("garbage", [b"", b"not a signature", b"\x30\x03\x02\x01\x05",
                                     b"MIIB" + b"A" * 40])
def test_a_cms_that_is_garbage_is_unreadable(garbage):
    with pytest.raises(DomainError) as caught:
        _report(garbage)
    assert caught.value.code == "signature_unreadable"


def test_the_cms_may_come_as_base64_text_as_ncalayer_hands_it_over():
    import base64

    cms = base64.b64encode(sign_detached(PDF, pki().head, pki().intermediate))
    assert _report(cms).verdict == "valid"


# NCA's older GOST 34.310-2004 with the 34.311-95 hash (fedor35/ncalayer-rs,
# crates/kz-pki/src/oid.rs): Kense computes neither. The test relabels an RSA signature: what
# matters is that an algorithm Kense cannot compute is said by name, never "unreadable", never
# passed, and hides no other failure.
GOST_311_95, GOST_2004 = "1.2.398.3.10.1.3.1", "1.2.398.3.10.1.1.1.2"
STREEBOG_512, GOST_2015_512 = "1.2.398.3.10.1.3.3", "1.2.398.3.10.1.1.2.3.2"


def _relabelled(cms: bytes, digest: str, signature: str) -> bytes:
    from asn1crypto import cms as asn1_cms

    info = asn1_cms.ContentInfo.load(cms)
    signer = info["content"]["signer_infos"][0]
    signer["digest_algorithm"] = {"algorithm": digest}
    signer["signature_algorithm"] = {"algorithm": signature}
    return info.dump(force=True)


def test_an_old_gost_signature_is_read_and_said_not_checked_by_name():
    report = _report(_relabelled(sign_detached(PDF, pki().head, pki().intermediate),
                                 GOST_311_95, GOST_2004))
    assert report.digest_matches.outcome == NOT_CHECKED
    assert report.digest_matches.reason == "not checked: gost34311-95"
    assert report.signature_value_checked.outcome == NOT_CHECKED
    assert report.signature_value_checked.reason == "not checked: gost34310-2004"
    assert report.facts.signature_algorithm == "gost34311-95/gost34310-2004"
    assert report.verdict == "not_fully_checked"


def test_an_old_gost_label_does_not_hide_a_failed_check():
    report = _report(_relabelled(sign_detached(PDF, pki().clerk, pki().intermediate),
                                 GOST_311_95, GOST_2004))
    assert report.usage_ok.outcome == FAILED
    assert report.verdict == "invalid"


def test_a_gost_2015_label_on_an_rsa_key_fails_the_value():
    report = _report(_relabelled(sign_detached(PDF, pki().head, pki().intermediate),
                                 STREEBOG_512, GOST_2015_512))
    assert report.signature_value_checked.outcome == FAILED
    assert report.digest_matches.outcome == FAILED  # the attribute holds a SHA-256
    assert report.verdict == "invalid"


def test_a_head_not_signed_by_the_intermediate_it_names_does_not_chain():
    # The look-alike head names the real intermediate, which the CMS carries and which does
    # chain to the installed root; but the intermediate's key did not sign the head.
    report = _report(sign_detached(PDF, pki().rogue_head, pki().intermediate),
                     trusted=[pki().root.der])
    assert report.chain_ok.outcome == FAILED


def test_an_ecdsa_head_s_signature_is_checked_and_valid():
    report = _report(sign_detached(PDF, pki().ec_head, pki().intermediate))
    assert _outcomes(report) == ALL_PASSED
    assert report.facts.serial == "54"
    assert report.verdict == "valid"


def test_an_ecdsa_signature_over_other_bytes_is_invalid():
    report = _report(sign_detached(PDF + b"% altered", pki().ec_head, pki().intermediate))
    assert report.digest_matches.outcome == FAILED


def test_without_signed_attributes_the_value_over_the_pdf_itself_is_checked():
    report = _report(sign_detached(PDF, pki().head, pki().intermediate, attributes=False))
    assert _outcomes(report) == ALL_PASSED
    assert report.facts.signing_time is None


def test_without_signed_attributes_a_signature_of_other_bytes_is_invalid():
    report = _report(sign_detached(PDF + b"% altered", pki().head, pki().intermediate,
                                   attributes=False))
    assert report.digest_matches.outcome == FAILED
    assert report.signature_value_checked.outcome == FAILED
    assert report.verdict == "invalid"


def _two_signers(data: bytes, first, second) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    builder = (pkcs7.PKCS7SignatureBuilder().set_data(data)
               .add_signer(first.cert, first.key, hashes.SHA256())
               .add_signer(second.cert, second.key, hashes.SHA256())
               .add_certificate(pki().intermediate.cert))
    return builder.sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature,
                                       pkcs7.PKCS7Options.Binary])


def test_with_two_signers_the_report_is_the_head_s_and_the_other_comes_with_it():
    # The clerk signs first; the head's signature decides, the clerk's is reported beside it.
    report = _report(_two_signers(PDF, pki().clerk, pki().head))
    assert report.facts.iin == "850312400147"  # the head
    assert report.verdict == "valid"
    assert [r.facts.iin for r in report.co_signers] == ["990101300013"]  # the clerk
    assert report.co_signers[0].usage_ok.outcome == FAILED


def test_with_two_signers_neither_the_head_the_report_is_the_first_s_and_invalid():
    report = _report(_two_signers(PDF, pki().clerk, pki().other_bin))
    assert report.facts.iin == "990101300013"
    assert report.verdict == "invalid"
    assert len(report.co_signers) == 1
