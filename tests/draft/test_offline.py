"""The offline backend on the demo: a usable draft with no model at all."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from synth.cli import app
from synth.config import EngagementConfig
from synth.draft.conclusions import RECOMMENDATIONS
from synth.draft.condense import condense, purpose, recommendation_text, remedy
from synth.draft.schemas import MAX_HEADLINE_WORDS, contains_count
from synth.draft.support import (
    answers_phrase,
    headline_abbreviations,
    headline_claim,
    headline_phrase,
    headline_subject,
    narrowed,
    says_phrase,
    speaks_as,
    speaks_in_role,
)
from synth.draft.workflow import draft_engagement, load_current_drafts
from synth.privacy.pseudonymise import contains_marker
from synth.privacy.roles import RoleGroups
from synth.records import (
    SourceType,
    Statement,
    Theme,
    ThemeDraft,
    dominant_polarity,
    finding_theme,
)
from synth.store import Store
from synth.store.themes import LensRecord, lens_records, load_themes
from synth.synthesis.cues import tells_a_wait
from synth.text.swedish import names_stem
from synth.text.voice import is_personal, speaker_unit
from tests.synthesis.fakes import HashingEmbedder


def _turn(sid: str, text: str) -> Statement:
    """An interview turn, its source the id's first part ("INT-07" of "INT-07.005")."""
    return Statement(sid, sid.split(".")[0], SourceType.INTERVJU, 1, text)


def test_every_included_theme_gets_a_grounded_observation(demo: EngagementConfig) -> None:
    run = draft_engagement(demo, embedder=HashingEmbedder())

    with Store.open(demo.store_url) as store:
        themes = {t.id: t for t in load_themes(store)}
        statements = {s.id: s for s in store.statements()}
        lenses = lens_records(store)
    drafted = [t for t in themes.values() if t.id.startswith("T") and t.status == "active"]
    assert run.backend == "offline" and run.fallbacks == []
    # every theme's first finding has its id, in the theme's order, save the few that a
    # wider finding of another theme already makes (`distinct_findings`); a later one
    # follows it
    firsts = [d.theme_id for d in run.drafts.themes if d.theme_id == finding_theme(d.theme_id)]
    assert firsts == [t.id for t in drafted if t.id in firsts]
    assert len(drafted) - len(firsts) <= len(drafted) // 10
    order = [finding_theme(d.theme_id) for d in run.drafts.themes]
    assert order == sorted(order, key=[t.id for t in drafted].index)
    support = {d.theme_id: d.support_ids for d in run.drafts.themes}
    for draft in run.drafts.themes:
        theme = themes[finding_theme(draft.theme_id)]
        assert draft.headline and len(draft.headline.split()) <= MAX_HEADLINE_WORDS + 1
        assert len(draft.bullets) <= 4, draft.theme_id
        # the finding is what its headline rests on: the headline's statement first, then
        # those of the theme that say the same, and those elsewhere that name its subject;
        # its breadth counts their sources
        finding = narrowed(theme, draft.support_ids, statements)
        assert draft.support_ids and draft.support_ids[0] in theme.statement_ids
        subject = headline_subject(draft.headline)
        phrase = headline_phrase(draft.headline)
        beyond = set(draft.support_ids) - set(theme.statement_ids)
        assert not beyond or subject or phrase, draft.headline
        # beyond its theme: who names its subject, in words or by a speaker's "vi" or "jag"
        # saying its claim, or answers a question that names it, or says the expression
        # it quotes or answers a question that says it, or tells a wait with the function
        # whose abbreviation opens the subject ("legat hos IT" of "IT-ärenden")
        claim = headline_claim(draft.headline, subject)
        opened = headline_abbreviations(draft.headline)
        assert all(
            names_stem(statements[s].text, subject)
            or (tells_a_wait(statements[s].text) and names_stem(statements[s].text, opened))
            or names_stem(statements[s].question or "", subject)
            or speaks_as(statements[s], subject, claim)
            or speaks_in_role(statements[s], subject, claim)
            or says_phrase(statements[s].text, phrase)
            or answers_phrase(statements[s], phrase)
            for s in beyond
        )
        assert draft.breadth_text == finding.breadth_text[:1].upper() + finding.breadth_text[1:]
        assert set(draft.quote_ids) <= set(draft.support_ids)
        for bullet in draft.bullets:
            # the hashing stand-in scores a long statement's first clause low now and then
            assert bullet.supported or bullet.reason.startswith("låg likhet"), bullet.reason
            # a line naming the other side's finding on the subject cites what that rests on
            cited = support[bullet.counterpart] if bullet.counterpart else draft.support_ids
            if bullet.beside:
                # a misgiving said beside a wish, or the answer of the unit a strength or
                # weakness names, in an interview, is no support of the finding
                misgiving = draft.polarity == "förslag" and " samtidigt " in bullet.text
                reply = draft.polarity in {"styrka", "svaghet"} and len(bullet.statement_ids) == 1
                assert misgiving or reply, bullet.text
                cited = [
                    s
                    for s in bullet.statement_ids
                    if s not in draft.support_ids and statements[s].source_type.is_interview
                ]
            assert bullet.statement_ids and set(bullet.statement_ids) <= set(cited)
            assert not contains_marker(bullet.text)
        sources = {statements[b.statement_ids[0]].source_id for b in draft.bullets if b.own}
        heard = len({statements[s].source_id for s in draft.support_ids})
        # from different sources first: where every other source only repeats the headline
        # or speaks of its own person, two lines may come from one source
        assert len(sources) >= min(2, heard, len(draft.bullets) - 1)
    # a small finding may rest on its headline and one evidence line, or on its headline
    # alone where nothing else in its theme says the same (then it has no slide of its
    # own): evidence under a headline is never taken from elsewhere in the theme
    counts = [len(d.bullets) for d in run.drafts.themes]
    assert sum(n >= 1 for n in counts) >= 0.6 * len(counts)
    assert sum(n >= 2 for n in counts) >= 0.3 * len(counts)
    bullets = [b for d in run.drafts.themes for b in d.bullets]
    # the hashing stand-in compares words, and a line in the report's voice has other words
    # ("verksamheterna" for "vi"), and doubts a sixth of the lines or so, most of them
    # interview turns: with the real model 4 of 191 lines are doubted on the demo
    assert sum(not b.supported for b in bullets) <= len(bullets) // 5
    # recommendations come from proposals and answer a weakness of their subject, or the
    # finding of proposals they come from, or say what a weakness's headline calls for
    # (`remedy`); never in the first person. More than the slides show: the deck takes
    # those answering its slides first (`synth.deck.render._RECOMMENDATIONS`)
    assert 1 <= len(run.drafts.recommendations) <= RECOMMENDATIONS
    for rec in run.drafts.recommendations:
        assert rec.supported and rec.theme_ids
        assert not is_personal(rec.text)
        if not rec.statement_ids:
            # what a weakness's own headline calls for answers that weakness; what several
            # say is unclear is made clear by one (`_clarified`)
            said = {d.theme_id: d.headline for d in run.drafts.themes}
            called = [remedy(said[t]) for t in rec.theme_ids]
            # a remedy whose end another achieves is told as that one's purpose (`_rooted`):
            # "…, så att ledtiderna för IT-ärenden blir kortare."
            ends = [f", {end}." for c in called if c and (end := purpose(c))]
            text = next(
                (rec.text.removesuffix(e) + "." for e in ends if rec.text.endswith(e)), rec.text
            )
            called = [c for c in called if not (c and purpose(c) and text != rec.text)]
            assert text == called[0] or (
                len(called) > 1
                and all(c and c.startswith("Tydliggör ") for c in called)
                and all(c and c.removeprefix("Tydliggör ").rstrip(".") in text for c in called)
            )
            assert dominant_polarity(themes[finding_theme(rec.theme_ids[0])].polarity) == (
                "svaghet"
            )
            continue
        assert lenses[rec.statement_ids[0]].polarity == "förslag"
        answered = dominant_polarity(themes[finding_theme(rec.theme_ids[0])].polarity)
        own = {t.id for t in themes.values() if rec.statement_ids[0] in t.statement_ids}
        # a finding's support may reach beyond its theme: the proposal supports it
        supports = {d.theme_id for d in run.drafts.themes if rec.statement_ids[0] in d.support_ids}
        # (a fact a wish's speaker told of just before being asked what would help comes
        # first, the wish after it: `problem_before`)
        assert (
            answered == "svaghet"
            or (answered == "neutral" and len(rec.theme_ids) > 1)
            or finding_theme(rec.theme_ids[0]) in own
            or rec.theme_ids[0] in supports
        )
        assert not is_personal(rec.text)
    points = run.drafts.assessment.points
    findings = {d.theme_id for d in run.drafts.themes}
    assert points and all(p.supported and set(p.theme_ids) <= findings for p in points)
    # no count but where a finding is heard, spelled out ("i fyra av tio intervjuer")
    heard = re.compile(
        r"\bi [a-zåäö]+ av [a-zåäö]+ (?:intervjuer|gruppintervjuer och fokusgrupper)"
    )
    assert all(not contains_count(heard.sub("", p.text)) for p in points)
    # a line resting on focus groups alone says so: the breadth under
    # the slide counts them as groups, and "I en intervju" of a focus group's words was a
    # factual error to the last two blind reviews
    grouped = [
        b
        for b in bullets
        if b.text.startswith("I ")
        and all(statements[s].source_id.startswith("FOK") for s in b.statement_ids)
    ]
    assert grouped and all(re.match(r"I (?:en|två|tre) fokusgrupp", b.text) for b in grouped), [
        b.text for b in grouped
    ]
    # but the only group interview, with two controllers, is told as an interview, as its
    # quotes are: "I en gruppintervju" was the controllers (blind reviews 55-57), and the
    # method slide says so
    controllers = [
        b
        for b in bullets
        if b.text.startswith("I ")
        and all(statements[s].source_id.startswith("GRP") for s in b.statement_ids)
    ]
    assert controllers and all(b.text.startswith("I en intervju ") for b in controllers)


def test_a_consultants_edits_survive_a_new_drafting_run(demo: EngagementConfig) -> None:
    from synth.records import Bullet
    from synth.store.drafts import edit_item, edit_theme_draft

    first = draft_engagement(demo, embedder=HashingEmbedder()).drafts
    theme, other = [t for t in first.themes if t.bullets][:2]
    recommendation = first.recommendations[0]
    with Store.open(demo.store_url) as store:
        assert edit_theme_draft(
            store,
            theme.theme_id,
            headline="Cheferna vet inte vart de ska vända sig",
            bullets=[Bullet("Stödet är svårt att hitta.", theme.bullets[0].statement_ids)],
        )
        assert edit_item(store, recommendation.id, "Samla ingången till stödet i en funktion.")
        # an unchanged text is no edit
        assert edit_theme_draft(store, other.theme_id, headline=other.headline)

    draft_engagement(demo, embedder=HashingEmbedder())
    again = load_current_drafts(demo)

    edited = again.theme(theme.theme_id)
    assert edited.headline == "Cheferna vet inte vart de ska vända sig"
    assert [b.text for b in edited.bullets] == ["Stödet är svårt att hitta."]
    assert edited.origin.edited
    assert not again.theme(other.theme_id).origin.edited
    kept = [r for r in again.recommendations if r.origin.edited]
    assert [r.text for r in kept] == ["Samla ingången till stödet i en funktion."]
    assert len(again.recommendations) == len(first.recommendations) + 1


def test_synth_draft_prints_the_drafts(demo: EngagementConfig, monkeypatch: object) -> None:
    import synth.synthesis.workflow as synthesis_workflow

    monkeypatch.setattr(synthesis_workflow, "embedder_for", lambda config: HashingEmbedder())  # type: ignore[attr-defined]
    import synth.draft.workflow as draft_workflow

    monkeypatch.setattr(draft_workflow, "embedder_for", lambda config: HashingEmbedder())  # type: ignore[attr-defined]
    result = CliRunner().invoke(app, ["draft", str(demo.root)])

    assert result.exit_code == 0, result.output
    assert re.search(r"Utkast \(offline\): \d+ iakttagelser, \d+ rekommendationer", result.output)
    assert "R1 " in result.output
    bad = CliRunner().invoke(app, ["draft", str(demo.root), "--backend", "magi"])
    assert bad.exit_code == 2


