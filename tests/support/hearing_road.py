"""Takes a duplicate case along the law's road to a motivated refusal: the head's preliminary
decision, the notice handed at the desk, the applicant's written position in place of the
hearing, and the signed refusal. For tests whose subject is what comes after."""

from __future__ import annotations

from datetime import datetime, time

from desktop.services.cases import hearings, steps
from desktop.services.reference import now, work_calendar

GROUND = "no_record_of_original"


def hearing_day_after(day):
    return work_calendar().add_working_days(day, 1)


def decide(head, case, grounds=(GROUND,), motivation="Мұрағатта мәлімет жоқ"):
    at = datetime.combine(hearing_day_after(now().date()), time(11, 0))
    return hearings.decide_preliminary(head, case.id, case.version, hearings.PreliminaryInput(
        grounds=list(grounds), motivation=motivation, hearing_at=at, place="Колледж, 204"))


def heard(head, clerk, case, outcome="refusal", **decision):
    case = decide(head, case, **decision)
    case = hearings.send_notice(clerk, case.id, case.version, "in_person", now().date())
    return hearings.record_hearing(head, case.id, case.version, hearings.HearingInput(
        attendance="declined_in_writing", attendees="",
        position="Өтініш беруші ұстанымын жазбаша білдірді", outcome=outcome))


def refuse_after_hearing(head, clerk, case, motivation="Мұрағатта мәлімет жоқ", **decision):
    case = heard(head, clerk, case, **decision)
    return steps.refuse(head, case.id, case.version, motivation)
