"""What an offline check of a signature found: each check on its own, never merged.

A check is "passed", "failed" or "not_checked" (it could not be done on this PC: an algorithm
Kense does not compute, such as the older GOST 34.310-2004; a chain with no NCA certificates
installed). The verdict says "valid" only
when every check was done and passed, so nothing that was not checked is ever shown as valid.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

PASSED, FAILED, NOT_CHECKED = "passed", "failed", "not_checked"

# Why a check was not done (English, stable: the UI says them in Kazakh or Russian).
NOT_CHECKED_PREFIX = "not checked: "  # followed by the algorithm's name
NO_TRUSTED_CERTIFICATES = "no NCA certificates installed"


@dataclass(frozen=True)
class Check:
    outcome: str  # PASSED, FAILED or NOT_CHECKED
    reason: str = ""  # why it failed or was not done; empty when it passed

    @property
    def passed(self) -> bool:
        return self.outcome == PASSED


def passed() -> Check:
    return Check(PASSED)


def failed(reason: str) -> Check:
    return Check(FAILED, reason)


def not_checked(reason: str) -> Check:
    return Check(NOT_CHECKED, reason)


def algorithm_not_checked(name: str) -> Check:
    """An algorithm Kense cannot compute: said by name, never taken for a failure or a pass."""
    return Check(NOT_CHECKED, NOT_CHECKED_PREFIX + name)


@dataclass(frozen=True)
class SignerFacts:
    """What the signer's certificate says, to be stored with the signed result."""

    iin: str | None
    bin: str | None
    common_name: str
    serial: str  # hex, lowercase, no leading zeros (as NCALayer and Kalkan print it)
    not_before: datetime
    not_after: datetime
    signature_algorithm: str  # e.g. "sha256/rsassa_pkcs1v15", "gost34112015-512/gost34102015-512"
    issuer: str  # the issuer's common name
    signing_time: datetime | None  # as the signer's PC said (a signed attribute), if given


@dataclass(frozen=True)
class SignatureReport:
    digest_matches: Check  # the signed messageDigest is the hash of these PDF bytes
    signature_value_checked: Check  # the signature value verifies with the signer's key
    chain_ok: Check  # the signer's certificate chains to an installed NCA certificate
    within_validity: Check  # every certificate of the chain was valid at the moment asked
    usage_ok: Check  # a signing key of a first head (extended key usage)
    bin_matches: Check  # the certificate names the college's BIN
    facts: SignerFacts
    cms_parsed: bool = True  # an unreadable CMS raises instead of giving a report
    # The CMS's other signers, each checked on its own; the report above is the head's (the
    # first signer whose key is a first head's of the college, else the first signer), and
    # the verdict is its: another signer does not make the head's signature more or less valid.
    co_signers: tuple[SignatureReport, ...] = ()
    # Revocation, from the CRLs the admin imported (see revocation): said beside the checks.
    # A certificate revoked at the signing moment makes the signature invalid; a revocation
    # that could not be checked (no list, or none newer than the signing moment) is said, and
    # does not by itself keep the offline checks from being "valid".
    revocation: Check = Check(NOT_CHECKED, "revocation not checked: no list imported")
    revocation_list: datetime | None = None  # the date of the newest list that counted

    def checks(self) -> dict[str, Check]:
        return {f.name: getattr(self, f.name) for f in fields(self)
                if isinstance(getattr(self, f.name), Check) and f.name != "revocation"}

    @property
    def verdict(self) -> str:
        """"invalid" if any check done failed or the certificate was revoked; else
        "not_fully_checked" if any could not be done offline; "valid" only when every check
        was done and passed."""
        outcomes = {check.outcome for check in self.checks().values()}
        if not self.cms_parsed or FAILED in outcomes or self.revocation.outcome == FAILED:
            return "invalid"
        if NOT_CHECKED in outcomes:
            return "not_fully_checked"
        return "valid"
