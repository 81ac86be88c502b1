"""The offline builder: themes and statements in, the records the slides are drawn from out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from synth.deck.content import (
    DeckContent,
    Observation,
    Providers,
    Recommendation,
    fieldwork,
    leaning,
    observations_from_themes,
    reach,
)
from synth.deck.survey import StaffRow, StaffTable
from synth.records import Source, SourceType, Statement, Theme
from tests.drafted import finding


def statement(
    sid: str,
    text: str,
    role: str | None = None,
    sector: str | None = None,
    kind: SourceType | None = None,
) -> Statement:
    """A statement of source `sid`'s first part, a survey answer where that is "ENK…"."""
    source = sid.split(".")[0]
    if kind is None:
        kind = SourceType.ENKAT if source.startswith("ENK") else SourceType.INTERVJU
    return Statement(
        id=sid, source_id=source, source_type=kind, position=1, text=text, role=role, sector=sector
    )


STATEMENTS = {
    s.id: s
    for s in [
        statement("INT-01.001", "IT-supporten är långsam och ärendena ligger kvar i veckor."),
        statement("INT-02.004", "IT-supporten är långsam och ärendena ligger kvar i veckor."),
        statement("INT-02.005", "[skratt] Ja, IT-supporten, det vet alla hur det är med den."),
        statement("INT-03.002", "- IT-supporten - systemägarna - ingen vet vem som äger frågan"),
        statement("ENK-0001.001", "Ingen vet vem som äger systemen när IT-supporten inte svarar."),
        statement("ENK-0002.001", "Vi har köpt egna datorer för att IT-supporten inte hinner med."),
        statement("ENK-0003.001", "Bra."),
        statement(
            "ENK-0004.001", 'Det så kallade "lilla stödet" fungerar men IT-supporten gör det inte.'
        ),
    ]
}


def theme(tid: str = "T01", **changes: object) -> Theme:
    values: dict[str, object] = {
        "id": tid,
        "label": "IT-supporten är långsam …",
        "auto_label": "IT-supporten är långsam …",
        "perspective": "strukturer",
        "polarity": {"svaghet": 5, "styrka": 1},
        "keywords": ("it-supporten", "äger", "veckor"),
        "quotes": ("INT-01.001", "INT-02.004", "ENK-0002.001"),
        "breadth": {
            "sources": {"intervju": 3, "enkät": 3},
            "totals": {"intervju": 9, "enkät": 152},
            "text": "nämns i 3 av 9 intervjuer och 3 enkätsvar",
        },
        "size": len(STATEMENTS),
        "statement_ids": tuple(STATEMENTS),
    }
    values.update(changes)
    return Theme(**values)  # type: ignore[arg-type]


def _content(observations: tuple[Observation, ...]) -> DeckContent:
    """A deck of `observations` alone."""
    return DeckContent(
        client="X",
        commission="",
        date=dt.date(2026, 12, 1),
        fieldwork=fieldwork({}, 0, None),
        observations=observations,
    )


def test_the_providers_own_survey_answers_are_no_evidence_about_their_function() -> None:
    """Blind review 148: "HR-direkten i telefon är bra" under "HR-stödet är bra" was an
    avdelningschef's in the central administration, whose ratings the survey's figure
    beside it leaves out. Their survey answers are left off the slide (and said so in the
    notes) under a finding about a function they run; interviews, and findings about
    anything else, keep them, as does a finding with nothing else to show."""
    from synth.deck.notes import observation_notes
    from synth.records import Bullet, Drafts

    providers = Providers("Kommunledningskontoret", ("HR",))
    central = dataclasses.replace(
        statement("ENK-0009.001", "HR-direkten är bra."), sector="Kommunledningskontoret"
    )
    said = {**STATEMENTS, central.id: central}
    own = Bullet("I ett enkätsvar beskrivs att HR-direkten är bra.", (central.id,))
    other = Bullet("I en intervju beskrivs att HR svarar samma dag.", ("INT-01.001",))

    def shown(headline: str, *bullets: Bullet) -> Observation:
        support = tuple(i for b in bullets for i in b.statement_ids)
        drafts = Drafts(
            themes=(finding("T01", headline, support, bullets),),
            assessment=None,
            recommendations=(),
        )
        (observation,) = observations_from_themes(
            [theme(label=headline, quotes=())], said, drafts, providers=providers
        )
        return observation

    about_hr = shown("HR-stödet är bra", other, own)
    assert [b.text for b in about_hr.bullets] == [other.text]
    # nor does the count of answers that the finding is heard in (blind review 150: "25
    # enkätsvar" under "HR-stödet är bra" counted them), unless a line shown tells of one
    assert about_hr.breadth == "Nämns i 1 av 9 intervjuer"
    assert "Ej medräknade i bredden: ENK-0009.001 (enkätsvar från chefer i den förvaltning" in (
        observation_notes(about_hr)
    )
    both = Bullet("I två enkätsvar beskrivs att HR är bra.", (central.id, "ENK-0001.001"))
    assert shown("HR-stödet är bra", other, both).breadth.endswith("och 2 enkätsvar")
    assert shown("Cheferna har för många mål", other, own).breadth.endswith("och 1 enkätsvar")
    assert (
        f"– {own.text} [uttalanden ENK-0009.001; källor ENK-0009]\n   visas inte på bilden: "
        "enkätsvar från en chef i den förvaltning som leder funktionen"
    ) in observation_notes(about_hr)
    assert [b.text for b in shown("Cheferna har för många mål", other, own).bullets] == [
        other.text,
        own.text,
    ]
    assert [b.text for b in shown("HR-stödet är bra", own).bullets] == [own.text]


def test_those_who_run_the_functions_are_quoted_only_under_their_own_name() -> None:
    """Blind review 136: "– avdelningschef" under "Det är svårt att få hjälp från
    kommunikation" was one of the handful of heads in the central administration, the
    communication head's peers, whose ratings the survey's figure beside it leaves out.
    Blind review 137: a provider's words under a label that hides where they work read as
    a recipient's ("one population rule, applied to ratings and free text alike"). The
    central administration's own are quoted only where the label names it, and never
    under a finding about a function the survey rates."""
    providers = Providers(" kommunledningskontoret", ("IT/digitalisering", "HR"))
    # enough enhetschefer there for a label to name the office
    peers = {
        f"ENK-01{k:02d}.001": dataclasses.replace(
            statement(f"ENK-01{k:02d}.001", "Annat."),
            role="enhetschef",
            sector="Kommunledningskontoret",
        )
        for k in range(5)
    }

    def quoted(headline: str, run_by: Providers | None, **who: str) -> list[str]:
        central = dataclasses.replace(STATEMENTS["ENK-0002.001"], **who)
        (observation,) = observations_from_themes(
            [theme(label=headline)],
            {**STATEMENTS, **peers, central.id: central},
            providers=run_by,
        )
        return [q.statement_id for q in observation.quotes]

    label = "Stödet från IT räcker inte till"
    other = "Datorerna räcker inte till"  # names no function the survey rates
    hidden = {"sector": "Kommunledningskontoret"}
    named = {"sector": "Kommunledningskontoret", "role": "enhetschef"}
    assert "ENK-0002.001" in quoted(label, None, **hidden)
    assert "ENK-0002.001" not in quoted(label, providers, **hidden)
    assert "ENK-0002.001" not in quoted(label, providers, **named)
    assert "ENK-0002.001" not in quoted(other, providers, **hidden)
    assert "ENK-0002.001" in quoted(other, providers, **named)


def test_lines_on_one_slide_tell_their_sources_apart() -> None:
    """Blind review 138 counted 45 lines opening "I en intervju beskrivs att": on one
    slide, three such lines read as one interview told three times. A later line from
    another source of the kind says so, one from the same source says it is the same."""
    from synth.deck.content import Bullet, told_apart

    def line(text: str, source: str) -> Bullet:
        return Bullet(text, (f"{source}.001",), source_ids=(source,))

    told = told_apart(
        [
            line("I en intervju beskrivs att strategin är mest vision.", "INT-01"),
            line("I ett enkätsvar nämns ”inget händer”.", "ENK-0003"),
            line("I en intervju beskrivs att strategin saknar pengar.", "INT-02"),
            line("I en intervju beskrivs att ingen prioriterar.", "INT-03"),
            line("I ett enkätsvar nämns ”planen finns inte”.", "ENK-0004"),
            line("I en intervju beskrivs att ingen äger frågan.", "INT-02"),
            Bullet("I två intervjuer beskrivs att det går långsamt.", ("INT-04.001",)),
        ]
    )
    assert [b.text for b in told] == [
        "I en intervju beskrivs att strategin är mest vision.",
        "I ett enkätsvar nämns ”inget händer”.",
        "I en annan intervju beskrivs att strategin saknar pengar.",
        "I en tredje intervju beskrivs att ingen prioriterar.",
        "I ett annat enkätsvar nämns ”planen finns inte”.",
        "I samma intervju beskrivs också att ingen äger frågan.",
        "I två intervjuer beskrivs att det går långsamt.",
    ]


def test_lines_are_told_apart_anew_once_the_slide_leaves_one_out() -> None:
    """Blind review 161: "I samma intervju bekräftas också …" stood on a slide whose line
    of that interview had given way for the text to stay at 16 pt."""
    from synth.deck.content import Bullet, told_again, told_apart

    def line(text: str, source: str) -> Bullet:
        return Bullet(text, (f"{source}.001",), source_ids=(source,))

    told = told_apart(
        [
            line("I en intervju beskrivs att ett ärende bollas.", "INT-02"),
            line("I en intervju beskrivs att ärendet väntar på ett beslut.", "INT-06"),
            line("I en intervju bekräftas bilden delvis: servicedesken svarar.", "INT-06"),
        ]
    )
    assert [b.text for b in told][1:] == [
        "I en annan intervju beskrivs att ärendet väntar på ett beslut.",
        "I samma intervju bekräftas också bilden delvis: servicedesken svarar.",
    ]
    # the second gives way
    assert [b.text for b in told_again([told[0], told[2]])] == [
        "I en intervju beskrivs att ett ärende bollas.",
        "I en annan intervju bekräftas bilden delvis: servicedesken svarar.",
    ]


