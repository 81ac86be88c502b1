"""Collected answers into the rest of the store, as if they had come as a survey export.

Each recipient's current return becomes one survey source with a respondent: Likert
answers as responses (a gap or "Vet ej" stays a NULL, never a number) and the free-text
answers marked `synthesis` as pseudonymised statements that the themes pick up. All
sources of one form live under one store "file" (`enkät/<form>`), so that a newer return
replaces the respondent's source, and the source of a return that no longer counts goes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

from synth.config import EngagementConfig
from synth.forms import Form, TableQuestion
from synth.ingest.context import derivation_fingerprint
from synth.ingest.reading import survey_source
from synth.privacy.engagement import engagement_pseudonymiser
from synth.records import LikertAnswer, SurveyRow
from synth.store import FileInput, FileOutcome, Store
from synth.store.surveys import RecipientInput, StoredAnswer, current_answers, recipients

__all__ = ["is_published", "publish_form", "survey_file"]

_DERIVATION = "2"  # 2: admin talk set aside


def _sha(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _questions(form: Form) -> tuple[dict[tuple[str, str, str], str], dict[str, str]]:
    """Likert cells -> question text shown in charts; free-text ids -> question text."""
    likert: dict[tuple[str, str, str], str] = {}
    free: dict[str, str] = {}
    for q in form.questions():
        if isinstance(q, TableQuestion):
            for row in q.rows:
                for column in q.columns:
                    if column.type == "likert":
                        likert[(q.id, row.id, column.id)] = f"{row.label}: {column.text}"
        elif q.type == "likert":
            likert[(q.id, "", "")] = q.text
        elif q.type == "text" and q.synthesis:
            free[q.id] = q.text
    return likert, free


def is_published(form: Form) -> bool:
    """Whether the form's answers join the survey respondents (it asks opinions: Likert or
    free text for the themes). An inventory of resources does not."""
    likert, free = _questions(form)
    return bool(likert or free)


def survey_file(
    config: EngagementConfig,
    form: Form,
    answers: Sequence[StoredAnswer],
    people: dict[str, RecipientInput],
) -> FileInput:
    privacy = engagement_pseudonymiser(config)
    fingerprint = derivation_fingerprint(config, privacy.names)
    derivation = _sha(fingerprint, _DERIVATION, form.id, str(form.version))
    likert, free = _questions(form)
    path = f"enkät/{form.id}"
    by_recipient: dict[str, list[StoredAnswer]] = defaultdict(list)
    for answer in answers:
        by_recipient[answer.recipient_id].append(answer)
    sources = []
    for recipient_id, own in sorted(by_recipient.items()):
        cells = {(a.question_id, a.row_id, a.field_id): a for a in own}
        responses = tuple(
            LikertAnswer(
                question_id=".".join(p for p in key if p),
                question=text,
                value=cells[key].value_number if key in cells else None,
                raw=cells[key].raw if key in cells else "",
            )
            for key, text in likert.items()
        )
        free_text = tuple(
            (text, cells[(qid, "", "")].value_text or "")
            for qid, text in free.items()
            if (qid, "", "") in cells and cells[(qid, "", "")].status == "answered"
        )
        known = people.get(recipient_id)
        sector, role = (known.sector, known.role) if known else (None, None)
        digest = _sha(repr(responses), repr(free_text), sector or "", role or "")
        row = SurveyRow(
            key=recipient_id,
            row_number=0,
            sector=sector,
            role=role,
            answers=responses,
            free_text=free_text,
            content_hash=digest,
        )
        # free text about the survey itself ("ring mig om ni undrar") is no statement, as
        # at ingest; the returned workbook keeps it
        sources.append(
            survey_source(
                privacy.pseudonymiser, row, f"{path}#{recipient_id}", derivation, set_aside=[]
            )
        )
    return FileInput(
        path=path,
        kind="survey",
        content_hash=_sha(*(s.content_hash for s in sources)),
        derivation_hash=derivation,
        sources=tuple(sources),
    )


def publish_form(
    config: EngagementConfig, store: Store, form: Form, run_id: int | None = None
) -> FileOutcome:
    """Bring the form's respondents, responses and statements in line with current returns."""
    answers = current_answers(store, form.id)
    file = survey_file(config, form, answers, recipients(store, form.id))
    return store.store_file(run_id, file)
