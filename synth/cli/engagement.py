"""Commands for the engagement as a whole: create it, read files in, show and export what
the store holds, run the whole chain (also on the demo), and say which model it uses."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape as esc
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from synth.cli.base import (
    EXIT_ERROR,
    EXIT_REJECTED,
    CsvOut,
    EngagementDir,
    OutputsOption,
    err,
    out,
    output_folder,
)
from synth.config import EngagementConfig, load_config
from synth.outputs import OUTPUTS_DIR

if TYPE_CHECKING:
    from flows.engagement import EngagementSummary
    from synth.ingest.pipeline import IngestReport
    from synth.store import Store, StoreStatus

__all__ = ["demo", "ingest", "init", "models", "run", "statements", "status"]


def init(
    directory: EngagementDir,
    name: Annotated[str | None, typer.Option("--name", help="Uppdragets/kundens namn.")] = None,
    commission: Annotated[
        str,
        typer.Option(
            "--commission",
            help='Uppdraget, t.ex. "Översyn av stödfunktionerna"; blir presentationens rubrik.',
        ),
    ] = "",
) -> None:
    """Skapa ett nytt uppdrag: engagement.toml, inbox/ och lagret."""
    from synth.workspace import init_engagement

    config = init_engagement(directory, name=name, commission=commission)
    out.print(f"Skapade uppdraget [bold]{esc(config.engagement.name)}[/] i {esc(str(config.root))}")
    out.print(f"Lägg intervjuutskrifter och enkätexporter i {esc(str(config.inbox))}")
    out.print(
        f"Intervjuloggen ({esc(config.ingest.interview_log)}) läggs i {esc(str(config.root))}"
    )


def ingest(
    directory: EngagementDir,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Filer eller mappar att läsa in (standard: allt i inbox/)."),
    ] = None,
) -> None:
    """Läs in intervjuutskrifter och enkätexporter till lagret, pseudonymiserade."""
    config = load_config(directory)
    report = _ingest_with_progress(config, paths or None)
    _print_report(report)
    if not report.ok:
        raise typer.Exit(EXIT_REJECTED)


def _ingest_with_progress(config: EngagementConfig, paths: list[Path] | None) -> IngestReport:
    from synth.ingest.pipeline import inbox_files, ingest_engagement

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
    if report.admin:
        out.print(
            f"{summary['admin_set_aside']} meningar om själva intervjun (kontaktuppgifter, "
            "praktiska detaljer, inspelningen, tack) lades åt sidan och ingår inte i analysen."
        )
    for path, message in report.warnings:
        err.print(f"[yellow]Varning:[/] {esc(path)}: {esc(message)}", highlight=False)
    for path, message in report.rejected:
        err.print(f"[red]Avvisad:[/] {esc(message)}  ({esc(path)})", highlight=False)


def status(
    directory: EngagementDir,
    missing: Annotated[
        bool, typer.Option("--saknade", help="Lista vilka som inte har svarat på enkäterna.")
    ] = False,
) -> None:
    """Visa vad lagret innehåller: källor, uttalanden, svarande per sektor, avvisade filer."""
    from synth.store import Store

    config = load_config(directory)
    with Store.open(config.store_url) as store:
        _print_status(config, store.status())
        _print_survey_progress(config, store, list_missing=missing)


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
        status = _RUN_STATUS.get(str(run["status"]), str(run["status"]))
        out.print(
            f"Senaste körning: {esc(str(run['command']))} {run['started_at']} ({esc(status)})"
        )


# the store records run states in English (stable values); the user reads Swedish
_RUN_STATUS = {
    "ok": "klar",
    "rejected": "klar, med avvisade filer",
    "failed": "misslyckades",
    "running": "pågår",
    "interrupted": "avbruten",
}


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


def statements(
    directory: EngagementDir,
    out_file: CsvOut = None,
) -> None:
    """Exportera de pseudonymiserade uttalandena som CSV."""
    from synth.export import export_statements

    config = load_config(directory)
    target = out_file or output_folder(config) / "uttalanden.csv"
    count = export_statements(config, target)
    out.print(f"{count} uttalanden skrivna till {esc(str(target))}")


def run(directory: EngagementDir, outputs: OutputsOption = None) -> None:
    """Kör hela kedjan som ett Prefect-flöde: inläsning, teman och export."""
    config = load_config(directory)
    summary = _run_flow(config, outputs)
    _print_run(summary)
    if summary.rejected:
        raise typer.Exit(EXIT_REJECTED)


def _run_flow(config: EngagementConfig, outputs: Path | None) -> EngagementSummary:
    # Prefect is imported here so that the rest of the CLI starts fast and synth/ stays
    # free of it; the flows package does the wiring.
    from flows.engagement import run_engagement

    base = str(outputs.resolve()) if outputs is not None else None
    return run_engagement(str(config.root), base)


def _print_run(summary: EngagementSummary) -> None:
    out.print(
        f"Klart: {summary.statements} uttalanden från {summary.sources} källor, "
        f"{summary.themes} teman, {summary.drafts} utkast till iakttagelser "
        f"({summary.seconds:.1f} s)."
    )
    for item, reason in summary.draft_fallbacks:
        err.print(f"[yellow]Offline-utkast för {esc(item)}:[/] {esc(reason)}", highlight=False)
    for path, message in summary.rejected:
        err.print(f"[red]Avvisad:[/] {esc(message)}  ({esc(path)})", highlight=False)
    out.print("Resultat:")
    for label, path in summary.outputs.items():
        out.print(f"  {label}: {esc(path)}")


def models(directory: EngagementDir) -> None:
    """Visa vilken språkmodell uppdraget använder, om den finns offline och var den körs."""
    from synth.synthesis.embed import (
        batch_size_for,
        describe_model,
        resolve_backend,
        resolve_device,
    )

    config = load_config(directory)
    info = describe_model(config.models.embedding)
    out.print(f"Inbäddningsmodell: {esc(str(info.setting))}")
    out.print(f"  källa: {esc(str(info.source))}")
    out.print(f"  sökväg: {esc(str(info.path or '–'))}")
    state = "ja" if info.available_offline else "nej"
    out.print(f"  finns offline: {state}")
    device = resolve_device(config.models.device)  # a missing GPU is a ModelError, exit 1
    setting = config.models.device
    out.print(f"  enhet: {device}" + (f" (device = {setting})" if setting != device else ""))
    batch = config.models.batch_size or batch_size_for(device)
    fitted = "" if config.models.batch_size else f" (anpassat till {device})"
    backend = config.models.backend
    onnx = resolve_backend(backend, device) == "onnx"
    if onnx and config.models.onnx_int8:
        # `OnnxSentenceModel.texts_per_run`: an int8 vector must not depend on its batch
        batch, fitted = 1, " (int8 kör en text i taget, så att vektorn inte beror på grannarna)"
    out.print(f"  texter per omgång: {batch}{fitted}")
    if onnx:
        from synth.synthesis.onnx_model import export_folder, user_cache

        precision = "int8" if config.models.onnx_int8 else "fp32"
        exported = info.path is not None and (
            (export_folder(user_cache(), Path(info.path)) / "synth.json").is_file()
        )
        made = "exporterad" if exported else "exporteras från modellen vid första körningen"
        engine = f"ONNX Runtime {precision}, {made}"
    else:
        engine = "torch" + (" fp16" if device.startswith("cuda") else "")
    out.print(f"  körs med: {engine} (backend = {backend})")
    if not info.available_offline:
        hint = "true" if config.models.allow_download else "false (sätt true för att ladda ner)"
        out.print(f"  allow_download: {hint}")
        raise typer.Exit(EXIT_ERROR)


def _demo_source() -> Path:
    return Path(__file__).resolve().parents[2] / "examples" / "exempelkommun"


def _demo_returns(config: EngagementConfig, answers: Path) -> None:
    """The demo's returned forms: each `<form>.csv` in `answers` typed into its recipients'
    workbooks, then collected like any return (`synth.survey.sample_returns`)."""
    from synth.survey.collect import collect_engagement
    from synth.survey.sample_returns import type_returns

    files = sorted(answers.glob("*.csv"))
    for path in files:
        type_returns(config, path.stem, path)
    if files:
        report = collect_engagement(config)
        out.print(
            f"Ifyllda formulär insamlade: {report.count('added')} "
            f"({', '.join(p.stem for p in files)})"
        )


def demo(
    directory: Annotated[
        Path | None,
        typer.Argument(help="Mapp att kopiera demouppdraget till (standard: en tillfällig mapp)."),
    ] = None,
    outputs: OutputsOption = None,
) -> None:
    """Kopiera demouppdraget Exempelkommun och kör hela kedjan på det, offline."""
    source = _demo_source()
    if not (source / "engagement.toml").is_file():
        err.print(
            f"[red]Fel:[/] demouppdraget saknas ({esc(str(source))}); installera från källkoden."
        )
        raise typer.Exit(EXIT_ERROR)
    target = directory or Path(tempfile.mkdtemp(prefix="synth-demo-")) / "exempelkommun"
    if target.exists() and any(target.iterdir()):
        err.print(
            f"[red]Fel:[/] {esc(str(target))} finns redan och är inte tom; välj en annan mapp."
        )
        raise typer.Exit(EXIT_ERROR)
    shutil.copytree(
        source,
        target,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("store.sqlite*", "cache", "outbox", OUTPUTS_DIR),
    )
    out.print(f"Demouppdraget kopierat till {esc(str(target))}")
    config = load_config(target)
    _demo_returns(config, source.with_name(f"{source.name}-svar"))
    summary = _run_flow(config, outputs)
    _print_run(summary)
    out.print(f"Resultatmapp: {esc(str(output_folder(config, outputs)))}")
    out.print(f"Se vad som lästes in: synth status {esc(str(target))}")
    if summary.rejected:
        raise typer.Exit(EXIT_REJECTED)
