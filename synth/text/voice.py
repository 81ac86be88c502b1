"""Who a sentence speaks as, and the same sentence in the report's voice.

A consultant's headline is a judgment about the organisation in the third person ("Upphandling
tar lång tid"), never a quote in the first person ("Jag har 55 medarbetare"). A sentence
where the speaker says "vi" about their unit reads as the report's when "vi" becomes that
unit, named from what is known of the speaker (`speaker_unit`): the IT-chef's "Vi har fått
fler uppdrag" is "IT-enheten har fått fler uppdrag", a focus group of enhetschefer's is
"Enhetscheferna inom Vård och omsorg har fått fler uppdrag". Where the unit is not known
the sentence is not turned round: a wrong group ("verksamheterna" for the kansli) would
make the report say something false. The generic "du" of speech becomes "man" ("När du
ringer IT får du vänta"); a sentence about the speaker's own person ("jag", "mina
medarbetare") cannot be turned round without guessing, so it is not used at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from synth.text.grammar import finite_verb, is_verb, lower_first, main_order
from synth.text.numbers import spoken_number

__all__ = [
    "ADMINISTRATION",
    "OWN_CLAUSE_OPENINGS",
    "Unit",
    "feared",
    "impersonal",
    "is_personal",
    "names_central",
    "own_unit_name",
    "report_voice",
    "speaker_unit",
    "speaks_for_a_unit",
    "subject_first",
    "unit_kind",
    "unknown_as_unclear",
    "without_opinion_frame",
    "without_spoken_words",
]

# The speaker's own person: no rewrite makes these the report's words.
_PERSONAL = re.compile(r"\b(?:jag|mig|mej|min|mitt|mina)\b", re.I)
# The speaker's frame around what they say: "Jag tycker att ledningen har blivit bättre"
# says that the ledning has improved, and the evidence line attributes it ("I en intervju
# beskrivs att …"); the verbs are those of holding and saying an opinion.
_OPINION_FRAME = re.compile(
    r"^(?:men |och |så )?(?:jag (?:tycker|tror|upplever|känner|menar|anser|märker|ser"
    r"|(?:ska|skulle|måste|vill|kan) (?:säga|nog säga|ändå säga))"
    r"(?: (?:nog|ändå|också|väl|faktiskt|absolut))? att"
    # agreeing with what another said says it too: "jag håller med om att rapporten i sig
    # är svår att läsa"
    r"|jag håller (?:(?:också|nog|helt|verkligen) )?med(?: (?:dig|er|honom|henne))? om att"
    # what the speaker hears from others: "det jag hör från sektorerna är att …"
    r"|det (?:jag|vi) (?:hör|ser|märker)(?: från [\wåäö ]{1,40}?)? är att) (?=\w)",
    re.I,
)
# What the speaker is told by those it names, who are the "de" of what they say.
_HEARSAY_FRAME = re.compile(
    r"^(?:men |och |så )?jag (?:får|fick|har fått) (?:ofta |också )?höra (?:från|av) "
    r"(?P<who>(?:många |flera )?[\wåäö-]+) att (?:de|dom) (?=\w)",
    re.I,
)
# Words of speech that a written sentence drops: "Det är ju faktiskt så att …".
_SPOKEN = re.compile(
    r",?\s*\b(?:ju|liksom|typ|alltså|asså|faktiskt|ärligt talat|om man säger så|så att säga"
    r"|på något sätt|eller hur|va)\b(?:\s*,(?=\s))?(?=[\s,.!?;:]|$)"
    # and a comment at the end on having said it: "…, det ska sägas", "…, det märker man"
    r"|,\s*(?:det\s+(?:ska|måste)\s+(?:jag\s+)?(?:sägas|säga)|det\s+märks"
    r"|det\s+märker\s+man|tycker\s+jag|skulle\s+jag\s+säga)(?=\s*[.!?]?\s*$)",
    re.I,
)


@dataclass(frozen=True)
class Unit:
    """The unit or group a speaker's "vi" stands for, as the report names it."""

    name: str
    """ "IT-enheten", "Vård och omsorg", "enhetscheferna inom Vård och omsorg"."""
    plural: bool = False
    """Whether later mentions are "de" (a group) rather than "den" (one unit)."""

    @property
    def later(self) -> dict[str, str]:
        """How the report names it again after the first time: "de" of a group, "det" of
        a unit whose name is a neuter noun in the definite form ("kansliet",
        "kommunledningskontoret"), "den" of another ("sektorn", "IT-enheten")."""
        if self.plural:
            return _LATER[True]
        if self.name.split()[-1].casefold().endswith("et"):
            return _NEUTER_LATER
        return _LATER[False]