def test_a_line_of_one_answer_or_one_focus_group_says_who_gave_it() -> None:
    """Blind review 158: "every body slide is a chain of 'I en intervju beskrivs att…'". A
    report says who holds a view: an answer by its role, where a quote of it would be
    labelled so (five rektorer in Barn och utbildning answered, one HR-chef did), and a
    focus group by its sector: by its roles, the few of one role in a group of several
    were told apart by what they say of their own unit (blind review 159)."""
    from synth.deck.content import Bullet, by_role, told_apart
    from synth.privacy.roles import RoleGroups

    def said(sid: str, role: str, sector: str, kind: SourceType = SourceType.ENKAT) -> Statement:
        return statement(sid, "Det tar tid.", role, sector, kind)

    answers = [said(f"ENK-000{k}.001", "Rektor", "Barn och utbildning") for k in range(1, 6)]
    group = [
        said("FOK-01.001", "Rektor", "Barn och utbildning", SourceType.FOKUSGRUPP),
        said("FOK-01.002", "Förskolechef", "Barn och utbildning", SourceType.FOKUSGRUPP),
        said("FOK-02.001", "Enhetschef", "Vård och omsorg", SourceType.FOKUSGRUPP),
        # a group without its sectors, of one role
        said("FOK-03.001", "Rektor", "", SourceType.FOKUSGRUPP),
    ]
    lone = said("ENK-0009.001", "HR-chef", "Kommunledningskontoret")
    others = [
        said("ENK-0010.001", "Förskolechef", "Barn och utbildning"),
        said("ENK-0011.001", "Kanslichef", "Kommunledningskontoret"),
    ]
    statements = {st.id: st for st in [*answers, *group, lone, *others]}
    groups = RoleGroups.count(statements, 5)

    def line(text: str, sid: str) -> Bullet:
        return Bullet(text, (sid,), source_ids=(sid.split(".")[0],))

    told = told_apart(
        by_role(
            [
                line("I ett enkätsvar beskrivs att ärenden tar veckor.", "ENK-0001.001"),
                line("I en fokusgrupp nämns ”det tar tid”.", "FOK-01.001"),
                line("I ett enkätsvar efterfrågas en väg in.", "ENK-0002.001"),
                line("I ett enkätsvar beskrivs att HR svarar.", "ENK-0009.001"),
                line("I en fokusgrupp beskrivs att ingen svarar.", "FOK-01.002"),
                line("I en fokusgrupp beskrivs att ingen ringer.", "FOK-02.001"),
                line("I en fokusgrupp beskrivs att ingen skriver.", "FOK-03.001"),
                line("I ett enkätsvar på frågan ”Vad saknas?” nämns ”en väg in”.", "ENK-0003.001"),
                Bullet(
                    "I två enkätsvar med samma ordalydelse från samma sektor nämns ”för sent”.",
                    ("ENK-0004.001", "ENK-0005.001"),
                    source_ids=("ENK-0004", "ENK-0005"),
                ),
                # answers of two roles are told as the draft tells them
                Bullet(
                    "I två enkätsvar beskrivs att ingen svarar.",
                    ("ENK-0004.001", "ENK-0009.001"),
                    source_ids=("ENK-0004", "ENK-0009"),
                ),
                # and where they are of one sector, by the sector: after a line that
                # names one, "från samma sektor" reads as that one (blind review 161)
                Bullet(
                    "I två enkätsvar med samma ordalydelse från samma sektor nämns ”nej”.",
                    ("ENK-0004.001", "ENK-0010.001"),
                    source_ids=("ENK-0004", "ENK-0010"),
                ),
                # not a sector too few answered from
                Bullet(
                    "I två enkätsvar med samma ordalydelse från samma sektor nämns ”ja”.",
                    ("ENK-0009.001", "ENK-0011.001"),
                    source_ids=("ENK-0009", "ENK-0011"),
                ),
            ],
            statements,
            groups,
        )
    )
    assert [b.text for b in told] == [
        "En rektor i Barn och utbildning beskriver i enkäten att ärenden tar veckor.",
        "I en fokusgrupp i Barn och utbildning nämns ”det tar tid”.",
        "En annan rektor i Barn och utbildning efterfrågar i enkäten en väg in.",
        # the one HR-chef who answered is not named, nor a line framed by its question
        "I ett enkätsvar beskrivs att HR svarar.",
        "I samma fokusgrupp beskrivs också att ingen svarar.",
        "I en fokusgrupp i Vård och omsorg beskrivs att ingen ringer.",
        "I en fokusgrupp med rektorer beskrivs att ingen skriver.",
        "I ett annat enkätsvar på frågan ”Vad saknas?” nämns ”en väg in”.",
        # answers, not people, the sector named saying that they are of one sector
        "I två enkätsvar med samma ordalydelse från rektorer i Barn och utbildning nämns ”för "
        "sent”.",
        "I två enkätsvar beskrivs att ingen svarar.",
        "I två enkätsvar med samma ordalydelse från Barn och utbildning nämns ”nej”.",
        "I två enkätsvar med samma ordalydelse nämns ”ja”.",
    ]
    # a line one focus group says beside the finding is told by who it was too (blind
    # review 164: "give the sector, as the other bullets do"); an answer beside it is not
    beside = by_role(
        [
            Bullet(
                "I en fokusgrupp beskrivs samtidigt att HR-stödet är personberoende.",
                ("FOK-02.001",),
                source_ids=("FOK-02",),
                beside=True,
            ),
            Bullet(
                "I ett enkätsvar beskrivs samtidigt att HR är långsamt.",
                ("ENK-0001.001",),
                source_ids=("ENK-0001",),
                beside=True,
            ),
        ],
        statements,
        groups,
    )
    assert [b.text for b in beside] == [
        "I en fokusgrupp i Vård och omsorg beskrivs samtidigt att HR-stödet är personberoende.",
        "I ett enkätsvar beskrivs samtidigt att HR är långsamt.",
    ]


def test_an_observation_says_each_thing_once_and_keeps_its_evidence() -> None:
    label = "Stödet från IT räcker inte till"
    (observation,) = observations_from_themes([theme(label=label)], STATEMENTS)
    assert observation.headline == label
    assert observation.leaning == "svaghet"
    assert observation.breadth == "Nämns i 3 av 9 intervjuer och 3 enkätsvar"
    assert observation.reach == "3/9 intervjuer · 3 enkätsvar"
    # and in words, as the summary gives it
    assert observation.heard == "tre av nio intervjuer"
    # the first two quotes say the same words: one of them, and the next one instead
    assert [q.statement_id for q in observation.quotes] == ["INT-01.001", "ENK-0002.001"]
    assert observation.quotes[0].source_id == "INT-01"
    bullets = [b.text for b in observation.bullets]
    assert "Ingen vet vem som äger systemen när IT-supporten inte svarar." in bullets
    assert "IT-supporten - systemägarna - ingen vet vem som äger frågan" in bullets
    assert (
        "Det så kallade \u201dlilla stödet\u201d fungerar men IT-supporten gör det inte." in bullets
    )
    assert not any("[skratt]" in b or b.startswith("IT-supporten är långsam och") for b in bullets)
    assert all(len(b.statement_ids) == 1 for b in observation.bullets)
    assert observation.statement_ids == tuple(STATEMENTS)
    assert observation.source_ids == (
        "ENK-0001",
        "ENK-0002",
        "ENK-0003",
        "ENK-0004",
        "INT-01",
        "INT-02",
        "INT-03",
    )


def test_a_quote_that_repeats_the_headline_is_used_only_when_it_says_more() -> None:
    def quotes(**changes: object) -> list[str]:
        (observation,) = observations_from_themes([theme(**changes)], STATEMENTS)
        return [q.statement_id for q in observation.quotes]

    # the provisional headline is the first quote's first words: the other quote is used
    assert quotes() == ["ENK-0002.001"]
    # when it is the only one, it goes on beyond the headline and is used
    assert quotes(quotes=("INT-01.001",)) == ["INT-01.001"]
    # when the headline is all of it, it is not
    assert (
        quotes(label="IT-supporten är långsam och ärendena ligger kvar", quotes=("INT-01.001",))
        == []
    )


def test_only_included_active_themes_with_a_perspective_in_their_order() -> None:
    themes = [
        theme("T03"),
        theme("T01", include=False),
        theme("T02", status="merged", merged_into="T03"),
        theme("ÖVRIGT", perspective=None),
        theme("T04", perspective="aktörer"),
    ]
    assert [o.theme_id for o in observations_from_themes(themes, STATEMENTS)] == ["T03", "T04"]


def test_leaning_and_reach_and_fieldwork_counts() -> None:
    assert leaning({"styrka": 3, "svaghet": 1, "neutral": 9}) == "styrka"
    assert leaning({"styrka": 2, "svaghet": 2}) is None
    assert reach({}) == ""
    sources = [
        Source("INT-01", SourceType.INTERVJU, "a", "h", 1, date=dt.date(2026, 9, 2)),
        Source("FOK-01", SourceType.FOKUSGRUPP, "b", "h", 1, date=dt.date(2026, 9, 23)),
        Source("ENK-0001", SourceType.ENKAT, "c", "h", 1),
    ]
    work = fieldwork(
        {"intervju": 1, "fokusgrupp": 1, "gruppintervju": 2, "enkät": 40}, 300, 80, sources
    )
    assert (work.interviews, work.group_interviews, work.survey_responses) == (1, 3, 40)
    assert work.response_rate == 0.5
    assert work.told_as_interviews == 0
    # group interviews told as interviews (`RoleGroups.told_types`) are counted as such
    told = fieldwork(
        {"intervju": 1, "fokusgrupp": 1, "gruppintervju": 2, "enkät": 40},
        300,
        80,
        sources,
        told={SourceType.GRUPPINTERVJU: SourceType.INTERVJU},
    )
    assert (told.interviews, told.group_interviews, told.told_as_interviews) == (3, 1, 2)
    assert work.interview_dates == (dt.date(2026, 9, 2), dt.date(2026, 9, 23))


def test_the_consultants_words_win_over_a_draft_headline() -> None:
    from synth.records import Bullet, Drafts, Origin, ThemeDraft

    def drafted(edited: bool) -> Drafts:
        draft = ThemeDraft(
            theme_id="T01",
            headline="IT-stödet är för långsamt",
            bullets=(Bullet("IT-supporten är långsam.", ("INT-01.001",)),),
            breadth_text="Nämns i 3 av 9 intervjuer och 3 enkätsvar",
            quote_ids=(),
            perspective="strukturer",
            polarity="svaghet",
            origin=Origin("openai", edited=edited),
        )
        return Drafts(themes=(draft,), assessment=None, recommendations=())

    renamed = theme(label="Ingen äger IT-systemen")
    (plain,) = observations_from_themes([theme()], STATEMENTS, drafted(edited=False))
    (after_rename,) = observations_from_themes([renamed], STATEMENTS, drafted(edited=False))
    (edited,) = observations_from_themes([renamed], STATEMENTS, drafted(edited=True))
    assert plain.headline == "IT-stödet är för långsamt"
    # renamed in the themes workbook after the model drafted: the consultant's name stands
    assert after_rename.headline == "Ingen äger IT-systemen"
    # the draft itself edited by the consultant: that is their latest word
    assert edited.headline == "IT-stödet är för långsamt"


def test_a_theme_without_a_draft_beside_drafted_ones_is_listed_not_shown() -> None:
    """Drafting drafts every theme: one without a draft where the others have theirs
    has only its central statement's words for a headline ("… vi matar in samma uppgifter
    två gånger"), no finding of its own; the appendix lists it. One the consultant named
    is their finding."""
    from synth.records import Drafts

    drafts = Drafts(
        themes=(finding("T01", "IT-supporten är långsam", ("INT-01.001", "INT-02.004")),),
        assessment=None,
        recommendations=(),
    )
    first = "Verksamhetssystemen pratar inte med varandra, vi matar in allt två gånger."
    left = theme("T02", label=first, auto_label=first)
    named = theme("T03", label="Systemen hänger inte ihop", auto_label=first)
    observations = observations_from_themes([theme(), left, named], STATEMENTS, drafts)
    assert {o.theme_id: o.undrafted for o in observations} == {
        "T01": False,
        "T02": True,
        "T03": False,
    }
    content = _content(observations)
    assert "T02" not in {o.theme_id for o in content.main_findings}
    assert "T02" in {o.theme_id for o in content.other_findings}
    # before any drafting, every theme stands on its own words
    plain = observations_from_themes([theme(), left], STATEMENTS)
    assert not any(o.undrafted for o in plain)


def test_each_finding_of_a_theme_is_an_observation_of_its_own() -> None:
    from synth.records import Drafts

    drafts = Drafts(
        themes=(
            finding("T01", "IT-supporten är långsam", ("INT-01.001", "INT-02.004")),
            finding(
                "T01.2",
                "Ingen vet vem som äger systemen",
                ("ENK-0001.001", "INT-03.002", "ENK-0004.001"),
            ),
        ),
        assessment=None,
        recommendations=(),
    )

    first, second = observations_from_themes([theme()], STATEMENTS, drafts)

    assert (first.theme_id, first.headline) == ("T01", "IT-supporten är långsam")
    assert (second.theme_id, second.headline) == ("T01.2", "Ingen vet vem som äger systemen")
    # each counts the sources its own headline rests on, not the theme's
    assert first.reach == "2/9 intervjuer"
    assert second.reach == "1/9 intervjuer · 2 enkätsvar"
    assert second.statement_ids == ("ENK-0001.001", "INT-03.002", "ENK-0004.001")
    # a theme the consultant named in the workbook is the one finding they named
    (named,) = observations_from_themes([theme(label="Ingen äger IT")], STATEMENTS, drafts)
    assert (named.theme_id, named.headline) == ("T01", "Ingen äger IT")


def test_what_one_observation_cites_is_not_quoted_under_a_lighter_one() -> None:
    from synth.records import Bullet, Drafts, ThemeDraft

    def draft(finding_id: str, support: tuple[str, ...], *bullets: Bullet) -> ThemeDraft:
        return finding(finding_id, "IT-supporten hinner inte med", support, bullets)

    bought = "ENK-0002.001"  # "Vi har köpt egna datorer för att IT-supporten inte hinner med."
    heavy = draft(
        "T01",
        ("INT-01.001", "INT-03.002", bought, "ENK-0004.001"),
        Bullet("I ett enkätsvar beskrivs att man har köpt egna datorer.", (bought,)),
    )
    light = draft("T01.2", ("INT-02.004", bought, "ENK-0001.001"))

    def quoted(*drafts: ThemeDraft) -> dict[str, list[str]]:
        shown = observations_from_themes(
            [theme()], STATEMENTS, Drafts(themes=drafts, assessment=None, recommendations=())
        )
        return {o.theme_id: [q.statement_id for q in o.quotes] for o in shown}

    # alone, the lighter finding quotes the purchase; beside the one that cites it, not
    assert bought in quoted(light)["T01.2"]
    both = quoted(heavy, light)
    assert list(both) == ["T01", "T01.2"] and bought not in both["T01.2"]


def test_a_survey_answer_another_chef_gave_word_for_word_is_not_quoted() -> None:
    """Blind review 135: 57 sentences stand word for word in several chefs' answers, "yet
    the decks quote them". A quote is one person's own words; a sentence several gave is
    no one's to quote, wherever the other copy stands."""
    bought = "ENK-0002.001"  # "Vi har köpt egna datorer för att IT-supporten inte hinner med."
    copy = dataclasses.replace(STATEMENTS[bought], id="ENK-0009.004", source_id="ENK-0009")
    # (its copy is in no theme, the store's statements hold it)
    statements = {**STATEMENTS, copy.id: copy}

    def quoted(given: Mapping[str, Statement]) -> list[str]:
        (observation,) = observations_from_themes([theme()], given)
        return [q.statement_id for q in observation.quotes]

    assert bought in quoted(STATEMENTS)
    assert bought not in quoted(statements) and quoted(statements)


