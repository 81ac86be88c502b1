"""Commands from statements to themes and drafts: synthesise, draft, export and import the
themes workbook for review; and `cluster`, the same analysis on any CSV."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape as esc
from rich.table import Table

from synth.cli.base import (
    EXIT_USAGE,
    EngagementDir,
    OutputsOption,
    WorkbookOut,
    err,
    out,
    output_folder,
    progress_bar,
)
from synth.config import EngagementConfig, load_config

if TYPE_CHECKING:
    from synth.records import Progress as Step
    from synth.synthesis.workflow import SynthesisRun

__all__ = ["cluster", "draft", "synthesize", "themes_export", "themes_import"]


def synthesize(directory: EngagementDir, outputs: OutputsOption = None) -> None:
    """Bädda in, sortera (perspektiv, polaritet) och gruppera uttalandena i teman."""
    config = load_config(directory)
    progress, step = progress_bar("Bäddar in uttalanden")
    with progress:
        run, workbook = _synthesize_for_review(config, outputs, progress=step)
    _print_synthesis(config, run, workbook)


def _synthesize_for_review(
    config: EngagementConfig, outputs: Path | None, *, progress: Step | None = None
) -> tuple[SynthesisRun, Path]:
    """Synthesise (refused while edits are not imported), then write the themes workbook."""
    from synth.review import WORKBOOK_FILE, check_no_unimported_edits, export_engagement_workbook
    from synth.synthesis.workflow import synthesize_engagement

    run = synthesize_engagement(
        config,
        outputs.resolve() if outputs is not None else None,
        progress=progress,
        before=check_no_unimported_edits,
    )
    workbook = export_engagement_workbook(config, run.folder / WORKBOOK_FILE)
    return run, workbook


def _print_synthesis(config: EngagementConfig, run: SynthesisRun, workbook: Path) -> None:
    from synth.store import Store
    from synth.store.themes import load_themes

    result = run.result
    out.print(
        f"{result.statements} uttalanden i {result.themes} teman "
        f"(inbäddning {result.seconds.get('embedding', 0):.1f} s, "
        f"resten {result.seconds.get('rest', 0):.1f} s)"
    )
    with Store.open(config.store_url) as store:
        themes = load_themes(store)
    table = Table("Id", "Perspektiv", "Rubrik", "Bredd", title="Teman")
    for theme in themes:
        if theme.status == "merged":
            continue
        table.add_row(
            theme.id, esc(theme.perspective or ""), esc(theme.label), esc(theme.breadth_text)
        )
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


def draft(
    directory: EngagementDir,
    backend: Annotated[
        str | None, typer.Option("--backend", help="offline eller openai (standard: llm.backend).")
    ] = None,
    base_url: Annotated[
        str | None, typer.Option("--base-url", help="OpenAI-kompatibel adress, t.ex. …/v1.")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="Modellens namn.")] = None,
    outputs: OutputsOption = None,
) -> None:
    """Skriv utkast till iakttagelser, bedömning och rekommendationer för de aktuella temana."""
    from synth.draft.workflow import draft_engagement
    from synth.review import WORKBOOK_FILE, check_no_unimported_edits, export_engagement_workbook

    if backend is not None and backend not in {"offline", "openai"}:
        err.print(f"[red]Fel:[/] --backend '{esc(backend)}': välj offline eller openai")
        raise typer.Exit(EXIT_USAGE)
    config = load_config(directory)
    # the key is read here, at the edge, and passed down as a value
    api_key = os.environ.get(config.llm.api_key_env) or None
    progress, step = progress_bar("Skriver utkast")
    with progress:
        run = draft_engagement(
            config,
            backend=backend,
            base_url=base_url,
            model=model,
            api_key=api_key,
            progress=step,
            before=check_no_unimported_edits,
        )
    workbook = export_engagement_workbook(config, output_folder(config, outputs) / WORKBOOK_FILE)
    drafts = run.drafts
    who = esc(run.backend + (f" ({run.model})" if run.model else ""))
    out.print(
        f"Utkast ({who}): {len(drafts.themes)} iakttagelser, "
        f"{len(drafts.recommendations)} rekommendationer; osäkra påståenden: {run.unsupported}"
    )
    table = Table("Tema", "Rubrik", "Punkter", "Osäkra", title="Iakttagelser")
    for item in drafts.themes:
        table.add_row(
            item.theme_id, esc(item.headline), str(len(item.bullets)), str(item.unsupported)
        )
    out.print(table)
    for rec in drafts.recommendations:
        out.print(f"  {rec.id} {esc(rec.display)}  (svarar mot {', '.join(rec.theme_ids)})")
    for item_id, reason in run.fallbacks:
        err.print(f"[yellow]Offline-utkast för {esc(item_id)}:[/] {esc(reason)}", highlight=False)
    out.print(f"Granska och redigera utkasten i: {esc(str(workbook))} (bladet Utkast)")


def themes_export(
    directory: EngagementDir,
    out_file: WorkbookOut = None,
) -> None:
    """Skriv themes.xlsx: teman och uttalanden att granska och redigera."""
    from synth.review import WORKBOOK_FILE, export_engagement_workbook

    config = load_config(directory)
    path = export_engagement_workbook(config, out_file or output_folder(config) / WORKBOOK_FILE)
    out.print(f"Teman skrivna till {esc(str(path))}")


def themes_import(
    directory: EngagementDir,
    workbook: Annotated[Path, typer.Argument(help="Den redigerade themes.xlsx.")],
    outputs: OutputsOption = None,
) -> None:
    """Läs in redigeringar (rubriker, flyttar, sammanslagningar, citat) och behåll dem."""
    from synth.review import import_workbook
    from synth.store import Store

    config = load_config(directory)
    with Store.open(config.store_url) as store:
        summary = import_workbook(store, workbook)
    for line in summary.lines():
        out.print(esc(line))
    # descriptions (headlines, quotes, breadth) follow the edits at once
    run, written = _synthesize_for_review(config, outputs)
    _print_synthesis(config, run, written)


def cluster(
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
    from synth.cache import LENS_CACHE_FILE, user_cache_dir
    from synth.synthesis.embed import EmbeddingCache, SentenceTransformerEmbedder
    from synth.synthesis.quick import cluster_csv

    result = cluster_csv(
        input_file,
        out_file,
        SentenceTransformerEmbedder(model),
        text_column=text_column,
        id_column=id_column,
        # the file's texts are not kept anywhere; the lenses' examples, embedded once, are
        lens_cache=EmbeddingCache(user_cache_dir() / LENS_CACHE_FILE),
    )
    out.print(f"{result.rows} rader i {result.themes} teman skrivna till {esc(str(out_file))}")