def test_synth_draft_openai_sends_the_key_from_the_named_variable(
    demo: EngagementConfig, monkeypatch: object, tmp_path: Path
) -> None:
    import synth.draft.workflow as draft_workflow
    from tests.draft.chat_server import chat_server
    from tests.draft.conftest import with_llm

    monkeypatch.setattr(draft_workflow, "embedder_for", lambda config: HashingEmbedder())  # type: ignore[attr-defined]
    config = with_llm(demo, api_key_env="KOMMUN_LLM_NYCKEL")
    monkeypatch.setenv("KOMMUN_LLM_NYCKEL", "hemlig-123")  # type: ignore[attr-defined]
    with chat_server() as server:
        result = CliRunner().invoke(
            app,
            [
                "draft",
                str(config.root),
                "--backend",
                "openai",
                "--base-url",
                server.url,
                "--model",
                "lokal",
                "--outputs",
                str(tmp_path / "ut"),
            ],
        )
    assert result.exit_code == 0, result.output
    assert "Utkast (openai (openai/lokal))" in result.output
    assert set(server.authorization) == {"Bearer hemlig-123"}
    assert "hemlig-123" not in result.output
    (workbook,) = (tmp_path / "ut").rglob("themes.xlsx")
    assert "Utkast" in load_workbook(workbook).sheetnames


def test_condensing_drops_spoken_openings_and_keeps_a_clause() -> None:
    text = (
        "Ja, alltså, vi har ingen som äger systemen och när något slutar fungera vet ingen "
        "vem som ska beställa ändringen eller vem som ska betala för den."
    )
    short = condense(text, 12)
    assert short.startswith("Vi har ingen som äger systemen")
    assert len(short.split()) <= 13
    assert recommendation_text("Jag skulle vilja ha en digitaliseringsplan för hela kommunen.") == (
        "En digitaliseringsplan för hela kommunen."
    )


def test_a_spoken_range_is_not_cut_at_its_comma() -> None:
    """The demo's slide was headed "Ett enda barn som behöver placeras på ett HVB kan kosta
    fyra": cost four what? A line too long for a headline is not cut inside "fyra, fem"."""
    said = "Ett enda barn som behöver placeras på ett HVB kan kosta fyra, fem miljoner om året."
    assert not condense(said, 12).endswith("kosta fyra")
    assert condense("Det tar två, tre månader att få en ny dator.", 4) == "Det tar två, tre …"
    assert condense("Vi väntar i veckor, ingen vet vem som äger frågan.", 5) == (
        "Vi väntar i veckor"
    )


def test_a_headline_leaves_an_afterthought_to_the_evidence() -> None:
    from synth.draft.offline import _headline_sentence

    # an example or an elliptic echo after the claim is what the evidence shows
    said = "IT-stödet till skolan räcker inte, en tekniker på fem skolor."
    assert _headline_sentence(said, None, "svaghet") == "IT-stödet till skolan räcker inte"
    assert _headline_sentence("Lönekontoret är pålitligt, har aldrig haft problem.") == (
        "Lönekontoret är pålitligt"
    )
    assert _headline_sentence("Medarbetarna är fantastiska, trots allt.") == (
        "Medarbetarna är fantastiska"
    )
    # three words are a claim only with a subject that names something
    assert _headline_sentence("Det är svårt, alla tre.") is None
    # a wait told is a weakness of what waits, in three words as in more: "IT-ärenden tar
    # veckor" (survey answers that name IT) had been passed over for "Ärendena bollas
    # mellan supporten och leverantören i veckor", which names no function
    assert _headline_sentence("IT-ärenden tar veckor.", None, "svaghet") == (
        "IT-ärenden tar veckor"
    )
    # but not people at large, nor support unnamed, nor a question about what was said
    # before
    assert _headline_sentence("Folk är hjälpsamma.", None, "styrka") is None
    assert _headline_sentence("Stödet är bra.", None, "styrka") is None
    assert _headline_sentence("HR-stödet är bra.", None, "styrka") == "HR-stödet är bra"
    assert _headline_sentence("Frågan är om det är dåligt.", None, "svaghet") is None
    assert _headline_sentence("Problemet är att det saknas en plan.", None, "svaghet") == (
        "Problemet är att det saknas en plan"
    )
    # a main clause spliced on, its subject a pronoun for the first's, goes on to why:
    # the claim heads the finding (blind review 115: "ungrammatical as written")
    spliced = "Kommunikation är svårt att få hjälp från, de prioriterar kommunövergripande saker."
    assert _headline_sentence(spliced, None, "svaghet") == (
        "Kommunikation är svårt att få hjälp från"
    )
    # what narrows the claim, a claim of its own and the items of a list all stay
    for whole in (
        "Samarbetet med IT fungerar inte bra, särskilt på helger",
        "Digitaliseringen går för långsamt, andra kommuner har kommit mycket längre",
        "Chefen har blivit sin egen administratör: fakturor, attester, schema, rapporter",
    ):
        assert _headline_sentence(whole + ".") == whole


@pytest.mark.parametrize(
    ("wanted", "told"),
    [
        # fewer or more of things and nothing else is a number to change (blind reviews
        # 124 and 126: "Verka för" is too weak); what else it asks for keeps "Verka för"
        ("Färre styrdokument och färre mål.", "Minska antalet styrdokument och mål."),
        ("Fler skoladministratörer.", "Öka antalet skoladministratörer."),
        (
            "Färre styrdokument, och ett ställe där de finns samlade",
            "Verka för färre styrdokument, och ett ställe där de finns samlade.",
        ),
        ("En väg in för allt stöd.", "Inför en väg in för allt stöd."),
        ("Gemensamma rutiner för skolskjuts", "Inför gemensamma rutiner för skolskjuts."),
        # without the speaker's own reasons and asides, which the cited proposals keep
        ("Mindre personalgrupper så att man kan vara chef.", "Verka för mindre personalgrupper."),
        ("En väg in för allt stöd, gärna ett ärendesystem.", "Inför en väg in för allt stöd."),
        ("En ingång till IT, där man får en människa.", "Inför en ingång till IT."),
        # but not what it is: without a comma, "där" says which one is wanted (they have
        # an intranet, and want one where things are found)
        (
            "Ett intranät där man hittar rätt information.",
            "Inför ett intranät där man hittar rätt information.",
        ),
        (
            "Stöd i upphandling tidigt, någon som skriver kraven.",
            "Ge stöd i upphandling tidigt, till exempel med någon som skriver kraven.",
        ),
        ("Stöd i upphandling tidigt.", "Ge stöd i upphandling tidigt."),
        ("Någon som kan automatisera enkla saker.", "Utse någon som kan automatisera enkla saker."),
        # a verb of its own, or no doer to address: as it is
        ("Kommunen bör samla IT-stödet.", "Kommunen bör samla IT-stödet."),
        (
            "En ny styrmodell bör vila på en värdegrund.",
            "En ny styrmodell bör vila på en värdegrund.",
        ),
        ("Inför en tjänstekatalog.", "Inför en tjänstekatalog."),
        ("Att få vara med tidigt.", "Att få vara med tidigt."),
        # an att-clause with a doer is what the doer should do, in the report's "bör";
        # not where the doer is the speaker or anyone
        (
            "Att kansliet blir bättre på att förklara besluten och att det kommer ut mer.",
            "Kansliet bör bli bättre på att förklara besluten och komma ut mer.",
        ),
        ("Att IT ska svara inom ett dygn.", "IT bör svara inom ett dygn."),
        ("Att vi får vara med tidigt.", "Att vi får vara med tidigt."),
        ("Att man får vara med tidigt.", "Att man får vara med tidigt."),
    ],
)
def test_a_proposal_named_without_a_verb_is_told_as_what_to_do(wanted: str, told: str) -> None:
    from synth.draft.condense import instruction, recommends

    assert instruction(wanted) == told
    assert recommends(told) or told.startswith("Att")


def test_a_bullet_starts_where_the_statement_speaks_of_the_theme() -> None:
    text = (
        "Två saker, skulle jag säga. Dels att tjänsteskrivelserna fastnar i många led hos "
        "kansliet. Dels att vi inte hinner."
    )
    assert condense(text, 22, keywords=["tjänsteskrivelserna", "kansliet"]).startswith(
        "Dels att tjänsteskrivelserna fastnar"
    )
    # without them it starts at the first, its spoken tag dropped
    assert condense(text, 22).startswith("Två saker. Dels att")


def test_a_recommendation_reads_as_a_proposal() -> None:
    from synth.draft.condense import proposes

    assert proposes("En tydlig lokalförsörjningsprocess med en kontaktperson")
    assert proposes("Tillgång till jurist utan att behöva vänta i veckor")
    assert proposes("Verksamheterna behöver en väg in till IT-stödet.")
    # a complaint the lens took for a proposal is not a recommendation
    assert not proposes("Oftast får man bara en manual.")
    assert not proposes("IT säger att det är verksamheten.")


def test_a_recommendation_names_what_is_wanted_or_who_should_act() -> None:
    from synth.draft.condense import recommendation_text, recommends

    assert recommends("Mindre personalgrupper så att man kan vara chef på riktigt.")
    assert recommends("Kommunen bör samla IT-stödet i en väg in.")
    assert recommends("Skapa en tjänstekatalog för stödet.")
    # an observation with a wish in it, and a wish for the speaker's own sake, are not
    assert not recommends("Det finns så mycket som skulle kunna automatiseras.")
    assert not recommends("Vi behöver mer tid till det.")
    # who must act is the clause's own subject: here "man", so the line observes
    assert not recommends("Det mesta finns, men man måste veta var.")
    assert recommends("Det är bra i dag, men kommunen måste samla stödet.")
    # what has been, though it opens as a wish would: a seed report's observation stood
    # as the seed engagement's first recommendation
    assert not recommends("Färre och bredare nämnder har varit viktigt för ökad styrbarhet.")
    assert recommends("Mindre personalgrupper, det är det självklara, men det kostar.")
    # spoken counting goes, and "Och …" continues the short sentence before it
    said = "Mer delegation, för det första. Och en kortare beredningsväg. Men det är också …"
    assert recommendation_text(said) == "Mer delegation och en kortare beredningsväg."
    assert recommendation_text("Dels en tjänstekatalog, dels en väg in.") == (
        "En tjänstekatalog och en väg in."
    )
    # and in two sentences, however long the first
    assert recommendation_text(
        "Dels att kansliet blir bättre på att förklara varför det gör som det gör. Och dels, "
        "ja, att det kommer ut mer. Vi testade det förra året."
    ) == (
        "Att kansliet blir bättre på att förklara varför det gör som det gör och att det "
        "kommer ut mer."
    )
    # a thing wanted and then, with no verb, what it is to be: one line, not two sentences
    # (the demo's wish headline read "… om en gemensam rapport. En sida per enhet")
    assert recommendation_text("En gemensam rapport. En sida per enhet, begriplig.") == (
        "En gemensam rapport: en sida per enhet, begriplig."
    )
    # the reasons after it are the speaker's: "Inför en väg in. Det skulle hjälpa oss …"
    # would put the speaker's "oss" on the consultant's slide
    assert recommendation_text("En väg in. Det skulle hjälpa oss mycket.") == "En väg in."
    assert recommendation_text("En tjänstekatalog. Så att man vet vem som gör vad.") == (
        "En tjänstekatalog."
    )
    assert recommendation_text(
        "En gemensam rapport. En sida per enhet, begriplig, som uppdateras automatiskt."
    ) == ("En gemensam rapport.")


