"""The `synth` command line: parse, build settings, call one function, print a summary.

Exit codes: 0 ok, 1 an error (message on stderr), 2 wrong usage, 3 some input was rejected.

    base        consoles, exit codes, shared options, the error translation (`SynthGroup`)
    main        the Typer app and its table of commands
    engagement  init, ingest, status, statements, run, models, demo
    themes      synthesize, draft, themes export|import, cluster
    survey      survey render|collect|send|remind, inventory, serve
    deck        deck
"""

from synth.cli.main import app

__all__ = ["app"]
