"""Where this PC happens to be online: the NCA's lists of revoked certificates downloaded from
the addresses the certificates name (CRL distribution points and "freshest CRL", the delta),
when the admin asks for it on Admin → Signatures.

Only downloading happens here, in the background and with a short timeout; a downloaded list is
then imported exactly as a file would be (crls.import_crl: kept only when an installed NCA
certificate signed it), so a list from the network is trusted no more than one from a disk.
Signing never waits for this: it checks against the lists already imported.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from asn1crypto import cms, x509

from desktop.domain.errors import DomainError
from desktop.services.accounts.session import Session, acting_user
from desktop.services.esign import crls, crypto
from desktop.store.models.esign import NcaCertificate, ResultSignature

TIMEOUT = 5.0  # seconds for each list: the NCA answers at once when it answers at all


def urls_of(certs: list[x509.Certificate]) -> list[str]:
    """The http(s) addresses of the lists the certificates name, each once, in order."""
    found: list[str] = []
    for cert in certs:
        points = [*cert.crl_distribution_points, *cert.delta_crl_distribution_points]
        for point in points:
            url = point.url
            if url and urlsplit(url).scheme in ("http", "https") and url not in found:
                found.append(url)
    return found


def _signers(data: bytes) -> list[x509.Certificate]:
    try:
        content = cms.ContentInfo.load(data)["content"]
        return [c.chosen for c in content["certificates"] or [] if c.name == "certificate"]
    except (ValueError, TypeError, KeyError):
        return []


def distribution_points(session: Session) -> list[str]:
    """The lists named by the installed NCA certificates and by the certificates of the
    signatures kept here (the head's key names the list that would revoke it)."""
    acting_user(session, "admin")
    certs = [crypto.certificate(bytes(r.der)) for r in NcaCertificate.select(NcaCertificate.der)]
    for row in ResultSignature.select(ResultSignature.cms):
        certs.extend(_signers(bytes(row.cms)))
    return urls_of(certs)


def download(url: str, timeout: float = TIMEOUT) -> bytes:
    """The list at `url`; DomainError("crl_download_failed") when it cannot be had in time."""
    from urllib.request import urlopen

    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"not a web address: {url}")
    try:
        with urlopen(url, timeout=timeout) as answer:  # http(s) only: checked above
            data = answer.read(crls.MAX_FILE + 1)
    except (OSError, ValueError) as exc:  # offline, refused, timed out, HTTP errors
        raise DomainError("crl_download_failed", f"cannot download {url}: {exc}", url=url,
                          reason=str(exc)) from exc
    return data
