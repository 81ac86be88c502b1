"""Statements as short written lines: spoken openings dropped, cut at a clause, and a
proposal's first-person frame ("Jag skulle vilja ha …") taken off."""

from __future__ import annotations

import re
from collections.abc import Sequence

from synth.draft.schemas import MAX_HEADLINE_WORDS
from synth.text.grammar import (
    PREPOSITIONS,
    finite_verb,
    has_main_verb,
    infinitive,
    is_verb,
    lower_first,
    subject_words,
    without_addition,
)
from synth.text.placement import operations_named, own_support
from synth.text.sentences import shortened, split_sentences, word_count
from synth.text.swedish import tokens, words
from synth.text.voice import OWN_CLAUSE_OPENINGS, subject_first

__all__ = [
    "capitalise",
    "condense",
    "headline_text",
    "named_proposal",
    "proposes",
    "purpose",
    "recommendation_text",
    "recommends",
    "remedy",
    "wanted",
    "without_opening",
    "without_own_clause",
    "without_wish_frame",
]

_RECOMMENDATION_WORDS = 25

# Spoken openings that carry nothing: "Ja, alltså, vi har …" reads "Vi har …".
_OPENING = re.compile(
    r"^(?:(?:ja|nej|jo|nja|mm|alltså|asså|precis|absolut|ärligt talat|jag menar|samma här|"
    r"egentligen|jag skulle säga(?: att)?|jag tror(?: att)?|och|men|så)\b[,.!]?\s+)+",
    re.IGNORECASE,
)
_PROPOSAL_CUE = re.compile(
    r"\b(vilja|önska|behöver|borde|bör|måste|skulle kunna|gärna|behövs|saknar"
    # a report's own voice: "Beredningarna föreslås ha en styrande roll"
    r"|föreslås|föreslår|rekommenderas|rekommenderar)\b",
    re.IGNORECASE,
)
# First-person frames around a proposal: "Jag skulle vilja ha en plan" -> "En plan".
_FRAMES = (
    re.compile(
        r"^(?:jag|vi) (?:skulle|hade) (?:verkligen |gärna )?(?:vilja|önska)"
        r"(?: att vi (?:hade|fick|gjorde|kunde)| ha| se| att)?\s+",
        re.IGNORECASE,
    ),
    re.compile(r"^vi (?:behöver|borde|bör|måste|skulle kunna)\s+", re.IGNORECASE),
    re.compile(r"^det (?:skulle|borde) (?:finnas|behövas)\s+", re.IGNORECASE),
)


# A spoken tag after what is said, that says nothing of it: "Kansliet är nämndernas och
# kommunstyrelsens sekretariat, kan man säga" headed a finding in the appendix (blind
# review 56: "sentence fragments"); "I två intervjuer efterfrågas en väg in, helt enkelt"
# stood under "Det finns önskemål om en väg in" (blind review 122)
_TAG = re.compile(
    r",\s*(?:kan man säga|skulle jag säga|så att säga|liksom|helt enkelt)\s*(?=[.!?]*\s*$)",
    re.IGNORECASE,
)


def without_opening(sentence: str) -> str:
    """A sentence without the spoken opening that carries nothing ("Ja, alltså, …"), its
    subject back before its verb where the opening stood first ("Ärligt talat är det …"),
    without an adverb that only adds it to what was said before ("Men sen har
    sektorerna byggt upp egna resurser"), and without a spoken tag after it ("…, kan man
    säga")."""
    rest = _OPENING.sub("", sentence).strip()
    opened = rest != sentence.strip()
    rest = _TAG.sub("", rest)
    return without_addition(subject_first(rest) if opened else rest)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _joined(sentences: Sequence[str]) -> str:
    """The first sentence, and the next ones while it is very short ("Dra en gräns. Vad …")."""
    chosen = sentences[0]
    for following in sentences[1:]:
        if word_count(chosen) >= 8:
            break
        chosen = f"{chosen} {following}"
    return chosen


