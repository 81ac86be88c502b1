"""One synthesis run of an engagement, as the CLI and the flow start it.

The themes workbook is not written here: synthesis sits below the review package, and the
callers write the workbook through it after the step (`synth.review`). They pass the
review guard as `before`, which runs on the open store before anything changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from synth.config import EngagementConfig
from synth.outputs import output_dir
from synth.records import Progress
from synth.store import Store
from synth.synthesis.embed import Embedder, SentenceTransformerEmbedder
from synth.synthesis.engine import SynthesisResult, synthesize

__all__ = ["SynthesisRun", "embedder_for", "synthesize_engagement"]


@dataclass(frozen=True)
class SynthesisRun:
    result: SynthesisResult
    changes: Path
    folder: Path
    """The output folder of this run (`synth.outputs.output_dir`)."""


def embedder_for(config: EngagementConfig) -> Embedder:
    return SentenceTransformerEmbedder(
        config.models.embedding,
        allow_download=config.models.allow_download,
        batch_size=config.models.batch_size,
        device=config.models.device,
        backend=config.models.backend,
        onnx_int8=config.models.onnx_int8,
    )


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
                lenses_path=config.root / config.models.lenses if config.models.lenses else None,
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
