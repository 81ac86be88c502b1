"""Survey recipients, returned workbooks and their answers in the store.

Every return is kept. Per form and recipient the accepted return received last (the order
collected; never the date the workbook itself claims) is marked current; that one counts,
the earlier stay for the record.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from synth.store.mapping import field_values, record_from
from synth.store.schema import (
    SurveyAnswerRow,
    SurveyMailRow,
    SurveyRecipientRow,
    SurveySubmissionRow,
)
from synth.store.store import Store

__all__ = [
    "AnswerInput",
    "RecipientInput",
    "ResponseRate",
    "StoredAnswer",
    "SubmissionInput",
    "any_survey_records",
    "collected",
    "current_answers",
    "recipients",
    "record_recipients",
    "response_rates",
    "returned_not_counted",
    "save_submission",
    "submissions",
]


@dataclass(frozen=True)
class RecipientInput:
    recipient_id: str
    sector: str | None
    unit: str | None
    role: str | None
    workbook: str


@dataclass(frozen=True)
class AnswerInput:
    question_id: str
    row_id: str
    field_id: str
    status: str
    """answered, missing or invalid."""
    value_text: str | None = None
    value_number: float | None = None
    raw: str = ""


@dataclass(frozen=True)
class SubmissionInput:
    file: str
    content_hash: str
    received_at: dt.datetime
    status: str
    """accepted or rejected."""
    form_id: str | None = None
    form_version: int | None = None
    recipient_id: str | None = None
    answers: tuple[AnswerInput, ...] = ()
    problems: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class StoredAnswer:
    recipient_id: str
    sector: str | None
    question_id: str
    row_id: str
    field_id: str
    status: str
    value_text: str | None
    value_number: float | None
    raw: str


@dataclass(frozen=True)
class ResponseRate:
    form_id: str
    sector: str
    recipients: int
    answered: int

    @property
    def share(self) -> float:
        return self.answered / self.recipients if self.recipients else 0.0


def record_recipients(
    store: Store, form_id: str, version: int, recipients: Sequence[RecipientInput]
) -> None:
    """Remember whom a form went to (replacing what a re-render of the form knew).

    Someone an earlier render knew who is not on the list now is forgotten, unless the
    form was sent to them or they returned it: what happened to them stays counted.
    """
    with store.session() as session:
        existing = {
            row.recipient_id: row
            for row in session.scalars(
                select(SurveyRecipientRow).where(SurveyRecipientRow.form_id == form_id)
            )
        }
        listed = {item.recipient_id for item in recipients}
        if gone := set(existing) - listed:
            reached = set(
                session.scalars(
                    select(SurveyMailRow.recipient_id).where(
                        SurveyMailRow.form_id == form_id, SurveyMailRow.outcome == "sent"
                    )
                )
            ) | set(
                session.scalars(
                    select(SurveySubmissionRow.recipient_id).where(
                        SurveySubmissionRow.form_id == form_id
                    )
                )
            )
            for recipient_id in gone - reached:
                session.delete(existing.pop(recipient_id))
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        for item in recipients:
            row = existing.get(item.recipient_id)
            if row is None:
                row = SurveyRecipientRow(form_id=form_id, recipient_id=item.recipient_id)
                session.add(row)
            row.form_version = version
            row.sector, row.unit, row.role = item.sector, item.unit, item.role
            row.workbook = item.workbook
            row.rendered_at = now


def any_survey_records(store: Store) -> bool:
    """Whether any form was rendered, sent or returned in this store (so a survey key
    was used)."""
    with store.session() as session:
        return any(
            session.scalars(select(row).limit(1)).first() is not None
            for row in (SurveyRecipientRow, SurveyMailRow, SurveySubmissionRow)
        )


def collected(store: Store, content_hash: str) -> SurveySubmissionRow | None:
    """The earlier return with exactly these bytes, if this workbook was collected before."""
    with store.session() as session:
        return session.scalars(
            select(SurveySubmissionRow)
            .where(SurveySubmissionRow.content_hash == content_hash)
            .order_by(SurveySubmissionRow.id)
        ).first()


def save_submission(store: Store, run_id: int | None, item: SubmissionInput) -> tuple[int, bool]:
    """Store one return in one transaction; (its id, whether it replaced an earlier one)."""
    with store.session() as session:
        row = SurveySubmissionRow(
            form_id=item.form_id,
            form_version=item.form_version,
            recipient_id=item.recipient_id,
            file=item.file,
            content_hash=item.content_hash,
            received_at=item.received_at,
            status=item.status,
            problems=list(item.problems),
            run_id=run_id,
        )
        session.add(row)
        session.flush()
        session.add_all(
            SurveyAnswerRow(**field_values(a, submission_id=row.id)) for a in item.answers
        )
        replaced = False
        if item.status == "accepted" and item.recipient_id is not None:
            returns = list(
                session.scalars(
                    select(SurveySubmissionRow).where(
                        SurveySubmissionRow.form_id == item.form_id,
                        SurveySubmissionRow.recipient_id == item.recipient_id,
                        SurveySubmissionRow.status == "accepted",
                    )
                )
            )
            # The return we received last counts: collected in a later run, or later in
            # the same run (collect goes through a run's files in order of arrival). The
            # date a workbook states inside itself is its sender's to set and never counts.
            latest = max(returns, key=lambda r: r.id)
            replaced = len(returns) > 1
            for other in returns:
                other.current = other is latest
        return row.id, replaced


def recipients(store: Store, form_id: str) -> dict[str, RecipientInput]:
    """Sector, unit and role per recipient id of a form: what answers are grouped by."""
    with store.session() as session:
        return {
            row.recipient_id: record_from(RecipientInput, row)
            for row in session.scalars(
                select(SurveyRecipientRow).where(SurveyRecipientRow.form_id == form_id)
            )
        }


def returned_not_counted(store: Store, form_id: str) -> set[str]:
    """Recipients of `form_id` who returned a workbook that did not count (rejected, or
    returned blank) and have no return that counts."""
    with store.session() as session:
        rows = session.execute(
            select(
                SurveySubmissionRow.recipient_id,
                SurveySubmissionRow.status,
                SurveySubmissionRow.current,
            ).where(SurveySubmissionRow.form_id == form_id)
        ).all()
    counted = {r for r, status, current in rows if status == "accepted" and current}
    return {r for r, status, _ in rows if r is not None and status != "accepted"} - counted


def submissions(store: Store) -> list[SurveySubmissionRow]:
    with store.session() as session:
        return list(session.scalars(select(SurveySubmissionRow).order_by(SurveySubmissionRow.id)))


def current_answers(store: Store, form_id: str) -> list[StoredAnswer]:
    """The answers that count: those of each recipient's current return of `form_id`."""
    query = (
        select(SurveyAnswerRow, SurveySubmissionRow.recipient_id, SurveyRecipientRow.sector)
        .join(SurveySubmissionRow, SurveyAnswerRow.submission_id == SurveySubmissionRow.id)
        .outerjoin(
            SurveyRecipientRow,
            (SurveyRecipientRow.form_id == SurveySubmissionRow.form_id)
            & (SurveyRecipientRow.recipient_id == SurveySubmissionRow.recipient_id),
        )
        .where(SurveySubmissionRow.form_id == form_id, SurveySubmissionRow.current.is_(True))
        .order_by(SurveySubmissionRow.recipient_id, SurveyAnswerRow.id)
    )
    with store.session() as session:
        return [
            record_from(StoredAnswer, a, recipient_id=recipient or "", sector=sector)
            for a, recipient, sector in session.execute(query)
        ]


def response_rates(store: Store) -> list[ResponseRate]:
    """Per form and sector: how many a workbook went to and how many have answered."""
    with store.session() as session:
        sent = {
            (row.form_id, row.recipient_id): row.sector or "okänd"
            for row in session.scalars(select(SurveyRecipientRow))
        }
        answered = {
            (form, recipient)
            for form, recipient in session.execute(
                select(SurveySubmissionRow.form_id, SurveySubmissionRow.recipient_id).where(
                    SurveySubmissionRow.current.is_(True)
                )
            )
        }
    totals = Counter((form, sector) for (form, _), sector in sent.items())
    done = Counter((key[0], sector) for key, sector in sent.items() if key in answered)
    return [
        ResponseRate(form, sector, count, done[(form, sector)])
        for (form, sector), count in sorted(totals.items())
    ]
