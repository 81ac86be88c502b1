"""Typed records that flow between the parts of synth.

Records are frozen and refer to each other by id. Parsers produce the *draft* records
(`Turn`, `StatementDraft`, `SurveyRow`); the store gives them their ids. Every layer may
use them (they import nothing of synth), so a record that two layers share lives here,
in a module named for its concept, and is imported from `synth.records`.
"""

from synth.records.drafts import (
    UNSUPPORTED,
    Assessment,
    AssessmentPoint,
    Bullet,
    Drafts,
    Origin,
    Recommendation,
    ThemeDraft,
    finding_id,
    finding_number,
    finding_theme,
)
from synth.records.progress import Progress
from synth.records.sources import InterviewMeta, Source, SourceType
from synth.records.statements import Statement, StatementDraft, Turn
from synth.records.surveys import LikertAnswer, Recipient, Respondent, SurveyRow
from synth.records.themes import (
    ACTORS,
    DEVELOPMENT,
    EACH_PERSPECTIVE,
    STRUCTURES,
    Membership,
    Theme,
    dominant_polarity,
)

__all__ = [
    "ACTORS",
    "DEVELOPMENT",
    "EACH_PERSPECTIVE",
    "STRUCTURES",
    "UNSUPPORTED",
    "Assessment",
    "AssessmentPoint",
    "Bullet",
    "Drafts",
    "InterviewMeta",
    "LikertAnswer",
    "Membership",
    "Origin",
    "Progress",
    "Recipient",
    "Recommendation",
    "Respondent",
    "Source",
    "SourceType",
    "Statement",
    "StatementDraft",
    "SurveyRow",
    "Theme",
    "ThemeDraft",
    "Turn",
    "dominant_polarity",
    "finding_id",
    "finding_number",
    "finding_theme",
]
