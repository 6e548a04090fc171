"""The NCALayer client against the stand-in (tests/support/ncalayer_standin.py): what it asks
for, what it takes as a signature, and which of its errors each NCALayer reply becomes."""

from __future__ import annotations

import base64
import socket

import pytest

from desktop.services.esign import ncalayer
from desktop.services.esign.ncalayer import NcaLayerError
from support.esign_pki import AT, COLLEGE_BIN, pki
from support.ncalayer_standin import StandIn

PDF = b"%PDF-1.7\n% a result of the college\n%%EOF\n"


def _sign(standin: StandIn) -> bytes:
    return ncalayer.sign_cms(PDF, bin=COLLEGE_BIN, locale="kk", url=standin.url, timeout=20)


def _error(mode: str) -> NcaLayerError:
    with StandIn(pki().head, pki().intermediate, mode=mode) as standin, \
            pytest.raises(NcaLayerError) as caught:
        _sign(standin)
    return caught.value


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_head_s_signature_comes_back_as_the_cms_bytes():
    with StandIn(pki().head, pki().intermediate) as standin:
        cms = _sign(standin)
    assert cms[:1] == b"\x30"  # a DER SEQUENCE, decoded from NCALayer's base64
    assert pki().head.der in cms  # it carries the head's certificate


def test_the_request_asks_for_a_detached_cms_of_the_pdf_by_the_first_head_of_the_college():
    with StandIn(pki().head, pki().intermediate) as standin:
        _sign(standin)
    request = standin.requests[0]
    assert (request["module"], request["method"]) == ("kz.gov.pki.knca.basics", "sign")
    args = request["args"]
    assert args["format"] == "cms"
    assert base64.b64decode(args["data"]) == PDF
    assert args["signingParams"]["decode"] is True
    assert args["signingParams"]["encapsulate"] is False  # detached: the PDF is kept apart
    assert args["signingParams"]["tsaProfile"] is None  # no timestamp: it needs the network
    # id-kp-emailProtection (signing) and NCA's first head of a legal entity
    assert args["signerParams"]["extKeyUsageOids"] == ["1.3.6.1.5.5.7.3.4",
                                                      "1.2.398.3.3.4.1.2.1"]
    assert args["signerParams"]["bin"] == "123456789013"
    assert args["locale"] == "kk"


def test_heartbeats_and_keep_alives_before_the_answer_are_ignored():
    with StandIn(pki().head, pki().intermediate, heartbeat=True) as standin:
        assert _sign(standin)[:1] == b"\x30"


def test_the_common_utils_reply_shape_is_read_too():
    with StandIn(pki().head, pki().intermediate, mode="common_sign") as standin:
        assert _sign(standin)[:1] == b"\x30"


def test_a_closed_dialog_is_a_cancel():
    assert _error("cancel").code == "ncalayer_cancelled"


def test_action_canceled_of_common_utils_is_a_cancel():
    assert _error("common_cancel").code == "ncalayer_cancelled"


def test_no_key_reported_as_a_signing_failure_is_said_as_such():
    error = _error("no_key")
    assert (error.code, error.params["nca_message"]) == ("ncalayer_no_key", "Ключи не найдены")


def test_a_wrong_password_reported_as_a_signing_failure_is_said_as_such():
    assert _error("wrong_password").code == "ncalayer_wrong_password"


def test_any_other_signing_failure_carries_ncalayer_s_own_words():
    error = _error("failure")
    assert error.code == "ncalayer_failed"
    assert error.params == {"nca_code": "SIGNING_FAILURE",
                            "nca_message": "token removed PKCS11 error 0x30"}


def test_invalid_signing_params_is_a_refused_request():
    error = _error("invalid_params")
    assert (error.code, error.params["nca_code"]) == ("ncalayer_request_refused",
                                                      "INVALID_SIGNING_PARAMS")


@pytest.mark.parametrize(("mode", "code"), [("general_error", "GENERAL_ERROR"),
                                            ("invocation_error", "INVOCATION_ERROR")])
def test_ncalayer_s_own_errors_are_failures_with_their_code(mode, code):
    error = _error(mode)
    assert (error.code, error.params["nca_code"]) == ("ncalayer_failed", code)


def test_an_ncalayer_without_the_basics_module_is_said_to_be_outdated():
    error = _error("module_not_found")
    assert (error.code, error.params["nca_code"]) == ("ncalayer_outdated", "MODULE_NOT_FOUND")


def test_a_gost_key_s_signature_comes_back_and_checks():
    from desktop.services.esign.checking import verify_detached
    from support.esign_gost import gost_pki

    with StandIn(gost_pki().head, gost_pki().intermediate) as standin:
        cms = _sign(standin)
    report = verify_detached(PDF, cms, gost_pki().trusted, college_bin=COLLEGE_BIN, at=AT)
    assert report.facts.signature_algorithm == "gost34112015-512/gost34102015-512"
    assert report.verdict == "valid"


def test_nothing_listening_is_ncalayer_not_running():
    url = f"wss://127.0.0.1:{_free_port()}"
    with pytest.raises(NcaLayerError) as caught:
        ncalayer.sign_cms(PDF, bin=COLLEGE_BIN, locale="ru", url=url)
    assert caught.value.code == "ncalayer_not_running"


def test_is_running_says_whether_ncalayer_answers():
    with StandIn(pki().head) as standin:
        assert ncalayer.is_running(url=standin.url) is True
    assert ncalayer.is_running(url=f"wss://127.0.0.1:{_free_port()}") is False


def test_the_pdf_is_never_sent_off_this_pc():
    with pytest.raises(ValueError, match="on this PC only"):
        ncalayer.sign_cms(PDF, bin=COLLEGE_BIN, locale="ru", url="wss://10.0.0.5:13579")


def test_a_signature_from_the_port_over_other_bytes_is_refused_by_the_check():
    # Never trust the port: something answering as NCALayer signs other bytes than the PDF.
    from desktop.services.esign.checking import verify_detached

    with StandIn(pki().head, pki().intermediate, mode="rogue") as standin:
        cms = _sign(standin)
    report = verify_detached(PDF, cms, pki().trusted, college_bin=COLLEGE_BIN, at=AT)
    assert report.digest_matches.outcome == "failed"
    assert report.verdict == "invalid"


def test_no_answer_in_the_time_given_is_a_failure_that_says_so():
    with StandIn(pki().head, mode="silent") as standin, pytest.raises(NcaLayerError) as caught:
        ncalayer.sign_cms(PDF, bin=COLLEGE_BIN, locale="ru", url=standin.url, timeout=0.5)
    assert (caught.value.code, caught.value.params["nca_code"]) == ("ncalayer_failed", "timeout")


def test_ncalayer_hanging_up_mid_request_is_a_failure_that_says_so():
    with StandIn(pki().head, mode="hang_up") as standin, pytest.raises(NcaLayerError) as caught:
        _sign(standin)
    assert (caught.value.code, caught.value.params["nca_code"]) == ("ncalayer_failed", "closed")
