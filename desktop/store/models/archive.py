"""The college's archive: students and graduates imported from the office's Excel workbooks.

Archive rows feed new work only (an application's applicant, a draft's study data and
transcript); an issued result keeps its own snapshot. Imports add and update, never delete, so
an older spelling of a name stays findable in `ArchiveSpelling`.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop.store.models import BaseModel


class ArchiveImport(BaseModel):
    """One file brought in: who, when, which file (its SHA-256), and what it changed."""

    imported_at = DateTimeField()
    username = CharField(max_length=60)
    file_name = CharField(max_length=260)
    sha256 = CharField(max_length=64, index=True)
    layout = CharField(max_length=10)
    added = IntegerField(default=0)
    updated = IntegerField(default=0)
    unchanged = IntegerField(default=0)
    errors = IntegerField(default=0)


class ArchiveStudent(BaseModel):
    iin = CharField(max_length=12, default="", index=True)
    surname = TextField()
    name = TextField(default="")
    patronymic = TextField(default="")
    # The current spelling's key in Kazakh alphabetical order (desktop.domain.collation).
    sort_name = TextField(default="", index=True)
    birth_date = DateField(null=True)
    group_name = TextField(default="")
    specialty_code = TextField(default="")
    specialty_kk = TextField(default="")
    specialty_ru = TextField(default="")
    qualification_code = TextField(default="")
    qualification_kk = TextField(default="")
    qualification_ru = TextField(default="")
    # The classifier of specialties and qualifications the codes belong to ("2018", "2011").
    edition = CharField(max_length=10, default="")
    study_form = TextField(default="")
    study_language = TextField(default="")
    year_admitted = IntegerField(null=True)
    year_graduated = IntegerField(null=True, index=True)
    thesis_kk = TextField(default="")
    thesis_ru = TextField(default="")
    expulsion_order_number = TextField(default="")
    expulsion_order_date = DateField(null=True)
    diploma_series = TextField(default="")
    diploma_number = TextField(default="", index=True)
    diploma_date = DateField(null=True)
    honours = BooleanField(default=False)
    # Where the row was read last: the import, its sheet and row.
    last_import = ForeignKeyField(ArchiveImport, backref="+", on_delete="RESTRICT")
    sheet = TextField(default="")
    row = IntegerField(default=0)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        # A group's students of some years: the search's narrowest common question.
        indexes = ((("group_name", "year_graduated"), False),)


class ArchiveSpelling(BaseModel):
    """Every spelling of a student's name an import gave, the current one included."""

    student = ForeignKeyField(ArchiveStudent, backref="spellings", on_delete="CASCADE")
    full_name = TextField()
    # The name case-folded with the letters Kazakh adds read as their Russian neighbours
    # (ә→а, қ→к, і→и …): "Сеиткали" finds "Сейітқали" (desktop.domain.name_search).
    search_name = TextField(index=True)
    sort_name = TextField(default="", index=True)

    class Meta:
        indexes = ((("student", "full_name"), True),)


class ArchiveGrade(BaseModel):
    """A student's result in one subject of the group's summary sheet."""

    student = ForeignKeyField(ArchiveStudent, backref="grades", on_delete="CASCADE")
    position = IntegerField()
    subject = TextField()
    module = TextField(default="")
    hours = IntegerField(null=True)
    credits = FloatField(null=True)
    points = IntegerField(null=True)
    letter = CharField(max_length=3, default="")
    numeric = FloatField(null=True)
    # "5", "4", "3", "2", "pass", "exempt", or "" (desktop.domain.archive grade scale).
    traditional = CharField(max_length=10, default="")
    text = TextField(default="")

    class Meta:
        indexes = ((("student", "module", "subject"), True),)


ARCHIVE_MODELS = (ArchiveImport, ArchiveStudent, ArchiveSpelling, ArchiveGrade)
