"""What every file's ingest needs: the interview log, the engagement's pseudonymiser and
the fingerprint of how statements are derived."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.ingest.transcripts import TRANSCRIPT_SUFFIXES
from synth.privacy.engagement import roster_pseudonymiser
from synth.privacy.pseudonymise import Pseudonymiser
from synth.records import InterviewMeta
from synth.roster import lookup, read_roster

__all__ = ["IngestContext", "build_context", "derivation_fingerprint", "sha256_of"]

# Bump when splitting or pseudonymisation changes, so that a re-run re-derives statements.
DERIVATION_VERSION = "4"


@dataclass(frozen=True)
class IngestContext:
    """What every file's ingest needs: the interview log and the pseudonymiser."""

    log: dict[str, InterviewMeta]
    pseudonymiser: Pseudonymiser
    fingerprint: str
    problems: tuple[tuple[str, str], ...] = ()
    """Files of the engagement itself (log, recipient list) that could not be read."""
    broken_rows: dict[str, IngestError] = field(default_factory=dict)
    """Transcript file name -> the error in its interview-log row."""

    def blocker(self, path: Path) -> str | None:
        """Why `path` must not be (re-)read now, or None.

        Reading a transcript without its log row loses role and sector and turns the
        interviewer's questions into statements; reading anything without every known
        name pseudonymises less. Such a file waits, and what an earlier run stored for it
        stays as it was, until the log or recipient list is repaired.
        """
        if self.problems:
            where = "; ".join(message for _, message in self.problems)
            return f"läses inte in förrän felet är rättat ({where})"
        if path.suffix.lower() in TRANSCRIPT_SUFFIXES:
            known: dict[str, InterviewMeta | IngestError] = {**self.log, **self.broken_rows}
            if isinstance(error := lookup(known, path.name), IngestError):
                return f"läses inte in förrän intervjuloggen är rättad ({error.message})"
        return None


def sha256_of(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\x00")
    return digest.hexdigest()


def build_context(config: EngagementConfig) -> IngestContext:
    """Read the interview log and recipient list; a broken one is reported, not fatal."""
    roster = read_roster(config)
    privacy = roster_pseudonymiser(roster)
    return IngestContext(
        log=roster.log.entries,
        pseudonymiser=privacy.pseudonymiser,
        fingerprint=derivation_fingerprint(config, privacy.names),
        problems=privacy.problems,
        broken_rows=roster.log.broken,
    )


def derivation_fingerprint(config: EngagementConfig, names: Sequence[str]) -> str:
    """What statements derived under `config` with these known names depend on: when it
    changes, a re-run derives them again."""
    return sha256_of(DERIVATION_VERSION, *names, config.ingest.model_dump_json())
