"""Schema step 4: the archive's tables as this step creates them (frozen here: the live models
in desktop.store.models.archive may change, and a later step must then alter what this made)."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from desktop.store.models import database_proxy


class _FrozenV4(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class _ArchiveImportV4(_FrozenV4):
    imported_at = DateTimeField()
    username = CharField(max_length=60)
    file_name = CharField(max_length=260)
    sha256 = CharField(max_length=64, index=True)
    layout = CharField(max_length=10)
    added = IntegerField(default=0)
    updated = IntegerField(default=0)
    unchanged = IntegerField(default=0)
    errors = IntegerField(default=0)

    class Meta:
        table_name = "archive_import"


class _ArchiveStudentV4(_FrozenV4):
    iin = CharField(max_length=12, default="", index=True)
    surname = TextField()
    name = TextField(default="")
    patronymic = TextField(default="")
    sort_name = TextField(default="", index=True)
    birth_date = DateField(null=True)
    group_name = TextField(default="")
    specialty_code = TextField(default="")
    specialty_kk = TextField(default="")
    specialty_ru = TextField(default="")
    qualification_code = TextField(default="")
    qualification_kk = TextField(default="")
    qualification_ru = TextField(default="")
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
    last_import = ForeignKeyField(_ArchiveImportV4, backref="+", on_delete="RESTRICT")
    sheet = TextField(default="")
    row = IntegerField(default=0)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "archive_student"
        indexes = ((("group_name", "year_graduated"), False),)


class _ArchiveSpellingV4(_FrozenV4):
    student = ForeignKeyField(_ArchiveStudentV4, backref="spellings", on_delete="CASCADE")
    full_name = TextField()
    search_name = TextField(index=True)
    sort_name = TextField(default="", index=True)

    class Meta:
        table_name = "archive_spelling"
        indexes = ((("student", "full_name"), True),)


class _ArchiveGradeV4(_FrozenV4):
    student = ForeignKeyField(_ArchiveStudentV4, backref="grades", on_delete="CASCADE")
    position = IntegerField()
    subject = TextField()
    module = TextField(default="")
    hours = IntegerField(null=True)
    credits = FloatField(null=True)
    points = IntegerField(null=True)
    letter = CharField(max_length=3, default="")
    numeric = FloatField(null=True)
    traditional = CharField(max_length=10, default="")
    text = TextField(default="")

    class Meta:
        table_name = "archive_grade"
        indexes = ((("student", "module", "subject"), True),)


def create_archive(db: Database) -> None:
    """The college's archive of students and graduates, filled by imports from Excel."""
    db.create_tables([_ArchiveImportV4, _ArchiveStudentV4, _ArchiveSpellingV4, _ArchiveGradeV4])
