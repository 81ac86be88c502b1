"""The `synth` command line: parse, build settings, call one function, print a summary.

Exit codes: 0 ok, 1 an error (message on stderr), 2 wrong usage, 3 some input was rejected.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape as esc
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from synth.config import EngagementConfig, load_config
from synth.errors import SynthError
from synth.export import export_statements
from synth.ingest.pipeline import IngestReport, inbox_files, ingest_engagement
from synth.outputs import output_dir
from synth.store import Store, StoreStatus
from synth.workspace import init_engagement

if TYPE_CHECKING:
    from synth.store.mail import MailKind
    from synth.survey.schedule import ServePlan
    from synth.synthesis.workflow import SynthesisRun

__all__ = ["app"]

EXIT_REJECTED = 3

app = typer.Typer(
    name="synth",
    help="Från intervjuer och chefsenkäter till iakttagelser och rekommendationer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

T = TypeVar("T")

EngagementDir = Annotated[
    Path, typer.Argument(help="Uppdragsmappen (den som har engagement.toml).", show_default=False)
]


def _guard(action: Callable[[], T]) -> T:
    """Run `action`, turning synth's own errors into a message and exit code 1."""
    try:
        return action()
    except SynthError as exc:
        err.print(f"[bold red]Fel:[/] {esc(str(exc))}", highlight=False)
        raise typer.Exit(1) from None
    except OSError as exc:
        err.print(f"[bold red]Fel:[/] {esc(_os_message(exc))}", highlight=False)
        raise typer.Exit(1) from None


def _os_message(exc: OSError) -> str:
    """A file-system failure in words; the path is ours (an output or the workspace)."""
    where = f"{exc.filename}: " if exc.filename else ""
    reasons = {
        errno.ENOSPC: "disken är full; frigör utrymme och kör igen",
        errno.EDQUOT: "diskkvoten är slut; frigör utrymme och kör igen",
        errno.EROFS: "filsystemet är skrivskyddat",
        errno.EACCES: "saknar behörighet att skriva eller läsa",
        errno.EPERM: "saknar behörighet att skriva eller läsa",
    }
    return where + reasons.get(exc.errno or 0, f"kunde inte läsa eller skriva ({exc.strerror})")


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Visa mer logg.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )


@app.command()
def init(
    directory: EngagementDir,
    name: Annotated[str | None, typer.Option("--name", help="Uppdragets/kundens namn.")] = None,
) -> None:
    """Skapa ett nytt uppdrag: engagement.toml, inbox/ och lagret."""
    config = _guard(lambda: init_engagement(directory, name=name))
    out.print(f"Skapade uppdraget [bold]{esc(config.engagement.name)}[/] i {esc(str(config.root))}")
    out.print(f"Lägg intervjuutskrifter och enkätexporter i {esc(str(config.inbox))}")
    out.print(
        f"Intervjuloggen ({esc(config.ingest.interview_log)}) läggs i {esc(str(config.root))}"
    )


@app.command("ingest")
def ingest_command(
    directory: EngagementDir,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Filer eller mappar att läsa in (standard: allt i inbox/)."),
    ] = None,
) -> None:
    """Läs in intervjuutskrifter och enkätexporter till lagret, pseudonymiserade."""
    config = _guard(lambda: load_config(directory))
    report = _guard(lambda: _ingest_with_progress(config, paths or None))
    _print_report(report)
    if not report.ok:
        raise typer.Exit(EXIT_REJECTED)


