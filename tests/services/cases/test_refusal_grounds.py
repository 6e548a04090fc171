"""A motivated refusal's legal ground: one of the service's list, fixed in the letter's language
next to the reasons as written, and logged."""

import json

import pytest

from desktop.domain.errors import InvalidInput
from desktop.services.cases import registration, steps
from desktop.services.records.chain_check import verify_chain
from desktop.services.results import printables, reading
from desktop.store.models import AuditRecord
from support.applications import make_application

INCOMPLETE_RU = ("Не представлен полный пакет документов согласно перечню, предусмотренному "
                 "пунктом 8 стандарта")


def test_the_chosen_ground_is_fixed_in_the_letters_language(staff, clock):
    case = registration.register(staff["clerk"], make_application("duplicate", "office",
                                                                  language="ru"))
    case = steps.refuse(staff["head"], case.id, case.version,
                        "В архиве колледжа нет сведений об обучении", ground="incomplete_package")
    snap = reading.issued_result(staff["clerk"], case.id).content
    assert snap["refusal_ground"] == {"code": "incomplete_package", "text": INCOMPLETE_RU}
    letter = printables.result_data(snap)
    assert letter.ground == INCOMPLETE_RU
    assert letter.reasons == "В архиве колледжа нет сведений об обучении"
    logged = json.loads(AuditRecord.select().where(AuditRecord.action == "refuse").get().changes)
    assert logged["refusal_ground"] == "incomplete_package"
    assert verify_chain().ok


def test_a_ground_not_in_the_services_list_is_refused(staff, clock):
    case = registration.register(staff["clerk"], make_application("duplicate", "office"))
    with pytest.raises(InvalidInput) as err:
        steps.refuse(staff["head"], case.id, case.version, "себебі", ground="made_up")
    assert err.value.field == "ground"


def test_a_refusal_without_a_listed_ground_keeps_an_empty_one(staff, clock):
    case = registration.register(staff["clerk"], make_application("duplicate", "office"))
    case = steps.refuse(staff["head"], case.id, case.version, "себебі")
    snap = reading.issued_result(staff["clerk"], case.id).content
    assert snap["refusal_ground"] == {"code": "", "text": ""}
