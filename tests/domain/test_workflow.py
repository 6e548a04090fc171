"""States and transitions of both services, and who may move them."""

import pytest

from desktop.domain import workflow as wf
from desktop.domain.catalogue import load_catalogue
from desktop.domain.errors import IllegalTransition
from desktop.locations import resources_dir

CAT = load_catalogue(resources_dir() / "services")
CERT, DUP = CAT["certificate"], CAT["duplicate"]


def test_certificate_chain_of_the_regulation():
    state = wf.next_state(CERT, "office", None, "register", "clerk")
    for action, role in [("assign", "head"), ("submit_draft", "executor"),
                         ("sign", "head"), ("issue", "clerk")]:
        state = wf.next_state(CERT, "office", state, action, role)
    assert state == wf.ISSUED


def test_rework_loop_and_reassignment():
    state = wf.next_state(CERT, "office", wf.DRAFT_SUBMITTED, "return_draft", "head")
    assert state == wf.REWORK
    assert wf.next_state(CERT, "office", state, "assign", "head") == wf.ASSIGNED
    assert wf.next_state(CERT, "office", state, "submit_draft", "executor") == wf.DRAFT_SUBMITTED


def test_state_corporation_cycle_for_duplicates():
    state = wf.next_state(DUP, "state_corp", wf.READY, "hand_over", "clerk")
    assert state == wf.AT_STATE_CORP
    state = wf.next_state(DUP, "state_corp", state, "return_from_state_corp", "clerk")
    assert state == wf.STORED
    state = wf.next_state(DUP, "state_corp", state, "request_again", "clerk")
    assert state == wf.REQUESTED
    state = wf.next_state(DUP, "state_corp", state, "hand_over", "clerk")
    assert wf.next_state(DUP, "state_corp", state, "issue", "clerk") == wf.ISSUED


def test_result_via_state_corp_is_not_issued_at_the_office():
    with pytest.raises(IllegalTransition) as err:
        wf.next_state(DUP, "portal", wf.READY, "issue", "clerk")
    assert err.value.code == "not_in_this_state"
    with pytest.raises(IllegalTransition):
        wf.next_state(DUP, "office", wf.READY, "hand_over", "clerk")


def test_motivated_refusal_only_for_duplicates():
    assert wf.next_state(DUP, "office", wf.REFUSAL_CONFIRMED, "refuse", "head") == wf.READY
    for action in ("refuse", "decide_preliminary"):
        with pytest.raises(IllegalTransition) as err:
            wf.next_state(CERT, "office", wf.DRAFT_SUBMITTED, action, "head")
        assert err.value.code == "action_not_in_service"


def test_a_refusal_is_signed_only_after_its_hearing():
    """The road: proposal -> preliminary decision -> notice -> hearing -> the letter."""
    state = wf.next_state(DUP, "office", wf.ASSIGNED, "propose_refusal", "executor")
    for action, role in [("decide_preliminary", "head"), ("send_notice", "clerk"),
                         ("hearing_confirms", "head"), ("refuse", "head")]:
        for early in (wf.REGISTERED, wf.ASSIGNED, wf.DRAFT_SUBMITTED, wf.PRELIMINARY_REFUSAL,
                      wf.HEARING_NOTIFIED):
            if action == "refuse":
                with pytest.raises(IllegalTransition):
                    wf.next_state(DUP, "office", early, action, role)
        state = wf.next_state(DUP, "office", state, action, role)
    assert state == wf.READY
    # A hearing that ends in the document sends the case back to the executor.
    assert wf.next_state(DUP, "office", wf.HEARING_NOTIFIED, "hearing_grants",
                         "head") == wf.REWORK


def test_certificate_only_at_the_college():
    with pytest.raises(IllegalTransition) as err:
        wf.next_state(CERT, "portal", None, "register", "clerk")
    assert err.value.code == "channel_not_allowed"


