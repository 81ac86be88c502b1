"""The store's tables, declared with SQLAlchemy 2 so that one URL moves them to PostgreSQL.

Raw statement text lives only in `statements.raw_text`; every reader outside the store gets
the pseudonymised `text`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "SCHEMA_VERSION",
    "Base",
    "CurationRow",
    "DraftItemRow",
    "FileRow",
    "IngestEventRow",
    "LensRow",
    "MemberRow",
    "MetaRow",
    "RejectedQuoteRow",
    "RespondentRow",
    "ResponseRow",
    "RunRow",
    "SourceRow",
    "StatementRow",
    "SurveyAnswerRow",
    "SurveyMailRow",
    "SurveyRecipientRow",
    "SurveySubmissionRow",
    "ThemeDraftRow",
    "ThemeRow",
]

SCHEMA_VERSION = 1


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Key/value facts about the store itself, such as its schema version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RunRow(Base):
    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    command: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[dt.datetime] = mapped_column(default=_now)
    finished_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(16), default="running")
    summary: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class FileRow(Base):
    """One input file as last seen: what it hashed to and whether it was stored or rejected."""

    __tablename__ = "files"
    path: Mapped[str] = mapped_column(String(1024), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    content_hash: Mapped[str] = mapped_column(String(64))
    derivation_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    message: Mapped[str | None] = mapped_column(Text, default=None)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), default=None)
    updated_at: Mapped[dt.datetime] = mapped_column(default=_now, onupdate=_now)


class SourceRow(Base):
    """An interview transcript, or one survey respondent's answers."""

    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin: Mapped[str] = mapped_column(String(1100), unique=True)
    file_path: Mapped[str] = mapped_column(ForeignKey("files.path"), index=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    sector: Mapped[str | None] = mapped_column(String(200), default=None)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    date: Mapped[dt.date | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=_now, onupdate=_now)


class RespondentRow(Base):
    __tablename__ = "respondents"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    source_id: Mapped[str] = mapped_column(
        ForeignKey("sources.id", ondelete="CASCADE"), unique=True
    )
    sector: Mapped[str | None] = mapped_column(String(200), default=None)
    role: Mapped[str | None] = mapped_column(String(200), default=None)
    staff: Mapped[float | None] = mapped_column(Float, default=None)


class StatementRow(Base):
    __tablename__ = "statements"
    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    raw_text: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    question: Mapped[str | None] = mapped_column(Text, default=None)
    role: Mapped[str | None] = mapped_column(String(200), default=None)
    sector: Mapped[str | None] = mapped_column(String(200), default=None)
    timestamp: Mapped[float | None] = mapped_column(Float, default=None)
    respondent_id: Mapped[str | None] = mapped_column(String(32), default=None)


class ResponseRow(Base):
    """A closed (Likert) survey answer; `value` NULL is a recorded gap, never an invented one."""

    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("source_id", "question_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    respondent_id: Mapped[str] = mapped_column(String(32), index=True)
    question_id: Mapped[str] = mapped_column(String(80))
    question: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float, default=None)
    raw: Mapped[str] = mapped_column(Text, default="")


class IngestEventRow(Base):
    """What happened to a file or source in a run: added, unchanged, replaced, removed,
    rejected or a warning. The history of changes lives here."""

    __tablename__ = "ingest_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), default=None, index=True)
    path: Mapped[str] = mapped_column(String(1024))
    source_id: Mapped[str | None] = mapped_column(String(32), default=None)
    action: Mapped[str] = mapped_column(String(16))
    message: Mapped[str | None] = mapped_column(Text, default=None)
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(default=_now)


class LensRow(Base):
    """A statement's perspective and polarity as the lens classifier saw it."""

    __tablename__ = "statement_lenses"
    statement_id: Mapped[str] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True
    )
    perspective: Mapped[str] = mapped_column(String(64))
    perspective_confidence: Mapped[float] = mapped_column(Float)
    polarity: Mapped[str] = mapped_column(String(64))
    polarity_confidence: Mapped[float] = mapped_column(Float)


class ThemeRow(Base):
    """A theme; its id never changes. `custom_label` and the rest of the curated fields are
    the consultant's and survive every re-run."""

    __tablename__ = "themes"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    auto_label: Mapped[str] = mapped_column(Text, default="")
    custom_label: Mapped[str | None] = mapped_column(Text, default=None)
    perspective: Mapped[str | None] = mapped_column(String(64), default=None)
    include: Mapped[bool] = mapped_column(default=True)
    ordering: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[str] = mapped_column(String(16), default="active")
    merged_into: Mapped[str | None] = mapped_column(String(32), default=None)
    size: Mapped[int] = mapped_column(Integer, default=0)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    quotes: Mapped[list[str]] = mapped_column(JSON, default=list)
    polarity: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    breadth: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    created_run: Mapped[int | None] = mapped_column(Integer, default=None)
    updated_run: Mapped[int | None] = mapped_column(Integer, default=None)