def test_speech_that_trails_off_is_no_evidence_line() -> None:
    from synth.draft.offline import evidence_sentence
    from synth.records import SourceType, Statement

    said = Statement("INT-01.004", "INT-01", SourceType.INTERVJU, 4, "")
    assert evidence_sentence("Upphandlingen däremot... det är svårt.", [said], None, None) is None
    assert (
        evidence_sentence("Upphandlingen av trygghetslarmen tog över ett år.", [said], None, None)
        == "I en intervju beskrivs att upphandlingen av trygghetslarmen tog över ett år."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Det är lite frustrerande.",  # what is? said of something before
        "Nu är det mycket vi och dom.",
        "De hinner inte med.",
        "En fri roll är en förutsättning för detta.",  # for what?
    ],
)
def test_a_sentence_that_points_back_is_no_evidence_line(sentence: str) -> None:
    from synth.draft.offline import evidence_sentence
    from synth.records import SourceType, Statement

    said = Statement("INT-01.004", "INT-01", SourceType.INTERVJU, 4, "")
    assert evidence_sentence(sentence, [said], None, None) is None
    # a "det" that stands for what follows says something on its own
    assert (
        evidence_sentence("Det finns ingen plan för lokalerna.", [said], None, None)
        == "I en intervju beskrivs att det inte finns någon plan för lokalerna."
    )


def test_an_evidence_line_says_something_of_its_subject() -> None:
    from synth.draft.offline import offline_bullets
    from synth.records import SourceType, Statement
    from synth.store.themes import LensRecord

    said = {
        "INT-01.001": "Upphandling, ja, tyvärr.",
        "INT-02.001": "Upphandlingen av trygghetslarm tog över ett år.",
        "INT-03.001": "Jag har fått vänta på min upphandling i månader.",
    }
    members = [
        Statement(id=sid, source_id=sid[:6], source_type=SourceType.INTERVJU, position=1, text=t)
        for sid, t in said.items()
    ]
    lenses = {sid: LensRecord("strukturer", 0.9, "svaghet", 0.9) for sid in said}
    bullets = offline_bullets(members, lenses, "svaghet", keywords=["upphandling"])
    # the bare subject says nothing, the speaker's own person is no evidence line
    assert [b.text for b in bullets] == [
        "I en intervju beskrivs att upphandlingen av trygghetslarm tog över ett år."
    ]
    assert bullets[0].statement_ids == ("INT-02.001",)


def test_a_three_word_clause_that_names_its_subject_is_an_evidence_line() -> None:
    from synth.draft.offline import evidence_sentence

    said = [Statement("ENK-0026.002", "ENK-0026", SourceType.ENKAT, 2, "Viktig information.")]
    assert evidence_sentence("Viktig information försvinner.", said, "svaghet", None) == (
        "I ett enkätsvar beskrivs att viktig information försvinner."
    )
    # three words with no thing named, or two, say nothing to stand as evidence
    assert evidence_sentence("Det är svårt.", said, "svaghet", None) is None
    assert evidence_sentence("Ärendena bollas.", said, "svaghet", None) is None


def test_an_evidence_line_cut_to_its_first_clause_keeps_the_subject_it_named() -> None:
    from synth.draft.offline import offline_bullets

    wish = Statement(
        id="INT-01.034",
        source_id="INT-01",
        source_type=SourceType.INTERVJU,
        position=1,
        text="Vi skulle kunna ha någon form av gemensam servicefunktion, och en tjänstekatalog "
        "där det står vad stödet gör och inte gör, och hur snabbt man kan räkna med svar.",
    )
    lenses = {wish.id: LensRecord("strukturer", 0.9, "förslag", 0.9)}
    # the first clause speaks of a service function, not of the catalogue the headline
    # asks for: no line, rather than one about something else
    bullets = offline_bullets(
        [wish], lenses, "förslag", headline="Det finns önskemål om en tjänstekatalog"
    )
    assert [b.text for b in bullets if "servicefunktion" in b.text] == []
    # under a headline of the service function the same clause is its evidence
    bullets = offline_bullets(
        [wish], lenses, "förslag", headline="Det finns önskemål om en gemensam servicefunktion"
    )
    assert any("gemensam servicefunktion" in b.text for b in bullets)


def test_a_headline_leaves_behind_the_number_of_the_next_list_item() -> None:
    from synth.draft.offline import _headline_sentence

    assert _headline_sentence("Nämnderna borde bli färre och bredare 2.") == (
        "Nämnderna borde bli färre och bredare"
    )
    # a list item without a verb of its own is no headline at all
    assert _headline_sentence("Färre och ansvarsmässigt bredare verksamhetsnämnder 2.") is None
    # a year or a count in its place is no list number, and a count is no headline
    assert _headline_sentence("Budgeten för 2027 ökar inte i samma takt som kostnaderna.") == (
        "Budgeten för 2027 ökar inte i samma takt som kostnaderna"
    )
    # nor is a number that the word before it governs: a range keeps its end
    assert _headline_sentence("Rekommendationen är någonstans runt 25 till 30.") == (
        "Rekommendationen är någonstans runt 25 till 30"
    )


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # "och" inside a name is no clause break: the name stays whole
        (
            "Stödet kom sent i höstas när Kultur och fritid bytte system och allt stannade.",
            "Stödet kom sent i höstas när Kultur och fritid bytte system",
        ),
        # a clause cut after its subordinator and one word is no headline
        ("Det gick fel i höstas när Kultur, och sedan blev allt stående", None),
        # a list of groups has no verb
        ("Barnskötare, lärare, och i vissa fall fritidspedagoger", None),
        # no subject
        ("Kommer aldrig ut till förskolorna på eftermiddagen", None),
        # points back at what was said before
        ("När det väl blev klart dröjde det ett halvår till", None),
        ("Vi fick aldrig något svar därifrån under hela våren", None),
        # an indefinite pronoun for a subject names nothing the finding is about
        ("Allt är viktigt hela tiden.", None),
        # but what nobody knows is what is unclear, as a report says it
        (
            "Ingen vet vem som äger frågan om lokalerna.",
            "Det är oklart vem som äger frågan om lokalerna",
        ),
        (
            "Lokalförsörjning: man vet aldrig vem som bestämmer, fastighet eller sektorn.",
            "Det är oklart vem som bestämmer inom lokalförsörjning",
        ),
        ("Det mesta fungerar bra i vardagen.", None),
        # a comparison without what it compares with
        ("Men budgeten ökar inte i samma takt.", None),
        (
            "Budgeten ökar inte i samma takt som behoven.",
            "Budgeten ökar inte i samma takt som behoven",
        ),
        # a whole clause with a subject stands
        (
            "Lönekontoret svarar samma dag på nästan alla frågor",
            "Lönekontoret svarar samma dag på nästan alla frågor",
        ),
    ],
)
def test_a_headline_is_a_whole_clause_that_stands_alone(
    sentence: str, headline: str | None
) -> None:
    from synth.draft.offline import _headline_sentence
    from synth.text.voice import speaker_unit

    assert _headline_sentence(sentence, speaker_unit("Rektor", "Barn och utbildning")) == headline


def test_a_headline_says_we_as_the_speakers_unit_or_not_at_all() -> None:
    from synth.draft.offline import _headline_sentence
    from synth.text.voice import speaker_unit

    sentence = "Vi får skicka tillbaka hälften av alla ärenden till förvaltningarna."
    assert _headline_sentence(sentence, speaker_unit("Kanslichef", "Kommunledningskontoret")) == (
        "Kansliet får skicka tillbaka hälften av alla ärenden till förvaltningarna"
    )
    assert _headline_sentence(sentence, None) is None
    # one nämndsekreterare's "vi" is not every nämndsekreterare's
    assert _headline_sentence(sentence, speaker_unit("Nämndsekreterare", None)) is None


def test_a_turn_that_goes_on_may_head_a_finding_where_it_names_its_subject() -> None:
    from synth.draft.offline import _headline_candidates
    from synth.records import SourceType

    def candidates(text: str) -> list[str]:
        return _headline_candidates(Statement("S1", "K1", SourceType.INTERVJU, 0, text))

    own = "Och sektorn har anställt egna administratörer för att det inte fungerar centralt."
    assert candidates(own) == [
        "sektorn har anställt egna administratörer för att det inte fungerar centralt."
    ]
    # a pronoun or a word that stands for what was said before names nothing
    assert candidates("Och de har anställt egna administratörer, det ska sägas.") == []
    assert candidates("Och allt annat är det som en rektor behöver ha hjälp med.") == []
    # an adverb that adds the sentence to the one before is dropped, the subject first, and
    # so is a spoken tag after it
    added = "Men sen har sektorerna byggt upp egna resurser vid sidan av, helt enkelt."
    assert candidates(added) == ["sektorerna har byggt upp egna resurser vid sidan av."]


def test_a_later_clause_in_the_speakers_person_leaves_the_first_as_headline() -> None:
    from synth.draft.offline import _headline_sentence

    said = (
        "Det finns ett litet ”vi och dom” mellan stadshuset och verksamheterna, och det "
        "gäller inte bara oss, det gäller hela kommunledningskontoret."
    )
    assert _headline_sentence(said, None, "svaghet") == (
        'Det finns ett litet "vi och dom" mellan stadshuset och verksamheterna'
    )
    # not a clause that a "men" takes back, nor one whose point is what follows from it
    conceded = "Lönekontoret fungerar riktigt bra i de flesta fall, men vi får vänta på HR."
    assert _headline_sentence(conceded, None, "svaghet") is None
    cause = "IT har inte haft tid, så vi har köpt det som tjänst från leverantören."
    assert _headline_sentence(cause, None, "svaghet") is None
    # a noun and what a relative clause says of it is a wish, not a clause
    wish = "En tjänstekatalog som beskriver vad stödet gör och vad jag kan förvänta mig."
    assert _headline_sentence(wish, None, "förslag") is None


def test_a_line_whose_own_subject_is_the_headlines_comes_before_one_naming_it_in_passing() -> None:
    """Under "Sektorerna har byggt upp egna resurser vid sidan av" the slide showed turns
    near the headline's as a whole that named the sectors in passing ("sektorsmål"), and
    not the survey answer "Dubbelarbete mellan sektorns stöd och det centrala stödet"."""
    from synth.draft.offline import offline_bullets

    def said(sid: str, text: str) -> Statement:
        return Statement(sid, sid.split(".")[0], SourceType.INTERVJU, 1, text)

    passing = [
        said("INT-01.001", "Vi har kommunfullmäktiges mål, nämndmål och sektorsmål att följa."),
        said("INT-02.001", "Vi har lite för mycket fokus på de stora sektorerna i ledningen."),
        said("INT-03.001", "Vi har ett system där sektorernas rapporter samlas varje månad."),
        said("INT-04.001", "Vi pratar mycket om sektorernas ekonomi och om besparingarna."),
    ]
    about = said(
        "INT-05.001", "Sektorn har anställt egna administratörer och en egen kommunikatör."
    )
    lenses = {st.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for st in [*passing, about]}
    lines = offline_bullets(
        [*passing, about],
        lenses,
        "svaghet",
        headline="Sektorerna har byggt upp egna resurser vid sidan av",
    )
    assert lines[0].statement_ids == ("INT-05.001",)
    assert len(lines) == 4


def test_a_turns_line_is_what_it_holds_against_the_subject_not_its_background() -> None:
    """A kanslichef's turn under the procurement weakness gave "upphandling ligger under
    ekonomi, men vi får ju frågorna ibland" (background, and "vi" points at the kansli),
    where its next sentence says what the sectors hold against procurement, in a frame
    of hearsay the line's attribution replaces."""
    from synth.draft.offline import offline_bullets

    turn = Statement(
        "INT-07.029",
        "INT-07",
        SourceType.INTERVJU,
        1,
        "Nej, upphandling ligger under ekonomi, men vi får frågorna ibland. Och det jag hör "
        "från sektorerna är att upphandlingar tar väldigt lång tid och känns krångliga.",
    )
    lenses = {turn.id: LensRecord("strukturer", 0.9, "svaghet", 0.9)}
    (line,) = offline_bullets(
        [turn], lenses, "svaghet", headline="Upphandling är krånglig och tar för lång tid"
    )
    assert line.text == (
        # (the speaker's stress dropped: a report states the judgment)
        "I en intervju beskrivs att upphandlingar tar lång tid och känns krångliga."
    )


