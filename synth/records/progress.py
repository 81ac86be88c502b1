"""How a long step reports how far it has come."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Progress"]

Progress = Callable[[int, int], None]
"""Called with (done, total) as a step goes on."""