def test_a_quote_that_says_a_line_beside_it_again_is_not_shown() -> None:
    """Blind review 123: under "I ett enkätsvar beskrivs att ärendena bollas mellan
    supporten och leverantören i veckor" the quote "IT-ärenden bollas mellan supporten och
    leverantören och jag får ingen återkoppling" said the line again. Five words running,
    three of them no stop words, are the same words; a quote sharing a phrase ("tar för
    lång tid") still stands."""
    from synth.records import Bullet, Drafts

    said = {
        "ENK-0005.001": "Ärendena bollas mellan supporten och leverantören i veckor.",
        "ENK-0006.001": "IT-ärenden bollas mellan supporten och leverantören och jag får ingen återkoppling.",
        "ENK-0007.001": "Det tar för lång tid innan IT-supporten svarar på ett ärende.",
    }
    statements = dict(STATEMENTS) | {sid: statement(sid, text) for sid, text in said.items()}
    line = Bullet(
        "I ett enkätsvar beskrivs att ärendena bollas mellan supporten och leverantören i "
        "veckor, det tar för lång tid.",
        ("ENK-0005.001",),
    )
    draft = finding("T01", "IT-ärenden tar veckor", tuple(said), (line,))
    (observation,) = observations_from_themes(
        [theme(quotes=("ENK-0006.001", "ENK-0007.001"), statement_ids=tuple(statements))],
        statements,
        Drafts(themes=(draft,), assessment=None, recommendations=()),
    )
    assert [q.statement_id for q in observation.quotes] == ["ENK-0007.001"]


def test_the_quote_a_headline_was_written_from_is_not_repeated_under_it() -> None:
    # the headline is ENK-0002.001 in the report's voice, "vi" as the respondent's sector:
    # quoting it says the same twice
    import dataclasses

    statements = dict(STATEMENTS)
    statements["ENK-0002.001"] = dataclasses.replace(
        STATEMENTS["ENK-0002.001"], role="Sektorschef", sector="Barn och utbildning"
    )
    label = "Barn och utbildning har köpt egna datorer för att IT-supporten inte hinner med"
    (observation,) = observations_from_themes(
        [theme(label=label, quotes=("ENK-0002.001", "ENK-0001.001"))], statements
    )
    assert [q.statement_id for q in observation.quotes] == ["ENK-0001.001"]


def test_a_quote_that_would_point_at_a_person_is_not_shown() -> None:
    """A third person's health is never quoted; nor is a speaker whose role is too rare to
    be shown, whatever the words say (review 43: the label "– intervju" protects no one
    whose words the ledningsgrupp knows); a focus group's words are the group's."""

    def said(sid: str, text: str, role: str, kind: SourceType = SourceType.INTERVJU) -> Statement:
        return Statement(
            id=sid,
            source_id=sid.split(".")[0],
            source_type=kind,
            position=1,
            text=text,
            role=role,
            sector="Socialförvaltningen",
        )

    statements = {
        s.id: s
        for s in [
            said("INT-11.001", "Hon har varit sjukskriven i två månader och ärendena ligger.", "A"),
            said("INT-12.001", "Som IT-strateg ser jag att ärendena ligger kvar i veckor.", "B"),
            said("INT-13.001", "Ärendena ligger kvar i veckor för att ingen äger systemen.", "B"),
            said(
                "FOK-01.001",
                "Ärendena ligger kvar i veckor och ingen vet vem som äger systemen.",
                "C",
                SourceType.FOKUSGRUPP,
            ),
        ]
    }
    (observation,) = observations_from_themes(
        [
            theme(
                label="Ärenden blir liggande utan ägare",
                quotes=tuple(statements),
                statement_ids=tuple(statements),
                size=4,
            )
        ],
        statements,
        anonymity_threshold=5,
    )
    assert [q.statement_id for q in observation.quotes] == ["FOK-01.001"]
    assert observation.quotes[0].attribution == "fokusgrupp"


def test_a_finding_with_nothing_under_its_headline_is_listed_not_dropped() -> None:
    """Every statement of T02 says its headline and nothing more: it gets no slide of its
    own, but the appendix lists it, so no included theme leaves the deck unsaid."""

    repeated = {
        "INT-01.001": STATEMENTS["INT-01.001"],
        "INT-02.004": STATEMENTS["INT-02.004"],
    }
    headline = "IT-supporten är långsam och ärendena ligger kvar i veckor"
    bare = theme(
        "T02",
        label=headline,
        quotes=(),
        statement_ids=tuple(repeated),
        size=2,
        perspective="aktörer",
    )
    observations = observations_from_themes([theme("T01"), bare], STATEMENTS)
    assert [(o.theme_id, o.evidenced) for o in observations] == [("T01", True), ("T02", False)]
    content = _content(observations)
    assert [o.theme_id for o in content.main_findings] == ["T01"]
    assert [o.theme_id for o in content.other_findings] == ["T02"]


def test_a_quote_that_names_nothing_of_its_finding_is_not_shown() -> None:
    import dataclasses

    statements = dict(STATEMENTS)
    statements["INT-04.001"] = dataclasses.replace(
        STATEMENTS["INT-01.001"],
        id="INT-04.001",
        source_id="INT-04",
        text="Det är min uppskattning, vi har inte mätt det.",
    )
    statements["INT-05.001"] = dataclasses.replace(
        STATEMENTS["INT-01.001"],
        id="INT-05.001",
        source_id="INT-05",
        text="Supportärendena tar minst tre veckor, ibland fem.",
    )
    # ... nor one whose first sentence names nothing of it, read from its start: "Jag
    # skulle vilja ha färre styrdokument och färre mål. …" stood under "Det finns
    # önskemål om hjälp med digitalisering" for its third sentence (blind review 58)
    statements["INT-06.001"] = dataclasses.replace(
        STATEMENTS["INT-01.001"],
        id="INT-06.001",
        source_id="INT-06",
        text="Vi har för många mål. Och stödet från IT räcker inte heller till.",
    )
    (observation,) = observations_from_themes(
        [
            theme(
                label="Stödet från IT räcker inte",
                quotes=("INT-04.001", "INT-06.001", "INT-05.001"),
            )
        ],
        statements,
    )
    # "supportärendena" is a compound of the keyword "it-supporten"'s stem
    assert [q.statement_id for q in observation.quotes] == ["INT-05.001"]


def test_a_finding_on_survey_answers_in_the_same_words_is_one_voice() -> None:
    """Blind review 133: "Det är oklart vem som bestämmer inom lokalförsörjning" rested on
    two survey answers in the same words: one voice, which takes no slide by breadth. The
    survey's low rating of its function still points it out (blind review 134: the method
    slide promises each such function a slide)."""
    from dataclasses import replace

    from synth.deck.content import with_survey
    from synth.deck.survey_evidence import FunctionScore

    copied = "Lokalförsörjning: man vet aldrig vem som bestämmer, fastighet eller sektorn."
    same = {s.id: s for s in [statement("ENK-0010.001", copied), statement("ENK-0011.001", copied)]}
    own = {
        s.id: s
        for s in [
            statement("ENK-0012.001", "Lokalfrågor fastnar och ingen tar ansvar för dem."),
            statement("ENK-0013.001", "Vi väntar fortfarande på besked om förskolans lokaler."),
        ]
    }
    statements = {**STATEMENTS, **same, **own}
    two = {"sources": {"enkät": 2}, "totals": {"intervju": 9, "enkät": 152}, "text": "x"}
    themes = [
        theme(
            "T02",
            statement_ids=tuple(same),
            size=2,
            label="Lokalförsörjningen är otydlig",
            auto_label="Lokalförsörjningen är otydlig",
            breadth=two,
        ),
        theme("T03", statement_ids=tuple(own), size=2, label="Ingen tar ansvar", breadth=two),
    ]
    observations = observations_from_themes(themes, statements)
    copies, voiced = observations
    assert (copies.source_ids, copies.voices) == (("ENK-0010", "ENK-0011"), 1)
    assert voiced.voices == 2
    low = FunctionScore("Lokalförsörjning", "nöjdhet", 120, (0.3, 0.3, 0.2, 0.1, 0.1))
    rated = with_survey(observations, [low])
    assert [o.theme_id for o in rated if o.anchored] == ["T02"]
    # headed by the chefs' rating, the one voice's words a line under it (blind reviews
    # 162 and 163: no slide for what the method counts as one voice)
    assert (
        rated[0].headline
        == "Lokalförsörjning får lågt betyg i chefsenkäten: 60\u00a0% ger 1–2 av\u00a05"
    )
    assert "i stället för ”Lokalförsörjningen är otydlig”" in rated[0].origin
    assert rated[1].headline == "Ingen tar ansvar"
    # under the rating, what else is said against its function, in whatever words, and
    # not what another finding's slide already says (blind reviews 164 and 165)
    from synth.deck.content import Bullet, with_function_said
    from synth.privacy.roles import RoleGroups
    from synth.store.themes import LensRecord

    lensed = {sid: LensRecord("strukturer", 0.9, "svaghet", 0.9) for sid in statements}
    described = (("Lokalförsörjning", "Lokalbehov, hyresavtal och kontakt med fastighetsägare."),)
    groups = RoleGroups.count(statements, 5)
    said = with_function_said(rated, statements, lensed, groups, described)
    assert [b.statement_ids for b in said[0].bullets] == [
        tuple(same),
        ("ENK-0012.001",),
        ("ENK-0013.001",),
    ]
    assert said[0].bullets[1].text == (
        "I ett enkätsvar beskrivs att lokalfrågor fastnar och ingen tar ansvar för dem."
    )
    assert said[1] == rated[1]
    # and the notes' audit trail names what the lines cite beyond the finding (review 166)
    from synth.deck.notes import observation_notes

    notes = observation_notes(said[0]).splitlines()
    assert "Därtill i punkterna: ENK-0012.001, ENK-0013.001" in notes
    assert notes[-1] == "Därtill källor i punkterna: ENK-0012, ENK-0013"
    assert not any(line.startswith("Därtill") for line in observation_notes(rated[1]).splitlines())
    # nor what another finding's slide says already
    cited = replace(rated[1], bullets=(Bullet("x", ("ENK-0012.001",)),))
    again = with_function_said((rated[0], cited), statements, lensed, groups, described)
    assert [b.statement_ids for b in again[0].bullets] == [tuple(same), ("ENK-0013.001",)]
    # only where the rating heads the slide
    assert with_function_said(observations, statements, lensed, groups, described) == tuple(
        observations
    )
    # not over a headline the consultant wrote
    named = observations_from_themes([replace(themes[0], label="Lokalerna")], statements)
    assert with_survey(named, [low])[0].headline == "Lokalerna"

    # by breadth, two answers in the same words are one source alone: no slide
    heard = observations_from_themes([theme("T04"), theme("T05")], STATEMENTS)
    copied = replace(
        heard[1],
        source_ids=("ENK-0001", "ENK-0002"),
        alike=(frozenset({"ENK-0001", "ENK-0002"}),),
    )
    work = fieldwork({"intervju": 9, "enkät": 152}, len(STATEMENTS), None)

    def main(*shown: Observation) -> list[str]:
        deck = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, shown, featured=3)
        return [o.theme_id for o in deck.main_findings]

    assert main(*heard) == ["T04", "T05"]
    assert main(heard[0], replace(copied, alike=())) == ["T04", "T05"]
    assert main(heard[0], copied) == ["T04"]
    # the survey's rating of its function still gives it one
    assert main(heard[0], replace(copied, anchored=True)) == ["T04", "T05"]


def test_the_survey_figure_stands_beside_a_finding_whose_headline_names_its_function() -> None:
    from dataclasses import replace

    from synth.deck.content import with_survey
    from synth.deck.survey_evidence import FunctionScore

    wide = {
        "sources": {"intervju": 6, "enkät": 10},
        "totals": {"intervju": 9, "enkät": 152},
        "text": "nämns i 6 av 9 intervjuer och 10 enkätsvar",
    }
    upphandling = {
        s.id: s
        for s in [
            statement("INT-04.001", "Upphandlingen av ombyggnaden tog nästan ett år."),
            statement("ENK-0010.001", "Upphandling tar alldeles för lång tid."),
        ]
    }
    statements = {**STATEMENTS, **upphandling}
    ids = tuple(upphandling)
    themes = [
        theme("T01", breadth=wide),
        theme("T02", statement_ids=ids, size=2, label="Upphandlingar tar lång tid …"),
        theme("T03", statement_ids=ids, size=2, label="Upphandlingen kräver mallar …"),
        # about upphandling, but its headline opens with something else
        theme("T04", statement_ids=ids, size=2, label="När man ska köpa in tar det tid …"),
        theme(
            "T05",
            statement_ids=ids,
            size=2,
            label="Upphandlingen hjälper till …",
            polarity={"styrka": 2},
        ),
    ]
    observations = observations_from_themes(themes, statements)
    low = FunctionScore("Upphandling", "nöjdhet med stödet", 140, (0.3, 0.3, 0.2, 0.1, 0.1))
    rated = {o.theme_id: o for o in with_survey(observations, [low])}

    # the figure as context where the headline names the function; it weighs nothing
    assert rated["T02"].survey.startswith("I chefsenkäten ger 60\u00a0% av 140 chefer")
    assert rated["T05"].survey and not rated["T01"].survey and not rated["T04"].survey
    assert [o.weight for o in rated.values()] == [o.weight for o in observations]
    # the weightiest weakness about the lowest-rated function has a slide of its own
    assert [t for t, o in rated.items() if o.anchored] == ["T02"]
    work = fieldwork({"intervju": 9}, len(statements), None)
    deck = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, tuple(rated.values()), featured=1)
    # (all of them about the structures: the weightiest other is that section's second)
    assert [o.theme_id for o in deck.main_findings] == ["T01", "T02"]
    unanchored = tuple(replace(o, anchored=False) for o in rated.values())
    plain = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, unanchored, featured=1)
    assert [o.theme_id for o in plain.main_findings][:1] == ["T01"]

    # chefs who mostly rate it well anchor the strength about it, no weakness
    high = FunctionScore("Upphandling", "nöjdhet med stödet", 140, (0.1, 0.1, 0.2, 0.3, 0.3))
    kept = with_survey(observations, [high])
    assert [o.theme_id for o in kept if o.anchored] == ["T05"]