def condense(
    text: str, max_words: int, *, one_sentence: bool = False, keywords: Sequence[str] = ()
) -> str:
    """A statement as a short written line: spoken openings dropped, the first sentence (and
    the next while it is very short), shortened at a clause within `max_words`.

    With `keywords` the line starts at the sentence naming most of them: a spoken answer
    often opens with "Två saker, skulle jag säga." before it says anything."""
    sentences = [without_opening(s) for s in split_sentences(text.strip())]
    sentences = [s.lstrip("-–•* ") for s in sentences]
    sentences = [s for s in sentences if s]
    if not sentences:
        return text.strip()
    if keywords:
        wanted = set(keywords)
        named = [len(wanted & set(tokens(s))) for s in sentences]
        start = max(range(len(sentences)), key=lambda i: (named[i], -i))
        sentences = sentences[start:]
    chosen = sentences[0] if one_sentence else _joined(sentences)
    return capitalise(shortened(chosen, max_words))


def headline_text(text: str) -> str:
    return condense(text, MAX_HEADLINE_WORDS, one_sentence=True).rstrip(" .")


# Spoken counting that carries nothing in a written line: "Mer delegation, för det första."
_ENUMERATOR = re.compile(r",?\s*\bför det (?:första|andra|tredje)\b,?", re.IGNORECASE)
_AND = re.compile(r"^(?:och|samt)\s+", re.IGNORECASE)
# "Dels en tjänstekatalog, dels en väg in": "En tjänstekatalog och en väg in"
_BOTH = (re.compile(r",\s*dels\s+", re.IGNORECASE), re.compile(r"^dels\s+", re.IGNORECASE))
# the second part of a "dels … dels" said in a sentence of its own: "Och dels, ja, att …"
_SECOND_PART = re.compile(r"^\s*(?:och\s+|men\s+)?dels\b[\s,]*(?:ja\b[\s,]*)?", re.IGNORECASE)


def _uncounted(sentence: str) -> str:
    sentence = _BOTH[1].sub("", _BOTH[0].sub(" och ", sentence))
    return _ENUMERATOR.sub("", sentence).strip()


def recommendation_text(text: str) -> str:
    """A proposal as a recommendation line: the sentence that proposes, without "Jag skulle
    vilja ha …" around it. Spoken counting is dropped and a short sentence continued by
    "Och …" is joined to it: "Mer delegation, för det första. Och en kortare
    beredningsväg." reads "Mer delegation och en kortare beredningsväg"."""
    raw = split_sentences(text.strip())
    said = [_uncounted(s) for s in raw]
    sentences: list[str] = []
    for k, sentence in enumerate(said):
        # "Dels att vi … Och dels, ja, att vi …": one proposal in two parts, however long
        # the first
        second = _SECOND_PART.match(raw[k]) if k and _BOTH[1].match(raw[k - 1].strip()) else None
        if sentences and second is not None:
            rest = raw[k][second.end() :].strip()
            sentences[-1] = f"{sentences[-1].rstrip(' .')} och {rest[:1].lower()}{rest[1:]}"
        elif sentences and _AND.match(sentence) and word_count(sentences[-1]) < 8:
            sentences[-1] = f"{sentences[-1].rstrip(' .')} och {_AND.sub('', sentence)}"
        elif sentence:
            sentences.append(without_opening(sentence))
    sentences = [s for s in sentences if s] or [text.strip()]
    start = next((i for i, s in enumerate(sentences) if _PROPOSAL_CUE.search(s)), 0)
    # a proposal of a few words stands alone; only a fragment needs the next sentence
    first = sentences[start]
    following = sentences[start + 1] if start + 1 < len(sentences) else ""
    if named_proposal(first) and following and not any(map(finite_verb, words(following))):
        # what is wanted, then what it is to be, with no verb: one line, not a headline
        # of two sentences ("En gemensam rapport. En sida per enhet." reads "En gemensam
        # rapport: en sida per enhet")
        rest = following[:1].lower() + following[1:] if following[1:2].islower() else following
        proposing = f"{first.rstrip(' .')}: {rest}"
    elif word_count(first) >= 4 or named_proposal(first):
        # a thing wanted, then why or how ("En väg in. Det skulle hjälpa oss mycket."):
        # the thing; the rest is the speaker's, and the cited proposal keeps it
        proposing = first
    else:
        proposing = _joined(sentences[start:])
    return capitalise(shortened(without_wish_frame(proposing), _RECOMMENDATION_WORDS))


