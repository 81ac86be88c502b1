"""A finding is what its headline says: the statements of its theme that say the same, and
the breadth of those alone."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from synth.draft.offline import offline_theme_draft, theme_headline
from synth.draft.support import headline_example, narrowed, supporting, topic_vectors
from synth.records import SourceType, Statement, Theme, ThemeDraft
from synth.store.themes import LensRecord


def st(sid: str, text: str, kind: SourceType = SourceType.INTERVJU) -> Statement:
    return Statement(id=sid, source_id=sid.split(".")[0], source_type=kind, position=1, text=text)


def auto_theme(theme_id: str, members: list[Statement], polarity: str) -> Theme:
    """A theme as clustering leaves it: no consultant's label, its members in order."""
    return Theme(
        id=theme_id,
        label="auto",
        auto_label="auto",
        perspective="aktörer",
        polarity={polarity: len(members)},
        keywords=("administration", "chefer"),
        quotes=(),
        breadth={"sources": {"intervju": len(members)}, "totals": {"intervju": len(members)}},
        size=len(members),
        statement_ids=tuple(m.id for m in members),
    )


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def apart(said: list[Statement]) -> dict[str, np.ndarray]:
    """Each statement far from every other in meaning: what supports a headline among
    them does so by its words alone."""
    return {
        s.id: unit(*(1.0 if k == j else 0.0 for j in range(len(said)))) for k, s in enumerate(said)
    }


def support_ids(
    anchor: Statement, headline: str, polarities: dict[Statement, str], perspective: str
) -> list[str]:
    """What `headline`, written from `anchor`, rests on among the statements of
    `polarities` (each with the polarity its lens read), each far from every other in
    meaning (`apart`): the support its words alone give it."""
    from synth.draft.offline import headline_support
    from synth.draft.support import Mentions

    said = list(polarities)
    lenses = {st.id: LensRecord(perspective, 0.9, p, 0.9) for st, p in polarities.items()}
    support = headline_support(
        anchor, headline, [anchor], lenses, polarities[anchor], apart(said), Mentions(said)
    )
    return [st.id for st in support]


THEME = Theme(
    id="T01",
    label="x",
    auto_label="x",
    perspective="strukturer",
    polarity={"svaghet": 4},
    keywords=("it", "ärenden"),
    quotes=("INT-02.001", "INT-03.001"),
    breadth={
        "sources": {"intervju": 3, "enkät": 1},
        "totals": {"intervju": 9, "grupp": 3, "enkät": 150},
        "text": "nämns i 3 av 9 intervjuer, 0 av 3 gruppintervjuer/fokusgrupper och 1 enkätsvar",
    },
    size=4,
    statement_ids=("INT-01.001", "INT-02.001", "INT-03.001", "ENK-0001.001"),
)


def test_support_is_the_anchor_and_what_is_near_it_nearest_first() -> None:
    anchor = st("INT-01.001", "IT-ärenden bollas mellan supporten och leverantören.")
    near = st("INT-02.001", "Ärendena bollas i veckor.")
    nearer = st("INT-03.001", "Supporten skickar ärendena till leverantören.")
    far = st("ENK-0001.001", "Lönerna blir rätt.", SourceType.ENKAT)
    same = st("ENK-0002.001", "IT-ärenden bollas mellan supporten och leverantören.")
    topics = {
        anchor.id: unit(1, 0, 0),
        near.id: unit(1, 1.5, 0),  # cosine 0.55
        nearer.id: unit(1, 0.5, 0),  # 0.89
        far.id: unit(0, 0, 1),  # 0
        same.id: unit(0, 1, 0),  # 0, but the same words
    }
    members = [far, near, anchor, nearer, same]

    assert supporting(anchor, members, topics) == [anchor, same, nearer, near]
    assert supporting(anchor, members, topics, threshold=0.9) == [anchor, same]
    # without the anchor's vector nothing tells support apart: the whole theme
    assert supporting(anchor, members, {}) == [anchor, far, near, nearer, same]


def test_support_for_a_headline_names_its_subject() -> None:
    from synth.draft.support import headline_subject

    headline = "Upphandling är krånglig och tar alldeles för lång tid"
    assert headline_subject(headline) == {"upphandling"}
    # a compound by its last part; no subject of its own, nothing to name
    assert headline_subject("IT-budgeten har legat still i fem år") == {"budget"}
    assert headline_subject("När något går sönder bollas det mellan alla tre") == frozenset()
    # a generic "man" is whoever holds the role it is said in; a "som" clause is no role
    assert headline_subject("Man blir ensam som chef") == {"chef"}
    assert headline_subject("Man har en chef som lyssnar") == frozenset()
    assert headline_subject("Man löser det mesta själv") == frozenset()
    # a phrase by its head: "behöriga" says which teachers, and shares its stem with
    # "behörigheter" (access rights); what a "det" stands for names the subject by what its
    # verb is done to, else by the verb; a quantifier or an aside after the wish names
    # nothing
    assert headline_subject("Det är svårt att rekrytera behöriga lärare") == {"lär"}
    assert headline_subject("Det är svårt att rekrytera") == {"rekryter"}
    # "bygga" would name webs and shadow organisations "byggda" for something else
    assert headline_subject("Det tar tid att bygga upp förtroendet") == {"förtroendet"}
    assert headline_subject("Det är viktigt att cheferna får stöd") == {"chef"}
    # an open question whose subject is the generic "man" is about what its verb says:
    # "oklart" was read as the subject of the survey's note "Oklart vart man vänder sig",
    # and the finding rested on what else was "oklart" (who owns the systems). Not past
    # "ingen": "att ingen har bestämt hur det ska fungera" is not about deciding
    assert headline_subject("Det är oklart vart man vänder sig") == {"vänd"}
    assert headline_subject("Det är oklart vem som äger systemen") == {"system"}
    assert headline_subject("Det är mer att ingen har bestämt hur det ska fungera") == frozenset()
    # an adverbial before what there is names nothing: a figure of speech of stop words
    # has no subject to name, and "numera" is not what there is
    assert headline_subject('Det finns fortfarande ett "vi och dom"') == frozenset()
    assert headline_subject("Det finns numera en väg in") == {"väg"}
    assert headline_subject("Det finns önskemål om färre medarbetare: max trettio") == {"medarbet"}
    # "per chef" measures the rate: a wish for a contact point "för oss chefer" is not it
    assert headline_subject("Det finns önskemål om färre medarbetare per chef") == {"medarbet"}
    # nor does a relative clause that says which one: it is a wish for an administrator,
    # as "en skoladministratör" is; "någon" is named by what it does, and "vad som" asks a
    # question
    schedule = "Det finns önskemål om en administratör som tar schemat"
    assert headline_subject(schedule) == {"administratör"}
    assert headline_subject("Det finns önskemål om någon som tar fakturor") == {"faktur"}
    unprioritised = "Det finns ingen gemensam prioritering av vad som ska digitaliseras"
    assert headline_subject(unprioritised) == {"prioritering", "digitaliser"}
    assert headline_subject("Chefer i vård och omsorg saknar stöd") == {"chef", "vård", "omsorg"}
    assert headline_subject("Det är för många mål") == {"mål"}  # what there are too many of
    # a light noun frames what it governs: wishes for help with digitalisation are about
    # digitalisation, not about help of every kind; alone it names, and a hyphenated
    # compound built on it names what its first part does: "IT-stödet till skolan" is
    # about IT, and by "stöd" it was named by an answer about the schools' premises
    wish = "Det finns önskemål om hjälp med digitalisering"
    assert headline_subject(wish) == {"digitalisering"}
    assert headline_subject("Stödet i rehabärenden är riktigt bra") == {"rehabärend"}
    assert headline_subject("HR-stödet är snabbt") == {"hr"}
    assert headline_subject("IT-stödet till skolan räcker inte") == {"it", "skolan"}
    assert headline_subject("Det finns önskemål om mer stöd") == {"stöd"}
    # the questions of a field are about the field, in one word too: "lokalfrågorna" are
    # about premises, as "lokalförsörjningen" is; the support of a field is the support
    assert headline_subject("Lokalfrågorna är ett kapitel för sig") == {"lokal"}
    assert headline_subject("Rekryteringsstödet har blivit bättre") == {"rekryteringsstöd"}
    assert headline_subject("HR-frågorna tar tid") == {"hr"}
    # the question a "det" leaves open, by what it asks about
    assert headline_subject("Det är oklart vem som äger systemen") == {"system"}

    anchor = st("INT-01.001", headline)
    bought = st("INT-02.001", "Vi behövde upphandla arbetskläder och det tog över ett år.")
    built = st("ENK-0001.001", "Upphandlingarna av entreprenader drar ut på tiden.")
    hired = st("ENK-0002.001", "Rekryteringarna tar lång tid och Visma är krångligt.")
    topics = {s.id: unit(1, 0.1 * k, 0) for k, s in enumerate((anchor, bought, built, hired))}
    members = [anchor, bought, built, hired]

    # all four are near in meaning; slow recruiting says nothing about procurement
    assert supporting(anchor, members, topics) == [anchor, bought, built, hired]
    subject = headline_subject(headline)
    assert supporting(anchor, members, topics, subject=subject) == [anchor, bought, built]