def _heard_in(interviews: int) -> dict[str, object]:
    """A theme's breadth heard in `interviews` of nine interviews."""
    return {
        "sources": {"intervju": interviews},
        "totals": {"intervju": 9},
        "text": f"nämns i {interviews} av 9 intervjuer",
    }


def test_a_wish_about_what_a_weakness_on_a_slide_is_about_gives_its_place() -> None:
    """ "Det finns önskemål om hjälp med digitalisering" beside "Det finns ingen gemensam
    prioritering av vad som ska digitaliseras" said one matter twice (a blind review);
    the recommendation answering both says it once, and the next finding has the slide."""

    weakness = "Det finns ingen gemensam prioritering av vad som ska digitaliseras"
    wish = "Det finns önskemål om hjälp med digitalisering"
    other = "Det är för många mål"
    themes = [
        theme("T01", label=weakness, auto_label=weakness, breadth=_heard_in(7)),
        theme("T02", label=wish, auto_label=wish, polarity={"förslag": 5}, breadth=_heard_in(5)),
        theme("T03", label=other, auto_label=other, breadth=_heard_in(4)),
    ]
    observations = observations_from_themes(themes, STATEMENTS)
    work = fieldwork({"intervju": 9}, len(STATEMENTS), None)
    deck = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, observations, featured=2)
    assert [o.theme_id for o in deck.main_findings] == ["T01", "T03"]
    # without the weakness beside it, the wish has its slide
    alone = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, observations[1:], featured=2)
    assert [o.theme_id for o in alone.main_findings] == ["T02", "T03"]
    # nor does a wish for a plan of it, by what it asks for, not by for whom: "en
    # digitaliseringsplan för hela kommunen" had a slide of one line (blind review 98)
    plan = "Det finns önskemål om en digitaliseringsplan för hela kommunen"
    themes[1] = theme(
        "T02", label=plan, auto_label=plan, polarity={"förslag": 5}, breadth=_heard_in(5)
    )
    observations = observations_from_themes(themes, STATEMENTS)
    deck = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, observations, featured=2)
    assert [o.theme_id for o in deck.main_findings] == ["T01", "T03"]


def test_a_wish_gives_its_place_to_the_weakness_the_assessment_shows_after_it() -> None:
    """The wish for help with digitalisation, heard more widely than the weakness of no
    common priorities, took the last place before it, and the weakness, which the
    assessment rests on, came beside the dozen anyway: one matter twice, and "Det är för
    många mål" in the appendix."""
    from synth.records import AssessmentPoint

    weakness = "Det finns ingen gemensam prioritering av vad som ska digitaliseras"
    wish = "Det finns önskemål om hjälp med digitalisering"
    other = "Det är för många mål"
    themes = [
        theme("T01", label=wish, auto_label=wish, polarity={"förslag": 5}, breadth=_heard_in(7)),
        theme("T02", label=other, auto_label=other, breadth=_heard_in(6)),
        theme("T03", label=weakness, auto_label=weakness, breadth=_heard_in(5)),
    ]
    observations = observations_from_themes(themes, STATEMENTS)
    work = fieldwork({"intervju": 9}, len(STATEMENTS), None)
    point = AssessmentPoint("Det finns ingen gemensam prioritering av digitaliseringen.", ("T03",))
    deck = DeckContent(
        "K", "Ö", dt.date(2026, 12, 1), work, observations, featured=2, assessment=(point,)
    )
    assert [o.theme_id for o in deck.main_findings] == ["T02", "T03"]


def test_a_wish_one_recommendation_answers_with_a_weightier_wish_gives_its_place() -> None:
    """ "Det finns önskemål om en tjänstekatalog" had a slide beside "Det finns önskemål om
    en väg in", both answered by "Inför en väg in för allt stöd, med en tjänstekatalog …",
    while "Det är för många mål", heard in six interviews, stood in the appendix (blind
    review 123). The recommendation names the lighter wish; its slide goes to the next,
    also where the assessment rests on it."""
    from synth.records import AssessmentPoint

    way_in = "Det finns önskemål om en väg in"
    catalogue = "Det finns önskemål om en tjänstekatalog"
    goals = "Det är för många mål"
    reports = "Rapporterna är svåra att läsa"
    themes = [
        theme(
            "T01", label=way_in, auto_label=way_in, polarity={"förslag": 5}, breadth=_heard_in(7)
        ),
        theme("T02", label=goals, auto_label=goals, breadth=_heard_in(6)),
        theme(
            "T03",
            label=catalogue,
            auto_label=catalogue,
            polarity={"förslag": 5},
            breadth=_heard_in(5),
        ),
        theme("T04", label=reports, auto_label=reports, breadth=_heard_in(4)),
    ]
    observations = observations_from_themes(themes, STATEMENTS)
    work = fieldwork({"intervju": 9}, len(STATEMENTS), None)
    both = Recommendation("Inför en väg in för allt stöd, med en tjänstekatalog.", ("T01", "T03"))
    apart = (
        Recommendation("Inför en väg in för allt stöd.", ("T01",)),
        Recommendation("Inför en tjänstekatalog.", ("T03",)),
    )
    point = AssessmentPoint("Mest efterfrågas en väg in, med en tjänstekatalog.", ("T01", "T03"))

    def main(recommendations: tuple[Recommendation, ...], *, assessed: bool = False) -> list[str]:
        deck = DeckContent(
            "K",
            "Ö",
            dt.date(2026, 12, 1),
            work,
            observations,
            featured=2,
            recommendations=recommendations,
            assessment=(point,) if assessed else (),
        )
        return [o.theme_id for o in deck.main_findings]

    # by breadth alone, the two places are the widest heard's
    assert main((both,)) == ["T01", "T02"]
    # the assessment rests on both wishes: the lighter one's slide beside the two goes
    # to the next most widely heard
    assert main((both,), assessed=True) == ["T01", "T02", "T04"]
    # each wish answered by a recommendation of its own keeps its slide
    assert main(apart, assessed=True) == ["T01", "T02", "T03"]


def test_each_perspective_has_two_slides_where_several_sources_say_that_much() -> None:
    """The development situation had one slide while a finding about it from two
    interviews, a focus group and two survey answers stood in the appendix."""
    from dataclasses import replace

    wide = {
        "sources": {"intervju": 6, "enkät": 10},
        "totals": {"intervju": 9, "enkät": 152},
        "text": "nämns i 6 av 9 intervjuer och 10 enkätsvar",
    }
    themes = [
        theme("T01", breadth=wide),
        theme("T02", breadth=wide, perspective="utvecklingssituation"),
        theme("T03", breadth=wide),
        theme("T04", perspective="utvecklingssituation"),
        theme("T05", perspective="aktörer"),
        theme("T06"),
    ]
    observations = observations_from_themes(themes, STATEMENTS)
    assert all(len(o.source_ids) >= 2 for o in observations)
    work = fieldwork({"intervju": 9}, len(STATEMENTS), None)

    def main(featured: int, shown: tuple[Observation, ...] = observations) -> list[str]:
        deck = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, shown, featured=featured)
        return [o.theme_id for o in deck.main_findings]

    # the three most widely heard, then the development situation's second, and the one
    # finding about the actors: beside the three, not instead of one of them; the
    # structures, with two already, take no third
    assert main(3) == ["T01", "T02", "T03", "T04", "T05"]
    # one source alone is still no slide
    lone = replace(observations[4], source_ids=observations[4].source_ids[:1])
    assert main(3, (*observations[:4], lone, observations[5])) == ["T01", "T02", "T03", "T04"]


def test_a_lighter_finding_the_assessment_rests_on_does_not_take_a_weightier_ones_slide() -> None:
    """ "Controllerna gör ett bra jobb", the structures' strength in the assessment, took
    the last of the dozen places while "Det är för många mål", said in five of nine
    interviews, stood in the appendix (blind reviews 56-58): the assessment's findings count
    against the dozen where they are among the most widely heard, and a lighter one comes
    beside them. The consultant's are counted first, and the survey's where they are among
    the most widely heard."""
    from dataclasses import replace

    from synth.records import AssessmentPoint

    themes = [theme(f"T0{k}") for k in range(1, 6)]
    first, second, third, fourth, fifth = observations_from_themes(themes, STATEMENTS)
    work = fieldwork({"intervju": 9}, len(STATEMENTS), None)

    def main(*observations: Observation, resting_on: tuple[str, ...] = ()) -> list[str]:
        point = AssessmentPoint("Bilden av strukturen är blandad.", resting_on, supported=True)
        assessment = (point,) if resting_on else ()
        deck = DeckContent(
            "K", "Ö", dt.date(2026, 12, 1), work, observations, featured=3, assessment=assessment
        )
        return [o.theme_id for o in deck.main_findings]

    # the three most widely heard
    assert main(first, second, third, fourth, fifth) == ["T01", "T02", "T03"]
    # the assessment rests on the first and the lightest: the second and the third keep
    # their places, and the lightest comes beside them (before: the third in the appendix)
    assert main(first, second, third, fourth, fifth, resting_on=("T01", "T05")) == [
        "T01",
        "T02",
        "T03",
        "T05",
    ]
    # what the consultant placed is of the three; what the survey points out comes beside
    # them, as the method slide says ("de 12 som hörts mest spritt eller som chefsenkäten
    # pekar ut"), unless it is among the most widely heard: the chefs' many staff and IT
    # in the schools had pushed "Det är för många mål", heard in six interviews, into the
    # appendix (blind review 92's demo)
    survey = replace(fourth, anchored=True)
    assert main(first, second, third, survey, fifth) == ["T01", "T02", "T03", "T04"]
    assert main(replace(first, anchored=True), second, third, fourth, fifth) == [
        "T01",
        "T02",
        "T03",
    ]
    assert main(first, second, third, survey, replace(fifth, ordered=True)) == [
        "T01",
        "T02",
        "T04",
        "T05",
    ]


def test_a_function_most_chefs_rate_low_has_its_weakness_on_a_slide_too() -> None:
    """IT, 1–2 from 54 % of the chefs, stood in the appendix beside procurement's slide
    (60 %, the lowest); the finding whose headline names IT is the one anchored, not a
    weightier one whose lines alone name it ("Sektorn har anställt egna administratörer")."""
    from dataclasses import replace

    from synth.deck.content import Bullet, with_survey
    from synth.deck.survey_evidence import FunctionScore

    ids = tuple(STATEMENTS)[:2]
    themes = [
        theme("T01", statement_ids=ids, size=2, label="Sektorn har anställt egna administratörer"),
        theme("T02", statement_ids=ids, size=2, label="Upphandlingar tar lång tid …"),
        theme("T03", statement_ids=ids, size=2, label="IT-stödet till skolan räcker inte …"),
    ]
    observations = list(observations_from_themes(themes, STATEMENTS))
    lines = (Bullet("Sektorn har två egna IT-tekniker.", ids), Bullet("IT svarar sällan.", ids))
    observations[0] = replace(observations[0], bullets=lines)
    upphandling = FunctionScore("Upphandling", "nöjdhet", 112, (0.3, 0.3, 0.2, 0.1, 0.1))
    it = FunctionScore("IT", "nöjdhet", 145, (0.3, 0.24, 0.3, 0.1, 0.06))
    rated = {o.theme_id: o for o in with_survey(observations, [upphandling, it])}
    assert [t for t, o in rated.items() if o.anchored] == ["T02", "T03"]
    # the figure stands beside the finding whose headline names IT, not again under one
    # whose lines name it, though that comes first
    assert "54\u00a0% av 145 chefer" in rated["T03"].survey
    assert not rated["T01"].survey
    # under half and no more low than high: only the lowest-rated function anchors its
    # weakness
    fewer = FunctionScore("IT", "nöjdhet", 145, (0.2, 0.2, 0.3, 0.2, 0.1))
    rated = {o.theme_id: o for o in with_survey(observations, [upphandling, fewer])}
    assert [t for t, o in rated.items() if o.anchored] == ["T02"]
    # under half, but clearly more low than high (Kommunikation's 40 % against 25 % of 126
    # chefs, blind reviews 100 and 101: a central theme buried in the appendix)
    leaning = FunctionScore("IT", "nöjdhet", 126, (0.07, 0.33, 0.35, 0.2, 0.05))
    assert leaning.leans_low
    rated = {o.theme_id: o for o in with_survey(observations, [upphandling, leaning])}
    assert [t for t, o in rated.items() if o.anchored] == ["T02", "T03"]
    # as many low as high beyond chance is no leaning: Kansli's 34 % against 29 % of 122
    even = FunctionScore("IT", "nöjdhet", 122, (0.09, 0.25, 0.37, 0.23, 0.06))
    assert not even.leans_low
    rated = {o.theme_id: o for o in with_survey(observations, [upphandling, even])}
    assert [t for t, o in rated.items() if o.anchored] == ["T02"]


