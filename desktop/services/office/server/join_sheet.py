"""What the join code's printable sheet carries (desktop/forms/join_sheet.py): the admin's only,
and each one made is recorded in the audit log as a showing of the code is (without the code)."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.printables import JoinSheetData
from desktop.services import reference
from desktop.services.accounts import users
from desktop.services.accounts.session import Session, acting_user
from desktop.services.office.server.join_code import decode
from desktop.services.office.server.joining import code_of
from desktop.services.records import audit
from desktop.store.connection import write_transaction
from desktop.store.errors import StoreError
from desktop.store.server.config import describe, load_server_url
from desktop.store.server.joining import load_pending

JOIN_CODE_PRINTED = "join_code_printed"


def join_sheet_data(session: Session, data_dir: Path, lang: str) -> JoinSheetData:
    """What the one-page sheet in `lang` (kk/ru) carries, for the admin to print and keep
    locked away (desktop/forms/join_sheet.py renders it); audited."""
    admin = acting_user(session, "admin")
    url = load_server_url(data_dir) or load_pending(data_dir)
    if url is None:
        raise StoreError("not_joined", "This PC has not joined an office server: run "
                         "kense --join CODE first.")
    code = code_of(url, data_dir)
    joined = decode(code)
    profile = users.college_profile()
    college = "" if profile is None else (profile.name_kk if lang == "kk" else profile.name_ru)
    data = JoinSheetData(college, joined.host, joined.port, joined.database, joined.user, code,
                         joined.fingerprint, reference.now().date())
    with write_transaction():
        audit.append(admin.username, JOIN_CODE_PRINTED, None, {"server": describe(url)})
    return data
