"""The themes workbook: the consultant reviews themes and drafts in Excel, edits come back.

Layering: review sits above synthesis and draft (it shows what they stored) and below the
deck; synthesis and draft never import it. The callers (CLI, flow) write the workbook
through it after a step, and hand `check_no_unimported_edits` to synthesis and drafting as
their `before` hook, so that edits not yet imported are never built past or written over.

    layout        sheet names and columns
    export        write Teman, Uttalanden (and Utkast), remember the file's hash
    drafts_sheet  the Utkast sheet: write, read, apply
    reading       read and validate the Teman and Uttalanden edits
    importing     apply every edit in one transaction
    guard         refuse while a written workbook holds edits not imported
"""

from __future__ import annotations

from synth.review.export import export_engagement_workbook, export_workbook
from synth.review.guard import check_no_unimported_edits, unimported_workbooks
from synth.review.importing import CurationSummary, import_workbook
from synth.review.layout import WORKBOOK_FILE
from synth.review.reading import read_workbook

__all__ = [
    "WORKBOOK_FILE",
    "CurationSummary",
    "check_no_unimported_edits",
    "export_engagement_workbook",
    "export_workbook",
    "import_workbook",
    "read_workbook",
    "unimported_workbooks",
]