def test_a_near_statement_that_says_the_claim_of_a_word_standing_in_for_the_subject_supports_it() -> (
    None
):
    """A focus group asked about their systems said "det är oklart vem som äger vad", near
    in meaning to what others said of the systems; a survey answer far from it says the
    same words of something else, and neither is a line of evidence read alone."""
    from synth.draft.offline import offline_bullets
    from synth.draft.support import headline_subject, headline_unnamed, says_unnamed

    headline = "Det är oklart vem som äger systemen"
    subject = headline_subject(headline)
    unnamed = headline_unnamed(headline, subject)
    assert unnamed == ("oklart", "vem", "som", "äger", "")
    assert headline_unnamed("Ledningen har blivit bättre", {"ledning"}) == (
        "",
        "har",
        "blivit",
        "bättre",
    )
    # a subject inside the headline leaves no place a stand-in could take
    assert (
        headline_unnamed("Det är svårt att få hjälp från kommunikation i tid", {"kommunikation"})
        == ()
    )
    assert says_unnamed("Hm. Och det är oklart vem som äger vad. Vi har papper.", unnamed)
    assert not says_unnamed("Det är oklart vem som äger frågan.", unnamed)

    anchor = st("FOK-01.001", "Och det är oklart vem som äger systemen. Vem äger Lifecare?")
    group = st("GRP-01.001", "Och det är oklart vem som äger vad. Vi har ett objekt på papperet.")
    survey = st("ENK-0001.001", "Det är oklart vem som äger vad i matsalen.", SourceType.ENKAT)
    topics = {anchor.id: unit(1, 0, 0), group.id: unit(1, 0.6, 0), survey.id: unit(0, 0, 1)}
    members = [anchor, group, survey]
    kwargs = {"subject": subject, "claim": frozenset({"oklart", "äger"})}
    assert supporting(anchor, members, topics, **kwargs) == [anchor]
    assert supporting(anchor, members, topics, unnamed=unnamed, **kwargs) == [anchor, group]

    owners = st("INT-02.001", "Det finns inga utsedda systemägare, ingen har tid avsatt.")
    lenses = {s.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for s in [*members, owners]}
    lines = offline_bullets([group, owners], lenses, "svaghet", headline=headline)
    assert [b.statement_ids for b in lines] == [("INT-02.001",)]


def test_a_challenge_of_the_development_situation_rests_on_what_is_told_of_it_there() -> None:
    """Blind reviews 118-120 counted eight interviews for "Kompetensförsörjningen är en
    utmaning" where the deck had five: the IFO head's "Det är kompetensförsörjningen,
    framför allt. Vi har trettio procent vakanser" and the IT-chef's answer on IT's own
    recruiting, read as background by the lens, tell the challenge. Background told of the
    subject in the structures (a plan that exists) does not, nor a judgment of it."""
    from synth.draft.offline import headline_support
    from synth.draft.support import Mentions

    headline = "Kompetensförsörjningen är en utmaning"
    anchor = st("INT-01.001", "Kompetensförsörjningen är vår största utmaning.")
    vacancies = st(
        "INT-08.004",
        "Det är kompetensförsörjningen, framför allt. Vi har trettio procent vakanser.",
    )
    asked = replace(
        st("INT-06.015", "Vi har annonserat en systemförvaltartjänst två gånger."),
        question="Kompetensförsörjningen inom IT, hur ser den ut?",
    )
    plan = st("INT-05.006", "Kompetensförsörjningen har en plan på strategisk nivå.")
    # a fact told as good news is no challenge
    good = st("INT-04.006", "Kompetensförsörjningen fungerar bra hos oss, vi har sökande.")
    said = [anchor, vacancies, asked, plan, good]
    lenses = {
        anchor.id: LensRecord("utvecklingssituation", 0.9, "svaghet", 0.9),
        vacancies.id: LensRecord("utvecklingssituation", 0.9, "neutral", 0.9),
        asked.id: LensRecord("utvecklingssituation", 0.9, "neutral", 0.9),
        plan.id: LensRecord("strukturer", 0.9, "neutral", 0.9),
        good.id: LensRecord("utvecklingssituation", 0.9, "neutral", 0.9),
    }
    support = headline_support(
        anchor, headline, [anchor], lenses, "svaghet", apart(said), Mentions(said)
    )
    assert [s.id for s in support] == ["INT-01.001", "INT-08.004", "INT-06.015"]


def test_what_is_unclear_rests_on_what_says_that_and_not_on_whatever_else_is_unclear() -> None:
    """The survey's note "Oklart vart man vänder sig." headed a finding as it was, with
    "oklart" read as its subject: it rested on a focus group's "det är oklart vem som äger
    systemen", an answer to the IT question, and was listed on the IT slide (blind review
    156). Written as a report writes it, it rests on what says where one turns."""
    note = st("ENK-0031.002", "Oklart vart man vänder sig.", SourceType.ENKAT)
    turn = st(
        "FOK-02.054", "Men de är för få, och det är svårt att veta vem man ska vända sig till."
    )
    owners = st("FOK-01.036", "Och det är oklart vem som äger systemen. Vem äger Lifecare?")
    known = st("ENK-0044.002", "Man vet vart man ska vända sig och får hjälp.", SourceType.ENKAT)
    from synth.draft.offline import headline_support
    from synth.draft.support import Mentions

    polarities = {note: "svaghet", turn: "svaghet", owners: "svaghet", known: "styrka"}
    said = list(polarities)
    lenses = {s.id: LensRecord("strukturer", 0.9, p, 0.9) for s, p in polarities.items()}

    theme = auto_theme("T06", [note], "svaghet")
    assert theme_headline(theme, [note], lenses)[0] == "Det är oklart vart man vänder sig"
    # all three weaknesses near one another in meaning, as they were in the demo
    near = {
        note.id: unit(1.0, 0.0, 0.0),
        turn.id: unit(0.8, 0.6, 0.0),
        owners.id: unit(0.8, 0.0, 0.6),
        known.id: unit(0.0, 1.0, 1.0),
    }
    support = headline_support(
        note, "Det är oklart vart man vänder sig", [note], lenses, "svaghet", near, Mentions(said)
    )
    assert [s.id for s in support] == ["ENK-0031.002", "FOK-02.054"]


def test_a_narrowed_finding_counts_only_its_own_sources_against_all() -> None:
    statements = {
        s.id: s
        for s in (
            st("INT-01.001", "a"),
            st("INT-02.001", "b"),
            st("INT-03.001", "c"),
            st("ENK-0001.001", "d", SourceType.ENKAT),
        )
    }
    finding = narrowed(THEME, ("INT-01.001", "INT-02.001"), statements)

    assert finding.statement_ids == ("INT-01.001", "INT-02.001")
    assert finding.quotes == ("INT-02.001",)
    assert finding.breadth_text == ("nämns i 2 av 9 intervjuer")
    assert finding.weight < THEME.weight
    # a group interview the theme counted among the interviews is counted so in its part
    grouped = replace(
        THEME,
        breadth={
            "sources": {"intervju": 4},
            "totals": {"intervju": 10, "grupp": 2, "enkät": 150},
            "told": {"gruppintervju": "intervju"},
        },
    )
    controllers = st("GRP-01.004", "d", SourceType.GRUPPINTERVJU)
    part = narrowed(
        grouped, ("INT-01.001", "GRP-01.004"), {**statements, controllers.id: controllers}
    )
    assert part.breadth_text == "nämns i 2 av 10 intervjuer"
    # where the theme counted how many interviews out in the operations said it, its part
    # counts its own against the same interviews (the group interview a central one)
    placed = replace(
        grouped, breadth={**grouped.breadth, "place_totals": {"central": 6, "verksamheterna": 4}}
    )
    sectors = {
        "INT-01.001": "Vård och omsorg",
        "INT-02.001": "Barn och utbildning",
        "GRP-01.004": "Kommunledningskontoret",
    }
    located = {sid: replace(s, sector=sectors.get(sid)) for sid, s in statements.items()}
    located[controllers.id] = replace(controllers, sector=sectors[controllers.id])
    part = narrowed(placed, ("INT-01.001", "INT-02.001", "GRP-01.004"), located)
    assert part.breadth_text == "nämns i 3 av 10 intervjuer (2 av 4 ute i verksamheterna)"
    # no support known: the theme as it is
    assert narrowed(THEME, (), statements) == THEME
    assert narrowed(THEME, ("INT-99.001",), statements) == THEME


def test_the_headline_is_the_claim_after_a_concession_and_the_bullets_support_it() -> None:
    members = [
        st(
            "INT-01.001",
            "Vi har ett introduktionsprogram för nya chefer och en chefsdag två gånger om året. "
            "Men administrationen för cheferna har inte minskat på flera år.",
        ),
        st(
            "INT-02.001", "Administrationen för cheferna växer hela tiden och ingen tar bort något."
        ),
        st("INT-03.001", "Cheferna drunknar i administration och rapporter varje vecka."),
        st("INT-04.001", "Lokalerna på skolorna är slitna och ventilationen fungerar inte alls."),
    ]
    embeddings = {
        m.id: unit(*np.random.default_rng(k).normal(size=8)) for k, m in enumerate(members)
    }
    topics = topic_vectors(members, embeddings)
    lenses = {m.id: LensRecord("aktörer", 0.9, "svaghet", 0.9) for m in members}
    theme = auto_theme("T02", members, "svaghet")

    draft = offline_theme_draft(theme, members, lenses, topics=topics)

    assert "introduktionsprogram" not in draft.headline
    assert "administration" in draft.headline.casefold()
    # the school premises share no words with the claim: not its evidence, not counted
    assert "INT-04.001" not in draft.support_ids
    assert all("Lokalerna" not in b.text for b in draft.bullets)
    assert draft.breadth_text.startswith("Nämns i ") and "4 av 4" not in draft.breadth_text


def test_what_a_statement_concedes_before_its_but_is_no_headline() -> None:
    said = st(
        "INT-01.001",
        "HR-enheten har ett introduktionsprogram för nya chefer och en chefsdag varje år. "
        "Men administrationen för cheferna har inte minskat på flera år.",
    )
    theme = auto_theme("T03", [said], "svaghet")

    headline, sid = theme_headline(theme, [said], {})

    assert sid == said.id
    assert headline == "Administrationen för cheferna har inte minskat på flera år"


def test_a_complaint_answered_as_a_negated_att_clause_heads_its_finding() -> None:
    """ "Vad tror ni att det beror på?" answered "Och att man inte blir lyssnad på", in
    both focus groups and two interviews: the blind reviews' strongest story of the
    first-line chefs, with no finding, as no sentence of it was a main clause. A negated
    "att" clause of a weakness is read as the main clause it answers with; an
    affirmative one wishes for what it names ("att man blir lyssnad på när man säger
    det") and heads no weakness, as it would claim what is missing."""
    said = [
        st("FOK-01.025", "Och att man inte blir lyssnad på. Vi har sagt det i flera år."),
        st("FOK-02.027", "Jag tror det är att man inte känner sig lyssnad på."),
    ]
    theme = auto_theme("T07", said, "svaghet")

    headline, sid = theme_headline(theme, said, {})

    assert (headline, sid) == ("Man blir inte lyssnad på", "FOK-01.025")
    # a turn of spoken openings alone has no sentence to read, and heads nothing
    said = [st("FOK-01.030", "Ja, och "), *said]
    assert theme_headline(auto_theme("T07", said, "svaghet"), said, {})[0] == (
        "Man blir inte lyssnad på"
    )
    wish = [st("FOK-02.060", "Och att man blir lyssnad på när man säger det.")]
    assert theme_headline(auto_theme("T08", wish, "svaghet"), wish, {})[0] != (
        "Man blir lyssnad på när man säger det"
    )


