"""The writing checks a senior consultant makes on a deck of findings, as one function the
deck tests share: what they would circle in red, slide by slide."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation

from synth.config import EngagementConfig
from synth.deck.content import PERSPECTIVES
from synth.deck.measure import shape_paras
from synth.deck.survey import STAFF_MARKS, STAFF_NOUN
from synth.draft.condense import unclear
from synth.draft.support import headline_head, headline_phrase, headline_subject
from synth.records import dominant_polarity
from synth.store import Store
from synth.store.themes import lens_records, load_themes
from synth.text.grammar import is_verb
from synth.text.swedish import names_stem, stem, tokens
from synth.text.voice import is_personal

# a finding's slide has the finding as its title and one of these above its evidence
OBSERVATION_TITLES = {title for _, title in PERSPECTIVES.values()}
# the speaker's unit ("vi", "vår") is not the report's voice either
_QUOTED = re.compile(r"[\"“”][^\"“”]*[\"“”]")
_WE = re.compile(r"\b(?:vi|oss|vår|vårt|våra)\b", re.I)
_QUOTE_MARKS = "\u201d\u201c\"'’ "


def kicker(slide: object) -> str:
    """The perspective above a finding's evidence ("Iakttagelser om strukturen"), or "" on
    a slide that is not a finding's."""
    try:
        body = slide.placeholders[1]  # type: ignore[attr-defined]
    except KeyError:
        return ""
    if not body.has_text_frame or not body.text_frame.paragraphs:
        return ""
    first = body.text_frame.paragraphs[0].text.strip()
    return first if first in OBSERVATION_TITLES else ""


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def deck_writing_problems(deck: Path, config: EngagementConfig) -> list[str]:
    """Every headline, bullet and quote on an observation slide that breaks a writing rule,
    and every quote the store gives a finding that disagrees with its polarity; empty when
    the deck is clean."""
    problems: list[str] = []
    prs = Presentation(str(deck))
    for number, slide in enumerate(prs.slides, start=1):
        if slide.shapes.title is not None and slide.shapes.title.text.startswith(
            "Rekommendationer"
        ):
            problems += _answer_problems(number, slide, prs)
        if slide.shapes.title is None or not kicker(slide):
            continue
        body = shape_paras(slide.placeholders[1])
        paragraphs = list(slide.placeholders[1].text_frame.paragraphs)
        headline = slide.shapes.title.text.removesuffix(" (forts.)").strip()
        bullets = [p.text.strip() for p, para in zip(paragraphs, body, strict=True) if para.bullet]
        # the quotes stand beside the evidence, in the right column
        quotes = [
            line.strip(_QUOTE_MARKS)
            for shape in slide.placeholders
            if shape.placeholder_format.idx not in (0, 1) and shape.has_text_frame
            for line in shape.text_frame.text.split("\n")
            if line.startswith("\u201d")
        ]
        where = f"bild {number}"
        # an expression in quotation marks is the speakers' own ("vi och dom"), not the
        # headline speaking in the first person
        unquoted = _QUOTED.sub("", headline)
        if is_personal(unquoted) or _WE.search(unquoted):
            problems.append(f"{where}: rubriken i första person: {headline!r}")
        if headline.endswith("…"):
            problems.append(f"{where}: rubriken slutar med …: {headline!r}")
        for bullet in bullets:
            if bullet.endswith("…") or len(bullet.split()) < 3:
                problems.append(f"{where}: punkten är ett fragment: {bullet!r}")
            if is_personal(bullet):
                problems.append(f"{where}: punkten i första person: {bullet!r}")
            if any(_key(bullet) in _key(q) or _key(q) in _key(bullet) for q in quotes):
                problems.append(f"{where}: punkten upprepar ett citat: {bullet!r}")
        if len(quotes) > 2:
            problems.append(f"{where}: fler än två citat")
    problems += _store_problems(config)
    return problems


_ANSWERS = "Svarar mot: "
_WHERE = re.compile(r" \((?:bild \d+|bilaga)\)$")


