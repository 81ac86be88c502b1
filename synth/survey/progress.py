"""How a survey is going: response rates, and who has not answered yet.

The store knows recipients only by id and sector; the names come from the recipient list
and are shown to the consultant only (the reminder goes to exactly these people).
"""

from __future__ import annotations

from sqlalchemy import select

from synth.config import EngagementConfig
from synth.records import Recipient
from synth.roster import recipient_list
from synth.store import Store
from synth.store.schema import SurveyRecipientRow, SurveySubmissionRow
from synth.survey.token import TokenKey

__all__ = ["pending_recipients"]


def pending_recipients(config: EngagementConfig, store: Store, form_id: str) -> list[Recipient]:
    """The people a workbook of `form_id` went to who have no accepted return yet."""
    with store.session() as session:
        sent = set(
            session.scalars(
                select(SurveyRecipientRow.recipient_id).where(SurveyRecipientRow.form_id == form_id)
            )
        )
        answered = set(
            session.scalars(
                select(SurveySubmissionRow.recipient_id).where(
                    SurveySubmissionRow.form_id == form_id, SurveySubmissionRow.current.is_(True)
                )
            )
        )
    people = recipient_list(config, form_id).people
    key = TokenKey.for_engagement(config.root, create=False)
    waiting = sent - answered
    return [person for person in people if key.recipient_id(person.email) in waiting]
