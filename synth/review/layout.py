"""The themes workbook's sheets and columns, shared by export and import."""

from __future__ import annotations

import re

__all__ = [
    "STATEMENT_COLUMNS",
    "STATEMENT_SHEET",
    "THEME_COLUMNS",
    "THEME_SHEET",
    "WORKBOOK_FILE",
]

WORKBOOK_FILE = "themes.xlsx"
"""The workbook's name in an output folder (`synth.outputs.output_dir`)."""

THEME_SHEET = "Teman"
STATEMENT_SHEET = "Uttalanden"
THEME_COLUMNS = (
    "id",
    "perspektiv",
    "polaritet",
    "rubrik",
    "nyckelord",
    "bredd",
    "ta med (ja/nej)",
    "ordning",
    "ursprungligt id",
)
STATEMENT_COLUMNS = (
    "id",
    "text",
    "källa",
    "tema-id",
    "citat ok (ja/nej)",
    "perspektiv",
    "polaritet",
)
YES_NO = {"ja": True, "nej": False}
NEW_ID = re.compile(r"^T\d{1,4}$")
"""How the consultant names a new theme split out of others: T and a number."""