def _ingest_with_progress(config: EngagementConfig, paths: list[Path] | None) -> IngestReport:
    files = paths if paths is not None else inbox_files(config)
    with Progress(
        TextColumn("Läser in"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=len(files))

        def step(path: Path) -> None:
            progress.update(task, advance=1, description=esc(path.name))

        return ingest_engagement(config, files, on_file=step)


def _print_report(report: IngestReport) -> None:
    summary = report.summary()
    out.print(
        f"Filer: {summary['files']} (nya {summary['added']}, ändrade {summary['replaced']}, "
        f"oförändrade {summary['unchanged']}, avvisade {summary['rejected']}); "
        f"{summary['statements_stored']} uttalanden sparade på {report.seconds:.1f} s"
    )
    for path, message in report.warnings:
        err.print(f"[yellow]Varning:[/] {esc(path)}: {esc(message)}", highlight=False)
    for path, message in report.rejected:
        err.print(f"[red]Avvisad:[/] {esc(message)}  ({esc(path)})", highlight=False)


@app.command()
def status(
    directory: EngagementDir,
    missing: Annotated[
        bool, typer.Option("--saknade", help="Lista vilka som inte har svarat på enkäterna.")
    ] = False,
) -> None:
    """Visa vad lagret innehåller: källor, uttalanden, svarande per sektor, avvisade filer."""
    config = _guard(lambda: load_config(directory))
    store = _guard(lambda: Store.open(config.store_url))
    try:
        state = store.status()
        _print_status(config, state)
        _guard(lambda: _print_survey_progress(config, store, list_missing=missing))
    finally:
        store.close()


def _print_survey_progress(config: EngagementConfig, store: Store, *, list_missing: bool) -> None:
    from synth.store.surveys import response_rates
    from synth.survey.progress import pending_recipients

    rates = response_rates(store)
    if not rates:
        return
    table = Table("Formulär", "Sektor", "Utskick", "Svar", "Svarsfrekvens", title="Enkätsvar")
    for form_id in sorted({r.form_id for r in rates}):
        rows = [r for r in rates if r.form_id == form_id]
        for rate in rows:
            table.add_row(
                esc(form_id),
                esc(rate.sector),
                str(rate.recipients),
                str(rate.answered),
                f"{rate.share:.0%}",
            )
        sent, answered = sum(r.recipients for r in rows), sum(r.answered for r in rows)
        table.add_row(
            esc(form_id), "[bold]totalt", str(sent), str(answered), f"{answered / sent:.0%}"
        )
    out.print(table)
    if list_missing:
        for form_id in sorted({r.form_id for r in rates}):
            pending = pending_recipients(config, store, form_id)
            out.print(f"Har inte svarat på {esc(form_id)} ({len(pending)}):")
            for person in pending:
                where = ", ".join(p for p in (person.sector, person.unit) if p)
                out.print(
                    f"  {esc(person.name)} <{esc(person.email)}>  {esc(where)}", highlight=False
                )


def _print_status(config: EngagementConfig, state: StoreStatus) -> None:
    out.print(f"[bold]{esc(config.engagement.name)}[/]  ({esc(str(config.root))})")
    table = Table("Källtyp", "Källor", "Uttalanden", title="Källor")
    for kind, count in sorted(state.sources_by_type.items()):
        table.add_row(kind, str(count), str(state.statements_by_type.get(kind, 0)))
    table.add_row("[bold]totalt", str(sum(state.sources_by_type.values())), str(state.statements))
    out.print(table)
    if state.respondents_by_sector:
        sectors = Table("Sektor", "Svarande", title="Enkätsvarande per sektor")
        for sector, count in state.respondents_by_sector.items():
            sectors.add_row(esc(sector), str(count))
        out.print(sectors)
    for path, message in state.warnings:
        out.print(f"[yellow]Varning:[/] {esc(path)}: {esc(message)}", highlight=False)
    if state.rejected:
        rejected = Table("Fil", "Orsak", title="Avvisade filer", title_style="red")
        for path, message in state.rejected:
            rejected.add_row(esc(path), esc(message))
        out.print(rejected)
    else:
        out.print("Inga avvisade filer.")
    if state.last_run:
        run = state.last_run
        out.print(f"Senaste körning: {run['command']} {run['started_at']} ({run['status']})")


@app.command()
def statements(
    directory: EngagementDir,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="CSV-fil att skriva (standard: outputs/…).")
    ] = None,
) -> None:
    """Exportera de pseudonymiserade uttalandena som CSV."""
    config = _guard(lambda: load_config(directory))
    target = out_file or output_dir(Path.cwd() / "outputs", config, dt.date.today()) / (
        "uttalanden.csv"
    )
    count = _guard(lambda: export_statements(config, target))
    out.print(f"{count} uttalanden skrivna till {esc(str(target))}")


