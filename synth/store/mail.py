"""The survey send log: every attempt to e-mail a recipient, kept, one row each.

What has gone out is read back from here, so that a second `synth survey send` (or a
retried flow) never e-mails anyone twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select

from synth.store.mapping import field_values, record_from
from synth.store.schema import SurveyMailRow
from synth.store.store import Store

__all__ = ["MailAttempt", "MailKind", "mail_log", "record_attempt", "sent_to"]

MailKind = Literal["send", "reminder"]


@dataclass(frozen=True)
class MailAttempt:
    form_id: str
    recipient_id: str
    kind: MailKind
    outcome: Literal["sent", "failed"]
    at: dt.datetime
    """Naive UTC, like every time in the store."""
    error: str = ""


def record_attempt(store: Store, run_id: int | None, attempt: MailAttempt) -> None:
    """Record one attempt in its own transaction, so an interrupted run keeps what went out."""
    with store.session() as session:
        session.add(SurveyMailRow(**field_values(attempt, run_id=run_id)))


def sent_to(
    store: Store, form_id: str, kind: MailKind, *, since: dt.datetime | None = None
) -> set[str]:
    """The recipient ids a message of `kind` reached (at or after `since`, when given)."""
    query = select(SurveyMailRow.recipient_id).where(
        SurveyMailRow.form_id == form_id,
        SurveyMailRow.kind == kind,
        SurveyMailRow.outcome == "sent",
    )
    if since is not None:
        query = query.where(SurveyMailRow.at >= since)
    with store.session() as session:
        return set(session.scalars(query))


def mail_log(store: Store, form_id: str | None = None) -> list[MailAttempt]:
    """Every attempt, oldest first."""
    query = select(SurveyMailRow).order_by(SurveyMailRow.id)
    if form_id is not None:
        query = query.where(SurveyMailRow.form_id == form_id)
    with store.session() as session:
        return [record_from(MailAttempt, row) for row in session.scalars(query)]