def test_a_finding_about_a_function_heard_twice_as_widely_stands_for_it() -> None:
    """ "IT-stödet till skolan räcker inte" (two sources) framed the chefs' rating of IT as
    the schools', where "Ärendena bollas mellan supporten och leverantören i veckor"
    (eight, its lines and quotes IT's) was in the appendix (blind reviews 93 and 95). The
    wider one stands for the function, with its rating and its inventory figure."""
    from dataclasses import replace

    from synth.deck.content import Bullet, with_inventory, with_survey
    from synth.deck.resources import ResourceRow, ResourceTable
    from synth.deck.survey_evidence import FunctionScore

    narrow, wide = tuple(STATEMENTS)[:2], tuple(STATEMENTS)[:6]
    themes = [
        theme("T03", statement_ids=narrow, size=2, label="IT-stödet till skolan räcker inte …"),
        theme("T22", statement_ids=wide, size=6, label="Ärendena bollas i veckor"),
    ]
    observations = list(observations_from_themes(themes, STATEMENTS))
    lines = (Bullet("IT svarar sällan.", wide[:1]), Bullet("IT-ärenden tar veckor.", wide[1:2]))
    observations[1] = replace(observations[1], bullets=lines)
    assert len(observations[1].source_ids) >= 2 * len(observations[0].source_ids)
    it = FunctionScore("IT", "nöjdhet", 145, (0.3, 0.24, 0.3, 0.1, 0.06))
    rated = {o.theme_id: o for o in with_survey(observations, [it])}
    assert [t for t, o in rated.items() if o.anchored] == ["T22"]
    assert "54\u00a0% av 145 chefer" in rated["T22"].survey and not rated["T03"].survey
    table = ResourceTable(
        ("central",), (ResourceRow("IT/digitalisering", (14.5,), 18.5, 14.5, 3),), 10
    )
    figured = {o.theme_id: o for o in with_inventory(list(rated.values()), table)}
    assert "IT/digitalisering" in figured["T22"].inventory and not figured["T03"].inventory
    # a rated function no one inventoried reports any åa of is said to have none (blind
    # review 118: lokalförsörjning's slide left the inventory's silence unsaid)
    premises = ResourceTable(
        ("central",), (ResourceRow("HR/personal och lön", (20.0,), 20.0, 20.0, 3),), 10
    )
    silent = {o.theme_id: o for o in with_inventory(list(rated.values()), premises)}
    assert silent["T22"].inventory == (
        "Inventeringen av stödresurser säger inget om IT: ingen av de svarande redovisar "
        "årsarbetare för den."
    )
    assert not silent["T03"].inventory
    # as widely heard, the one whose headline names it stands for it
    even = [observations[0], replace(observations[1], source_ids=observations[0].source_ids)]
    assert [o.theme_id for o in with_survey(even, [it]) if o.anchored] == ["T03"]


def test_the_staff_figure_stands_beside_the_finding_about_how_many_chefs_lead() -> None:
    """Review 49 missed the first-line chefs' load on the slides: the interviews' "Många
    enhetschefer i äldreomsorgen har 40, 50 medarbetare" and the survey's 68 % of the
    rektorer leading 40 or more are one finding; not the staff's phones, nor a wish."""
    from dataclasses import replace

    from synth.deck.content import with_staff
    from synth.deck.survey import StaffRow, StaffTable

    ids = tuple(STATEMENTS)[:2]
    themes = [
        theme(
            "T01",
            statement_ids=ids,
            size=2,
            label="Medarbetarna i hemtjänsten har dåliga telefoner",
        ),
        theme(
            "T02",
            statement_ids=ids,
            size=2,
            label="Det finns önskemål om färre medarbetare per chef",
        ),
        theme("T03", statement_ids=ids, size=2, label="Rektorerna har för många medarbetare"),
        theme("T04", statement_ids=ids, size=2, label="Många enhetschefer har 40, 50 medarbetare"),
    ]
    observations = list(observations_from_themes(themes, STATEMENTS))
    observations[1] = replace(observations[1], polarity="förslag")
    assert observations[2].evidenced
    # what the survey's staff table shows: 68 % of the rektorer lead 40 or more
    rows = (
        StaffRow("Alla svarande", 40, 30.0, (0.51, 0.39)),
        StaffRow("Barn och utbildning", 22, 48.0, (0.91, 0.68), role="Rektor"),
        StaffRow("Vård och omsorg", 18, 33.0, (0.55, 0.47), role="Enhetschef"),
    )
    table = StaffTable("Chefsenkäten", rows, (), 5)
    given = {o.theme_id: o for o in with_staff(observations, table)}
    # the weightiest about it: a role of the survey's respondents names the chefs too
    assert [t for t, o in given.items() if o.staff] == ["T03"]
    assert given["T03"].staff == (
        "I chefsenkäten leder 68\u00a0% av dem med rollen rektor i Barn och utbildning och "
        "47\u00a0% av dem med rollen enhetschef i Vård och omsorg 40 medarbetare eller fler "
        "(median 48 och 33)."
    )
    # most rektorer lead that many: a slide of its own
    assert given["T03"].anchored
    assert not any(o.anchored for t, o in given.items() if t != "T03")
    # but not for the figure alone under a headline no line of its own stands under
    # (said only by those who alone hold their role): that is the staff table, less well
    bare = [replace(o, bullets=(), quotes=()) if o.theme_id == "T03" else o for o in observations]
    given = {o.theme_id: o for o in with_staff(bare, table)}
    assert given["T03"].staff and not given["T03"].anchored
    # where no group has a majority at 40 or more, the figure stands, the slide is earned
    fewer = tuple(replace(r, at_least=(0.4, 0.3)) for r in rows)
    given = {o.theme_id: o for o in with_staff(observations, replace(table, rows=fewer))}
    assert given["T03"].staff and not given["T03"].anchored
    assert with_staff(observations, None) == tuple(observations)


SPAN_SAID = "Många enhetschefer i äldreomsorgen har 40, 50 medarbetare"


def _span_of_control() -> tuple[Observation, tuple[StaffRow, ...], StaffTable]:
    """The interviews' finding of the chefs' many staff, and the survey's staff table with
    the rektorer most burdened: 68 % lead 40 or more, the enhetschefer of Vård och omsorg
    47 %, of Samhällsbyggnad 11 %."""
    ids = tuple(STATEMENTS)[:2]
    (observation,) = observations_from_themes(
        [theme("T01", statement_ids=ids, size=2, label=SPAN_SAID, auto_label=SPAN_SAID)],
        STATEMENTS,
    )
    rows = (
        StaffRow("Alla svarande", 40, 30.0, (0.51, 0.39)),
        # 1 044 medarbetare over 22 rektorer, 740 over 18 enhetschefer
        StaffRow(
            "Barn och utbildning", 22, 48.0, (0.91, 0.68), "Rektor", (50.0,) * 15 + (42.0,) * 7
        ),
        StaffRow(
            "Vård och omsorg", 18, 33.0, (0.55, 0.47), "Enhetschef", (45.0,) * 8 + (38.0,) * 10
        ),
        StaffRow("Samhällsbyggnad", 19, 18.0, (0.11, 0.11), role="Enhetschef"),
    )
    return observation, rows, StaffTable("Chefsenkäten", rows, (), 5)


def test_the_survey_heads_the_staff_finding_where_the_interviews_name_another_group() -> None:
    """ "Många enhetschefer i äldreomsorgen har 40, 50 medarbetare" headed a slide whose
    own figure showed the rektorer worse off (68 % against 47 %; blind reviews 108 and
    112). Where the interviews' headline names another role than the survey's most
    burdened, the survey's claim heads it, the interview's words stay its first line; not
    where the headline names that role, nor over a consultant's own headline."""
    from dataclasses import replace

    from synth.deck.content import with_staff
    from synth.deck.notes import observation_notes

    said = SPAN_SAID
    observation, rows, table = _span_of_control()
    (given,) = with_staff([observation], table)
    # the enhetschefer of one sector: Samhällsbyggnad's lead few; and so the rektorer with
    # theirs, which "rektorer och enhetschefer i Vård och omsorg" read as one sector's
    # (blind review 127); each with how many of them (blind review 128)
    assert given.headline == (
        "68\u00a0% av de svarande rektorerna i Barn och utbildning och 47\u00a0% av de svarande enhetscheferna i Vård "
        "och omsorg leder 40 medarbetare eller fler"
    )
    assert f"i stället för ”{said}”" in observation_notes(given)
    # under it, its figure in counts of those who answered, not its 68 % and 47 % again
    # (blind review 130), nor without them (blind review 131)
    assert given.staff == (
        "I chefsenkäten leder 15 av 22 rektorer i Barn och utbildning och 8 av 18 "
        "enhetschefer i Vård och omsorg 40 medarbetare eller fler (median 48 och 33)."
    )
    # the role the survey shows most burdened named already: the interviews' words
    named = replace(observation, headline="Rektorerna har för många medarbetare")
    (kept,) = with_staff([named], table)
    assert kept.headline == "Rektorerna har för många medarbetare"
    # and the line gives the shares the headline does not
    assert kept.staff.startswith("I chefsenkäten leder 68\u00a0% av dem med rollen rektor")
    # the consultant's headline stands, in an edited draft or a renamed theme
    assert with_staff([replace(observation, edited=True)], table)[0].headline == said
    renamed = observations_from_themes(
        [theme("T01", statement_ids=tuple(STATEMENTS)[:2], size=2, label=said, auto_label="x")],
        STATEMENTS,
    )
    assert with_staff(renamed, table)[0].headline == said
    # a group of which fewer than a third lead that many is not "många"
    few = replace(table, rows=(*rows[:2], replace(rows[2], at_least=(0.4, 0.2))))
    assert (
        with_staff([observation], few)[0].headline
        == "68\u00a0% av de svarande rektorerna leder 40 medarbetare eller fler"
    )
    samordnare = replace(few, rows=(rows[0], replace(rows[1], role="Samordnare")))
    assert with_staff([observation], samordnare)[0].headline.startswith(
        "68\u00a0% av de svarande samordnarna leder"
    )