class MemberRow(Base):
    """Which theme a statement is in; `pinned` when the consultant put it there."""

    __tablename__ = "theme_members"
    statement_id: Mapped[str] = mapped_column(String(48), primary_key=True)
    theme_id: Mapped[str] = mapped_column(String(32), index=True)
    pinned: Mapped[bool] = mapped_column(default=False)
    text_hash: Mapped[str] = mapped_column(String(64), default="")
    similarity: Mapped[float | None] = mapped_column(Float, default=None)


class RejectedQuoteRow(Base):
    __tablename__ = "rejected_quotes"
    statement_id: Mapped[str] = mapped_column(String(48), primary_key=True)


class CurationRow(Base):
    """One imported set of edits, as a record of what the consultant changed."""

    __tablename__ = "curation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=_now)
    source: Mapped[str] = mapped_column(Text)
    changes: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class SurveyRecipientRow(Base):
    """Someone a form's workbook was made for: only what groups answers, never a name."""

    __tablename__ = "survey_recipients"
    form_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    recipient_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    form_version: Mapped[int] = mapped_column(Integer)
    sector: Mapped[str | None] = mapped_column(String(200), default=None)
    unit: Mapped[str | None] = mapped_column(String(200), default=None)
    role: Mapped[str | None] = mapped_column(String(200), default=None)
    workbook: Mapped[str] = mapped_column(String(1024))
    rendered_at: Mapped[dt.datetime] = mapped_column(default=_now)


class SurveySubmissionRow(Base):
    """One returned workbook, accepted or rejected. Every return is kept; per form and
    recipient the latest accepted one is `current` and is the one that counts."""

    __tablename__ = "survey_submissions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    form_id: Mapped[str | None] = mapped_column(String(40), default=None, index=True)
    form_version: Mapped[int | None] = mapped_column(Integer, default=None)
    recipient_id: Mapped[str | None] = mapped_column(String(16), default=None, index=True)
    file: Mapped[str] = mapped_column(String(1024))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    received_at: Mapped[dt.datetime] = mapped_column()
    collected_at: Mapped[dt.datetime] = mapped_column(default=_now)
    status: Mapped[str] = mapped_column(String(16))
    current: Mapped[bool] = mapped_column(default=False)
    problems: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), default=None)


class SurveyAnswerRow(Base):
    """One answer cell of a submission: answered, missing (left blank) or invalid."""

    __tablename__ = "survey_answers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("survey_submissions.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(40), default="")
    field_id: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(16))
    value_text: Mapped[str | None] = mapped_column(Text, default=None)
    value_number: Mapped[float | None] = mapped_column(Float, default=None)
    raw: Mapped[str] = mapped_column(Text, default="")


class ThemeDraftRow(Base):
    """A theme's drafted observation. `custom_*` are the consultant's edits and survive
    every re-run; the rest is replaced by each drafting run."""

    __tablename__ = "theme_drafts"
    theme_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    headline: Mapped[str] = mapped_column(Text, default="")
    bullets: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    breadth_text: Mapped[str] = mapped_column(Text, default="")
    quote_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    support_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    perspective: Mapped[str | None] = mapped_column(String(64), default=None)
    polarity: Mapped[str | None] = mapped_column(String(64), default=None)
    backend: Mapped[str] = mapped_column(String(32), default="offline")
    model: Mapped[str] = mapped_column(String(200), default="")
    fallback: Mapped[bool] = mapped_column(default=False)
    fallback_reason: Mapped[str] = mapped_column(Text, default="")
    custom_headline: Mapped[str | None] = mapped_column(Text, default=None)
    custom_bullets: Mapped[list[dict[str, object]] | None] = mapped_column(JSON, default=None)
    updated_run: Mapped[int | None] = mapped_column(Integer, default=None)


class DraftItemRow(Base):
    """An assessment point (kind "bedömning") or a recommendation ("rekommendation").
    An item with `custom_text` is the consultant's and is kept when the others are redrafted."""

    __tablename__ = "draft_items"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    ordering: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    theme_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    statement_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    supported: Mapped[bool] = mapped_column(default=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    backend: Mapped[str] = mapped_column(String(32), default="offline")
    model: Mapped[str] = mapped_column(String(200), default="")
    fallback: Mapped[bool] = mapped_column(default=False)
    fallback_reason: Mapped[str] = mapped_column(Text, default="")
    custom_text: Mapped[str | None] = mapped_column(Text, default=None)
    updated_run: Mapped[int | None] = mapped_column(Integer, default=None)


class SurveyMailRow(Base):
    """One attempt to e-mail a recipient a form (kind "send" or "reminder"), and how it went.

    Holds the recipient id, never the address; `error` is the server's answer with any
    address or name in it replaced by a marker.
    """

    __tablename__ = "survey_mail"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    form_id: Mapped[str] = mapped_column(String(40), index=True)
    recipient_id: Mapped[str] = mapped_column(String(16), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))
    """sent or failed."""
    error: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=_now)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id"), default=None)
