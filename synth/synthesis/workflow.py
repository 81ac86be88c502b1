"""One synthesis run of an engagement, as the CLI and the flow start it.

The themes workbook is not written here: synthesis sits below the review package, and the
callers write the workbook through it after the step (`synth.review`). They pass the
review guard as `before`, which runs on the open store before anything changes.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from synth.cache import CACHE_FILE, LENS_CACHE_FILE, user_cache_dir
from synth.config import EngagementConfig, ModelSettings
from synth.outputs import output_dir
from synth.records import Progress
from synth.store import Store
from synth.synthesis.embed import (
    Embedder,
    EmbeddingCache,
    SentenceTransformerEmbedder,
    uncached,
)
from synth.synthesis.engine import SynthesisResult, synthesize

__all__ = [
    "SynthesisRun",
    "embed_texts",
    "embedder_for",
    "embedding_batches",
    "engagement_lenses",
    "keep_vectors",
    "synthesize_engagement",
    "texts_to_embed",
]


@dataclass(frozen=True)
class SynthesisRun:
    result: SynthesisResult
    changes: Path
    folder: Path
    """The output folder of this run (`synth.outputs.output_dir`)."""


def engagement_lenses(config: EngagementConfig) -> tuple[Path | None, EmbeddingCache | None]:
    """The engagement's own lens file (None: synth's) and the cache for its examples'
    vectors (None: the engagement's own). The standard lenses are synth's own sentences:
    their vectors, embedded once per machine, spare every new engagement's first run two
    seconds (at 10k statements a fifth of everything but the embedding); a consultant's
    own lens file stays in the engagement's cache."""
    if config.models.lenses:
        return config.root / config.models.lenses, None
    return None, EmbeddingCache(user_cache_dir() / LENS_CACHE_FILE)


def embedder_for(config: EngagementConfig) -> Embedder:
    return _embedder(config.models)


def _embedder(models: ModelSettings) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(
        models.embedding,
        allow_download=models.allow_download,
        batch_size=models.batch_size,
        device=models.device,
        backend=models.backend,
        onnx_int8=models.onnx_int8,
    )


# --- embedding spread over the workers of a cluster (`[models] cluster`) ---------------
# The run's own process finds what its cache lacks, the workers embed it in batches and
# the vectors come back into the cache, so the synthesis after finds everything there
# and loads no model. Only statement texts travel, as they stand in the store:
# pseudonymised at ingest.


def texts_to_embed(config: EngagementConfig) -> list[str]:
    """The statement texts whose vectors the engagement's cache lacks, for its model and
    engine, longest first (batches of like length pad least)."""
    with Store.open(config.store_url) as store:
        texts = [s.text for s in store.statements()]
    missing = uncached(embedder_for(config), texts, EmbeddingCache(config.cache_dir / CACHE_FILE))
    return sorted(missing, key=len, reverse=True)


def embedding_batches(
    texts: Sequence[str], *, most: int = 2048, parts: int = 16
) -> list[list[str]]:
    """`texts` in consecutive batches: enough of them (`parts`) for a cluster's workers to
    share even a small run, none over `most` texts, none under 32."""
    size = max(32, min(most, -(-len(texts) // parts)))
    return [list(texts[i : i + size]) for i in range(0, len(texts), size)]


@functools.cache
def _loaded(models: ModelSettings) -> SentenceTransformerEmbedder:
    # one model per worker process, whatever number of batches it is given
    return _embedder(models)


def embed_texts(models: ModelSettings, texts: Sequence[str]) -> np.ndarray:
    """Vectors for `texts` with the model and engine `models` names: a worker's task."""
    return _loaded(models).encode(texts)


def keep_vectors(config: EngagementConfig, texts: Sequence[str], vectors: np.ndarray) -> int:
    """Put vectors made elsewhere into the engagement's cache, under the key its own
    embedder reads; returns how many."""
    EmbeddingCache(config.cache_dir / CACHE_FILE).put(
        embedder_for(config).cache_key, texts, vectors
    )
    return len(texts)


def synthesize_engagement(
    config: EngagementConfig,
    outputs: Path | None = None,
    *,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
    before: Callable[[Store], None] | None = None,
) -> SynthesisRun:
    """Run the synthesis as a recorded run and write the change report.

    The report goes under today's output folder: the engagement's own, or under `outputs`
    when given (`synth.outputs.output_dir`).

    `before` runs on the store before the synthesis changes anything; it may refuse by
    raising (the callers pass `synth.review.check_no_unimported_edits`).
    """
    lenses_path, lens_cache = engagement_lenses(config)
    with Store.open(config.store_url) as store:
        if before is not None:
            before(store)  # before the synthesis changes what the edits refer to
        with store.recorded_run("synthesize") as run:
            result = synthesize(
                config,
                store,
                embedder or embedder_for(config),
                run_id=run.id,
                progress=progress,
                lenses_path=lenses_path,
                lens_cache=lens_cache,
            )
            now = dt.datetime.now()
            folder = output_dir(outputs, config, today or now.date())
            changes = folder / f"körning-{run.id}" / "changes.md"
            changes.parent.mkdir(parents=True, exist_ok=True)
            changes.write_text(
                result.report.markdown(config.engagement.name, now), encoding="utf-8"
            )
            run.summary = {
                "statements": result.statements,
                "themes": result.themes,
                "new_themes": len(result.report.new_themes),
                "seconds": result.seconds,
            }
        return SynthesisRun(result=result, changes=changes, folder=folder)