def without_wish_frame(text: str) -> str:
    """What a proposal asks for without the speaker's first-person frame around it ("Jag
    skulle vilja ha färre styrdokument och färre mål" -> "färre styrdokument och färre
    mål", `_FRAMES`); the text as it is where it has none."""
    for frame in _FRAMES:
        text = frame.sub("", text, count=1)
    return text


# How a proposal named without a verb of its own opens: "En väg in", "Fler controllers",
# "Tydligare roller", "Att få vara med tidigt", "Tillgång till jurist".
_NAMED_PROPOSAL = re.compile(
    r"^(?:en|ett|fler|färre|mer|mindre|bättre|enklare|tydligare|tydlig|tydligt|större|ökad"
    r"|ökat|gemensam|gemensamt|gemensamma|samlad|samlat|någon|att|tillgång|stöd|utbildning"
    r"|hjälp|möjlighet)\b",
    re.IGNORECASE,
)


# A proposal named without a verb, told as what to do: a comparative is worked towards
# ("Färre styrdokument och färre mål" -> "Verka för färre styrdokument och färre mål"),
# something that does not exist is introduced ("En väg in" -> "Inför en väg in"), support
# is given ("Stöd i upphandling tidigt" -> "Ge stöd i upphandling tidigt"), a person is
# appointed ("Någon som kan hjälpa till" -> "Utse någon som kan hjälpa till"). An
# att-clause ("Att få vara med tidigt") has no doer to address and stays as it is.
_INSTRUCTIONS = (
    (
        re.compile(
            r"^(?:fler|färre|mer|mera|mindre|bättre|enklare|tydligare|större|kortare|snabbare"
            r"|ökad|ökat|ökade)\b",
            re.I,
        ),
        "Verka för",
    ),
    (
        re.compile(r"^(?:en|ett|gemensam|gemensamt|gemensamma|samlad|samlat|samlade)\b", re.I),
        "Inför",
    ),
    (re.compile(r"^(?:stöd|utbildning|hjälp|tillgång|möjlighet)\b", re.I), "Ge"),
    (re.compile(r"^någon\b", re.I), "Utse"),
)


# A "där" clause is an aside only after a comma: without one it says which thing is meant
# ("ett intranät där man hittar rätt information": they have an intranet)
# "…, eller bara en lista med namn" offers less than what is asked for: a fallback of
# the speaker's, not the recommendation
_ASIDE = re.compile(
    r",\s+gärna\b|,\s+där\s+(?:man|vi|jag|du)\b|,\s+eller\s+(?:bara|åtminstone)\b"
    r"|\s+(?:så att|eftersom|för att)\s+(?:man|vi|jag|du)\b",
    re.I,
)


def wanted(text: str) -> str:
    """What a proposal asks for, without the speaker's asides after it ("…, gärna ett
    ärendesystem där man kan följa sitt ärende", "… så att man kan vara chef på riktigt");
    the whole line where what is left would be a single word."""
    stripped = text.strip()
    head = _ASIDE.split(stripped, maxsplit=1)[0].rstrip(" ,;:")
    return head if word_count(head) >= 2 else stripped


# A clause or phrase of the speaker's own after what is wanted: "… så vi vet vad som
# prioriteras", "… där vi prioriterar tillsammans", "… som jag kan ringa", "… tillsammans
# med oss".
_OWN_CLAUSE = re.compile(
    rf"\s+(?:{OWN_CLAUSE_OPENINGS})\s+(?:vi|jag|oss|mig)\b"
    r"|\s+(?:tillsammans med|med|åt|för|till|hos)\s+(?:oss|mig)\b",
    re.I,
)


def without_own_clause(text: str) -> str:
    """What a proposal asks for, without a clause of the speaker's own after it ("En
    digitaliseringsplan för hela kommunen så vi vet vad som prioriteras" -> "En
    digitaliseringsplan för hela kommunen"); the whole line where what is left would be a
    single word."""
    stripped = text.strip()
    head = _OWN_CLAUSE.split(stripped, maxsplit=1)[0].rstrip(" ,;:")
    return head if word_count(head) >= 2 else stripped


