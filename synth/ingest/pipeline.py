"""Ingest: from files dropped in the inbox to pseudonymised statements in the store.

Each file is read, split and pseudonymised in memory and then stored in one transaction,
so a broken file is recorded as rejected and never stops the others, and a process
killed mid-file leaves the store as it was before that file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.ingest.statements import statements_from_turns
from synth.ingest.survey import export_labels, read_survey_export
from synth.ingest.transcripts import TRANSCRIPT_SUFFIXES, parse_transcript
from synth.privacy.engagement import roster_pseudonymiser
from synth.privacy.pseudonymise import Pseudonymiser
from synth.records import InterviewMeta, SourceType, StatementDraft, SurveyRow, Turn
from synth.roster import lookup, read_roster
from synth.store import FileInput, FileOutcome, SourceInput, StatementInput, Store
from synth.tables import is_survey_workbook

__all__ = [
    "TABLE_SUFFIXES",
    "IngestContext",
    "IngestReport",
    "build_context",
    "derivation_fingerprint",
    "inbox_files",
    "ingest",
    "ingest_engagement",
    "survey_source",
]

log = logging.getLogger(__name__)

TABLE_SUFFIXES = frozenset({".xlsx", ".csv"})
# Bump when splitting or pseudonymisation changes, so that a re-run re-derives statements.
DERIVATION_VERSION = "3"
_SURVEY_MIN_WORDS = 2


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


@dataclass
class IngestReport:
    run_id: int | None
    outcomes: list[FileOutcome] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
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
            "seconds": round(self.seconds, 2),
        }


def _sha256(*parts: str | bytes) -> str:
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
    return _sha256(DERIVATION_VERSION, *names, config.ingest.model_dump_json())


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
                run_id, key, kind=_kind(path), content_hash=content_hash, message=message
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
            fp = _fingerprint(config, context, path)
            if store.is_current(fp.key, fp.content_hash, fp.derivation):
                report.outcomes.append(store.note_unchanged(run_id, fp.key))
                continue
            file = _read(config, context, path, fp)
        except IngestError as exc:
            reject(path, exc.message, content_hash=_file_sha256(path))
            continue
        key = fp.key
        if file.warning:
            report.warnings.append((key, file.warning))
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


def _file_sha256(path: Path) -> str:
    """`_sha256(path.read_bytes())`, read in pieces: a rejected file may be large."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    digest.update(b"\x00")
    return digest.hexdigest()


def _kind(path: Path) -> str:
    return "table" if path.suffix.lower() in TABLE_SUFFIXES else "transcript"


@dataclass(frozen=True)
class _Fingerprint:
    """What decides whether a file must be read again: its bytes and how it is derived."""

    key: str
    content_hash: str
    derivation: str
    meta: InterviewMeta | None = None


def _fingerprint(config: EngagementConfig, context: IngestContext, path: Path) -> _Fingerprint:
    name = path.name
    if not path.is_file():
        raise IngestError(name, "filen finns inte")
    suffix = path.suffix.lower()
    if suffix not in TRANSCRIPT_SUFFIXES | TABLE_SUFFIXES:
        supported = ", ".join(sorted(TRANSCRIPT_SUFFIXES | TABLE_SUFFIXES))
        raise IngestError(name, f"filtypen '{suffix or name}' stöds inte (stöds: {supported})")
    size = path.stat().st_size
    limit = config.ingest.max_file_mb * 1024 * 1024
    if size > limit:
        raise IngestError(
            name,
            f"filen är för stor ({size / 1024 / 1024:.1f} MB; gränsen är "
            f"{config.ingest.max_file_mb:g} MB, se ingest.max_file_mb i engagement.toml)",
        )
    if size == 0:
        raise IngestError(name, "filen är tom")
    content_hash = _file_sha256(path)
    if suffix in TABLE_SUFFIXES:
        derivation = _sha256(context.fingerprint, config.survey.model_dump_json())
        return _Fingerprint(config.file_key(path), content_hash, derivation)
    meta = lookup(context.log, name)
    derivation = _sha256(context.fingerprint, repr(meta or InterviewMeta(file=name)))
    return _Fingerprint(config.file_key(path), content_hash, derivation, meta)


def _read(
    config: EngagementConfig, context: IngestContext, path: Path, fp: _Fingerprint
) -> FileInput:
    if path.suffix.lower() in TABLE_SUFFIXES:
        return _survey_file(config, context, path, fp)
    return _transcript_file(config, context, path, fp)


