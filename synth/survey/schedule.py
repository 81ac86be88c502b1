"""When `synth serve` collects and reminds: the schedules, and whether a reminder is due today.

Collection runs every hour for as long as the server runs (late returns still count).
Reminders are checked once a day, every morning from the first reminder date through the
deadline, and the daily rule itself ends on the deadline, so nothing is sent after it. The
check sends the latest reminder date that has come and has not been sent yet: a morning
missed because the machine was off is caught up the next morning, and a reminder already
sent for that date is not sent again.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from synth.config import EngagementConfig, MailSettings
from synth.store import Store
from synth.store.mail import mail_log

__all__ = [
    "COLLECT_EVERY",
    "REMINDER_TIME",
    "TIMEZONE",
    "ReminderWindow",
    "ServePlan",
    "due_reminder",
    "last_reminded",
    "reminder_due",
    "sent_forms",
    "serve_plan",
]

COLLECT_EVERY = dt.timedelta(hours=1)
REMINDER_TIME = dt.time(9, 0)
"""Reminders go out in the morning, when managers read their mail."""
TIMEZONE = "Europe/Stockholm"


@dataclass(frozen=True)
class ReminderWindow:
    """The days the reminder check runs: every morning from `first` through the deadline."""

    first: dt.date
    deadline: dt.date
    dates: tuple[dt.date, ...]
    """The reminder dates inside the window (one may already have passed: caught up)."""

    def rrule(self, at: dt.time = REMINDER_TIME) -> str:
        """An iCalendar rule: daily at `at` (local time of TIMEZONE), ending on the deadline."""
        start = dt.datetime.combine(self.first, at)
        until = dt.datetime.combine(self.deadline, dt.time(23, 59, 59))
        return f"DTSTART:{start:%Y%m%dT%H%M%S}\nRRULE:FREQ=DAILY;UNTIL={until:%Y%m%dT%H%M%S}"


@dataclass(frozen=True)
class ServePlan:
    collect_name: str
    collect_every: dt.timedelta
    run_name: str
    """The engagement flow's deployment in team mode (`synth serve --pool`)."""
    remind_name: str
    reminders: ReminderWindow | None
    """None when no reminder will go out; `why_not` says why."""
    why_not: str = ""
    ignored: tuple[dt.date, ...] = ()
    """Reminder dates after the deadline: never sent."""


def _slug(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or "uppdrag"


def serve_plan(engagement_name: str, mail: MailSettings, today: dt.date) -> ServePlan:
    """What `synth serve` deploys for an engagement, seen on `today`.

    Deployment names carry the engagement, so two engagements can be served side by side.
    """
    slug = _slug(engagement_name)
    plan = functools.partial(
        ServePlan,
        collect_name=f"insamling-{slug}",
        collect_every=COLLECT_EVERY,
        run_name=f"uppdrag-{slug}",
        remind_name=f"paminnelser-{slug}",
    )
    deadline = mail.deadline
    if not mail.reminders:
        return plan(reminders=None, why_not="inga påminnelsedagar i mail.reminders")
    if deadline is None:
        return plan(reminders=None, why_not="sista svarsdag saknas: sätt mail.deadline")
    dates = tuple(sorted(d for d in set(mail.reminders) if d <= deadline))
    ignored = tuple(sorted(d for d in set(mail.reminders) if d > deadline))
    if today > deadline:
        return plan(
            reminders=None,
            why_not=f"sista svarsdagen {deadline.isoformat()} har passerat",
            ignored=ignored,
        )
    if not dates:
        return plan(
            reminders=None,
            why_not=f"alla påminnelsedagar ligger efter sista svarsdagen {deadline.isoformat()}",
            ignored=ignored,
        )
    window = ReminderWindow(first=max(today, dates[0]), deadline=deadline, dates=dates)
    return plan(reminders=window, ignored=ignored)


def due_reminder(
    reminders: Sequence[dt.date],
    deadline: dt.date | None,
    today: dt.date,
    last_sent: dt.date | None,
) -> dt.date | None:
    """The reminder date to send for today, or None.

    It is the latest reminder date on or before today, as long as today is not past the
    deadline and no reminder has gone out on or after that date.
    """
    if deadline is None or today > deadline:
        return None
    passed = [d for d in reminders if d <= today and d <= deadline]
    if not passed:
        return None
    due = max(passed)
    if last_sent is not None and last_sent >= due:
        return None
    return due


def last_reminded(store: Store, form_id: str) -> dt.date | None:
    """The local day a reminder of `form_id` last reached someone, or None."""
    times = [a.at for a in mail_log(store, form_id) if a.kind == "reminder" and a.outcome == "sent"]
    if not times:
        return None
    # the store keeps naive UTC; the reminder dates are the consultant's local days
    return max(times).replace(tzinfo=dt.UTC).astimezone().date()


def reminder_due(config: EngagementConfig, form_id: str, today: dt.date) -> dt.date | None:
    """The reminder date of `form_id` that is due today, by the store's send log."""
    with Store.open(config.store_url) as store:
        last = last_reminded(store, form_id)
    return due_reminder(config.mail.reminders, config.mail.deadline, today, last)


def sent_forms(config: EngagementConfig) -> list[str]:
    """The forms whose workbooks have reached someone: the ones a reminder can be for."""
    with Store.open(config.store_url) as store:
        log = mail_log(store)
    return sorted({a.form_id for a in log if a.kind == "send" and a.outcome == "sent"})