def _answer_problems(number: int, slide: object, prs: object) -> list[str]:
    """Recommendations that answer a finding whose subject they do not name: "Tillgång
    till jurist utan att vänta i veckor" is no answer to "Ärendena bollas … i veckor".
    A finding whose headline is the speakers' own expression and names no subject ('Det
    finns fortfarande ett "vi och dom"') is about what its slide's evidence names: the
    recommendation names something of that ("kommunledningskontoret")."""
    problems = []
    recommendation = ""
    for shape in slide.placeholders:  # type: ignore[attr-defined]
        if not shape.has_text_frame:
            continue
        for paragraph in shape.text_frame.paragraphs:
            text = paragraph.text.strip()
            if not text.startswith(_ANSWERS):
                recommendation = text
                continue
            # the references, up to what the inventory says after them ("… (bild 17).
            # Inventeringen: 4,0 åa …")
            references = text.removeprefix(_ANSWERS).split(". ", 1)[0]
            for answered in references.split("; "):
                headline = _WHERE.sub("", answered)
                subject = headline_subject(headline)
                # what a headline says is unclear ("Oklart vart man vänder sig", no subject
                # of its own) is answered by making that clear, in so many words
                what = unclear(headline)
                if what is not None and what in recommendation:
                    continue
                # or, of a wish, what it asks for before whom it is for ("admin" of "… admin
                # nära chefen")
                head = headline_head(headline)
                if head and all(names_stem(recommendation, {p}) for p in head):
                    continue
                if (
                    not subject
                    and headline_phrase(headline)
                    and _names_evidence(recommendation, answered, prs)
                ):
                    continue
                # the survey's claim of how many staff the chefs lead ("68 % av rektorerna
                # i Barn och utbildning och 47 % av enhetscheferna i Vård och omsorg leder 40
                # medarbetare eller fler") is about those chefs and their staff, each group
                # one case of it: the answer names one of them or the staff
                if headline.endswith(_STAFF_CLAIM) and any(
                    names_stem(recommendation, {p}) for p in {*subject, stem(STAFF_NOUN)}
                ):
                    continue
                if not subject or not all(names_stem(recommendation, {p}) for p in subject):
                    problems.append(
                        f"bild {number}: {recommendation!r} svarar mot {headline!r}, "
                        "vars ämne den inte nämner"
                    )
    return problems


_SLIDE = re.compile(r"\(bild (\d+)\)$")
_STAFF_CLAIM = f"leder {STAFF_MARKS[-1]} {STAFF_NOUN} eller fler"


def _names_evidence(recommendation: str, answered: str, prs: object) -> bool:
    """Whether a recommendation names a thing (no stop word, no verb) that the evidence on the
    slide it refers to (`answered`: "… (bild 20)") names."""
    found = _SLIDE.search(answered)
    if found is None:
        return False
    slide = prs.slides[int(found[1]) - 1]  # type: ignore[attr-defined]
    evidence = " ".join(
        shape.text_frame.text
        for shape in slide.placeholders
        if shape.placeholder_format.idx != 0 and shape.has_text_frame
    )
    # a thing it names, not what it says to do ("förbättra", "gör")
    return any(
        names_stem(evidence, {stem(word)}) for word in tokens(recommendation) if not is_verb(word)
    )


def _store_problems(config: EngagementConfig) -> list[str]:
    """Quotes whose statement's polarity is not their finding's."""
    problems = []
    with Store.open(config.store_url) as store:
        themes = {t.id: t for t in load_themes(store)}
        lenses = lens_records(store)
    for theme in themes.values():
        if theme.status != "active" or not theme.include or theme.id == "ÖVRIGT":
            continue
        polarity = dominant_polarity(theme.polarity)
        for sid in theme.quotes:
            if sid in lenses and lenses[sid].polarity != polarity:
                problems.append(
                    f"{theme.id}: citatet {sid} är {lenses[sid].polarity}, fyndet {polarity}"
                )
    return problems


__all__ = ["OBSERVATION_TITLES", "deck_writing_problems", "kicker"]
