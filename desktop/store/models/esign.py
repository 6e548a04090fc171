"""Electronic signatures: the result files the head signed through NCALayer, the NCA RK
certificates the admin installed to check them against, and the NCA's lists of revoked
certificates (CRLs) the admin imported (no network needed)."""

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


class NcaCrl(BaseModel):
    """A list of revoked certificates (CRL, or a delta CRL) NCA RK published, imported by the
    admin from its file; its signature was checked against an installed NCA certificate."""

    der = BlobField()
    sha256 = CharField(max_length=64, unique=True)
    issuer = TextField()  # the issuing NCA certificate's common name
    this_update = DateTimeField()  # "the list of <date>": the moment it speaks for
    next_update = DateTimeField(null=True)
    delta = CharField(max_length=1, default="")  # "d" for a delta CRL
    entries = CharField(max_length=12)  # how many certificates it lists, for the admin's page
    added_at = DateTimeField()
    added_by = CharField(max_length=60)


ESIGN_MODELS = (ResultSignature, NcaCertificate, NcaCrl)