@app.command()
def run(
    directory: EngagementDir,
    outputs: Annotated[Path, typer.Option("--outputs", help="Mapp för genererade filer.")] = Path(
        "outputs"
    ),
) -> None:
    """Kör hela kedjan som ett Prefect-flöde: inläsning, teman och export."""
    config = _guard(lambda: load_config(directory))
    result = _guard(lambda: _run_flow(config, outputs))
    _print_run(result)
    if result["rejected"]:
        raise typer.Exit(EXIT_REJECTED)


def _run_flow(config: EngagementConfig, outputs: Path) -> dict[str, object]:
    # Prefect is imported here so that the rest of the CLI starts fast and synth/ stays
    # free of it; the flows package does the wiring.
    from flows.engagement import run_engagement

    return run_engagement(str(config.root), str(outputs.resolve()))


def _print_run(result: dict[str, object]) -> None:
    out.print(
        f"Klart: {result['statements']} uttalanden från {result['sources']} källor, "
        f"{result.get('themes', 0)} teman, {result.get('drafts', 0)} utkast till iakttagelser "
        f"({result['seconds']:.1f} s)."
    )
    for item, reason in result.get("draft_fallbacks", []):  # type: ignore[attr-defined]
        err.print(f"[yellow]Offline-utkast för {esc(item)}:[/] {esc(reason)}", highlight=False)
    for path, message in result["rejected"]:  # type: ignore[attr-defined]
        err.print(f"[red]Avvisad:[/] {esc(message)}  ({esc(path)})", highlight=False)
    out.print("Resultat:")
    for label, path in result["outputs"].items():  # type: ignore[attr-defined]
        out.print(f"  {label}: {esc(str(path))}")


