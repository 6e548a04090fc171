"""Sentences for the refusal road's errors: what the limit was, on which day, and what it
means for the case (the figures come from the service's rule, via the error's parameters)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.error_sentences import _when

translate = QCoreApplication.translate


def hearing_error(code: str, params: dict) -> str | None:
    texts = {
        "ground_required": lambda: translate(
            "messages", "Choose at least one ground the law gives for refusing the service."),
        "bad_date": lambda: translate(
            "messages", "The notice goes out on or after the day of the decision, and not in "
            "the future."),
        "notice_too_late": lambda: translate(
            "messages", "The notice of the hearing had to go out by {latest}, {days} working "
            "days before the term ends on {end}. A refusal can no longer be lawful within the "
            "term: prepare the document.").format(
                latest=_when(params.get("latest")), days=params.get("days", ""),
                end=_when(params.get("term_end"))),
        "hearing_too_late": lambda: translate(
            "messages", "The hearing must be held by {latest}: no later than {days} working "
            "days after the notice. Choose an earlier day.").format(
                latest=_when(params.get("latest")), days=params.get("days", "")),
        "hearing_before_notice": lambda: translate(
            "messages", "The hearing must come after the day of the notice: the applicant "
            "needs time to prepare. Make a new decision with a later hearing day."),
        "hearing_not_working_day": lambda: translate(
            "messages", "{day} is not a working day: choose a working day for the hearing."
        ).format(day=_when(params.get("day"))),
        "hearing_not_yet": lambda: translate(
            "messages", "The hearing is on {at}: its outcome can be recorded after it (or "
            "earlier only if the applicant declined it in writing).").format(
                at=_when(params.get("at"))),
        "no_preliminary_decision": lambda: translate(
            "messages", "There is no preliminary decision to refuse on this case."),
        "hearing_required": lambda: translate(
            "messages", "The refusal is signed only after the hearing confirmed it."),
        "no_hearing_in_service": lambda: translate(
            "messages", "This service has no motivated refusal."),
    }
    make = texts.get(code)
    return make() if make else None
