"""Where Kense finds its shipped resources and keeps its data.

Shared by every layer, so it imports nothing of ours and nothing of Qt or peewee.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Kense"


def resources_dir() -> Path:
    """The folder of shipped resources: next to the package, or inside a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The per-user data folder (database, backups, logs), unless KENSE_DATA_DIR says otherwise."""
    override = os.environ.get("KENSE_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
