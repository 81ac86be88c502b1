"""The engagement flow: every step that exists so far, in order.

Wiring only: each task calls one `synth` function. Tasks take the settings object and
plain paths; caching is off because every step reads a store that changes between runs.
Synthesis and drafting refuse, before they change anything, while a themes workbook holds
edits that were not imported; the themes workbook is written once, after drafting, so that
it shows the drafts.

With `[models] cluster` set, the statements the embedding cache lacks are embedded first,
in batches, by the workers of that Dask cluster (prefect-dask's task runner, each batch a
Prefect task); the synthesis then finds their vectors in the cache. A cluster that cannot
be reached, or a batch that fails there, is embedded by the synthesis itself, as without
a cluster, and the log says so.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NO_CACHE

from synth.config import EngagementConfig, ModelSettings, load_config
from synth.deck import DECK_FILE, DeckResult, write_deck
from synth.draft.workflow import DraftRun, draft_engagement
from synth.export import export_statements
from synth.ingest.pipeline import IngestReport, ingest_engagement
from synth.outputs import output_dir
from synth.review import WORKBOOK_FILE, check_no_unimported_edits, export_engagement_workbook
from synth.store import Store, StoreStatus
from synth.synthesis.workflow import (
    SynthesisRun,
    embed_texts,
    embedding_batches,
    keep_vectors,
    synthesize_engagement,
    texts_to_embed,
)

__all__ = ["EngagementSummary", "embed_on_cluster", "engagement_flow", "run_engagement"]


@dataclass(frozen=True)
class EngagementSummary:
    """What a run did, for the command line to print."""

    statements: int
    sources: int
    themes: int
    drafts: int
    seconds: float
    draft_fallbacks: tuple[tuple[str, str], ...]
    """(item, reason) for every draft that fell back to the offline drafter."""
    rejected: tuple[tuple[str, str], ...]
    """(file, reason) for every input file that was rejected."""
    outputs: Mapping[str, str]
    """The files written, by their label ("Presentation (PowerPoint)": path)."""


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(config: EngagementConfig) -> IngestReport:
    logger = get_run_logger()
    # file names only: what is inside a file never goes to a log
    return ingest_engagement(
        config, command="run", on_file=lambda path: logger.info("Läser in %s", path.name)
    )


@task(name="texts-to-embed", cache_policy=NO_CACHE)
def pending_task(config: EngagementConfig) -> list[str]:
    return texts_to_embed(config)


@task(name="embed-batch", cache_policy=NO_CACHE)
def embed_task(models: ModelSettings, texts: list[str]) -> np.ndarray:
    return embed_texts(models, texts)


@task(name="keep-vectors", cache_policy=NO_CACHE)
def keep_task(config: EngagementConfig, texts: list[str], vectors: np.ndarray) -> int:
    return keep_vectors(config, texts, vectors)


def embed_on_cluster(config: EngagementConfig) -> int:
    """Embed what the cache lacks on the Dask cluster `[models] cluster`; returns how many
    texts came back. Texts travel to the workers in memory, never as flow parameters
    (which the Prefect server would store)."""
    from prefect_dask import DaskTaskRunner

    logger = get_run_logger()
    texts = pending_task(config)
    if not texts:
        return 0
    batches = embedding_batches(texts)
    done: list[tuple[list[str], np.ndarray]] = []
    try:
        with DaskTaskRunner(address=config.models.cluster) as runner:
            futures = runner.map(embed_task, {"models": unmapped(config.models), "texts": batches})
            for batch, future in zip(batches, futures, strict=True):
                try:
                    done.append((batch, future.result()))
                except Exception as exc:  # whatever a worker raised: the synthesis embeds it
                    logger.warning(
                        "En omgång om %d texter kunde inte bäddas in i klustret (%s); "
                        "den bäddas in i körningen i stället.",
                        len(batch),
                        type(exc).__name__,
                    )
    except OSError as exc:  # no scheduler at the address, or it went away
        logger.warning(
            "Dask-klustret %s svarar inte (%s); texterna bäddas in i körningen i stället.",
            config.models.cluster,
            type(exc).__name__,
        )
    if not done:
        return 0
    kept = [t for batch, _ in done for t in batch]
    return keep_task(config, kept, np.vstack([vectors for _, vectors in done]))


@task(name="synthesize", cache_policy=NO_CACHE)
def synthesize_task(config: EngagementConfig, outputs: Path | None) -> SynthesisRun:
    return synthesize_engagement(config, outputs, before=check_no_unimported_edits)


@task(name="export-statements", cache_policy=NO_CACHE)
def export_task(config: EngagementConfig, target: Path) -> int:
    return export_statements(config, target)


@task(name="deck", cache_policy=NO_CACHE)
def deck_task(config: EngagementConfig, target: Path) -> DeckResult:
    return write_deck(config, target)


@task(name="draft", cache_policy=NO_CACHE)
def draft_task(config: EngagementConfig) -> DraftRun:
    # the flow is an edge: the key is read here, by the name engagement.toml gives
    return draft_engagement(
        config,
        api_key=os.environ.get(config.llm.api_key_env) or None,
        before=check_no_unimported_edits,
    )


@task(name="themes-workbook", cache_policy=NO_CACHE)
def workbook_task(config: EngagementConfig, target: Path) -> Path:
    return export_engagement_workbook(config, target)


@task(name="status", cache_policy=NO_CACHE)
def status_task(config: EngagementConfig) -> StoreStatus:
    store = Store.open(config.store_url)
    try:
        return store.status()
    finally:
        store.close()


@flow(name="synth-engagement", log_prints=False)
def engagement_flow(root: str, outputs: str | None = None) -> EngagementSummary:
    """Ingest the inbox, then write the outputs of every step that exists so far: under
    `<root>/outputs/<date>/`, or under `outputs` when given (`synth.outputs.output_dir`)."""
    started = time.perf_counter()
    config = load_config(Path(root))
    base = Path(outputs) if outputs is not None else None
    target = output_dir(base, config, dt.date.today())
    report = ingest_task(config)
    if config.models.cluster:
        embed_on_cluster(config)
    synthesis = synthesize_task(config, base)
    drafting = draft_task(config)
    workbook = workbook_task(config, synthesis.folder / WORKBOOK_FILE)
    export_task(config, target / "uttalanden.csv")
    state = status_task(config)
    deck = deck_task(config, target / DECK_FILE)
    return EngagementSummary(
        statements=state.statements,
        sources=sum(state.sources_by_type.values()),
        themes=synthesis.result.themes,
        drafts=len(drafting.drafts.themes),
        seconds=time.perf_counter() - started,
        draft_fallbacks=tuple(drafting.fallbacks),
        rejected=tuple(report.rejected),
        outputs={
            "Uttalanden (CSV)": str(target / "uttalanden.csv"),
            "Teman att granska (Excel)": str(workbook),
            "Ändringsrapport": str(synthesis.changes),
            "Presentation (PowerPoint)": str(deck.path),
        },
    )


def run_engagement(root: str, outputs: str | None = None) -> EngagementSummary:
    """Run the flow on Prefect's local ephemeral API; no server needs starting."""
    return engagement_flow(root, outputs)
