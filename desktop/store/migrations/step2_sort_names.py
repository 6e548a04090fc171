"""Schema step 2: applicants get a key for sorting their names in Kazakh alphabetical order."""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator
from playhouse.migrate import migrate as run_operations

from desktop.domain.collation import sort_key


def add_sort_names(db: Database) -> None:
    """Applicants get a key for sorting by name in Kazakh alphabetical order."""
    # Plain SQL that both backends take: peewee's add_column would rebuild the SQLite table to
    # make it NOT NULL, and dropping the old one trips the cases' foreign keys.
    db.execute_sql("ALTER TABLE applicant ADD COLUMN sort_name VARCHAR(400) NOT NULL DEFAULT ''")
    run_operations(SchemaMigrator.from_database(db).add_index("applicant", ("sort_name",)))
    rows = db.execute_sql("SELECT id, surname, name, patronymic FROM applicant").fetchall()
    update = f"UPDATE applicant SET sort_name = {db.param} WHERE id = {db.param}"
    for row_id, *parts in rows:
        db.execute_sql(update, (sort_key(" ".join(p for p in parts if p)), row_id))
