from __future__ import annotations

from pathlib import Path

import pytest

from synth.config import EngagementConfig
from synth.errors import IngestError
from synth.survey.collect import collect_engagement
from synth.survey.inventory_workbook import inventory_engagement
from synth.survey.sample_returns import type_returns
from tests.survey.test_collect import answers_by_key

HEADER = "e-post;fråga;rad;fält;svar\n"


def answers(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "stodresurser.csv"
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def test_typed_answers_are_collected_like_any_return(
    survey_engagement: EngagementConfig, tmp_path: Path
) -> None:
    config = survey_engagement
    table = answers(
        tmp_path,
        "Anna.Berg@testkommun.se;antal_anstallda;;;40",
        "anna.berg@testkommun.se;funktioner;hr;antal_personer;6",
        "anna.berg@testkommun.se;funktioner;hr;aa_budgeterat;0",
        "anna.berg@testkommun.se;funktioner;hr;aa_praktiken;1,5",
        "anna.berg@testkommun.se;funktioner;hr;placering;Enhet",
        "anna.berg@testkommun.se;funktioner;hr;kommentar;=schemaläggning",
    )
    saved = type_returns(config, "stodresurser", table)
    assert [p.parent for p in saved] == [config.inbox]

    report = collect_engagement(config)
    assert (report.count("added"), report.count("rejected")) == (1, 0)
    stored = {k[1:]: v for k, v in answers_by_key(config, "stodresurser").items()}
    assert stored[("funktioner", "hr", "aa_praktiken")][0] == "answered"
    assert stored[("funktioner", "hr", "aa_praktiken")][2] == 1.5
    # typed as text, never as a formula
    assert stored[("funktioner", "hr", "kommentar")][:2] == ("answered", "=schemaläggning")
    summary, findings = inventory_engagement(config, tmp_path / "inventering.xlsx")
    assert [(p.function, p.fte_actual) for p in summary.profiles] == [("HR/personal och lön", 1.5)]
    # 1,5 åa of HR out in a unit and none of it budgeted
    assert any("saknar budget, allt inom HR" in h for h in findings.headlines)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("nils.nilsson@testkommun.se;antal_anstallda;;;40", "finns inte i mottagarlistan"),
        ("anna.berg@testkommun.se;funktioner;hr;lon;40", "ingen sådan svarscell"),
    ],
)
def test_an_answer_that_fits_no_workbook_is_named_by_its_line(
    survey_engagement: EngagementConfig, tmp_path: Path, line: str, reason: str
) -> None:
    table = answers(tmp_path, "asa.oberg@testkommun.se;antal_anstallda;;;12", line)
    with pytest.raises(IngestError) as caught:
        type_returns(survey_engagement, "stodresurser", table)
    message = str(caught.value)
    assert reason in message and "stodresurser.csv" in message and "rad 3" in message
    assert "@" not in message
