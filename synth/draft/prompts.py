"""The one Jinja2 environment for prompts, and the messages each drafting task sends.

Templates are read from, first found wins: the engagement's own folder (`llm.prompts`),
the repository's `prompts/` (a source checkout or `pip install -e .`), and the copy
installed with the package (`synth/data/prompts`, a symlink to `prompts/` that a wheel
turns into files). A missing variable fails loudly (StrictUndefined).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from jinja2 import TemplateError

from synth.errors import LLMError
from synth.templates import text_environment

__all__ = [
    "TEMPLATES",
    "Message",
    "PromptItem",
    "Prompts",
    "as_data",
    "prompt_dirs",
]

Message = dict[str, str]
TEMPLATES = ("system", "headline", "observation", "assessment", "recommendations")


def as_data(text: object) -> str:
    """Statement text made safe inside a tag: it can neither close nor open one."""
    return str(text).replace("<", "‹").replace(">", "›")


@dataclass(frozen=True)
class PromptItem:
    """A statement as a prompt shows it: id, kind of source, pseudonymised text."""

    id: str
    kind: str
    text: str


def _source_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "prompts"


def _packaged_dir() -> Path:
    return Path(str(resources.files("synth") / "data" / "prompts"))


def prompt_dirs(configured: Path | None = None) -> list[Path]:
    """The folders templates are looked up in, in order; only existing ones."""
    candidates = [configured] if configured is not None else []
    candidates += [_source_dir(), _packaged_dir()]
    unique: list[Path] = []
    for path in candidates:
        if path is not None and path.is_dir() and path.resolve() not in unique:
            unique.append(path.resolve())
    return unique


class Prompts:
    """Renders the drafting prompts as chat messages (system + user)."""

    def __init__(self, configured: Path | None = None) -> None:
        if configured is not None and not configured.is_dir():
            raise LLMError(f"llm.prompts: mappen {configured} finns inte")
        dirs = prompt_dirs(configured)
        if not dirs:
            raise LLMError("promptmallarna saknas i installationen (prompts/)")
        self.dirs = dirs
        self.env = text_environment(dirs, keep_trailing_newline=False)
        self.env.filters["data"] = as_data

    def render(self, name: str, **context: object) -> str:
        try:
            return self.env.get_template(f"{name}.j2").render(**context).strip()
        except TemplateError as exc:
            raise LLMError(f"promptmallen {name}.j2: {exc}") from exc

    def messages(self, name: str, **context: object) -> list[Message]:
        return [
            {"role": "system", "content": self.render("system")},
            {"role": "user", "content": self.render(name, **context)},
        ]

    def headline(self, theme: Mapping[str, object], items: Sequence[PromptItem]) -> list[Message]:
        return self.messages("headline", theme=theme, items=items)

    def observation(
        self, theme: Mapping[str, object], headline: str, items: Sequence[PromptItem]
    ) -> list[Message]:
        return self.messages("observation", theme=theme, headline=headline, items=items)

    def assessment(self, themes: Sequence[Mapping[str, object]]) -> list[Message]:
        return self.messages("assessment", themes=themes)

    def recommendations(
        self, themes: Sequence[Mapping[str, object]], items: Sequence[PromptItem]
    ) -> list[Message]:
        return self.messages("recommendations", themes=themes, items=items)