def instruction(text: str, *, whole: bool = False) -> str:
    """A recommendation that names what is wanted, told as what to do (`_INSTRUCTIONS`):
    "En tjänstekatalog" -> "Inför en tjänstekatalog"; one that says what someone is to do
    in an att-clause, as what they should do (`_should`). A line that has a verb of its
    own, or an opening none of them fits, is returned as it is. With `whole`, what it is
    for stays too ("… så att man vet vad som prioriteras och när")."""
    stripped = text.strip()
    should = _should(stripped)
    if should is not None:
        return should
    # "En ny styrmodell bör vila på en tydlig värdegrund" says what to do already
    if has_main_verb(split_sentences(stripped)[0] if stripped else stripped):
        return text
    for opening, verb in _INSTRUCTIONS:
        if opening.match(stripped):
            # what is wanted, without the speaker's own reasons and asides after it ("…,
            # gärna ett ärendesystem där man kan …", "… så att man kan vara chef på
            # riktigt"), which the proposals it cites keep; what it is stays ("…, någon
            # som hjälper till att skriva kravspecifikationen")
            asked = (stripped if whole else wanted(stripped)).rstrip(" .")
            # fewer or more of things, and nothing else, is a number to change: "Minska
            # antalet styrdokument och mål" (blind reviews 124 and 126 found "Verka för
            # färre styrdokument och färre mål" too weak)
            counted = _AMOUNT_OF.fullmatch(asked)
            if counted is not None:
                change = "Minska" if counted["way"].casefold() == "färre" else "Öka"
                more = f" och {counted['more']}" if counted["more"] else ""
                return f"{change} antalet {counted['what']}{more}."
            # support given, then a thing or a person set beside it after a comma, is that
            # support given by example: "Ge stöd i upphandling tidigt, till exempel med
            # någon som hjälper till att skriva kravspecifikationen" (blind review 144 read
            # the bare apposition as a survey answer copied)
            if verb == "Ge":
                asked = _APPOSITION.sub(", till exempel med ", asked, count=1)
            # the openings are common words, capitalised only as the line's first
            return f"{verb} {asked[:1].lower()}{asked[1:]}."
    return text


# a noun phrase set after a comma beside what went before ("…, en plan för …", "…, någon
# som …"), not a clause of its own ("…, men …") nor a list going on ("…, HR och IT")
_APPOSITION = re.compile(r",\s+(?=(?:en|ett|någon|några)\s)", re.IGNORECASE)


_MODALS = frozenset({"ska", "skall", "kan", "måste", "bör", "borde", "vill", "skulle"})
_SUBJECT_MOST = 3
"""The most words of a doer an att-clause names before its verb ("kommunledningskontoret",
"IT och HR")."""
_AND_THAT = re.compile(r"\s+och\s+att\s+", re.IGNORECASE)


def _should(text: str) -> str | None:
    """An att-clause that says what a named doer is to do, as what they should do, in the
    report's "bör": "Att kommunledningskontoret blir bättre på att förklara varför det
    gör som det gör och att det kommer ut mer" -> "Kommunledningskontoret bör bli bättre
    på att förklara varför det gör som det gör och komma ut mer." (the seed reports'
    recommendations are written "X bör …", issue 10). A later "och att" clause on the
    same doer, named again by "det", "den" or "de", goes on with its infinitive. None
    where no doer is named before the verb ("Att få vara med tidigt"), where it is the
    speaker or anyone ("Att vi …", "Att man …"), or where a later clause has a doer of
    its own."""
    if not text.casefold().startswith("att "):
        return None
    parts = _AND_THAT.split(text[4:].strip().rstrip(" ."))
    first = parts[0].split()
    at = next((k for k, w in enumerate(first) if finite_verb(w.strip(",;:"))), None)
    if not at or at > _SUBJECT_MOST or first[0].casefold() in _PERSONS:
        return None
    doer = " ".join(first[:at])
    done = [_infinitive_phrase(first[at:])]
    for part in parts[1:]:
        again = part.split()
        if len(again) < 2 or again[0].casefold() not in _PERSONS - {"jag", "vi", "man"}:
            return None
        done.append(_infinitive_phrase(again[1:]))
    if any(d is None for d in done):
        return None
    return f"{doer[:1].upper()}{doer[1:]} bör {' och '.join(str(d) for d in done)}."


