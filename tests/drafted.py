"""A drafted finding as a test writes one: what the deck, the store and the drafting tests
share."""

from __future__ import annotations

from collections.abc import Sequence

from synth.records import Bullet, Origin, ThemeDraft


def finding(
    finding_id: str,
    headline: str,
    support: Sequence[str] = (),
    bullets: Sequence[Bullet] = (),
    polarity: str = "svaghet",
) -> ThemeDraft:
    """An offline draft of finding `finding_id` ("T01", "T01.2") in strukturen."""
    return ThemeDraft(
        theme_id=finding_id,
        headline=headline,
        bullets=tuple(bullets),
        breadth_text="",
        quote_ids=(),
        perspective="strukturer",
        polarity=polarity,
        origin=Origin("offline"),
        support_ids=tuple(support),
    )
