"""What the user reads when NCALayer or a signature file says no."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def esign_error(code: str, params: dict) -> str | None:
    """Sentences about electronic signing and signature files; None for other codes."""
    texts = {
        "ncalayer_not_running": lambda: translate(
            "esign",
            "NCALayer does not answer on this computer. Start NCALayer (its icon by the clock) "
            "or install it from the NCA site (ncl.pki.gov.kz), then try again."),
        "ncalayer_no_key": lambda: translate(
            "esign",
            "NCALayer found no signing key ({message}). Insert the key carrier (Kaztoken, ID "
            "card) or choose the key file (GOST512_...p12), then sign again.").format(
            message=params.get("nca_message", "")),
        "ncalayer_wrong_password": lambda: translate(
            "esign",
            "The key's password is wrong (NCALayer's answer). Kense does not keep this "
            "password: type it again in NCALayer's window."),
        "ncalayer_outdated": lambda: translate(
            "esign",
            "This NCALayer is too old: it cannot sign documents for programs. Install the "
            "current NCALayer from the NCA site (ncl.pki.gov.kz), then sign again. Nothing was "
            "saved."),
        "ncalayer_request_refused": lambda: translate(
            "esign",
            "NCALayer refused Kense's signing request ({code}: {message}). Update NCALayer "
            "from the NCA site (ncl.pki.gov.kz); if it stays so, tell the IT person. Nothing "
            "was saved.").format(code=params.get("nca_code", ""),
                                 message=params.get("nca_message", "")),
        "ncalayer_cancelled": lambda: translate(
            "esign",
            "Signing was cancelled: NCALayer's window was closed. The result is not signed; "
            "nothing was saved."),
        "ncalayer_failed": lambda: translate(
            "esign", "NCALayer could not sign the document: {code} {message}. Nothing was "
                     "saved.").format(code=params.get("nca_code", ""),
                                      message=params.get("nca_message", "")),
        "signature_unreadable": lambda: translate(
            "esign", "The signature file cannot be read as a CMS signature ({reason}). Check "
                     "that the .cms file of this document was chosen.").format(
            reason=params.get("reason", "")),
        "esign_no_bin": lambda: translate(
            "esign", "The college's BIN is not set. The administrator enters it under Admin → "
                     "College; electronic results are signed for that BIN."),
        "esign_no_certificates": lambda: translate(
            "esign", "No NCA certificates are installed, so no signature can be checked. The "
                     "administrator installs the NCA root and intermediate certificates under "
                     "Admin → Signatures."),
        "esign_paper_only": lambda: translate(
            "esign", "This result is given on paper only: the law has no electronic form of "
                     "it, so it is not signed electronically. Sign it and print it on paper."),
        "esign_already_signed": lambda: translate(
            "esign", "This result is already signed electronically."),
        "esign_not_this_document": lambda: translate(
            "esign", "The signature returned by the program on NCALayer's port is not a "
                     "signature of this document. It was refused and nothing was saved. Check "
                     "that the real NCALayer from the NCA site is running."),
        "esign_untrusted_certificate": lambda: translate(
            "esign", "The signing key's certificate does not chain to the NCA certificates "
                     "installed in Kense ({reason}). The signature was refused and nothing was "
                     "saved.").format(reason=params.get("reason", "")),
        "esign_certificate_not_valid": lambda: translate(
            "esign", "The signing key's certificate is not valid today ({reason}). Renew the "
                     "key at the NCA. Nothing was saved.").format(
            reason=params.get("reason", "")),
        "esign_not_head": lambda: translate(
            "esign", "This key is not the key of the first head of an organisation (its "
                     "certificate has no such usage). Only the head's own key signs results. "
                     "Nothing was saved."),
        "esign_other_college": lambda: translate(
            "esign", "This key belongs to another organisation (BIN {bin}), not to this "
                     "college (BIN {college_bin}). Nothing was saved.").format(
            bin=params.get("bin", "") or "—", college_bin=params.get("college_bin", "")),
        "esign_not_checkable": lambda: translate(
            "esign", "This key signs with {algorithm}, whose signature Kense cannot check on "
                     "this computer, so it cannot make sure the document was really signed. "
                     "Sign with the head's current GOST 2015 signing key from the NCA. Nothing "
                     "was saved.").format(algorithm=params.get("algorithm", "")),
        "esign_certificate_revoked": lambda: translate(
            "esign", "The signing key's certificate is revoked in the NCA's list imported in "
                     "Kense ({reason}). The signature was refused and nothing was saved. The "
                     "head gets a new key at the NCA.").format(reason=params.get("reason", "")),
        "not_a_crl": lambda: translate(
            "esign", "This file is not a list of revoked certificates. Choose a .crl file "
                     "published by the NCA (for example nca_gost_2022.crl)."),
        "crl_issuer_not_installed": lambda: translate(
            "esign", "This list was issued by {issuer}, whose certificate is not installed. "
                     "Install that NCA certificate first, then import the list again.").format(
            issuer=params.get("issuer", "")),
        "crl_signature_bad": lambda: translate(
            "esign", "The signature of this list does not verify with the certificate of "
                     "{issuer}: it was not made by the NCA, or was changed. It was not "
                     "imported.").format(issuer=params.get("issuer", "")),
        "crl_download_failed": lambda: translate(
            "esign", "The list at {url} could not be downloaded ({reason}). This computer may "
                     "be offline: download the list on another computer and import the "
                     "file.").format(url=params.get("url", ""), reason=params.get("reason", "")),
        "crl_not_found": lambda: translate(
            "esign", "This list was already removed."),
        "no_signature": lambda: translate(
            "esign", "This result is not signed electronically."),
        "certificate_not_found": lambda: translate(
            "esign", "This certificate was already removed."),
        "not_a_certificate": lambda: translate(
            "esign", "This file is not a certificate. Choose the .cer or .crt file of an NCA "
                     "certificate."),
        "not_an_authority": lambda: translate(
            "esign", "This is a person's certificate, not a certificate of the NCA. Install "
                     "only the NCA root and intermediate certificates."),
    }
    make = texts.get(code)
    return make() if make else None
