"""When `synth serve` collects and reminds, and which reminder is due on a given day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr

from synth.config import MailSettings
from synth.store import Store
from synth.store.mail import MailAttempt, record_attempt
from synth.survey.schedule import COLLECT_EVERY, due_reminder, last_reminded, serve_plan

D = dt.date
DEADLINE = D(2026, 12, 4)
REMINDERS = [D(2026, 11, 30), D(2026, 12, 2)]


def mail(reminders: list[dt.date] = REMINDERS, deadline: dt.date | None = DEADLINE) -> MailSettings:
    return MailSettings(reminders=reminders, deadline=deadline)


def test_the_plan_collects_hourly_and_checks_reminders_each_morning_through_the_deadline() -> None:
    plan = serve_plan("Exempelkommun Östra", mail(), today=D(2026, 11, 25))

    assert plan.collect_every == COLLECT_EVERY == dt.timedelta(hours=1)
    assert (plan.collect_name, plan.remind_name) == (
        "insamling-exempelkommun-ostra",
        "paminnelser-exempelkommun-ostra",
    )
    assert plan.reminders is not None
    runs = list(rrulestr(plan.reminders.rrule()))
    assert [r.date() for r in runs] == [D(2026, 11, 30) + dt.timedelta(days=n) for n in range(5)]
    assert {r.time() for r in runs} == {dt.time(9, 0)}


def test_started_between_reminder_dates_the_window_starts_today() -> None:
    plan = serve_plan("K", mail(), today=D(2026, 12, 1))

    assert plan.reminders is not None
    assert plan.reminders.first == D(2026, 12, 1)
    assert list(rrulestr(plan.reminders.rrule()))[-1].date() == DEADLINE


@pytest.mark.parametrize(
    ("settings", "today", "reason"),
    [
        (mail(reminders=[]), D(2026, 11, 25), "inga påminnelsedagar"),
        (mail(deadline=None), D(2026, 11, 25), "sista svarsdag saknas"),
        (mail(), D(2026, 12, 5), "2026-12-04 har passerat"),
        (mail(reminders=[D(2026, 12, 10)]), D(2026, 11, 25), "efter sista svarsdagen"),
    ],
)
def test_no_reminder_deployment_when_none_can_go_out(
    settings: MailSettings, today: dt.date, reason: str
) -> None:
    plan = serve_plan("K", settings, today)
    assert plan.reminders is None
    assert reason in plan.why_not


def test_reminder_dates_after_the_deadline_are_reported_and_left_out() -> None:
    plan = serve_plan("K", mail(reminders=[*REMINDERS, D(2026, 12, 9)]), D(2026, 11, 25))

    assert plan.ignored == (D(2026, 12, 9),)
    assert plan.reminders is not None and plan.reminders.dates == tuple(REMINDERS)


@pytest.mark.parametrize(
    ("today", "last_sent", "due"),
    [
        (D(2026, 11, 29), None, None),  # before the first date
        (D(2026, 11, 30), None, D(2026, 11, 30)),  # on the date
        (D(2026, 11, 30), D(2026, 11, 30), None),  # already sent today
        (D(2026, 12, 1), D(2026, 11, 30), None),  # between dates: nothing new
        (D(2026, 12, 1), None, D(2026, 11, 30)),  # the morning of the 30th was missed
        (D(2026, 12, 3), D(2026, 11, 30), D(2026, 12, 2)),  # the 2nd was missed
        (D(2026, 12, 4), None, D(2026, 12, 2)),  # the deadline itself still catches up
        (D(2026, 12, 5), None, None),  # after the deadline: never
    ],
)
def test_the_due_reminder_is_the_latest_date_not_yet_sent(
    today: dt.date, last_sent: dt.date | None, due: dt.date | None
) -> None:
    assert due_reminder(REMINDERS, DEADLINE, today, last_sent) == due


def test_without_a_deadline_no_reminder_is_due() -> None:
    assert due_reminder(REMINDERS, None, D(2026, 12, 1), None) is None


def test_the_last_reminder_is_read_from_the_send_log(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'store.sqlite'}") as store:
        noon = dt.datetime(2026, 11, 30, 12, 0)
        record_attempt(store, None, MailAttempt("chefsenkat", "r1", "send", "sent", noon))
        assert last_reminded(store, "chefsenkat") is None
        record_attempt(store, None, MailAttempt("chefsenkat", "r1", "reminder", "failed", noon))
        assert last_reminded(store, "chefsenkat") is None
        later = noon + dt.timedelta(days=2)
        record_attempt(store, None, MailAttempt("chefsenkat", "r1", "reminder", "sent", later))
        assert last_reminded(store, "chefsenkat") == D(2026, 12, 2)
        assert last_reminded(store, "stodresurser") is None
