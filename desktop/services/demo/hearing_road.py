"""The demo's refusals go the law's road: a preliminary decision, its notice handed at the desk,
the hearing the applicant came to, and only then the signed refusal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from desktop.services.cases import hearings, steps
from desktop.services.cases.casework import CaseRecord
from desktop.services.reference import work_calendar

MOTIVATION = "Колледж мұрағатында өтініш берушінің оқығаны туралы мәлімет табылмады."


# The stages of the road, in order: the demo stops a case at one of them.
STAGES = ("refusal_proposed", "preliminary_refusal", "hearing_notified", "refusal_confirmed",
          "refused")


def refuse_after_hearing(sessions: dict, executor, case: CaseRecord, moment: dict,
                         real_now: datetime, later: Callable[[int], None], *,
                         until: str = "refused") -> None:
    """Take an assigned `case` along the road up to the stage `until` (STAGES): the executor
    proposes, the head decides, the notice is handed at the desk, the hearing held, the letter
    signed (a hearing still ahead of the demo's now stops the road there)."""
    head, clerk = sessions["head"], sessions["clerk"]
    later(16)
    case = hearings.propose_refusal(executor, case.id, case.version, ["no_record_of_original"],
                                    MOTIVATION)
    if until == "refusal_proposed":
        return
    later(2)
    hearing_day = work_calendar().add_working_days(moment["t"].date(), 2)
    hearing_at = datetime.combine(hearing_day, time(11, 0))
    case = hearings.decide_preliminary(head, case.id, case.version, hearings.PreliminaryInput(
        grounds=["no_record_of_original"], motivation=MOTIVATION, hearing_at=hearing_at,
        place="Колледж, басшының қабылдау бөлмесі (204-кабинет)"))
    if until == "preliminary_refusal":
        return
    later(1)
    case = hearings.send_notice(clerk, case.id, case.version, "in_person", moment["t"].date())
    if until == "hearing_notified" or hearing_at + timedelta(hours=1) > real_now:
        return
    moment["t"] = hearing_at + timedelta(minutes=40)
    case = hearings.record_hearing(head, case.id, case.version, hearings.HearingInput(
        attendance="attended", attendees="Өтініш беруші; колледж басшысы; орындаушы",
        position="Өтініш беруші колледжде оқығанын айтты, бірақ растайтын құжат ұсынбады.",
        outcome="refusal"))
    if until == "refusal_confirmed":
        return
    later(2)
    steps.refuse(head, case.id, case.version, MOTIVATION)