# Who does what, from DOMAIN.md and the regulation's chain (clerk -> head -> executor -> head
# -> clerk), written out here rather than read from the code under test.
EXPECTED_ROLE = {
    "register": "clerk", "refuse_acceptance": "clerk", "assign": "head",
    "submit_draft": "executor", "return_draft": "head", "sign": "head", "refuse": "head",
    "issue": "clerk", "hand_over": "clerk", "return_from_state_corp": "clerk",
    "request_again": "clerk", "withdraw": "clerk", "propose_refusal": "executor",
    "decide_preliminary": "head", "send_notice": "clerk", "hearing_confirms": "head",
    "hearing_grants": "head",
}
ALL_ROLES = ("clerk", "head", "executor", "admin")
# action -> (channel, a state in which the action is possible, the state after it), for a
# duplicate.
WHERE = {
    "register": ("office", None, wf.REGISTERED),
    "refuse_acceptance": ("office", None, wf.ACCEPTANCE_REFUSED),
    "assign": ("office", wf.REGISTERED, wf.ASSIGNED),
    "submit_draft": ("office", wf.ASSIGNED, wf.DRAFT_SUBMITTED),
    "return_draft": ("office", wf.DRAFT_SUBMITTED, wf.REWORK),
    "sign": ("office", wf.DRAFT_SUBMITTED, wf.READY),
    "refuse": ("office", wf.REFUSAL_CONFIRMED, wf.READY),
    "propose_refusal": ("office", wf.ASSIGNED, wf.REFUSAL_PROPOSED),
    "decide_preliminary": ("office", wf.REFUSAL_PROPOSED, wf.PRELIMINARY_REFUSAL),
    "send_notice": ("office", wf.PRELIMINARY_REFUSAL, wf.HEARING_NOTIFIED),
    "hearing_confirms": ("office", wf.HEARING_NOTIFIED, wf.REFUSAL_CONFIRMED),
    "hearing_grants": ("office", wf.HEARING_NOTIFIED, wf.REWORK),
    "issue": ("office", wf.READY, wf.ISSUED),
    "hand_over": ("state_corp", wf.READY, wf.AT_STATE_CORP),
    "return_from_state_corp": ("state_corp", wf.AT_STATE_CORP, wf.STORED),
    "request_again": ("state_corp", wf.STORED, wf.REQUESTED),
    "withdraw": ("office", wf.ASSIGNED, wf.WITHDRAWN),
}


@pytest.mark.parametrize("action", sorted(EXPECTED_ROLE))
def test_the_role_of_the_step_moves_the_case(action):
    channel, before, after = WHERE[action]
    assert wf.next_state(DUP, channel, before, action, EXPECTED_ROLE[action]) == after


@pytest.mark.parametrize("action", sorted(EXPECTED_ROLE))
def test_every_other_role_is_refused(action):
    channel, before, _after = WHERE[action]
    for role in ALL_ROLES:
        if role == EXPECTED_ROLE[action]:
            continue
        with pytest.raises(IllegalTransition) as err:
            wf.next_state(DUP, channel, before, action, role)
        assert err.value.code == "role_not_allowed", (action, role)


@pytest.mark.parametrize(("service", "channel", "state", "role", "expected"), [
    # A new duplicate: the head assigns it or decides to refuse it (a hearing comes first); the
    # clerk may only record a withdrawal.
    ("duplicate", "office", wf.REGISTERED, "head", {"assign", "decide_preliminary"}),
    ("duplicate", "office", wf.REGISTERED, "clerk", {"withdraw"}),
    ("duplicate", "office", wf.REGISTERED, "executor", set()),
    ("duplicate", "office", wf.REGISTERED, "admin", set()),
    # With the executor: the executor submits, the head may reassign or refuse.
    ("duplicate", "office", wf.ASSIGNED, "executor", {"submit_draft", "propose_refusal"}),
    ("duplicate", "office", wf.ASSIGNED, "head", {"assign", "decide_preliminary"}),
    # The road to a refusal: each step by its own role.
    ("duplicate", "office", wf.PRELIMINARY_REFUSAL, "clerk", {"send_notice", "withdraw"}),
    ("duplicate", "office", wf.HEARING_NOTIFIED, "head", {"hearing_confirms", "hearing_grants"}),
    ("duplicate", "office", wf.REFUSAL_CONFIRMED, "head", {"refuse"}),
    # A certificate awaiting signature: no motivated refusal in the certificate regulation.
    ("certificate", "office", wf.DRAFT_SUBMITTED, "head", {"sign", "return_draft"}),
    ("certificate", "office", wf.DRAFT_SUBMITTED, "executor", set()),
    # Ready: issued at the office desk, or handed over when it came via the State Corporation.
    ("duplicate", "office", wf.READY, "clerk", {"issue"}),
    ("duplicate", "state_corp", wf.READY, "clerk", {"hand_over"}),
    ("duplicate", "state_corp", wf.READY, "head", set()),
    ("duplicate", "state_corp", wf.AT_STATE_CORP, "clerk", {"issue", "return_from_state_corp"}),
    ("duplicate", "state_corp", wf.STORED, "clerk", {"request_again"}),
])
def test_each_role_is_offered_its_own_actions(service, channel, state, role, expected):
    assert set(wf.allowed_actions(CAT[service], channel, state, role)) == expected


@pytest.mark.parametrize("state", [wf.ACCEPTANCE_REFUSED, wf.ISSUED, wf.WITHDRAWN])
def test_final_states_accept_nothing(state):
    for role in ALL_ROLES:
        assert wf.allowed_actions(DUP, "office", state, role) == []
        assert wf.allowed_actions(DUP, "state_corp", state, role) == []


def test_withdrawal_only_while_in_work():
    assert wf.next_state(CERT, "office", wf.ASSIGNED, "withdraw", "clerk") == wf.WITHDRAWN
    with pytest.raises(IllegalTransition):
        wf.next_state(CERT, "office", wf.READY, "withdraw", "clerk")