def test_a_claim_of_a_generic_man_rests_on_those_who_say_it() -> None:
    """ "Man blir inte lyssnad på" counted the HR-chef's "vi har inte lyckats minska
    administrationen", near it in meaning in the chefs' theme, as a third interview: a
    claim of a generic "man" of no role rests on the statements that say it, where two
    do, not on whatever is near them."""
    from synth.draft.offline import headline_support
    from synth.draft.support import Mentions

    members = [
        st("FOK-01.025", "Och att man inte blir lyssnad på. Vi har sagt det i flera år."),
        st("INT-01.028", "De säger att de inte blir lyssnade på. Det tar jag på allvar."),
        st("INT-05.014", "Men jag ska vara ärlig, vi har inte lyckats minska administrationen."),
    ]
    # all three near one another in meaning, as in the theme they share
    near = {m.id: unit(1.0, 0.0, 0.0) for m in members}
    lenses = {m.id: LensRecord("aktörer", 0.9, "svaghet", 0.9) for m in members}
    support = headline_support(
        members[0],
        "Man blir inte lyssnad på",
        members,
        lenses,
        "svaghet",
        near,
        Mentions(members),
    )
    assert [m.id for m in support] == ["FOK-01.025", "INT-01.028"]


def test_a_finding_of_wishes_named_without_a_verb_gets_a_headline_of_its_own() -> None:
    wishes = [
        st(
            "ENK-0001.001",
            "Mindre personalgrupper så att man kan vara chef på riktigt.",
            SourceType.ENKAT,
        ),
        st("ENK-0002.001", "En gemensam kontaktpunkt för oss chefer.", SourceType.ENKAT),
        st(
            "ENK-0003.001",
            "Mindre personalgrupper så att man kan vara chef på riktigt",
            SourceType.ENKAT,
        ),
        st("ENK-0004.001", "En plan för hur vi ska klara ekonomin.", SourceType.ENKAT),
    ]
    theme = auto_theme("T04", wishes, "förslag")

    headline, sid = theme_headline(theme, wishes, {})

    # the wish two answers name in the same words; never the speaker's "vi" or "oss"
    assert headline == "Det finns önskemål om mindre personalgrupper"
    assert sid == "ENK-0001.001"


def test_a_wish_named_by_a_plain_noun_is_written_as_a_wish_not_the_complaint_beside_it() -> None:
    # no opening word of its own marks "E-tjänster" as wanted; the complaint said in the
    # same finding had headed it, filed as a wish (the demo's appendix)
    wishes = [
        st(
            "ENK-0097.003",
            "E-tjänster för invånarna så vi slipper ta emot blanketter på papper.",
            SourceType.ENKAT,
        ),
        st("ENK-0098.003", "E-tjänster för invånarna, gärna i år", SourceType.ENKAT),
        st(
            "INT-06.017",
            "När någon slutar tar det ibland veckor innan kontot stängs, och det är en risk.",
        ),
        st("ENK-0105.004", "Tjänstekatalog 3.", SourceType.ENKAT),
    ]
    theme = auto_theme("T34", wishes, "förslag")

    headline, sid = theme_headline(theme, wishes, {})

    assert headline == "Det finns önskemål om e-tjänster för invånarna"
    assert sid == "ENK-0097.003"


def test_a_wish_cut_out_of_a_numbered_list_leaves_the_next_items_number() -> None:
    wishes = [
        st("ENK-0105.004", "En tjänstekatalog 3.", SourceType.ENKAT),
        st("ENK-0106.004", "En tjänstekatalog 2.", SourceType.ENKAT),
    ]
    theme = auto_theme("T08", wishes, "förslag")

    assert theme_headline(theme, wishes, {})[0] == "Det finns önskemål om en tjänstekatalog"


def test_a_finding_of_wishes_is_not_headed_by_a_complaint_said_beside_the_wish() -> None:
    # two managers answered "Vad saknar du i stödet?" in the same words (the demo survey);
    # the complaint is a whole clause, the wish only names what is wanted
    said = "Utbildning i systemen vi förväntas använda. Oftast får man bara en manual."
    wishes = [
        st("ENK-0039.005", said, SourceType.ENKAT),
        st("ENK-0043.005", said, SourceType.ENKAT),
        st(
            "ENK-0050.002",
            "Stöd i att skriva tjänsteskrivelser, ett tydligare flöde.",
            SourceType.ENKAT,
        ),
    ]
    theme = auto_theme("T26", wishes, "förslag")

    headline, sid = theme_headline(theme, wishes, {})

    # "vi förväntas använda" is the speaker's: cut, what is wanted is still named
    assert headline == "Det finns önskemål om utbildning i systemen"
    assert sid == "ENK-0039.005"


def test_a_finding_of_wishes_keeps_a_plain_sentence_where_no_wish_can_be_written() -> None:
    said = [
        st("ENK-0007.002", "Oftast får man bara en manual.", SourceType.ENKAT),
        st("ENK-0008.002", "Oftast får man bara en manual", SourceType.ENKAT),
    ]
    theme = auto_theme("T27", said, "förslag")

    headline, _ = theme_headline(theme, said, {})

    assert headline == "Oftast får man bara en manual"


def test_an_evidence_line_is_the_sentence_that_says_something_of_the_subject() -> None:
    from synth.draft.offline import offline_bullets

    said = st(
        "INT-03.028",
        "Upphandling, ja, tyvärr. Nej men alltså, det tar lång tid. Vi skulle upphandla ett "
        "nytt system för trygghetslarmen och det tog över ett år.",
    )
    lenses = {said.id: LensRecord("strukturer", 0.9, "svaghet", 0.9)}
    (bullet,) = offline_bullets(
        [said],
        lenses,
        "svaghet",
        headline="Upphandling är krånglig och tar alldeles för lång tid",
        keywords=("upphandling", "lång", "tid"),
    )
    assert "trygghetslarmen" in bullet.text and "det tar lång tid" not in bullet.text


def test_a_strength_is_never_headed_by_what_is_asked_for() -> None:
    members = [
        st("INT-04.020", "I så fall måste det komma med tydliga servicenivåer för cheferna."),
        st("INT-05.011", "Lönekontoret är pålitligt och svarar alltid samma dag."),
    ]
    lenses = {m.id: LensRecord("aktörer", 0.9, "styrka", 0.9) for m in members}
    headline, sid = theme_headline(auto_theme("T05", members, "styrka"), members, lenses)
    assert (headline, sid) == (
        "Lönekontoret är pålitligt och svarar alltid samma dag",
        "INT-05.011",
    )


def test_a_headline_is_supported_by_whoever_names_it_wherever_they_were_clustered() -> None:
    from synth.draft.support import Mentions, headline_subject

    # what "det finns" is the subject of
    assert headline_subject("Det finns önskemål om en väg in") == {"väg"}
    wish = st("INT-01.033", "En väg in, helt enkelt.")
    other = st("INT-02.001", "Skolan behöver en väg in till IT-stödet.")
    praised = st("FOK-01.056", "En väg in. Ett nummer, en portal, en person.")
    built = st("ENK-0001.001", "Digitaliseringsstrategin är bra.", SourceType.ENKAT)
    unrelated = st("INT-03.001", "Lönerna blir rätt.")
    mentions = Mentions([wish, other, praised, built, unrelated])
    # the stem, in the order given; a compound built on a stem of five letters or more
    assert [s.id for s in mentions.naming({"väg"})] == ["INT-01.033", "INT-02.001", "FOK-01.056"]
    assert mentions.naming({"digitalisering"}) == [built]
    assert mentions.naming({"upphandling"}) == []

    # a theme of one wish: the others who ask for it support it, though clustered
    # elsewhere, and one the lens took for praise still asks for it
    theme = auto_theme("T38", [wish], "förslag")
    lenses = {
        wish.id: LensRecord("strukturer", 0.9, "förslag", 0.9),
        other.id: LensRecord("strukturer", 0.9, "förslag", 0.9),
        praised.id: LensRecord("strukturer", 0.9, "styrka", 0.9),
        built.id: LensRecord("strukturer", 0.9, "styrka", 0.9),
    }
    topics = {s.id: unit(1, 0.2 * k, 0) for k, s in enumerate((wish, other, praised, built))}
    draft = offline_theme_draft(theme, [wish], lenses, topics=topics, mentions=mentions)
    assert draft.headline == "Det finns önskemål om en väg in"
    assert set(draft.support_ids) == {"INT-01.033", "INT-02.001", "FOK-01.056"}
    alone = offline_theme_draft(theme, [wish], lenses, topics=topics)
    assert alone.support_ids == ("INT-01.033",)


def test_a_preposition_of_several_words_is_no_part_of_a_headlines_claim() -> None:
    """ "vid sidan av" is "beside": the claim of "Sektorerna har byggt upp egna resurser vid
    sidan av" is built, own, resources, and no "sida" for a line about the sectors' own
    web pages ("sina egna sidor") to say; short enough to be said (`CLAIM_WORDS`)."""
    from synth.draft.support import CLAIM_WORDS, headline_claim, headline_subject

    headline = "Sektorerna har byggt upp egna resurser vid sidan av"
    subject = headline_subject(headline)
    claim = headline_claim(headline, subject)
    assert (subject, claim) == ({"sektor"}, {"bygg", "egn", "resurs"})
    assert len(claim) <= CLAIM_WORDS
    # a side named is named
    assert "sid" in headline_claim("Intranätet har sidor som ingen uppdaterar", frozenset())


