from __future__ import annotations

import datetime as dt

from synth.dates import date_range, long_date, swedish_date


def test_a_deadline_reads_as_in_a_swedish_letter() -> None:
    assert long_date(dt.date(2026, 12, 4)) == "fredag 4 december 2026"
    assert long_date(dt.date(2027, 1, 31)) == "söndag 31 januari 2027"


def test_interview_periods_are_written_as_short_as_they_read() -> None:
    assert date_range(dt.date(2026, 9, 2), dt.date(2026, 9, 2)) == swedish_date(dt.date(2026, 9, 2))
    assert date_range(dt.date(2026, 9, 2), dt.date(2026, 9, 23)) == "2–23 september 2026"
    assert date_range(dt.date(2026, 8, 28), dt.date(2026, 9, 4)) == "28 augusti – 4 september 2026"
    assert date_range(dt.date(2026, 12, 14), dt.date(2027, 1, 8)) == (
        "14 december 2026 – 8 januari 2027"
    )


def test_a_date_is_read_as_sheets_and_exports_write_it() -> None:
    import pytest

    from synth.dates import parse_date

    assert parse_date("2026-09-14") == dt.date(2026, 9, 14)
    assert parse_date("2026-09-14 08:02") == dt.date(2026, 9, 14)
    assert parse_date("2026-10-02T16:40:12.000+02:00") == dt.date(2026, 10, 2)
    assert parse_date("20260914") == dt.date(2026, 9, 14)
    assert parse_date("5 mars 2024") == parse_date("5 mar. 2024") == dt.date(2024, 3, 5)
    assert parse_date("  ") is None
    for bad in ("i går", "2024-02-30", "14/9"):
        with pytest.raises(ValueError):
            parse_date(bad)
