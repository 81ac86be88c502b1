"""What a quote may not show even with every name removed.

A pseudonymised quote still points at a person when its content does. Four such cases
are decided here, the one home for the rule:

- `special_category`: the quote speaks of a third person's health or another special
  category of personal data (GDPR art. 9: health and sick leave, ethnic origin, religion,
  sex life or sexual orientation, trade-union membership, political opinion), as in "hon
  har varit sjukskriven en period" or "en lärare som hade varit sjukskriven länge", of a
  personnel case about one person ("en uppsägning av personliga skäl"), or of an offence
  or a threat against someone (art. 10: "polisanmälan", "skyddade personuppgifter"). In a
  municipality that person is one of a few and is recognised; such a statement is never a
  quote and never goes into a prompt for an external model.
- `speaks_of_one_person`: the quote speaks of one third person by a personal pronoun or a
  removed name (and `names_own_colleague`: by what the one colleague of the speaker's
  unit does, "vår systemförvaltare"): "Svårt att få tag på HR-konsulten, hon har för
  många chefer att stötta" is about the one HR consultant of its speaker's unit, and
  whoever works with her knows who (review 51). A quote judges no one person; an
  evidence line may still say it in the report's voice.
- `counts_own_units`: the speakers count the units their group leads or changed ("när
  vi slog ihop två förskolor", "vi har tre boenden"): which units those are names the one
  chef, however many hold the role.
- `states_own_position`: the speakers say which position they hold ("Jag sitter med i
  ledningsgruppen", "som IT-chef har jag …"). Where the role is held by fewer than the
  anonymity threshold, the slide leaves the role out, and a quote that says it anyway is
  not shown (the methods slide's promise).

The words are Swedish terms of the categories themselves, which no package lists; they are
matched with a reference to one third person in the same statement, so that "många är
sjukskrivna" (no one person) or "facket vill ha besked" (the union as an actor) pass.
"""

from __future__ import annotations

import re

from synth.text.numbers import SEVERAL_WORDS
from synth.text.sentences import split_sentences
from synth.text.voice import speaks_for_a_unit

__all__ = [
    "counts_own_units",
    "names_own_colleague",
    "speaks_of_one_person",
    "special_category",
    "states_own_position",
]

_CATEGORIES: dict[str, re.Pattern[str]] = {
    "hälsa": re.compile(
        r"\b(?:sjukskriv\w*|sjukfrånvar\w*|sjukled\w*|långtidssjuk\w*|sjukdom\w*|sjuk|sjuka"
        r"|diagnos\w*|cancer\w*|utbränd\w*|utmattn\w*|depression\w*|deprimerad\w*"
        r"|psykisk\w* ohälsa|ångest\w*|gravid\w*|missbruk\w*|alkoholi\w*|rehabärende\w*"
        r"|funktionsneds\w*|opererad\w*|hjärtinfarkt\w*|stroke|vårdad\w* på sjukhus)\b",
        re.I,
    ),
    "etniskt ursprung": re.compile(
        r"\b(?:etnisk\w*|utlandsfödd\w*|hudfärg\w*|invandrarbakgrund|ursprung)\b", re.I
    ),
    "religion": re.compile(
        r"\b(?:religi\w*|muslim\w*|kristen|kristna|judisk\w*|troende|slöja|sjal)\b", re.I
    ),
    "sexualliv": re.compile(
        r"\b(?:sexuell\w*|homosexuell\w*|hbtq\w*|bisexuell\w*|transperson\w*)\b", re.I
    ),
    "fackligt medlemskap": re.compile(
        r"\b(?:med i facket|facklig\w* (?:företrädare|ombud|förtroendevald\w*)"
        r"|fackligt aktiv|medlem i (?:facket|kommunal|vision|akademikerförbundet"
        r"|lärarförbundet|vårdförbundet))\b",
        re.I,
    ),
    "politisk åsikt": re.compile(
        r"\b(?:politisk\w* (?:åsikt\w*|uppfattning\w*|tillhörighet\w*|sympati\w*)"
        r"|röstar på|partimedlem\w*|medlem i partiet)\b",
        re.I,
    ),
}
# One third person by a pronoun or a name the pseudonymisation removed.
_ONE_PERSON = r"\b(?:han|hon|hen|honom|henne|hans|hennes|hens)\b|\[namn\]"
# One third person: a pronoun, a removed name, or one person named by what they do ("en
# lärare som hade varit sjukskriven", "vår undersköterska", "den nya rektorn": a word for
# an occupation, by its Swedish endings). A comparative after "en" ("en enklare rutin")
# also ends in -are; it only counts beside a special category, and then a quote too few
# is the safe side.
_THIRD_PERSON = re.compile(
    _ONE_PERSON
    + r"|\b(?:en|ett|min|mitt|vår|vårt|ena|den|det)\s+(?:ny[ae]?\s+)?[\wåäö-]*(?:kollega"
    r"|medarbetare|anställd|chef|chefen|handläggare|sekreterare|assistent|are|aren|sköterska"
    r"|sköterskan|pedagog|pedagogen|log|logen|rektor|rektorn|elev|eleven|brukare|brukaren"
    r"|vikarie|vikarien|förälder|barn|barnet|patient|patienten)\b",
    re.I,
)
# One colleague of the speaker's own unit by what they do, in the singular: "vår
# systemförvaltare", "min controller", "vår HR-konsult" (an occupation by its Swedish
# endings, as `_THIRD_PERSON` reads it); "våra controllers" are several
_OWN_COLLEAGUE = re.compile(
    r"\b(?:vår|min)\s+(?:egen\s+|egna\s+|nya\s+)?[\wåäö-]*(?:are|ör|chef|konsult|controller"
    r"|samordnare|handläggare|sekreterare|strateg|tekniker|jurist|assistent|kurator"
    r"|sköterska)\b",
    re.I,
)
# A personnel case about one person is identifying in a municipality whatever the words
# around it: a dismissal on personal grounds, a summary dismissal, a disciplinary warning.
_PERSONNEL_CASE = re.compile(
    r"\b(?:uppsägning\w* (?:av|på) personliga skäl|avsked(?:ad|ades|ande|at|s)?\b"
    r"|skriftlig varning|disciplinär\w*|disciplinpåföljd\w*)",
    re.I,
)