def _infinitive_phrase(said: list[str]) -> str | None:
    """A clause's predicate from its finite verb on, told from its infinitive: "blir
    bättre" -> "bli bättre"; after a modal, the infinitive that follows it ("ska bli
    bättre" -> "bli bättre")."""
    if not said:
        return None
    verb = said[0].casefold()
    if verb in _MODALS:
        return " ".join(said[1:]) if len(said) > 1 and is_verb(said[1]) else None
    lemma = infinitive(verb)
    return " ".join([lemma, *said[1:]]) if lemma is not None else None


# "Färre styrdokument och färre mål", "Fler skoladministratörer": things, one or two words
# each, wanted fewer or more of
_AMOUNT_OF = re.compile(
    r"(?P<way>färre|fler)\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)"
    r"(?:\s+och\s+(?P=way)\s+(?P<more>[\w-]+(?:\s+[\w-]+)?))?",
    re.IGNORECASE,
)


# "Det är oklart vem som äger vad", "Oklart vart man vänder sig": what is unclear
_UNCLEAR_WHAT = re.compile(
    r"^(?:det\s+är\s+)?(?:oklart|otydligt)\s+(?P<what>(?:vem|vad|vart|var|hur|när|vilk\w+)\s.+)$",
    re.IGNORECASE,
)
# "Ingen vet vem som ansvarar för vad", "När något slutar fungera vet ingen vem som ska
# beställa ändringen": what nobody knows, and when
_NOBODY_KNOWS = re.compile(
    r"^(?:(?P<when>när\s[^,]+?),?\s+vet\s+(?:ingen|man\s+inte)|ingen\s+vet|man\s+vet\s+inte)"
    r"\s+(?P<what>(?:vem|vad|vart|var|hur|vilk\w+)\s.+)$",
    re.IGNORECASE,
)
# "Ansvarsfördelningen är otydlig", "Rollerna är oklara"
_UNCLEAR_NAMED = re.compile(
    r"^(?P<what>\w+(?:\s+\w+)?)\s+är\s+(?:oklar|otydlig)(?:t|a)?$", re.IGNORECASE
)


# "Rapporterna är svåra att läsa", "IT-supporten är svår att nå": what is hard to do, up
# to a second claim after "och" ("… och avtalen är ofta utgångna") or a comma
_HARD_TO = re.compile(
    r"^(?P<what>[^,]+?)\s+är\s+(?:alldeles\s+|väldigt\s+|för\s+)?svår[at]?\s+att\s+"
    r"(?P<do>[^,]+?)(?:\s+och\s+.*|,.*)?$",
    re.IGNORECASE,
)

# "Det är svårt att få hjälp från kommunikation": the same with its "det" first, what is
# hard to do named after its preposition (`unfronted`)
_HARD_TO_NAMED = re.compile(
    r"^det\s+är\s+(?:alldeles\s+|väldigt\s+|för\s+)?svårt\s+att\s+(?P<do>[^,]+)$",
    re.IGNORECASE,
)

# "IT-ärenden tar för lång tid": what takes too long, the whole claim of its headline
_TOO_LONG = re.compile(
    r"^(?P<what>[^,]+?)\s+tar\s+(?:(?:alldeles\s+|väldigt\s+)?för\s+lång\s+tid|veckor|månader)$",
    re.IGNORECASE,
)

_UNSAID = frozenset("allt mycket något inget min mitt mina vår vårt våra".split())  # noqa: SIM905


_OBJECT_PRONOUNS = frozenset("dem dom den det honom henne oss er mig dig".split())  # noqa: SIM905


def _unnamed(what: str) -> bool:
    """Whether what a headline calls for opens on a pronoun or the speaker's own word."""
    return what.split()[0].casefold() in _PERSONS | _UNSAID


