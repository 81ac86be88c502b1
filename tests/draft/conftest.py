"""Helpers for drafting tests; the synthesised demo comes from tests/conftest.py."""

from __future__ import annotations

from synth.config import EngagementConfig, load_config


def with_llm(config: EngagementConfig, **settings: object) -> EngagementConfig:
    """The engagement with its [llm] section replaced (it is the file's last section)."""
    path = config.root / "engagement.toml"
    text = path.read_text(encoding="utf-8")
    lines = [f"{key} = {_toml(value)}" for key, value in settings.items()]
    path.write_text(text[: text.index("[llm]")] + "[llm]\n" + "\n".join(lines) + "\n", "utf-8")
    return load_config(config.root)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value + '"'
    return str(value)
