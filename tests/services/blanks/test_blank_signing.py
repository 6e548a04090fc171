"""A duplicate's blank: taken from stock when the head signs, spoiled and replaced at a
misprint; the fixed records, the book, verification and the audit chain agree."""

import json
from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.verification import Verdict
from desktop.services.accounts import users
from desktop.services.blanks import stock as blanks
from desktop.services.blanks import usage
from desktop.services.cases import queries, registration, steps
from desktop.services.errors import AuthError, PermissionDenied
from desktop.services.records import snapshots
from desktop.services.records.chain_check import verify_chain
from desktop.services.records.verify import check_code
from desktop.services.results import printables
from desktop.store.models import AuditRecord, DuplicateContent, ResultSnapshot
from desktop.store.models.blanks import Blank
from support.applications import make_application
from support.blank_stock import duplicate_draft as _draft
from support.blank_stock import ready, receive, signed


def _state(series, number):
    return Blank.get((Blank.series == series) & (Blank.number == int(number))).state


def test_signing_takes_the_lowest_blank_in_stock(staff, clock):
    receive(staff["admin"], first="0000777", last="0000780")
    blanks.mark_lost(staff["admin"], blanks.blanks(staff["admin"])[0].id, "жоғалды")  # 777
    # 777 lost: the first signing takes 778, the second 779.
    a, b = signed(staff), signed(staff)
    row = DuplicateContent.get(DuplicateContent.case == a.id)
    assert (row.new_blank_series, row.new_blank_number) == ("ТКБ-Д", "0000778")
    snap = json.loads(ResultSnapshot.get(ResultSnapshot.case == b.id).content)
    assert snap["content"]["new_blank_number"] == "0000779"
    blank = Blank.get((Blank.series == "ТКБ-Д") & (Blank.number == 778))
    assert (blank.state, blank.case_id, blank.state_by) == ("used", a.id, "head")
    assert blank.snapshot_id == ResultSnapshot.get(ResultSnapshot.case == a.id).id
    # The admin's list names the case by its registration number (no personal data).
    listed = {r.number: (r.state, r.reg_number) for r in blanks.blanks(staff["admin"])}
    assert listed["0000778"] == ("used", a.reg_number)
    assert listed["0000780"] == ("in_stock", "")


def test_signing_takes_a_blank_of_the_drafts_kind(staff, clock):
    receive(staff["admin"], first="0000777", last="0000778")
    receive(staff["admin"], series="ТКБ-Қ", first="0000001", last="0000002", kind="appendix")
    case = signed(staff, _draft(kind="appendix"))
    row = DuplicateContent.get(DuplicateContent.case == case.id)
    assert (row.new_blank_series, row.new_blank_number) == ("ТКБ-Қ", "0000001")


def test_signing_with_no_blank_in_stock_is_refused_and_changes_nothing(staff, clock):
    receive(staff["admin"], series="ТКБ-Қ", first="0000001", last="0000002", kind="appendix")
    case = ready(staff, _draft())
    with pytest.raises(DomainError) as err:
        steps.sign(staff["head"], case.id, case.version)
    assert err.value.code == "no_blank_in_stock"
    assert queries.get_case(staff["head"], case.id).state == "draft_submitted"
    assert not ResultSnapshot.select().exists()


def test_signing_refuses_a_typed_blank_never_received(staff, clock):
    receive(staff["admin"], first="0000777", last="0000778")
    case = ready(staff, _draft("ТКБ-Д", "0000900"))
    with pytest.raises(DomainError) as err:
        steps.sign(staff["head"], case.id, case.version)
    assert err.value.code == "blank_not_recorded"


def test_signing_refuses_a_typed_blank_already_used(staff, clock):
    receive(staff["admin"], first="0000777", last="0000778")
    first = signed(staff, _draft("ТКБ-Д", "0000777"))
    case = ready(staff, _draft("ТКБ-Д", "777"))
    with pytest.raises(DomainError) as err:
        steps.sign(staff["head"], case.id, case.version)
    assert err.value.code == "blank_not_in_stock"
    assert err.value.params["reg_number"] == first.reg_number
    # The refused signing took nothing: 778 is still in stock.
    assert _state("ТКБ-Д", "778") == "in_stock"


def test_a_typed_blank_in_stock_is_taken_even_out_of_order(staff, clock):
    receive(staff["admin"], first="0000777", last="0000779")
    signed(staff, _draft("ТКБ-Д", "0000779"))
    assert [_state("ТКБ-Д", n) for n in ("777", "778", "779")] == [
        "in_stock", "in_stock", "used"]


