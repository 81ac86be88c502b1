"""The survey flow, run by Prefect against a real SMTP server."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from prefect.states import Failed

from flows.survey import (
    collect_responses,
    inventory,
    remind_due,
    send_survey,
    server_unreachable,
    survey_deployments,
)
from synth.config import MailSettings
from synth.errors import MailError, MailUnavailable
from synth.survey.render import render_engagement
from synth.survey.schedule import serve_plan
from tests.conftest import DATA, make_engagement
from tests.survey.conftest import fill
from tests.survey.mailserver import mail_settings, smtp_server


@pytest.mark.slow
def test_the_flow_sends_once_and_a_rerun_sends_nothing(tmp_path: Path) -> None:
    engagement = make_engagement(tmp_path / "uppdrag")
    shutil.copy(DATA / "mottagare_lista.xlsx", engagement.root / "mottagare.xlsx")
    with smtp_server() as box:
        config = mail_settings(
            engagement,
            host="127.0.0.1",
            port=box.port,
            starttls=False,
            sender="utredning@firma.se",
            deadline="2026-12-04",
            per_minute=10_000,
        )
        first = send_survey(str(config.root), "chefsenkat")
        again = send_survey(str(config.root), "chefsenkat")

    assert (first["sent"], first["failed"]) == (3, 0)
    assert (again["sent"], again["skipped"]) == (0, 3)
    assert len(box.messages) == 3


def test_only_an_unreachable_server_is_worth_a_retry() -> None:
    unreachable = Failed(data=MailUnavailable("kan inte ansluta till e-postservern"))
    misconfigured = Failed(data=MailError("avsändaren saknas: sätt mail.sender"))
    assert server_unreachable(None, None, unreachable)
    assert not server_unreachable(None, None, misconfigured)


def test_serve_deploys_hourly_collection_and_a_daily_reminder_rule(tmp_path: Path) -> None:
    settings = MailSettings(
        deadline=dt.date(2026, 12, 4), reminders=[dt.date(2026, 11, 30), dt.date(2026, 12, 2)]
    )
    plan = serve_plan("Exempelkommun", settings, dt.date(2026, 11, 25))

    collect, remind = survey_deployments(tmp_path, plan, forms=["chefsenkat"], smtp_port=2525)

    assert (collect.name, collect.flow_name) == (
        "insamling-exempelkommun",
        "synth-collect-responses",
    )
    assert collect.entrypoint == "flows.survey.collect_responses"
    assert collect.parameters == {"root": str(tmp_path)}
    (hourly,) = collect.schedules
    assert hourly.schedule.interval == dt.timedelta(hours=1)
    assert (remind.name, remind.flow_name) == ("paminnelser-exempelkommun", "synth-remind-survey")
    assert remind.entrypoint == "flows.survey.remind_due"
    assert remind.parameters["forms"] == ["chefsenkat"]
    assert remind.parameters["smtp_port"] == 2525
    (daily,) = remind.schedules
    assert daily.schedule.timezone == "Europe/Stockholm"
    assert daily.schedule.rrule == plan.reminders.rrule()  # type: ignore[union-attr]


def test_after_the_deadline_only_collection_is_deployed(tmp_path: Path) -> None:
    settings = MailSettings(deadline=dt.date(2026, 12, 4), reminders=[dt.date(2026, 11, 30)])
    plan = serve_plan("Exempelkommun", settings, dt.date(2026, 12, 5))

    deployments = survey_deployments(tmp_path, plan)

    assert [d.name for d in deployments] == ["insamling-exempelkommun"]


@pytest.mark.slow
def test_reminders_go_out_once_on_their_day_to_those_who_have_not_answered(
    tmp_path: Path,
) -> None:
    engagement = make_engagement(tmp_path / "uppdrag")
    shutil.copy(DATA / "mottagare_lista.xlsx", engagement.root / "mottagare.xlsx")
    root = str(engagement.root)
    # the send log records the real time, so the reminder dates are around the real today
    today = dt.date.today()
    day = dt.timedelta(days=1)
    with smtp_server() as box:
        mail_settings(
            engagement,
            host="127.0.0.1",
            port=box.port,
            starttls=False,
            sender="utredning@firma.se",
            deadline=(today + 4 * day).isoformat(),
            reminders=[today.isoformat(), (today + 2 * day).isoformat()],
            per_minute=10_000,
        )
        before = remind_due(root, today=today)
        send_survey(root, "chefsenkat")
        sent = engagement.root / "utskick" / "chefsenkat"
        fill(
            sent / "chefsenkat-anna-berg.xlsx",
            engagement.inbox / "anna.xlsx",
            {"C6": "Annan chefsroll"},
        )
        collected = collect_responses(root)
        early = remind_due(root, today=today - day)
        box.messages.clear()
        on_the_day = remind_due(root)
        reminded = sorted(str(m["To"]) for m in box.messages)
        again = remind_due(root, today=today + day)
        late = remind_due(root, today=today + 5 * day)

    assert before == {}  # nothing sent yet: nothing to remind about
    assert (collected["added"], collected["ok"]) == (1, True)
    assert early["chefsenkat"]["due"] is None
    assert on_the_day["chefsenkat"]["due"] == today.isoformat()
    assert on_the_day["chefsenkat"]["sent"] == 2
    assert len(reminded) == 2 and not any("anna.berg" in to for to in reminded)
    assert again["chefsenkat"]["due"] is None and late["chefsenkat"]["due"] is None
    assert len(box.messages) == 2


@pytest.mark.slow
def test_the_inventory_flow_writes_the_workbook(tmp_path: Path) -> None:
    engagement = make_engagement(tmp_path / "uppdrag")
    shutil.copy(DATA / "mottagare_lista.xlsx", engagement.root / "mottagare.xlsx")
    render_engagement(engagement, "stodresurser")

    result = inventory(str(engagement.root), str(tmp_path / "outputs"))

    assert Path(str(result["path"])).name == "inventering.xlsx"
    assert Path(str(result["path"])).is_file()
    assert result["lines"] == 0