def test_a_turn_that_opens_on_what_was_said_before_still_gives_its_own_sentences() -> None:
    """ "Det är för många mål", said in five interviews, showed one survey answer: every
    interview turn about it opened by pointing back ("Där kommer ni nog att få höra en
    del.", "Den är tungrodd.") and was refused whole, though its next sentences read on
    their own; and the hedge "jag vet inte" inside one made it the speaker's own."""
    from synth.draft.offline import offline_bullets

    def said(sid: str, text: str) -> Statement:
        return Statement(sid, sid.split(".")[0], SourceType.INTERVJU, 1, text)

    turns = [
        said(
            "INT-01.015",
            "Där kommer ni nog att få höra en del. Fullmäktige har tolv inriktningsmål, sen "
            "bryter nämnderna ner dem i nämndmål.",
        ),
        said(
            "INT-07.015",
            "Och varje nämnd har sina egna mål ovanpå fullmäktiges mål, så en enhetschef ska "
            "förhålla sig till, jag vet inte, tjugofem mål.",
        ),
        # nothing after its opening reads alone: still no line
        said("INT-08.026", "Den är tungrodd. Det blir bara rapportering av det."),
    ]
    lenses = {st.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for st in turns}
    lines = offline_bullets(turns, lenses, "svaghet", headline="Det är för många mål")
    assert [line.text for line in lines] == [
        "I en intervju beskrivs att fullmäktige har tolv inriktningsmål, sen bryter nämnderna "
        "ner dem i nämndmål.",
        "I en intervju beskrivs att varje nämnd har sina egna mål ovanpå fullmäktiges mål, så "
        "en enhetschef ska förhålla sig till ungefär tjugofem mål.",
    ]


def test_a_theme_of_long_turns_is_headed_by_a_less_central_member_that_can_head_it() -> None:
    """A theme of 58 interview turns whose 24 most central members opened with speech
    ("Och där vet jag att …") had no headline, though its 36th said "Men sen har
    sektorerna byggt upp egna resurser vid sidan av": the finding the kommundirektör
    asked for went unheaded into the appendix."""
    from synth.draft.offline import _CANDIDATES, theme_headline

    def turn(k: int, text: str) -> Statement:
        return Statement(f"INT-{k:02d}.001", f"INT-{k:02d}", SourceType.INTERVJU, 1, text)

    # none of these stands as a headline: each points back at what was said before
    members = [turn(k, "Och där vet jag inte riktigt, det beror på.") for k in range(30)]
    members.append(turn(30, "Men sen har sektorerna byggt upp egna resurser vid sidan av."))
    assert len(members) > 2 * _CANDIDATES
    theme = Theme(
        id="T40",
        label="auto",
        auto_label="auto",
        perspective="strukturer",
        polarity={"svaghet": len(members)},
        keywords=("sektorerna", "resurser"),
        quotes=(),
        breadth={},
        size=len(members),
        statement_ids=tuple(m.id for m in members),
    )
    lenses = {m.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for m in members}
    headline, sid = theme_headline(theme, members, lenses)
    assert (headline, sid) == ("Sektorerna har byggt upp egna resurser vid sidan av", "INT-30.001")


@pytest.mark.parametrize(
    "sentence",
    [
        "Möjligheten att påverka när besluten ska fattas",  # the verb is the "när" clause's
        "Rapporter som går att läsa för den som inte är controller",  # relative clauses only
        "Lokalerna... ja, alla har synpunkter på dem",  # speech trailing off
        "Att någon svarar när det brinner",  # an att-clause alone
    ],
)
def test_no_headline_without_a_main_verb_of_its_own(sentence: str) -> None:
    from synth.draft.offline import _headline_sentence

    assert _headline_sentence(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Under tiden kan de inte dokumentera",  # a time said before
        "Lönekontoret är också pålitligt",  # as something said before
        "Även vi centralt väntar länge på IT",
        "IT är nog det tydligaste",  # the tydligaste what?
        "Problemet är att det inte hänger ihop med resten av kommunen",  # what is "det"?
        # cut before its "att", the clause points back all the same
        "Det innebär ökad tillgänglighet, att alla når kommunen dygnet runt via webben",
        "Det är inte för att administratören var slarvig",  # not because of what?
        # what one party says is their account of a view, not a finding
        "IT säger att det är verksamhetens sak att beställa",
        "När något inte fungerar så bollas det mellan alla tre",  # which three?
        "Deras rapporter är svåra att läsa",  # whose?
    ],
)
def test_no_headline_that_points_back_at_what_was_said_before(sentence: str) -> None:
    from synth.draft.offline import _headline_sentence

    assert _headline_sentence(sentence, speaker_unit("Controller", None)) is None
    for said in (
        "Lönekontoret är pålitligt och snabbt",
        "Problemet är att det saknas en väg in till stödet",  # "det" points at nothing
        "IT-supporten är den snabbaste i länet",
        "Det är svårt att rekrytera behöriga lärare",  # "det" is the "att" clause
        "Det tar lång tid att få svar från IT",
        "Det är för många mål",  # there are too many of them
        "Det är oklart vem som äger systemen",  # "det" is the question left open
    ):
        assert _headline_sentence(said) == said


def _clustered(
    theme_id: str, label: str, keywords: tuple[str, ...], statement_ids: tuple[str, ...] = ()
) -> Theme:
    """A weakness theme as clustering leaves it: its label its own, not the consultant's."""
    return Theme(
        id=theme_id,
        label=label,
        auto_label=label,
        perspective="strukturer",
        polarity={"svaghet": max(len(statement_ids), 1)},
        keywords=keywords,
        quotes=(),
        breadth={},
        size=len(statement_ids),
        statement_ids=statement_ids,
    )


def test_a_finding_headed_by_the_provisional_label_rests_on_the_statement_it_came_from() -> None:
    """A theme's later finding was headed "Chefer slutar och det tar tid att ersätta dem",
    its label, while it rested on the statements near another one, about registratur
    (review 47): the label heads only where its statement is among the members, and
    names it."""
    from synth.draft.offline import theme_headline
    from synth.records import SourceType, Statement
    from synth.synthesis.describe import headline as provisional_headline

    # the survey answer's own sentence does not stand ("vi"), its first clause does
    said = Statement(
        "ENK-0023.002",
        "ENK-0023",
        SourceType.ENKAT,
        2,
        "Chefer slutar och det tar tid att ersätta dem, då får vi andra täcka upp.",
    )
    other = Statement("INT-07.003", "INT-07", SourceType.INTERVJU, 3, "Det är ganska tight.")
    label = provisional_headline(said.text)
    theme = _clustered("T29", label, ("chefer", "ersätta"), (said.id, other.id))
    assert theme_headline(theme, [other, said]) == (
        "Chefer slutar och det tar tid att ersätta dem",
        said.id,
    )
    assert theme_headline(theme, [other])[1] is None
    assert not theme_headline(theme, [other])[0].startswith("Chefer slutar")


def test_a_theme_without_a_sentence_to_stand_gets_a_clause_not_a_keyword_list() -> None:
    from synth.draft.offline import theme_headline

    theme = _clustered("T09", "Lokaler, hyror …", ("lokaler", "hyror", "väntar", "fastighet"))
    assert theme_headline(theme, []) == ("Uttalandena rör lokaler, hyror och fastighet", None)


def test_a_line_repeats_a_headline_only_by_saying_all_its_words() -> None:
    from synth.draft.offline import _repeats_headline

    # "Det är för många mål" is the one word "mål" without stop words: a line about the
    # goals says more
    many = "Det är för många mål"
    assert not _repeats_headline("I en intervju nämns ”vi har mål på alla nivåer”.", many)
    assert _repeats_headline("I tre enkätsvar beskrivs att det är för många mål.", many)
    automated = "Det finns så mycket som skulle kunna automatiseras"
    line = "I en intervju framförs att det finns så mycket som skulle kunna automatiseras."
    assert _repeats_headline(line, automated)
    assert not _repeats_headline("I en intervju nämns att inget är automatiserat.", automated)
    # in other words, an "att" clause's order, the same words
    priorities = "Det finns ingen gemensam prioritering av vad som ska digitaliseras"
    line = (
        "I en intervju beskrivs att det inte finns någon gemensam prioritering av vad som ska "
        "digitaliseras, så det blir den som skriker högst."
    )
    assert _repeats_headline(line, priorities)
    # a sentence adverb before the verb, as an "att" clause has it
    divide = 'Det finns fortfarande ett "vi och dom"'
    line = "I en intervju beskrivs att det fortfarande finns ett ”vi och dom”."
    assert _repeats_headline(line, divide)
    assert not _repeats_headline("I en intervju nämns ”det är lite spänt”.", divide)
    # or without it; but not its negation
    assert _repeats_headline("I en intervju beskrivs att det finns ett ”vi och dom”.", divide)
    assert not _repeats_headline("I en enkät beskrivs att det inte finns ett vi och dom.", divide)
    # a headline of stop words alone, in quotation marks
    bare = 'Det finns ett "vi och dom"'
    line = "I en intervju beskrivs att det fortfarande finns ett ”vi och dom”."
    assert _repeats_headline(line, bare)
    assert not _repeats_headline("I en intervju nämns ”det är lite spänt”.", bare)
    # the same words in another order: a phrase put last in the "att" clause
    tense = "Med Vård och omsorg har det varit spänt efter Lifecare"
    line = "I en intervju beskrivs att det har varit spänt efter Lifecare med Vård och omsorg."
    assert _repeats_headline(line, tense)
    assert not _repeats_headline("I en intervju beskrivs att det har varit spänt.", tense)


def test_a_weakness_is_headed_by_what_it_holds_against_its_subject() -> None:
    from synth.draft.offline import theme_headline
    from synth.records import SourceType, Statement

    # a spoken hedge put first leaves the verb first; the sentence that says what is wrong
    # heads the weakness, not the background the same speaker gives with it
    said = Statement(
        "GRP-01.028",
        "GRP-01",
        SourceType.GRUPPINTERVJU,
        28,
        "Ärligt talat är det för många mål. Och målen följs upp i Stratsys, medan ekonomin "
        "ligger i Hypergene.",
    )
    keywords = ("mål", "stratsys", "hypergene", "ekonomin")
    theme = _clustered("T45", "Målen följs upp i Stratsys …", keywords, (said.id,))
    assert theme_headline(theme, [said]) == ("Det är för många mål", said.id)


def test_a_weakness_is_not_headed_by_a_sentence_that_praises() -> None:
    """A focus group defended the central office ("Jag tycker att det är lite orättvist.
    Det finns många på kommunledningskontoret som verkligen vill hjälpa"); read as a
    weakness, the turn headed a weakness slide with the praise (review 42)."""
    from synth.draft.offline import theme_headline
    from synth.records import SourceType, Statement

    said = Statement(
        "FOK-02.053",
        "FOK-02",
        SourceType.FOKUSGRUPP,
        53,
        "Jag tycker att det är lite orättvist. Det finns många på kommunledningskontoret "
        "som verkligen vill hjälpa.",
    )
    theme = _clustered("T23", "auto", ("kommunledningskontoret", "hjälpa"), (said.id,))
    headline, sid = theme_headline(theme, [said])
    assert "vill hjälpa" not in headline and sid is None


@pytest.mark.parametrize(
    ("sentence", "stands"),
    [
        # the HR chef's "Ibland är det rättvist" (the perception before it) headed a strength
        ("Ibland är det rättvist.", False),
        ("Tyvärr är det så.", False),
        ("Ofta är det svårt att få svar från IT.", True),
        ("Ofta tar det veckor att få svar från IT.", True),
        ("Oftast finns det ingen plan för lokalerna.", True),
    ],
)
def test_a_det_after_a_fronted_adverb_that_points_back_heads_nothing(
    sentence: str, stands: bool
) -> None:
    from synth.draft.offline import _headline_sentence

    assert (_headline_sentence(sentence, None, "styrka") is not None) is stands


