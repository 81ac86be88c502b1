"""Ingest: from files dropped in the inbox to pseudonymised statements in the store.

Each file is read, split and pseudonymised in memory and then stored in one transaction,
so a broken file is recorded as rejected and never stops the others, and a process
killed mid-file leaves the store as it was before that file.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.ingest.context import build_context
from synth.ingest.reading import file_kind, file_sha256, fingerprint, read_file
from synth.store import FileOutcome, Store
from synth.tables import is_survey_workbook

__all__ = ["IngestReport", "inbox_files", "ingest", "ingest_engagement"]

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    run_id: int | None
    outcomes: list[FileOutcome] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    admin: dict[str, int] = field(default_factory=dict)
    """Per file read in this run: sentences about the interview itself that were set aside
    (contact details, logistics, the recording, thanks), never stored as statements."""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.rejected

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def statements(self) -> int:
        return sum(o.statements for o in self.outcomes)

    def summary(self) -> dict[str, object]:
        return {
            "files": len(self.outcomes),
            "added": self.count("added"),
            "replaced": self.count("replaced"),
            "unchanged": self.count("unchanged"),
            "rejected": len(self.rejected),
            "warnings": len(self.warnings),
            "statements_stored": self.statements,
            "admin_set_aside": sum(self.admin.values()),
            "seconds": round(self.seconds, 2),
        }


def inbox_files(config: EngagementConfig) -> list[Path]:
    """Every file in the inbox, skipping hidden files and Office lock files (~$x.docx).

    Links are listed, not followed, so that ingest can reject them by name.
    """
    return _listing(config.inbox) if config.inbox.is_dir() else []


def _listing(folder: Path) -> list[Path]:
    found: list[Path] = []
    # os.walk does not descend into linked folders; the link itself is listed instead
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(here / d for d in dirnames if (here / d).is_symlink())
        found.extend(here / f for f in filenames if not f.startswith((".", "~$")))
    return sorted(found)


def _check_regular(path: Path) -> None:
    """A link or device in the inbox could pull in any file on the machine (/etc/passwd,
    another engagement's folder) as statements; only plain files are read."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        raise IngestError(path.name, "filen finns inte") from None
    if stat.S_ISLNK(mode):
        raise IngestError(
            path.name, "är en länk och läses inte in; lägg själva filen i inkorgen i stället"
        )
    if not stat.S_ISREG(mode):
        raise IngestError(path.name, "är ingen vanlig fil och läses inte in")


def ingest(
    config: EngagementConfig,
    store: Store,
    paths: Sequence[Path] | None = None,
    *,
    run_id: int | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Ingest `paths` (default: the inbox) into `store`; one broken file never stops the rest."""
    started = time.perf_counter()
    context = build_context(config)
    report = IngestReport(run_id=run_id)
    for problem_key, message in context.problems:
        report.rejected.append((problem_key, message))
        store.record_rejection(run_id, problem_key, kind="table", content_hash="", message=message)

    def reject(path: Path, message: str, *, content_hash: str = "") -> None:
        # what an earlier run stored for the file stays as it was
        key = config.file_key(path)
        log.warning("avvisad: %s", message)
        report.rejected.append((key, message))
        report.outcomes.append(
            store.record_rejection(
                run_id, key, kind=file_kind(path), content_hash=content_hash, message=message
            )
        )

    for path in _expand(paths if paths is not None else inbox_files(config)):
        if on_file is not None:
            on_file(path)
        try:
            _check_regular(path)
        except IngestError as exc:
            reject(path, exc.message)
            continue
        if is_survey_workbook(path):
            continue  # a returned survey workbook: `synth survey collect` reads those
        if (blocked := context.blocker(path)) is not None:
            reject(path, blocked)
            continue
        try:
            fp = fingerprint(config, context, path)
            if store.is_current(fp.key, fp.content_hash, fp.derivation):
                report.outcomes.append(store.note_unchanged(run_id, fp.key))
                continue
            file = read_file(config, context, path, fp)
        except IngestError as exc:
            reject(path, exc.message, content_hash=file_sha256(path))
            continue
        key = fp.key
        if file.warning:
            report.warnings.append((key, file.warning))
        if file.admin_sentences:
            report.admin[key] = file.admin_sentences
        report.outcomes.append(store.store_file(run_id, file))
    report.seconds = time.perf_counter() - started
    return report


def ingest_engagement(
    config: EngagementConfig,
    paths: Sequence[Path] | None = None,
    *,
    command: str = "ingest",
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Open the engagement's store, ingest as one recorded run, and close the store."""
    with Store.open(config.store_url) as store:
        with store.recorded_run(command) as run:
            report = ingest(config, store, paths, run_id=run.id, on_file=on_file)
            run.status, run.summary = ("ok" if report.ok else "rejected"), report.summary()
        return report


def _expand(paths: Iterable[Path]) -> list[Path]:
    expanded: list[Path] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            expanded.extend(_listing(path))
        else:
            expanded.append(path)
    return expanded