def test_a_long_turn_supports_a_headline_its_one_sentence_says_in_so_many_words() -> None:
    from synth.draft.support import echoes, headline_claim, headline_subject

    headline = "Ledningen har blivit bättre"
    subject = headline_subject(headline)
    # "bättre" is a stop word, and yet it is what is said of the ledning
    assert (subject, headline_claim(headline, subject)) == ({"ledning"}, {"bättr"})
    turn = st(
        "INT-05.027",
        "Överlag bra. Jag sitter med i ledningsgruppen och den har blivit bättre, mer öppen. "
        "Men det finns en bild ute i verksamheten av att kontoret är kontrollerande.",
    )
    apart = st("INT-06.001", "HR har blivit bättre. Ledningen har vi inte sett till.")
    assert echoes(turn.text, subject, headline_claim(headline, subject))
    # the subject and the claim in different sentences say something else
    assert not echoes(apart.text, subject, headline_claim(headline, subject))

    anchor = st("INT-08.031", "Ledningen har blivit bättre. [namn] är väldigt närvarande.")
    # far apart in meaning, as a long turn is from a short headline
    topics = {anchor.id: unit(1, 0, 0), turn.id: unit(0, 1, 0), apart.id: unit(0, 0, 1)}
    members = [anchor, turn, apart]
    near_only = supporting(anchor, members, topics, subject=subject)
    assert [s.id for s in near_only] == ["INT-08.031"]
    said = supporting(anchor, members, topics, subject=subject, claim={"bättr"})
    assert [s.id for s in said] == ["INT-08.031", "INT-05.027"]


def test_a_turn_that_names_someone_still_heads_and_evidences_a_finding() -> None:
    from synth.draft.offline import offline_bullets

    members = [
        st("INT-08.031", "Ledningen har blivit bättre. [namn], vår sektorschef, är närvarande."),
        st(
            "INT-09.028",
            "Och ledningsgruppen har blivit bättre, tycker jag, [namn] har gjort att vi "
            "faktiskt pratar med varandra.",
        ),
        st(
            "INT-05.027",
            "Överlag bra. Ledningsgruppen har blivit bättre och mer öppen. Men det finns en "
            "bild ute i verksamheten av att kontoret är kontrollerande.",
        ),
    ]
    lenses = {m.id: LensRecord("aktörer", 0.9, "styrka", 0.9) for m in members}
    headline, sid = theme_headline(auto_theme("T11", members, "styrka"), members, lenses)
    # the sentence without the name heads it; before, the whole turn was passed over
    assert (headline, sid) == ("Ledningen har blivit bättre", "INT-08.031")
    bullets = offline_bullets(members, lenses, "styrka", headline=headline)
    texts = [b.text for b in bullets]
    assert not any("[namn]" in t for t in texts)
    # what the turn says of the subject, not what it concedes after its "men"
    assert any("ledningsgruppen har blivit bättre och mer öppen" in t for t in texts)
    assert not any("kontrollerande" in t for t in texts)


def test_a_subject_is_told_by_its_words_that_few_statements_name() -> None:
    from synth.draft.support import Mentions

    said = [
        st(f"ENK-{k:04d}.001", f"Som chef behöver jag stöd med sak nummer {k}.") for k in range(8)
    ]
    said += [
        st("ENK-0100.001", "Färre medarbetare per chef, tack."),
        st("ENK-0101.001", "Vi har för många medarbetare per chef i hemtjänsten."),
    ]
    mentions = Mentions(said)
    # "chef" is named in every statement: support that names only it names no subject
    assert mentions.specific(frozenset({"chef", "medarbet"})) == {"medarbet"}
    # where every word is common, the subject is all of them
    assert mentions.specific(frozenset({"chef", "stöd"})) == {"chef", "stöd"}
    assert mentions.specific(frozenset({"chef"})) == {"chef"}


def test_an_expression_the_headline_quotes_is_supported_by_all_who_say_it() -> None:
    """The blind review of this stop: "vi och dom" was said in eight of nine interviews,
    the slide counted one. Its words are stop words, so no subject found it; and two of
    those who said it did so after praising the ledningsgrupp, in a turn the lens read
    as praise."""
    from synth.draft.support import Mentions, headline_phrase, says_phrase

    assert headline_phrase('Det finns fortfarande ett "vi och dom"') == ("vi", "och", "dom")
    assert headline_phrase("Det finns ett ”vi och dom”") == ("vi", "och", "dom")
    assert headline_phrase('Det är "bra"') == ()  # one word: its subject is found as such
    assert says_phrase("Det är lite vi och dom, ärligt talat.", ("vi", "och", "dom"))
    assert not says_phrase("Vi och de andra och dom.", ("vi", "och", "dom"))

    said = st("INT-09.014", 'Det finns ett "vi och dom", det märker man. Stadshuset och vi.')
    sector = st("INT-04.027", "Och mellan sektorerna... det är lite vi och dom.")
    turned = st(
        "INT-02.025",
        "Det är bättre än det var. Ledningsgruppen har blivit bättre. "
        "Men det finns fortfarande ett vi och dom.",
    )
    praise = st("INT-03.001", "Det finns inget vi och dom här, vi är ett lag.")
    unrelated = st("INT-05.001", "Lönerna blir rätt.")
    everyone = [said, sector, turned, praise, unrelated]
    assert Mentions(everyone).saying(("vi", "och", "dom")) == [said, sector, turned, praise]

    lenses = {
        said.id: LensRecord("aktörer", 0.9, "svaghet", 0.9),
        sector.id: LensRecord("strukturer", 0.9, "svaghet", 0.9),
        turned.id: LensRecord("aktörer", 0.9, "styrka", 0.9),
        praise.id: LensRecord("aktörer", 0.9, "styrka", 0.9),
        unrelated.id: LensRecord("strukturer", 0.9, "svaghet", 0.9),
    }
    draft = _drafted_apart(said, everyone, lenses)
    assert draft.headline == "Det finns ett \u201dvi och dom\u201d"
    # the turn that says it after its "men" counts; the praise that denies it does not
    assert set(draft.support_ids) == {"INT-09.014", "INT-04.027", "INT-02.025"}


def _drafted_apart(
    said: Statement, everyone: list[Statement], lenses: dict[str, LensRecord]
) -> ThemeDraft:
    """The draft of a theme of `said` alone, the `everyone` of the engagement far apart in
    meaning, each of them, and clustered apart."""
    from synth.draft.support import Mentions

    topics = {
        s.id: unit(*(1.0 if i == k else 0.0 for i in range(5))) for k, s in enumerate(everyone)
    }
    theme = auto_theme("T42", [said], "svaghet")
    return offline_theme_draft(theme, [said], lenses, topics=topics, mentions=Mentions(everyone))


def test_an_answer_to_a_question_that_says_the_expression_supports_it() -> None:
    """A focus group asked whether there is a "vi och dom" answered by describing one,
    without the words; blind review 54 counted it among those who said it, the deck did
    not. The answer that disagrees is left out, as is a turn to another question."""
    from dataclasses import replace

    question = 'Känner ni att det finns ett "vi och dom" mellan er och kommunledningskontoret?'
    said = st("INT-09.014", 'Det finns ett "vi och dom", det märker man. Stadshuset och vi.')
    other = st("INT-04.027", "Och mellan sektorerna... det är lite vi och dom.")
    answer = replace(
        st("FOK-02.052", "Stadshuset är en annan värld. Man får mejl om nya rutiner hela tiden."),
        question=question,
    )
    denial = replace(
        st("FOK-02.053", "Det finns många på kommunledningskontoret som verkligen vill hjälpa."),
        question=question,
    )
    elsewhere = replace(
        st("FOK-03.010", "Stadshuset är en annan värld, man får mejl om allt."),
        question="Hur får ni information om nya rutiner?",
    )
    everyone = [said, other, answer, denial, elsewhere]
    lenses = {s.id: LensRecord("aktörer", 0.9, "svaghet", 0.9) for s in everyone}
    lenses[denial.id] = LensRecord("aktörer", 0.9, "styrka", 0.9)
    draft = _drafted_apart(said, everyone, lenses)
    assert draft.headline == "Det finns ett \u201dvi och dom\u201d"
    assert set(draft.support_ids) == {"INT-09.014", "INT-04.027", "FOK-02.052"}


def test_a_remark_that_names_nothing_supports_no_headline_without_a_subject() -> None:
    """'"Göra mer med mindre" går inte i längden' counted nine sources: five of them
    remarks as short as "Där har du en poäng." and "Egentligen inget.", near whatever else
    is short. Where a headline names no subject, support says its expression or at least
    something; where it does, a short answer that names it ("En väg in.") still counts."""
    from synth.draft.support import headline_phrase, headline_subject

    headline = '"Göra mer med mindre" går inte i längden'
    assert headline_subject(headline) == frozenset()
    phrase = headline_phrase(headline)
    anchor = st("ENK-0020.004", '"Göra mer med mindre" går inte i längden.', SourceType.ENKAT)
    said = st("FOK-01.046", "Så vi ska göra mer med mindre. Det är ju det man hör hela tiden.")
    remark = st("FOK-01.018", "Där har du en poäng.")
    nothing = st("ENK-0091.003", "Egentligen inget.", SourceType.ENKAT)
    near = {s.id: unit(1, 0.1 * k, 0) for k, s in enumerate((anchor, said, remark, nothing))}
    members = [anchor, said, remark, nothing]
    assert supporting(anchor, members, near, phrase=phrase) == [anchor, said]
    # a headline with a subject: a short answer that names it supports it
    wish = st("ENK-0007.002", "En väg in.", SourceType.ENKAT)
    asked = st("INT-01.033", "Det behövs en väg in till stödet, helt enkelt.")
    topics = {wish.id: unit(1, 0.1, 0), asked.id: unit(1, 0, 0), remark.id: unit(1, 0.2, 0)}
    subject = headline_subject("Det finns önskemål om en väg in")
    assert supporting(asked, [asked, wish, remark], topics, subject=subject) == [asked, wish]


