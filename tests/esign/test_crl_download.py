"""Where the PC is online, the lists the certificates name are downloaded with a short timeout;
a silent or absent server is a failure that says so, never a wait without end."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from asn1crypto import cms

from desktop.domain.errors import DomainError
from desktop.services.esign import crl_fetch
from support.esign_nca_files import GOST2022_CRL, TWO_SIGNERS, read


def test_the_addresses_are_those_the_certificates_name_with_their_deltas():
    carried = [c.chosen for c in cms.ContentInfo.load(read(TWO_SIGNERS))["content"]["certificates"]]
    # Read off the two signers' certificates (openssl x509 -text: CRL Distribution Points and
    # Freshest CRL).
    assert crl_fetch.urls_of(carried) == [
        "http://test.pki.gov.kz/crl/nca_gost2022_test.crl",
        "http://test.pki.gov.kz/crl/nca_gost2022_d_test.crl",
        "http://test.pki.gov.kz/crl/nca_rsa_test.crl",
        "http://test.pki.gov.kz/crl/nca_d_rsa_test.crl",
    ]


class _Server:
    def __init__(self, body: bytes | None) -> None:
        self.body, self.release = body, threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                if outer.body is None:  # silent: holds the request until released
                    outer.release.wait(5)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(outer.body)))
                self.end_headers()
                self.wfile.write(outer.body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/nca_gost_2022.crl"

    def __enter__(self):
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_list_is_downloaded_as_served():
    with _Server(read(GOST2022_CRL)) as server:
        assert crl_fetch.download(server.url) == read(GOST2022_CRL)


def test_a_silent_server_is_given_up_after_the_timeout():
    with _Server(None) as server, pytest.raises(DomainError) as err:
        crl_fetch.download(server.url, timeout=0.5)
    assert err.value.code == "crl_download_failed"


def test_nothing_listening_is_a_failure_that_says_so():
    with pytest.raises(DomainError) as err:
        crl_fetch.download("http://127.0.0.1:9/nca_gost_2022.crl", timeout=2)
    assert err.value.code == "crl_download_failed"
    assert err.value.params["url"] == "http://127.0.0.1:9/nca_gost_2022.crl"
