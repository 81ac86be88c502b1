"""The survey's figure beside the finding about the same support function."""

from __future__ import annotations

from synth.deck.survey import LikertBar, LikertChart
from synth.deck.survey_evidence import FunctionScore, function_of, function_scores, survey_line

FUNCTIONS = ["IT/digitalisering", "HR", "Ekonomi/controller", "Lokalförsörjning"]


def test_a_finding_is_about_the_function_most_of_its_statements_name() -> None:
    texts = [
        "IT-ärenden blir liggande i veckor innan någon svarar.",
        "Supporten hos IT vet inte vem som äger systemet.",
        "Ingen vet vem man ska ringa när skrivaren slutar fungera.",
    ]
    assert function_of(texts, FUNCTIONS) == "IT/digitalisering"
    # the function's name as the first part of a compound counts, its stem too
    money = [
        "Ekonomirapporterna går inte att läsa för den som inte är ekonom.",
        "Budgetuppföljningen kommer för sent.",
        "Controllern förklarar ekonomin pedagogiskt.",
    ]
    assert function_of(money, FUNCTIONS) == "Ekonomi/controller"


def test_a_short_name_is_a_whole_word_and_a_finding_of_two_functions_is_about_neither() -> None:
    # "hr" is not the start of "hrm..." nor "it" of "itu": only the word itself
    assert function_of(["Vi hade en ituation där ingen svarade."] * 3, FUNCTIONS) is None
    both = [
        "IT och HR skjuter ansvaret mellan sig.",
        "HR säger att IT ska lägga upp kontot.",
        "Ingen av dem tar frågan.",
    ]
    assert function_of(both, FUNCTIONS) is None
    # named by too few of the statements
    few = ["Lokalförsörjningen är snabb."] + ["Cheferna har för många medarbetare."] * 4
    assert function_of(few, FUNCTIONS) is None
    assert function_of([], FUNCTIONS) is None


def test_the_line_gives_the_low_and_high_shares_of_the_scale() -> None:
    score = FunctionScore("Upphandling", "nöjdhet med stödet", 112, (0.2, 0.4, 0.29, 0.1, 0.01))
    assert survey_line(score) == (
        "I chefsenkäten ger 60\u00a0% av 112 chefer stödet från Upphandling 1–2 av 5; "
        "11\u00a0% ger 4–5."
    )
    statement = FunctionScore("HR", "Jag får det stöd jag behöver", 40, (0.1, 0.2, 0.7))
    assert survey_line(statement) == (
        "I chefsenkäten svarar 10\u00a0% av 40 chefer 1 av 3 om HR på påståendet "
        "\u201dJag får det stöd jag behöver\u201d; 70\u00a0% svarar 3."
    )


def test_scores_come_from_the_chart_of_all_respondents_only() -> None:
    def chart(group: str, n: int) -> LikertChart:
        return LikertChart(
            title="Chefsenkäten: nöjdhet med stödet"
            if group == "Alla"
            else f"Chefsenkäten: {group}",
            group=group,
            scale=("1", "2", "3", "4", "5"),
            bars=(LikertBar("HR", n, (0.2, 0.2, 0.2, 0.2, 0.2)),),
            hidden=(),
            threshold=5,
        )

    scores = function_scores([chart("Alla", 140), chart("Vård och omsorg", 50)], [])
    assert scores == (FunctionScore("HR", "nöjdhet med stödet", 140, (0.2,) * 5),)
