"""Recognising a survey workbook synth rendered, without parsing it.

Ingest leaves such workbooks to `synth survey collect`, and collect tells them from other
spreadsheets, by the hidden token sheet alone.
"""

from __future__ import annotations

import re
from pathlib import Path

from synth.tables.limits import read_member_head

__all__ = ["TOKEN_SHEET", "is_survey_workbook"]

TOKEN_SHEET = "synth"
"""The hidden sheet of a rendered survey workbook that holds its token."""

_TOKEN_SHEET_XML = re.compile(rf'<sheet\b[^>]*\bname="{TOKEN_SHEET}"')


def is_survey_workbook(path: Path) -> bool:
    """Whether `path` is a workbook rendered by synth (it has the hidden token sheet).

    Reads only the start of the workbook's sheet list (at most 1 MB unpacked, whatever the
    file claims), so that ingest can leave returned survey workbooks to `synth survey
    collect` without parsing every spreadsheet twice. Never raises: a file that cannot be
    read this way is no survey workbook, and its reader says what is wrong with it.
    """
    if path.suffix.lower() not in {".xlsx", ".xlsm"}:
        return False
    head = read_member_head(path, "xl/workbook.xml")
    if head is None:
        return False
    return _TOKEN_SHEET_XML.search(head.decode("utf-8", "replace")) is not None