# The remedies `remedy` draws whose end can be told as what another recommendation gains
_SHORTER = re.compile(r"^Korta ledtiderna för (?P<what>.+?)\.?$")
_EASIER = re.compile(r"^Gör det lättare att (?P<do>.+?)\.?$")


def purpose(recommendation: str) -> str | None:
    """What a remedy drawn from a headline (`remedy`) achieves, told after another
    recommendation that achieves it: "så att ledtiderna för IT-ärenden blir kortare" of
    "Korta ledtiderna för IT-ärenden.", "så att det blir lättare att läsa rapporterna" of
    "Gör det lättare att läsa rapporterna."; None for any other."""
    text = recommendation.strip()
    if (shorter := _SHORTER.match(text)) is not None:
        return f"så att ledtiderna för {shorter['what']} blir kortare"
    if (easier := _EASIER.match(text)) is not None:
        return f"så att det blir lättare att {easier['do']}"
    return None


def remedy(headline: str) -> str | None:
    """What a weakness finding's own headline calls for, as a recommendation in the
    report's voice, where its form says it: what is unclear is made clear ("Det är oklart
    vem som äger vad" -> "Tydliggör vem som äger vad."), and support the operations keep
    of their own (`own_support`) calls for principles for where support sits ("… och
    vilket som ska finnas i sektorerna"), the commission's own question (DOMAIN.md; the
    Gävle report: "principer … för vad som bedöms utgöra verksamhetsnära stöd"). None for
    any other headline.

    A real report's recommendations answer its findings in its own words ("Tydligare
    ansvar och befogenheter", "Definiera behov för verksamhetsnära stöd"); blind reviews
    76 and 77 found "Utse någon som äger Lifecare …", one survey answer's wish, standing
    for a finding heard in most interviews, and nothing answering the sectors' own
    resources. What is hard to do is made easier ("Rapporterna är svåra att läsa" ->
    "Gör det lättare att läsa rapporterna."): blind review 105 found that finding's slide
    answered by no recommendation; and what takes too long, its whole claim, has its lead
    times shortened ("IT-ärenden tar för lång tid" -> "Korta ledtiderna för
    IT-ärenden.")."""
    text = headline.strip().rstrip(".")
    if own_support(text):
        # where the headline's own level is: "i sektorerna" of "Sektorerna har byggt upp …"
        place = operations_named(text) or "verksamheterna"
        return (
            "Ta fram principer för vilket stöd som ska finnas centralt och vilket som ska "
            f"finnas i {place}."
        )
    # what is hard to do, said with its "det" first and the thing named last after its
    # preposition: "Det är svårt att få hjälp från kommunikation" (`unfronted`); not "Det
    # är svårt att rekrytera", which names nothing it is hard to get from
    hard = _HARD_TO_NAMED.match(text)
    if hard is not None:
        done = hard["do"].split()
        # the thing is one or two words after the last preposition
        at = next(
            (i for i in (len(done) - 2, len(done) - 3) if i > 0 and done[i] in PREPOSITIONS),
            None,
        )
        thing = done[at + 1 :] if at is not None else []
        if not thing or _unnamed(" ".join(thing)) or thing[0].casefold() in _OBJECT_PRONOUNS:
            return None
        return f"Gör det lättare att {hard['do']}."
    hard = _HARD_TO.match(text)
    if hard is not None:
        # what is hard to do is made easier, the thing after the verb and any preposition
        # left at its end: "Gör det lättare att läsa rapporterna.", "… att få hjälp från
        # kommunikation."; not what a pronoun or the speaker's own is ("Det är svårt att …"
        # says what is hard no more than "det" does)
        what = hard["what"]
        if _unnamed(what):
            return None
        return f"Gör det lättare att {hard['do']} {lower_first(what)}."
    slow = _TOO_LONG.match(text)
    # of a thing named, not a second claim ("Upphandling är krånglig och tar …")
    if slow is not None and not _unnamed(slow["what"]) and not has_main_verb(slow["what"]):
        # what takes too long has its lead times shortened: "Korta ledtiderna för
        # IT-ärenden." (blind review 109: IT, the chefs' second-lowest rating, answered by
        # no recommendation)
        return f"Korta ledtiderna för {lower_first(slow['what'])}."
    what = unclear(text)
    return f"Tydliggör {what}." if what is not None else None