def _progress_bar(label: str) -> tuple[Progress, Callable[[int, int], None]]:
    progress = Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    )
    task = progress.add_task("", total=None)

    def step(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    return progress, step


@app.command()
def synthesize(
    directory: EngagementDir,
    outputs: Annotated[Path, typer.Option("--outputs", help="Mapp för genererade filer.")] = Path(
        "outputs"
    ),
) -> None:
    """Bädda in, sortera (perspektiv, polaritet) och gruppera uttalandena i teman."""
    config = _guard(lambda: load_config(directory))
    progress, step = _progress_bar("Bäddar in uttalanden")
    with progress:
        run, workbook = _synthesize_for_review(config, outputs, progress=step)
    _print_synthesis(config, run, workbook)


def _synthesize_for_review(
    config: EngagementConfig, outputs: Path, *, progress: Callable[[int, int], None] | None = None
) -> tuple[SynthesisRun, Path]:
    """Synthesise (refused while edits are not imported), then write the themes workbook."""
    from synth.review import WORKBOOK_FILE, check_no_unimported_edits, export_engagement_workbook
    from synth.synthesis.workflow import synthesize_engagement

    run = _guard(
        lambda: synthesize_engagement(
            config, outputs.resolve(), progress=progress, before=check_no_unimported_edits
        )
    )
    workbook = _guard(lambda: export_engagement_workbook(config, run.folder / WORKBOOK_FILE))
    return run, workbook


def _print_synthesis(config: EngagementConfig, run: SynthesisRun, workbook: Path) -> None:
    from synth.store.themes import load_themes

    result = run.result
    out.print(
        f"{result.statements} uttalanden i {result.themes} teman "
        f"(inbäddning {result.seconds.get('embedding', 0):.1f} s, "
        f"resten {result.seconds.get('rest', 0):.1f} s)"
    )
    store = Store.open(config.store_url)
    try:
        themes = load_themes(store)
    finally:
        store.close()
    table = Table("Id", "Perspektiv", "Rubrik", "Bredd", title="Teman")
    for theme in themes:
        if theme.status == "merged":
            continue
        table.add_row(theme.id, theme.perspective or "", esc(theme.label), esc(theme.breadth_text))
    out.print(table)
    report = result.report
    out.print(
        f"Nya uttalanden: {report.statements_added}; nya teman: {len(report.new_themes)}; "
        f"teman som vuxit: {len(report.grown)}; i Övrigt: {report.other}"
    )
    for theme_id, label, added, sources in report.grown:
        out.print(
            f"  {theme_id} {esc(label)}: +{added} från {esc(', '.join(sources))}", highlight=False
        )
    out.print(f"Ändringsrapport: {esc(str(run.changes))}")
    out.print(f"Granska och redigera teman i: {esc(str(workbook))}")


@app.command("draft")
def draft_command(
    directory: EngagementDir,
    backend: Annotated[
        str | None, typer.Option("--backend", help="offline eller openai (standard: llm.backend).")
    ] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-kompatibel adress, t.ex. …/v1.")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="Modellens namn.")] = None,
    outputs: Annotated[Path, typer.Option("--outputs", help="Mapp för genererade filer.")] = Path(
        "outputs"
    ),
) -> None:
    """Skriv utkast till iakttagelser, bedömning och rekommendationer för de aktuella temana."""
    import os

    from synth.draft.workflow import draft_engagement
    from synth.review import WORKBOOK_FILE, check_no_unimported_edits, export_engagement_workbook

    if backend is not None and backend not in {"offline", "openai"}:
        err.print(f"[red]Fel:[/] --backend '{esc(backend)}': välj offline eller openai")
        raise typer.Exit(2)
    config = _guard(lambda: load_config(directory))
    # the key is read here, at the edge, and passed down as a value
    api_key = os.environ.get(config.llm.api_key_env) or None
    progress, step = _progress_bar("Skriver utkast")
    with progress:
        run = _guard(
            lambda: draft_engagement(
                config,
                backend=backend,
                base_url=base_url,
                model=model,
                api_key=api_key,
                progress=step,
                before=check_no_unimported_edits,
            )
        )
    workbook = output_dir(outputs.resolve(), config, dt.date.today()) / WORKBOOK_FILE
    _guard(lambda: export_engagement_workbook(config, workbook))
    drafts = run.drafts
    who = run.backend + (f" ({run.model})" if run.model else "")
    out.print(
        f"Utkast ({who}): {len(drafts.themes)} iakttagelser, "
        f"{len(drafts.recommendations)} rekommendationer; osäkra påståenden: {run.unsupported}"
    )
    table = Table("Tema", "Rubrik", "Punkter", "Osäkra", title="Iakttagelser")
    for draft in drafts.themes:
        table.add_row(
            draft.theme_id, esc(draft.headline), str(len(draft.bullets)), str(draft.unsupported)
        )
    out.print(table)
    for rec in drafts.recommendations:
        out.print(f"  {rec.id} {esc(rec.display)}  (svarar mot {', '.join(rec.theme_ids)})")
    for item, reason in run.fallbacks:
        err.print(f"[yellow]Offline-utkast för {esc(item)}:[/] {esc(reason)}", highlight=False)
    out.print(f"Granska och redigera utkasten i: {esc(str(workbook))} (bladet Utkast)")


themes_app = typer.Typer(help="Granska teman i Excel: exportera och importera redigeringar.")
app.add_typer(themes_app, name="themes")


@themes_app.command("export")
def themes_export(
    directory: EngagementDir,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Arbetsbok att skriva (standard: outputs/…).")
    ] = None,
) -> None:
    """Skriv themes.xlsx: teman och uttalanden att granska och redigera."""
    from synth.review import WORKBOOK_FILE, export_engagement_workbook

    config = _guard(lambda: load_config(directory))
    target = out_file or output_dir(Path.cwd() / "outputs", config, dt.date.today()) / (
        WORKBOOK_FILE
    )
    path = _guard(lambda: export_engagement_workbook(config, target))
    out.print(f"Teman skrivna till {esc(str(path))}")


