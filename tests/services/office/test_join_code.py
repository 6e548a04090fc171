"""The join code: what it carries, a damaged one refused, and its showing kept to the admin and
audited."""

import pytest

from desktop.services.errors import PermissionDenied
from desktop.services.office.server import joining
from desktop.services.office.server.join_code import JoinCode, decode, encode
from desktop.store.errors import StoreError
from desktop.store.models import AuditRecord
from desktop.store.server.config import save_server_url

pytestmark = pytest.mark.sqlite_only

FINGERPRINT = "0f" * 32


def test_a_code_carries_the_server_and_its_certificate():
    code = JoinCode("192.168.1.10", 5433, "kense", "kense", "s3cret-Pa55", FINGERPRINT)
    text = encode(code)
    assert text.startswith("KENSE1-")
    assert len(text) < 120  # one short line
    assert decode(text) == code
    # Spaces and line breaks picked up on the way (a printed sheet, an email) do not matter.
    assert decode(text[:20] + "\n " + text[20:]) == code
    assert code.url("/data/server-ca.pem") == (
        "postgresql://kense:s3cret-Pa55@192.168.1.10:5433/kense"
        "?sslmode=verify-ca&sslrootcert=%2Fdata%2Fserver-ca.pem")


def test_a_code_without_tls_connects_without_pinning():
    code = JoinCode("10.0.0.2", 5432, "kense", "kense", "pw")
    assert decode(encode(code)).fingerprint == ""
    assert code.url("/x.pem") == "postgresql://kense:pw@10.0.0.2:5432/kense"


@pytest.mark.parametrize("damage", [
    lambda t: t[:-1],                      # cut short
    lambda t: t[:10] + ("A" if t[10] != "A" else "B") + t[11:],  # one letter mistyped
    lambda t: t.replace("KENSE1-", ""),    # not a join code at all
    lambda t: "KENSE1-!!!",
])
def test_a_damaged_code_is_refused(damage):
    text = encode(JoinCode("192.168.1.10", 5432, "kense", "kense", "pw", FINGERPRINT))
    with pytest.raises(StoreError) as err:
        decode(damage(text))
    assert err.value.code == "bad_join_code"


def test_only_the_admin_sees_the_join_code_and_each_showing_is_audited(staff, tmp_path):
    save_server_url(tmp_path, "postgresql://kense:pw@192.168.1.10:5432/kense")
    with pytest.raises(PermissionDenied):
        joining.show_join_code(staff["clerk"], tmp_path)
    before = AuditRecord.select().where(AuditRecord.action == "join_code_shown").count()
    shown = joining.show_join_code(staff["admin"], tmp_path)
    assert decode(shown) == JoinCode("192.168.1.10", 5432, "kense", "kense", "pw")
    records = AuditRecord.select().where(AuditRecord.action == "join_code_shown")
    assert records.count() == before + 1
    assert "pw" not in records.order_by(AuditRecord.id.desc()).first().changes


def test_only_the_admin_prints_the_join_sheet_and_each_one_is_audited(staff, tmp_path, clock):
    from desktop.forms.join_sheet import render_join_sheet
    from desktop.services.office.server import join_sheet
    from support.pdf_inspect import page_texts

    save_server_url(tmp_path, "postgresql://kense:pw-Qz7@192.168.1.10:5432/kense")
    with pytest.raises(PermissionDenied):
        join_sheet.join_sheet_data(staff["clerk"], tmp_path, "ru")
    before = AuditRecord.select().where(AuditRecord.action == "join_code_printed").count()
    pdf = render_join_sheet(join_sheet.join_sheet_data(staff["admin"], tmp_path, "ru"), "ru")
    text = page_texts(pdf)[0]
    assert "192.168.1.10" in text and "02.03.2026" in text
    printed = "".join(text.split())
    start = printed.index("KENSE1-")
    # What is printed decodes back to the server and its password (the code's own check
    # refuses a code cut short).
    code = next(printed[start:end] for end in range(len(printed), start, -1)
                if _decodes(printed[start:end]))
    assert decode(code) == JoinCode("192.168.1.10", 5432, "kense", "kense", "pw-Qz7")
    records = AuditRecord.select().where(AuditRecord.action == "join_code_printed")
    assert records.count() == before + 1
    last = records.order_by(AuditRecord.id.desc()).first()
    assert last.username == staff["admin"].username
    assert "pw-Qz7" not in last.changes


def _decodes(text):
    try:
        decode(text)
    except StoreError:
        return False
    return True
