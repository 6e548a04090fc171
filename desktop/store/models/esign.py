"""Electronic signatures: the result files the head signed through NCALayer, and the NCA RK
certificates the admin installed to check them against (no network needed)."""

from __future__ import annotations

from peewee import BlobField, CharField, DateTimeField, ForeignKeyField, TextField

from desktop.store.models import BaseModel, Case, ResultSnapshot


class ResultSignature(BaseModel):
    """A detached CMS over the exact PDF bytes of a fixed result, kept with both: the PDF is
    what was signed, so it is stored, not re-rendered. Rows are only ever added."""

    snapshot = ForeignKeyField(ResultSnapshot, unique=True, backref="+", on_delete="RESTRICT")
    case = ForeignKeyField(Case, backref="+", on_delete="RESTRICT", index=True)
    signed_at = DateTimeField()
    username = CharField(max_length=60)
    pdf = BlobField()
    cms = BlobField()
    pdf_sha256 = CharField(max_length=64)
    cms_sha256 = CharField(max_length=64)
    # What the signer's certificate says (IIN, BIN, name, serial, validity, algorithm), as JSON.
    signer = TextField()
    # The offline check made when it was stored: "valid" or "not_fully_checked".
    verdict = CharField(max_length=20)


class NcaCertificate(BaseModel):
    """A root or intermediate certificate of NCA RK, installed by the admin from the files NCA
    publishes; signatures are trusted only if they chain to one of these."""

    der = BlobField()
    sha256 = CharField(max_length=64, unique=True)
    subject = TextField()
    not_before = DateTimeField()
    not_after = DateTimeField()
    added_at = DateTimeField()
    added_by = CharField(max_length=60)


ESIGN_MODELS = (ResultSignature, NcaCertificate)
