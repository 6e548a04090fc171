"""The papers of the hearing before a motivated refusal: the notice of the preliminary decision
and of the hearing, and the hearing's protocol. Fixed like results (snapshotted, audited,
reprints marked as copies), but neither is the case's result nor carries a verification code."""

from __future__ import annotations

from desktop.domain import workflow
from desktop.domain.hearing_papers import CitedGround, HearingFacts, HearingPaperData
from desktop.services.results import record_data as snap_
from desktop.services.results.registry import ResultKind, register


def hearing_facts(fixed: dict) -> HearingFacts:
    def moment(key):
        return snap_.moment(fixed[key]) if fixed.get(key) else None

    return HearingFacts(
        grounds=tuple(CitedGround(g["text"], g["basis"]) for g in fixed["grounds"]),
        motivation=fixed["motivation"], decided_on=snap_.day(fixed["decided_at"]),
        notice_number=fixed["notice_number"], hearing_at=moment("hearing_at"),
        hearing_place=fixed["hearing_place"], rule_source=fixed["rule"]["source"],
        hearing_within=fixed["rule"]["hearing_within"], notice_way=fixed["notice_way"],
        notice_on=snap_.day(fixed.get("notice_on")), held_at=moment("held_at"),
        attendance=fixed["attendance"], attendees=fixed["attendees"],
        position=fixed["position"], outcome=fixed["outcome"], note=fixed.get("note", ""),
    )


def hearing_paper(snap: dict) -> HearingPaperData:
    college = snap_.snap_college(snap)
    return HearingPaperData(
        college=college, reg_number=snap["reg_number"],
        application_date=snap_.day(snap["submitted_at"]), applicant=snap_.snap_person(snap),
        applicant_address=snap["person"].get("address", ""), service=snap["service"],
        head_name=college.head_name, executor_name=snap["executor_name"],
        facts=hearing_facts(snap["hearing"]),
    )


HEARING_NOTICE = register(ResultKind(
    code=workflow.HEARING_NOTICE,
    printable=hearing_paper,
    form="desktop.forms.hearing_papers:render_hearing_notice",
    sealed=False,
))

HEARING_PROTOCOL = register(ResultKind(
    code=workflow.HEARING_PROTOCOL,
    printable=hearing_paper,
    form="desktop.forms.hearing_papers:render_hearing_protocol",
    sealed=False,
))
