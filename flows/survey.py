"""The survey flow: e-mail a form's workbooks, or a reminder to those who have not answered.

Wiring only: one task calls `synth.survey.sending.send_form`. The task is retried when the
server cannot be reached, which is safe because sending is idempotent: what went out is in
the store's send log and is not sent again. The flow is an edge, so the SMTP password is
read here, by the name engagement.toml gives.
"""

from __future__ import annotations

import os
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.states import State

from synth.config import EngagementConfig, load_config
from synth.errors import MailUnavailable
from synth.store.mail import MailKind
from synth.survey.sending import SendReport, dry_run_folder, send_form
from synth.survey.transport import EmlWriter, SmtpSettings, SmtpTransport, Throttle, Transport

__all__ = ["send_survey", "server_unreachable"]


def server_unreachable(task: object, task_run: object, state: State[object]) -> bool:
    """Retry only when the server could not be reached, not for a setting to correct."""
    return isinstance(state.result(raise_on_failure=False), MailUnavailable)


@task(
    name="send-survey",
    cache_policy=NO_CACHE,
    retries=2,
    retry_delay_seconds=60,
    retry_condition_fn=server_unreachable,
)
def send_task(
    config: EngagementConfig,
    form: str,
    kind: MailKind,
    dry_run: bool,
    smtp_host: str | None,
    smtp_port: int | None,
) -> SendReport:
    transport: Transport
    throttle = None
    if dry_run:
        transport = EmlWriter(dry_run_folder(config, form, kind))
    else:
        password = os.environ.get(config.mail.password_env) or None
        settings = SmtpSettings.from_config(
            config.mail, host=smtp_host, port=smtp_port, password=password
        )
        transport = SmtpTransport(settings)
        throttle = Throttle(config.mail.per_minute)
    return send_form(config, form, transport, kind=kind, throttle=throttle)


@flow(name="synth-send-survey", log_prints=False)
def send_survey(
    root: str,
    form: str,
    kind: MailKind = "send",
    dry_run: bool = False,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
) -> dict[str, object]:
    """Send `form` (kind "send") or reminders ("reminder") for the engagement in `root`."""
    config = load_config(Path(root))
    report = send_task(config, form, kind, dry_run, smtp_host, smtp_port)
    logger = get_run_logger()
    # recipient ids and counts only: addresses and names never go to a log
    for failure in report.failures:
        logger.warning("%s %s: %s", report.form_id, failure.recipient_id, failure.error)
    return {
        "form": report.form_id,
        "kind": kind,
        "sent": report.count("sent"),
        "written": report.count("written"),
        "failed": report.count("failed"),
        "skipped": report.count("skipped"),
        "never_sent": report.never_sent,
        "stopped": report.stopped,
        "seconds": report.seconds,
    }