def test_a_strength_is_headed_by_what_is_praised_not_by_the_reservation_after_men() -> None:
    """Two interviews praised the management group and added "Men det finns fortfarande
    ett vi och dom"; the reservation headed a finding of its own, filed as a strength."""
    from dataclasses import replace

    from synth.draft.offline import theme_headline
    from synth.records import SourceType, Statement

    said = [
        Statement(
            f"INT-0{k}.025",
            f"INT-0{k}",
            SourceType.INTERVJU,
            25,
            "Det är bättre än det var. Ledningsgruppen har blivit ett bättre forum för "
            "helheten. Men det finns fortfarande ett vi och dom.",
        )
        for k in (2, 3)
    ]
    keywords = ("ledningsgruppen", "forum", "helheten")
    theme = replace(
        _clustered("T42", "auto", keywords, tuple(s.id for s in said)), polarity={"styrka": 2}
    )
    headline, _ = theme_headline(theme, said)
    assert headline == "Ledningsgruppen har blivit ett bättre forum för helheten"
    weakness = replace(theme, polarity={"svaghet": 2})
    assert theme_headline(weakness, said)[0] == 'Det finns fortfarande ett "vi och dom"'


def test_what_is_conceded_before_a_men_heads_no_weakness() -> None:
    from synth.draft.offline import _headline_sentence

    said = "Ledningsgruppen har blivit bättre, men det finns fortfarande ett vi och dom."
    assert _headline_sentence(said, None, "styrka") == "Ledningsgruppen har blivit bättre"
    assert _headline_sentence(said, None, "svaghet") != "Ledningsgruppen har blivit bättre"
    said = (
        "Lönekontoret svarar alltid samma dag, men de har för lite folk för att hinna med "
        "allt som kommer in."
    )
    assert _headline_sentence(said, None, "styrka") == "Lönekontoret svarar alltid samma dag"
    assert _headline_sentence(said, None, "svaghet") is None  # too long whole, conceded cut


def test_a_weakness_told_before_what_makes_up_for_it_heads_without_it() -> None:
    """The demo's reports finding was headed "Rapporterna är svåra att läsa men
    controllern förklarar gärna": a weakness of the reports, half taken back."""
    from synth.draft.offline import _headline_sentence

    said = "Rapporterna är svåra att läsa men controllern förklarar gärna."
    assert _headline_sentence(said, None, "svaghet") == "Rapporterna är svåra att läsa"
    # what follows the "men" is the weakness too, or the first clause is no weakness
    said = "Rapporterna är svåra att läsa men ingen har tid att förklara dem."
    assert _headline_sentence(said, None, "svaghet") == said.rstrip(".")
    said = "Det finns många som vill hjälpa, men de hinner inte."
    assert _headline_sentence(said, None, "svaghet") == said.rstrip(".")


def test_an_adjective_that_agrees_with_what_was_left_out_is_no_claim() -> None:
    """ "Sjuksköterskor är nästan omöjligt" answers "vilka är svårast att rekrytera?": alone,
    as a headline or a line, it says nothing of the nurses, unless the line tells the
    question."""
    from dataclasses import replace

    from synth.draft.offline import _headline_sentence, evidence_sentence
    from synth.records import SourceType, Statement

    for said in (
        "Sjuksköterskor är nästan omöjligt.",
        "Legitimerade lärare i matte, NO, och speciallärare är svårt.",
    ):
        assert _headline_sentence(said, None, "svaghet") is None
        group = [Statement("FOK-01.019", "FOK-01", SourceType.FOKUSGRUPP, 19, said)]
        assert evidence_sentence(said, group, "svaghet", None) is None
    # told with the question it answers, it says what it says of what was asked
    asked = "Hur ser kompetensförsörjningen ut?"
    said = "Sjuksköterskor är nästan omöjligt."
    group = [Statement("FOK-01.019", "FOK-01", SourceType.FOKUSGRUPP, 19, said, question=asked)]
    assert evidence_sentence(said, group, "svaghet", None) == (
        'I en fokusgrupp på frågan "Hur ser kompetensförsörjningen ut?" nämns '
        '"sjuksköterskor är nästan omöjligt".'
    )
    # not with a question that leans on what was said before it
    group = [replace(group[0], question="Hur ser det ut där?")]
    assert evidence_sentence(said, group, "svaghet", None) is None
    # an adjective that agrees with its subject says what it says
    assert _headline_sentence("Rapporterna är svåra att läsa.", None, "svaghet") == (
        "Rapporterna är svåra att läsa"
    )
    assert _headline_sentence("IT-systemet är krångligt och långsamt.", None, "svaghet") == (
        "IT-systemet är krångligt och långsamt"
    )


def test_a_clause_that_ends_on_an_infinitive_is_whole() -> None:
    from synth.draft.evidence import ends_open

    assert not ends_open("Rapporterna är svåra att läsa")
    assert not ends_open("Det är svårt att rekrytera")
    # a subordinate clause cut after its first word is still open
    assert ends_open("Det blev sämre när Barn")
    assert ends_open("Det beror på att Lisa")


def test_what_is_conceded_after_an_aven_om_heads_no_weakness() -> None:
    from synth.draft.offline import _headline_sentence

    said = "Man känner att det finns en förståelse högst upp, även om det inte syns i budgeten."
    assert _headline_sentence(said, None, "styrka") == (
        "Man känner att det finns en förståelse högst upp"
    )
    assert _headline_sentence(said, None, "svaghet") != (
        "Man känner att det finns en förståelse högst upp"
    )


def _heard(sid: str, text: str) -> Statement:
    """A survey answer where the id is a respondent's ("ENK-…"), else an interview's."""
    from synth.records import SourceType

    kind = SourceType.ENKAT if sid.startswith("ENK") else SourceType.INTERVJU
    return Statement(sid, sid.split(".")[0], kind, 1, text)


def _said(sid: str, text: str) -> Statement:
    from synth.records import SourceType

    return Statement(sid, sid.rsplit(".", 1)[0], SourceType.INTERVJU, 1, text)


def test_a_turn_that_goes_on_heads_a_finding_only_where_its_det_points_forward() -> None:
    from synth.draft.offline import theme_headline

    # "Och …" goes on from the turn before: "det" there points back at it, unless it
    # stands for what follows ("det är oklart vem …")
    open_question = _said(
        "INT-01.004", "Och det är oklart vem som äger systemen. Jag vet faktiskt inte."
    )
    theme = _clustered("T24", "Systemen …", ("systemen", "äger"), (open_question.id,))
    assert theme_headline(theme, [open_question]) == (
        "Det är oklart vem som äger systemen",
        open_question.id,
    )
    pointing = _said("INT-02.007", "Och många kommuner har det redan i dag, har jag hört.")
    theme = _clustered("T25", "Kommuner …", ("kommuner",), (pointing.id,))
    assert theme_headline(theme, [pointing])[1] is None


def test_a_weakness_is_not_headed_by_what_should_be() -> None:
    from synth.draft.offline import theme_headline

    # both say what is wrong ("för långa", "ingen"), and the wish is the more central
    wish = _said("INT-03.011", "Det behövs fler handläggare när köerna blir för långa.")
    lack = _said("INT-04.002", "Köerna till bygglov växer och ingen hinner med dem.")
    theme = _clustered("T19", "Köerna …", ("köerna",), (wish.id, lack.id))
    assert theme_headline(theme, [wish, lack]) == (
        "Köerna till bygglov växer och ingen hinner med dem",
        lack.id,
    )
    # a complaint that says "gärna" asks for nothing
    said = _said("INT-05.001", "Rapporterna är svåra att läsa men controllern förklarar gärna.")
    theme = _clustered("T21", "Rapporterna …", ("rapporterna",), (said.id,))
    assert theme_headline(theme, [said])[1] == said.id


def test_a_later_finding_that_says_the_first_again_in_most_words_is_no_new_one() -> None:
    from synth.draft.offline import _says_again
    from synth.records import Origin, ThemeDraft

    def draft(headline: str) -> ThemeDraft:
        return ThemeDraft("T24", headline, (), "", (), "strukturer", "svaghet", Origin("offline"))

    first = draft("Det är oklart vem som äger systemen")
    assert _says_again(draft("Det är oklart vem som äger vad"), first)
    # one word in common is a subject two findings may share
    assert not _says_again(draft("Systemen uppdateras aldrig i tid"), first)
    assert not _says_again(draft("Behörigheter i Lifecare tar veckor"), first)


def test_the_headline_said_by_several_sources_is_its_first_line() -> None:
    """ "HR-konsulten svarar samma dag och kan arbetsrätten" headed a strength no line under
    it spoke to (the sixth review), though two survey answers said just that: said by
    several, the headline's words are what it rests on; said by one, they only repeat it."""
    from synth.draft.offline import offline_bullets
    from synth.records import SourceType

    def answer(sid: str, text: str) -> Statement:
        return Statement(sid, sid.split(".")[0], SourceType.ENKAT, 1, text)

    headline = "HR-konsulten svarar samma dag och kan arbetsrätten"
    both = [
        answer("ENK-0039.001", "HR-konsulten svarar samma dag och kan arbetsrätten."),
        answer("ENK-0127.001", "HR-konsulten svarar samma dag, och hon kan arbetsrätten."),
    ]
    other = answer("ENK-0050.001", "HR-konsulterna är kunniga och lätta att prata med.")
    lenses = {st.id: LensRecord("strukturer", 0.9, "styrka", 0.9) for st in [*both, other]}
    lines = [b.text for b in offline_bullets([other, *both], lenses, "styrka", headline=headline)]
    assert lines[0] == (
        "I två enkätsvar beskrivs att HR-konsulten svarar samma dag och kan arbetsrätten."
    )
    assert len(lines) == 2
    # one source: the headline again, no evidence for it
    lines = [b.text for b in offline_bullets([other, both[0]], lenses, "styrka", headline=headline)]
    assert lines == [
        "I ett enkätsvar beskrivs att HR-konsulterna är kunniga och lätta att prata med."
    ]


def test_the_headline_said_in_several_interviews_in_their_own_words_is_one_line() -> None:
    """Seven of nine interviewees said the ledningsgrupp has improved, each in a turn of
    their own words ("Och jag ska säga att …", "Och ledningsgruppen har blivit bättre,
    tycker jag"); the slide showed one of them and a survey answer. Said again by several
    sources, in a speaker's frame or after an "Och", the headline is the line it rests on;
    what a turn says against the finding, how things were before, is no evidence for it."""
    from synth.draft.offline import offline_bullets

    headline = "Ledningsgruppen har blivit bättre"
    said = [
        _turn(
            "INT-07.005",
            "Förut låg hälften i folks egna mappar. Och jag ska säga att ledningsgruppen "
            "har blivit bättre.",
        ),
        _turn("INT-09.028", "Och ledningsgruppen har blivit bättre, tycker jag. Vi pratar mer."),
    ]
    before = _turn(
        "INT-01.021",
        "Det har blivit bättre. Förr kom man till ledningsgruppen för att försvara sin "
        "budget, inte för att lösa kommunens problem.",
    )
    lenses = {st.id: LensRecord("aktörer", 0.9, "styrka", 0.9) for st in [*said, before]}
    lines = [b.text for b in offline_bullets([*said, before], lenses, "styrka", headline=headline)]
    assert lines == ["I två intervjuer beskrivs att ledningsgruppen har blivit bättre."]
    # where the finding may quote one of them, the quote says it and goes on: no line of
    # it, and the one other source alone only says the headline again
    quoted = offline_bullets(
        [*said, before], lenses, "styrka", headline=headline, quoted=[said[0].id]
    )
    assert quoted == ()
    # two others still count together beside the quote (review 40: a finding eight of
    # nine interviewees stated had one line under its quote)
    third = _turn("INT-04.011", "Ledningsgruppen har blivit bättre, det är tydligt.")
    lenses[third.id] = LensRecord("aktörer", 0.9, "styrka", 0.9)
    lines = [
        b.text
        for b in offline_bullets(
            [*said, third, before], lenses, "styrka", headline=headline, quoted=[said[0].id]
        )
    ]
    assert lines == ["I två intervjuer beskrivs att ledningsgruppen har blivit bättre."]