def test_a_wish_for_fewer_staff_per_chef_is_told_as_the_norm_the_staff_finding_calls_for() -> None:
    """Blind review 140 found "Verka för mindre personalgrupper", answering the chefs' many
    medarbetare, "not a decision, … no target level, target group". Drafted from a wish for
    fewer staff and answering the staff finding first, it is told as a norm for how many a
    chef leads, begun with the groups the survey's claim names, resting on the same
    wishes; not one asking for something else, nor the consultant's own."""
    from dataclasses import replace

    from synth.deck.content import Recommendation, with_staff, with_staff_remedy

    observation, _, table = _span_of_control()
    # (with a slide of its own, as where lines of its own stand under it)
    staffed = replace(with_staff([observation], table)[0], anchored=True)
    assert staffed.staff
    smaller = Recommendation(
        "Verka för mindre personalgrupper.", ("T01", "T17"), ("ENK-0051.003",), id="R10"
    )
    admin = Recommendation("Inför en administratör nära chefen.", ("T01",), id="R11")
    own = replace(smaller, edited=True)
    # resting on whatever asks for fewer staff per chef, in whatever words (blind review
    # 141: three answers in the same words are one voice, and the focus groups' went
    # untraced); not on less of anything else
    said = {
        st.id: st
        for st in (
            Statement(
                "FOK-01.055",
                "FOK-01",
                SourceType.FOKUSGRUPP,
                55,
                "Färre medarbetare per chef. Max trettio.",
            ),
            Statement(
                "FOK-02.060", "FOK-02", SourceType.FOKUSGRUPP, 60, "Färre personer per chef."
            ),
            Statement("ENK-0009.002", "ENK-0009", SourceType.ENKAT, 2, "Mindre administration."),
        )
    }
    told = with_staff_remedy([smaller, admin, own], [staffed], table, said)
    assert told[0] == replace(
        smaller,
        text="Sätt ett riktvärde för hur många medarbetare en chef ska leda, och börja med "
        "rektorerna i Barn och utbildning och enhetscheferna i Vård och omsorg.",
        statement_ids=("ENK-0051.003", "FOK-01.055", "FOK-02.060"),
        source_ids=("FOK-01", "FOK-02"),
        # what it takes, as the table's rows count it (`staff_cost`), at the figure the
        # focus group named (blind review 143: the 30 had no source)
        consequence="Med högst 30 medarbetare per chef, som föreslås i en fokusgrupp, behövs "
        "13–22 rektorer till i Barn och utbildning och 7–18 enhetschefer till i Vård och "
        "omsorg, räknat på dem som svarat på chefsenkäten: det lägre talet om medarbetare "
        "flyttas mellan enheterna, det högre om varje enhet delas för sig",
    )
    assert told[1:] == (admin, own)
    # begun with the groups whose count the inventory does not put in doubt, as the
    # headline names them (blind review 162): here Vård och omsorg's enhetschefer say they
    # lead more than the sector employs
    (doubted, *_) = with_staff_remedy(
        [smaller], [staffed], table, said, {"Vård och omsorg": 10, "Barn och utbildning": 5000}
    )
    assert doubted.text.endswith("och börja med rektorerna.")
    # the figure is theirs where they name one, and as many as name it are told
    lower = {
        k: replace(st, text="Färre medarbetare per chef, högst tjugofem.")
        for k, st in said.items()
        if k.startswith("FOK")
    }
    (fewer,) = with_staff_remedy([smaller], [staffed], table, lower)
    assert fewer.consequence.startswith(
        "Med högst 25 medarbetare per chef, som föreslås i två fokusgrupper, behövs"
    )
    # without the survey's figure, or where the wish answers the finding only after
    # another, as drafted
    assert with_staff_remedy([smaller], [staffed], None) == (smaller,)
    later = replace(smaller, answers=("T17", "T01"))
    assert with_staff_remedy([later], [staffed], table) == (later,)
    # nor where the finding has no slide of its own, its claim not shown
    unshown = replace(staffed, anchored=False)
    assert with_staff_remedy([smaller], [unshown], table) == (smaller,)


def test_the_survey_headed_staff_finding_is_heard_where_its_claim_is_said() -> None:
    """Blind review 115: under "Många rektorer och enhetschefer i Vård och omsorg leder 40
    medarbetare eller fler" the breadth was the interview headline's it replaced ("4 av 10
    intervjuer och 1 av 2"), missing the rektorer's focus group telling of 62 staff. The
    finding is heard where a chef is told to lead 40 or more, counted against the same
    sources; not a sector's staff, nor whom it must recruit."""
    from dataclasses import replace

    from synth.deck.content import with_staff
    from synth.deck.notes import observation_notes
    from synth.deck.survey import StaffRow, StaffTable

    said = "Många enhetschefer i äldreomsorgen har 40, 50 medarbetare"
    lines = [
        (
            "INT-01.026",
            SourceType.INTERVJU,
            "Många enhetschefer i äldreomsorgen har 40, 50 medarbetare.",
        ),
        ("INT-02.020", SourceType.INTERVJU, "En rektor hos oss har kanske 50, 60 medarbetare."),
        ("FOK-02.019", SourceType.FOKUSGRUPP, "Jag har tre förskolor och sextiotvå medarbetare."),
        ("INT-04.002", SourceType.INTERVJU, "Vi är runt 210 medarbetare."),
        ("INT-05.007", SourceType.INTERVJU, "Vi behöver ungefär 900 nya medarbetare."),
        ("INT-06.003", SourceType.INTERVJU, "Jag har 25 medarbetare och det går bra."),
    ]
    statements = {
        sid: Statement(sid, sid.split(".")[0], kind, 1, text) for sid, kind, text in lines
    }
    record = {
        "sources": {"intervju": 1},
        "totals": {"intervju": 10, "grupp": 2},
        "kinds": {"intervju": ["intervju"], "grupp": ["fokusgrupp"]},
        "text": "nämns i 1 av 10 intervjuer",
    }
    (observation,) = observations_from_themes(
        [
            theme(
                "T01",
                statement_ids=("INT-01.026",),
                size=1,
                label=said,
                auto_label=said,
                quotes=(),
                breadth=record,
            )
        ],
        statements,
    )
    rows = (
        StaffRow("Alla svarande", 40, 30.0, (0.51, 0.39)),
        StaffRow("Barn och utbildning", 22, 48.0, (0.91, 0.68), role="Rektor"),
        StaffRow("Vård och omsorg", 18, 33.0, (0.55, 0.47), role="Enhetschef"),
    )
    table = StaffTable("Chefsenkäten", rows, (), 5)
    (given,) = with_staff([observation], table, statements)
    assert given.headline.startswith(
        "68\u00a0% av de svarande rektorerna och 47\u00a0% av de svarande enhetscheferna"
    )
    # the one role several sectors have is told with its sector, and then each of them
    shared = (*rows, StaffRow("Samhällsbyggnad", 19, 18.0, (0.11, 0.11), role="Enhetschef"))
    assert with_staff([observation], replace(table, rows=shared), statements)[
        0
    ].headline.startswith(
        "68\u00a0% av de svarande rektorerna i Barn och utbildning och 47\u00a0% av"
    )
    assert given.breadth == "Nämns i 2 av 10 intervjuer och 1 av 2 fokusgrupper"
    assert given.source_ids == ("FOK-02", "INT-01", "INT-02")
    assert given.counts[:2] == ("2/10", "1/2")
    assert "bredden räknad på de uttalanden" in observation_notes(given)
    # without the statements, or under the interviews' own headline: as it was
    assert with_staff([observation], table)[0].breadth == "Nämns i 1 av 10 intervjuer"
    named = replace(observation, headline="Rektorerna har för många medarbetare")
    assert with_staff([named], table, statements)[0].breadth == "Nämns i 1 av 10 intervjuer"


def test_what_else_is_said_of_the_chefs_stands_beside_the_staff_finding() -> None:
    """All four blind reviews of stop 52 asked for the first-line chefs' conditions as one
    story: their many staff on a slide, their loneliness and the admin that lands on them
    in the appendix. The staff finding names the other weaknesses said of the chefs, the
    most widely heard first, with their breadth; not a strength or a wish about them, a
    compound that only starts with "chef", nor a finding about something else."""
    from dataclasses import replace

    from synth.deck.content import with_staff
    from synth.deck.notes import observation_notes
    from synth.deck.survey import StaffRow, StaffTable

    ids = tuple(STATEMENTS)[:2]
    labels = {
        "T01": "Rektorerna har för många medarbetare",
        "T02": "Man blir ensam som chef",
        "T03": "Varje gång en ny chef kommer börjar man om, förklarar budgeten",
        "T04": "Allt som ska förenklas centralt hamnar hos chefen",
        "T05": "En enhetschef rapporterar samma sak på tre ställen",
        "T06": "Chefsdagarna är för få",
        "T07": "Upphandling tar för lång tid",
        "T08": "Cheferna får bra stöd av HR",
        "T09": "Det finns önskemål om admin nära chefen",
    }
    themes = [theme(t, statement_ids=ids, size=2, label=label) for t, label in labels.items()]
    observations = list(observations_from_themes(themes, STATEMENTS))
    weights = {"T02": 5.0, "T03": 4.0, "T04": 3.0, "T05": 1.0, "T06": 9.0, "T07": 9.0}
    polarities = {"T08": "styrka", "T09": "förslag"}
    observations = [
        replace(
            o,
            weight=weights.get(o.theme_id, 8.0),
            polarity=polarities.get(o.theme_id, o.polarity),
            counts=("2/9", "", "1") if o.theme_id == "T02" else o.counts,
        )
        for o in observations
    ]
    rows = (
        StaffRow("Alla svarande", 40, 30.0, (0.51, 0.39)),
        StaffRow("Barn och utbildning", 22, 48.0, (0.91, 0.68), role="Rektor"),
    )
    given = {
        o.theme_id: o for o in with_staff(observations, StaffTable("Chefsenkäten", rows, (), 5))
    }
    staff = given["T01"]
    # the four most widely heard, each by its headline and breadth, and the wish naming
    # the chefs heard most widely
    assert staff.related is not None
    assert staff.related.about == "chefernas villkor"
    assert [f[0] for f in staff.related.findings] == ["T02", "T03", "T04", "T05", "T09"]
    assert staff.related.findings[:2] == (
        ("T02", "Man blir ensam som chef", "2/9 intervjuer · 1 enkätsvar"),
        (
            "T03",
            "Varje gång en ny chef kommer börjar man om, förklarar budgeten",
            "3/9 intervjuer · 3 enkätsvar",
        ),
    )
    assert staff.related.findings[-1][1] == "Det finns önskemål om admin nära chefen"
    # said under the staff finding only, its findings named in the notes
    assert not any(o.related for t, o in given.items() if t != "T01")
    assert (
        "T02, T03, T04, T05, T09: svagheter och önskemål vars rubrik nämner cheferna"
        in observation_notes(staff)
    )
    # a generic "man" beside one naming the chefs in its theme is said of them too (the
    # focus groups' "att man inte blir lyssnad på", blind reviews 112-114); not one in a
    # theme of its own
    unheard = replace(observations[5], theme_id="T02.2", headline="Man blir inte lyssnad på")
    elsewhere = replace(observations[6], theme_id="T07", headline="Man får vänta länge")
    rest = [o for o in observations if o.theme_id not in {"T06", "T07"}]
    given = {
        o.theme_id: o
        for o in with_staff([*rest, unheard, elsewhere], StaffTable("Chefsenkäten", rows, (), 5))
    }
    related = given["T01"].related
    assert related is not None
    listed = [f[1] for f in related.findings]
    assert "Man blir inte lyssnad på" in listed and "Man får vänta länge" not in listed
    # none said of the chefs: no line
    alone = [o for o in observations if o.theme_id in {"T01", "T06", "T07", "T08", "T09"}]
    table = StaffTable("Chefsenkäten", rows, (), 5)
    assert {o.theme_id: o for o in with_staff(alone, table)}["T01"].related is None


def test_what_else_is_said_of_a_function_the_survey_points_out_stands_under_it() -> None:
    """Lokalförsörjning, the chefs' third-lowest rating, had a slide of one survey line
    while the wish for "en tydlig lokalförsörjningsprocess" stood in the appendix, and
    IT's slide said nothing of "IT-supporten är svår att nå" (blind reviews 105 and 106:
    the IT evidence "scattered in the appendix"). The finding the survey points out lists
    the others whose headlines name its function, of its polarity, and the wish; not one
    about another function, one of the other polarity, nor any under a finding the survey
    does not point out."""
    from dataclasses import replace

    from synth.deck.content import with_related, with_survey
    from synth.deck.notes import observation_notes
    from synth.deck.survey_evidence import FunctionScore

    ids = tuple(STATEMENTS)[:2]
    labels = {
        "T01": "Det är oklart vem som bestämmer inom lokalförsörjning",
        "T02": "Lokalförsörjningen tar för lång tid",
        "T03": "Det finns önskemål om en tydlig lokalförsörjningsprocess med en kontaktperson",
        "T04": "Lokalförsörjningen har blivit bättre",
        "T05": "Upphandling tar för lång tid",
        "T06": "Kommunikation hinner inte med",
    }
    themes = [theme(t, statement_ids=ids, size=2, label=label) for t, label in labels.items()]
    polarities = {"T03": "förslag", "T04": "styrka"}
    observations = [
        replace(
            o,
            weight=10.0 - k,
            polarity=polarities.get(o.theme_id, "svaghet"),
            leaning="styrka" if o.theme_id == "T04" else "svaghet",
        )
        for k, o in enumerate(observations_from_themes(themes, STATEMENTS))
    ]
    scores = [
        FunctionScore("Lokalförsörjning", "nöjdhet", 127, (0.2, 0.22, 0.38, 0.1, 0.1)),
        FunctionScore("Upphandling", "nöjdhet", 112, (0.3, 0.3, 0.29, 0.06, 0.05)),
        FunctionScore("Kommunikation", "nöjdhet", 120, (0.1, 0.2, 0.4, 0.2, 0.1)),
    ]
    given = {o.theme_id: o for o in with_related(with_survey(observations, scores))}
    lokal = given["T01"]
    assert lokal.anchored
    assert lokal.related is not None
    assert lokal.related.about == "lokalförsörjning"
    assert [f[0] for f in lokal.related.findings] == ["T02", "T03"]
    assert "T02, T03: svagheter och önskemål vars rubrik, eller de frågor" in (
        observation_notes(lokal)
    )
    # procurement's finding has nothing else said of it; Kommunikation is not pointed out
    assert given["T05"].anchored and given["T05"].related is None
    assert not given["T06"].anchored and given["T06"].related is None
    # the list points to the appendix: a finding with a slide of its own leaves it
    assert lokal.related.without({"T02"}) == replace(
        lokal.related, findings=lokal.related.findings[1:]
    )
    assert lokal.related.without({"T02", "T03"}) is None

    # a finding whose headline names no function is about the one most questions its
    # interviews answer name: "Chromebooks som går sönder …" answers "Hur fungerar
    # IT-stödet?"; not one that answers other questions, nor one with another's figure
    asked = ("Hur fungerar lokalförsörjningen?", "Om vi går över till lokalförsörjningen?")
    rooms = replace(
        observations[5],
        theme_id="T07",
        headline="Ventilationen har väntat i två år",
        asked=(*asked, "Vad fungerar mindre bra?"),
    )
    other = replace(rooms, theme_id="T08", asked=("Hur fungerar IT-stödet?",) * 2)
    rated = replace(rooms, theme_id="T09", rating=scores[2])
    # nor one that answers the function's question once of two: "Det är oklart vart man
    # vänder sig" answered one on IT and one on the support in general (blind review 156)
    once = replace(rooms, theme_id="T10", asked=(asked[0], "Hur fungerar stödet för er?"))
    given = {
        o.theme_id: o
        for o in with_related(with_survey([*observations, rooms, other, rated, once], scores))
    }
    related = given["T01"].related
    assert related is not None
    assert [f[0] for f in related.findings] == ["T02", "T07", "T03"]
    # one whose headline names the function before one its questions point to, however
    # widely heard: "IT-supporten är svår att nå" gave way to "Uppföljningen sker i flera
    # system …", a matter of reporting asked about under IT (blind review 138)
    wider = replace(rooms, weight=20.0)
    related = {o.theme_id: o for o in with_related(with_survey([*observations, wider], scores))}[
        "T01"
    ].related
    assert related is not None
    assert [f[0] for f in related.findings] == ["T02", "T07", "T03"]