# How a central administration is named in Swedish municipalities: its respondents report
# the central functions themselves (the inventory), and its heads of a function speak of
# that function when they say "vi".
_CENTRAL_NAME = re.compile(
    r"kommunledning|kommunstyrelse|stadsledning|stadskontor|kommunkontor|central|gemensam"
    r"|koncern|\bks\b|\bklk\b|\bklf\b",
    re.IGNORECASE,
)


def names_central(sector: str | None) -> bool:
    """Whether a sector's name is the central administration's ("Kommunledningskontoret")."""
    return bool(sector and _CENTRAL_NAME.search(sector))


ADMINISTRATION = "förvaltningen"
"""The unit a head of the whole administration speaks for (`speaker_unit`)."""

# Role words that name a level of the organisation rather than a function: an
# "enhetschef" leads one of many units, a "sektorschef" the sector of their record.
_TOP = frozenset({"kommun", "stad", "stads", "region", "kommunal"})
_SECTOR_HEADS = frozenset({"sektor", "förvaltning", "nämnd"})
_LEVELS = frozenset({"enhet", "avdelning", "verksamhet", "område", "sektion", "grupp", "team"})
_HEAD = re.compile(r"(?P<prefix>.+?)-?(?P<head>chef|direktör|ansvarig)", re.I)
_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,}")


def speaker_unit(role: str | None, sector: str | None) -> Unit | None:
    """The unit a speaker's "vi" stands for, from their role and sector, or None where it
    cannot be told.

    "Verksamhetschef IFO" speaks for IFO; a head of a function in the central
    administration ("IT-chef", "Kommunikationschef", "Kanslichef") for that function's
    unit; a sektorschef or förvaltningschef for their sector; the kommundirektör for the
    administration. Anyone else with a role ("Enhetschef", "Rektor", "Controller") speaks
    for their own unit or team, which the report does not name: None. Their "vi" is not
    the group that shares their role ("enhetscheferna inom Vård och omsorg"); reading it so
    made one voice a whole group, which two senior-consultant reviews of the demo deck
    found in headlines and evidence lines.
    """
    role = " ".join((role or "").split())
    sector = " ".join((sector or "").split()) or None
    words = role.split()
    if not words:
        return None
    if len(words) == 2 and _HEAD.fullmatch(words[0]) and words[1][:1].isupper():
        return Unit(words[1])  # "Verksamhetschef IFO"
    if len(words) > 1:
        return None  # "Biträdande rektor": no plural that stands without an article
    match = _HEAD.fullmatch(role)
    if match:
        prefix = match.group("prefix")
        level = _base(prefix)
        if level in _TOP:
            return Unit(ADMINISTRATION)
        if level in _SECTOR_HEADS:
            return Unit(sector) if sector else None
        if level not in _LEVELS and (_ACRONYM.fullmatch(prefix) or names_central(sector)):
            return Unit(_function_unit(prefix))
    return None