# An offence or a threat against someone (GDPR art. 10 covers offences): a police report,
# protected personal details, a threat or an assault. Such an incident happens to one
# person, and a municipality knows who: "HR hjälpte oss med polisanmälan, med krisstöd,
# med skyddade personuppgifter" points at the threatened socialsekreterare in the one IFO
# interview (the final review of this stop).
_INCIDENT = re.compile(
    r"\b(?:polisanmäl\w*|skydda\w* personuppgifter|skyddad\w* identitet|sekretessmarker\w*"
    r"|blev hota\w*|hotad\w*|hotades|hot mot (?:en|henne|honom|hen)\b|misshand\w*"
    r"|överfall\w*|våldsincident\w*|knivhot\w*)",
    re.I,
)


def special_category(text: str) -> str | None:
    """The special category of personal data a statement tells of one third person
    ("hälsa", "religion", …), a personnel case about one person ("personalärende"), an
    offence or a threat against someone ("brott eller hot"), or None."""
    if _PERSONNEL_CASE.search(text):
        return "personalärende"
    if _INCIDENT.search(text):
        return "brott eller hot"
    if not _THIRD_PERSON.search(text):
        return None
    for category, pattern in _CATEGORIES.items():
        if pattern.search(text):
            return category
    return None


# A count of organisational units ("två förskolor", "3 enheter", "tre av våra boenden"):
# a number, up to two words, and a unit by its Swedish word
_UNIT = r"[\wåäö-]*(?:förskol|skol|enhet|avdelning|boende|arbetslag|hemtjänstgrupp|kontor)"
_UNITS_COUNTED = re.compile(
    rf"\b(?:{SEVERAL_WORDS}|\d+)\s+(?:[\wåäö-]+\s+){{0,2}}?{_UNIT}(?:or|orna|er|erna|ar|arna|n|en|na)?\b",
    re.I,
)


def counts_own_units(text: str) -> bool:
    """Whether a sentence speaks for the speaker's group ("vi", "oss", "våra") and counts
    organisational units: "HR:s stöd när vi slog ihop två förskolor" is the one
    förskolechef who merged two, whom the kommundirektör knows, though förskolechefer are
    many (blind review 136)."""
    return any(
        _UNITS_COUNTED.search(sentence) and speaks_for_a_unit(sentence)
        for sentence in split_sentences(text)
    )


def speaks_of_one_person(text: str) -> bool:
    """Whether a statement speaks of one third person: "hon", "han", "hen" or a name the
    pseudonymisation removed."""
    return re.search(_ONE_PERSON, text, re.I) is not None


def names_own_colleague(text: str) -> bool:
    """Whether a text names the one colleague of the speaker's own unit by what they do
    ("vår systemförvaltare", "min controller"): a focus group's "leverantören sa att det
    var vår systemförvaltare" blamed the one half-time systemförvaltare of its sector,
    whom everyone there knows (blind reviews 96-99)."""
    return bool(_OWN_COLLEAGUE.search(text))


_FIRST_PERSON = re.compile(r"\b(?:jag|mig|mej|min|mitt|mina)\b", re.I)
# "Jag sitter med i ledningsgruppen", "jag är den enda som …", "i min roll som …",
# "som IT-chef": a position of one's own named in words.
_OWN_POSITION = re.compile(
    r"\bjag\s+(?:sitter|ingår|är)\s+(?:med\s+)?i\s+(?:[\wåäö-]+\s+){0,2}"
    r"[\wåäö-]*(?:grupp|gruppen|nämnd|nämnden"
    r"|styrelse|styrelsen|råd|rådet|presidiet)\b"
    r"|\bjag\s+är\s+(?:den\s+)?(?:enda|ende|ensam)\b"
    r"|\bmin\s+roll\b"
    r"|\b(?:som|jag\s+som)\s+[\wåäö-]*(?:chef|direktör|ansvarig|samordnare|controller"
    r"|strateg|sekreterare)\b",
    re.I,
)


def states_own_position(text: str, role: str | None = None) -> bool:
    """Whether speakers name their own position in a statement that speaks in the first
    person: a group they sit in, a role they alone hold, or their role by name."""
    if not _FIRST_PERSON.search(text):
        return False
    if _OWN_POSITION.search(text):
        return True
    name = " ".join((role or "").split()).casefold()
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", text.casefold()) is not None