def test_the_inventory_figure_stands_beside_a_finding_about_its_function() -> None:
    from synth.deck.content import with_inventory
    from synth.deck.notes import observation_notes
    from synth.deck.resources import ResourceRow, ResourceTable

    managers = {
        s.id: s
        for s in [
            statement("INT-06.001", "Cheferna har över trettio medarbetare var, ofta fler."),
            statement("INT-07.001", "Många chefer hinner inte med medarbetarsamtalen i tid."),
            statement("ENK-0011.001", "Cheferna lägger kvällarna på IT-ärenden och scheman."),
        ]
    }
    statements = {
        **STATEMENTS,
        **managers,
        "ENK-0010.001": statement("ENK-0010.001", "Upphandling tar alldeles för lång tid."),
    }
    themes = [
        # one line of three names IT in passing: no finding about IT
        theme("T01", label="Cheferna har för många medarbetare", statement_ids=tuple(managers)),
        theme("T02", statement_ids=("ENK-0010.001",), size=1, label="Upphandlingar tar lång tid"),
        theme("T03", statement_ids=("ENK-0010.001",), size=1, label="IT-ärenden blir liggande"),
    ]
    table = ResourceTable(
        levels=("central", "sektor", "enhet"),
        rows=(
            ResourceRow(
                "Upphandling/inköp", (2.4, 1.0, 0.0), budget=4.0, actual=3.4, respondents=3
            ),
            ResourceRow(
                "IT/digitalisering", (14.5, 0.0, 0.0), budget=20.5, actual=14.5, respondents=2
            ),
        ),
        respondents=10,
        invited=12,
    )
    observations = observations_from_themes(themes, statements)
    found = {o.theme_id: o for o in with_inventory(observations, table)}
    assert found["T02"].inventory == (
        "Inventeringen av stödresurser redovisar 3,4 årsarbetare för upphandling/inköp i "
        "praktiken (4,0 budgeterade), varav 1,0 ute i verksamheterna."
    )
    assert "IT/digitalisering i praktiken (20,5 budgeterade), alla i den centrala" in (
        found["T03"].inventory
    )
    assert not found["T01"].inventory
    # a headline that names no function, over lines that all speak of IT; the figure
    # stands once, beside the first such finding, and not where a finding before it
    # already has it ("IT-ärenden blir liggande")
    unnamed = observations_from_themes(
        [
            theme("T04", label="Det är oklart vem som äger systemen"),
            theme("T05", label="När något går sönder bollas det mellan alla tre"),
        ],
        statements,
    )
    read_off = [o.inventory for o in with_inventory(unnamed, table)]
    assert read_off[0].startswith("Inventeringen av stödresurser redovisar 14,5")
    assert not read_off[1]
    assert not with_inventory([*observations, *unnamed], table)[-2].inventory
    # nor where a finding after it names IT in its headline
    assert not with_inventory([*unnamed, *observations], table)[0].inventory
    assert found["T02"].inventory in observation_notes(found["T02"])
    # a figure says nothing of why: it weighs no finding; no inventory, no line
    assert [o.weight for o in found.values()] == [o.weight for o in observations]
    assert with_inventory(observations, None) == tuple(observations)


def test_the_inventory_figure_sets_a_central_function_against_its_own_budget() -> None:
    """Blind reviews 84, 86 and 87: "31,0 årsarbetare för HR/personal och lön i praktiken
    (27,5 budgeterade)" read as HR over budget, while central HR ran below its budget and
    the excess was undersköterskor's scheduling time without a budget."""
    from synth.deck.resources import ResourceRow, ResourceTable, inventory_line
    from synth.survey.shadow import FunctionBalance, InventoryFindings

    hr = FunctionBalance("HR/personal och lön", 27.5, 31.0, 22.5, 23.5, 8.5, 4.5)
    purchasing = FunctionBalance("Upphandling/inköp", 4.0, 3.4, 2.4, 3.0, 1.0, 0.0)
    rows = (
        ResourceRow("HR/personal och lön", (22.5, 8.5), budget=27.5, actual=31.0, respondents=9),
        ResourceRow("Upphandling/inköp", (2.4, 1.0), budget=4.0, actual=3.4, respondents=3),
    )
    findings = InventoryFindings(balances=(hr, purchasing), sectors=(), clauses=(), details=())
    table = ResourceTable(
        levels=("central", "sektor"), rows=rows, respondents=10, invited=12, findings=findings
    )
    assert inventory_line(table, "HR/personal och lön") == (
        "Inventeringen av stödresurser redovisar 22,5 årsarbetare för HR/personal och lön "
        "centralt (23,5 budgeterade) och 8,5 ute i verksamheterna, 4,5 av dem utan budget."
    )
    assert inventory_line(table, "Upphandling/inköp") == (
        "Inventeringen av stödresurser redovisar 2,4 årsarbetare för upphandling/inköp "
        "centralt (3,0 budgeterade) och 1,0 ute i verksamheterna."
    )


def test_a_headline_that_only_lists_subjects_is_no_main_finding() -> None:
    from dataclasses import replace

    first, second = observations_from_themes([theme("T01"), theme("T02")], STATEMENTS)
    listed = replace(first, headline="Uttalandena rör it-supporten och veckor")

    def content(*observations: object) -> DeckContent:
        work = fieldwork({"intervju": 3}, len(STATEMENTS), None)
        return DeckContent("Kommunen", "Översyn", dt.date(2026, 12, 1), work, observations)  # type: ignore[arg-type]

    deck = content(listed, second)
    assert [o.theme_id for o in deck.main_findings] == ["T02"]
    assert [o.theme_id for o in deck.other_findings] == ["T01"]
    # unless the consultant placed it
    assert [o.theme_id for o in content(replace(listed, ordered=True), second).main_findings] == [
        "T01",
        "T02",
    ]


def test_a_finding_with_a_quote_alone_under_its_headline_is_no_main_finding() -> None:
    from dataclasses import replace

    first, second = observations_from_themes([theme("T01"), theme("T02")], STATEMENTS)
    assert first.quotes and any(b.shown for b in first.bullets)
    quoted = replace(first, bullets=())
    work = fieldwork({"intervju": 3}, len(STATEMENTS), None)
    deck = DeckContent("Kommunen", "Översyn", dt.date(2026, 12, 1), work, (quoted, second))
    # it illustrates; nothing shows what was heard: listed in the appendix
    assert quoted.evidenced
    assert [o.theme_id for o in deck.main_findings] == ["T02"]
    assert [o.theme_id for o in deck.other_findings] == ["T01"]
    # unless the consultant placed it
    placed = DeckContent(
        "Kommunen", "Översyn", dt.date(2026, 12, 1), work, (replace(quoted, ordered=True), second)
    )
    assert [o.theme_id for o in placed.main_findings] == ["T01", "T02"]


def test_a_finding_one_source_alone_says_is_no_main_finding() -> None:
    """The last blind review: choose slides by support from several sources. A finding
    one interview alone says ("Chefsnivåerna ska benämnas …", 1 av 18 intervjuer) is an
    anecdote, listed in the appendix, however few findings there are."""
    from dataclasses import replace

    first, second = observations_from_themes([theme("T01"), theme("T02")], STATEMENTS)
    assert len(first.source_ids) >= 2 and any(b.shown for b in first.bullets)
    alone = replace(first, source_ids=first.source_ids[:1])
    work = fieldwork({"intervju": 3}, len(STATEMENTS), None)

    def main(*observations: Observation) -> list[str]:
        deck = DeckContent("Kommunen", "Översyn", dt.date(2026, 12, 1), work, observations)
        return [o.theme_id for o in deck.main_findings]

    assert main(first, second) == ["T01", "T02"]
    assert main(alone, second) == ["T02"]
    # unless the consultant placed it
    assert main(replace(alone, ordered=True), second) == ["T01", "T02"]


def test_a_finding_shows_the_quotes_its_draft_drew_from_its_support() -> None:
    """A finding quotes its own support (`synth.draft.offline.with_quotes`), which may lie
    beyond its theme's quotes: "HR-konsulten svarar samma dag …" had none (review 51)."""
    from dataclasses import replace

    from synth.records import Drafts, ThemeDraft

    support = ("INT-01.001", "ENK-0001.001", "ENK-0004.001")
    plain = finding("T01", "IT-supporten är långsam", support)
    quoting = replace(plain, quote_ids=("ENK-0001.001",))

    def quoted(draft: ThemeDraft) -> list[str]:
        drafts = Drafts(themes=(draft,), assessment=None, recommendations=())
        (shown,) = observations_from_themes([theme(quotes=())], STATEMENTS, drafts)
        return [q.statement_id for q in shown.quotes]

    assert quoted(plain) == []
    assert quoted(quoting) == ["ENK-0001.001"]


def test_the_sector_apart_is_named_only_under_a_finding_heard_there() -> None:
    """Vård och omsorg's 74 % for IT was "a non-sequitur" under "IT-stödet till skolan räcker
    inte", a finding heard in Barn och utbildning (review 53); under one heard in Vård och
    omsorg it is what the reader needs (review 51)."""
    from dataclasses import replace

    from synth.deck.content import with_survey
    from synth.deck.survey_evidence import FunctionScore, GroupScore, rating_reach

    care = GroupScore("Vård och omsorg", 54, 0.74)
    it = FunctionScore("IT", "nöjdhet med stödet", 145, (0.3, 0.24, 0.3, 0.1, 0.06), care)

    def observed(*sectors: str) -> Observation:
        return Observation(
            theme_id="T17",
            perspective="strukturer",
            leaning="svaghet",
            headline="IT-stödet räcker inte",
            bullets=(),
            quotes=(),
            breadth="",
            statement_ids=(),
            source_ids=(),
            sectors=sectors,
        )

    (school,) = with_survey([observed("Barn och utbildning")], [it])
    assert school.rating is not None and school.rating.lowest_group is None
    assert "Vård och omsorg" not in school.survey
    (both,) = with_survey([observed("Barn och utbildning", "Vård och omsorg")], [it])
    assert both.rating is not None and both.rating.lowest_group == care
    assert "(i Vård och omsorg 74\u00a0% av 54)" in both.survey
    # heard in one sector alone, where the survey shows that sector: its own figure
    # beside all chefs' (blind review 80: 54 % under a finding about the schools, whose
    # chefs gave 51 %)
    schools = GroupScore("Barn och utbildning", 49, 0.51, 0.2)
    (school,) = with_survey(
        [observed("Barn och utbildning")], [replace(it, groups=(schools, care))]
    )
    assert school.rating is not None and school.rating.heard_group == schools
    assert school.survey == (
        "I chefsenkäten ger 54\u00a0% av 145 chefer stödet från IT 1–2 av 5 (i Barn och "
        "utbildning 51\u00a0% av 49); 16\u00a0% ger 4–5."
    )
    assert rating_reach(school.rating, "svaghet") == (
        "chefsenkäten i Barn och utbildning 51\u00a0% av 49 ger IT 1–2"
    )
    # the number who rated it, beside the share (blind review 80: 30 chefs answered
    # "vet ej" about Upphandling)
    assert rating_reach(it, "svaghet") == "chefsenkäten 54\u00a0% av 145 ger IT 1–2"


