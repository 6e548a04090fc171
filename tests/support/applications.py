"""Applications as the clerk registers them: a complete, valid one, changed where a test says."""

from __future__ import annotations

from datetime import date


def make_application(service: str = "certificate", channel: str = "office", **overrides):
    """A complete, valid application of a Kazakh applicant."""
    from desktop.services.cases.inputs import ApplicantInput, Application

    applicant = ApplicantInput(
        iin="950815400014",
        surname="Қасымова",
        name="Әйгерім",
        patronymic="Ғалымқызы",
        birth_date=date(1995, 8, 15),
        phone="+7 701 123 45 67",
    )
    presented = {"application", "identity"} if channel != "portal" else {"e_application"}
    fields = dict(
        service=service, channel=channel, applicant=applicant, language="kk",
        presented=presented,
    )
    if service == "duplicate":
        fields["reason"] = "lost"
    if channel in ("state_corp", "portal"):
        fields["external_number"] = "KZ-0042-2026"
    fields.update(overrides)
    return Application(**fields)
