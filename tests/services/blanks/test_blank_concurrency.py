"""Heads signing and clerks spoiling at once take each blank once, lowest first, with no gap."""

import threading

from desktop.services.blanks import usage
from desktop.services.cases import steps
from desktop.store.models.blanks import Blank
from support.blank_stock import duplicate_draft as _draft
from support.blank_stock import ready, receive

SIGNERS = 4
EACH = 3


def test_heads_signing_at_once_take_distinct_gapless_blanks(staff, clock, db):
    receive(staff["admin"], first="0000101", last="0000130")
    cases = [ready(staff, _draft()) for _ in range(SIGNERS * EACH)]
    errors = []

    def work(mine):
        try:
            for case in mine:
                steps.sign(staff["head"], case.id, case.version)
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=work, args=(cases[i::SIGNERS],))
               for i in range(SIGNERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    used = list(Blank.select().where(Blank.state == "used").order_by(Blank.number))
    # 12 signings: blanks 101..112, each to a different case, 113 the next in stock.
    assert [b.number for b in used] == list(range(101, 113))
    assert len({b.case_id for b in used}) == 12
    assert Blank.select().where(Blank.state == "in_stock").order_by(Blank.number).first() \
        .number == 113


def test_clerks_spoiling_at_once_each_get_their_own_next_blank(staff, clock, db):
    receive(staff["admin"], first="0000201", last="0000230")
    cases = [steps.sign(staff["head"], c.id, c.version)
             for c in [ready(staff, _draft()) for _ in range(4)]]  # 201..204
    errors = []

    def work(case):
        try:
            usage.spoil_and_replace(staff["clerk"], case.id, "Қате басылды")
        except Exception as exc:  # surfaced below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=work, args=(c,)) for c in cases]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    spoiled = [b.number for b in Blank.select().where(Blank.state == "spoiled")]
    used = [b.number for b in Blank.select().where(Blank.state == "used")]
    assert sorted(spoiled) == [201, 202, 203, 204]
    assert sorted(used) == [205, 206, 207, 208]
    assert len({b.case_id for b in Blank.select().where(Blank.state == "used")}) == 4
