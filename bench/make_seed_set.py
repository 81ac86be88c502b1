"""Build bench/data/seed_statements.csv from the three real documents in ../shared/seeds.

    python bench/make_seed_set.py [--seeds ../shared/seeds] [--out bench/data/seed_statements.csv]

Every row is a statement the consultants (or the client's own officials) wrote, copied
verbatim from a seed document, labelled only from where it stands in that document: the
heading or list it is under gives its `group` (the consultants' own grouping), its
polarity and, where the heading names a subject, its perspective. The rules are data
below (`Group`), one per heading; a sentence whose label is a judgment beyond the
heading's rule is listed in `OVERRIDES` with the reason, which goes to the `note` column.
See bench/data/README.md for the rules in prose.

How the text is read: each document's lines are joined and whitespace collapsed; a blank
line ends a paragraph or bullet unless the next line starts in lower case (a page break
inside a sentence, where a hyphen-split word is mended); the page markers of the Borlänge
PDF extraction ("Sida 12 ") are removed; bullets (•, ‒ and "- " at the start of a line)
start a new statement; otherwise a statement is a sentence
(split after . ! ? before a capital or a quote). A group is the text between two anchors
(exact strings of the cleaned document). Left out: headings, tables of contents, figure
text, lead-ins to a list (ending in ":"), questions, and sentences about the review
itself (its project group, method and next steps), as the brief for interview material
leaves admin talk out.
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
OUT = ROOT / "bench" / "data" / "seed_statements.csv"
# The tune split, as the packaged lens examples of real text (synth/data/labelled/README.md);
# the report split never goes there, so bench/quality.py reports on statements the lenses
# have not seen.
LABELLED = ROOT / "synth" / "data" / "labelled" / "rapporter.csv"
LABELLED_COLUMNS = ["id", "text", "perspective", "polarity", "source"]
COLUMNS = ["id", "text", "source", "section", "perspective", "polarity", "group", "split", "note"]
PERSPECTIVES = ("utvecklingssituation", "strukturer", "aktörer")
POLARITIES = ("styrka", "svaghet", "förslag", "neutral")
BULLET = "¶"
# headings the PDF extraction ran into the sentence after them
INLINE_HEADINGS = (
    "Uppdrag till genomförandeorganisationen",
    "Tre sektorer",
    "Decentraliserad organisation",
    "Ökat intresse för beredningar till fullmäktige",
)
# a proposing verb in a sentence of a recommendation section makes it a proposal (förslag);
# the other sentences there give reasons or describe and are neutral
PROPOSING = re.compile(
    r"\b(bör|föreslås|föreslår|ska|skall|behöver|behövs|krävs|måste|eftersträvas)\b|^Att ",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Group:
    """One heading or list of a seed document and the rule that labels what is under it."""

    source: str
    group: str
    section: str
    """Kind of section: bakgrund, swot-styrkor, swot-svagheter, swot-möjligheter,
    swot-hot, omvärld, målbild, rekommendation, beskrivning."""
    start: str
    end: str | None
    perspective: str
    polarity: str
    """A polarity, or "rekommendation": förslag where a proposing verb is used, else neutral."""
    rule: str
    skip: tuple[str, ...] = field(default=())
    """Starts of sentences left out (lead-ins, meta text, sentences about the review)."""
    items: tuple[str, ...] = field(default=())
    """For lists whose bullets the PDF extraction lost: the items, in order, verbatim."""


@dataclass(frozen=True)
class Override:
    perspective: str | None
    polarity: str | None
    note: str


G = "fog-uppdrag-gavle.txt"
H = "kansliet-hjo.txt"
B = "styrmodell-borlange.txt"
REVIEW_ITSELF = "about the review itself"

GROUPS: list[Group] = [
    # --- Gävle: the commission for a förvaltningsorganisatorisk genomlysning (FOG) ----------
    Group(
        G,
        "Gävle: Bakgrund",
        "bakgrund",
        "Det har genomförts en sk POG",
        "Följande punkter",
        "strukturer",
        "neutral",
        "background: decisions on the political organisation",
    ),
    Group(
        G,
        "Gävle: Punkter som påkallar översyn",
        "bakgrund",
        "Ny kommunallag, mer och mer",
        "Det målbild som anges",
        "utvecklingssituation",
        "svaghet",
        "the reasons given for the review: rising demands, complexity, economy",
    ),
    Group(
        G,
        "Gävle: Målbild för uppdraget",
        "målbild",
        "Höjd kvalitet med givna resurser",
        "Bakgrund och inriktning för FOG",
        "strukturer",
        "förslag",
        "target picture (målbild): a state to reach, i.e. a proposal",
    ),
    Group(
        G,
        "Gävle: Processinriktad arbetsmodell",
        "beskrivning",
        "Omvärldsstudier har genomförts",
        "Nya organisatoriska nivåer och ansvar",
        "strukturer",
        "neutral",
        "description of the process model (processes are structures)",
        skip=(
            "Huvudprocesser:",
            "Styrprocesser:",
            "Stödprocesser:",
            "Ex ",
            "Har som mål",
            "Leder och styr",
            "Utgår från",
            "Bidrar till",
            "Även lokalförsörjning",
        ),
    ),
    Group(
        G,
        "Gävle: Nya organisatoriska nivåer och ansvar",
        "beskrivning",
        "I den nya organisationen,",
        "Inriktning för arbetet med arbetsprocesserna",
        "strukturer",
        "neutral",
        "description of the organisation already decided",
    ),
    Group(
        G,
        "Gävle: Inriktning för arbetet med arbetsprocesserna",
        "rekommendation",
        "Alla huvudprocesser ska ha",
        "Uppdrag ¶ Nästa steg",
        "strukturer",
        "förslag",
        "listed direction and 'bedömda förslag': proposals",
    ),
    Group(
        G,
        "Gävle: Kännetecken på uppdraget",
        "beskrivning",
        "Uppdraget ska genomföras så att kommunens",
        "Nästa steg",
        "aktörer",
        "neutral",
        "expectations on managers and management teams (roles, trust)",
        skip=("Uppdraget ska genomföras", "Uppdraget genomförs", "Avsikten är att förändringen"),
    ),
    # --- Hjo: the kommundirektör's commission on the central secretariat ------------------
    Group(
        H,
        "Hjo: Bakgrund",
        "bakgrund",
        "I Hjo kommun har vi valt",
        "Nedan följer ett antal",
        "strukturer",
        "neutral",
        "background",
    ),
    Group(
        H,
        "Hjo: Frågeställningar från verksamhetscheferna",
        "bakgrund",
        "Den nya organisationen med",
        "### Kansliets nuvarande",
        "strukturer",
        "svaghet",
        "a risk the operations' managers raise: a weakness",
    ),
    Group(
        H,
        "Hjo: Kansliets nuvarande organisation",
        "bakgrund",
        "Verksamhetsutvecklare, 3,0",
        "## Uppdrag – utreda",
        "strukturer",
        "neutral",
        "resources in årsarbetare: facts",
    ),
    Group(
        H,
        "Hjo: Uppdrag – utreda hur kansliet kan organiseras",
        "bakgrund",
        "Vi behöver se över hur vi",
        "Följande frågor behöver utredas",
        "strukturer",
        "neutral",
        "the commission's stated premises",
    ),
    # --- Borlänge: final report of the project on a new governance model, 2009 -----------
    Group(
        B,
        "Borlänge: 1 Sammanfattning av rekommendationer och förslag",
        "rekommendation",
        "Alla kommuner behöver med jämna mellanrum",
        "2 Projektet Ny styrmodell",
        "strukturer",
        "rekommendation",
        "summary of the recommendations",
        skip=("Syftet har varit", "För att få projektet", "Därmed är förslaget"),
    ),
    Group(
        B,
        "Borlänge: 2.1 Bakgrund och uppdrag",
        "bakgrund",
        "I Borlänge kommun, liksom",
        "2.2 Mål",
        "strukturer",
        "neutral",
        "background",
        skip=(
            "Kommunstyrelsens finansutskott",
            "Styrgruppen ställde",
            "Arbetet har bedrivits",
            "Projektet har haft",
            "Projektgruppens uppdrag",
            "Projektgruppen har haft",
            "I uppdraget ingår",
        ),
    ),
    Group(
        B,
        "Borlänge: SWOT idag – starka sidor",
        "swot-styrkor",
        "Analysen visar att det finns",
        "Svaga sidor",
        "aktörer",
        "styrka",
        "SWOT 'starka sidor'",
        items=(
            "Analysen visar att det finns en utbredd uppfattning om att organisation och "
            "styrmodell behöver förändras.",
            "En bred överensstämmelse om att nuvarande organisation och styrmodell inte "
            "fungerar tillfredsställande.",
        ),
    ),
    Group(
        B,
        "Borlänge: SWOT idag – svaga sidor",
        "swot-svagheter",
        "Svaga sidor",
        "FRAMÖVER",
        "strukturer",
        "svaghet",
        "SWOT 'svaga sidor'",
        items=("Brist på helhetssyn och samordning i styrning ledarskap roller processer analys",),
    ),
    Group(
        B,
        "Borlänge: SWOT framöver – möjligheter",
        "swot-möjligheter",
        "Möjligheter",
        "Hot",
        "strukturer",
        "förslag",
        "SWOT 'möjligheter' (framöver): states to reach, i.e. proposals",
        items=(
            "Bättre helhetssyn",
            "Tydligare ansvar och befogenheter",
            "Engagerat och målinriktat ledarskap",
            "Tydlighet och tillit i roller",
            "Stödjande processer",
            "Utvecklande verksamhet och ökad effektivitet",
        ),
    ),
    Group(
        B,
        "Borlänge: SWOT framöver – hot",
        "swot-hot",
        "Hot Handlingsförlamning",
        "3.2 Trender",
        "utvecklingssituation",
        "svaghet",
        "SWOT 'hot': a threat is counted as a weakness",
        items=(
            "Handlingsförlamning",
            "Fortsatt ekonomiskt underskott",
            "Den negativa trenden fortsätter",
        ),
    ),
    Group(
        B,
        "Borlänge: 3.2 Trender och tendenser i omvärlden",
        "omvärld",
        "I början av 1990-talet",
        "Det talas mycket om behovet",
        "utvecklingssituation",
        "neutral",
        "trends in other municipalities: the development situation, described, not judged",
        skip=(
            "Beskrivningen nedan",
            "I projektets genomgång",
            "Justeringar av nämndsorganisationen",
            "Fler frågor samlas",
            "Samverkan ger konsekvenser",
        ),
    ),
    Group(
        B,
        "Borlänge: 3.2 Helhetstänkande för ökad effektivitet",
        "omvärld",
        "Det talas mycket om behovet",
        "4 Rekommendationer och förslag",
        "utvecklingssituation",
        "neutral",
        "how municipalities in general reason about helhetssyn: the development situation, "
        "described for municipalities in general, not for the client",
    ),
    Group(
        B,
        "Borlänge: 4.2.1 Värdegrund",
        "rekommendation",
        "En ny styrmodell för Borlänge kommun bör",
        "4.2.2 Ledarskap",
        "aktörer",
        "rekommendation",
        "values and culture: actors",
    ),
    Group(
        B,
        "Borlänge: 4.2.2 Ledarskap",
        "rekommendation",
        "Ledarskapet är en avgörande fråga",
        "4.2.3 Målkedjan",
        "aktörer",
        "rekommendation",
        "leadership: actors",
    ),
    Group(
        B,
        "Borlänge: 4.2.3 Målkedjan",
        "rekommendation",
        "I en ny styrmodell och organisation bör",
        "Illustration över målkedjan",
        "strukturer",
        "rekommendation",
        "goals and planning process: structures",
        skip=(
            "Medborgarperspektivet",
            "Målen beskriver",
            "Ekonomiperspektivet",
            "Perspektivet innefattar",
            "Verksamhetsperspektivet",
            "Utvecklingsperspektivet",
        ),
    ),
    Group(
        B,
        "Borlänge: 4.2.4 Budgetprocessen",
        "rekommendation",
        "Budgetprocessen utgör en mycket",
        "4.2.5 Styrdokument",
        "strukturer",
        "rekommendation",
        "budget process: structures",
    ),
    Group(
        B,
        "Borlänge: 4.2.5 Styrdokument",
        "rekommendation",
        "De styrdokument som finns i Borlänge",
        "4.3 Förslag till ny organisationsstruktur",
        "strukturer",
        "rekommendation",
        "governing documents: structures",
        skip=(
            "Styrdokument som antas",
            "Program Programmet",
            "Plan En plan",
            "Planen ska",
            "Policy En policy",
            "Den kan klargöra",
            "En policy anger",
            "Strategi Programdokument",
            "Riktlinjer Riktlinjer",
            "Riktlinjer kan",
            "Instruktion Instruktioner",
            "De ska liksom",
            "I syfte att tydliggöra och förenkla",
        ),
    ),
    Group(
        B,
        "Borlänge: 4.3.2 Politisk organisation – kommunfullmäktige",
        "rekommendation",
        "Dialogen mellan medborgare och förtroendevalda",
        "Kommunfullmäktiges beredningar Kommun",
        "strukturer",
        "rekommendation",
        "political organisation: structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.2 Politisk organisation – beredningar",
        "rekommendation",
        "Kommunfullmäktige behöver utrymme för strategiska",
        "Kommunstyrelsen Kommunstyrelsen ges",
        "strukturer",
        "rekommendation",
        "political organisation: structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.2 Politisk organisation – kommunstyrelsen",
        "rekommendation",
        "Kommunstyrelsen ges i den nya organisationen",
        "Nämnderna Förslaget med",
        "strukturer",
        "rekommendation",
        "political organisation: structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.2 Politisk organisation – nämnderna",
        "rekommendation",
        "Förslaget med en koncentrerad nämndorganisation",
        "4.3.3 Förvaltningsorganisation",
        "strukturer",
        "rekommendation",
        "political organisation: structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.3 Förvaltningsorganisation",
        "rekommendation",
        "Översynen av den samlade förvaltningsorganisationen",
        "Detaljorganisationen för respektive",
        "strukturer",
        "rekommendation",
        "administrative organisation: structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.3 Chefsnivåer och decentraliserad organisation",
        "rekommendation",
        "Antalet chefsnivåer ska minimeras",
        "Fokusområden Helhetssyn",
        "strukturer",
        "rekommendation",
        "management levels and delegation: structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.3 Fokusområden",
        "rekommendation",
        "Helhetssyn över sektorsgränserna",
        'Principen om en dörr in"',
        "strukturer",
        "rekommendation",
        "cross-sector focus areas: structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.3 Principen om en dörr in",
        "rekommendation",
        "Samhällets krav ökar på",
        "Stöd och service En utredning",
        "strukturer",
        "rekommendation",
        "one way in for citizens (service organisation): structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.3 Stöd och service",
        "rekommendation",
        "En utredning om samordning av stöd",
        "4.3.4 Ledningsorganisation",
        "strukturer",
        "rekommendation",
        "support functions: structures",
    ),
    Group(
        B,
        "Borlänge: 4.3.4 Ledningsorganisation",
        "rekommendation",
        "Den stora utmaningen för den nya",
        None,
        "aktörer",
        "rekommendation",
        "management: leadership is actors",
    ),
]

# Sentences whose label is a judgment beyond their heading's rule: start of the text -> label.
OVERRIDES: dict[str, Override] = {
    # perspective: the heading's subject is structures, the sentence is about something else
    "Alla kommuner behöver med jämna mellanrum": Override(
        "utvecklingssituation",
        "neutral",
        "general statement about change in the surroundings, not a proposal for the client",
    ),
    "Även förändrade uppdrag kan föranleda": Override(
        "utvecklingssituation",
        None,
        "changed commissions: the development situation",
    ),
    "Förslaget har sin utgångspunkt i de trender": Override(
        "utvecklingssituation",
        None,
        "trends in the surroundings",
    ),
    "I Borlänge kommun, liksom i landets övriga": Override(
        "utvecklingssituation",
        None,
        "changes in the surroundings",
    ),
    "Modellen var framgångsrik under de första": Override(
        None,
        "svaghet",
        "background sentence that judges: 'har därefter inte nått förväntat resultat'",
    ),
    "Projektet ger förslag till nya organisationen": Override(
        None,
        "förslag",
        "'ger förslag': the summary's list of recommendations",
    ),
    "Fördelarna med en koncentrerad nämndorganisation": Override(
        None,
        "neutral",
        "'som föreslås' names the proposal; the sentence gives its advantages",
    ),
    "Under de år som gått sedan": Override(
        "utvecklingssituation",
        None,
        "economy, values and demands have changed",
    ),
    "Detta förutsätter och kräver stor lyhördhet": Override(
        "aktörer",
        None,
        "responsiveness, flexibility, openness: behaviour",
    ),
    "Vi står också inför stora ekonomiska": Override(
        "utvecklingssituation",
        "svaghet",
        "background sentence naming a challenge (economy)",
    ),
    "Utvecklingen i samhället med ökade krav": Override(
        "utvecklingssituation",
        None,
        "demands and economy",
    ),
    "Vi behöver ständigt se över och analysera": Override(
        None,
        "förslag",
        "'behöver' in the background: a stated intention (judgment)",
    ),
    "Kommunens verksamheter upplever ett stort": Override(
        None,
        "svaghet",
        "an unmet, growing need for support (judgment)",
    ),
    "Vi behöver se över hur vi organiserar": Override(None, "förslag", "'behöver': a proposal"),
    "OSA-rapporten är tydlig": Override(
        None,
        "svaghet",
        "managers ask for support they lack (judgment)",
    ),
    "Hjo kommun har en liten förvaltning": Override(
        None,
        "svaghet",
        "'saknar stöd från kansliet' (judgment)",
    ),
    "Sammanfattningsvis så behövs en": Override(
        "strukturer",
        "förslag",
        "'behövs en organisation som …': a proposal",
    ),
    # målbild items and SWOT items: perspective by DOMAIN.md's definitions
    "Alltid ur ett kundperspektiv": Override("aktörer", None, "an attitude: actors (judgment)"),
    "Ökat förtroende och påverkan": Override("aktörer", None, "trust: actors (judgment)"),
    "Klara ständig utveckling": Override(
        "utvecklingssituation",
        None,
        "coping with change: development situation (judgment)",
    ),
    "Tillitsbaserad styrning": Override(
        None,
        None,
        "a governance model: structures, though it names trust (judgment)",
    ),
    "Engagerat och målinriktat ledarskap": Override("aktörer", None, "leadership: actors"),
    "Tydlighet och tillit i roller": Override("aktörer", None, "roles and trust: actors"),
    "Handlingsförlamning": Override("aktörer", None, "paralysis of action: behaviour (judgment)"),
    "Brist på helhetssyn": Override(
        None,
        None,
        "lists styrning, ledarskap, roller, processer: mostly structures (judgment)",
    ),
    "Analysen visar att det finns": Override(
        None,
        None,
        "the report calls this shared view the most important strength",
    ),
    "I den nya organisationen förväntas ledningsgrupper": Override(
        None,
        None,
        "expectation on management teams' role",
    ),
    "Decentralisering förutsätter ett ledarskap": Override("aktörer", None, "leadership"),
    "Ett engagerande ledarskap leder": Override("aktörer", None, "leadership"),
    "Det finns ett stort värde i att främja": Override("aktörer", None, "engagement, trust"),
}


def clean(raw: str) -> str:
    """The document as one line: bullets and paragraph ends marked, whitespace collapsed,
    page markers gone."""
    lines: list[str] = []
    blank = False
    for line in raw.splitlines():
        stripped = re.sub(r"^Sida \d+ ", "", line.strip())
        if not stripped:
            blank = True
            continue
        if re.match(r"^[•‒]\s*|^- ", stripped):
            stripped = BULLET + " " + re.sub(r"^[•‒-]\s*", "", stripped)
        elif blank and lines and stripped[0].islower():
            # a page or column break inside a sentence: join, and mend a split word
            if lines[-1].endswith("-"):
                lines[-1] = lines[-1][:-1] + stripped.split(" ", 1)[0]
                stripped = stripped.split(" ", 1)[1] if " " in stripped else ""
            blank = False
        elif blank:
            stripped = BULLET + " " + stripped  # a blank line ends a bullet or a paragraph
        blank = False
        lines.append(stripped)
    return " ".join(" ".join(lines).split())


def segments(span: str) -> list[str]:
    """Statements of one group: bullets, then sentences."""
    out: list[str] = []
    for piece in span.split(BULLET):
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”])", piece):
            sentence = sentence.strip()
            for heading in INLINE_HEADINGS:
                if sentence.startswith(heading + " "):
                    sentence = sentence[len(heading) + 1 :]
            if sentence:
                out.append(sentence)
    return out


def left_out(sentence: str, group: Group) -> str | None:
    """Why a sentence is not a statement, or None."""
    if sentence.endswith(":"):
        return "lead-in"
    if sentence.endswith("?"):
        return "question"
    if any(sentence.startswith(s) for s in group.skip):
        return "skipped"
    if re.match(
        r"^(Projektgrupp|Projektledare|Projektet har|Styrgrupp|Uppdraget|Konsultuppdraget|"
        r"Kommundirektören kommer)",
        sentence,
    ):
        return REVIEW_ITSELF
    if len(sentence.split()) < 2 and group.section not in (
        "swot-hot",
        "målbild",
        "swot-möjligheter",
    ):
        return "fragment"
    return None


def label(sentence: str, group: Group) -> tuple[str, str, str]:
    perspective, polarity, note = group.perspective, group.polarity, ""
    if polarity == "rekommendation":
        found = PROPOSING.search(sentence)
        polarity = "förslag" if found else "neutral"
        note = (
            f"recommendation section, proposing '{found.group(0).strip()}'"
            if found
            else "recommendation section, no proposing verb: reason or description"
        )
    for start, override in OVERRIDES.items():
        if sentence.startswith(start):
            perspective = override.perspective or perspective
            polarity = override.polarity or polarity
            note = "; ".join(n for n in (note, override.note) if n)
    return perspective, polarity, note


def extract(seeds: Path) -> list[dict[str, str]]:
    documents = {name: clean((seeds / name).read_text(encoding="utf-8")) for name in (G, H, B)}
    rows: list[dict[str, str]] = []
    for group in GROUPS:
        document = documents[group.source]
        begin = document.index(group.start)
        end = document.index(group.end, begin) if group.end else len(document)
        span = document[begin:end]
        if group.items:
            found = [item for item in group.items if item in span]
            assert found == list(group.items), (group.group, set(group.items) - set(found))
            sentences = list(group.items)
        else:
            sentences = segments(span)
        for sentence in sentences:
            if group.source == B and group.end is None and not sentence.endswith("."):
                continue  # the document is cut off mid-sentence
            if left_out(sentence, group):
                continue
            perspective, polarity, note = label(sentence, group)
            assert perspective in PERSPECTIVES and polarity in POLARITIES, sentence
            assert sentence.replace(BULLET, "") in document.replace(BULLET + " ", ""), sentence
            rows.append(
                {
                    "text": sentence,
                    "source": group.source,
                    "section": group.section,
                    "perspective": perspective,
                    "polarity": polarity,
                    "group": group.group,
                    "note": "; ".join(n for n in (group.rule, note) if n),
                }
            )
    assign_splits(rows)
    for number, row in enumerate(rows, 1):
        row["id"] = f"S{number:03d}"
    return rows


def assign_splits(rows: list[dict[str, str]]) -> None:
    """Whole groups go to one split: within each document, the groups (a SWOT box counts
    as one) in document order alternate report, tune, report, … so that both splits hold
    all three documents and most kinds of section, and no group scored in the report is
    seen in tuning."""
    order: dict[str, list[str]] = {}
    for row in rows:
        units = order.setdefault(row["source"], [])
        if unit(row["group"]) not in units:
            units.append(unit(row["group"]))
    split = {
        name: ("report" if index % 2 == 0 else "tune")
        for units in order.values()
        for index, name in enumerate(units)
    }
    for row in rows:
        row["split"] = split[unit(row["group"])]


def unit(group: str) -> str:
    """The unit that goes whole to one split: a group, or a SWOT box ("idag": strengths
    and weaknesses; "framöver": opportunities and threats), which the report sets side by
    side as one analysis."""
    for box in ("SWOT idag", "SWOT framöver"):
        if box in group:
            return box
    return group


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--labelled", type=Path, default=LABELLED)
    args = parser.parse_args()
    rows = extract(args.seeds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} statements -> {args.out}")
    tune = [{c: r[c] for c in LABELLED_COLUMNS} for r in rows if r["split"] == "tune"]
    with args.labelled.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=LABELLED_COLUMNS)
        writer.writeheader()
        writer.writerows(tune)
    print(f"{len(tune)} tune statements -> {args.labelled}")


if __name__ == "__main__":
    main()
