"""The speaker notes: what each slide rests on (statements, sources, themes), and what was
left off the slide and why."""

from __future__ import annotations

from collections.abc import Sequence

from synth.deck.content import Bullet, Observation, Recommendation
from synth.deck.slides import Deck
from synth.text.functions import headline_function
from synth.text.grammar import lower_first

__all__ = [
    "bullet_note",
    "observation_notes",
    "recommendation_note",
    "support_note",
    "themes_note",
    "unsupported_note",
]


def support_note(statement_ids: Sequence[str], source_ids: Sequence[str]) -> str:
    if not statement_ids:
        return "SAKNAR STÖD I UTTALANDENA"
    return f"uttalanden {', '.join(statement_ids)}; källor {', '.join(source_ids) or '–'}"


def bullet_note(bullet: Bullet) -> str:
    line = f"– {bullet.text} [{support_note(bullet.statement_ids, bullet.source_ids)}]"
    if bullet.shown:
        return line
    why = bullet.reason or "hänvisar inte till något uttalande"
    return f"{line}\n   OSÄKER ({why}): visas inte på bilden; rätta eller stryk i temaarbetsboken"


_KINDS = ("svagheter", "styrkor")


def observation_notes(observation: Observation) -> str:
    lines = [
        f"Tema {observation.theme_id} · {len(observation.statement_ids)} uttalanden "
        f"från {len(observation.source_ids)} källor",
    ]
    if observation.origin:
        lines.append(f"Rubrik och punkter: {observation.origin}")
    lines.append("Punkter och vad de vilar på:")
    lines += [bullet_note(b) for b in observation.bullets]
    lines += [
        # the administration runs the function, not each of its chefs (blind review 149)
        f"{bullet_note(b)}\n   visas inte på bilden: enkätsvar från en chef i den förvaltning "
        "som leder funktionen, vars chefers betyg inte heller ingår i chefsenkätens siffror"
        for b in observation.unrated
    ]
    # a year another source gives otherwise, to check before the client sees it
    shown = {b.text for b in observation.bullets}
    lines += [
        f"- Stäm av årtalet i ”{text}”: {'; '.join(found)}."
        + ("" if text in shown else " Årtalet är utelämnat på bilden.")
        for text, found in observation.dated
    ]
    # why the figure stands here: the headline names the function, or else its lines do
    # (`synth.deck.content._function`)
    why = "iakttagelsen gäller funktionen"
    if observation.rating is not None:
        named = headline_function(observation.headline, [observation.rating.function])
        why = "rubriken nämner funktionen" if named else "punkterna nämner funktionen"
    if observation.survey:
        rating = observation.rating
        whose = (
            f"utom {rating.outside}" if rating is not None and rating.outside else "alla svarande"
        )
        lines.append(f"- {observation.survey} [chefsenkäten, {whose}: {why}]")
    if observation.inventory:
        lines.append(
            f"- {observation.inventory} [inventeringen av stödresurser, summor över de "
            f"svarande: {why}]"
        )
    if observation.placement:
        lines.append(
            f"- {observation.placement} [inventeringen av stödresurser, summor över de "
            "svarande: rubriken säger att verksamheterna har eget stöd]"
        )
    if observation.staff:
        lines.append(
            f"- {observation.staff} [chefsenkäten, antal medarbetare per chef: rubriken "
            "säger hur många medarbetare cheferna har]"
        )
    related = observation.related
    if related is not None:
        told = "; ".join(text for _, text, _ in related.findings)
        ids = ", ".join(theme_id for theme_id, _, _ in related.findings)
        lines.append(
            f"- Om {related.about}: {told} [iakttagelserna {ids}: "
            f"{_KINDS[observation.polarity == 'styrka']} och önskemål {related.why}]"
        )
    if observation.quotes:
        lines.append("Citat:")
        lines += [
            f"– {q.statement_id} (källa {q.source_id})"
            + (f", visas som: {q.attribution}" if q.attribution else "")
            + ("; roll och sektor utelämnade, för få källor med rollen" if q.identifiable else "")
            for q in observation.quotes
        ]
    lines.append("Uttalanden: " + ", ".join(observation.statement_ids))
    # what the lines cite beyond the finding's own statements (a reply, a reservation, what
    # else is said of the function the chefs' rating heads): the audit trail names them
    # too (blind review 166 found the lokal slide's three added answers in no list)
    own = set(observation.statement_ids)
    beyond = list(
        dict.fromkeys(sid for b in observation.bullets for sid in b.statement_ids if sid not in own)
    )
    if beyond:
        lines.append("Därtill i punkterna: " + ", ".join(beyond))
    if observation.uncounted:
        lines.append(
            "Ej medräknade i bredden: "
            + ", ".join(observation.uncounted)
            + " (enkätsvar från chefer i den förvaltning som leder funktionen)"
        )
    lines.append("Källor: " + ", ".join(observation.source_ids))
    sources = set(observation.source_ids)
    others = list(
        dict.fromkeys(
            source
            for b in observation.bullets
            if set(b.statement_ids) - own
            for source in b.source_ids
            if source not in sources
        )
    )
    if others:
        lines.append("Därtill källor i punkterna: " + ", ".join(others))
    return "\n".join(lines)


def themes_note(deck: Deck, theme_ids: Sequence[str]) -> str:
    """ "T04 (bild 13), T17.2 (listad på bild 17), T09 (ej med)": the statements behind each
    theme are in the notes of its own slide; one listed on another's slide among its
    related findings is read there (blind review 141 found "(bild 17)" on the slide and
    "ej med" in the notes for the chefs' wish for admin); any other without a slide of its
    own is listed in the appendix, unless the consultants left it out."""
    if not theme_ids:
        return "SAKNAR KOPPLING TILL NÅGOT TEMA"

    def placed(t: str) -> str:
        if t in deck.theme_slides:
            return f"{t} (bild {deck.theme_slides[t]})"
        if t in deck.related_slides:
            return f"{t} (listad på bild {deck.related_slides[t]})"
        return f"{t} (ej med)"

    return ", ".join(placed(t) for t in dict.fromkeys(theme_ids))


def unsupported_note(reason: str) -> str:
    return f"   OSÄKER ({reason or 'saknar stöd'}): visas inte på bilden"


def recommendation_note(
    deck: Deck, number: int | None, rec: Recommendation, text: str | None = None
) -> list[str]:
    """A recommendation's entry in the notes: by its `number` on the slides, or a dash for
    one not shown; `text` as the slide tells it, where that adds to the drafted."""
    lines = [
        # "R1: Verka för …": after the colon the text starts afresh, for the reader and for
        # the name check ("R1 Verka" read "Verka" as a name)
        f"{f'{number}.' if number is not None else '–'} {rec.id + ': ' if rec.id else ''}"
        f"{text or rec.text}",
        f"   svarar mot teman: {themes_note(deck, rec.answers)}",
        f"   bygger på förslagen i: {support_note(rec.statement_ids, rec.source_ids)}"
        if rec.statement_ids or not rec.answers
        # what a finding's own headline calls for ("Tydliggör vem som äger vad"), drawn
        # from the findings, not from a proposal
        else "   bygger på: iakttagelserna den svarar mot, inte på något enskilt förslag",
    ]
    if rec.consequence:
        lines.append(
            f"   {lower_first(rec.consequence)} (chefsenkäten, antal medarbetare per chef)"
        )
    if not rec.supported:
        lines.append(unsupported_note(rec.reason))
    return lines