def test_a_subject_named_as_one_item_of_a_list_is_named_in_passing() -> None:
    """ "Förklarar budgeten, förklarar rapporterna, förklarar internhyrorna" is about the
    newly arrived manager, not about the budget: it does not support a budget headline,
    though it is near it and names the word."""
    anchor = st("ENK-0001.001", "Budgeten kommer för sent och ändras under året.", SourceType.ENKAT)
    passing = st(
        "GRP-01.001",
        "Varje gång en ny chef kommer så börjar man om, förklarar budgeten, "
        "förklarar rapporterna, förklarar internhyrorna.",
    )
    said = st("INT-01.001", "Budgeten kommer sent, i december, och sen ändras den två gånger.")
    topics = {anchor.id: unit(1, 0), passing.id: unit(1, 0.5), said.id: unit(1, 0.6)}
    subject = frozenset({"budget"})

    assert supporting(anchor, [passing, said], topics, subject=subject) == [anchor, said]
    assert supporting(anchor, [passing, said], topics) == [anchor, passing, said]


def test_an_abbreviated_function_names_a_headline_of_its_people_among_the_theme() -> None:
    from synth.draft.offline import headline_support
    from synth.draft.support import Mentions, headline_abbreviations, headline_subject

    headline = "HR-konsulten svarar samma dag och kan arbetsrätten"
    assert headline_subject(headline) == {"konsult"}  # the compound by its last part
    assert headline_abbreviations(headline) == {"hr"}  # and the function it belongs to
    assert headline_abbreviations("IT-budgeten har legat still") == {"it"}
    assert headline_abbreviations("Controllers och HR-konsulter finns nära") == {"hr"}
    # a light noun's compound is its first part already; a lower-case first part, an
    # abbreviation outside the subject and a headline without one give nothing
    assert headline_abbreviations("Kommun-anställda trivs") == frozenset()
    assert headline_abbreviations("Cheferna ringer HR-direkten") == frozenset()
    assert headline_abbreviations("Upphandling är krånglig") == frozenset()

    anchor = st("ENK-0001.001", headline + ".", SourceType.ENKAT)
    group = st("FOK-01.013", "HR är det bästa stödet vi har, tycker jag. De svarar.")
    school = st("FOK-02.003", "Samma här, HR-stödet är verkligen bra.")
    # names HR too, but the clustering put it elsewhere: HR is no subject to look for
    # among all statements ("IT-budgeten" is not said by everyone who names IT)
    elsewhere = st("INT-04.002", "HR har hjälpt oss mycket med rekryteringen.")
    lenses = {s.id: LensRecord("strukturer", 0.9, "styrka", 0.9) for s in (anchor, group, school)}
    lenses[elsewhere.id] = LensRecord("strukturer", 0.9, "styrka", 0.9)
    topics = {s.id: unit(1, 0.3, 0) for s in (anchor, group, school, elsewhere)}
    mentions = Mentions([anchor, group, school, elsewhere])
    support = headline_support(
        anchor, headline, [anchor, group, school], lenses, "styrka", topics, mentions
    )
    assert [s.id for s in support] == ["ENK-0001.001", "FOK-01.013", "FOK-02.003"]


def test_of_headlines_heard_nearly_as_widely_one_that_judges_heads_the_finding() -> None:
    from synth.draft.offline import _chosen

    # (sources, judges, plural subject, keywords named, -rewritten, -centrality rank,
    # headline, id): the demo's procurement finding once the focus groups' waits counted
    # as complaints
    procurement = [
        (10, False, False, 0, 0, -6, "Upphandlingen är ett kapitel för sig", "FOK-02.050"),
        (
            8,
            True,
            False,
            1,
            0,
            -5,
            "Upphandling är krånglig och tar alldeles för lång tid",
            "ENK-0030",
        ),
        (1, False, False, 0, 0, -10, "Det tar tid att bygga upp det förtroendet", "GRP-01.005"),
    ]
    assert _chosen(procurement)[0] == "Upphandling är krånglig och tar alldeles för lång tid"
    # far wider than any that judges, a headline that only names its subject stands
    them_and_us = [
        (9, False, False, 0, 0, -25, 'Det finns ett "vi och dom"', "INT-09.014"),
        (3, True, True, 0, 0, -3, "Ärendena hamnar mellan stolarna", "INT-03.008"),
    ]
    assert _chosen(them_and_us)[0] == 'Det finns ett "vi och dom"'
    # heard as widely, the role's many before one speaker's own (blind review 87)
    controllers = [
        (18, True, False, 1, 0, -7, "Controllern är bra", "INT-03.024"),
        (18, True, True, 0, 0, -11, "Controllerna gör ett bra jobb", "FOK-01.047"),
    ]
    assert _chosen(controllers)[0] == "Controllerna gör ett bra jobb"


def test_a_sector_heads_we_names_the_sectors_where_it_says_what_the_headline_says() -> None:
    """Blind review 84 counted seven interviews saying that the sectors have built
    resources of their own, where the breadth had four: the sector heads say "vi", and
    "vi bygger en egen organisation" names no sector. A sektorschef's "vi" names the
    sectors where it also says a word of the headline's claim; what else a sektorschef
    says of "vi" ("Och samtidigt ska vi spara") does not, nor an enhetschef's "vi"."""
    from synth.draft.support import (
        Mentions,
        headline_claim,
        headline_subject,
        speaks_as,
        statement_names,
    )

    headline = "Sektorerna har byggt upp egna resurser vid sidan av"
    subject = headline_subject(headline)
    claim = headline_claim(headline, subject)

    def said(sid: str, role: str, text: str) -> Statement:
        return replace(st(sid, text), role=role, sector="Barn och utbildning")

    built = said(
        "INT-02.008",
        "Sektorschef",
        "Vi har två egna controllers. Jag vet att kontoret tycker att vi bygger en egen "
        "organisation.",
    )
    saving = said("INT-02.003", "Sektorschef", "Och samtidigt ska vi spara.")
    unit = said("FOK-01.010", "Enhetschef", "Vi har byggt upp egna resurser på enheten.")
    unsaid = said("INT-02.009", "Sektorschef", "Det har byggts upp egna resurser.")
    assert speaks_as(built, subject, claim) and statement_names(built, subject, claim)
    assert not speaks_as(saving, subject, claim)
    assert not speaks_as(unit, subject, claim)
    # no "vi": the sector head speaks of nobody's sector in particular
    assert not speaks_as(unsaid, subject, claim)
    # without a claim to say, "vi" names nothing
    assert not statement_names(built, subject)
    # and the statements that speak so are found beyond the theme, as naming the subject
    found = Mentions([built, saving, unit, unsaid]).naming(subject)
    assert built in found and saving in found and unit not in found

    # support: near in meaning is not enough without the subject named, one way or another
    anchor = said("INT-01.005", "Kommundirektör", "Sektorerna har byggt upp egna resurser.")
    topics = {
        s.id: unit_vector
        for s, unit_vector in zip(
            (anchor, built, saving, unit),
            (
                np.array([1.0, 0.0]),
                np.array([0.9, 0.1]),
                np.array([0.9, 0.1]),
                np.array([0.9, 0.1]),
            ),
            strict=True,
        )
    }
    kept = supporting(anchor, [anchor, built, saving, unit], topics, subject=subject, claim=claim)
    assert kept == [anchor, built]


def test_a_headline_that_judges_its_subject_as_a_whole_rests_on_all_that_praise_it() -> None:
    """Blind review 86: HR is praised in seven interviews, but "HR-konsulten svarar samma
    dag och kan arbetsrätten" was heard in two. "HR-stödet är bra" says what all of them
    say, each in their own words, however far apart in meaning; the HR-chef on their own
    consultants is no user's word for it."""
    from synth.draft.offline import _headline_candidates, _headline_sentence, headline_support
    from synth.draft.support import (
        Mentions,
        headline_claim,
        headline_subject,
        judges_whole,
        praises_own,
    )

    def whole(headline: str) -> bool:
        subject = headline_subject(headline)
        return judges_whole(subject, headline_claim(headline, subject))

    assert whole("HR-stödet är bra") and whole("HR fungerar bra")
    assert whole("Controllerna gör ett bra jobb")
    assert not whole("HR-konsulten svarar samma dag och kan arbetsrätten")
    assert not whole("Ledningen har blivit bättre")
    assert not whole("Det är bra")  # judges nothing named

    # "Samma här" agrees with the one before; emphasis goes; three words say enough where
    # they name what they judge
    school = st("FOK-02.003", "Samma här, HR-stödet är verkligen bra. Och lönen blir rätt.")
    assert [_headline_sentence(s, None, "styrka") for s in _headline_candidates(school)] == [
        "HR-stödet är bra"
    ]
    assert _headline_sentence("Det är bra", None, "styrka") is None
    # a third person's health in another sentence of the turn does not cost it its first
    controllers = st(
        "GRP-01.040",
        "HR är bra. Jag samarbetar med HR-konsulten kring sjukfrånvaron, hon är kunnig.",
    )
    assert _headline_candidates(controllers, "styrka") == ["HR är bra."]

    quick = st("INT-02.004", "Vår HR-konsult är jättekunnig och snabb i rehabärenden.")
    law = st("INT-08.008", "De på HR kan arbetsrätten bättre än någon annan.")
    own = replace(
        st("INT-05.003", "Våra HR-konsulter är på plats samma dag."),
        role="HR-chef",
        sector="Kommunledningskontoret",
    )
    # nor are the controllers on the controllers, as a controller's on HR is
    controller = replace(st("GRP-01.041", "HR är bra."), role="Controller")
    assert praises_own(replace(controller, text="Controllerna gör ett bra jobb."), {"controll"})
    said = [school, quick, law, own, controller]
    lenses = {s.id: LensRecord("strukturer", 0.9, "styrka", 0.9) for s in said}
    topics = apart(said)
    mentions = Mentions(said)
    support = headline_support(
        school, "HR-stödet är bra", [school], lenses, "styrka", topics, mentions
    )
    assert {s.id for s in support} == {"FOK-02.003", "INT-02.004", "INT-08.008", "GRP-01.041"}
    # a claim of its own is heard only where it is said
    specific = headline_support(
        quick, "HR-konsulten är jättekunnig och snabb", [quick], lenses, "styrka", topics, mentions
    )
    assert [s.id for s in specific] == ["INT-02.004"]