def test_a_line_told_of_several_sources_says_only_what_all_of_them_say() -> None:
    """ "I tre intervjuer beskrivs att det fortfarande finns ett 'vi och dom'", where only
    the kommundirektör said "fortfarande" (blind review 155: a misquote of the other two)."""
    from synth.draft.offline import offline_bullets

    headline = 'Det finns ett "vi och dom"'
    said = [
        _turn("INT-01.023", "Det finns fortfarande ett vi och dom."),
        _turn("INT-06.024", "Och det finns ett vi och dom, det märks."),
        _turn("INT-09.014", "Det finns ett vi och dom, tyvärr."),
    ]
    lenses = {st.id: LensRecord("aktörer", 0.9, "svaghet", 0.9) for st in said}
    lines = [b.text for b in offline_bullets(said, lenses, "svaghet", headline=headline)]
    assert lines == ['I tre intervjuer beskrivs att det finns ett "vi och dom".']
    # where all of them say it, so does the line
    again = [replace(st, text=st.text.replace("finns ett", "finns fortfarande ett")) for st in said]
    lines = [b.text for b in offline_bullets(again, lenses, "svaghet", headline=headline)]
    assert len(lines) == 1 and "fortfarande" in lines[0]


def test_what_a_turn_says_beside_someone_it_names_is_evidence() -> None:
    """Under "Ledningen har blivit bättre", "[namn] lyssnar, och jag tycker att ledningen
    i stort har blivit tydligare de senaste åren" gave no line: the sentence names
    someone, so only its first clause was read, and that is the name."""
    from synth.draft.offline import offline_bullets

    said = [
        _turn(
            "FOK-02.028",
            "Där tycker jag ändå att det har blivit lite bättre. [namn] lyssnar, och jag "
            "tycker att ledningen i stort har blivit tydligare de senaste åren.",
        ),
        _turn(
            "INT-02.025",
            "Det är bättre än det var. Ledningsgruppen har blivit ett bättre forum sedan "
            "[namn] kom, hon är tydlig och vi pratar mer om helheten.",
        ),
    ]
    lenses = {st.id: LensRecord("aktörer", 0.9, "styrka", 0.9) for st in said}
    lines = {
        b.text
        for b in offline_bullets(said, lenses, "styrka", headline="Ledningen har blivit bättre")
    }
    assert lines == {
        "I en intervju beskrivs att ledningen i stort har blivit tydligare de senaste åren.",
        "I en intervju beskrivs att ledningsgruppen har blivit ett bättre forum.",
    }


def test_one_source_saying_the_headline_gives_what_it_says_next() -> None:
    """ "Man blir ensam som chef. Man har ingen att bolla med." said the headline and what
    it means; from one source the headline again is no line, and the slide showed none of
    the focus group that said it, only lines about turnover and administration (blind
    review 56: "neither bullet says anything about loneliness")."""
    from synth.draft.offline import offline_bullets
    from synth.records import SourceType

    said = Statement(
        "FOK-02.021",
        "FOK-02",
        SourceType.FOKUSGRUPP,
        1,
        "Jag har fyrtioåtta, och det är redan för många. Man blir ensam som chef. Man har "
        "ingen att bolla med.",
    )
    other = Statement(
        "ENK-0140.003",
        "ENK-0140",
        SourceType.ENKAT,
        1,
        "Chefen har blivit sin egen administratör: fakturor, attester, schema, rekrytering.",
    )
    lenses = {st.id: LensRecord("aktörer", 0.9, "svaghet", 0.9) for st in (said, other)}
    lines = [
        b.text
        for b in offline_bullets(
            [other, said], lenses, "svaghet", headline="Man blir ensam som chef"
        )
    ]
    # what the one who said it means by it, first
    assert lines[0] == "I en fokusgrupp beskrivs att man inte har någon att bolla med."
    assert len(lines) == 2
    # where the finding may quote it, the quote says both, and a line would keep it out
    quoted = offline_bullets(
        [said], lenses, "svaghet", headline="Man blir ensam som chef", quoted=[said.id]
    )
    assert quoted == ()


def test_a_finding_only_its_headlines_source_can_give_a_line_for_keeps_that_line() -> None:
    """ "Många enhetschefer i äldreomsorgen har 40, 50 medarbetare" had no line: its one
    source said the headline and went on pointing back ("Och de ska …"), and the others
    spoke of their own unit, which would point at them. So it had no slide, and the
    survey's figure of the chefs' many staff stood only in a table (blind review 90)."""
    from synth.draft.offline import offline_bullets
    from synth.records import SourceType

    said = Statement(
        "INT-01.026",
        "INT-01",
        SourceType.INTERVJU,
        1,
        "Jag tror att de har det tungt. Många enhetschefer i äldreomsorgen har 40, 50 "
        "medarbetare, vissa ännu fler. Och de ska lägga schema.",
    )
    lenses = {said.id: LensRecord("strukturer", 0.9, "neutral", 0.9)}
    headline = "Många enhetschefer i äldreomsorgen har 40, 50 medarbetare"
    lines = [b.text for b in offline_bullets([said], lenses, "neutral", headline=headline)]
    assert lines == [
        "I en intervju beskrivs att många enhetschefer i äldreomsorgen har 40, 50 "
        "medarbetare, vissa ännu fler."
    ]
    # where it may be the finding's quote, the quote says it
    quoted = offline_bullets([said], lenses, "neutral", headline=headline, quoted=[said.id])
    assert quoted == ()


def test_one_source_saying_the_headline_and_more_gives_a_line_of_it() -> None:
    """Under "Rapporterna är svåra att läsa", heard in five interviews, the slide had one
    line: the controllers' "Men jag håller med om att rapporten i sig är svår att läsa,
    den är gjord av ekonomer för ekonomer" was no line, first for its speaker's frame and
    then as the headline again, though it says why."""
    from synth.draft.offline import offline_bullets
    from synth.records import SourceType

    agrees = Statement(
        "GRP-01.010",
        "GRP-01",
        SourceType.GRUPPINTERVJU,
        1,
        "Men jag håller med om att rapporten i sig är svår att läsa, den är gjord av "
        "ekonomer för ekonomer.",
    )
    technical = Statement(
        "INT-03.025",
        "INT-03",
        SourceType.INTERVJU,
        1,
        "Men rapporterna är för tekniska för cheferna.",
    )
    again = Statement(
        "INT-04.020", "INT-04", SourceType.INTERVJU, 1, "Ja, rapporterna är svåra att läsa."
    )
    said = (agrees, technical, again)
    lenses = {st.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for st in said}
    lines = {
        b.text
        for b in offline_bullets(
            list(said), lenses, "svaghet", headline="Rapporterna är svåra att läsa"
        )
    }
    assert lines == {
        # two clauses spliced with a comma, each an "att" clause of what was said
        "I en gruppintervju beskrivs att rapporten i sig är svår att läsa och att den är gjord "
        "av ekonomer för ekonomer.",
        "I en intervju beskrivs att rapporterna är för tekniska för cheferna.",
    }


def test_a_line_two_sources_say_in_the_same_words_is_one_line_of_both() -> None:
    """Under "Ledningen har blivit bättre" (five of nine interviews), two interviews said
    "ledningsgruppen har blivit bättre": not the headline's words, so each was a line of
    its own, and the second was left out as said already. The slide showed one interview
    under a finding it counted five for; the same claim from two sources is one line of
    both."""
    from synth.draft.offline import offline_bullets

    headline = "Ledningen har blivit bättre"
    said = [
        _turn(
            "INT-07.005",
            "Förut låg hälften i folks egna mappar. Och jag ska säga att ledningsgruppen "
            "har blivit bättre.",
        ),
        _turn("INT-09.028", "Och ledningsgruppen har blivit bättre, tycker jag. Vi pratar mer."),
    ]
    lenses = {st.id: LensRecord("aktörer", 0.9, "styrka", 0.9) for st in said}
    (line,) = offline_bullets(said, lenses, "styrka", headline=headline)
    # (in other words each: no "med samma ordalydelse")
    assert line.text == "I två intervjuer beskrivs att ledningsgruppen har blivit bättre."
    assert set(line.statement_ids) == {"INT-07.005", "INT-09.028"}


@pytest.mark.parametrize(
    "sentence",
    [
        # a topic put first and taken up by a pronoun: how a speaker answers (the blind
        # review of this stop called such headlines quotes, not findings)
        "HR och ekonomi, man får hjälp när man frågar.",
        "Kompetensen hos HR-konsulterna, de kan sina saker.",
        "Lokalförsörjning: man får vänta, fastighet eller sektorn.",
        # or that a clause of its own speaks of: whose collaboration? (on the strengths
        # slide of the demo at 1/9 · 1/3 · 4, one survey answer by the material; blind
        # reviews 68-70)
        "Hemsjukvården och sjuksköterskorna, samarbetet har blivit mycket bättre senaste året.",
        # what follows from, or is like, something said before: of what? like what?
        "Resultatet blir dubbelarbete och att ingen vet vem som gör vad.",
        "Sådant händer när ansvaret är otydligt.",
        # rather than what? what was said before
        "Det är mer att ingen har bestämt hur det ska fungera.",
        "Det handlar snarare om att ingen tar ansvar för helheten.",
    ],
)
def test_no_headline_that_answers_as_a_speaker_does_or_leans_on_what_came_before(
    sentence: str,
) -> None:
    from synth.draft.offline import _headline_sentence

    assert _headline_sentence(sentence, None, "svaghet") is None


def test_a_clause_before_its_comma_is_no_topic_taken_up() -> None:
    from synth.draft.offline import _headline_sentence

    # nor is a subordinate clause put first, after which the main clause opens on its verb
    assert _headline_sentence("När något går sönder, vet ingen vem som ska beställa.") == (
        "När något går sönder, vet ingen vem som ska beställa"
    )

    # the first part is a clause of its own: the headline is what it says
    assert _headline_sentence("Det finns en strategi, men den är inte prioriterad.") == (
        "Det finns en strategi, men den är inte prioriterad"
    )


def test_a_line_under_a_quoted_expression_is_the_sentence_that_says_it() -> None:
    """Under 'Det finns fortfarande ett "vi och dom"' the IT-chef's turn gave its first
    sentence, about a strain with one sector after a system change (review 40: it names
    the one IT-chef), not the sentence that says the finding."""
    from synth.draft.offline import offline_bullets

    headline = 'Det finns fortfarande ett "vi och dom"'
    said = [
        _turn(
            "INT-06.024",
            "Med Vård och omsorg har det varit lite mer spänt efter Lifecare. Och det finns "
            "ett vi och dom, det märks.",
        ),
        _turn(
            "INT-09.014", 'Det finns ett "vi och dom", det märker man. Stadshuset och verksamheten.'
        ),
    ]
    lenses = {st.id: LensRecord("aktörer", 0.9, "svaghet", 0.9) for st in said}
    lines = [b.text for b in offline_bullets(said, lenses, "svaghet", headline=headline)]
    assert lines == ['I två intervjuer beskrivs att det finns ett "vi och dom".']


def test_no_finding_about_a_function_the_survey_rates_is_a_development(
    demo: EngagementConfig,
) -> None:
    """The demo's survey asks about nine support functions; a finding headed by one of them
    ("Upphandling är krånglig …") is about the structures or the actors, whatever most of
    its statements' lenses say."""
    from synth.text.functions import function_labels, headline_function

    run = draft_engagement(demo, embedder=HashingEmbedder())
    with Store.open(demo.store_url) as store:
        questions = list(dict.fromkeys(r.question for r in store.responses()))
    functions = list(function_labels(questions).values())
    assert "Upphandling" in functions
    about = [d for d in run.drafts.themes if headline_function(d.headline, functions)]
    assert about
    assert [d.headline for d in about if d.perspective == "utvecklingssituation"] == []


def _quoting(
    said: list[Statement], polarity: str, headline: str, theme_id: str, **draft: object
) -> tuple[ThemeDraft, dict[str, Statement], dict[str, LensRecord], RoleGroups]:
    """A finding headed `headline` resting on `said` (survey answers, beside five others
    that say nothing of it), every statement read with `polarity`: the draft, the
    statements, lenses and role counts `with_quotes` reads."""
    from synth.draft.offline import OFFLINE
    from synth.records import Origin, SourceType

    others = [
        Statement(
            f"ENK-{10 + k:04}.001", f"ENK-{10 + k:04}", SourceType.ENKAT, 1, text, role="Rektor"
        )
        for k, text in enumerate(["Det fungerar bra med stödet från kommunen."] * 5)
    ]
    statements = {s.id: s for s in (*said, *others)}
    lenses = {s.id: LensRecord("aktörer", 0.9, polarity, 0.8) for s in statements.values()}
    finding = ThemeDraft(
        theme_id=theme_id,
        headline=headline,
        bullets=(),
        breadth_text="",
        quote_ids=(),
        perspective="aktörer",
        polarity=polarity,
        origin=Origin(OFFLINE),
        support_ids=tuple(s.id for s in said),
    )
    return replace(finding, **draft), statements, lenses, RoleGroups.count(statements, threshold=5)


