"""Checking a drafting run's claims against what they cite (`synth.draft.engine.ground`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from synth.draft.engine import DraftInput, ground
from synth.draft.offline import OFFLINE
from synth.records import Bullet, Drafts, Origin, SourceType, Statement, Theme, ThemeDraft

WAY_IN = "Det finns önskemål om en väg in"
LINE = "I två intervjuer efterfrågas en väg in."


def _turn(sid: str, text: str) -> Statement:
    return Statement(sid, sid.split(".")[0], SourceType.INTERVJU, 1, text)


def _checked(
    line: str,
    said: list[Statement],
    vectors: dict[str, np.ndarray],
    embed: Callable[[Sequence[str]], np.ndarray],
    backend: str,
    *,
    headline: str,
    polarity: str,
) -> Bullet:
    """`line`, citing all of `said` (one finding's statements, with `vectors`), as
    `ground` leaves it when drafted by `backend`; `embed` gives the line's vector and its
    statements' sentences'."""
    ids = tuple(st.id for st in said)
    theme = Theme(
        id="T01",
        label=headline,
        auto_label=headline,
        perspective="strukturer",
        polarity={polarity: len(said)},
        keywords=(),
        quotes=(),
        breadth={},
        size=len(said),
        statement_ids=ids,
    )
    inp = DraftInput(
        themes=[theme], statements={st.id: st for st in said}, lenses={}, vectors=vectors
    )
    draft = ThemeDraft(
        theme_id="T01",
        headline=headline,
        bullets=(Bullet(line, ids),),
        breadth_text="",
        quote_ids=(),
        perspective="strukturer",
        polarity=polarity,
        origin=Origin(backend),
    )
    drafts = ground(Drafts(themes=(draft,), assessment=None, recommendations=()), inp, embed)
    (bullet,) = drafts.themes[0].bullets
    return bullet


def _grounded(backend: str) -> Bullet:
    """The line of two interviews, its claim near the first turn and far from the second,
    as drafted by `backend`."""
    said = [
        _turn("INT-01.033", "En väg in, helt enkelt."),
        _turn("INT-05.022", "Jag har pratat med IT-chefen om en gemensam servicefunktion."),
    ]
    axes = np.eye(3, dtype=np.float32)
    return _checked(
        LINE,
        said,
        {"INT-01.033": axes[0], "INT-05.022": axes[1]},
        # the line and the way in on one axis, the servicefunktion on another
        lambda texts: np.stack([axes[1] if "servicefunktion" in t else axes[0] for t in texts]),
        backend,
        headline=WAY_IN,
        polarity="förslag",
    )


def test_an_offline_line_is_told_of_the_sources_its_claim_is_near() -> None:
    """ "I två intervjuer efterfrågas en väg in, helt enkelt" was left off the slide: one of
    its two turns asks for a way in and goes on about a servicefunktion, and the check found
    the claim far from it (0.47). The offline draft counted the sources itself, so it counts
    them again: the line stands for the one it is near."""
    bullet = _grounded(OFFLINE)
    assert bullet.supported
    assert bullet.text == "I en intervju efterfrågas en väg in."
    assert bullet.statement_ids == ("INT-01.033",)


def test_an_offline_line_keeps_a_source_one_of_whose_sentences_says_it() -> None:
    """Blind review 118: "I en intervju beskrivs att controllern är bra" was left of a line
    of two interviews and a survey answer, one of whose turns opens "Controllern är bra."
    and goes on about a prognosis model: as a whole far from the line, it was left out,
    and the line said only the headline from one source. A source one of whose sentences
    is near the line is near it; one that says nothing like it is still left out."""
    said = [
        _turn("INT-03.024", "Controllern är bra. Budgetuppföljningen fungerar."),
        _turn(
            "INT-08.013",
            "Controllern är bra. Hon har hjälpt oss att bygga en prognosmodell för placeringarna.",
        ),
        _turn("ENK-0077.001", "HR-konsulten, lönekontoret och ekonomin."),
    ]
    axes = np.eye(3, dtype=np.float32)
    bullet = _checked(
        "I tre intervjuer beskrivs att controllern är bra.",
        said,
        {"INT-03.024": axes[0], "INT-08.013": axes[1], "ENK-0077.001": axes[2]},
        # the line and the sentence saying it on one axis, the prognosis model on another,
        # the list of functions on a third
        lambda texts: np.stack(
            [
                axes[1] if "prognosmodell" in t else axes[2] if "lönekontoret" in t else axes[0]
                for t in texts
            ]
        ),
        OFFLINE,
        headline="Controllerna gör ett bra jobb",
        polarity="styrka",
    )
    assert bullet.supported
    assert bullet.statement_ids == ("INT-03.024", "INT-08.013")
    assert bullet.text == "I två intervjuer beskrivs att controllern är bra."


def test_a_models_line_far_from_a_source_it_cites_stays_as_written_and_marked() -> None:
    bullet = _grounded("openai")
    assert not bullet.supported
    assert bullet.text == LINE
    assert "låg likhet med INT-05.022" in bullet.reason


def _sentence_grounded(backend: str, line: str) -> Bullet:
    """A line citing one turn of three sentences, checked by `backend`'s rules: the turn
    as a whole is far from the line, its sentence about the tickets near it."""
    turn = _turn(
        "INT-03.008",
        "IT tycker att det är vårt system, men vi har inte kompetensen. Så ärendena hamnar "
        "mellan stolarna. Vi hade ett integrationsfel som tog sju veckor att lösa.",
    )
    axes = np.eye(3, dtype=np.float32)
    return _checked(
        line,
        [turn],
        {turn.id: axes[1]},
        # the sentence about the tickets and a line saying it on one axis, the turn and its
        # other sentences on another, a line about pay on a third
        lambda texts: np.stack(
            [
                axes[0] if "stolarna" in t else axes[2] if "lönerna" in t.casefold() else axes[1]
                for t in texts
            ]
        ),
        backend,
        headline="Ärendena bollas mellan supporten och leverantören i veckor",
        polarity="svaghet",
    )


def test_an_offline_line_near_one_sentence_of_its_statement_is_grounded() -> None:
    """ "I en intervju beskrivs att ärendena hamnar mellan stolarna" scored 0.39 against the
    whole turn it is a sentence of, and the IT finding's slide had no line from an
    interview (blind review 96)."""
    line = "I en intervju beskrivs att ärendena hamnar mellan stolarna."
    bullet = _sentence_grounded(OFFLINE, line)
    assert bullet.supported and not bullet.reason
    # what a model wrote is checked as it was, and a line no sentence says stays marked
    assert not _sentence_grounded("openai", line).supported
    far = _sentence_grounded(OFFLINE, "I en intervju beskrivs att lönerna är för låga.")
    assert not far.supported and "låg likhet" in far.reason
