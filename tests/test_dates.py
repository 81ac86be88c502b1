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