@themes_app.command("import")
def themes_import(
    directory: EngagementDir,
    workbook: Annotated[Path, typer.Argument(help="Den redigerade themes.xlsx.")],
    outputs: Annotated[Path, typer.Option("--outputs", help="Mapp för genererade filer.")] = Path(
        "outputs"
    ),
) -> None:
    """Läs in redigeringar (rubriker, flyttar, sammanslagningar, citat) och behåll dem."""
    from synth.review import import_workbook

    config = _guard(lambda: load_config(directory))
    with _guard(lambda: Store.open(config.store_url)) as store:
        summary = _guard(lambda: import_workbook(store, workbook))
    for line in summary.lines():
        out.print(esc(line))
    # descriptions (headlines, quotes, breadth) follow the edits at once
    run, written = _synthesize_for_review(config, outputs)
    _print_synthesis(config, run, written)


survey_app = typer.Typer(help="Enkäter ut och tillbaka: en arbetsbok per mottagare, och svaren in.")
app.add_typer(survey_app, name="survey")


@survey_app.command("render")
def survey_render(
    directory: EngagementDir,
    form: Annotated[
        str, typer.Option("--form", help="Formulärets namn, t.ex. chefsenkat eller stodresurser.")
    ],
    deadline: Annotated[
        dt.datetime | None,
        typer.Option("--deadline", formats=["%Y-%m-%d"], help="Sista svarsdag (ÅÅÅÅ-MM-DD)."),
    ] = None,
) -> None:
    """Skriv en arbetsbok per mottagare i mottagare.xlsx, och formuläret som XLSForm."""
    from synth.survey.render import render_engagement

    config = _guard(lambda: load_config(directory))
    due = deadline.date() if deadline else None
    progress, step = _progress_bar("Skriver arbetsböcker")
    with progress:
        result = _guard(lambda: render_engagement(config, form, deadline=due, progress=step))
    out.print(
        f"{len(result.workbooks)} arbetsböcker ({result.form.id}, version {result.form.version}) "
        f"skrivna till {result.folder} på {result.seconds:.1f} s"
    )
    if result.duplicates:
        err.print(
            f"[yellow]Varning:[/] {result.duplicates} rader i mottagarlistan upprepar en "
            "e-postadress och fick ingen egen arbetsbok",
            highlight=False,
        )
    out.print(f"XLSForm (KoboToolbox/ODK): {esc(str(result.xlsform))}")


_RETURN_ACTIONS = {
    "added": "ny",
    "replaced": "ersätter tidigare svar",
    "unchanged": "redan inläst",
    "rejected": "[red]avvisad[/]",
}


