"""Who may be pointed at: a role named only when enough sources share it, and a speaker's
"vi" written as their unit only when that names no single person."""

from __future__ import annotations

from dataclasses import replace

from synth.privacy.roles import RoleGroups
from synth.records import SourceType, Statement


def said(source: str, role: str, sector: str, kind: SourceType = SourceType.INTERVJU) -> Statement:
    return Statement(f"{source}.001", source, kind, 1, "Vi hinner inte.", role=role, sector=sector)


def test_a_unit_is_named_only_where_a_quote_could_name_its_role() -> None:
    it_head = said("INT-01", "IT-chef", "Kommunledningskontoret")
    sector_heads = [said(f"INT-1{k}", "Sektorschef", f"Sektor {k}") for k in range(6)]
    statements = {s.id: s for s in (it_head, *sector_heads)}
    roles = RoleGroups.count(statements, threshold=5)

    # the only IT-chef: "IT-enheten" would be the person
    assert roles.attribute(it_head) == ("intervju", True)
    assert roles.unit(it_head) is None
    # six sektorschefer share the role, but each is the only one of their sector: the
    # sector named as the unit would point at one of them
    assert roles.attribute(sector_heads[0]) == ("sektorschef", False)
    assert roles.unit(sector_heads[0]) is None
    # with the threshold met, the unit is named as before
    lenient = RoleGroups.count(statements, threshold=1)
    unit = lenient.unit(it_head)
    assert unit is not None and unit.name == "IT-enheten"
    sector_unit = lenient.unit(sector_heads[0])
    assert sector_unit is not None and sector_unit.name == "Sektor 0"


def test_an_interview_quote_is_not_hidden_among_survey_answers_with_its_role() -> None:
    # one avdelningschef interviewed, seven answering the survey: the interview quote
    # reads as spoken, and the interviewees are listed, so it points at the one
    interviewed = said("INT-01", "Avdelningschef", "Kommunledningskontoret")
    answers = [
        said(f"ENK-{k:04d}", "Avdelningschef", "Kommunledningskontoret", SourceType.ENKAT)
        for k in range(7)
    ]
    others = [said(f"INT-1{k}", "Rektor", "Barn och utbildning") for k in range(5)]
    roles = RoleGroups.count({s.id: s for s in (interviewed, *answers, *others)}, threshold=5)

    assert roles.attribute(interviewed) == ("intervju", True)
    assert roles.unit(interviewed) is None
    # the survey's own answers are seven of one role and sector
    assert roles.attribute(answers[0]) == ("avdelningschef, Kommunledningskontoret", False)
    # five interviewed rektorer are as many as the threshold among the interviews
    assert roles.attribute(others[0]) == ("rektor, Barn och utbildning", False)


def test_the_only_holder_of_a_role_who_speaks_for_their_unit_is_named_by_it() -> None:
    it_head = said("INT-01", "IT-chef", "Kommunledningskontoret")
    group = said("FOK-01", "Enhetschefer", "Vård och omsorg", SourceType.FOKUSGRUPP)
    sector_heads = [said(f"INT-1{k}", "Sektorschef", f"Sektor {k}") for k in range(6)]
    roles = RoleGroups.count({s.id: s for s in (it_head, group, *sector_heads)}, threshold=5)

    assert roles.names_speaker(it_head, "Vi har fyra vakanser av nitton tjänster.")
    assert roles.names_speaker(it_head, "Det tar tid för oss att svara.")
    # nothing said for the unit, or the idiom of a divide: no one pointed at by "vi"
    assert not roles.names_speaker(it_head, "Systemen har blivit fler.")
    assert not roles.names_speaker(it_head, 'Det finns ett "vi och dom" mot stadshuset.')
    # a group's "vi" is the group's; a role six share is no one in particular
    assert not roles.names_speaker(group, "Vi har ingen egen planerare längre.")
    assert not roles.names_speaker(sector_heads[0], "Vi har ingen egen planerare längre.")


def test_a_survey_answer_for_a_unit_is_one_of_its_role_in_its_sector() -> None:
    """ "vårt ärendesystem för bygglov är gammalt" was one of Samhällsbyggnad's three
    avdelningschefer who answered, the one for bygglov (blind reviews 109 and 110),
    though the survey's avdelningschefer are many: the client's export gives each answer
    its role and sector. Where as many of the role answered in the sector as the
    threshold asks, the unit names no one."""
    building = [
        said(f"ENK-00{k}", "Avdelningschef", "Samhällsbyggnad", SourceType.ENKAT)
        for k in range(10, 13)
    ]
    care = [
        said(f"ENK-00{k}", "Avdelningschef", "Vård och omsorg", SourceType.ENKAT)
        for k in range(20, 26)
    ]
    roles = RoleGroups.count({s.id: s for s in (*building, *care)}, threshold=5)

    assert roles.attribute(building[0]) == ("avdelningschef", False)
    assert roles.names_speaker(building[0], "Vårt ärendesystem för bygglov är gammalt.")
    assert not roles.names_speaker(building[0], "Ärendesystemet för bygglov är gammalt.")
    assert not roles.names_speaker(care[0], "Vårt verksamhetssystem är gammalt.")