def test_a_finding_quotes_what_it_rests_on() -> None:
    """ "HR-konsulten svarar samma dag …" rested on twelve sources, some beyond its theme, and had
    no quote: its theme's quotes were chosen over the whole theme, none of them in its
    support (review 51). A finding now quotes its own support, of its polarity, what may be
    shown and the consultant did not strike."""
    from dataclasses import replace

    from synth.draft.offline import with_quotes
    from synth.records import SourceType, Statement
    from synth.store.themes import LensRecord

    def answer(n: int, text: str, role: str = "Rektor") -> Statement:
        return Statement(
            f"ENK-{n:04}.001", f"ENK-{n:04}", SourceType.ENKAT, 1, text, role=role, sector="BoU"
        )

    headline = answer(1, "HR-konsulten svarar samma dag och kan arbetsrätten.")
    concrete = answer(
        2, "HR-konsulterna kommer ut till enheten och har koll på både scheman och avtal."
    )
    praise = answer(3, "Jag vet vem jag ska ringa på HR och får nästan alltid svar samma dag.")
    critical = answer(4, "HR-konsulten har alldeles för många chefer och hinner inte med oss alls.")
    rare = answer(
        5, "Som ekonomichef får jag alltid svar från HR samma dag när jag ringer.", "Ekonomichef"
    )
    said = [headline, concrete, praise, critical, rare]
    draft, statements, lenses, roles = _quoting(
        said, "styrka", "HR-konsulten svarar samma dag och kan arbetsrätten", "T26"
    )
    lenses[critical.id] = LensRecord("aktörer", 0.9, "svaghet", 0.8)

    (quoted,) = with_quotes([draft], statements, lenses, {"T26": ("hr",)}, roles=roles)
    assert concrete.id in quoted.quote_ids and praise.id in quoted.quote_ids
    # not against the finding, nor the one holder of a role
    assert critical.id not in quoted.quote_ids and rare.id not in quoted.quote_ids
    (struck,) = with_quotes(
        [draft], statements, lenses, {"T26": ("hr",)}, roles=roles, rejected={concrete.id}
    )
    assert concrete.id not in struck.quote_ids and praise.id in struck.quote_ids
    # a theme's quote chosen before a rule it breaks was known is not kept
    spans = answer(6, "Vår HR-konsult delar sin tid mellan tolv chefer i hemtjänsten.")
    statements[spans.id] = spans
    lenses[spans.id] = LensRecord("aktörer", 0.9, "styrka", 0.8)
    older = replace(draft, quote_ids=(spans.id,))
    (checked,) = with_quotes([older], statements, lenses, {"T26": ("hr",)}, roles=roles)
    assert spans.id not in checked.quote_ids and checked.quote_ids


def test_praise_from_the_central_administration_is_not_quoted_beside_its_users() -> None:
    """Blind review 117: "controllern finns alltid på plats", a Kommunledningskontoret
    chef's, was quoted under "Controllerna gör ett bra jobb": the central administration
    runs most of the support, and its praise is of its own work. Where those it serves
    praise it, theirs are quoted; where no one else does, the central chefs' stands."""
    from synth.draft.offline import with_quotes
    from synth.records import SourceType, Statement

    def answer(n: int, text: str, sector: str) -> Statement:
        return Statement(
            f"ENK-{n:04}.001",
            f"ENK-{n:04}",
            SourceType.ENKAT,
            1,
            text,
            role="Enhetschef",
            sector=sector,
        )

    central = [
        answer(101, "Vi har god insyn i budgetarbetet och controllern finns alltid på plats.", klk)
        for klk in ["Kommunledningskontoret"]
    ] + [
        answer(102, "Controllern svarar snabbt när vi har frågor om budgeten.", klk)
        for klk in ["Kommunledningskontoret"]
    ]
    served = [
        answer(103, "Controllern kommer ut till oss och går igenom utfallet med mig.", "VO"),
        answer(104, "Controllern har hjälpt oss räkna på bemanningen inför nämnden.", "VO"),
    ]
    # enough chefs in each sector that a quote points at no one
    others = [
        answer(110 + k, "Jag har inget särskilt att säga om stödet.", sector)
        for k, sector in enumerate(["Kommunledningskontoret", "VO"] * 5)
    ]
    draft, statements, lenses, roles = _quoting(
        [*central, *served], "styrka", "Controllerna gör ett bra jobb", "T04"
    )
    statements |= {st.id: st for st in others}
    roles = RoleGroups.count(statements, threshold=5)
    (quoted,) = with_quotes([draft], statements, lenses, {"T04": ("controller",)}, roles=roles)
    assert quoted.quote_ids
    assert all(statements[q].sector == "VO" for q in quoted.quote_ids)
    alone, statements, lenses, _ = _quoting(
        central, "styrka", "Controllerna gör ett bra jobb", "T04"
    )
    statements |= {st.id: st for st in others}
    (own,) = with_quotes([alone], statements, lenses, {"T04": ("controller",)}, roles=roles)
    assert own.quote_ids


def test_what_the_operations_keep_of_their_own_is_quoted_in_their_words() -> None:
    """Blind review 161: the sectors' own resources were quoted in a Kommunledningskontoret
    chef's words, "through the centre's eyes"; where those out there say it, theirs are
    quoted."""
    from synth.draft.offline import with_quotes
    from synth.records import SourceType, Statement

    def answer(n: int, text: str, sector: str) -> Statement:
        return Statement(
            f"ENK-{n:04}.001", f"ENK-{n:04}", SourceType.ENKAT, 1, text, "Enhetschef", sector
        )

    central = answer(101, "Dubbelarbete mellan sektorns stöd och det centrala stödet.", "KLK")
    out = answer(102, "Sektorn har anställt egna administratörer för att det inte fungerar.", "VO")
    others = [
        answer(110 + k, "Jag har inget särskilt att säga om stödet.", sector)
        for k, sector in enumerate(["KLK", "VO"] * 5)
    ]
    headline = "Sektorerna har byggt upp egna resurser vid sidan av"
    for said, expected in (([central, out], ["ENK-0102.001"]), ([central], ["ENK-0101.001"])):
        draft, statements, lenses, _ = _quoting(said, "svaghet", headline, "T42")
        statements |= {st.id: st for st in others}
        roles = RoleGroups.count(statements, threshold=5)
        (quoted,) = with_quotes([draft], statements, lenses, {"T42": ("sektor",)}, roles=roles)
        # where no one out there says it, the centre's words stand
        assert list(quoted.quote_ids) == expected


def test_a_weakness_headline_says_what_it_calls_for_where_its_form_says_it() -> None:
    assert remedy("Det är oklart vem som äger vad") == "Tydliggör vem som äger vad."
    assert remedy("Oklart vart man vänder sig") == "Tydliggör vart man vänder sig."
    assert remedy("Ansvarsfördelningen är otydlig") == "Tydliggör ansvarsfördelningen."
    assert remedy("Sektorerna har byggt upp egna resurser vid sidan av") == (
        "Ta fram principer för vilket stöd som ska finnas centralt och vilket som ska finnas "
        "i sektorerna."
    )
    assert remedy(
        "Verksamheterna har egna controllers",
    ).endswith("i verksamheterna.")
    # what is hard to do is made easier, up to a second claim (blind review 105: the
    # reports' slide was answered by no recommendation)
    assert remedy("Rapporterna är svåra att läsa") == "Gör det lättare att läsa rapporterna."
    assert remedy("Avtalskatalogen är svår att hitta i och avtalen är ofta utgångna") == (
        "Gör det lättare att hitta i avtalskatalogen."
    )
    assert remedy("IT-supporten är svår att nå, man får vänta") == (
        "Gör det lättare att nå IT-supporten."
    )
    assert remedy("Det är svårt att rekrytera behöriga lärare") is None
    assert remedy("Min chef är svår att nå") is None
    # what takes too long, the whole claim, has its lead times shortened
    assert remedy("IT-ärenden tar för lång tid") == "Korta ledtiderna för IT-ärenden."
    assert remedy("Bygglovsärendena tar alldeles för lång tid") == (
        "Korta ledtiderna för bygglovsärendena."
    )
    assert remedy("Det tar för lång tid") is None
    # and so has what is said to take weeks or months
    assert remedy("IT-ärenden tar veckor") == "Korta ledtiderna för IT-ärenden."
    assert remedy("Bygglovet tar månader") == "Korta ledtiderna för bygglovet."
    # what is unclear is not said, or the headline says something else
    assert remedy("Det är oklart") is None
    assert remedy("Allt är otydligt") is None
    assert remedy("Min roll är otydlig") is None
    assert remedy("Upphandling är krånglig och tar alldeles för lång tid") is None
    assert remedy("Sektorerna har inga egna resurser") is None


def test_a_theme_keeps_every_later_finding_heard_as_widely_as_the_last_it_keeps() -> None:
    """Blind review 81: the beredningsprocess, heard from four sources, was cut from a
    theme whose third finding was also heard from four: which of equally wide findings
    stood was the order they were drafted in."""
    from synth.draft.offline import _widest
    from synth.records import Origin, ThemeDraft

    def heard(fid: str, sources: int) -> ThemeDraft:
        ids = tuple(f"S{fid}{k}.001" for k in range(sources))
        return ThemeDraft(
            "T22", fid, (), "", (), "strukturer", "svaghet", Origin("offline"), support_ids=ids
        )

    findings = [heard("a", 8), heard("b", 4), heard("c", 4), heard("d", 3), heard("e", 4)]
    statements = {
        sid: Statement(sid, sid.split(".")[0], SourceType.INTERVJU, 1, "text")
        for f in findings
        for sid in f.support_ids
    }
    kept = _widest(findings, 3, statements, "T22")
    assert [f.headline for f in kept] == ["a", "b", "c", "e"]
    assert [f.theme_id for f in kept] == ["T22", "T22.2", "T22.3", "T22.4"]
    # one heard more narrowly than the last kept is left out as before
    assert [f.headline for f in _widest(findings[:4], 3, statements, "T22")] == ["a", "b", "c"]


def test_a_finding_under_the_development_situation_is_filed_where_its_headline_reads() -> None:
    """Blind reviews 75-81: "Ärendena bollas mellan supporten och leverantören i veckor",
    "Chromebooks som går sönder …" and "Rapporterna är för tekniska" stood under
    utvecklingssituationen, as most of their statements, read whole, were; wishes for
    administrators stood among the actors (review 84). Their own headline, read by the
    perspective lens, files them; never into the development situation, nor out of the
    structures, and not a headline that only names what its statements are about."""
    from synth.draft.offline import refiled
    from synth.records import Origin, ThemeDraft

    def draft(fid: str, headline: str, perspective: str) -> ThemeDraft:
        return ThemeDraft(fid, headline, (), "", (), perspective, "svaghet", Origin("offline"))

    drafts = [
        draft("T1", "Chromebooks som går sönder blir liggande i veckor", "utvecklingssituation"),
        draft("T2", "Hemtjänsttimmarna ökar varje månad", "utvecklingssituation"),
        draft("T3", "Ledningen har blivit bättre", "strukturer"),
        draft("T4", "Uttalandena rör nya", "utvecklingssituation"),
        draft("T5", "Allt hamnar hos chefen", "utvecklingssituation"),
        draft("T6", "Det finns önskemål om en skoladministratör", "aktörer"),
        draft("T7", "Det finns fortfarande ett vi och dom", "aktörer"),
    ]
    reads = {
        "Chromebooks som går sönder blir liggande i veckor": ("strukturer", 0.42),
        "Hemtjänsttimmarna ökar varje månad": ("utvecklingssituation", 0.68),
        "Allt hamnar hos chefen": ("aktörer", 0.5),
        "Det finns önskemål om en skoladministratör": ("strukturer", 0.59),
        "Det finns fortfarande ett vi och dom": ("utvecklingssituation", 0.39),
    }
    asked: list[str] = []

    def lens(texts: Sequence[str]) -> list[tuple[str, float]]:
        asked.extend(texts)
        return [reads[t] for t in texts]

    filed = refiled(drafts, lens)
    assert [d.perspective for d in filed] == [
        "strukturer",
        "utvecklingssituation",
        "strukturer",
        "utvecklingssituation",
        "aktörer",
        # among the actors, a wish for an administrator the headline files as resources;
        # never into the development situation
        "strukturer",
        "aktörer",
    ]
    # the structures' findings are not read, nor one named by topic alone
    assert asked == [d.headline for d in drafts if d.theme_id in {"T1", "T2", "T5", "T6", "T7"}]
    assert refiled(drafts, None) == tuple(drafts)