def test_a_wish_for_fewer_supports_the_complaint_that_there_are_too_many() -> None:
    """Blind reviews 85 and 86: the rektorer's focus group asked for "färre styrdokument
    och färre mål", and "Det är för många mål" counted no focus group."""
    from synth.draft.support import headline_remedy

    assert headline_remedy("Det är för många mål") == ("färre", "mål")
    assert headline_remedy("Det finns för lite stöd i rekryteringen") == ("mer", "stöd")
    assert headline_remedy("Upphandling är krånglig") == ()

    anchor = st("INT-01.015", "Vi har för många mål, det måste jag erkänna.")
    wish = st("FOK-02.061", "Jag skulle vilja ha färre styrdokument och färre mål.")
    praise = st("ENK-0001.001", "Bra att det blivit färre mål i år.", SourceType.ENKAT)
    other = st("INT-02.001", "Vi skulle vilja ha färre möten och mer tid.")
    polarities = {anchor: "svaghet", wish: "förslag", praise: "styrka", other: "förslag"}
    support = support_ids(anchor, "Det är för många mål", polarities, "strukturer")
    assert support == ["INT-01.015", "FOK-02.061"]


def test_a_proposal_asks_for_what_answers_the_weakness() -> None:
    """What a weakness calls for, in a proposal's words: a clear process for what is
    unclear, an easier way for what is hard, fewer of what there is too much of; not a
    proposal that only names the same field, nor one under a headline calling for
    nothing of its own."""
    from synth.draft.support import asks_remedy

    unclear = "Det är oklart vem som bestämmer inom lokalförsörjning"
    assert asks_remedy(unclear, "En tydlig lokalförsörjningsprocess med en kontaktperson.")
    assert asks_remedy(unclear, "Tydligare ansvar för lokalerna.")
    assert not asks_remedy(unclear, "En lokalstrateg i varje sektor.")
    hard = "Rapporterna är svåra att läsa"
    assert asks_remedy(hard, "Enklare rapporter som en rektor förstår.")
    assert not asks_remedy(hard, "Färre rapporter.")
    assert asks_remedy("Det är för många mål", "Färre styrdokument och färre mål.")
    assert not asks_remedy("Upphandling är krånglig", "En tydlig upphandlingsprocess.")
    assert asks_remedy("IT-ärenden tar för lång tid", "Snabbare svar på IT-ärenden.")


def test_a_turn_read_the_other_way_supports_a_strength_its_one_sentence_praises() -> None:
    """The lens reads a turn as a whole: the SBF sector head's "Ledningsgruppen har blivit
    bättre … Men jag tycker fortfarande att det är för mycket informationspunkter" is read
    as criticism, and "Ledningen har blivit bättre" counted one interview less for it."""

    anchor = st("INT-08.031", "Ledningen har blivit bättre.")
    mixed = st(
        "INT-04.029",
        "Ledningsgruppen har blivit bättre, det ska hon ha cred för. Men jag tycker "
        "fortfarande att det är för mycket informationspunkter.",
    )
    critical = st("INT-06.026", "Ledningsgruppen lyssnar inte. Men budgeten har blivit bättre.")
    polarities = {anchor: "styrka", mixed: "svaghet", critical: "svaghet"}
    support = support_ids(anchor, "Ledningen har blivit bättre", polarities, "aktörer")
    assert support == ["INT-08.031", "INT-04.029"]


def test_a_holder_of_the_role_a_headline_names_names_it_by_their_own_person() -> None:
    """An enhetschef's "Jag har ett särskilt boende med fyrtiosex medarbetare" says of one
    enhetschef what "Många enhetschefer i äldreomsorgen har 40, 50 medarbetare" says of
    them all (blind review 91: group size was heard in both focus groups). A word of what
    the headline says is wanted too: the role names the subject in whatever its holder
    says of themselves."""
    from synth.draft.support import Mentions, headline_claim, headline_subject, statement_names

    headline = "Många enhetschefer i äldreomsorgen har 40, 50 medarbetare"
    subject = headline_subject(headline)
    claim = headline_claim(headline, subject)
    own = replace(
        st("FOK-01.004", "Jag har ett särskilt boende med fyrtiosex medarbetare."),
        role="Enhetschef",
    )
    assert statement_names(own, subject, claim)
    # found among all the engagement's statements by the role, as by a word
    assert [s.id for s in Mentions([own]).naming(subject)] == ["FOK-01.004"]
    # not what they say of something else, nor what another role says of themselves
    assert not statement_names(replace(own, text="Jag har ingen att bolla med."), subject, claim)
    assert not statement_names(replace(own, role="Controller"), subject, claim)
    # nor a role-holder's words that are not of their own person
    assert not statement_names(
        replace(own, text="Boendet har fyrtiosex medarbetare."), subject, claim
    )


def test_a_case_of_one_of_a_kind_is_told_of_what_its_verb_is_done_to() -> None:
    assert headline_example("En rektor får en rapport ur Hypergene med fyrtio rader") == {"rapport"}
    assert headline_example("En enhetschef kan få rapportera samma sak på tre ställen") == {"sak"}
    # a subject that is not one of a kind tells no case
    assert headline_example("Rapporterna är svåra att läsa") == frozenset()
    assert headline_example("Rektorerna får rapporter med fyrtio rader") == frozenset()
    assert headline_example("Det finns en rapport med fyrtio rader") == frozenset()


def test_a_holder_of_the_role_says_a_generic_headline_of_it_without_naming_it() -> None:
    """An enhetschef's "Man sitter ensam med allt" and a sektorschef's "flera har sagt till
    mig att de känner sig ensamma" say "Man blir ensam som chef", though neither names a
    chef: the finding rested on what named chefs near it in meaning (turnover, admin) and
    left these out (blind review 93). The role is named by its last part, however short
    ("sektorschef" is a "chef")."""
    from synth.draft.support import echoes_in_role, headline_claim, headline_subject

    headline = "Man blir ensam som chef"
    subject = headline_subject(headline)
    claim = headline_claim(headline, subject)
    group = replace(
        st("FOK-01.023", "Storleken på grupperna. Man sitter ensam med allt."), role="Enhetschef"
    )
    told = replace(
        st("INT-03.014", "Flera har sagt till mig att de känner sig ensamma."), role="Sektorschef"
    )
    assert echoes_in_role(group, subject, claim)
    assert echoes_in_role(told, subject, claim)
    # not of another role, nor without the claim, nor of a thing rather than a person
    assert not echoes_in_role(replace(group, role="Controller"), subject, claim)
    assert not echoes_in_role(replace(group, text="Man sitter med allt."), subject, claim)
    assert not echoes_in_role(replace(group, text="Systemet står ensamt kvar."), subject, claim)
    # what it is like, put impersonally, is said of whoever holds the role
    assert echoes_in_role(replace(group, text="Det är ensamt ibland."), subject, claim)
    # and a holder of the role who says the claim supports the headline, however far in
    # meaning from the statement it was written from
    anchor = replace(st("FOK-02.021", "Man blir ensam som chef."), role="Förskolechef")
    far = {anchor.id: unit(1, 0), group.id: unit(0, 1), told.id: unit(0, 1)}
    support = supporting(anchor, [anchor, group, told], far, subject=subject, claim=claim)
    assert [s.id for s in support] == ["FOK-02.021", "FOK-01.023", "INT-03.014"]


def test_what_a_headlines_subject_is_for_does_not_name_the_subject() -> None:
    """Under "IT-stödet till skolan räcker inte" stood "någon som tar ett helhetsgrepp om
    skolans lokaler" and an IFO interview's "vi och dom … mellan IFO och skolan" (blind
    review 93): they name what the IT support is for, not the IT support."""
    from synth.draft.support import headline_claim, headline_head, headline_subject

    headline = "IT-stödet till skolan räcker inte"
    assert headline_head(headline) == {"it"}
    # a subject without such a phrase, or one whose phrase says between whom or of what,
    # is named by any of its parts
    assert headline_head("Kontakten mellan nämnden och sektorschefen sker direkt") == frozenset()
    assert headline_head("Det finns ingen gemensam prioritering av vad som ska digitaliseras") == (
        frozenset()
    )
    assert headline_head("Upphandling är krånglig och tar alldeles för lång tid") == frozenset()
    anchor = st("ENK-0008.002", "IT-stödet till skolan räcker inte, en tekniker på fem skolor.")
    it = st("INT-02.013", "IT säger att det är skolans sak, skolan säger att det är IT:s sak.")
    premises = st("ENK-0078.003", "Någon som tar ett helhetsgrepp om skolans lokaler.")
    near = {s.id: unit(1, 0.1 * k) for k, s in enumerate((anchor, it, premises))}
    subject = headline_subject(headline)
    claim = headline_claim(headline, subject)
    support = supporting(
        anchor,
        [anchor, it, premises],
        near,
        subject=subject,
        claim=claim,
        head=headline_head(headline),
    )
    assert [s.id for s in support] == ["ENK-0008.002", "INT-02.013"]
    # without it, the school alone named the subject
    assert premises in supporting(
        anchor, [anchor, it, premises], near, subject=subject, claim=claim
    )


def test_where_a_headlines_subject_is_does_not_name_the_subject() -> None:
    """Under "Samarbetet inom sektorn är bra" the sector's own kommunikatör, its IT
    technicians and its controller counted seven interviews (blind review 154: "no
    interview says it"): they name where the collaboration is, not the collaboration."""
    from synth.draft.support import headline_claim, headline_head, headline_subject

    headline = "Samarbetet inom sektorn är bra"
    assert headline_head(headline) == {"samarbet"}
    anchor = st("ENK-0047.001", "Samarbetet inom sektorn är bra, korta vägar mellan enheterna.")
    together = st("ENK-0034.001", "Samarbetet mellan enhetscheferna i hemtjänsten fungerar bra.")
    own = st("FOK-02.049", "Sektorn har ju anställt en egen kommunikatör nu, just för sånt.")
    near = {s.id: unit(1, 0.1 * k) for k, s in enumerate((anchor, together, own))}
    subject = headline_subject(headline)
    support = supporting(
        anchor,
        [anchor, together, own],
        near,
        subject=subject,
        claim=headline_claim(headline, subject),
        head=headline_head(headline),
    )
    assert [s.id for s in support] == ["ENK-0047.001", "ENK-0034.001"]


