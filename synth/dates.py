"""Swedish calendar words and the ways synth writes a date for a reader."""

from __future__ import annotations

import datetime as dt

__all__ = ["MONTHS", "WEEKDAYS", "date_range", "long_date", "swedish_date"]

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
