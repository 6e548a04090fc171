"""What the National Certification Authority (NCA RK) writes into the certificates it issues.

Plain data read from public sources, so a reviewer can check each line against them:

- The role OIDs go in the certificate's extended key usage next to id-kp-emailProtection
  (1.3.6.1.5.5.7.3.4, "signing"). sigex-kz/ncalayer-js-client (ncalayer-client.js,
  `basicsSignerSignHead` = ['1.3.6.1.5.5.7.3.4', '1.2.398.3.3.4.1.2.1'], "Сертификат
  руководителя юридического лица"; `basicsSignerSignTrusted` = ...1.2.2, "лица с правом
  подписи"; `basicsSignerSignEmployee` = ...1.2.5) and gokalkan (citing the order
  adilet.zan.kz/rus/docs/V2000021440: 1.2.398.3.3.4.1.2.1 = first head / CEO) agree.
- The subject: the IIN in serialNumber as "IIN" + 12 digits, the BIN in an OU as "BIN" + 12
  digits (fedor35/ncalayer-rs, crates/kz-pki/src/cert.rs, `iin()` and `bin()`).
"""

from __future__ import annotations

# id-kp-emailProtection: NCA's "signature" certificate (the other one, clientAuth, is for logins).
EKU_SIGNING = "1.3.6.1.5.5.7.3.4"
EKU_LEGAL_ENTITY = "1.2.398.3.3.4.1.2"  # any employee of a legal entity
EKU_FIRST_HEAD = "1.2.398.3.3.4.1.2.1"  # первый руководитель / бірінші басшы
EKU_SIGNING_RIGHT = "1.2.398.3.3.4.1.2.2"  # a person given the right to sign (not the head)
EKU_EMPLOYEE = "1.2.398.3.3.4.1.2.5"

# What a result of the college must be signed with: a signing key of its first head.
HEAD_SIGNING_OIDS = (EKU_SIGNING, EKU_FIRST_HEAD)

IIN_PREFIX = "IIN"
BIN_PREFIX = "BIN"


def iin_from_serial_number(value: str | None) -> str | None:
    """The IIN from a subject serialNumber "IIN123456789012"; None for anything else."""
    if value and value.startswith(IIN_PREFIX):
        digits = value[len(IIN_PREFIX):]
        return digits if len(digits) == 12 and digits.isdigit() else None
    return None


def bin_from_units(values: list[str]) -> str | None:
    """The BIN from the subject's OU values ("BIN123456789012"); None when there is none."""
    for value in values:
        if value.startswith(BIN_PREFIX):
            digits = value[len(BIN_PREFIX):]
            if len(digits) == 12 and digits.isdigit():
                return digits
    return None


def is_bin(value: str) -> bool:
    return len(value) == 12 and value.isdigit()


# Kazakhstan's GOST algorithms as NCA profiles them (fedor35/ncalayer-rs,
# crates/kz-pki/src/oid.rs), named for the signer facts.
GOST_DIGESTS = {
    "1.2.398.3.10.1.3.3": "gost34112015-512",  # Streebog-512
    "1.2.398.3.10.1.3.2": "gost34112015-256",  # Streebog-256
    "1.2.398.3.10.1.3.1": "gost34311-95",
}
GOST_KEYS = {
    "1.2.398.3.10.1.1.2.2": "gost34102015-512-key",
    "1.2.398.3.10.1.1.2.1": "gost34102015-256-key",
    "1.2.398.3.10.1.1.1.1": "gost34310-2004-key",
}
GOST_SIGNATURES = {
    "1.2.398.3.10.1.1.2.3.2": "gost34102015-512",
    "1.2.398.3.10.1.1.2.3.1": "gost34102015-256",
    "1.2.398.3.10.1.1.1.2": "gost34310-2004",
}
