"""Real files of NCA RK's TEST PKI, kept in tests/fixtures/nca (see its README for their source):
Kalkan-made CMS signatures and the NCA TEST certificates and lists they need."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "nca"

# NCANode's CmsServiceTest.SIGNED_DETACHED_CMS: a detached CMS over the 7 bytes "test123" with
# two signers, GOST 34.10-2015-512 first, then RSA (both signingTime 27.09.2022 21:29:41 UTC).
TWO_SIGNERS = "gost_rsa_two_signers_detached.cms"
SIGNED_CONTENT = b"test123"
SIGNED_AT = datetime(2022, 9, 27, 21, 29, 41, tzinfo=UTC)
# Read off the files with `openssl cms -print` / `openssl x509 -text`:
GOST_SIGNER_SERIAL = "ff06211dc82beb00253ffa000f1de84abef454f"  # 0x0FF06211...454F
RSA_SIGNER_SERIAL = "4279390a141f5353a62947b61ed65e81741467d1"
GOST_INTERMEDIATE = "nca_gost2022_test.cer"  # ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST) TEST 2022
RSA_INTERMEDIATE = "nca_rsa_test.cer"  # ҰКО 3.0 (RSA TEST), PEM
GOST2004_INTERMEDIATE = "nca_gost2004_test.cer"  # ҰКО 3.0 (GOST TEST), PEM
GOST2004_CEO = "ceo_sign_gost2004_test.cer"  # a first head's GOST 34.310-2004 key, DER
GOST2022_CRL = "crl_nca_gost2022_test.crl"  # by the GOST TEST 2022 intermediate, 27.07.2022


def read(name: str) -> bytes:
    return (FOLDER / name).read_bytes()
