"""`synth deck`: the presentation, from the store and the reviewed drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape as esc

from synth.cli.base import DeckOut, EngagementDir, err, out, output_folder
from synth.config import load_config

__all__ = ["client", "deck"]


def deck(
    directory: EngagementDir,
    template: Annotated[
        Path | None, typer.Option("--template", help="Egen PowerPoint-mall (.pptx).")
    ] = None,
    out_file: DeckOut = None,
    for_client: Annotated[
        bool,
        typer.Option(
            "--kundversion",
            help="Skriv också en kundversion utan talarmanus (se 'synth kundversion').",
        ),
    ] = False,
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
    if for_client:
        _client(result.path, None)
    elif result.themes:
        out.print(
            "Talarmanuset anger uttalandenas id, som pekar ut de svarande: lämna inte ut "
            "filen; kundversionen skrivs med 'synth kundversion' eller 'synth deck "
            "--kundversion'",
            highlight=False,
        )


def client(
    deck_file: Annotated[
        Path,
        typer.Argument(help="Presentationen (.pptx), gärna den som redigerats i PowerPoint."),
    ],
    out_file: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Kundversionen att skriva (standard: bredvid presentationen, "
            "<namn>-kundversion.pptx).",
        ),
    ] = None,
) -> None:
    """Skriv en kundversion av presentationen: utan talarmanus (där uttalandenas id står),
    granskningskommentarer och författarnamn. Bilderna lämnas som de är."""
    _client(deck_file, out_file)


def _client(deck_file: Path, out_file: Path | None) -> None:
    from synth.deck.client import client_copy, client_path

    # "." (the engagement folder one stands in) has no name to put a copy's beside
    deck_file = deck_file.resolve()
    copy = client_copy(deck_file, out_file or client_path(deck_file))
    comments = f" och kommentarer på {copy.comments}" if copy.comments else ""
    out.print(
        f"Kundversion ({copy.slides} bilder; talarmanus borttaget på {copy.notes}{comments}) "
        f"skriven till {esc(str(copy.path))}"
    )
    if copy.unreviewed is not None:
        # written all the same: the consultant may have reviewed the slides in PowerPoint
        # and left the method slide's sentence; they decide, told
        out.print(
            f"[yellow]Obs: bild {copy.unreviewed} säger att teman är maskinellt grupperade; "
            "iakttagelserna har inte granskats av konsulterna. Granska dem i "
            "temaarbetsboken (synth themes import) och skriv presentationen på nytt, eller "
            "ändra meningen på bilden, innan kundversionen lämnas ut.[/yellow]"
        )
    for line in copy.to_write:
        # the notes that said so are not in the copy: the last place to hear it
        out.print(
            f"[yellow]Obs: talarmanuset, som kundversionen saknar, säger att något återstår "
            f"att skriva: {esc(line)}[/yellow]"
        )
