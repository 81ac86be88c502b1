"""Creating an engagement folder: engagement.toml, the inbox and the store."""

from __future__ import annotations

from pathlib import Path

from synth.config import CONFIG_FILE, EngagementConfig, default_toml, load_config
from synth.errors import ConfigError
from synth.store import Store

__all__ = ["init_engagement"]


def init_engagement(
    root: Path, *, name: str | None = None, commission: str = ""
) -> EngagementConfig:
    """Create an engagement in `root` (which may exist, but must not hold an engagement)."""
    if (root / CONFIG_FILE).exists():
        raise ConfigError(f"{root / CONFIG_FILE}: det finns redan ett uppdrag här")
    if root.exists() and not root.is_dir():
        raise ConfigError(f"{root}: finns redan och är inte en mapp")
    root.mkdir(parents=True, exist_ok=True)
    (root / CONFIG_FILE).write_text(
        default_toml(name or root.resolve().name, commission=commission.strip()), encoding="utf-8"
    )
    config = load_config(root)
    config.inbox.mkdir(exist_ok=True)
    Store.open(config.store_url).close()
    return config
