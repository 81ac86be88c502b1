"""Swedish calendar words and the ways synth writes a date for a reader."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["MONTHS", "WEEKDAYS", "date_range", "long_date", "parse_date", "swedish_date"]

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def swedish_date(day: dt.date) -> str:
    """ "4 december 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def long_date(day: dt.date) -> str:
    """The date as a Swedish letter writes it: "fredag 4 december 2026"."""
    return f"{WEEKDAYS[day.weekday()]} {swedish_date(day)}"


def date_range(first: dt.date, last: dt.date) -> str:
    """ "2–23 september 2026", "28 augusti – 4 september 2026", or across years in full."""
    if first == last:
        return swedish_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}\u2013{swedish_date(last)}"
    if first.year == last.year:
        return f"{first.day} {MONTHS[first.month - 1]} \u2013 {swedish_date(last)}"
    return f"{swedish_date(first)} \u2013 {swedish_date(last)}"


def parse_date(value: str) -> dt.date | None:
    """A date as a sheet or an export writes it: ISO ("2024-03-05", "2024-03-05 10:00",
    "2024-03-05T10:00:12+02:00"), compact ("20240305") or in words ("5 mars 2024"); None
    for an empty cell. ValueError for anything else, or a date that does not exist."""
    text = value.strip().casefold()
    if not text:
        return None
    if match := _ISO_DATE.match(text) or _COMPACT_DATE.match(text):
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    if (match := _WORDED_DATE.match(text)) and match[2] in _MONTH_NAMES:
        return dt.date(int(match[3]), _MONTH_NAMES[match[2]], int(match[1]))
    raise ValueError("not a date")


# each month by its name and by its first three letters ("sep" and "sept" alike)
_MONTH_NAMES = {
    name: number
    for number, month in enumerate(MONTHS, start=1)
    for name in (month, month[:3], *(("sept",) if number == 9 else ()))
}
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?$")  # (casefolded)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_WORDED_DATE = re.compile(r"^(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})$")
