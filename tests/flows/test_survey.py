"""The survey flow, run by Prefect against a real SMTP server."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from prefect.states import Failed

from flows.survey import send_survey, server_unreachable
from synth.errors import MailError, MailUnavailable
from tests.conftest import DATA, make_engagement
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
