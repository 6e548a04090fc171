"""GOST 34.10-2015 signatures checked offline: the standards' own examples first, then real
Kalkan files of NCA's TEST PKI (tests/fixtures/nca), byte for byte as Kalkan wrote them."""

from __future__ import annotations

from desktop.services.esign import crypto, gost
from desktop.services.esign.check_report import FAILED, NOT_CHECKED, PASSED
from desktop.services.esign.checking import verify_detached
from support.esign_nca_files import (
    GOST2004_CEO,
    GOST2004_INTERMEDIATE,
    GOST_INTERMEDIATE,
    GOST_SIGNER_SERIAL,
    RSA_INTERMEDIATE,
    RSA_SIGNER_SERIAL,
    SIGNED_AT,
    SIGNED_CONTENT,
    TWO_SIGNERS,
    read,
)

# GOST R 34.11-2012, appendix A (and RFC 6986 section 10): the standard prints the message and
# the hash as numbers, most significant byte first, so the byte strings are these read backwards.
M1 = b"012345678901234567890123456789012345678901234567890123456789012"
M1_H512 = ("486f64c1917879417fef082b3381a4e211c324f074654c38823a7b76f830ad00"
           "fa1fbae42b1285c0352f227524bc9ab16254288dd6863dccd5b9f54a1ad0541b")
M1_H256 = "00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d"
M2 = "Се ветри, Стрибожи внуци, веютъ с моря стрелами на храбрыя плъкы Игоревы".encode("cp1251")
M2_H512 = ("28fbc9bada033b1460642bdcddb90c3fb3e56c497ccd0f62b8a2ad4935e85f03"
           "7613966de4ee00531ae60f3b5a47f8dae06915d5f2f194996fcabf2622e6881e")


def test_streebog_gives_the_standard_s_example_hashes():
    assert gost.digest("streebog512", M1) == bytes.fromhex(M1_H512)[::-1]
    assert gost.digest("streebog256", M1) == bytes.fromhex(M1_H256)[::-1]
    assert gost.digest("streebog512", M2) == bytes.fromhex(M2_H512)[::-1]


# GOST R 34.10-2012, appendix A.2 (RFC 7091 A.2): the 512-bit example on its test curve.
EXAMPLE_CURVE = {
    "p": int("4531ACD1FE0023C7550D267B6B2FEE80922B14B2FFB90F04D4EB7C09B5D2D15D"
             "F1D852741AF4704A0458047E80E4546D35B8336FAC224DD81664BBF528BE6373", 16),
    "a": 7,
    "b": int("1CFF0806A31116DA29D8CFA54E57EB748BC5F377E49400FDD788B649ECA1AC43"
             "61834013B2AD7322480A89CA58E0CF74BC9E540C2ADD6897FAD0A3084F302ADC", 16),
    "m": int("4531ACD1FE0023C7550D267B6B2FEE80922B14B2FFB90F04D4EB7C09B5D2D15D"
             "A82F2D7ECB1DBAC719905C5EECC423F1D86E25EDBE23C595D644AAF187E6E6DF", 16),
    "q": int("4531ACD1FE0023C7550D267B6B2FEE80922B14B2FFB90F04D4EB7C09B5D2D15D"
             "A82F2D7ECB1DBAC719905C5EECC423F1D86E25EDBE23C595D644AAF187E6E6DF", 16),
    "x": int("24D19CC64572EE30F396BF6EBBFD7A6C5213B3B3D7057CC825F91093A68CD762"
             "FD60611262CD838DC6B60AA7EEE804E28BC849977FAC33B4B530F1B120248A9A", 16),
    "y": int("2BB312A43BD2CE6E0D020613C857ACDDCFBF061E91E5F2C3F32447C259F39B2C"
             "83AB156D77F1496BF7EB3351E1EE4E43DC1A18B91B24640B6DBB92CB1ADD371E", 16),
}
EXAMPLE_QX = int("115DC5BC96760C7B48598D8AB9E740D4C4A85A65BE33C1815B5C320C854621DD"
                 "5A515856D13314AF69BC5B924C8B4DDFF75C45415C1D9DD9DD33612CD530EFE1", 16)
EXAMPLE_QY = int("37C7C90CD40B0F5621DC3AC1B751CFA0E2634FA0503B3D52639F5D7FB72AFD61"
                 "EA199441D943FFE7F0C70A2759A3CDB84C114E1F9339FDF27F35ECA93677BEEC", 16)
