"""One inbox file into what the store keeps: its fingerprint (what decides whether it must
be read again), then its sources and statements, pseudonymised."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.ingest.context import IngestContext, sha256_of
from synth.ingest.statements import statements_from_turns
from synth.ingest.survey import export_labels, read_survey
from synth.ingest.transcripts import TRANSCRIPT_SUFFIXES, parse_transcript
from synth.privacy.pseudonymise import Pseudonymiser
from synth.records import InterviewMeta, SourceType, StatementDraft, SurveyRow, Turn
from synth.roster import lookup
from synth.store import FileInput, SourceInput, StatementInput
from synth.text.numbers import count_words
from synth.text.sentences import verbatim

__all__ = [
    "TABLE_SUFFIXES",
    "Fingerprint",
    "file_kind",
    "file_sha256",
    "fingerprint",
    "read_file",
    "survey_source",
]

TABLE_SUFFIXES = frozenset({".xlsx", ".csv"})
_SURVEY_MIN_WORDS = 2


def file_sha256(path: Path) -> str:
    """`sha256_of(path.read_bytes())`, read in pieces: a rejected file may be large."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    digest.update(b"\x00")
    return digest.hexdigest()


def file_kind(path: Path) -> str:
    return "table" if path.suffix.lower() in TABLE_SUFFIXES else "transcript"


@dataclass(frozen=True)
class Fingerprint:
    """What decides whether a file must be read again: its bytes and how it is derived."""

    key: str
    content_hash: str
    derivation: str
    meta: InterviewMeta | None = None


def fingerprint(config: EngagementConfig, context: IngestContext, path: Path) -> Fingerprint:
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
    content_hash = file_sha256(path)
    if suffix in TABLE_SUFFIXES:
        derivation = sha256_of(context.fingerprint, config.survey.model_dump_json())
        return Fingerprint(config.file_key(path), content_hash, derivation)
    meta = lookup(context.log, name)
    derivation = sha256_of(context.fingerprint, repr(meta or InterviewMeta(file=name)))
    return Fingerprint(config.file_key(path), content_hash, derivation, meta)


def read_file(
    config: EngagementConfig, context: IngestContext, path: Path, fp: Fingerprint
) -> FileInput:
    if path.suffix.lower() in TABLE_SUFFIXES:
        return _survey_file(config, context, path, fp)
    return _transcript_file(config, context, path, fp)


def _transcript_file(
    config: EngagementConfig, context: IngestContext, path: Path, fp: Fingerprint
) -> FileInput:
    warning = None
    meta = fp.meta
    if meta is None:
        warning = "saknas i intervjuloggen; typ, roll och sektor är okända"
        meta = InterviewMeta(file=path.name)
    turns = parse_transcript(path, meta)
    admin: list[str] = []
    drafts = statements_from_turns(
        turns,
        max_sentences=config.ingest.max_statement_sentences,
        min_words=config.ingest.min_statement_words,
        set_aside=admin,
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
        content_hash=sha256_of(fp.content_hash, fp.derivation),
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
        admin_sentences=len(admin),
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
    config: EngagementConfig, context: IngestContext, path: Path, fp: Fingerprint
) -> FileInput:
    export = read_survey(path, config.survey, export_labels(config.survey, config.root))
    rows = export.rows
    if not rows:
        raise IngestError(path.name, "exporten innehåller inga svar")
    admin: list[str] = []
    sources = tuple(
        survey_source(
            context.pseudonymiser, row, f"{fp.key}#{row.key}", fp.derivation, set_aside=admin
        )
        for row in rows
    )
    return FileInput(
        path=fp.key,
        kind="survey",
        content_hash=fp.content_hash,
        derivation_hash=fp.derivation,
        sources=sources,
        admin_sentences=len(admin),
        warning="; ".join(
            w
            for w in (
                _unread(
                    export.unread_staff,
                    config.survey.staff,
                    "är inget tal och räknas som obesvarade",
                    "40",
                ),
                _unread(
                    export.unread_dates,
                    config.survey.answered,
                    "har inget datum som går att läsa och räknas inte in i svarsperioden",
                    "2026-09-14",
                ),
                _copied_answers(rows, sources),
            )
            if w
        )
        or None,
    )


def _copied_answers(rows: Sequence[SurveyRow], sources: Sequence[SourceInput]) -> str | None:
    """A warning naming the rows whose free text repeats another row's word for word, or
    None: the same sentence from several chefs may be a colleague's text copied, or an
    export that went wrong, and the consultant should check it with whoever runs the
    survey tool before it is counted as several voices."""
    rows_of: dict[str, set[int]] = {}
    for row, source in zip(rows, sources, strict=True):
        for statement in source.statements:
            if (key := verbatim(statement.text)) is not None:
                rows_of.setdefault(key, set()).add(row.row_number)
    repeated = {key: numbers for key, numbers in rows_of.items() if len(numbers) > 1}
    if not repeated:
        return None
    copies = sorted({n for numbers in repeated.values() for n in sorted(numbers)[1:]})
    shown = ", ".join(str(n) for n in copies[:10]) + (" …" if len(copies) > 10 else "")
    return (
        f"{count_words(len(repeated)).capitalize()} "
        f"{'mening' if len(repeated) == 1 else 'meningar'} i fritextsvaren står ordagrant i "
        f"flera svar (upprepade på rad {shown}); de räknas per svarande. Kontrollera med "
        "den som har enkätverktyget att svaren inte kopierats eller skickats in flera gånger"
    )


def _unread(rows: Sequence[int], column: str | None, said: str, example: str) -> str | None:
    """A warning naming the rows whose cell in `column` could not be read, what that means
    (`said`) and how to write it (`example`), or None; the cells are never quoted."""
    if not rows:
        return None
    shown = ", ".join(str(r) for r in rows[:10]) + (" …" if len(rows) > 10 else "")
    return f"kolumnen {column}: {len(rows)} svar {said} (rad {shown}); skriv t.ex. {example}"


def survey_source(
    pseudo: Pseudonymiser,
    row: SurveyRow,
    origin: str,
    derivation: str,
    *,
    set_aside: list[str] | None = None,
) -> SourceInput:
    """One survey response as a source; with `set_aside`, sentences about the survey or
    interview itself ("ring mig om ni vill veta mer") go there instead of into statements."""
    drafts: list[StatementDraft] = []
    for question, answer in row.free_text:
        turns = [
            Turn(speaker=None, text=question, position=0, is_interviewer=True),
            Turn(speaker=None, text=answer, position=1),
        ]
        # a survey answer's sentences are usually separate points, each its own statement
        drafts.extend(
            statements_from_turns(
                turns, max_sentences=1, min_words=_SURVEY_MIN_WORDS, set_aside=set_aside
            )
        )
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
        content_hash=sha256_of(row.content_hash, derivation),
        statements=statements,
        responses=row.answers,
        staff=row.staff,
        sector=row.sector,
        roles=(row.role,) if row.role else (),
        date=row.answered,
        respondent=True,
    )
