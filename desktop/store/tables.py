"""Every table of the current schema, for creating a fresh database and binding a server."""

from __future__ import annotations

from desktop.store.archive_models import ARCHIVE_MODELS
from desktop.store.esign_models import ESIGN_MODELS
from desktop.store.models import ALL_MODELS

EVERY_MODEL = (*ALL_MODELS, *ARCHIVE_MODELS, *ESIGN_MODELS)