EXAMPLE_ALPHA = bytes.fromhex("3754F3CFACC9E0615C4F4A7C4D8DAB531B09B6F9C170C533A71D147035B0C591"
                              "7184EE536593F4414339976C647C5D5A407ADEDB1D560C4FC6777D2972075B8C")
EXAMPLE_R = int("2F86FA60A081091A23DD795E1E3C689EE512A3C82EE0DCC2643C78EEA8FCACD3"
                "5492558486B20F1C9EC197C90699850260C93BCBCD9C5C3317E19344E173AE36", 16)
EXAMPLE_S = int("1081B394696FFE8E6585E7A9362D26B6325F56778AADBC081C0BFBE933D52FF5"
                "823CE288E8C4F362526080DF7F70CE406A6EEB1F56919CB92A9853BDE73E5B4A", 16)


def test_the_standard_s_512_bit_example_signature_verifies():
    assert gost.verify_integers(EXAMPLE_CURVE, EXAMPLE_QX, EXAMPLE_QY, EXAMPLE_ALPHA,
                                EXAMPLE_R, EXAMPLE_S)


def test_the_standard_s_example_with_s_one_off_does_not():
    assert not gost.verify_integers(EXAMPLE_CURVE, EXAMPLE_QX, EXAMPLE_QY, EXAMPLE_ALPHA,
                                    EXAMPLE_R, EXAMPLE_S + 1)


def _real(content: bytes = SIGNED_CONTENT, cms: bytes | None = None, trusted=None):
    trusted = [read(GOST_INTERMEDIATE), read(RSA_INTERMEDIATE)] if trusted is None else trusted
    return verify_detached(content, read(TWO_SIGNERS) if cms is None else cms, trusted,
                           college_bin="123456789013", at=SIGNED_AT)


def _gost_signer(report):
    return next(r for r in (report, *report.co_signers) if r.facts.serial == GOST_SIGNER_SERIAL)


def _rsa_signer(report):
    return next(r for r in (report, *report.co_signers) if r.facts.serial == RSA_SIGNER_SERIAL)


def test_a_real_kalkan_gost_signature_passes_digest_value_and_chain():
    gost_report = _gost_signer(_real())
    assert gost_report.facts.signature_algorithm == "gost34112015-512/gost34102015-512"
    assert gost_report.digest_matches.outcome == PASSED
    assert gost_report.signature_value_checked.outcome == PASSED
    # Chained through the installed GOST TEST 2022 intermediate: the CMS carries only the
    # signers' own certificates.
    assert gost_report.chain_ok.outcome == PASSED
    assert gost_report.within_validity.outcome == PASSED  # 28.07.2022 .. 28.07.2023
    # A private person's key (NCANode's test individual): not a college head's.
    assert gost_report.usage_ok.outcome == FAILED
    assert gost_report.bin_matches.outcome == FAILED


def test_the_real_gost_signature_over_other_content_fails_its_digest():
    gost_report = _gost_signer(_real(b"test124"))
    assert gost_report.digest_matches.outcome == FAILED
    assert gost_report.signature_value_checked.outcome == PASSED  # the attributes are intact


def _flip_in_signature_value(cms: bytes, signer_index: int) -> bytes:
    from asn1crypto import cms as asn1_cms

    value = asn1_cms.ContentInfo.load(cms)["content"]["signer_infos"][signer_index]["signature"]
    at = cms.index(value.native)
    return cms[:at + 40] + bytes([cms[at + 40] ^ 0x01]) + cms[at + 41:]


def test_one_flipped_bit_in_the_gost_signature_value_fails_it():
    flipped = _flip_in_signature_value(read(TWO_SIGNERS), 0)
    gost_report = _gost_signer(_real(cms=flipped))
    assert gost_report.signature_value_checked.outcome == FAILED
    assert gost_report.digest_matches.outcome == PASSED
    assert _rsa_signer(_real(cms=flipped)).signature_value_checked.outcome == PASSED


def test_both_signers_of_a_gost_and_rsa_cms_are_checked_and_reported():
    report = _real()
    assert len(report.co_signers) == 1
    assert {r.facts.serial for r in (report, *report.co_signers)} == {GOST_SIGNER_SERIAL,
                                                                     RSA_SIGNER_SERIAL}
    rsa_report = _rsa_signer(report)
    assert rsa_report.facts.signature_algorithm == "sha256/sha256_rsa"
    assert rsa_report.digest_matches.outcome == PASSED
    assert rsa_report.signature_value_checked.outcome == PASSED
    assert rsa_report.chain_ok.outcome == PASSED
    # Its certificate ran 18.01.2021 .. 18.01.2022; the CMS says it signed on 27.09.2022.
    assert rsa_report.within_validity.outcome == FAILED


