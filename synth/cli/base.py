"""What every command module shares: the consoles, the exit codes, the options several
commands take, the progress bar, the default output folder, and the one place where
synth's errors become a message.

Errors are translated once, by the root command group (`SynthGroup`): a `SynthError` or a
file-system failure raised anywhere in a command is printed as "Fel: …" on stderr and the
command exits with 1. Commands do not catch them.
"""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape as esc
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from typer.core import TyperGroup

from synth.errors import SynthError
from synth.outputs import output_dir
from synth.records import Progress as Step

if TYPE_CHECKING:
    from synth.config import EngagementConfig

__all__ = [
    "EXIT_ERROR",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "CsvOut",
    "DeckOut",
    "EngagementDir",
    "OutputsOption",
    "SynthGroup",
    "WorkbookOut",
    "err",
    "fail",
    "os_message",
    "out",
    "output_folder",
    "progress_bar",
]

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
"""Some input was rejected; what could be read was."""

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

EngagementDir = Annotated[
    Path, typer.Argument(help="Uppdragsmappen (den som har engagement.toml).", show_default=False)
]
OutputsOption = Annotated[
    Path | None,
    typer.Option(
        "--outputs",
        help="Mapp för genererade filer (standard: outputs/<datum>/ i uppdragsmappen).",
    ),
]


def _out(what: str) -> Any:
    return typer.Option(
        "--out", help=f"{what} att skriva (standard: outputs/<datum>/ i uppdragsmappen)."
    )


# one --out option per kind of file a command writes
WorkbookOut = Annotated[Path | None, _out("Arbetsbok")]
CsvOut = Annotated[Path | None, _out("CSV-fil")]
DeckOut = Annotated[Path | None, _out("Presentation")]


def fail(message: str, *, code: int = EXIT_ERROR) -> NoReturn:
    """Print `message` (shown as written, never as markup) as an error and exit."""
    err.print(f"[bold red]Fel:[/] {esc(message)}", highlight=False)
    raise typer.Exit(code)


def os_message(exc: OSError) -> str:
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


class SynthGroup(TyperGroup):
    """The root group. Every command runs inside its `invoke`, so this is the one place
    where synth's own errors and file-system failures become a message and exit code 1:
    the same for the installed `synth` script and for `typer.testing.CliRunner`.

    A broken pipe (`synth status … | head`) is left to Click, which exits quietly.
    """

    # `ctx` is Click's context, which recent Typer versions vendor under a private name;
    # it is only passed on
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except SynthError as exc:
            fail(str(exc))
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise
            fail(os_message(exc))


def progress_bar(label: str) -> tuple[Progress, Step]:
    """A transient bar on stderr, and the `progress(done, total)` callback that moves it."""
    progress = Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), console=err, transient=True
    )
    task = progress.add_task("", total=None)

    def step(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    return progress, step


def output_folder(config: EngagementConfig, outputs: Path | None = None) -> Path:
    """Today's folder for the engagement's files: `<engagement folder>/outputs/<date>/`, or
    `<outputs>/<slug>/<date>/` under an explicit `--outputs` folder."""
    base = outputs.resolve() if outputs is not None else None
    return output_dir(base, config, dt.date.today())