def test_a_wish_is_for_what_it_asks_not_for_whom_or_where() -> None:
    """The wish "admin nära chefen" rested on eleven answers about the chefs' staff, their
    introduction and a mentor, and its slide had no line about administration (blind
    review 97): a statement that names only the chefs asks for none of it."""
    from synth.draft.support import headline_claim, headline_head, headline_subject

    assert headline_head("Det finns önskemål om admin nära chefen") == {"admin"}
    assert headline_head("Det finns önskemål om mentorskap för nya chefer") == {"mentorskap"}
    plan = "Det finns önskemål om en digitaliseringsplan för hela kommunen"
    assert headline_head(plan) == {"digitaliseringsplan"}
    # a wish framed by a light noun, or for one, is named by any part; a wish for
    # something done names no thing; one without such a phrase is named by its subject
    assert headline_head("Det finns önskemål om hjälp med digitalisering") == frozenset()
    assert headline_head("Det finns önskemål om inriktningen för stöd") == frozenset()
    assert headline_head("Det finns önskemål om att se över och analysera om det") == (frozenset())
    assert headline_head("Det finns önskemål om en väg in") == frozenset()

    headline = "Det finns önskemål om admin nära chefen"
    anchor = st("ENK-0105.005", "Admin nära chefen, det vore något.")
    admin = st("ENK-0111.004", "Administrativt stöd nära chefen, gärna på plats.")
    staff = st("FOK-01.055", "Färre medarbetare per chef. Max trettio.")
    # far in meaning, in other words: an administrator is what it asks for
    schedule = st("FOK-01.057", "En administratör som tar schemat och vikarierna.")
    # near, naming it, asking for nothing of it
    share = st("ENK-0076.004", "Vi lägger ca 40 % av tiden på chefens administration.")
    said = (anchor, admin, staff, schedule, share)
    near = {s.id: unit(1, 0.1 * k) for k, s in enumerate(said)}
    near[schedule.id] = unit(0, 1)
    subject = headline_subject(headline)

    def support(asked: bool) -> list[str]:
        return [
            s.id
            for s in supporting(
                anchor,
                list(said),
                near,
                subject=subject,
                claim=headline_claim(headline, subject),
                head=headline_head(headline),
                asked=asked,
            )
        ]

    assert support(asked=True) == ["ENK-0105.005", "ENK-0111.004", "FOK-01.057"]
    # not a wish: what names it near in meaning, and only that
    assert support(asked=False) == ["ENK-0105.005", "ENK-0111.004", "ENK-0076.004"]


def test_what_a_wish_asks_for_is_named_before_a_verb_or_a_clause() -> None:
    from synth.draft.support import asks_for

    admin = frozenset({"admin"})
    assert asks_for("Jag skulle vilja ha en administratör på varje enhet.", admin)
    assert asks_for("En administrativ pool som flera enheter kan dela på.", admin)
    assert not asks_for("Vi lägger ca 40 % av tiden på administration.", admin)
    staff = frozenset({"medarbet"})
    assert asks_for("Färre medarbetare per chef. Max trettio.", staff)
    assert not asks_for("Hjälp med internkommunikation till medarbetare.", staff)
    assert not asks_for("Vi vet att vi behöver 900 nya medarbetare de närmaste åren.", staff)
    assert not asks_for("Stöd när medarbetare utsätts för hot och våld.", staff)
    assert not asks_for("", staff) and not asks_for("Fler medarbetare.", frozenset())


def test_the_statements_naming_a_short_stem_include_its_units() -> None:
    from synth.draft.support import Mentions

    office = st("INT-03.020", "Lönekontoret är också pålitligt.")
    other = st("INT-04.001", "Lönsamheten i bolagen är god.")
    assert [s.id for s in Mentions([office, other]).naming({"lön"})] == ["INT-03.020"]


def test_one_subject_is_within_another_by_its_own_words_or_a_compound_on_them() -> None:
    from synth.draft.support import subject_within

    # a compound on the subject, or the subject with a word after it, is the same thing
    assert subject_within(frozenset({"administratör"}), frozenset({"skoladministratör"}))
    assert subject_within(frozenset({"budget"}), frozenset({"budgetprocess"}))
    assert subject_within(frozenset({"digitaliser"}), frozenset({"digitalisering", "plan"}))
    # a word that only begins with it is not: a wish for a kommunikatör is not one for a
    # plan for the whole kommun
    assert not subject_within(frozenset({"kommun"}), frozenset({"kommunikatör"}))
    assert not subject_within(frozenset({"kommunikatör"}), frozenset({"kommun"}))
    assert not subject_within(frozenset(), frozenset({"kommun"}))
    # the stem may leave a derivation's ending before the compound's last word
    assert subject_within(frozenset({"digitaliseringsplan"}), frozenset({"digitaliser"}))


def test_an_answer_that_judges_what_its_question_asks_about_rests_under_it() -> None:
    """ "Jag tycker att det har blivit bättre, faktiskt" answers "Hur upplever du
    samarbetet i ledningsgruppen?": the kommundirektör's praise of the management group,
    which "Ledningen har blivit bättre" did not count (blind review 105: eight interviews,
    the deck six). Not an answer that judges it the other way, nor one whose first
    sentence is said of something it names itself, nor the praise of the one who leads
    it."""
    from dataclasses import replace

    asked = "Hur upplever du samarbetet i ledningsgruppen?"
    anchor = st("INT-08.031", "Ledningen har blivit bättre.")
    better = replace(
        st("INT-01.021", "Jag tycker att det har blivit bättre, faktiskt. Förut var det rörigt."),
        question=asked,
    )
    worse = replace(st("INT-02.025", "Det har blivit sämre, tyvärr."), question=asked)
    named = replace(st("INT-03.030", "Controllern har blivit bättre."), question=asked)
    elsewhere = replace(
        st("INT-04.029", "Det har blivit bättre."), question="Hur fungerar IT-stödet?"
    )
    # a "det" after something put first may stand for what that names, not what is asked
    fronted = replace(st("INT-05.027", "Sedan i våras är det bättre."), question=asked)
    # the kommundirektör leads the management: their praise of it is a self-assessment
    # (blind reviews 108 and 111)
    head = replace(
        st("INT-06.021", "Jag tycker att det har blivit bättre."),
        question=asked,
        role="Kommundirektör",
        sector="Kommunledningskontoret",
    )
    said = {
        anchor: "styrka",
        better: "styrka",
        worse: "styrka",
        named: "styrka",
        fronted: "styrka",
        head: "styrka",
    }
    headline = "Ledningen har blivit bättre"
    assert support_ids(anchor, headline, {**said, elsewhere: "styrka"}, "aktörer") == [
        "INT-08.031",
        "INT-01.021",
    ]


def test_an_answer_to_a_question_about_the_subject_alone_rests_under_a_headline_judging_it() -> (
    None
):
    """ "Legitimerade lärare i matte, NO och speciallärare är svårt" answers
    "Kompetensförsörjningen, hur ser den ut hos er?": what the headline "Kompetensförsörjningen
    är en utmaning" says, which the deck had not heard (five interviews and both focus
    groups said it). Not an answer judging a thing it names itself, one turning on from
    the answer before ("Men …"), one opening by denying it, one to a question about
    several things, nor a survey answer (a survey's question is everyone's)."""
    from dataclasses import replace

    asked = "Kompetensförsörjningen, hur ser den ut hos er?"
    anchor = st("INT-03.022", "Kompetensförsörjningen är en utmaning.")

    def answer(sid: str, text: str, question: str = asked, **kw: SourceType) -> Statement:
        return replace(st(sid, text, **kw), question=question)

    hard = answer("INT-02.018", "Legitimerade lärare i matte, NO och speciallärare är svårt.")
    vacant = answer("GRP-01.037", "Vi har haft en controllertjänst vakant sedan i våras.")
    named = answer("INT-04.010", "Rektorerna har det tungt.")
    turning = answer("INT-05.011", "Men det är ju för att det införs fel.")
    denied = answer("INT-06.015", "Nej, vi får sökande till det mesta.")
    several = answer(
        "INT-07.020", "Sjuksköterskor är nästan omöjligt.", "Kompetensförsörjningen och IT?"
    )
    survey = answer("ENK-0001.002", "Sjuksköterskor är nästan omöjligt.", kind=SourceType.ENKAT)
    said = {s: "svaghet" for s in (anchor, hard, vacant, named, turning, denied, several, survey)}
    assert support_ids(
        anchor, "Kompetensförsörjningen är en utmaning", said, "utvecklingssituation"
    ) == [
        "INT-03.022",
        "INT-02.018",
        "GRP-01.037",
    ]
    # a headline that says more of its subject than how good or bad it is rests on an
    # answer that judges, not on one that tells of a vacancy
    said_more = "Kompetensförsörjningen är svår för sektorerna"
    assert support_ids(anchor, said_more, said, "utvecklingssituation") == [
        "INT-03.022",
        "INT-02.018",
    ]


def test_an_interviewers_claim_confirmed_by_the_answer_is_a_headline_candidate() -> None:
    """ "Så kompetensförsörjningen är en utmaning?" answered with the professions that
    cannot be recruited says, in the interviewer's words, what the interviewee confirms.
    Not a question that asks ("Hur ser …?"), one answered by denying it, nor a survey's."""
    from dataclasses import replace

    from synth.draft.offline import _confirmed_claim

    def answer(text: str, question: str, kind: SourceType = SourceType.INTERVJU) -> Statement:
        return replace(st("INT-03.022", text, kind), question=question)

    claim = "Så kompetensförsörjningen är en utmaning?"
    professions = "Undersköterskor, sjuksköterskor, och i IFO socialsekreterare."
    assert _confirmed_claim(answer(professions, claim)) == ["Kompetensförsörjningen är en utmaning"]
    assert _confirmed_claim(answer("Nej, inte direkt.", claim)) == []
    assert _confirmed_claim(answer(professions, "Hur ser kompetensförsörjningen ut?")) == []
    assert _confirmed_claim(answer(professions, claim, SourceType.ENKAT)) == []