def own_unit_name(role: str | None, sector: str | None) -> str | None:
    """How a speaker's own unit is named in what is said of it, where they head one the
    report could tell (`speaker_unit`): "kansli" for the kanslichef ("kansliet"), "IT" for
    the IT-chef, "IFO" for "Verksamhetschef IFO", the sector for a sektorschef. None for
    the head of the whole administration, which everyone names, and for anyone else."""
    unit = speaker_unit(role, sector)
    if unit is None or unit.name == ADMINISTRATION:
        return None
    words = " ".join((role or "").split()).split()
    match = _HEAD.fullmatch(words[0]) if len(words) == 1 else None
    if match is None or _base(match.group("prefix")) in _SECTOR_HEADS:
        return unit.name  # "IFO", "Barn och utbildning"
    prefix = match.group("prefix").rstrip("-")
    return prefix if _ACRONYM.fullmatch(prefix) else _base(prefix)


def unit_kind(role: str | None) -> str | None:
    """The kind of unit a speaker's "vi" is one of, by their role: "sektor" for a
    sektorschef, "förvaltning" for a förvaltningschef, "enhet" for an enhetschef and a
    focus group of them, "verksamhet" for "Verksamhetschef IFO". None for anyone else: a
    controller's "vi" is their team, a rektor's their school or their colleagues, the
    kommundirektör's the whole municipality or its leadership."""
    words = " ".join((role or "").split()).split()
    match = _HEAD.fullmatch(words[0]) if words else None
    if match is None:
        return None
    level = _base(match.group("prefix"))
    return level if level in _SECTOR_HEADS | _LEVELS else None


def _base(prefix: str) -> str:
    """A compound's first part without its linking "s": "Sektors" -> "sektor"."""
    low = prefix.casefold().rstrip("-")
    if low.endswith("s") and simplemma.is_known(low[:-1], lang="sv"):
        return low[:-1]
    return low


def _function_unit(prefix: str) -> str:
    """The unit a head of a function leads: "IT" -> "IT-enheten", "Kansli" -> "kansliet"
    (a noun that names a unit itself), "Kommunikations" -> "kommunikationsenheten"."""
    bare = prefix.rstrip("-")
    if _ACRONYM.fullmatch(bare):
        return bare + "-enheten"
    low = bare.casefold()
    definite = low + "et"
    if simplemma.is_known(definite, lang="sv") and _lemma(definite) == low:
        return definite
    return low + "enheten"


@lru_cache(maxsize=4096)
def _lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="sv"))


# "vi" after its first mention points back at the unit: "de" for a group, "den" for one;
# "vår" at the subject it belongs to ("... och de hinner inte med sina egna ärenden")
_REFLEXIVE = {"vår": "sin", "vårt": "sitt", "våra": "sina"}
_LATER = {
    True: {"vi": "de", "oss": "dem"} | _REFLEXIVE,
    False: {"vi": "den", "oss": "den"} | _REFLEXIVE,
}
_NEUTER_LATER = {"vi": "det", "oss": "det"} | _REFLEXIVE
# "vi på kansliet", "oss i ledningsgruppen": the speakers name their group themselves, and
# the report names it so; "i veckan", "på morgonen" name a time, not a group
_SELF_NAMED = re.compile(
    r"\b(?:vi|oss)\s+(?:på|i|inom|vid)\s+(?P<group>[A-ZÅÄÖ][\w-]*(?:\s+och\s+[a-zåäö]+)?"
    r"|[a-zåäö-]{3,}(?:et|en|na))\b"
)
_TIMES = frozenset(
    """dagen veckan månaden året morgonen förmiddagen eftermiddagen kvällen natten helgen
    våren sommaren hösten vintern början slutet mitten""".split()  # noqa: SIM905
)
_WE = frozenset({"vi", "oss", "vår", "vårt", "våra"})
_POSSESSIVE = frozenset({"vår", "vårt", "våra"})
# the generic "you" of speech: "man", as written Swedish has it
_YOU = {"du": "man", "dig": "en", "dej": "en", "din": "ens", "ditt": "ens", "dina": "ens"}
# "vi" is the speaker's unit when it does what a unit does ("vi har", "vi väntar"); "vi är
# ungefär 45 000 invånare" is the municipality and "vi sitter här uppe" the people in the
# room, which "verksamheterna" would misstate, so such a sentence is not turned round.
_UNIT_VERBS = frozenset(
    """har hade får fick fått behöver behövde saknar saknade måste kan kunde ska skulle vet
    visste tappar tappade väntar väntade gör gjorde jobbar arbetar använder köper köpte
    lägger tar tog hinner klarar försöker borde bör vill ville ringer skickar matar
    prioriterar upplever blir blev lyckas""".split()  # noqa: SIM905 -- a word list reads as text
)
# "vi och dom" is a figure of speech about a divide, kept as the speakers' own words, in
# quotation marks once, whether or not the transcript already had them
_US_AND_THEM = re.compile(r"[\"“”'‘’]?\bvi\s+och\s+(?:dom|de)\b[\"“”'‘’]?", re.I)


