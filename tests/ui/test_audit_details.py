"""Every key a use case writes into the audit log reads in the admin's language: named, or left
out as noise (hashes, row ids); never the program's own key (`blank_id`, `finished_at`)."""

import ast
import json
from pathlib import Path

import pytest

from desktop.ui import i18n
from desktop.ui.admin.audit_details import HIDDEN, KEYS, details_text
from desktop.ui.code_names import FIELDS

SERVICES = Path(__file__).resolve().parents[2] / "desktop" / "services"
# The functions whose returned dict a use case's audit record carries (casework.apply's
# `mutate`, the desk time, the e-signature kept, a blank's use, the State Corporation's events).
RETURNED = ("mutate", "desk_time", "_keep", "_use")


def _dict_keys(node) -> set[str]:
    """The keys of a dict written out (the record's own; a dict inside one is a value)."""
    if not isinstance(node, ast.Dict):
        return set()
    return {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}


def audited_keys() -> set[str]:
    """The keys of the dicts the services hand to audit.append, read from their source."""
    keys = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "append" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "audit" and len(node.args) >= 4):
                keys |= _dict_keys(node.args[3])
            if isinstance(node, ast.FunctionDef) and (node.name in RETURNED
                                                      or node.name.startswith("_event")):
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.IfExp):
                        keys |= _dict_keys(ret.value.body) | _dict_keys(ret.value.orelse)
                    elif isinstance(ret, ast.Return) and ret.value is not None:
                        keys |= _dict_keys(ret.value)
    return keys


def test_the_list_of_audited_keys_is_read_from_the_services():
    # Counted from the source: the desk time's two, and a blank batch's series.
    assert {"started_at", "finished_at", "series", "blank_id"} <= audited_keys()


def test_every_audited_key_has_a_name_or_is_left_out():
    unnamed = sorted(k for k in audited_keys()
                     if k not in KEYS and k not in FIELDS and k not in HIDDEN)
    assert unnamed == []


@pytest.mark.parametrize(("lang", "expected"), [
    ("kk", "бланк: ТКБ-Д 0000777; қабылдауда басталды: 02.03.2026 09:50; "
           "аяқталды: 02.03.2026 10:00"),
    ("ru", "бланк: ТКБ-Д 0000777; начато на приёме: 02.03.2026 09:50; "
           "завершено: 02.03.2026 10:00"),
])
def test_a_record_reads_in_the_admins_language(qapp, lang, expected):
    i18n.install(lang)
    changes = {"blank": "ТКБ-Д 0000777", "blank_id": 12, "started_at": "2026-03-02T09:50:00",
               "finished_at": "2026-03-02T10:00:00"}
    assert details_text(changes) == expected


def test_a_refusal_ground_reads_by_its_name(qapp):
    i18n.install("ru")
    # The duplicate's TOML (resources/services/duplicate.toml) names the ground of this code.
    from desktop.services.reference import catalogue

    duplicate = catalogue()["duplicate"]
    ground = duplicate.acceptance_refusal_grounds[0]
    number = f"{duplicate.reg_prefix}-2026/00001"
    assert details_text({"refusal_ground": ground.code}, number) == (
        f"правовое основание: {ground.name.ru}")
    # A motivated refusal's grounds: a list of the law's grounds, never read as a change.
    first, second = duplicate.service_refusal_grounds[:2]
    assert details_text({"grounds": [first.code, second.code]}, number) == (
        f"правовые основания: {first.name.ru}, {second.name.ru}")


def test_a_lost_blank_reads_by_its_series_and_number_and_why(qapp, staff, clock):
    from desktop.services.blanks import stock as blanks
    from desktop.store.models import AuditRecord
    from support.blank_stock import receive

    i18n.install("ru")
    receive(staff["admin"], series="ТКБ", first="0000001", last="0000003")
    blanks.mark_lost(staff["admin"], blanks.blanks(staff["admin"])[1].id, "Не найден в сейфе")
    record = AuditRecord.select().where(AuditRecord.action == "blank_lost").get()
    text = details_text(json.loads(record.changes))
    assert text == "бланк: ТКБ 0000002; Причина: Не найден в сейфе"