def test_a_wait_told_of_its_subject_rests_under_a_headline_about_its_slowness() -> None:
    """ "Vi behövde upphandla nya arbetskläder … och det tog över ett år", which the lens
    read as background, is what "Upphandling … tar alldeles för lång tid" says (blind
    review 105 counted it, the deck did not). Not a statement that names the subject and
    tells no wait, nor a wait told of something else, nor under a headline about anything
    but slowness."""
    anchor = st("ENK-0030.002", "Upphandling är krånglig och tar alldeles för lång tid.")
    waited = st("FOK-01.053", "Vi behövde upphandla nya arbetskläder, och det tog över ett år.")
    bought = st("INT-03.001", "Vi upphandlade nya arbetskläder förra året.")
    other = st("INT-04.001", "Vi upphandlade bilar. Rekryteringen tog över ett år.")
    said = {anchor: "svaghet", waited: "neutral", bought: "neutral", other: "neutral"}
    slow = "Upphandling är krånglig och tar alldeles för lång tid"
    assert support_ids(anchor, slow, said, "strukturer") == ["ENK-0030.002", "FOK-01.053"]
    assert support_ids(anchor, "Upphandling är krånglig", said, "strukturer") == ["ENK-0030.002"]


def test_praise_said_in_passing_in_a_wish_or_background_supports_a_strength() -> None:
    """ "Controllern vi har är bra, hon kan fastighetsekonomi, men hon sitter på kontoret
    …", in a sektorschef's turn the lens read as a wish, praises the controllers (blind
    reviews 121-122 counted it under "Controllerna gör ett bra jobb"). A wish's own
    comparative with no verb ("Bättre controllerstöd …") is no praise."""
    anchor = st("FOK-01.047", "Controllerna gör ett bra jobb.")
    passing = st(
        "INT-04.022",
        "Och vi följer upp ekonomin i tre system. Controllern vi har är bra, hon kan "
        "fastighetsekonomi, men hon sitter på kontoret.",
    )
    wish = st("INT-05.030", "Bättre controllerstöd ute i sektorerna.")
    said = {anchor: "styrka", passing: "förslag", wish: "förslag"}
    headline = "Controllerna gör ett bra jobb"
    assert support_ids(anchor, headline, said, "strukturer") == ["FOK-01.047", "INT-04.022"]


def test_a_judgment_of_its_subject_rests_on_every_sentence_that_judges_it_so() -> None:
    """Blind review 100 counted five interviews praising payroll where "Lönerna blir rätt
    och de svarar när man ringer" had one, and four or five on procurement where
    "Upphandling är krånglig …" had three. "Lönekontoret är också pålitligt", last in a
    turn about something else and far from the headline in meaning, judges payroll as the
    headline does; a sentence that names payroll but is said of something else does not,
    nor one judging it the other way. A claim about one thing its subject does is no
    judgment of the subject: "HR-konsulterna är kunniga" is no evidence that HR helps
    recruit engineers."""
    anchor = st("FOK-02.003", "Lönerna blir rätt och de svarar när man ringer.")
    far = st(
        "INT-03.020",
        "När vi hade en svår situation i våras var de på plats samma dag. Där har jag inga "
        "klagomål. Lönekontoret är också pålitligt.",
    )
    upphandling = st("GRP-01.041", "Jag håller med om HR. Upphandlingen däremot... det är svårt.")
    named = st("INT-05.001", "Jag ringde lönekontoret om ett schema, och det var pålitligt.")
    other = st("INT-06.001", "Lönekontoret är tyvärr ganska otillgängligt.")
    # or in a main clause joined on after a comma, with a subject of its own (blind review
    # 106 counted payroll praised in about five interviews, the deck two)
    joined = st(
        "GRP-01.040",
        "HR är bra. Jag samarbetar med HR-konsulten, hon är kunnig, och lönekontoret är pålitligt.",
    )
    said = {
        anchor: "styrka",
        far: "styrka",
        upphandling: "svaghet",
        named: "styrka",
        joined: "styrka",
    }
    headline = "Lönerna blir rätt och de svarar när man ringer"
    assert support_ids(anchor, headline, {**said, other: "styrka"}, "strukturer") == [
        "FOK-02.003",
        "INT-03.020",
        "GRP-01.040",
    ]
    weak = st("ENK-0030.002", "Upphandling är krånglig och tar alldeles för lång tid.")
    headline = "Upphandling är krånglig och tar alldeles för lång tid"
    assert support_ids(weak, headline, {weak: "svaghet", **said}, "strukturer") == [
        "ENK-0030.002",
        "GRP-01.041",
    ]
    # one thing the subject does
    recruits = st("ENK-0007.001", "HR hjälper till med rekrytering av ingenjörer.")
    kind = st("ENK-0008.001", "HR-konsulterna är kunniga.")
    headline = "HR hjälper till med rekrytering av ingenjörer"
    both = {recruits: "styrka", kind: "styrka"}
    assert support_ids(recruits, headline, both, "strukturer") == ["ENK-0007.001"]
    headline = "HR-konsulterna är kunniga"
    assert support_ids(kind, headline, both, "strukturer") == ["ENK-0008.001"]


def test_a_turn_read_the_other_way_agrees_by_the_clause_that_names_the_subject() -> None:
    """Two chefs rated the functions in one answer, "HR: bra Ekonomi: bra, men rapporterna
    svåra att läsa IT: under all kritik", read as praise as a whole; blind review 101
    counted them among those who find the reports hard to read, where the deck had one
    answer. What the clause naming the reports says is what agrees or not."""
    anchor = st("ENK-0020.002", "Rapporterna är svåra att läsa.")
    rated = st(
        "ENK-0010.001", "HR: bra Ekonomi: bra, men rapporterna svåra att läsa IT: under all kritik"
    )
    praised = st("ENK-0011.001", "Rapporterna är svåra att läsa ibland, men controllern är bra.")
    kind = st("ENK-0012.001", "Rapporterna är bra, men de är svåra att läsa för nya chefer.")
    said = {anchor: "svaghet", rated: "styrka", praised: "styrka", kind: "styrka"}
    headline = "Rapporterna är svåra att läsa"
    # the last turns from the reports to "de", which names them only as a pronoun: not read
    assert support_ids(anchor, headline, said, "strukturer") == [
        "ENK-0020.002",
        "ENK-0010.001",
        "ENK-0011.001",
    ]


def test_a_headline_only_judges_a_subject_it_names_as_its_own() -> None:
    """ "Kompetensförsörjningen är en utmaning" says nothing of its subject but how bad it
    is; "Man blir ensam som chef" says of the chefs' lot what loneliness is, of a generic
    "man" (as a reason for it, "Varje gång en ny chef kommer så börjar man om" had gone
    into it), and "Det är för många mål" says how many."""
    from synth.draft.support import only_judges

    assert only_judges("Kompetensförsörjningen är en utmaning")
    assert only_judges("HR fungerar bra")
    assert not only_judges("Man blir ensam som chef")
    # where every judging word is a stop word, it is not read so (on the demo that took
    # "Lönerna blir rätt …" into HR's praise as a reason)
    assert not only_judges("Ledningen har blivit bättre")
    assert not only_judges("HR-stödet är bra")
    assert not only_judges("Det är för många mål")
    assert not only_judges("Upphandling är krånglig och tar alldeles för lång tid")


def test_a_headline_spoken_with_its_object_first_is_written_with_it_last() -> None:
    """Blind review 115: "Kommunikation är svårt att få hjälp från, de prioriterar
    kommunövergripande saker" headed a slide. The claim heads it, in written order; its
    support is counted as before, and the line that says why stays as evidence."""
    members = [
        st(
            "ENK-0021.002",
            "Kommunikation är svårt att få hjälp från, de prioriterar kommunövergripande saker.",
            SourceType.ENKAT,
        ),
        st("INT-01.012", "Kommunikation är svårt att få hjälp från, de hinner inte."),
        st("INT-02.004", "Kommunikation är svårt att få hjälp från när vi behöver dem."),
    ]
    embeddings = {m.id: unit(1.0, 0.1 * k, 0.0) for k, m in enumerate(members)}
    topics = topic_vectors(members, embeddings)
    lenses = {m.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for m in members}
    theme = auto_theme("T25", members, "svaghet")

    draft = offline_theme_draft(theme, members, lenses, topics=topics)

    assert draft.headline == "Det är svårt att få hjälp från kommunikation"
    assert set(draft.support_ids) == {m.id for m in members}
    assert any("prioriterar kommunövergripande saker" in b.text for b in draft.bullets)


def test_a_headline_opening_on_a_connective_is_written_to_stand_alone() -> None:
    """The seed engagement: "Vidare föreslås en samlad och gemensam förvaltningsorganisation
    med tre sektorer" headed a finding and the summary."""
    members = [
        st(
            "INT-01.004",
            "Vidare föreslås en samlad och gemensam förvaltningsorganisation med tre sektorer.",
        ),
        st(
            "INT-02.004",
            "En samlad och gemensam förvaltningsorganisation med tre sektorer föreslås.",
        ),
    ]
    embeddings = {m.id: unit(1.0, 0.1 * k, 0.0) for k, m in enumerate(members)}
    lenses = {m.id: LensRecord("strukturer", 0.9, "förslag", 0.9) for m in members}
    theme = auto_theme("T01", members, "förslag")
    draft = offline_theme_draft(theme, members, lenses, topics=topic_vectors(members, embeddings))
    assert not draft.headline.startswith("Vidare")


def test_a_source_that_only_says_the_headline_again_in_other_forms_gives_no_line() -> None:
    """Blind reviews 151 and 152: "upphandlingar tar lång tid och känns krångliga" under
    "Upphandling är krånglig och tar för lång tid" says the headline again where a reader
    wants the cases; a line that says more, or the headline in other words, stays."""
    from synth.draft.offline import offline_bullets

    members = [
        st("INT-01.001", "Upphandlingar tar lång tid och känns krångliga."),
        st("INT-02.001", "En vanlig upphandling av en byggentreprenad tar sex till nio månader."),
        st("ENK-0001.001", "Upphandlingen av trygghetslarm tog över ett år, det är för krångligt."),
    ]
    lenses = {m.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for m in members}
    headline = "Upphandling är krånglig och tar för lång tid"
    texts = [b.text for b in offline_bullets(members, lenses, "svaghet", headline=headline)]
    assert not any("känns krångliga" in t for t in texts)
    assert any("sex till nio månader" in t for t in texts)
    assert any("trygghetslarm" in t for t in texts)
