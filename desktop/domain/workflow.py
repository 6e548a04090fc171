"""States of a case and the transitions between them.

The chain is the one of the regulations (register -> assign -> draft -> sign -> issue), plus the
State Corporation hand-over rules of the duplicate standard. Each transition belongs to one step
of the service, and the role that performs it is the role the service's TOML gives that step;
which service may do what else comes from the catalogue too (channels, motivated refusal), so
the control flow is the same for every service.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.catalogue import MOTIVATED_REFUSAL, Service
from desktop.domain.errors import IllegalTransition

REGISTERED = "registered"
ACCEPTANCE_REFUSED = "acceptance_refused"
ASSIGNED = "assigned"
REWORK = "rework"
DRAFT_SUBMITTED = "draft_submitted"
READY = "ready"
AT_STATE_CORP = "at_state_corp"
STORED = "stored"
REQUESTED = "requested"
ISSUED = "issued"
WITHDRAWN = "withdrawn"
# Before a motivated refusal the applicant is heard (desktop.domain.hearing): the executor
# proposes a refusal, the head makes it a preliminary decision, the office sends the notice of
# it and of the hearing, the hearing is held, and only a refusal it confirms is signed.
REFUSAL_PROPOSED = "refusal_proposed"
PRELIMINARY_REFUSAL = "preliminary_refusal"
HEARING_NOTIFIED = "hearing_notified"
REFUSAL_CONFIRMED = "refusal_confirmed"
HEARING_STATES = (REFUSAL_PROPOSED, PRELIMINARY_REFUSAL, HEARING_NOTIFIED, REFUSAL_CONFIRMED)
# The papers of that road, fixed like results but not the case's result: the notice of the
# preliminary decision and of the hearing, and the hearing's protocol.
HEARING_NOTICE = "hearing_notice"
HEARING_PROTOCOL = "hearing_protocol"
PROCEDURE_PAPERS = (HEARING_NOTICE, HEARING_PROTOCOL)

STATES = (
    REGISTERED,
    ACCEPTANCE_REFUSED,
    ASSIGNED,
    REWORK,
    DRAFT_SUBMITTED,
    *HEARING_STATES,
    READY,
    AT_STATE_CORP,
    STORED,
    REQUESTED,
    ISSUED,
    WITHDRAWN,
)
FINAL_STATES = frozenset({ACCEPTANCE_REFUSED, ISSUED, WITHDRAWN})

# The result a signed case carries (Case.result_kind): the service's document, or a letter of
# motivated refusal. A refusal travels the same states as a document (ready, handed over, at
# the State Corporation), but it is neither a document "ready for issue" nor one "issued":
# the registry and the journal show it under statuses of its own.
# The result of a refused acceptance: the receipt saying what was missing or expired.
ACCEPTANCE_REFUSAL_RESULT = "acceptance_refusal"
REFUSAL_SIGNED = "refusal_signed"
REFUSAL_HANDED = "refusal_handed"
_REFUSAL_STATUS = {READY: REFUSAL_SIGNED, ISSUED: REFUSAL_HANDED}
# What the registry and the journal show: the states, with a refusal's own two.
STATUSES = (
    REGISTERED, ACCEPTANCE_REFUSED, ASSIGNED, REWORK, DRAFT_SUBMITTED, *HEARING_STATES, READY,
    REFUSAL_SIGNED,
    AT_STATE_CORP, STORED, REQUESTED, ISSUED, REFUSAL_HANDED, WITHDRAWN,
)


def status(state: str, result_kind: str = "") -> str:
    """The status shown for a case: its state, except that a motivated refusal signed or
    handed over is said as such (acceptance refused is a state of its own already)."""
    if result_kind == MOTIVATED_REFUSAL:
        return _REFUSAL_STATUS.get(state, state)
    return state


def status_condition(code: str) -> tuple[str, bool | None]:
    """(state, is_refusal) that a status code stands for: is_refusal None when the state alone
    decides, True/False when the result must (not) be a motivated refusal."""
    for state, refusal_status in _REFUSAL_STATUS.items():
        if code == refusal_status:
            return state, True
        if code == state:
            return state, False
    return code, None
# States in which the result is still being prepared inside the term of the service.
IN_WORK_STATES = frozenset({REGISTERED, ASSIGNED, REWORK, DRAFT_SUBMITTED, *HEARING_STATES})

# Channels whose result is handed out by the State Corporation, not by the college office.
VIA_STATE_CORP = frozenset({"state_corp", "portal"})

# The step of the catalogue that a case in this state is waiting for.
STEP_OF_STATE = {
    REGISTERED: "assign",
    ASSIGNED: "draft",
    REWORK: "draft",
    DRAFT_SUBMITTED: "sign",
    REFUSAL_PROPOSED: "sign",
    REFUSAL_CONFIRMED: "sign",
    READY: "issue",
}


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[str | None]
    target: str
    # The step of the service this transition is part of: its role performs it.
    step: str
    # None: any channel; otherwise the channels on which this transition exists.
    channels: frozenset[str] | None = None
    needs_motivated_refusal: bool = False


TRANSITIONS: dict[str, tuple[Transition, ...]] = {}


def _add(t: Transition) -> None:
    TRANSITIONS.setdefault(t.action, ())
    TRANSITIONS[t.action] = (*TRANSITIONS[t.action], t)


_IN_WORK = frozenset(IN_WORK_STATES)
_DRAFTING = frozenset({REGISTERED, ASSIGNED, REWORK, DRAFT_SUBMITTED})
_OFFICE_HANDED = frozenset({"office", "home_visit"})
_add(Transition("register", frozenset({None}), REGISTERED, "register"))
_add(Transition("refuse_acceptance", frozenset({None}), ACCEPTANCE_REFUSED, "register"))
_add(Transition("assign", frozenset({REGISTERED, ASSIGNED, REWORK}), ASSIGNED, "assign"))
_add(Transition("submit_draft", frozenset({ASSIGNED, REWORK}), DRAFT_SUBMITTED, "draft"))
# Returning a draft (or a proposed refusal) and refusing are the signer's decisions on it.
_add(Transition("return_draft", frozenset({DRAFT_SUBMITTED, REFUSAL_PROPOSED}), REWORK, "sign"))
_add(Transition("sign", frozenset({DRAFT_SUBMITTED}), READY, "sign"))
# The refusal's road: proposal, preliminary decision, notice, hearing, and only then the letter.
_add(Transition("propose_refusal", frozenset({ASSIGNED, REWORK}), REFUSAL_PROPOSED, "draft",
                needs_motivated_refusal=True))
# A new decision before its notice went out replaces the notice (a hearing day that moved).
_add(Transition("decide_preliminary", _DRAFTING | {REFUSAL_PROPOSED, PRELIMINARY_REFUSAL},
                PRELIMINARY_REFUSAL,
                "sign", needs_motivated_refusal=True))
_add(Transition("send_notice", frozenset({PRELIMINARY_REFUSAL}), HEARING_NOTIFIED, "issue",
                needs_motivated_refusal=True))
_add(Transition("hearing_confirms", frozenset({HEARING_NOTIFIED}), REFUSAL_CONFIRMED, "sign",
                needs_motivated_refusal=True))
# A hearing that ends in the document sends the case back to drafting.
_add(Transition("hearing_grants", frozenset({HEARING_NOTIFIED}), REWORK, "sign",
                needs_motivated_refusal=True))
_add(Transition("refuse", frozenset({REFUSAL_CONFIRMED}), READY, "sign",
                needs_motivated_refusal=True))
_add(Transition("issue", frozenset({READY}), ISSUED, "issue", channels=_OFFICE_HANDED))
# Via the State Corporation the office records that it handed the result out.
_add(Transition("issue", frozenset({AT_STATE_CORP}), ISSUED, "issue", channels=VIA_STATE_CORP))
_add(
    Transition(
        "hand_over", frozenset({READY, REQUESTED}), AT_STATE_CORP, "issue", VIA_STATE_CORP
    )
)
_add(Transition("return_from_state_corp", frozenset({AT_STATE_CORP}), STORED, "issue"))
_add(Transition("request_again", frozenset({STORED}), REQUESTED, "issue"))
# An application is withdrawn at the desk that registered it.
_add(Transition("withdraw", _IN_WORK, WITHDRAWN, "register"))

ACTIONS = tuple(TRANSITIONS)


def _applies(t: Transition, service: Service, channel: str) -> bool:
    if t.channels is not None and channel not in t.channels:
        return False
    return not (t.needs_motivated_refusal and not service.motivated_refusal)


def role_for(service: Service, action: str) -> str:
    """The role that performs an action in this service: the role of its step."""
    if action not in TRANSITIONS:
        raise IllegalTransition("unknown_action", f"unknown action '{action}'", action=action)
    return service.step(TRANSITIONS[action][0].step).role


def next_state(service: Service, channel: str, state: str | None, action: str, role: str) -> str:
    """The state after `action`, or IllegalTransition saying why it cannot happen."""
    if action not in TRANSITIONS:
        raise IllegalTransition("unknown_action", f"unknown action '{action}'", action=action)
    if channel not in service.channels:
        raise IllegalTransition(
            "channel_not_allowed",
            f"service '{service.code}' is not provided through channel '{channel}'",
            service=service.code,
            channel=channel,
        )
    candidates = [t for t in TRANSITIONS[action] if _applies(t, service, channel)]
    if not candidates:
        raise IllegalTransition(
            "action_not_in_service",
            f"'{action}' does not exist for service '{service.code}' on channel '{channel}'",
            action=action,
            service=service.code,
            channel=channel,
        )
    allowed = service.step(candidates[0].step).role
    if role != allowed:
        raise IllegalTransition(
            "role_not_allowed",
            f"'{action}' is done by the {allowed}, not the {role}",
            action=action,
            role=role,
        )
    for t in candidates:
        if state in t.sources:
            return t.target
    raise IllegalTransition(
        "not_in_this_state",
        f"'{action}' is not possible in state '{state}'",
        action=action,
        state=state,
    )


def allowed_actions(service: Service, channel: str, state: str | None, role: str) -> list[str]:
    """Actions this role may take on a case in this state (for the UI to mirror)."""
    allowed = []
    for action in ACTIONS:
        try:
            next_state(service, channel, state, action, role)
        except IllegalTransition:
            continue
        allowed.append(action)
    return allowed
