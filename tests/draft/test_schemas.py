"""Model answers at the door: shape, length and no counts of the model's own."""

from __future__ import annotations

import pytest

from synth.draft.model import parse_answer
from synth.draft.schemas import BulletsAnswer, HeadlineAnswer, contains_count


def test_counts_belong_to_the_breadth_not_the_model() -> None:
    assert contains_count("7 av 12 intervjuade lyfter det")
    assert contains_count("sju av tolv chefer")
    assert contains_count("Över 60 procent av cheferna")
    assert not contains_count("En av de viktigaste frågorna är IT-stödet")
    assert not contains_count("Ärenden tar tre veckor")


def test_answers_are_parsed_leniently_and_validated_strictly() -> None:
    fenced = '```json\n{"rubrik": "IT-stödet är för långsamt"}\n```'
    assert parse_answer(fenced, HeadlineAnswer).rubrik == "IT-stödet är för långsamt"
    with pytest.raises(ValueError, match="högst 12 ord"):
        parse_answer('{"rubrik": "' + "ord " * 13 + '"}', HeadlineAnswer)
    with pytest.raises(ValueError, match="punkter"):
        parse_answer('{"punkter": []}', BulletsAnswer)
    with pytest.raises(ValueError, match=r"(?i)extra"):
        parse_answer('{"rubrik": "Kort", "dikt": "våren"}', HeadlineAnswer)
    with pytest.raises(ValueError, match="ogiltig JSON"):
        parse_answer('{"rubrik": kort}', HeadlineAnswer)