def test_the_only_holder_of_a_role_who_names_their_own_unit_is_named_by_it() -> None:
    """Blind review 85: "Någon sorts tjänstekatalog, där det står vad kansliet gör" was
    the kanslichef, by what they said of their own unit, though the sentence has no
    "vi"."""
    chancery = said("INT-07", "Kanslichef", "Kommunledningskontoret")
    it_head = said("INT-06", "IT-chef", "Kommunledningskontoret")
    ifo = said("INT-08", "Verksamhetschef IFO", "Vård och omsorg")
    director = said("INT-01", "Kommundirektör", "Kommunledningskontoret")
    everyone = (chancery, it_head, ifo, director)
    roles = RoleGroups.count({s.id: s for s in everyone}, threshold=5)

    wish = "Någon sorts tjänstekatalog, där det står vad kansliet gör."
    assert roles.names_speaker(chancery, wish)
    assert not roles.may_quote(replace(chancery, text=wish))
    assert roles.names_speaker(it_head, "Och då ser det ut som att IT är långsamma.")
    assert roles.names_speaker(ifo, "Inom IFO har vi konsulter sedan ett år.")
    # another's unit, a word that only begins like it, or the administration everyone
    # names: no one pointed at
    assert not roles.names_speaker(it_head, wish)
    assert not roles.names_speaker(it_head, "Det blir fler digitala verktyg.")
    assert not roles.names_speaker(director, "Förvaltningen har blivit bättre på att lyssna.")


def test_a_judgment_of_the_one_holder_of_a_role_is_neither_quoted_nor_a_line() -> None:
    """ "Kommundirektören lyssnar och är tydlig" judges the one kommundirektör, on a slide
    she is shown (review 44); "rektorerna" or "en rektor" is no one in particular."""
    from synth.draft.offline import evidence_sentence

    director = Statement("INT-01.001", "INT-01", SourceType.INTERVJU, 1, "x", role="Kommundirektör")
    answers = [
        Statement(
            f"ENK-{k:04d}.001",
            f"ENK-{k:04d}",
            SourceType.ENKAT,
            1,
            "Kommundirektören lyssnar och är tydlig, det märks att ledningen blivit bättre.",
            role="Rektor",
        )
        for k in range(1, 7)
    ]
    roles = RoleGroups.count({s.id: s for s in (director, *answers)}, threshold=5)
    assert roles.names_one_person(answers[0].text)
    assert not roles.names_one_person("Rektorerna lyssnar på en rektor som vet.")
    assert not roles.may_quote(answers[0])
    assert evidence_sentence(answers[0].text, answers[:3], "styrka", roles) is None
    other = Statement(
        "ENK-0009.001",
        "ENK-0009",
        SourceType.ENKAT,
        1,
        "Ledningen lyssnar och är tydlig nu.",
        role="Rektor",
    )
    assert roles.may_quote(other)


def _answers(text: str, role: str, sector: str) -> tuple[list[Statement], RoleGroups]:
    """Nine survey answers in the same words, of one role in one sector, and their role
    groups."""
    said = [
        Statement(f"ENK-00{k:02d}.001", f"ENK-00{k:02d}", SourceType.ENKAT, 1, text, role, sector)
        for k in range(1, 10)
    ]
    return said, RoleGroups.count({s.id: s for s in said}, threshold=5)


def test_a_quote_about_one_third_person_is_not_shown() -> None:
    """Review 51: "Svårt att få tag på HR-konsulten, hon har för många chefer att stötta"
    under "avdelningschef, Vård och omsorg" judged the one HR consultant its speaker's
    unit has; whoever works with her knows who. Many of a role may be spoken of."""
    said, roles = _answers(
        "Svårt att få tag på HR-konsulten, hon har för många chefer att stötta.",
        "Avdelningschef",
        "Vård och omsorg",
    )
    assert not roles.may_quote(said[0])
    many = replace(said[1], text="HR-konsulterna har för många chefer att stötta.")
    assert roles.may_quote(many)


