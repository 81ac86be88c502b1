"""The survey flows: sending and reminding, collecting returns, the inventory; and the
deployments `synth serve` runs (collection every hour, reminders on their dates).

Wiring only: each task calls one `synth` function. The send task is retried when the
server cannot be reached, which is safe because sending is idempotent: what went out is in
the store's send log and is not sent again. The flow is an edge, so the SMTP password is
read here, by the name engagement.toml gives, and today's date is taken here.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from prefect import flow, get_run_logger, serve, task
from prefect.cache_policies import NO_CACHE
from prefect.deployments.runner import EntrypointType
from prefect.schedules import Interval, RRule
from prefect.states import State

from synth.config import EngagementConfig, load_config
from synth.errors import MailUnavailable
from synth.outputs import output_dir
from synth.store.mail import MailKind
from synth.survey.collect import CollectReport, collect_engagement
from synth.survey.inventory import InventorySummary
from synth.survey.inventory_workbook import inventory_engagement
from synth.survey.schedule import TIMEZONE, ServePlan, reminder_due, sent_forms
from synth.survey.sending import SendReport, dry_run_folder, send_form
from synth.survey.shadow import InventoryFindings
from synth.survey.transport import transport_for

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

__all__ = [
    "collect_responses",
    "inventory",
    "remind_due",
    "send_survey",
    "serve_survey",
    "server_unreachable",
    "survey_deployments",
]


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
    transport, throttle, _ = transport_for(
        config.mail,
        dry_run=dry_run_folder(config, form, kind) if dry_run else None,
        host=smtp_host,
        port=smtp_port,
        password=os.environ.get(config.mail.password_env) or None,
    )
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
    return _sent(report)


def _sent(report: SendReport) -> dict[str, object]:
    logger = get_run_logger()
    # recipient ids and counts only: addresses and names never go to a log
    for failure in report.failures:
        logger.warning("%s %s: %s", report.form_id, failure.recipient_id, failure.error)
    return {
        "form": report.form_id,
        "kind": report.kind,
        "sent": report.count("sent"),
        "written": report.count("written"),
        "failed": report.count("failed"),
        "skipped": report.count("skipped"),
        "never_sent": report.never_sent,
        "stopped": report.stopped,
        "seconds": report.seconds,
    }


@task(name="sent-forms", cache_policy=NO_CACHE)
def sent_forms_task(config: EngagementConfig) -> list[str]:
    return sent_forms(config)


@task(name="reminder-due", cache_policy=NO_CACHE)
def reminder_due_task(config: EngagementConfig, form: str, today: dt.date) -> dt.date | None:
    return reminder_due(config, form, today)


@flow(name="synth-remind-survey", log_prints=False)
def remind_due(
    root: str,
    forms: list[str] | None = None,
    today: dt.date | None = None,
    dry_run: bool = False,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
) -> dict[str, dict[str, object]]:
    """Send each form's reminder when one is due today (see synth.survey.schedule).

    Without `forms`, every form whose workbooks have gone out is considered.
    """
    config = load_config(Path(root))
    day = today or dt.date.today()
    results: dict[str, dict[str, object]] = {}
    for form in forms or sent_forms_task(config):
        due = reminder_due_task(config, form, day)
        if due is None:
            results[form] = {"form": form, "kind": "reminder", "due": None}
            continue
        report = send_task(config, form, "reminder", dry_run, smtp_host, smtp_port)
        results[form] = {**_sent(report), "due": due.isoformat()}
    return results


@task(name="collect-responses", cache_policy=NO_CACHE)
def collect_task(config: EngagementConfig, extra: list[Path]) -> CollectReport:
    return collect_engagement(config, extra)


@flow(name="synth-collect-responses", log_prints=False)
def collect_responses(root: str, extra: list[str] | None = None) -> dict[str, object]:
    """Collect returned workbooks from the inbox (and `extra` folders) into the store."""
    config = load_config(Path(root))
    report = collect_task(config, [Path(p) for p in extra or ()])
    return {**report.summary(), "ok": report.ok}


@task(name="inventory", cache_policy=NO_CACHE)
def inventory_task(
    config: EngagementConfig, target: Path, form: str
) -> tuple[InventorySummary, InventoryFindings]:
    return inventory_engagement(config, target, form)


@flow(name="synth-inventory", log_prints=False)
def inventory(
    root: str, outputs: str | None = None, form: str = "stodresurser"
) -> dict[str, object]:
    """Summarise the support-resource inventory into `inventering.xlsx` under today's output
    folder: the engagement's own, or under `outputs` when given."""
    config = load_config(Path(root))
    base = Path(outputs) if outputs is not None else None
    target = output_dir(base, config, dt.date.today()) / "inventering.xlsx"
    summary, findings = inventory_task(config, target, form)
    return {
        "path": str(target),
        "lines": len(summary.lines),
        "units": len({line.recipient_id for line in summary.lines}),
        "findings": list(findings.headlines),
        "overlaps": len(summary.overlaps),
    }


def made(deployment: object) -> RunnerDeployment:
    """`to_deployment` is sync-compatible: outside an event loop it returns the deployment
    itself, never a coroutine (typed as either)."""
    from prefect.deployments.runner import RunnerDeployment

    if not isinstance(deployment, RunnerDeployment):
        raise TypeError(f"väntade en RunnerDeployment, fick {type(deployment).__name__}")
    return deployment


def survey_deployments(
    root: Path,
    plan: ServePlan,
    *,
    forms: list[str] | None = None,
    dry_run: bool = False,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
) -> list[RunnerDeployment]:
    """The deployments `synth serve` runs for the engagement in `root`, by `plan`."""
    # module paths, not file paths: the runner imports the flow wherever synth is installed
    module = EntrypointType.MODULE_PATH
    deployments = [
        made(
            collect_responses.to_deployment(
                name=plan.collect_name,
                schedule=Interval(plan.collect_every, timezone=TIMEZONE),
                parameters={"root": str(root)},
                description="Läser in returnerade arbetsböcker varje timme.",
                entrypoint_type=module,
            )
        )
    ]
    if plan.reminders is not None:
        deployments.append(
            made(
                remind_due.to_deployment(
                    name=plan.remind_name,
                    schedule=RRule(plan.reminders.rrule(), timezone=TIMEZONE),
                    parameters={
                        "root": str(root),
                        "forms": forms,
                        "dry_run": dry_run,
                        "smtp_host": smtp_host,
                        "smtp_port": smtp_port,
                    },
                    description="Påminner dem som inte har svarat, på påminnelsedagarna.",
                    entrypoint_type=module,
                )
            )
        )
    return deployments


def serve_survey(
    root: Path,
    plan: ServePlan,
    *,
    forms: list[str] | None = None,
    dry_run: bool = False,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
) -> None:
    """Serve the engagement's deployments until interrupted (Ctrl+C)."""
    deployments = survey_deployments(
        root, plan, forms=forms, dry_run=dry_run, smtp_host=smtp_host, smtp_port=smtp_port
    )
    serve(*deployments, print_starting_message=False)
