"""One key-value cache on disk for everything synth can recompute: embeddings, model answers.

Values are bytes under a namespace (what they are and which model made them, say
`embedding:all-MiniLM-L6-v2`) and a key (a hash of the input). They live in one SQLite
file in the engagement's cache folder (`CACHE_FILE`), so that a re-run only pays for what
changed. Every call opens its own connection and writes in one transaction, so threads
and processes can share the file; a writer waits up to `_TIMEOUT_S` for another.

The file holds bytes and text only, nothing that is executed or unpickled when read: a
cache folder on a shared drive cannot be used to run code. Deleting the file is always
safe; it is rebuilt on the next run. Earlier versions kept `embeddings.sqlite` and
`llm.sqlite` in the same folder; they are no longer read and can be deleted.

This module depends on the standard library only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import closing
from pathlib import Path

__all__ = ["CACHE_FILE", "LENS_CACHE_FILE", "KeyValueCache", "user_cache_dir"]

CACHE_FILE = "cache.sqlite"
"""The cache's file name inside an engagement's cache folder (`EngagementConfig.cache_dir`)."""
LENS_CACHE_FILE = "linser.sqlite"
"""The vectors of the standard lenses' examples in the user's cache (`user_cache_dir`)."""


def user_cache_dir() -> Path:
    """The user's own cache, shared by every engagement: only what is derived from synth's
    own files (the sentence model's ONNX export, the vectors of the lenses' examples), never
    an engagement's text."""
    return Path.home() / ".cache" / "synth"


_TIMEOUT_S = 30.0
_CHUNK = 500
"""Keys per query: below SQLite's limit on bound parameters."""


class KeyValueCache:
    """Bytes by (namespace, key) in one SQLite file, created with its folder on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db, db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS entries ("
                "namespace TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, "
                "PRIMARY KEY (namespace, key))"
            )

    def _connect(self) -> closing[sqlite3.Connection]:
        return closing(sqlite3.connect(self.path, timeout=_TIMEOUT_S))

    def get(self, namespace: str, key: str) -> bytes | None:
        """The value stored under `key`, or None."""
        return self.get_many(namespace, [key]).get(key)

    def get_many(self, namespace: str, keys: Iterable[str]) -> dict[str, bytes]:
        """The values stored under those of `keys` that the cache has, by key."""
        wanted = sorted(set(keys))
        found: dict[str, bytes] = {}
        with self._connect() as db:
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for key, value in db.execute(
                    f"SELECT key, value FROM entries WHERE namespace = ? AND key IN ({marks})",
                    [namespace, *chunk],
                ):
                    found[key] = bytes(value)
        return found

    def put(self, namespace: str, key: str, value: bytes) -> None:
        """Store `value` under `key`, replacing what was there."""
        self.put_many(namespace, [(key, value)])

    def put_many(self, namespace: str, items: Sequence[tuple[str, bytes]]) -> None:
        """Store every (key, value) of `items` in one transaction."""
        with self._connect() as db, db:
            db.executemany(
                "INSERT OR REPLACE INTO entries (namespace, key, value) VALUES (?, ?, ?)",
                [(namespace, key, value) for key, value in items],
            )
