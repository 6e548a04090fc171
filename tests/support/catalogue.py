"""The made-up third service (tests/third_service/): its definition, the TOML the catalogue
reads besides the shipped ones."""

from __future__ import annotations

from pathlib import Path

THIRD = Path(__file__).resolve().parents[1] / "third_service" / "study_reference.toml"
