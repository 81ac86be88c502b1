"""Where generated files go: `<base>/<engagement>/<date>/`."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from synth.config import EngagementConfig

__all__ = ["output_dir", "slug"]


def slug(text: str) -> str:
    """A file-system-safe lowercase name: "Exempelkommun Översyn" -> "exempelkommun-oversyn"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "uppdrag"


def output_dir(base: Path, config: EngagementConfig, date: dt.date) -> Path:
    return base / slug(config.engagement.name) / date.isoformat()