# The speaker's comment after what they say: "Ledningsgruppen har blivit bättre, tycker jag."
_OPINION_COMMENT = re.compile(
    r",\s*(?:(?:tycker|tror|skulle|menar|anser)\s+jag(?:\s+säga)?"
    # owning up to it: "Vi har för många mål, det måste jag erkänna."
    r"|det\s+(?:måste|ska)\s+jag\s+(?:erkänna|säga|medge)|jag\s+vet\s+inte)"
    r"(?=\s*[.!?]?\s*$)",
    re.I,
)
# The speaker's hedge set off inside what they say: "en enhetschef ska förhålla sig till,
# jag vet inte, tjugofem mål" says how many goals, with a doubt the line carries as
# "ungefär" (`_guessed`), or as the "kanske" after it, not in the first person.
_OPINION_ASIDE = re.compile(
    r",\s*(?:jag\s+vet\s+inte|tror\s+jag|skulle\s+jag\s+(?:säga|tro)|säger\s+jag"
    r"|vad\s+(?:heter|ska\s+man\s+säga)(?:\s+det)?)\s*,\s*",
    re.I,
)


# A doubt said after an amount ("… förhålla sig till tjugofem mål kanske"): written before it
_AMOUNT_THEN_MAYBE = re.compile(
    r"(?P<number>\S+)\s+(?P<noun>\w+)\s+kanske(?P<end>\s*[.!?]?\s*)$", re.I
)


def _maybe_first(sentence: str) -> str:
    """ "… tjugofem mål kanske" -> "… kanske tjugofem mål": a spoken doubt after the
    amount it is about stands before it in writing."""
    found = _AMOUNT_THEN_MAYBE.search(sentence)
    if found is None or spoken_number(found["number"]) is None:
        return sentence
    return f"{sentence[: found.start()]}kanske {found['number']} {found['noun']}{found['end']}"


# The speaker's doubt set off before an amount ("med, jag vet inte, fyrtio rader"): the
# amount is a guess, and the line says so (blind review 148: "fyrtio rader" stood as a
# count where the rektor had said "jag vet inte")
_GUESS = re.compile(r",\s*jag\s+vet\s+inte\s*,\s*(?P<number>[\w,–-]+)", re.I)


def _guessed(sentence: str) -> str:
    """ "med, jag vet inte, fyrtio rader" -> "med ungefär fyrtio rader"; a "kanske" after
    the amount says the doubt instead (`_maybe_first`)."""
    if _AMOUNT_THEN_MAYBE.search(sentence):
        return sentence
    return _GUESS.sub(
        lambda m: f" ungefär {m['number']}" if spoken_number(m["number"]) is not None else m[0],
        sentence,
    )


