"""The `synth` application: the root group, its options, and the table of commands.

Each command is a function in the module of its subject (engagement, themes, survey,
deck); they are registered here, in the order `synth --help` lists them.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated, TextIO

import typer

from synth.cli import deck, engagement, survey, themes
from synth.cli.base import SynthGroup

__all__ = ["app"]

app = typer.Typer(
    name="synth",
    cls=SynthGroup,
    help="Från intervjuer och chefsenkäter till iakttagelser och rekommendationer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class _Stderr(logging.StreamHandler[TextIO]):
    """Writes to the standard error of the moment, not the one there when it was made: a
    second command in one process (a test, a notebook) would otherwise log into the closed
    stream of the first."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        pass


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Visa mer logg.")] = False,
) -> None:
    # A handler that fails would print its traceback, and the exception it was logging
    # chained to it: an SMTP refusal names the refused address. Python's advice for
    # production is to report nothing instead.
    logging.raiseExceptions = False
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(message)s",
        handlers=[_Stderr()],
    )


app.command("init")(engagement.init)
app.command("ingest")(engagement.ingest)
app.command("status")(engagement.status)
app.command("statements")(engagement.statements)
app.command("run")(engagement.run)
app.command("synthesize")(themes.synthesize)
app.command("draft")(themes.draft)
app.command("inventory")(survey.inventory)
app.command("serve")(survey.serve)
app.command("deck")(deck.deck)
app.command("kundversion")(deck.client)
app.command("cluster")(themes.cluster)
app.command("models")(engagement.models)
app.command("demo")(engagement.demo)

themes_app = typer.Typer(help="Granska teman i Excel: exportera och importera redigeringar.")
themes_app.command("export")(themes.themes_export)
themes_app.command("import")(themes.themes_import)
app.add_typer(themes_app, name="themes")

survey_app = typer.Typer(help="Enkäter ut och tillbaka: en arbetsbok per mottagare, och svaren in.")
survey_app.command("render")(survey.survey_render)
survey_app.command("collect")(survey.survey_collect)
survey_app.command("send")(survey.survey_send)
survey_app.command("remind")(survey.survey_remind)
survey_app.command("export")(survey.survey_export)
app.add_typer(survey_app, name="survey")
