from __future__ import annotations

import stopwordsiso

from synth.privacy.pseudonymise import MARKERS
from synth.text.swedish import agent_of, kind_of, stem, stem_tokens, stop_words, tokens


def test_tokens_are_lower_case_and_keep_swedish_letters_and_compounds() -> None:
    assert tokens("Äldreomsorgen och IT-stödet på Öckerö") == [
        "äldreomsorgen",
        "it-stödet",
        "öckerö",
    ]


def test_numbers_and_markers_of_removed_personal_data_are_not_words() -> None:
    text = "Vi pratade med " + " ".join(MARKERS.values()) + " om 2023 års budget på 15 mnkr"
    found = tokens(text)
    assert not {"namn", "e-post", "telefon", "personnummer"} & set(found)
    assert not any(ch.isdigit() for word in found for ch in word)
    assert "budget" in found


def test_stop_words_come_from_the_package_plus_spoken_fillers() -> None:
    words = stop_words()
    assert set(stopwordsiso.stopwords("sv")) <= words
    assert {"liksom", "typ", "asså"} <= words
    assert tokens("och det är ju liksom att vi har typ ingen rektor") == ["rektor"]


def test_inflected_forms_share_a_stem() -> None:
    stems = stem_tokens("chefen cheferna chef förvaltningens förvaltningen")
    assert len(set(stems[:3])) == 1
    assert stems[3] == stems[4]


def test_the_first_part_of_a_compound_alone_does_not_name_it_where_asked() -> None:
    """ "Kommunen" is not the kommunledningskontor, nor "ledningen" the ledningsgrupp; an
    ending or a derivation is the same word ("budgeten", "prioriteras" of "prioritering"),
    and a compound built on a word names it ("budgetprocessen" of "budget")."""
    from synth.text.swedish import names_stem, stem

    office = {stem("kommunledningskontoret")}
    assert names_stem("De ska hjälpa hela kommunen.", office)
    assert not names_stem("De ska hjälpa hela kommunen.", office, by_modifier=False)
    assert not names_stem("Ledningen har blivit bättre.", {"ledningsgrupp"}, by_modifier=False)
    assert names_stem("Det ska inte prioriteras.", {"prioritering"}, by_modifier=False)
    assert names_stem("Budgeten kommer sent.", {stem("budget")}, by_modifier=False)
    assert names_stem("Budgetprocessen är tydligare.", {"budget"}, by_modifier=False)
    # a compound by its last part, where what stands before it can be a word: not "gem" of
    # "gemensam", nor "upp" of "upphandling"
    assert names_stem("Chefsomsättningen är hög.", {stem("omsättning")})
    assert names_stem("IT-budgeten räcker inte.", {stem("budget")})
    assert not names_stem("Vi har en gemensam plan.", {stem("ensam")})
    assert not names_stem("Upphandlingen tar tid.", {stem("handling")})


def test_a_role_is_a_kind_of_its_last_part_however_short() -> None:
    assert kind_of("sektorschef", "chef") and kind_of("hr-chef", "chef") and kind_of("chef", "chef")
    # a first part too short to be a word of its own is no compound
    assert not kind_of("gemensam", "ensam") and not kind_of("förskola", "skola")


def test_the_unit_doing_what_a_short_stem_names_names_it() -> None:
    """ "Lönekontoret är pålitligt" is said of payroll: a short stem names no compound
    otherwise ("lön" is no part of "lönsamhet")."""
    from synth.text.swedish import names_stem, stem, unit_compounds

    assert names_stem("Lönekontoret är pålitligt.", {stem("lönerna")}, by_modifier=False)
    assert not names_stem("Lönsamheten är god.", {stem("lönerna")}, by_modifier=False)
    assert unit_compounds("upphandling") == frozenset()  # long enough to name them anyway


def test_an_activity_is_done_by_its_agent_noun() -> None:
    """A kommunikatör does kommunikation, an administratör administration; a word that only
    begins alike does not ("kommunal")."""
    assert agent_of(stem("kommunikation"), stem("kommunikatörer"))
    assert agent_of(stem("administration"), stem("administratör"))
    assert agent_of(stem("koordination"), stem("koordinatorn"))
    assert not agent_of(stem("kommunikation"), stem("kommunal"))
    assert not agent_of(stem("rekrytering"), stem("rekryterare"))