def test_a_quote_that_counts_the_speakers_own_units_is_not_shown() -> None:
    """Blind review 136: "HR:s stöd när vi slog ihop två förskolor …" under "förskolechef,
    Barn och utbildning" is the one förskolechef who merged two preschools, though the
    role is held by many: a count of the units the speaker's group leads or changed names
    them. A count of anything else, or units not the speaker's, passes."""
    said, roles = _answers(
        "HR:s stöd när vi slog ihop två förskolor, både med MBL och med personalen.",
        "Förskolechef",
        "Barn och utbildning",
    )
    assert not roles.may_quote(said[0])
    for text in (
        "HR:s stöd när förskolorna slogs ihop, både med MBL och med personalen.",
        "Vi har tappat en hel byggsäsong två år i rad.",
        "Vi har två IT-tekniker som sektorn själv anställde.",
        "Två förskolor i norra delen har tomma platser.",
    ):
        assert roles.may_quote(replace(said[1], text=text)), text
    assert not roles.may_quote(replace(said[1], text="Tre av våra enheter saknar administratör."))
    # a group's "vi" is the group's: a focus group's purchase for two preschools is told
    group = replace(said[2], source_id="FOK-01", source_type=SourceType.FOKUSGRUPP, role=None)
    assert roles.may_quote(replace(group, text="Vi skulle köpa nya utemiljöer till två förskolor."))


def test_a_quote_about_the_one_colleague_of_the_speakers_unit_is_not_shown() -> None:
    """Blind reviews 96-99: a focus group's "leverantören sa att det var vår
    systemförvaltare" blamed the one half-time systemförvaltare of its sector, and "Min
    controller är lätt att nå" pointed at one of four controllers. Several of a role, or
    a sentence of the turn that names none of them, may be quoted."""
    from synth.privacy.quotes import names_own_colleague

    assert names_own_colleague("IT sa att det var leverantören, som sa vår systemförvaltare.")
    assert names_own_colleague("Min controller är lätt att nå.")
    assert names_own_colleague("Vår HR-konsult är jättekunnig.")
    assert not names_own_colleague("Våra controllers är bra och vår kommun växer.")
    group = Statement(
        "FOK-01.034",
        "FOK-01",
        SourceType.FOKUSGRUPP,
        34,
        "Ärendena bollas. Leverantören sa att det var vår systemförvaltare, i tre veckor.",
        role="Enhetschef",
        sector="Vård och omsorg",
    )
    roles = RoleGroups.count({group.id: group}, threshold=5)
    assert not roles.may_quote(group)
    assert roles.may_quote(group, shown="Ärendena bollas mellan IT och leverantören.")
    assert roles.may_quote(replace(group, text="Ärendena bollas mellan IT och leverantören."))


def test_the_only_small_group_interview_is_told_as_an_interview() -> None:
    """ "I en gruppintervju beskrivs att …" was the two controllers to anyone who knows who
    was interviewed (blind reviews 55-57): as a quote from it names it, a line from the
    only group interview is an interview's; a focus group's is the group's."""
    from synth.draft.offline import evidence_sentence

    interviews = [said(f"INT-0{k}", "Sektorschef", "Vård och omsorg") for k in range(1, 6)]
    controllers = said("GRP-01", "Controller;Controller", "", SourceType.GRUPPINTERVJU)
    group = said("FOK-01", "Enhetschef", "Vård och omsorg", SourceType.FOKUSGRUPP)
    roles = RoleGroups.count({s.id: s for s in (*interviews, controllers, group)}, threshold=5)
    assert roles.told_kind(controllers) is SourceType.INTERVJU
    assert roles.told_kind(group) is SourceType.FOKUSGRUPP
    assert roles.told_kind(interviews[0]) is SourceType.INTERVJU
    sentence = "Varje gång en ny chef kommer så börjar man om med budgeten."
    line = evidence_sentence(sentence, [controllers], "svaghet", roles)
    assert line is not None and line.startswith("I en intervju beskrivs att")
    told = evidence_sentence(sentence, [group], "svaghet", roles)
    assert told is not None and told.startswith("I en fokusgrupp beskrivs att")
    # and counted as one wherever sources are counted (the breadth, the fieldwork)
    assert roles.told_types() == {SourceType.GRUPPINTERVJU: SourceType.INTERVJU}
    # five group interviews are as many as a role may be named by: each is told as one
    groups = [
        said(f"GRP-0{k}", "Controller;Controller", "", SourceType.GRUPPINTERVJU)
        for k in range(1, 6)
    ]
    many = RoleGroups.count({s.id: s for s in (*interviews, *groups, group)}, threshold=5)
    assert many.told_types() == {}
    assert many.told_kind(groups[0]) is SourceType.GRUPPINTERVJU