def unclear(headline: str, *, asked: bool = False) -> str | None:
    """What a finding's headline says is unclear, as it follows "Tydliggör": "vem som
    äger systemen" of "Det är oklart vem som äger systemen", "ansvarsfördelningen" of
    "Ansvarsfördelningen är otydlig", and of what nobody knows, with when it is so: "vem
    som ska beställa ändringen när något slutar fungera" of "När något slutar fungera vet
    ingen vem som ska beställa ändringen". None for any other headline, and for one
    that names nothing ("Det är oklart") or the speaker's own ("Min roll är otydlig"),
    no recommendation to the organisation. `asked`: only what is said as a question of
    who, what or where ("vem som äger systemen"), which reads after "det är oklart"."""
    text = headline.strip().rstrip(".")
    found = _UNCLEAR_WHAT.match(text) or (None if asked else _UNCLEAR_NAMED.match(text))
    if found is not None:
        what = found["what"]
    elif (unknown := _NOBODY_KNOWS.match(text)) is not None:
        when = unknown["when"]
        what = f"{unknown['what']} {lower_first(when)}" if when else unknown["what"]
    else:
        return None
    if _unnamed(what):
        return None
    return f"{what[:1].lower()}{what[1:]}"


def named_proposal(text: str) -> bool:
    """Whether a line names what is wanted without a verb of its own: "En väg in för
    chefer", "Fler controllers", "Att få vara med tidigt". Not one whose first clause says
    in the perfect what has been: "Färre och ansvarsmässigt bredare nämnder har varit
    viktigt för ökad styrbarhet" (a seed report's observation, which stood as a
    recommendation of the seed engagement). What is wished may still have a verb of its
    own ("En gemensam digitaliseringsplan skulle hjälpa oss") or a comment after it
    ("Mindre personalgrupper, det är det självklara")."""
    stripped = text.strip()
    if not _NAMED_PROPOSAL.match(stripped):
        return False
    return not _PERFECT.search(_CLAUSES.split(stripped, maxsplit=1)[0])


# "har varit", "har blivit", "hade inte fungerat": what has been, not what is wanted
_PERFECT = re.compile(
    r"\b(?:har|hade)\s+(?:(?:inte|aldrig|alltid)\s+)?(?:varit|blivit|\w+(?:at|it|tt))\b", re.I
)


_DIRECTIVE = re.compile(r"\b(?:bör|borde|behöver|måste)\b", re.IGNORECASE)
_PERSONS = frozenset({"jag", "vi", "man", "det", "den", "de", "dom", "ni", "du"})
# where one clause of a line ends and the next begins: a comma or semicolon, and a "men"
_CLAUSES = re.compile(r"[,;]\s*(?:men\s+)?|\s+men\s+", re.IGNORECASE)


def recommends(text: str) -> bool:
    """Whether a line has the form of a recommendation: it names what is wanted ("En väg in
    för allt stöd"), tells what to do ("Inför en tjänstekatalog"), or says who should do
    something ("Kommunen bör samla IT-stödet"). "Det finns så mycket som skulle kunna
    automatiseras" observes and "Vi behöver mer tid" speaks for the speaker: neither."""
    words = text.split()
    if not words:
        return False
    first = words[0].strip(",.").casefold()
    # "inför" is the imperative of "införa" as often as the preposition the dictionary knows
    if named_proposal(text) or is_verb(first) or first == "inför":
        return True
    # who should act is the subject of the clause that says "bör" or "måste": in "Det
    # mesta finns, men man måste veta var" it is "man", and the line observes
    return any(
        _DIRECTIVE.search(clause) and [w for w in subject_words(clause) if w not in _PERSONS]
        for clause in _CLAUSES.split(text)
    )


def proposes(text: str) -> bool:
    """Whether a line reads as a proposal: it names what is wanted ("En väg in för chefer")
    or says what should be done ("… behöver …", "… bör …"). "Oftast får man bara en
    manual." is a complaint, however the lens read it."""
    return named_proposal(text) or bool(_PROPOSAL_CUE.search(text))