def test_a_spoiled_blank_moves_the_result_onto_the_next_blank(staff, clock):
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff)
    first_snap = ResultSnapshot.get(ResultSnapshot.case == case.id)
    swap = usage.spoil_and_replace(staff["clerk"], case.id, "Принтер қағазды жыртты")
    assert (swap.spoiled, swap.taken) == ("ТКБ-Д 0000777", "ТКБ-Д 0000778")
    spoiled = Blank.get((Blank.series == "ТКБ-Д") & (Blank.number == 777))
    assert (spoiled.state, spoiled.reason, spoiled.state_by) == (
        "spoiled", "Принтер қағазды жыртты", "clerk")
    # Both snapshots are kept; the new one differs from the old only in the blank's number
    # and the verification code that seals it.
    snaps = list(ResultSnapshot.select().where(ResultSnapshot.case == case.id)
                 .order_by(ResultSnapshot.id))
    assert [s.id for s in snaps] == [first_snap.id, swap.snapshot_id]
    old, new = (json.loads(s.content) for s in snaps)
    assert new["content"]["new_blank_number"] == "0000778"
    assert old["content"]["new_blank_number"] == "0000777"
    differ = {k for k in old if old[k] != new[k]}
    assert differ == {"content", "verification_code"}
    assert {k for k in old["content"] if old["content"][k] != new["content"][k]} == {
        "new_blank_number"}
    # What prints now is the new snapshot.
    issued = printables.issued(staff["clerk"], case.id)
    assert issued.content["content"]["new_blank_number"] == "0000778"
    assert issued.prints == 0


def test_the_new_snapshot_is_copied_from_the_signed_one_not_from_todays_rows(staff, clock):
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff)
    # After signing, the college renames itself and the applicant's surname changes.
    profile = users.college_profile()
    users.update_college(staff["admin"], replace(profile, head_name="Жаңа Басшы"))
    registration.register(staff["clerk"], make_application(
        "duplicate", applicant=replace(make_application().applicant, surname="Жаңаева")))
    usage.spoil_and_replace(staff["clerk"], case.id, "Қате басылды")
    new = json.loads(snapshots.latest(case.id).content)
    assert new["college"]["head_name"] == "Сәрсенбаев Ғалым Құрманұлы"
    assert new["person"]["surname"] == "Қасымова"


def test_the_book_of_duplicates_shows_the_blank_the_document_is_on(staff, clock):
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff)
    usage.spoil_and_replace(staff["clerk"], case.id, "Қате басылды")
    book = printables.book_data(staff["head"], date(2026, 3, 1), date(2026, 3, 31))
    assert [(r.new_blank_series, r.new_blank_number) for r in book.rows] == [
        ("ТКБ-Д", "0000778")]


def test_the_old_code_verifies_as_replaced_and_the_new_one_as_authentic(staff, clock):
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff)
    old_code = queries.get_case(staff["clerk"], case.id).verification_code
    usage.spoil_and_replace(staff["clerk"], case.id, "Қате басылды")
    new_code = queries.get_case(staff["clerk"], case.id).verification_code
    assert new_code != old_code
    old = check_code(staff["clerk"], old_code)
    assert (old.verdict, old.spoiled_blank, old.current_blank) == (
        Verdict.REPLACED, "ТКБ-Д 0000777", "ТКБ-Д 0000778")
    assert check_code(staff["clerk"], new_code).verdict == Verdict.AUTHENTIC


def test_a_misprint_with_no_blank_left_is_refused_and_changes_nothing(staff, clock):
    receive(staff["admin"], first="0000777", last="0000777")
    case = signed(staff)
    with pytest.raises(DomainError) as err:
        usage.spoil_and_replace(staff["clerk"], case.id, "Қате басылды")
    assert err.value.code == "no_blank_in_stock"
    assert _state("ТКБ-Д", "777") == "used"
    assert ResultSnapshot.select().count() == 1


def test_only_the_clerk_marks_a_misprint(staff, clock):
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff)
    for role in ("head", "executor", "admin"):
        with pytest.raises((PermissionDenied, AuthError)):
            usage.spoil_and_replace(staff[role], case.id, "Қате басылды")
    assert _state("ТКБ-Д", "777") == "used"


def test_every_blank_movement_is_in_the_audit_chain(staff, clock):
    receive(staff["admin"], first="0000777", last="0000780")
    case = signed(staff)
    usage.spoil_and_replace(staff["clerk"], case.id, "Қате басылды")
    records = {r.action: json.loads(r.changes) for r in AuditRecord.select()}
    assert records["blank_batch_received"]["first"] == "0000777"
    assert records["sign"]["blank"] == "ТКБ-Д 0000777"
    spoil = records["spoil_blank"]
    assert (spoil["spoiled_blank"], spoil["blank"], spoil["blank_reason"]) == (
        "ТКБ-Д 0000777", "ТКБ-Д 0000778", "Қате басылды")
    report = verify_chain()
    assert report.ok, report.findings