def test_a_role_a_group_holds_names_no_one_person() -> None:
    """ "Rapporterna är svåra att läsa men controllern förklarar gärna" was kept off the
    slide about the reports as a judgment of the one controller: two were interviewed
    together, and the survey answer speaks of the respondent's own (blind review 70)."""
    director = said("INT-01", "Kommundirektör", "Kommunledningskontoret")
    controllers = said("GRP-01", "Controller", "Kommunledningskontoret", SourceType.GRUPPINTERVJU)
    answers = [
        said(f"ENK-00{k}", "Rektor", "Barn och utbildning", SourceType.ENKAT) for k in range(20, 25)
    ]
    answer = answers[0]
    roles = RoleGroups.count({s.id: s for s in (director, controllers, *answers)}, threshold=5)

    assert not roles.names_one_person("Rapporterna är svåra men controllern förklarar gärna.")
    # the one kommundirektör is still the one person her role names
    assert roles.names_one_person("Kommundirektören lyssnar och är tydlig.")
    # nor does a quote that speaks of the controller stay unshown for it; one that names
    # the respondent's own ("min controller") does (`names_own_colleague`, reviews 96-99)
    quoted = replace(answer, text="Controllern är lätt att nå och svarar direkt.")
    assert roles.may_quote(quoted)
    assert not roles.may_quote(replace(answer, text="Min controller är lätt att nå."))


def test_a_survey_label_does_not_take_in_someone_the_report_lists_as_interviewed() -> None:
    """Five verksamhetschefer in Vård och omsorg answered, and the "Verksamhetschef IFO" of
    that sector was interviewed and is named in the report's list: "verksamhetschef, Vård
    och omsorg" under a survey answer is one of four others or the one listed (blind
    reviews 67-71). The answer is still quotable: the role is five people's."""
    interviewed = said("INT-11", "Verksamhetschef IFO", "Vård och omsorg")
    answers = [
        said(f"ENK-{k:04d}", "Verksamhetschef", "Vård och omsorg", SourceType.ENKAT)
        for k in range(5)
    ]
    rektorer = [
        said(f"ENK-1{k:03d}", "Rektor", "Barn och utbildning", SourceType.ENKAT) for k in range(6)
    ]
    interviewed_rektor = said("INT-12", "Rektor", "Barn och utbildning")
    roles = RoleGroups.count(
        {s.id: s for s in (interviewed, interviewed_rektor, *answers, *rektorer)}, threshold=5
    )

    assert roles.attribute(answers[0]) == ("enkätsvar", False)
    assert roles.may_quote(answers[0])
    assert roles.unit(answers[0]) is None
    # six rektorer answered beside the one interviewed: five others hide the answer
    assert roles.attribute(rektorer[0]) == ("rektor, Barn och utbildning", False)
    # with a sixth verksamhetschef answering, five besides the one listed
    more = [*answers, said("ENK-0099", "Verksamhetschef", "Vård och omsorg", SourceType.ENKAT)]
    wider = RoleGroups.count({s.id: s for s in (interviewed, *more)}, threshold=5)
    assert wider.attribute(answers[0]) == ("verksamhetschef, Vård och omsorg", False)


def test_a_listed_head_of_any_kind_may_be_among_the_answering_heads() -> None:
    """Six avdelningschefer of Kommunledningskontoret answered; the HR-chef and the
    kommunikationschef interviewed there are among them to a reader, who cannot tell
    which title a head answers under (blind review 74). Four others are too few to name
    the sector; across the kommun the role hides enough, and the kommundirektör is no
    head of an avdelning."""
    listed = [
        said("INT-05", "HR-chef", "Kommunledningskontoret"),
        said("INT-12", "Kommunikationschef", "Kommunledningskontoret"),
        said("INT-01", "Kommundirektör", "Kommunledningskontoret"),
    ]
    central = [
        said(f"ENK-{k:04d}", "Avdelningschef", "Kommunledningskontoret", SourceType.ENKAT)
        for k in range(6)
    ]
    elsewhere = [
        said(f"ENK-1{k:03d}", "Avdelningschef", "Vård och omsorg", SourceType.ENKAT)
        for k in range(6)
    ]
    roles = RoleGroups.count({s.id: s for s in (*listed, *central, *elsewhere)}, threshold=5)

    assert roles.attribute(central[0]) == ("avdelningschef", False)
    assert roles.attribute(elsewhere[0]) == ("avdelningschef, Vård och omsorg", False)
