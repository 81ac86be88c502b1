"""`synth deck`: the presentation, from the store and the reviewed drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape as esc

from synth.cli.base import DeckOut, EngagementDir, err, out, output_folder
from synth.config import load_config

__all__ = ["deck"]


def deck(
    directory: EngagementDir,
    template: Annotated[
        Path | None, typer.Option("--template", help="Egen PowerPoint-mall (.pptx).")
    ] = None,
    out_file: DeckOut = None,
) -> None:
    """Skriv presentationen: iakttagelser, starka och svaga sidor, enkätdiagram och bilaga."""
    from synth.deck import DECK_FILE, write_deck

    config = load_config(directory)
    target = out_file or output_folder(config) / DECK_FILE
    result = write_deck(config, target, template=template)
    out.print(
        f"{result.slides} bilder ({result.featured} iakttagelser på egna bilder, "
        f"{result.observations - result.featured} i bilaga, {result.charts} diagram) "
        f"skrivna till {esc(str(result.path))} på {result.seconds:.1f} s"
    )
    if not result.themes:
        err.print(
            "[yellow]Obs:[/] inga teman ännu, så presentationen har bara enkätens och "
            "inventeringens bilder; kör 'synth synthesize' på uppdraget för iakttagelserna",
            highlight=False,
        )
