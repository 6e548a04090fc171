"""States and transitions of both services, and who may move them."""

import pytest

from desktop.domain import workflow as wf
from desktop.domain.catalogue import ROLES, load_catalogue
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
    assert wf.next_state(DUP, "office", wf.DRAFT_SUBMITTED, "refuse", "head") == wf.READY
    with pytest.raises(IllegalTransition) as err:
        wf.next_state(CERT, "office", wf.DRAFT_SUBMITTED, "refuse", "head")
    assert err.value.code == "action_not_in_service"


def test_certificate_only_at_the_college():
    with pytest.raises(IllegalTransition) as err:
        wf.next_state(CERT, "portal", None, "register", "clerk")
    assert err.value.code == "channel_not_allowed"


@pytest.mark.parametrize("action", wf.ACTIONS)
def test_every_other_role_is_refused(action):
    allowed = wf.role_for(DUP, action)
    for role in ROLES:
        if role == allowed:
            continue
        for state in (None, *wf.STATES):
            with pytest.raises(IllegalTransition) as err:
                wf.next_state(DUP, "state_corp", state, action, role)
            assert err.value.code == "role_not_allowed"


def test_final_states_accept_nothing():
    for state in wf.FINAL_STATES:
        for role in ROLES:
            assert wf.allowed_actions(DUP, "office", state, role) == []
            assert wf.allowed_actions(DUP, "state_corp", state, role) == []


def test_withdrawal_only_while_in_work():
    assert wf.next_state(CERT, "office", wf.ASSIGNED, "withdraw", "clerk") == wf.WITHDRAWN
    with pytest.raises(IllegalTransition):
        wf.next_state(CERT, "office", wf.READY, "withdraw", "clerk")