def without_opinion_frame(sentence: str) -> str:
    """The sentence without the speaker's frame around it: "Jag tycker att ledningen har
    blivit bättre" and "Ledningen har blivit bättre, tycker jag" -> "ledningen har blivit
    bättre"; a hedge inside it ("…, jag vet inte, tjugofem mål") goes too. What the
    speaker hears from others is said of them: "Jag får höra från chefer att de väntar i
    veckor" -> "chefer väntar i veckor"."""
    framed = _OPINION_FRAME.sub("", sentence.strip())
    # what others are heard to say is said of them: "Jag får höra från chefer att de
    # väntar i veckor" says that chefs wait for weeks
    heard = _HEARSAY_FRAME.match(framed)
    if heard is not None:
        framed = f"{heard['who']} {main_order(framed[heard.end() :])}"
    return _maybe_first(_OPINION_COMMENT.sub("", _OPINION_ASIDE.sub(" ", _guessed(framed))))


# What nobody knows, said by a speaker ("man vet aldrig vem som bestämmer", "ingen vet
# vart man ska vända sig"), a topic put first or not ("Lokalförsörjning: man vet …")
_NOBODY_KNOWS = re.compile(
    r"^(?:(?P<topic>[^,:;]+)[,:]\s+)?(?:(?P<nobody>ingen)|man)\s+vet\s+"
    r"(?P<negation>(?:(?:inte|aldrig|riktigt|egentligen)\s+)*)"
    r"(?P<what>(?:vem|vad|vart|var|hur|när|vilk\w+)\s.+)$",
    re.I,
)
# "Oklart vart man vänder sig", a survey's note with its "Det är" left out: a headline
# written from it read "oklart" as its subject, and what it rested on as whatever else
# was "oklart" (who owns the systems, which IT slide it was then listed on)
_UNCLEAR_NOTE = re.compile(
    r"^(?P<unclear>oklart|otydligt|ovisst|osäkert)\s+"
    r"(?P<what>(?:vem|vad|vart|var|hur|när|varför|vilk\w+)\s.+)$",
    re.I,
)
_TOPIC_WORDS = 4
"""The most words of a topic put first that a report names as a field ("inom
lokalförsörjning"); a longer one is a clause or a list."""


def unknown_as_unclear(sentence: str) -> str:
    """What nobody knows stated as what is unclear, as a report states it: "Lokalförsörjning:
    man vet aldrig vem som bestämmer, fastighet, lokalstrategen eller sektorn" -> "Det är
    oklart vem som bestämmer inom lokalförsörjning, fastighet, …", "Ingen vet vart man ska
    vända sig" -> "Det är oklart vart man ska vända sig"; so is a note that leaves out its
    "Det är" ("Oklart vart man vänder sig"). The sentence as it is where it says what is
    known ("man vet vem man ska ringa") or its topic is more than a field."""
    note = _UNCLEAR_NOTE.match(sentence.strip())
    if note is not None:
        return f"Det är {note['unclear'].casefold()} {note['what']}"
    said = _NOBODY_KNOWS.match(sentence.strip())
    if said is None or not (said["nobody"] or re.search(r"\b(?:inte|aldrig)\b", said["negation"])):
        return sentence
    topic = (said["topic"] or "").strip()
    if topic and (len(topic.split()) > _TOPIC_WORDS or any(is_verb(w) for w in topic.split())):
        return sentence
    what = said["what"]
    if topic:
        # the field goes with the question, before what the speaker lists after a comma
        first, comma, rest = what.partition(",")
        what = f"{first} inom {lower_first(topic)}{comma}{rest}"
    return f"Det är oklart {what}"


def is_personal(sentence: str) -> bool:
    """Whether a sentence speaks of the speaker's own person."""
    return bool(_PERSONAL.search(sentence))


# A worry said of the speaker's own person: "Men jag är orolig att det blir ett lager
# till", "Vi är lite rädda för att …", "Min största oro är att …"
_FEARED = re.compile(
    r"^(?:(?:men|och|så)\s+)?(?:"
    r"(?:jag|vi)\s+är\s+(?:(?:lite|ganska|väldigt|mycket|nog|också|väl)\s+)*"
    r"(?:orolig|oroliga|rädd|rädda)\s+(?:för\s+)?att"
    r"|(?:min|vår)\s+(?:största\s+)?(?:oro|farhåga)\s+är\s+att"
    r")\s+(?P<what>.+?)[\s.!]*$",
    re.I,
)