@survey_app.command("collect")
def survey_collect(
    directory: EngagementDir,
    from_folders: Annotated[
        list[Path] | None,
        typer.Option("--from", help="Ytterligare en mapp med ifyllda arbetsböcker (kan upprepas)."),
    ] = None,
) -> None:
    """Läs in ifyllda arbetsböcker från inbox/ (och --from), kontrollera svaren och spara dem."""
    from synth.survey.collect import collect_engagement

    config = _guard(lambda: load_config(directory))
    report = _guard(lambda: collect_engagement(config, from_folders or ()))
    table = Table("Fil", "Mottagare", "Utfall", "Besvarade", "Tomma", "Fel", title="Arbetsböcker")
    for item in report.outcomes:
        table.add_row(
            esc(item.file),
            esc(item.recipient_id or "–"),
            _RETURN_ACTIONS[item.action],
            str(item.answered),
            str(item.missing),
            str(item.invalid),
        )
    if report.outcomes:
        out.print(table)
    for item in report.outcomes:
        for problem in item.problems:
            where = f"{problem.cell} {problem.question}: " if problem.cell else ""
            colour = "red" if problem.kind in {"invalid", "rejected"} else "yellow"
            err.print(
                f"[{colour}]{esc(item.file)}:[/] {esc(where)}{esc(problem.message)}",
                highlight=False,
            )
    summary = report.summary()
    out.print(
        f"Arbetsböcker: {summary['files']} (nya {summary['added']}, ersätter tidigare "
        f"{summary['replaced']}, redan inlästa {summary['unchanged']}, avvisade "
        f"{summary['rejected']}); ogiltiga svar: {summary['invalid_answers']}"
    )
    if not report.ok:
        raise typer.Exit(EXIT_REJECTED)


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


@survey_app.command("send")
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
) -> None:
    """E-posta varje mottagare sin arbetsbok (skrivs först om den saknas); aldrig två gånger."""
    _send_survey(directory, form, "send", deadline, smtp_host, smtp_port, dry_run, resend)


@survey_app.command("remind")
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
) -> None:
    import os

    from synth.survey.sending import dry_run_folder, send_form
    from synth.survey.transport import EmlWriter, SmtpSettings, SmtpTransport, Throttle, Transport

    config = _guard(lambda: load_config(directory))
    transport: Transport
    throttle = None
    folder = dry_run_folder(config, form, kind)
    if dry_run:
        transport = EmlWriter(folder)
    else:
        # the password is read here, at the edge, by the name engagement.toml gives
        password = os.environ.get(config.mail.password_env) or None
        settings = _guard(
            lambda: SmtpSettings.from_config(
                config.mail, host=smtp_host, port=smtp_port, password=password
            )
        )
        transport = SmtpTransport(settings)
        throttle = Throttle(config.mail.per_minute)
        out.print(f"Skickar via {esc(settings.where)}, högst {config.mail.per_minute} per minut")
    due = deadline.date() if deadline else None
    progress, step = _progress_bar("Skickar" if not dry_run else "Skriver meddelanden")
    with progress:
        report = _guard(
            lambda: send_form(
                config,
                form,
                transport,
                kind=kind,
                resend=resend,
                deadline=due,
                throttle=throttle,
                progress=step,
            )
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
            f"{what} av {report.form_id}: skickade {report.count('sent')}, misslyckades "
            f"{report.count('failed')}, {skipped} {report.count('skipped')} "
            f"({report.seconds:.1f} s)"
        )
    if report.never_sent:
        err.print(
            f"[yellow]Varning:[/] {report.never_sent} som inte har svarat har inte fått "
            f"utskicket; skicka det med 'synth survey send {directory} --form {form}'",
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
        raise typer.Exit(1)
    if report.failures:
        err.print("Kör samma kommando igen för att försöka på nytt med dem som misslyckades.")
        raise typer.Exit(EXIT_REJECTED)


@app.command("inventory")
def inventory_command(
    directory: EngagementDir,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Arbetsbok att skriva (standard: outputs/…).")
    ] = None,
    form: Annotated[str, typer.Option("--form", help="Inventeringsformuläret.")] = "stodresurser",
) -> None:
    """Sammanställ inventeringen av stödresurser: årsarbetare per funktion, nivå och sektor."""
    from synth.survey.inventory import inventory_engagement

    config = _guard(lambda: load_config(directory))
    target = out_file or output_dir(Path.cwd() / "outputs", config, dt.date.today()) / (
        "inventering.xlsx"
    )
    summary = _guard(lambda: inventory_engagement(config, target, form))
    headers = ["Funktion", "Enheter", "Åa i praktiken", "Små delar", "Verksamhetsnära"]
    table = Table(*headers, title="Stödresurser")
    for p in summary.profiles:
        table.add_row(
            esc(p.function),
            str(p.units),
            f"{p.fte_actual:.1f}".replace(".", ","),
            f"{p.fragmentation:.0%}",
            f"{p.share_close:.0%}",
        )
    if summary.profiles:
        out.print(table)
    units = len({line.recipient_id for line in summary.lines})
    out.print(f"{len(summary.lines)} rader från {units} svar skrivna till {esc(str(target))}")


