"""Jinja2 environments for synth's own text templates (prompts, e-mail): one set of rules.

Templates are plain text, not HTML, so nothing is escaped; a variable the template names but
the caller did not pass is an error rather than an empty string in a message or a prompt.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

__all__ = ["text_environment"]


def text_environment(dirs: Sequence[Path], *, keep_trailing_newline: bool) -> Environment:
    """An environment over `dirs`, the first folder that has a template winning."""
    return Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in dirs]),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
    )