def test_without_the_gost_intermediate_installed_the_gost_signer_does_not_chain():
    gost_report = _gost_signer(_real(trusted=[read(RSA_INTERMEDIATE)]))
    assert gost_report.chain_ok.outcome == FAILED


def test_a_gost_intermediate_s_signature_over_another_certificate_fails():
    from asn1crypto import cms as asn1_cms

    carried = [c.chosen for c in
               asn1_cms.ContentInfo.load(read(TWO_SIGNERS))["content"]["certificates"]]
    intermediate = crypto.certificate(read(GOST_INTERMEDIATE))
    gost_cert = next(c for c in carried if format(c.serial_number, "x") == GOST_SIGNER_SERIAL)
    check = crypto.verify_value(intermediate.public_key, gost_cert["signature_algorithm"], None,
                                gost_cert["signature_value"].native,
                                gost_cert["tbs_certificate"].dump() + b"\x00")
    assert check.outcome == FAILED


def test_an_old_gost_2004_certificate_chain_is_said_not_checked_by_name():
    ceo = crypto.certificate(read(GOST2004_CEO))
    check, _path = crypto.chain_check(ceo, [], [crypto.certificate(read(GOST2004_INTERMEDIATE))])
    assert check.outcome == NOT_CHECKED
    assert check.reason == "certificate signature not checked: gost34310-2004"


def test_a_real_kalkan_rsa_signature_still_checks():
    # NCANode's SIGNED_CMS_ONE_SIGNER: the RSA test person alone, "test123" encapsulated too.
    report = verify_detached(SIGNED_CONTENT, read("rsa_one_signer_attached.cms"),
                             [read(RSA_INTERMEDIATE)], college_bin="123456789013", at=SIGNED_AT)
    assert report.facts.serial == RSA_SIGNER_SERIAL
    assert (report.digest_matches.outcome, report.signature_value_checked.outcome,
            report.chain_ok.outcome) == (PASSED, PASSED, PASSED)
    assert report.co_signers == ()


# GOST R 34.10-2012, appendix A.1 (RFC 7091 A.1): the 256-bit example on its test curve.
EXAMPLE_256_CURVE = {
    "p": int("8000000000000000000000000000000000000000000000000000000000000431", 16),
    "a": 7,
    "b": int("5FBFF498AA938CE739B8E022FBAFEF40563F6E6A3472FC2A514C0CE9DAE23B7E", 16),
    "m": int("8000000000000000000000000000000150FE8A1892976154C59CFC193ACCF5B3", 16),
    "q": int("8000000000000000000000000000000150FE8A1892976154C59CFC193ACCF5B3", 16),
    "x": 2,
    "y": int("08E2A8A0E65147D4BD6316030E16D19C85C97F0A9CA267122B96ABBCEA7E8FC8", 16),
}


def test_the_standard_s_256_bit_example_signature_verifies():
    qx = int("7F2B49E270DB6D90D8595BEC458B50C58585BA1D4E9B788F6689DBD8E56FD80B", 16)
    qy = int("26F1B489D6701DD185C8413A977B3CBBAF64D1C593D26627DFFB101A87FF77DA", 16)
    alpha = bytes.fromhex("2DFBC1B372D89A1188C09C52E0EEC61FCE52032AB1022E8E67ECE6672B043EE5")
    r = int("41AA28D2F1AB148280CD9ED56FEDA41974053554A42767B83AD043FD39DC0493", 16)
    s = int("01456C64BA4642A1653C235A98A60249BCD6D3F746B631DF928014F6C5BF9C40", 16)
    assert gost.verify_integers(EXAMPLE_256_CURVE, qx, qy, alpha, r, s)
    assert not gost.verify_integers(EXAMPLE_256_CURVE, qx, qy, alpha, s, r)


def test_a_key_that_is_not_on_the_curve_never_verifies():
    assert not gost.verify_integers(EXAMPLE_CURVE, EXAMPLE_QX, EXAMPLE_QY + 1, EXAMPLE_ALPHA,
                                    EXAMPLE_R, EXAMPLE_S)
