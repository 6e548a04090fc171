"""The two refusals every service can end in: the head's letter of motivated refusal (where
the service allows one) and the receipt of a refused acceptance that the office hands over."""

from __future__ import annotations

from desktop.domain import printables as p
from desktop.domain import workflow
from desktop.services.results import record_data as snap_
from desktop.services.results.kinds.hearing_papers import hearing_facts
from desktop.services.results.registry import ResultKind, register


def motivated_refusal(snap: dict) -> p.MotivatedRefusalData:
    college = snap_.snap_college(snap)
    # A draft read before signing, or a letter signed before the hearing came, has none.
    facts = hearing_facts(snap["hearing"]) if snap.get("hearing") else None
    return p.MotivatedRefusalData(
        college=college, reg_number=snap["reg_number"], dated=snap_.issued_on(snap),
        applicant=snap_.snap_person(snap), reasons=snap["refusal_reason"],
        head_name=college.head_name, service=snap["service"],
        application_date=snap_.day(snap["submitted_at"]), executor_name=snap["executor_name"],
        ground=(snap.get("refusal_ground") or {}).get("text", ""),
        grounds=facts.grounds if facts else (), hearing=facts,
    )


def refusal_receipt(snap: dict) -> p.RefusalReceiptData:
    def names(which):
        return snap_.document_names(snap["service"], snap["language"], snap["documents"], which)

    return p.RefusalReceiptData(
        college=snap_.snap_college(snap), reg_number=snap["reg_number"],
        refused_at=snap_.moment(snap["accepted_at"]), service=snap["service"],
        applicant=snap_.snap_person(snap),
        missing=names(lambda presented, _expired: not presented),
        expired=names(lambda presented, expired: presented and expired),
        clerk_name=snap["clerk_name"],
    )


MOTIVATED_REFUSAL = register(ResultKind(
    code=workflow.MOTIVATED_REFUSAL,
    printable=motivated_refusal,
    form="desktop.forms.motivated_refusal:render_motivated_refusal",
    refusal=True,
))

ACCEPTANCE_REFUSAL = register(ResultKind(
    code=workflow.ACCEPTANCE_REFUSAL_RESULT,
    printable=refusal_receipt,
    form="desktop.forms.refusal_receipt:render_refusal_receipt",
    refusal=True,
    sealed=False,
))