@app.command("serve")
def serve_command(
    directory: EngagementDir,
    forms: Annotated[
        list[str] | None,
        typer.Option("--form", help="Påminn bara om detta formulär (standard: alla utskickade)."),
    ] = None,
    smtp_host: _SMTP_HOST = None,
    smtp_port: _SMTP_PORT = None,
    dry_run: _DRY_RUN = False,
) -> None:
    """Läs in svar varje timme och påminn på påminnelsedagarna till sista svarsdag."""
    import os

    from synth.survey.schedule import REMINDER_TIME, serve_plan
    from synth.survey.transport import SmtpSettings

    config = _guard(lambda: load_config(directory))
    plan = serve_plan(config.engagement.name, config.mail, dt.date.today())
    if plan.reminders is not None and not dry_run:
        # a setting that would make every reminder fail is an error now, not on the day
        if not config.mail.sender:
            err.print("[bold red]Fel:[/] avsändaren saknas: sätt mail.sender i engagement.toml")
            raise typer.Exit(1)
        password = os.environ.get(config.mail.password_env) or None
        _guard(
            lambda: SmtpSettings.from_config(
                config.mail, host=smtp_host, port=smtp_port, password=password
            )
        )
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
    out.print("Avsluta med Ctrl+C.")
    _serve(config, plan, forms, dry_run, smtp_host, smtp_port)


def _serve(
    config: EngagementConfig,
    plan: ServePlan,
    forms: list[str] | None,
    dry_run: bool,
    smtp_host: str | None,
    smtp_port: int | None,
) -> None:
    # Prefect is imported here, like in _run_flow: the rest of the CLI starts fast
    from flows.survey import serve_survey

    serve_survey(
        config.root,
        plan,
        forms=forms or None,
        dry_run=dry_run,
        smtp_host=smtp_host,
        smtp_port=smtp_port,
    )


@app.command("deck")
def deck_command(
    directory: EngagementDir,
    template: Annotated[
        Path | None, typer.Option("--template", help="Egen PowerPoint-mall (.pptx).")
    ] = None,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Presentation att skriva (standard: outputs/…).")
    ] = None,
) -> None:
    """Skriv presentationen: iakttagelser, starka och svaga sidor, enkätdiagram och bilaga."""
    from synth.deck import DECK_FILE, write_deck

    config = _guard(lambda: load_config(directory))
    target = out_file or output_dir(Path.cwd() / "outputs", config, dt.date.today()) / DECK_FILE
    result = _guard(lambda: write_deck(config, target, template=template))
    out.print(
        f"{result.slides} bilder ({result.observations} iakttagelser, {result.charts} diagram) "
        f"skrivna till {esc(str(result.path))} på {result.seconds:.1f} s"
    )