def feared(sentence: str) -> str | None:
    """What a speaker fears, where they say it of their own person: "det blir ett lager
    till" of "Men jag är orolig att det blir ett lager till", which a report tells as a
    worry put forward ("… framförs oro för att det blir ett lager till"), not as the
    speaker's feelings. None for any other sentence, or where what is feared is the
    speaker's own again ("att jag förlorar mina resurser")."""
    found = _FEARED.match(sentence.strip())
    if found is None:
        return None
    what = found["what"].strip()
    if is_personal(what) or speaks_for_a_unit(what):
        return None
    return what


def speaks_for_a_unit(sentence: str) -> bool:
    """Whether a sentence speaks for the speaker's own group ("vi", "oss", "våra"); the
    idiom "vi och dom" speaks of a divide, not for anyone."""
    said = _US_AND_THEM.sub(" ", sentence.casefold())
    return any(word in _WE for word in re.findall(r"[a-zåäö]+", said))


_PRONOUN = re.compile(r"\b(?:vi|oss|vår|vårt|våra|du|dig|dej|din|ditt|dina)\b", re.I)


# Emphasis a written statement drops before what it judges ("HR-stödet är verkligen bra",
# "tar alldeles för lång tid", "är väldigt svåra att läsa": a report states the judgment,
# the speaker's stress is theirs; blind review 115 found headlines word for word a
# respondent's), though not in a question, where it doubts ("Är det verkligen så?"), nor
# before a verb, where it says the will is real ("många som verkligen vill hjälpa", blind
# review 87)
_EMPHASIS = re.compile(
    r"\s+(?:verkligen|väldigt|otroligt|oerhört|alldeles(?=\s+för\b))\s+(?=([a-zåäö]+))", re.I
)


def _without_emphasis(sentence: str) -> str:
    if sentence.rstrip().endswith("?"):
        return sentence
    return _EMPHASIS.sub(lambda m: m[0] if finite_verb(m[1]) else " ", sentence)


def without_spoken_words(sentence: str) -> str:
    """The sentence without the words of speech ("ju", "liksom", "faktiskt", "typ"). One
    put first leaves its verb first, as a question has it: "Ärligt talat är det för många
    mål" is "Det är för många mål", the subject back before the verb."""
    cleaned = _without_emphasis(_SPOKEN.sub("", sentence))
    cleaned = re.sub(r"\s+([,.!?;:])", r"\1", re.sub(r"\s{2,}", " ", cleaned)).strip(" ,")
    if _SPOKEN.match(sentence):
        cleaned = subject_first(cleaned)
    return cleaned[:1].upper() + cleaned[1:] if cleaned else cleaned


def subject_first(clause: str) -> str:
    """A statement left with its verb first once what stood before it was dropped ("är det
    för många mål" of "Ärligt talat är det för många mål"), with its pronoun subject back
    before the verb: "det är för många mål". A question keeps its order."""
    inverted = _VERB_FIRST.match(clause)
    if inverted is None or clause.rstrip().endswith("?"):
        return clause
    subject = inverted["subject"]
    subject = subject.capitalize() if clause[:1].isupper() else subject.casefold()
    return f"{subject} {inverted['verb'].casefold()}{inverted['rest']}"


# A clause left with its verb first once a spoken adverbial before it is gone: a finite
# auxiliary or copula and a pronoun subject after it.
_VERB_FIRST = re.compile(
    r"^(?P<verb>är|var|blir|blev|har|hade|finns|fanns|kan|kunde|ska|skulle|måste|vill|får|tar)"
    r"\s+(?P<subject>det|den|de|dom|man|vi|jag|hon|han|hen|ni|du)(?P<rest>\b.*)$",
    re.IGNORECASE,
)


