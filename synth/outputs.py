"""Where generated files go.

By default in the engagement's own folder, `<engagement folder>/outputs/<date>/`, wherever
the command runs from; with an explicit base folder (`--outputs`), `<base>/<slug>/<date>/`
as before, so that one base can hold several engagements.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from synth.config import EngagementConfig

__all__ = ["OUTPUTS_DIR", "output_dir", "slug"]

OUTPUTS_DIR = "outputs"
"""The folder beside engagement.toml that holds the generated files, one folder a day."""


def slug(text: str) -> str:
    """A file-system-safe lowercase name: "Exempelkommun Översyn" -> "exempelkommun-oversyn"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "uppdrag"


def output_dir(base: Path | None, config: EngagementConfig, date: dt.date) -> Path:
    """The folder for `date`: under the engagement folder, or under `base` when one is given."""
    if base is None:
        return config.root / OUTPUTS_DIR / date.isoformat()
    return base / slug(config.engagement.name) / date.isoformat()
