"""The engagement's spreadsheets as text: reading .xlsx and Swedish Excel .csv, matching
columns, Swedish numbers, the bounds every reader of an input file checks first, and
recognising a survey workbook synth rendered.

Below ingest and survey alike, so that both read files the same way.
"""

from synth.tables.reading import Table, match_columns, parse_number, read_table, require_columns
from synth.tables.recognise import TOKEN_SHEET, is_survey_workbook

__all__ = [
    "TOKEN_SHEET",
    "Table",
    "is_survey_workbook",
    "match_columns",
    "parse_number",
    "read_table",
    "require_columns",
]