def test_a_line_that_quotes_one_answer_is_the_quote_of_a_slide_without_one() -> None:
    """ "I ett enkätsvar nämns ”…”" beside lines in the report's voice is a quote told as a
    line: on a slide with no quote it stands as the quote, where two lines of its own stay
    (blind review 73: 9 of 12 slides with an empty right-hand column)."""
    from dataclasses import replace

    from synth.records import Bullet, Drafts

    answer = "ENK-0001.001"  # "Ingen vet vem som äger systemen när IT-supporten inte svarar."
    quoting = Bullet(
        'I ett enkätsvar nämns "ingen vet vem som äger systemen när IT-supporten inte svarar".',
        (answer,),
    )
    lines = (
        Bullet("I två intervjuer beskrivs att ärendena ligger kvar i veckor.", ("INT-01.001",)),
        Bullet("I ett enkätsvar beskrivs att man köpt egna datorer.", ("ENK-0002.001",)),
    )
    support = ("INT-01.001", answer, "ENK-0002.001")

    def shown(*bullets: Bullet) -> Observation:
        draft = replace(
            finding("T01", "IT-supporten är långsam", support, bullets), quote_ids=(answer,)
        )
        drafts = Drafts(themes=(draft,), assessment=None, recommendations=())
        (observation,) = observations_from_themes([theme(quotes=())], STATEMENTS, drafts)
        return observation

    moved = shown(*lines, quoting)
    assert [q.statement_id for q in moved.quotes] == [answer]
    assert [b.text for b in moved.bullets] == [b.text for b in lines]
    # with only one other line of its own, the line stays a line, and the slide unquoted
    kept = shown(lines[0], quoting)
    assert kept.quotes == () and len(kept.bullets) == 2


def test_the_inventorys_parallel_support_stands_beside_the_finding_about_it() -> None:
    """Review 75: the interviews' "Sektorerna har byggt upp egna resurser vid sidan av"
    and the inventory's figures for the support out in the operations are one finding
    from two sources, and nothing joined them. The figure stands under the weightiest
    finding that says the operations keep support of their own, not under a wish for it,
    nor under one that denies it; it is the functions run on both sides, not the chefs'
    own administrators, which only the operations have."""
    from dataclasses import replace

    from synth.deck.content import with_placement
    from synth.deck.notes import observation_notes
    from synth.deck.resources import ResourceRow, ResourceTable
    from synth.survey.shadow import FunctionBalance, InventoryFindings

    ids = tuple(STATEMENTS)[:2]
    labels = [
        "Det finns önskemål om egna controllers i sektorerna",
        "Sektorerna har byggt upp egna resurser vid sidan av",
        "Verksamheterna har egna controllers",
    ]
    themes = [
        theme(f"T0{k}", statement_ids=ids, size=2, label=label)
        for k, label in enumerate(labels, start=1)
    ]
    observations = list(observations_from_themes(themes, STATEMENTS))
    observations[0] = replace(observations[0], polarity="förslag")

    def balance(function: str, central: float, close: float, unbudgeted: float) -> FunctionBalance:
        actual = central + close
        return FunctionBalance(function, actual, actual, central, central, close, unbudgeted)

    findings = InventoryFindings(
        balances=(
            balance("HR/personal och lön", 14.0, 8.5, 4.5),
            balance("Ekonomi/controller", 10.0, 3.3, 0.3),
            # the chefs' administrators are out there by nature: not parallel support
            balance("Chefsnära administration/assistenter", 0.0, 23.5, 0.0),
        ),
        sectors=(),
        clauses=(),
        details=(),
    )
    row = ResourceRow("HR/personal och lön", (14.0, 8.5), budget=22.5, actual=22.5, respondents=3)
    table = ResourceTable(
        levels=("central", "sektor"), rows=(row,), respondents=10, invited=12, findings=findings
    )
    given = {o.theme_id: o for o in with_placement(observations, table)}
    assert [t for t, o in given.items() if o.placement] == ["T02"]
    assert given["T02"].placement == (
        "Inventeringen av stödresurser visar att 11,8 åa finns ute i verksamheterna inom två "
        "stödfunktioner som också finns centralt, 4,8 åa av dem utan budget."
    )
    assert given["T02"].placement in observation_notes(given["T02"])
    # what many do as small parts of their jobs is told apart from the staff (blind review
    # 127: 30 undersköterskor doing the scheduling read as a parallel organisation)
    from synth.survey.shadow import ThinWork

    thin = replace(findings.balances[0], thin=(ThinWork("Vård och omsorg", 30.0, 4.5, 4.5),))
    parted = replace(findings, balances=(thin, *findings.balances[1:]))
    (told,) = [
        o.placement
        for o in with_placement(observations, replace(table, findings=parted))
        if o.placement
    ]
    assert told == (
        "Inventeringen av stödresurser visar att 7,3 åa finns ute i verksamheterna inom två "
        "stödfunktioner som också finns centralt. Därtill lägger 30 medarbetare i Vård och "
        "omsorg delar av sin tid på HR/personal och lön, sammanlagt 4,5 åa utan budget."
    )
    # with no function on both sides, the share of all the support out there
    alone = replace(findings, balances=findings.balances[2:])
    (first, *_) = [
        o.placement for o in with_placement(observations[1:], replace(table, findings=alone))
    ]
    assert first == (
        "Inventeringen av stödresurser visar att över 90 procent av stödet, 23,5 av 23,5 åa, "
        "finns ute i verksamheterna."
    )
    # nothing out there, or no inventory: no line
    central = replace(findings, balances=(balance("IT/digitalisering", 14.5, 0.0, 0.0),))
    assert with_placement(observations, replace(table, findings=central)) == tuple(observations)
    assert with_placement(observations, None) == tuple(observations)


def test_a_finding_is_heard_in_a_sector_by_two_sources_or_a_third_of_them() -> None:
    """One interview in Vård och omsorg among three sources in Barn och utbildning put
    Vård och omsorg's 74 % for IT beside "IT-stödet till skolan räcker inte" (blind
    reviews 75 and 80)."""
    from dataclasses import replace

    from synth.deck.content import heard_sectors

    school = [
        replace(statement("ENK-0008.002", "IT-stödet till skolan räcker inte."), sector="BoU"),
        replace(statement("ENK-0078.003", "IT-stödet till skolan räcker inte."), sector="BoU"),
        replace(statement("INT-02.013", "IT säger att det är skolans sak."), sector="BoU"),
        replace(statement("INT-08.028", "Mellan IFO och skolan, till exempel."), sector="VoO"),
    ]
    assert heard_sectors(school) == ("BoU",)
    # two sources of its own, or a third of all
    assert heard_sectors([*school, replace(school[3], id="INT-09.001", source_id="INT-09")]) == (
        "BoU",
        "VoO",
    )
    assert heard_sectors([school[0], school[3]]) == ("BoU", "VoO")
    assert heard_sectors([]) == ()


def test_a_perspectives_second_slide_goes_to_a_finding_whose_lines_say_its_headline() -> None:
    """Blind review 82: the development situation's second slide went to "Budgeten kommer
    för sent och ändras flera gånger under året", one survey answer's claim, over lines
    about the budget's size and the reports. A place beside the dozen is for a finding
    whose slide shows several sources saying what its headline says, in half its claim's
    words at least (blind review 83: "Politiska uppdrag kommer utan resurser och utan
    tidplan" stood on "vi har fått fler uppdrag men inte mer resurser")."""
    from dataclasses import replace

    from synth.deck.content import Bullet

    first, second, third = observations_from_themes(
        [theme("T01"), theme("T02"), theme("T03")], STATEMENTS
    )
    late = replace(
        second,
        perspective="utvecklingssituation",
        headline="Budgeten kommer för sent och ändras flera gånger under året",
        bullets=(
            Bullet("En budget är lagd i tolftedelar.", ("GRP-01.013",), source_ids=("GRP-01",)),
            Bullet(
                "Budgeten har ett effektiviseringskrav.", ("INT-01.002",), source_ids=("INT-01",)
            ),
        ),
    )
    hiring = replace(
        third,
        perspective="utvecklingssituation",
        headline="Det är svårt att rekrytera behöriga lärare",
        bullets=(
            Bullet("Det är svårt att rekrytera lärare.", ("INT-02.018",), source_ids=("INT-02",)),
            Bullet(
                "Behöriga lärare är svåra att rekrytera.", ("FOK-02.023",), source_ids=("FOK-02",)
            ),
            Bullet("En speciallärartjänst har stått vakant i ett år.", ("FOK-02.024",)),
        ),
    )
    work = fieldwork({"intervju": 9}, len(STATEMENTS), None)

    def main(*shown: Observation) -> list[str]:
        deck = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, shown, featured=1)
        return [o.theme_id for o in deck.main_findings]

    # the structures' finding by breadth; of the development situation's, not the budget's
    assert main(first, late, hiring) == ["T01", "T03"]
    # with two sources saying what its headline says, it has its slide too (the
    # development situation has two places)
    said = replace(
        late,
        bullets=(
            *late.bullets,
            Bullet("Budgeten ändras sent på året.", ("ENK-0127.001",), source_ids=("ENK-0127",)),
            Bullet("Budgeten ändras flera gånger.", ("INT-08.010",), source_ids=("INT-08",)),
        ),
    )
    assert main(first, said, hiring) == ["T01", "T02", "T03"]
    # one word of its claim is not saying it
    thin = replace(
        said,
        headline="Budgeten kommer för sent och ändras flera gånger under året",
        bullets=tuple(
            replace(b, text="Budgeten ändras.") if b.source_ids else b for b in said.bullets
        ),
    )
    assert main(first, thin, hiring) == ["T01", "T03"]


def test_a_finding_with_little_to_show_takes_a_slide_after_those_with_more() -> None:
    """ "Lönerna blir rätt och de svarar när man ringer", once counted in four interviews,
    took a slide of two lines that both said "lönekontoret är pålitligt", in place of a
    wish heard in six (blind review 107: "an empty slide"). A finding whose slide shows
    fewer than `LEAST_SHOWN` things (lines, quotes or figures) takes a slide by breadth
    only where room is left after the others: on an engagement from report statements,
    where most findings show two lines, they still fill the slides."""
    from dataclasses import replace

    from synth.deck.content import LEAST_SHOWN, Bullet

    first, second, third = observations_from_themes(
        [theme("T01"), theme("T02"), theme("T03")], STATEMENTS
    )
    lines = tuple(
        Bullet(
            f"Lönekontoret är pålitligt, del {n}.", (f"INT-0{n}.001",), source_ids=(f"INT-0{n}",)
        )
        for n in range(1, 4)
    )
    thin = replace(second, bullets=lines[:2], quotes=())
    full = replace(third, bullets=lines, quotes=())
    assert (thin.items_shown, full.items_shown) == (2, 3) and LEAST_SHOWN == 3
    work = fieldwork({"intervju": 9}, len(STATEMENTS), None)

    def main(*shown: Observation) -> list[str]:
        deck = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, shown, featured=2)
        return [o.theme_id for o in deck.main_findings]

    assert main(first, thin, full) == ["T01", "T03"]
    # with room left, it has its slide
    roomy = DeckContent("K", "Ö", dt.date(2026, 12, 1), work, (first, thin, full), featured=3)
    assert [o.theme_id for o in roomy.main_findings] == ["T01", "T02", "T03"]
    # a figure under it is something to show
    figured = replace(thin, inventory="Inventeringen redovisar 31,0 åa för HR och lön.")
    assert main(first, figured, full) == ["T01", "T02"]


def test_a_line_dating_what_another_source_dates_otherwise_is_flagged_in_the_notes() -> None:
    """Blind review 145: "en digitaliseringsstrategi från 2021" on a slide, "den antogs
    2022" in another interview, and nothing said. The notes name the other year and where
    it is said, for the consultant to check; a line whose date none gainsays says nothing."""
    from synth.deck.content import Bullet, with_dates_checked
    from synth.deck.notes import observation_notes

    said = {
        st.id: st
        for st in (
            Statement(
                "INT-06.019",
                "INT-06",
                SourceType.INTERVJU,
                19,
                "Det finns en digitaliseringsstrategi från 2021, men den är mest vision.",
            ),
            Statement(
                "INT-07.027",
                "INT-07",
                SourceType.INTERVJU,
                27,
                "Det finns en digitaliseringsstrategi, den antogs 2022 tror jag.",
            ),
        )
    }
    line = Bullet(
        "I en intervju beskrivs att det finns en digitaliseringsstrategi från 2021 men att den "
        "är mest vision.",
        ("INT-06.019",),
    )
    (observation,) = observations_from_themes(
        [theme("T01", statement_ids=("INT-06.019",), size=1)], said
    )
    (checked,) = with_dates_checked([dataclasses.replace(observation, bullets=(line,))], said)
    assert (
        f"- Stäm av årtalet i \u201d{line.text}\u201d: INT-07.027 anger 2022. Årtalet är "
        "utelämnat på bilden." in observation_notes(checked)
    )
    # the slide leaves the disputed year out (review 147)
    assert [b.text for b in checked.bullets] == [
        "I en intervju beskrivs att det finns en digitaliseringsstrategi men att den är mest "
        "vision."
    ]
    undated = dataclasses.replace(observation, bullets=(Bullet("Strategin är vision.", ()),))
    assert with_dates_checked([undated], said) == (undated,)
