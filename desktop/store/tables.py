"""Every table of the current schema, for creating a fresh database and binding a server."""

from __future__ import annotations

from desktop.store.models import ALL_MODELS
from desktop.store.models.archive import ARCHIVE_MODELS
from desktop.store.models.blanks import BLANK_MODELS
from desktop.store.models.esign import ESIGN_MODELS
from desktop.store.models.hearings import HEARING_MODELS

EVERY_MODEL = (*ALL_MODELS, *ARCHIVE_MODELS, *ESIGN_MODELS, *BLANK_MODELS, *HEARING_MODELS)