def _transcript_file(
    config: EngagementConfig, context: IngestContext, path: Path, fp: _Fingerprint
) -> FileInput:
    warning = None
    meta = fp.meta
    if meta is None:
        warning = "saknas i intervjuloggen; typ, roll och sektor är okända"
        meta = InterviewMeta(file=path.name)
    turns = parse_transcript(path, meta)
    drafts = statements_from_turns(
        turns,
        max_sentences=config.ingest.max_statement_sentences,
        min_words=config.ingest.min_statement_words,
    )
    if not drafts:
        raise IngestError(path.name, "inga uttalanden hittades (bara intervjuarens frågor?)")
    roles = _speaker_roles(meta, turns)
    pseudo = context.pseudonymiser
    statements = tuple(
        StatementInput(
            raw_text=d.text,
            text=pseudo.apply(d.text),
            position=d.position,
            question=pseudo.apply(d.question) if d.question else None,
            role=roles.get(d.speaker) if d.speaker is not None else meta.role_of(None),
            sector=meta.sector,
            timestamp=d.timestamp,
        )
        for d in drafts
    )
    source = SourceInput(
        origin=fp.key,
        type=meta.type,
        content_hash=_sha256(fp.content_hash, fp.derivation),
        statements=statements,
        sector=meta.sector,
        roles=meta.roles,
        date=meta.date,
    )
    return FileInput(
        path=fp.key,
        kind="transcript",
        content_hash=fp.content_hash,
        derivation_hash=fp.derivation,
        sources=(source,),
        warning=warning,
    )


def _speaker_roles(meta: InterviewMeta, turns: Sequence[Turn]) -> dict[str | None, str | None]:
    """Map each speaker label to a role from the log, never to a name."""
    speakers = {turn.speaker for turn in turns if not turn.is_interviewer}
    single = meta.role_of(0) if len(meta.participants) <= 1 else meta.role_of(None)
    return {
        speaker: meta.role_of(_participant_index(meta, speaker)) or single for speaker in speakers
    }


def _participant_index(meta: InterviewMeta, speaker: str | None) -> int | None:
    if not speaker:
        return None
    label = speaker.strip().casefold()
    for index, name in enumerate(meta.participants):
        full = name.strip().casefold()
        if label == full or (full.split() and label == full.split()[0]):
            return index
    digits = "".join(ch for ch in label if ch.isdigit())
    if digits and any(label.startswith(p) for p in ("deltagare", "respondent", "d", "ip")):
        index = int(digits) - 1
        if 0 <= index < len(meta.participants):
            return index
    return None


def _survey_file(
    config: EngagementConfig, context: IngestContext, path: Path, fp: _Fingerprint
) -> FileInput:
    rows = read_survey_export(path, config.survey, export_labels(config.survey, config.root))
    if not rows:
        raise IngestError(path.name, "exporten innehåller inga svar")
    sources = tuple(
        survey_source(context.pseudonymiser, row, f"{fp.key}#{row.key}", fp.derivation)
        for row in rows
    )
    return FileInput(
        path=fp.key,
        kind="survey",
        content_hash=fp.content_hash,
        derivation_hash=fp.derivation,
        sources=sources,
    )


def survey_source(
    pseudo: Pseudonymiser, row: SurveyRow, origin: str, derivation: str
) -> SourceInput:
    drafts: list[StatementDraft] = []
    for question, answer in row.free_text:
        turns = [
            Turn(speaker=None, text=question, position=0, is_interviewer=True),
            Turn(speaker=None, text=answer, position=1),
        ]
        # a survey answer's sentences are usually separate points, each its own statement
        drafts.extend(statements_from_turns(turns, max_sentences=1, min_words=_SURVEY_MIN_WORDS))
    statements = tuple(
        StatementInput(
            raw_text=d.text,
            text=pseudo.apply(d.text),
            position=position,
            question=d.question,
            role=row.role,
            sector=row.sector,
        )
        for position, d in enumerate(drafts)
    )
    return SourceInput(
        origin=origin,
        type=SourceType.ENKAT,
        content_hash=_sha256(row.content_hash, derivation),
        statements=statements,
        responses=row.answers,
        sector=row.sector,
        roles=(row.role,) if row.role else (),
        respondent=True,
    )
