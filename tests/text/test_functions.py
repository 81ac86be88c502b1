"""Which support function a text names, and the functions a survey asks about."""

from __future__ import annotations

from synth.text.functions import (
    function_labels,
    function_of,
    function_parts,
    headline_function,
    lines_function,
    names_function,
    role_function,
)

FUNCTIONS = ["IT/digitalisering", "HR", "Ekonomi/controller", "Lokalförsörjning"]


def test_function_labels_keep_the_words_questions_do_not_share() -> None:
    labels = function_labels(
        ["Hur nöjd är du med stödet från HR?", "Hur nöjd är du med stödet från ekonomi?"]
    )
    assert labels == {
        "Hur nöjd är du med stödet från HR?": "HR",
        "Hur nöjd är du med stödet från ekonomi?": "Ekonomi",
    }


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


def test_a_name_that_shares_its_last_part_means_the_compound_not_its_first_word() -> None:
    """ "Nämnd- och kansliadministration" put the inventory's kansli figure under "Det är
    för många mål": its lines named "nämnderna" and "nämndmål", which speak of the
    committees and their goals."""
    functions = ["Nämnd- och kansliadministration", *FUNCTIONS]
    goals = [
        "Fullmäktige har tolv inriktningsmål, sen bryter nämnderna ner dem i nämndmål.",
        "Varje nämnd har sina egna mål ovanpå fullmäktiges mål.",
    ]
    assert function_of(goals, functions) is None
    staffed = ["Nämndadministrationen har två tjänster vakanta.", "Nämndsadministrationen dröjer."]
    assert function_of(staffed, functions) == "Nämnd- och kansliadministration"


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


def test_a_headline_is_about_the_function_its_subject_names() -> None:
    functions = ["HR", "Upphandling", "IT/digitalisering"]
    assert headline_function("Upphandling är krånglig och tar för lång tid", functions) == (
        "Upphandling"
    )
    assert headline_function("IT-stödet till skolan räcker inte", functions) == (
        "IT/digitalisering"
    )
    # named in passing, not as what the headline is about
    assert headline_function("Cheferna får vänta på HR i veckor", functions) is None
    assert headline_function("Det är för många mål", functions) is None
    # a "det" that stands for what follows is no subject: the headline is about the
    # function it names after it
    functions = [*functions, "Lokalförsörjning"]
    assert headline_function(
        "Det är oklart vem som bestämmer inom lokalförsörjning", functions
    ) == ("Lokalförsörjning")
    assert headline_function(
        "Det finns önskemål om en tydlig lokalförsörjningsprocess", functions
    ) == ("Lokalförsörjning")
    assert headline_function("Det är svårt att rekrytera behöriga lärare", functions) is None


def test_a_support_role_is_of_the_function_whose_label_begins_as_it_does() -> None:
    functions = [
        "Ekonomi/controller",
        "Chefsnära administration/assistenter",
        "Kommunikation",
        "Nämnd- och kansliadministration",
        "IT/digitalisering",
    ]
    assert role_function("administratör", functions) == "Chefsnära administration/assistenter"
    assert role_function("kommunikatör", functions) == "Kommunikation"
    assert role_function("ekonomer", functions) == "Ekonomi/controller"
    # no label begins as it does: "tekniker" of IT, "jurist" of "Juridik"
    assert role_function("tekniker", functions) is None
    assert role_function("jurist", ["Juridik"]) is None
    # two labels that begin as it does: neither
    assert role_function("administratör", [*functions, "Administration"]) is None


def test_a_function_named_only_to_be_left_out_is_not_what_a_question_asks_about() -> None:
    """ "Om ni behöver hjälp med något som inte är HR, IT eller ekonomi, t.ex.
    kommunikation eller upphandling, vart vänder ni er?" asks about none of the three:
    with one question about IT beside it, a focus group's answers were listed on the IT
    slide (blind review 156)."""
    functions = ["HR", "IT/digitalisering", "Ekonomi", "Kommunikation", "Upphandling"]
    besides = (
        "Om ni behöver hjälp med något som inte är HR, IT eller ekonomi, t.ex. kommunikation "
        "eller upphandling, vart vänder ni er?"
    )
    it = "Då tar vi IT. Hur fungerar det?"
    assert lines_function([besides, it, "Hur fungerar IT-stödet?"], functions) is None
    assert lines_function([it, it], functions) == "IT/digitalisering"
    # what is said of one function, however it is put, still names it
    assert function_of(["Det är inte IT:s fel att ärendena bollas"], functions) == (
        "IT/digitalisering"
    )


def test_a_function_is_named_by_the_first_part_its_name_shares_with_its_description() -> None:
    """Blind reviews 164 and 165: "Lokalfrågor fastnar" and "friktion kring lokalerna"
    speak of lokalförsörjning, which the inventory form describes as "Lokalbehov, …"."""
    lokal = ("Lokalförsörjning", "Lokalbehov, hyresavtal och kontakt med fastighetsägare.")
    assert function_parts(*lokal) == {"lokal"}
    assert names_function("Lokalfrågor fastnar och ingen tar ansvar.", *lokal)
    assert names_function("Vi har haft en del friktion kring lokalerna.", *lokal)
    assert names_function("Lokalförsörjningsplanen finns men följs inte.", *lokal)
    assert names_function("Ingen tar ett helhetsgrepp om skollokalerna.", *lokal)
    # an adjective's forms say where, not what
    assert not names_function("Vi får inte köpa lokalt fast det ofta är billigare.", *lokal)
    assert not names_function("Vi handlar av lokala leverantörer.", *lokal)
    # without its description, by its name alone
    assert names_function("Lokalförsörjningen tar tid.", "Lokalförsörjning")
    assert not names_function("Lokalfrågor fastnar.", "Lokalförsörjning")
    # every word of a name of two: "administration" alone is not chefsnära
    chefs = ("Chefsnära administration/assistenter", "Administratörer och assistenter.")
    assert names_function("Den chefsnära administrationen räcker inte.", *chefs)
    assert not names_function("Kansliadministrationen är underbemannad.", *chefs)
    # a suffix is no part of a compound: "kommun" of "kommunikation" and "kommunens"
    assert function_parts("Kommunikation", "Kommunens webb och sociala medier.") == set()
    assert function_parts("IT/digitalisering", "IT-stöd, system och e-tjänster.") == set()
