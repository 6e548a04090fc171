"""Sample data of the join code's sheet (desktop/forms/join_sheet.py) for --smoke and the
forms' tests."""

from __future__ import annotations

from datetime import date

from desktop.domain.printables import CollegeInfo, JoinSheetData

# A join code as kense --make-server gives it (a made-up password and certificate), whole:
# it decodes (desktop/services/office/server/join_code.py).
SAMPLE_JOIN_CODE = (
    "KENSE1-MTkyLjE2OC4xLjEwCTU0MzIJa2Vuc2UJa2Vuc2UJWDdxLTRNbk9wX1JzVHV2V3h5WjAxMjM0NTY3"
    "ODlhYmNkZWZnaGlqa2xtbm9wcQnxKb3lU0J1uEZBV_cEjlHjz2aZrQ9IijxdHqZXFvWk8e989w")


def sample_join_sheet(lang: str, college: CollegeInfo) -> JoinSheetData:
    return JoinSheetData(
        college_name=college.name_kk if lang == "kk" else college.name_ru, host="192.168.1.10",
        port=5432, database="kense", user="kense", code=SAMPLE_JOIN_CODE,
        fingerprint="f129bde5534275b8464157f7048e51e3cf6699ad0f488a3c5d1ea65716f5a4f1",
        made_on=date(2026, 3, 2))