@app.command("cluster")
def cluster_command(
    input_file: Annotated[Path, typer.Argument(help="En CSV-fil med en textkolumn.")],
    out_file: Annotated[Path, typer.Option("--out", help="CSV-fil att skriva.")],
    text_column: Annotated[str, typer.Option("--text-column", help="Kolumnen med text.")] = "text",
    id_column: Annotated[
        str | None, typer.Option("--id-column", help="Kolumn med id (behålls).")
    ] = None,
    model: Annotated[
        str, typer.Option("--model", help="sentence-transformers-modell eller mapp.")
    ] = "all-MiniLM-L6-v2",
) -> None:
    """Gruppera valfri CSV i teman, utan uppdrag: lägger till tema och linser per rad."""
    from synth.cells import csv_writer
    from synth.synthesis.embed import SentenceTransformerEmbedder
    from synth.synthesis.quick import cluster_texts
    from synth.tables import read_table

    table = _guard(lambda: read_table(input_file))
    if text_column not in table.headers or (id_column and id_column not in table.headers):
        missing = text_column if text_column not in table.headers else id_column
        err.print(
            f"[red]Fel:[/] {esc(input_file.name)}: kolumnen '{esc(str(missing))}' finns inte "
            f"(finns: {esc(', '.join(table.headers))})"
        )
        raise typer.Exit(1)
    texts = [row[text_column] for row in table.rows]
    results = _guard(lambda: cluster_texts(texts, SentenceTransformerEmbedder(model)))
    added = ["theme_id", "theme_label", "perspective", "polarity"]
    added += ["perspective_confidence", "polarity_confidence"]
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with out_file.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv_writer(handle)
        writer.writerow([*table.headers, *added])
        for row, result in zip(table.rows, results, strict=True):
            writer.writerow(
                [*(row[h] for h in table.headers), *(getattr(result, a) for a in added)]
            )
    themes = len({r.theme_id for r in results})
    out.print(f"{len(results)} rader i {themes} teman skrivna till {esc(str(out_file))}")


@app.command()
def models(directory: EngagementDir) -> None:
    """Visa vilken språkmodell uppdraget använder och om den finns offline."""
    from synth.synthesis.embed import describe_model

    config = _guard(lambda: load_config(directory))
    info = describe_model(config.models.embedding)
    out.print(f"Inbäddningsmodell: {esc(str(info.setting))}")
    out.print(f"  källa: {esc(str(info.source))}")
    out.print(f"  sökväg: {esc(str(info.path or '–'))}")
    state = "ja" if info.available_offline else "nej"
    out.print(f"  finns offline: {state}")
    if not info.available_offline:
        hint = "true" if config.models.allow_download else "false (sätt true för att ladda ner)"
        out.print(f"  allow_download: {hint}")
        raise typer.Exit(1)


def _demo_source() -> Path:
    return Path(__file__).resolve().parents[1] / "examples" / "exempelkommun"


@app.command()
def demo(
    directory: Annotated[
        Path | None,
        typer.Argument(help="Mapp att kopiera demouppdraget till (standard: en tillfällig mapp)."),
    ] = None,
    outputs: Annotated[Path, typer.Option("--outputs", help="Mapp för genererade filer.")] = Path(
        "outputs"
    ),
) -> None:
    """Kopiera demouppdraget Exempelkommun och kör hela kedjan på det, offline."""
    source = _demo_source()
    if not (source / "engagement.toml").is_file():
        err.print(
            f"[red]Fel:[/] demouppdraget saknas ({esc(str(source))}); installera från källkoden."
        )
        raise typer.Exit(1)
    target = directory or Path(tempfile.mkdtemp(prefix="synth-demo-")) / "exempelkommun"
    if target.exists() and any(target.iterdir()):
        err.print(
            f"[red]Fel:[/] {esc(str(target))} finns redan och är inte tom; välj en annan mapp."
        )
        raise typer.Exit(1)
    shutil.copytree(
        source,
        target,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("store.sqlite*", "cache", "outbox"),
    )
    out.print(f"Demouppdraget kopierat till {esc(str(target))}")
    config = _guard(lambda: load_config(target))
    result = _guard(lambda: _run_flow(config, outputs))
    _print_run(result)
    out.print(f"Se vad som lästes in: synth status {esc(str(target))}")
    if result["rejected"]:
        raise typer.Exit(EXIT_REJECTED)
