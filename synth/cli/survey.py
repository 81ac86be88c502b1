"""Survey commands: workbooks out (`survey render`, `send`, `remind`), answers in
(`survey collect`), the support-resource inventory, and `serve`, which collects and
reminds on a schedule until stopped."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape as esc
from rich.table import Table

from synth.cli.base import (
    EXIT_ERROR,
    EXIT_REJECTED,
    EngagementDir,
    WorkbookOut,
    err,
    fail,
    out,
    output_folder,
    progress_bar,
)
from synth.config import EngagementConfig, load_config

if TYPE_CHECKING:
    from synth.store.mail import MailKind
    from synth.survey.collect import ReturnOutcome
    from synth.survey.schedule import ServePlan

__all__ = [
    "inventory",
    "serve",
    "survey_collect",
    "survey_export",
    "survey_remind",
    "survey_render",
    "survey_send",
]

_SMTP_HOST = Annotated[
    str | None, typer.Option("--smtp-host", help="E-postserver (standard: mail.host).")
]
_SMTP_PORT = Annotated[
    int | None, typer.Option("--smtp-port", help="Serverns port (standard: mail.port).")
]
_DRY_RUN = Annotated[
    bool,
    typer.Option("--dry-run", help="Skriv meddelandena som .eml-filer i outbox/, skicka inget."),
]
_MAIL_DEADLINE = Annotated[
    dt.datetime | None,
    typer.Option(
        "--deadline", formats=["%Y-%m-%d"], help="Sista svarsdag (standard: mail.deadline)."
    ),
]
_FORM = Annotated[
    str, typer.Option("--form", help="Formulärets namn, t.ex. chefsenkat eller stodresurser.")
]

_RETURN_ACTIONS = {
    "added": "ny",
    "replaced": "ersätter tidigare svar",
    "rejected": "[red]avvisad[/]",
    "empty": "[yellow]tom[/]",
}


def _smtp_password(config: EngagementConfig) -> str | None:
    """The password is read here, at the edge, by the name engagement.toml gives."""
    return os.environ.get(config.mail.password_env) or None


def survey_render(
    directory: EngagementDir,
    form: _FORM,
    deadline: Annotated[
        dt.datetime | None,
        typer.Option(
            "--deadline",
            formats=["%Y-%m-%d"],
            help="Sista svarsdag (ÅÅÅÅ-MM-DD; standard: mail.deadline).",
        ),
    ] = None,
) -> None:
    """Skriv en arbetsbok per mottagare i formulärets mottagarlista, och formuläret som XLSForm."""
    from synth.survey.render import render_engagement

    config = load_config(directory)
    due = deadline.date() if deadline else None
    progress, step = progress_bar("Skriver arbetsböcker")
    with progress:
        result = render_engagement(config, form, deadline=due, progress=step)
    out.print(
        f"{len(result.workbooks)} arbetsböcker ({esc(result.form.id)}, version "
        f"{esc(str(result.form.version))}) skrivna till {esc(str(result.folder))} på "
        f"{result.seconds:.1f} s"
    )
    if result.duplicates:
        err.print(
            f"[yellow]Varning:[/] {result.duplicates} rader i mottagarlistan upprepar en "
            "e-postadress och fick ingen egen arbetsbok",
            highlight=False,
        )
    out.print(f"XLSForm (KoboToolbox/ODK): {esc(str(result.xlsform))}")


def survey_collect(
    directory: EngagementDir,
    from_folders: Annotated[
        list[Path] | None,
        typer.Option("--from", help="Ytterligare en mapp med ifyllda arbetsböcker (kan upprepas)."),
    ] = None,
) -> None:
    """Läs in ifyllda arbetsböcker från inbox/ (och --from), kontrollera svaren och spara dem."""
    from synth.survey.collect import collect_engagement

    config = load_config(directory)
    report = collect_engagement(config, from_folders or ())
    # Only what this run did is listed; the files read in an earlier run are one line.
    table = Table(title="Arbetsböcker i den här körningen")
    # a path is folded onto a second line rather than cut short
    table.add_column("Fil", overflow="fold")
    table.add_column("Mottagare", no_wrap=True)
    table.add_column("Utfall")
    for header in ("Besvarade", "Saknas", "Fel"):
        table.add_column(header, justify="right", no_wrap=True)
    for item in report.current:
        table.add_row(
            esc(item.file),
            esc(item.recipient_id or "–"),
            _RETURN_ACTIONS[item.action],
            str(item.answered),
            str(item.missing),
            str(item.invalid),
        )
    if report.current:
        out.print(table)
    for item in report.current:
        for problem in item.problems:
            where = f"{problem.cell} {problem.question}: " if problem.cell else ""
            colour = "red" if problem.kind in {"invalid", "rejected"} else "yellow"
            err.print(
                f"[{colour}]{esc(item.file)}:[/] {esc(where)}{esc(problem.message)}",
                highlight=False,
            )
    now = report.current

    def count(action: str, items: list[ReturnOutcome]) -> int:
        return sum(1 for o in items if o.action == action)

    out.print(
        f"Arbetsböcker lästa nu: {len(now)} (nya {count('added', now)}, ersätter "
        f"tidigare {count('replaced', now)}, avvisade {count('rejected', now)}, tomma "
        f"{count('empty', now)}); ogiltiga svar: {sum(o.invalid for o in now)}"
    )
    if before := report.earlier:
        out.print(
            f"Redan lästa i tidigare körningar, oförändrade: {len(before)} (avvisade "
            f"{count('rejected', before)}, tomma {count('empty', before)}; se synth status)"
        )
    if not report.ok:
        raise typer.Exit(EXIT_REJECTED)


def survey_send(
    directory: EngagementDir,
    form: _FORM,
    deadline: _MAIL_DEADLINE = None,
    smtp_host: _SMTP_HOST = None,
    smtp_port: _SMTP_PORT = None,
    dry_run: _DRY_RUN = False,
    resend: Annotated[
        bool, typer.Option("--resend", help="Skicka även till dem som redan fått utskicket.")
    ] = False,
    to: Annotated[
        str | None,
        typer.Option(
            "--to", help="Skicka bara till denna mottagare (mottagar-id), även om den fått den."
        ),
    ] = None,
    note: Annotated[
        str,
        typer.Option("--note", help="Text som läggs till i meddelandet, t.ex. vad som var fel."),
    ] = "",
) -> None:
    """E-posta varje mottagare sin arbetsbok (skrivs först om den saknas); aldrig två gånger."""
    if note and to is None:
        fail("--note gäller ett meddelande till en mottagare: ange också --to <mottagar-id>")
    _send_survey(directory, form, "send", deadline, smtp_host, smtp_port, dry_run, resend, to, note)


def survey_remind(
    directory: EngagementDir,
    form: _FORM,
    deadline: _MAIL_DEADLINE = None,
    smtp_host: _SMTP_HOST = None,
    smtp_port: _SMTP_PORT = None,
    dry_run: _DRY_RUN = False,
) -> None:
    """Påminn dem som fått formuläret men inte svarat (högst en påminnelse per dag)."""
    _send_survey(directory, form, "reminder", deadline, smtp_host, smtp_port, dry_run, False)


def _send_survey(
    directory: Path,
    form: str,
    kind: MailKind,
    deadline: dt.datetime | None,
    smtp_host: str | None,
    smtp_port: int | None,
    dry_run: bool,
    resend: bool,
    to: str | None = None,
    note: str = "",
) -> None:
    from synth.survey.sending import dry_run_folder, send_form
    from synth.survey.transport import transport_for

    config = load_config(directory)
    folder = dry_run_folder(config, form, kind)
    transport, throttle, where = transport_for(
        config.mail,
        dry_run=folder if dry_run else None,
        host=smtp_host,
        port=smtp_port,
        password=_smtp_password(config),
    )
    if where is not None:
        out.print(f"Skickar via {esc(where)}, högst {config.mail.per_minute} per minut")
    due = deadline.date() if deadline else None
    progress, step = progress_bar("Skickar" if not dry_run else "Skriver meddelanden")
    with progress:
        report = send_form(
            config,
            form,
            transport,
            kind=kind,
            resend=resend,
            deadline=due,
            throttle=throttle,
            progress=step,
            to=to,
            note=note,
        )
    if report.rendered:
        out.print(f"{report.rendered} arbetsböcker skrevs först (de saknades)")
    what = "Utskick" if kind == "send" else "Påminnelser"
    skipped = "redan skickade" if kind == "send" else "redan påminda i dag"
    if dry_run:
        out.print(
            f"Provkörning, inget skickat: {report.count('written')} meddelanden skrivna till "
            f"{esc(str(folder))} ({skipped} {report.count('skipped')})"
        )
    else:
        out.print(
            f"{what} av {esc(report.form_id)}: skickade {report.count('sent')}, misslyckades "
            f"{report.count('failed')}, {skipped} {report.count('skipped')} "
            f"({report.seconds:.1f} s)"
        )
    if report.never_sent:
        err.print(
            f"[yellow]Varning:[/] {report.never_sent} som inte har svarat har inte fått "
            f"utskicket; skicka det med 'synth survey send {esc(str(directory))} "
            f"--form {esc(form)}'",
            highlight=False,
        )
    for item in report.failures:
        err.print(
            f"[red]Misslyckades:[/] {esc(str(item.workbook))} ({item.recipient_id}): "
            f"{esc(str(item.error))}",
            highlight=False,
        )
    if report.stopped:
        err.print(f"[red]Avbrutet:[/] {esc(report.stopped)}", highlight=False)
        raise typer.Exit(EXIT_ERROR)
    if report.failures:
        err.print("Kör samma kommando igen för att försöka på nytt med dem som misslyckades.")
        raise typer.Exit(EXIT_REJECTED)


def inventory(
    directory: EngagementDir,
    out_file: WorkbookOut = None,
    form: Annotated[str, typer.Option("--form", help="Inventeringsformuläret.")] = "stodresurser",
) -> None:
    """Sammanställ inventeringen av stödresurser: årsarbetare per funktion, nivå och sektor."""
    from synth.survey.inventory_workbook import inventory_engagement
    from synth.text.numbers import decimal

    config = load_config(directory)
    target = out_file or output_folder(config) / "inventering.xlsx"
    summary, findings = inventory_engagement(config, target, form)
    # short headers: the function's name must fit a narrow terminal unbroken
    headers = ["Funktion", "Budget", "Praktik", "Ute", "Utan budget"]
    table = Table(*headers, title="Stödresurser (åa; ute = i sektorer, kontor, enheter)")
    for b in findings.balances:
        table.add_row(
            esc(b.function),
            decimal(b.budget),
            decimal(b.actual),
            decimal(b.close),
            decimal(b.unbudgeted),
        )
    if findings.balances:
        out.print(table)
    for headline, detail in zip(findings.headlines, findings.details, strict=True):
        out.print(f"[bold]{esc(headline)}.[/bold] {esc(detail)}")
    for o in summary.overlaps:
        err.print(
            f"Kontrollera: {esc(o.line.sector)} ({esc(o.line.unit)}) anger "
            f"{esc(o.line.function)} som central förvaltning, och "
            f"{esc(', '.join(o.central_units))} anger samma funktion; raden räknas inte i "
            "summorna (se bladet Kontroll)."
        )
    units = len({line.recipient_id for line in summary.lines})
    out.print(f"{len(summary.lines)} rader från {units} svar skrivna till {esc(str(target))}")


def survey_export(
    directory: EngagementDir,
    out_file: WorkbookOut = None,
    form: Annotated[str, typer.Option("--form", help="Enkätformuläret.")] = "chefsenkat",
) -> None:
    """Skriv alla räknade svar till en arbetsbok, en rad per svarande (R001, R002, …), för
    egna korstabeller. Inga namn, e-postadresser, enheter eller roller; fritext avidentifierad."""
    from synth.survey.results_workbook import ANSWERS_FILE, export_answers

    config = load_config(directory)
    target = out_file or output_folder(config) / ANSWERS_FILE
    report = export_answers(config, target, form)
    if not report.respondents:
        err.print(f"Inga svar på {esc(form)} ännu; arbetsboken har bara rubrikerna.")
    out.print(
        f"{report.respondents} svarande och {report.columns} svarskolumner skrivna till "
        f"{esc(str(target))}"
    )


def serve(
    directory: EngagementDir,
    forms: Annotated[
        list[str] | None,
        typer.Option("--form", help="Påminn bara om detta formulär (standard: alla utskickade)."),
    ] = None,
    smtp_host: _SMTP_HOST = None,
    smtp_port: _SMTP_PORT = None,
    dry_run: _DRY_RUN = False,
    pool: Annotated[
        str | None,
        typer.Option(
            "--pool",
            help="Registrera på en Prefect-server i denna arbetspool och avsluta; "
            "arbetare (prefect worker start --pool ...) kör körningarna.",
        ),
    ] = None,
    server: Annotated[
        str | None,
        typer.Option(
            "--server",
            help="Prefect-serverns API, t.ex. http://prefect.firma.se:4200/api "
            "(standard: PREFECT_API_URL).",
        ),
    ] = None,
) -> None:
    """Läs in svar varje timme och påminn på påminnelsedagarna till sista svarsdag.

    Med --pool: registrera uppdraget, insamlingen och påminnelserna på en gemensam
    Prefect-server, där arbetare på flera datorer kör dem."""
    from synth.survey.schedule import REMINDER_TIME, serve_plan
    from synth.survey.transport import transport_for

    config = load_config(directory)
    plan = serve_plan(config.engagement.name, config.mail, dt.date.today())
    if plan.reminders is not None and not dry_run:
        # a setting that would make every reminder fail is an error now, not on the day
        if not config.mail.sender:
            fail("avsändaren saknas: sätt mail.sender i engagement.toml")
        transport_for(config.mail, host=smtp_host, port=smtp_port, password=_smtp_password(config))
    minutes = int(plan.collect_every.total_seconds() // 60)
    out.print(f"Insamling ({esc(plan.collect_name)}): var {minutes}:e minut")
    if plan.reminders is None:
        out.print(f"Inga påminnelser: {esc(plan.why_not)}")
    else:
        days = ", ".join(d.isoformat() for d in plan.reminders.dates)
        out.print(
            f"Påminnelser ({plan.remind_name}): {days}, kl. {REMINDER_TIME:%H.%M}, "
            f"till sista svarsdag {plan.reminders.deadline.isoformat()}"
        )
    for day in plan.ignored:
        err.print(f"[yellow]Varning:[/] påminnelsedagen {day} ligger efter sista svarsdagen")
    if pool is not None:
        _register_on_server(config, plan, pool, server, forms, dry_run, smtp_host, smtp_port)
        return
    out.print("Avsluta med Ctrl+C.")
    # Prefect is imported here, like in `run`: the rest of the CLI starts fast
    from flows.survey import serve_survey

    serve_survey(
        config.root,
        plan,
        forms=forms or None,
        dry_run=dry_run,
        smtp_host=smtp_host,
        smtp_port=smtp_port,
    )


def _register_on_server(
    config: EngagementConfig,
    plan: ServePlan,
    pool: str,
    server: str | None,
    forms: list[str] | None,
    dry_run: bool,
    smtp_host: str | None,
    smtp_port: int | None,
) -> None:
    """Team mode: the deployments go to the server's work pool; the server schedules them
    and workers run them, so this command returns at once."""
    from flows.team import register, server_url, team_deployments

    url = server_url(server)
    deployments = team_deployments(
        config.root,
        plan,
        forms=forms or None,
        dry_run=dry_run,
        smtp_host=smtp_host,
        smtp_port=smtp_port,
    )
    done = register(deployments, server=url, pool=pool)
    made = "skapad" if done.pool_created else "fanns redan"
    out.print(f"Registrerat på {esc(done.server)}, arbetspool {esc(done.pool)} ({made}):")
    for name in done.deployments:
        out.print(f"  {esc(name)}")
    out.print(f"Kör uppdraget: prefect deployment run '{esc(done.deployments[0])}'")
    out.print(f"Starta arbetare: prefect worker start --pool {esc(done.pool)}")
