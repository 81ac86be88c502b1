from __future__ import annotations

from synth.privacy.names import ambiguous_first_names, names_used_in_sweden, swedish_first_names


def test_the_dictionary_is_read_with_swedens_column() -> None:
    sweden = names_used_in_sweden()
    # common Swedish names have a frequency in the Sweden column...
    assert {"Anna", "Karin", "Lena", "Per", "Björn", "Åsa", "Örjan"} <= sweden
    # ...and names used elsewhere but not in Sweden do not
    assert "Fatima" not in sweden
    assert "Giuseppe" not in sweden


def test_names_common_elsewhere_count_as_names_in_swedish_text() -> None:
    names = swedish_first_names()
    assert names_used_in_sweden() <= names
    assert {"Fatima", "Ahmed", "Mohammed"} <= names


def test_plus_notation_expands_to_all_three_spellings() -> None:
    names = swedish_first_names()
    assert {"Abdel-Aziz", "Abdel Aziz", "Abdelaziz"} <= names
    assert not any("+" in name for name in names)


def test_stop_words_are_names_only_when_swedes_are_called_so() -> None:
    names = swedish_first_names()
    assert {"Hans", "Inga", "Dag"} <= names
    assert not {"Men", "Till", "Alla", "Man"} & names


def test_ambiguous_names_are_lower_case_swedish_words() -> None:
    ambiguous = ambiguous_first_names()
    assert {"per", "bo", "dag", "hans", "stig", "sten", "maj", "max", "ville"} <= ambiguous
    # a name that is no Swedish word is not ambiguous
    assert not {"karin", "anna", "ulf", "tove", "hugo", "vera"} & ambiguous
    assert all(word == word.casefold() for word in ambiguous)