def _named_group(match: re.Match[str]) -> str:
    group = match.group("group")
    if group.casefold() in _TIMES:
        return match.group(0)
    return group


def report_voice(sentence: str, unit: Unit | None = None) -> str | None:
    """The sentence in the third person, with "vi" as `unit`; None where it speaks of the
    speaker's person, where it says "vi" and the unit is not known, or where "vi" cannot
    safely be read as the speaker's unit (see `_UNIT_VERBS`)."""
    # the speaker's frame and comments go first: "HR är bra, tycker jag" says that HR is
    sentence = without_spoken_words(without_opinion_frame(sentence))
    if is_personal(sentence):
        return None
    sentence = _US_AND_THEM.sub('"vi och dom"', sentence)
    sentence = _SELF_NAMED.sub(_named_group, sentence)
    # the quoted figure of speech is not a pronoun of the speaker's
    parts = re.split(r'("vi och dom")', sentence)
    words = [w.casefold() for w in re.findall(r"[\wåäö]+", " ".join(parts[::2]))]
    for i, word in enumerate(words):
        # "vi har" or, with the verb first, "i dag har vi"
        near = {words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)}
        if word == "vi" and not near & _UNIT_VERBS:
            return None
        if word in _WE:
            # "våra chefer" from the HR-chef is the municipality's managers more often
            # than HR's own: a first "vår" is not turned into any unit
            if unit is None or word in _POSSESSIVE:
                return None
            break
    seen_we = False

    def swap(match: re.Match[str]) -> str:
        nonlocal seen_we
        word = match.group(0)
        low = word.casefold()
        if low in _YOU:
            replacement = _YOU[low]
        elif unit is None:  # a "vi" without a unit returned above
            return word
        elif seen_we:
            replacement = unit.later[low]
        else:
            replacement = unit.name
            seen_we = True
        return replacement[:1].upper() + replacement[1:] if word[0].isupper() else replacement

    rewritten = "".join(part if k % 2 else _PRONOUN.sub(swap, part) for k, part in enumerate(parts))
    return rewritten[:1].upper() + rewritten[1:] if rewritten else rewritten


# What opens a clause after what a wish asks for, saying what it is for or how it would
# work: "… så vi vet vad som prioriteras", "… där vi prioriterar tillsammans", "… som jag
# kan ringa" (`impersonal`, and `synth.draft.condense.without_own_clause`).
OWN_CLAUSE_OPENINGS = r"så att|så|där|när|som|eftersom|för att"
_OWN_SUBJECT = re.compile(
    rf"\b(?P<opening>{OWN_CLAUSE_OPENINGS}|vad|hur|vart)\s+(?:vi|jag)\b"
    r"(?P<rest>\s+[a-zåäö][^,.;:!?]*)",
    re.I,
)
# The speaker's own object after a verb of the clause they are the subject of: reflexive
# once they are "man" ("vad man kan förvänta sig")
_OWN_OBJECT = re.compile(r"\b(?P<verb>[a-zåäö]+)\s+(?:mig|oss)\b", re.I)


def impersonal(text: str) -> str:
    """A wish with the speaker as the subject of the clause that says what it is for or how
    it would work, told of anyone: "En digitaliseringsplan för hela kommunen så vi vet vad
    som prioriteras" -> "… så att man vet vad som prioriteras". What the wish asks for is
    the same whoever says it; its main clause keeps its own person (`report_voice`)."""

    def reflexive(match: re.Match[str]) -> str:
        verb = match["verb"]
        return f"{verb} sig" if is_verb(verb) else match[0]

    def generic(match: re.Match[str]) -> str:
        opening = match["opening"]
        rest = _OWN_OBJECT.sub(reflexive, match["rest"])
        return f"{'så att' if opening.casefold() == 'så' else opening} man{rest}"

    return _OWN_SUBJECT.sub(generic, text)