def test_under_a_roles_generic_man_lines_that_say_its_claim_stand_alone() -> None:
    """ "Man blir ensam som chef" stood over a controller explaining the budget to each new
    chef and a chef turned administrator, beside the two focus groups' loneliness (blind
    review 93: "mixes three problems"): where two lines say the headline's claim, the
    lines that only name the chefs are left out."""
    from synth.draft.offline import offline_bullets
    from synth.records import SourceType

    def said(sid: str, text: str, kind: SourceType = SourceType.FOKUSGRUPP) -> Statement:
        return Statement(sid, sid.split(".")[0], kind, 1, text)

    lonely = [
        said("FOK-01.023", "Storleken på grupperna. Man sitter ensam med allt i hemtjänsten."),
        said("FOK-02.021", "Jag har fyrtioåtta. Man känner sig ensam som rektor på skolan."),
    ]
    chefs = [
        said(
            "GRP-01.039",
            "Varje gång en ny chef kommer så börjar man om och förklarar budgeten.",
            SourceType.GRUPPINTERVJU,
        ),
        said(
            "ENK-0140.003",
            "Chefen har blivit sin egen administratör med fakturor och attester.",
            SourceType.ENKAT,
        ),
    ]
    members = [*chefs, *lonely]
    lenses = {st.id: LensRecord("aktörer", 0.9, "svaghet", 0.9) for st in members}
    lines = offline_bullets(members, lenses, "svaghet", headline="Man blir ensam som chef")
    assert {b.statement_ids[0] for b in lines} == {"FOK-01.023", "FOK-02.021"}, lines
    # with one line that says it, the others still stand beside it
    lines = offline_bullets(
        [*chefs, lonely[0]], lenses, "svaghet", headline="Man blir ensam som chef"
    )
    assert len(lines) == 3
    # and a headline that names its subject keeps what names it
    lines = offline_bullets(members, lenses, "svaghet", headline="Cheferna blir ensamma")
    assert len(lines) == 4


def test_a_wish_told_of_the_speaker_and_one_wish_of_a_list_make_lines() -> None:
    """The slide "Det finns önskemål om en tjänstekatalog", heard in six interviews, had
    one line: "vad jag kan förvänta mig" made the survey answer the speaker's own, and
    the interviews' lists of wishes were cut to their first clause, which named no
    catalogue."""
    from synth.draft.offline import offline_bullets
    from synth.records import SourceType

    answer = Statement(
        "ENK-0060.002",
        "ENK-0060",
        SourceType.ENKAT,
        2,
        "En tjänstekatalog som beskriver vad stödet gör och vad jag kan förvänta mig.",
    )
    listed = Statement(
        "INT-01.034",
        "INT-01",
        SourceType.INTERVJU,
        34,
        "Vi skulle kunna ha någon form av gemensam servicefunktion, och en tjänstekatalog "
        "där det står vad stödet gör och inte gör, och hur snabbt man kan räkna med svar.",
    )
    members = [answer, listed]
    lenses = {st.id: LensRecord("strukturer", 0.9, "förslag", 0.9) for st in members}
    lines = offline_bullets(
        members, lenses, "förslag", headline="Det finns önskemål om en tjänstekatalog"
    )
    assert [b.text for b in lines] == [
        "I ett enkätsvar efterfrågas en tjänstekatalog som beskriver vad stödet gör och vad "
        "man kan förvänta sig.",
        "I en intervju efterfrågas en tjänstekatalog där det står vad stödet gör och inte gör.",
    ]
    # what is not a wish is not read as a list of them
    weak = {st.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for st in members}
    assert not offline_bullets([listed], weak, "svaghet", headline="Tjänstekatalogen saknas")


def test_under_a_roles_generic_man_the_quotes_say_its_claim_where_two_can() -> None:
    """ "Man blir ensam som chef" was quoted with "Chefen har blivit sin egen
    administratör …" beside lines about loneliness (blind review 93)."""
    from dataclasses import replace

    from synth.draft.offline import with_quotes
    from synth.records import SourceType, Statement

    def answer(n: int, text: str) -> Statement:
        return Statement(f"ENK-{n:04}.001", f"ENK-{n:04}", SourceType.ENKAT, 1, text, role="Rektor")

    lonely = [
        answer(1, "Som rektor sitter man ensam med allt som ska göras på skolan."),
        answer(2, "Man känner sig ensam i rollen när ingen finns att bolla med."),
    ]
    admin = answer(3, "Chefen har blivit sin egen administratör med fakturor och attester.")
    draft, statements, lenses, roles = _quoting(
        [admin, *lonely], "svaghet", "Man blir ensam som chef", "T07", quote_ids=(admin.id,)
    )

    (quoted,) = with_quotes([draft], statements, lenses, {"T07": ("chef",)}, roles=roles)
    assert set(quoted.quote_ids) == {s.id for s in lonely}
    # with one that says it, the others may still be quoted
    (one,) = with_quotes(
        [replace(draft, support_ids=(admin.id, lonely[0].id))],
        statements,
        lenses,
        {"T07": ("chef",)},
        roles=roles,
    )
    assert admin.id in one.quote_ids


def test_a_narrower_finding_of_a_theme_is_a_reason_for_one_that_only_judges_its_subject() -> None:
    """ "Det är svårt att rekrytera behöriga lärare" rests on two of the interviews that
    "Kompetensförsörjningen är en utmaning" rests on: one reason for it, not a finding
    beside it in the appendix. What it brings is what says its claim ("Lärarna blir
    IT-support" was only near it in meaning), of the teachers or of anyone ("Vi tappar
    sjuksköterskor … och har svårt att rekrytera nya"). A headline that says more of its subject
    than how good or bad it is takes in no reason so."""
    from synth.draft.offline import OFFLINE, _reason_of, _saying_its_claim
    from synth.records import Origin

    def said(sid: str, text: str) -> Statement:
        return Statement(sid, sid.split(".")[0], SourceType.INTERVJU, 1, text)

    statements = {
        s.id: s
        for s in (
            said("INT-03.022", "Undersköterskor, sjuksköterskor och socialsekreterare."),
            said("INT-02.018", "Det är svårt att rekrytera behöriga lärare i matte."),
            said("INT-01.029", "Lärare är svårt att rekrytera, och socialsekreterare."),
            said("ENK-0008.003", "Lärarna blir IT-support."),
            said("ENK-0001.002", "Det är svårt att rekrytera behöriga lärare."),
            said("ENK-0018.002", "Vi tappar sjuksköterskor och har svårt att rekrytera nya."),
            said("ENK-0019.002", "Det är svårt att få tid hos HR."),
        )
    }
    lenses = {sid: LensRecord("utvecklingssituation", 0.9, "svaghet", 0.9) for sid in statements}

    def draft(headline: str, *ids: str) -> ThemeDraft:
        return ThemeDraft("T02", headline, (), "", (), None, "svaghet", Origin(OFFLINE), ids)

    broad = draft("Kompetensförsörjningen är en utmaning", "INT-03.022", "INT-02.018", "INT-01.029")
    recruit = draft(
        "Det är svårt att rekrytera behöriga lärare",
        "ENK-0001.002",
        "INT-02.018",
        "INT-01.029",
        "ENK-0008.003",
    )
    assert _reason_of(recruit, broad, statements)
    # and what says most of its claim of anyone: hard to recruit nurses too, not hard to
    # get time with HR
    assert _saying_its_claim(recruit, statements, lenses).support_ids == (
        "ENK-0001.002",
        "INT-02.018",
        "INT-01.029",
        "ENK-0018.002",
    )
    # less than half its sources among the broad one's: a finding of its own
    narrow = draft(
        "Det är svårt att rekrytera behöriga lärare", "ENK-0001.002", "ENK-0008.003", "INT-02.018"
    )
    assert not _reason_of(narrow, broad, statements)
    # and a headline that says more than how good or bad its subject is
    more = draft("Kompetensförsörjningen saknar en plan", "INT-03.022", "INT-02.018", "INT-01.029")
    assert not _reason_of(recruit, more, statements)


def test_answers_word_for_word_alike_are_told_after_what_others_say_in_their_own_words() -> None:
    """Blind review 115: the HR and IT slides opened on "I två enkätsvar med samma
    ordalydelse …", one text in two respondents' answers, which a consultant checks
    before resting a finding on it. Such a line stands after the lines of words of their
    own."""
    from synth.draft.offline import offline_bullets

    copies = [
        _heard("ENK-0029.002", "IT-ärenden tar veckor och ingen återkopplar till chefen."),
        _heard("ENK-0134.002", "IT-ärenden tar veckor och ingen återkopplar till chefen."),
    ]
    own = [
        _heard(
            "INT-03.014",
            "Ett ärende läggs i TopDesk och sen bollas det mellan IT och leverantören.",
        ),
        _heard("ENK-0051.002", "Ärendena bollas mellan supporten och leverantören i flera veckor."),
    ]
    members = [*copies, *own]
    lenses = {st.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for st in members}
    lines = offline_bullets(members, lenses, "svaghet", headline="IT-ärenden tar för lång tid")
    assert len(lines) == 3
    assert "med samma ordalydelse" in lines[-1].text
    assert set(lines[-1].statement_ids) == {st.id for st in copies}
    assert all("samma ordalydelse" not in line.text for line in lines[:-1])


def test_one_source_telling_only_the_headlines_wait_gives_no_line() -> None:
    """Blind review 123 found "I ett enkätsvar beskrivs att IT-ärenden tar för lång tid"
    under "IT-ärenden tar veckor" an empty bullet: it tells the headline's wait in other
    words and nothing more. What tells how the wait comes about stays."""
    from synth.draft.offline import offline_bullets

    members = [
        _heard("ENK-0032.002", "IT-ärenden tar för lång tid."),
        _heard("ENK-0051.002", "Ärendena bollas mellan supporten och leverantören i flera veckor."),
        _heard("INT-02.012", "Ett ärende läggs i TopDesk, och sen bollas det i veckor."),
    ]
    lenses = {st.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for st in members}
    lines = offline_bullets(members, lenses, "svaghet", headline="IT-ärenden tar veckor")
    cited = {sid for line in lines for sid in line.statement_ids}
    assert "ENK-0032.002" not in cited
    assert {"ENK-0051.002", "INT-02.012"} <= cited
    assert all("för lång tid" not in line.text for line in lines)
    # nor do two answers that give it word for word alike: one voice, copied ("I två
    # enkätsvar med samma ordalydelse beskrivs att IT-ärenden tar veckor" took the place
    # of the IT chef's "ärendet ligger i TopDesk och väntar på ett beslut som ingen fattar")
    copies = [
        _heard("ENK-0029.003", "IT-ärenden tar veckor."),
        _heard("ENK-0134.001", "IT-ärenden tar veckor."),
    ]
    lenses |= {st.id: LensRecord("strukturer", 0.9, "svaghet", 0.9) for st in copies}
    lines = offline_bullets(
        members[1:] + copies, lenses, "svaghet", headline="IT-ärenden tar veckor"
    )
    cited = {sid for line in lines for sid in line.statement_ids}
    assert not cited & {st.id for st in copies}
    assert {"ENK-0051.002", "INT-02.012"} <= cited
