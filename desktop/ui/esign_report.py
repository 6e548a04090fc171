"""A signature check's report as a person reads it: the verdict first, then each check, and what
the certificate says. "Valid" is said only when every check was made and passed."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.domain.dates import format_date, format_datetime

translate = QCoreApplication.translate


def verdict_text(verdict: str) -> str:
    return {
        "valid": translate("esign", "The signature is valid: every check below was made and "
                                    "passed."),
        "not_fully_checked": translate(
            "esign", "Not fully checked: nothing failed, but some checks cannot be made on "
                     "this computer (see below). Do not call this signature valid."),
        "invalid": translate("esign", "The signature is NOT valid for this document."),
    }[verdict]


def _check_names() -> dict[str, str]:
    return {
        "digest_matches": translate("esign", "The signature is over exactly this PDF"),
        "signature_value_checked": translate("esign", "The signature value matches the key"),
        "chain_ok": translate("esign", "The certificate chains to the installed NCA "
                                       "certificates"),
        "within_validity": translate("esign", "The certificates were valid at the moment "
                                              "checked"),
        "usage_ok": translate("esign", "The key is the signing key of an organisation's "
                                       "first head"),
        "bin_matches": translate("esign", "The key belongs to this college (its BIN)"),
    }


def _outcome(outcome: str) -> str:
    return {"passed": translate("esign", "passed"), "failed": translate("esign", "FAILED"),
            "not_checked": translate("esign", "not checked offline")}[outcome]


def date_text(value) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return format_date(value.date()) if value else "—"


def signer_lines(facts: dict) -> list[str]:
    """What the certificate says, one line each (facts: SignerFacts as plain values)."""
    return [
        translate("esign", "Signed by: {name}").format(name=facts.get("common_name") or "—"),
        translate("esign", "IIN: {iin}; BIN: {bin}").format(iin=facts.get("iin") or "—",
                                                          bin=facts.get("bin") or "—"),
        translate("esign", "Certificate {serial}, issued by {issuer}, valid {start} – {end}")
        .format(serial=facts.get("serial", ""), issuer=facts.get("issuer", ""),
                start=date_text(facts.get("not_before")), end=date_text(facts.get("not_after"))),
        translate("esign", "Algorithm: {algorithm}").format(
            algorithm=facts.get("signature_algorithm", "")),
    ]


def revocation_text(report) -> str:
    """Whether the signer's certificate was revoked, as the imported NCA lists say."""
    check, listed = report.revocation, report.revocation_list
    when = format_date(listed.astimezone().date()) if listed else ""
    if check.outcome == "passed":
        return translate("esign", "Not revoked as of the NCA's list of {date}").format(
            date=when)
    if check.outcome == "failed":
        return translate("esign", "REVOKED: {reason}").format(reason=check.reason)
    if listed is None:
        return translate("esign", "Revocation not checked: no NCA list of revoked "
                                  "certificates of this issuer is imported (Admin → "
                                  "Signatures)")
    return translate("esign", "Revocation not checked: no list newer than the signing moment "
                              "(the newest imported is of {date})").format(date=when)


def _co_signer_html(report) -> str:
    """Another signature in the same file: checked and shown, but it does not decide."""
    from dataclasses import asdict

    head = translate("esign", "Another signature in this file (it does not decide): {verdict}")
    lines = [head.format(verdict=verdict_text(report.verdict))]
    lines += [f"{label}: {_outcome(getattr(report, name).outcome)}"
              for name, label in _check_names().items()]
    lines.append(revocation_text(report))
    lines += signer_lines(asdict(report.facts))
    return "<p>" + "<br>".join(escape(line) for line in lines) + "</p>"


def report_html(report, at: datetime, *, files_intact: bool = True) -> str:
    """The whole report; `at`: the moment the certificates were checked at."""
    from dataclasses import asdict

    verdict = "invalid" if not files_intact else report.verdict
    colour = {"valid": "#1b5e20", "not_fully_checked": "#8a5a00", "invalid": "#b00020"}[verdict]
    parts = [f'<p style="color:{colour}"><b>{escape(verdict_text(verdict))}</b></p>']
    if not files_intact:
        parts.append("<p>" + escape(translate(
            "esign", "The stored files differ from the ones recorded when they were signed: "
                     "they were changed in the database.")) + "</p>")
    parts.append("<p>" + escape(translate("esign", "Checked at: {moment}").format(
        moment=format_datetime(at))) + "</p><ul>")
    for name, label in _check_names().items():
        check = getattr(report, name)
        line = f"{label}: {_outcome(check.outcome)}"
        if check.reason:
            line += f" ({check.reason})"
        parts.append(f"<li>{escape(line)}</li>")
    parts.append(f"<li>{escape(revocation_text(report))}</li>")
    parts.append("</ul><p>")
    facts = {k: v for k, v in asdict(report.facts).items()}
    parts.append("<br>".join(escape(line) for line in signer_lines(facts)))
    parts.append("</p>")
    for other in report.co_signers:
        parts.append(_co_signer_html(other))
    parts.append("<p><i>" + escape(translate(
        "esign", "Not checked offline: a timestamp (none is requested), and the NCA's OCSP "
                 "service; revocation only as the imported lists say. These need the "
                 "network.")) + "</i></p>")
    return "".join(parts)
