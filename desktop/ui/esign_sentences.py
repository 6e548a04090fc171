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
            "NCALayer found no signing key. Insert the key carrier (Kaztoken, ID card) or "
            "choose the key file, then sign again."),
        "ncalayer_wrong_password": lambda: translate(
            "esign",
            "The key's password is wrong (NCALayer's answer). Kense does not keep this "
            "password: type it again in NCALayer's window."),
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
    }
    make = texts.get(code)
    return make() if make else None
