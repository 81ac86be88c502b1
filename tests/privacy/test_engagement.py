from __future__ import annotations

from synth.config import EngagementConfig
from synth.privacy.engagement import engagement_pseudonymiser


def test_the_pseudonymiser_knows_every_name_in_the_log_and_the_recipient_list(
    engagement: EngagementConfig,
) -> None:
    (engagement.root / "mottagare.csv").write_text(
        "namn;e-post\nAnna Berg;anna.berg@kommun.se\n", encoding="utf-8"
    )
    privacy = engagement_pseudonymiser(engagement)
    assert privacy.names == ("Anna Berg", "Kerstin Malm", "Sara Nyström")
    assert privacy.problems == ()
    text = privacy.pseudonymiser.apply("Kerstin Malm ringde Anna Berg.")
    assert "Kerstin" not in text and "Anna" not in text


def test_a_log_that_cannot_be_read_is_a_problem_named_by_its_file(
    engagement: EngagementConfig,
) -> None:
    (engagement.root / "intervjuer.csv").write_text("namn\nKerstin Malm\n", encoding="utf-8")
    privacy = engagement_pseudonymiser(engagement)
    assert [file for file, _ in privacy.problems] == ["intervjuer.csv"]
    assert "Kerstin" not in privacy.problems[0][1]
    assert privacy.names == ()
