"""What a finding's headline rests on: the statements of its theme that say the same thing.

A theme is a cluster, and a cluster of interview turns and survey answers holds more than
one claim. A slide that puts one statement's sentence as its headline, the whole theme's
breadth beside it ("8 av 9 intervjuer") and bullets from anywhere in the theme says things
nobody said: the breadth must count those who said what the headline says, and the
evidence under it must be theirs. So a finding is its headline's statement and the
theme's statements near it, in the representation the themes were clustered in
(`synth.synthesis.engine.represent`: the sentence model and Swedish lexical vectors, both
centred on the engagement).

`SUPPORT_SIMILARITY` was chosen on real statements nobody here wrote (the seed reports'
tune split, bench/data): from 0.20 up, two statements are in the same consultant group
about 45 % of the time against 7 % for any pair, and higher thresholds gain no precision
but lose recall (bench/results/support.md has the figures, the report split included).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import takewhile

import numpy as np

from synth.draft.condense import remedy, without_wish_frame
from synth.records import Statement, Theme
from synth.synthesis.cues import evaluative
from synth.synthesis.describe import breadth, group_kinds, place_totals, told_types
from synth.synthesis.engine import represent
from synth.text.grammar import (
    PREPOSITIONS,
    common_word,
    extraposed,
    finite_verb,
    is_verb,
    outside_enumerations,
    presentational,
    subject_words,
    without_complex_prepositions,
)
from synth.text.sentences import split_sentences
from synth.text.swedish import (
    kind_of,
    modifier_of,
    names_stem,
    related_stems,
    stem,
    stop_words,
    tokens,
    unit_compounds,
    words,
)
from synth.text.voice import (
    ADMINISTRATION,
    is_personal,
    own_unit_name,
    speaker_unit,
    speaks_for_a_unit,
    unit_kind,
)

__all__ = [
    "CLAIM_WORDS",
    "SPECIFIC_SHARE",
    "SUPPORT_SIMILARITY",
    "Mentions",
    "answers_phrase",
    "asks_remedy",
    "echoes",
    "echoes_in_role",
    "headline_abbreviations",
    "headline_claim",
    "headline_example",
    "headline_head",
    "headline_phrase",
    "headline_qualifier",
    "headline_subject",
    "light_subject",
    "names_subject",
    "narrowed",
    "only_judges",
    "says_phrase",
    "speaks_as",
    "statement_names",
    "subject_of",
    "subject_within",
    "supporting",
    "topic_vectors",
    "unit_stems",
]

SUPPORT_SIMILARITY = 0.20
SPECIFIC_SHARE = 0.2
"""The most of an engagement's statements a word of a headline's subject may be named by
to tell the subject (`Mentions.specific`), read off the seed reports' tune split."""


def topic_vectors(
    statements: Sequence[Statement], embeddings: Mapping[str, np.ndarray]
) -> dict[str, np.ndarray]:
    """Each statement's vector in the representation the themes were clustered in."""
    rows = [st for st in statements if st.id in embeddings]
    if not rows:
        return {}
    matrix = np.vstack([embeddings[st.id] for st in rows]).astype(np.float32)
    vectors = represent([st.text for st in rows], matrix)
    return {st.id: vectors[k] for k, st in enumerate(rows)}


# "Det finns önskemål om en väg in": what exists is the subject, not "det"
_EXISTENTIAL = re.compile(
    r"^det finns (?:(?:önskemål|behov|förslag) (?:om|av) )?(?P<what>.+)$", re.I
)


# An aside after what is named ("färre medarbetare per chef: max trettio", "en väg in,
# gärna ett ärendesystem") says more of it; it does not name the subject.
_ASIDE = re.compile(r"\s*(?:[,:;(]|\s[–-]\s)")


def headline_subject(headline: str) -> frozenset[str]:
    """The stems of what a headline is about: the head of each phrase of its subject, a
    compound by its last part ("upphandling" of "Upphandling är krånglig", "budget" of
    "IT-budgeten har legat still", "chef", "vård", "omsorg" of "Chefer i vård och omsorg
    …"); of what "det finns" ("väg" of "Det finns önskemål om en väg in"); of what a "det"
    stands for, by what its verb is done to ("lär" of "Det är svårt att rekrytera behöriga
    lärare") or else the verb ("rekryter" of "Det är svårt att rekrytera"); each without
    an aside after it ("färre medarbetare per chef: max trettio"). Empty where its subject
    is a pronoun or it opens with something else.

    A phrase is named by its head, not by the words before it: "behöriga" says which
    teachers, and its stem is that of "behörigheter" (access rights)."""
    stop = stop_words()
    named = (_named_part(w, _LIGHT_STEMS) for w in _subject_heads(headline))
    return frozenset(stem(w) for w in named if w not in stop and len(w) > 1)


def headline_qualifier(headline: str) -> frozenset[str]:
    """The stems of what a hyphenated head of a headline's subject says of which of its
    kind it is about: "it" of "IT-ärenden tar veckor", whose subject is "ärend"
    (`headline_subject`). What answers the finding names it too: "en enklare process för
    tjänsteskrivelser och ärenden till nämnden" names the ärenden of the nämnd, not IT's,
    and was told as the example of how to shorten the IT tickets' lead times. Empty where
    no head is hyphenated or its first part is what it names ("IT-stödet")."""
    stop = stop_words()
    return frozenset(
        stem(first)
        for head in _subject_heads(headline)
        for first, _, last in [head.rpartition("-")]
        if first
        and _named_part(head, _LIGHT_STEMS) == last
        and first not in stop
        and len(first) > 1
    )


def headline_example(headline: str) -> frozenset[str]:
    """The stems of what a headline tells of by one case: the head of the first phrase its
    verbs are done to, where its subject is one of a kind ("en", "ett"): "rapport" of "En
    rektor får en rapport ur Hypergene med fyrtio rader", said to show how the reports
    read. A consultant writes it under the finding about that thing, not as one of its
    own (blind review 93: "quote fragments, not claims"). Empty for any other headline.

    `headline_subject` stays the case's own ("rektor"): what names it is what the case
    rests on, and it is heard where it is told."""
    subject = subject_words(headline)
    if len(subject) != 2 or subject[0] not in {"en", "ett"}:
        return frozenset()
    rest = words(headline)[len(subject) :]
    while rest and is_verb(rest[0]):
        rest = rest[1:]
    heads = _heads(rest)[:1]
    stop = stop_words()
    return frozenset(stem(w) for w in heads if w not in stop and len(w) > 1)


def headline_head(headline: str) -> frozenset[str]:
    """The stems of what a headline's subject is before a phrase that says for whom it is
    ("it" of "IT-stödet till skolan räcker inte"): a statement that names only the school
    names what the IT support is for, not the support ("någon som tar ett helhetsgrepp om
    skolans lokaler", the IFO's "vi och dom … mellan IFO och skolan"; blind review 93).
    Empty where the subject has no such phrase (`_SCOPES`), as its every part names it."""
    wished = _WISH.match(headline.strip())
    if wished is not None:
        return _wished_head(wished["what"])
    if _EXISTENTIAL.match(headline.strip()) or presentational(headline) or extraposed(headline):
        return frozenset()
    subject = list(subject_words(headline))
    scope = next((k for k, w in enumerate(subject) if w in _SCOPES), None)
    if not scope:
        return frozenset()
    stop = stop_words()
    named = (_named_part(w, _LIGHT_STEMS) for w in _heads(subject[:scope]))
    # a light head ("Stödet i rehabärenden är riktigt bra") is named by what follows it
    return frozenset(
        stem(w) for w in named if w not in stop and len(w) > 1 and stem(w) not in _LIGHT_STEMS
    )


_WISH = re.compile(r"^det finns (?:önskemål|behov|förslag) (?:om|av) (?P<what>.+)$", re.I)


def _wished_head(what: str) -> frozenset[str]:
    """The stems of what a wish asks for before a phrase that says for whom, where or what
    with: "mentorskap" of "mentorskap för nya chefer", "admin" of "admin nära chefen". A
    statement that names only the chefs asks for nothing of it: the wish "admin nära
    chefen" rested on eleven answers about the chefs' staff, their introduction and a
    mentor, and its slide had no line about administration (blind review 97). Empty
    where the wish is framed by a light noun ("hjälp med digitalisering") or is for one
    ("inriktningen för stöd"), or has no such phrase."""
    said = _named(what)
    skip = stop_words() | _QUANTIFIERS
    cut = next(
        (
            k
            for k, w in enumerate(said)
            if k and (w in PREPOSITIONS or w == "för") and any(x not in skip for x in said[:k])
        ),
        None,
    )
    if cut is None:
        return frozenset()
    # a wish for something done ("ständigt se över och analysera om …") names no thing
    if any(is_verb(w) for w in said[:cut]):
        return frozenset()
    first = [_named_part(w, _LIGHT_STEMS) for w in _heads(said[:cut])]
    after = _heads(said[cut + 1 :])
    if not first or not after or any(stem(w) in _LIGHT_STEMS for w in (*first, *after)):
        return frozenset()
    stop = stop_words()
    return frozenset(stem(w) for w in first if w not in stop and len(w) > 1)


# The prepositions of a phrase that says for whom ("stödet till skolan"), not of what, about
# what or between whom: "Kontakten mellan nämnden och sektorschefen", "Indelning i och
# uppdragen för beredningarna" and "Rollerna mellan politik och förvaltning" are about
# what follows theirs (the seed reports' report split lost support to each)
# "till" says for whom, "inom" where: "Samarbetet inom sektorn är bra" is about the
# collaboration, and a statement naming only the sector said nothing of it (the sector's
# own kommunikatör, its IT technicians and its controller counted seven interviews for the
# headline). Not "mellan", which says between whom: both parts name the contact
_SCOPES = frozenset({"till", "inom"})


def headline_abbreviations(headline: str) -> frozenset[str]:
    """The stems of the abbreviations that open a hyphenated head of the headline's
    subject: "hr" of "HR-konsulten svarar samma dag". The compound is named by its last
    part (`headline_subject`), but the abbreviation names the function that part belongs
    to, and "HR är det bästa stödet vi har" is said of the same people: by the head alone,
    the two focus groups that praised HR in those words counted for nothing. Not a
    subject of its own to look for among all statements: "IT-budgeten har legat still" is
    not said by everyone who names IT (`headline_support` takes these only where the
    clustering put them with the headline)."""
    written = {a.casefold() for a in _ABBREVIATION.findall(headline)}
    firsts = (w.partition("-")[0] for w in _subject_heads(headline) if "-" in w)
    return frozenset(stem(w) for w in firsts if w in written)


def _subject_heads(headline: str) -> list[str]:
    """The lower-case heads of the phrases a headline is about (`headline_subject`)."""
    existential = _EXISTENTIAL.match(headline.strip())
    presented = existential["what"] if existential else presentational(headline)
    clause = extraposed(headline)
    if presented is not None:
        what = _named(presented)
        heads = _heads(what)
        # a relative clause says which one, not what: "en administratör som tar schemat"
        # is an administrator, wished for where "en skoladministratör" is (two findings
        # of the same wish in the appendix, blind review 96); "någon som tar fakturor" is
        # named by what it does, having nothing else, and "vad som ska digitaliseras" is
        # a question, not a relative clause
        stop = stop_words()
        relative = next(
            (i for i, w in enumerate(what) if w in _RELATIVES and i and what[i - 1] not in stop),
            None,
        )
        which = _heads(what[:relative]) if relative else []
        heads = which or heads
    elif clause is not None:
        # what is hard is the "att" clause: its subject where it has one of its own ("att
        # cheferna inte hinner"), else what its verb does ("rekrytera behöriga lärare")
        named = _ASIDE.split(clause, 1)[0]
        own = subject_words(named)
        done = words(named)
        # what its verb is done to, else the verb: "lärare" of "rekrytera behöriga lärare"
        # ("bygga" of "bygga upp förtroendet" names webs and shadow organisations too);
        # past a subject that is a pronoun, what its verb says: "vänd" of "vart man vänder
        # sig", which had no subject, so that what it rested on was only what was near it
        # (not past "ingen": "att ingen har bestämt hur …" is not about deciding)
        heads = _heads(own)
        if not own:
            heads = _heads(done[1:]) or done[:1]
        elif own == ("man",):
            said = done[len(own) :]
            heads = _heads(said) or said[:1]
    else:
        subject = subject_words(headline)
        heads = _heads(subject)
        # "man" stands for whoever holds the role it is said of: "Man blir ensam som chef"
        # is about chefs
        role = _AS_ROLE.search(headline) if subject == ("man",) else None
        if role is not None and not finite_verb(role[1]):
            heads = [role[1].casefold()]
    # "hjälp" of "hjälp med digitalisering" says what kind of thing is wanted, not what
    # it is about: a light noun names the subject only where nothing else does
    if any(stem(w) not in _LIGHT_STEMS for w in heads):
        heads = [w for w in heads if stem(w) not in _LIGHT_STEMS]
    return heads


def _named_part(head: str, light: frozenset[str]) -> str:
    """The part of a hyphenated head that names what it is about: its last ("budgeten" of
    "it-budgeten"), unless that is a light noun ("IT-stödet till skolan" is about IT, not
    about whatever support; by its last part it was named by a statement about the
    schools' premises)."""
    first, _, last = head.rpartition("-")
    if first:
        return first if stem(last) in light else last
    # one word built on a field's "frågor" the same way: "lokalfrågorna" are about
    # premises, as "frågorna om lokaler" would be, and heard beside "lokalförsörjningen".
    # Not one built on "stöd": "Rekryteringsstödet har blivit bättre" is about the support,
    # and read as about recruitment it gathered every turn the lens took for praise that
    # named recruitment, "det jag saknar är ett rekryteringsstöd" among them (blind review
    # 105: a strength turned upside down)
    own = stem(last)
    return next(
        (
            last[: len(own) - len(noun)]
            for noun in light & _FIELD_STEMS
            if own != noun and kind_of(own, noun)
        ),
        last,
    )


def _named(what: str) -> list[str]:
    """The lower-case words of what a headline says exists or is wished for, without the
    aside after it or an adverbial before it: "fortfarande" of "Det finns fortfarande ett
    vi och dom", "numera" of "Det finns numera en väg in"."""
    said = words(_ASIDE.split(what, 1)[0])
    article = next((i for i, w in enumerate(said[:3]) if w in _ARTICLES), 0)
    return said[article:]


_ARTICLES = frozenset({"en", "ett", "ingen", "inget", "inga"})
_RELATIVES = frozenset({"som", "där"})
# The role a generic "man" is said in: "som chef", "som ny rektor" (its noun last)
_AS_ROLE = re.compile(r"\bsom\s+(?:ny\s+)?([a-zåäö]+)\b", re.I)

# Nouns that frame what they govern ("stöd i att prioritera", "behov av lokaler"); a
# compound built on one names its own subject ("IT-stödet", "HR-stöd").
_LIGHT_NOUNS = frozenset({"stöd", "hjälp", "behov", "fråga"})
_LIGHT_STEMS = frozenset(stem(w) for w in _LIGHT_NOUNS)


def light_subject(headline: str) -> bool:
    """Whether a headline's subject is a light noun alone: "Stödet är bra" says of which
    support no more than "Det är bra" says of what; "HR-stödet är bra" names it."""
    stop = stop_words()
    named = [w for w in subject_words(headline) if w not in stop]
    return bool(named) and all(stem(w) in _LIGHT_STEMS for w in named)


def only_judges(headline: str) -> bool:
    """Whether a headline says nothing of its subject (`headline_subject`) but how good or
    bad it is ("Kompetensförsörjningen är en utmaning", "HR fungerar bra"): every word
    beyond the subject and stop words judges (`evaluative`), said of a subject that the
    clause names as its own ("Man blir ensam som chef" says of the chefs' lot what
    "ensam" holds, of a generic "man"). Whatever is said of the subject with its polarity
    says it too, and whatever asks for the subject's betterment answers it.

    A headline whose judging words are all stop words ("Ledningen har blivit bättre",
    "HR-stödet är bra") is not read so: counting those so took "Lönerna blir rätt …" into
    HR's praise as one of its reasons and left "Ledningsgruppen har blivit bättre" beside
    "Ledningen …", both narrower, on the demo."""
    subject = headline_subject(headline)
    own = [w for w in subject_words(headline) if w not in stop_words()]
    if not own:
        return False
    said = [w for w in words(headline) if w not in stop_words() and stem(w) not in subject]
    return bool(said) and all(evaluative(w) for w in said)


# Of those, what names a field's matters in one word too ("lokalfrågor", "personalfrågor")
_FIELD_STEMS = frozenset({stem("fråga")})
# An abbreviation as the first part of a hyphenated compound: "HR-konsulten", "BoU-chefen"
_ABBREVIATION = re.compile(r"\b([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]*[A-ZÅÄÖ])-\w")


# Where a phrase ends: a preposition, a conjunction or what opens a clause after a noun.
_PHRASE_ENDS = PREPOSITIONS | frozenset({"och", "eller", "samt", "men", "som", "där", "att"})
# Quantifiers before a noun ("färre medarbetare", "mer stöd") say how much, not of what.
_QUANTIFIERS = frozenset({"färre", "fler", "flera", "mer", "mera", "mindre", "mest", "minst"})


def _heads(sequence: Sequence[str]) -> list[str]:
    """The last word of each phrase of lower-case `sequence` that is neither a stop word
    nor a quantifier: Swedish noun phrases end in their noun ("behöriga lärare"). What
    follows "per" measures a rate and is left out."""
    skip = stop_words() | _QUANTIFIERS
    heads: list[str] = []
    phrase: list[str] = []
    rate = False
    for word in [*sequence, "och"]:
        if word in _PHRASE_ENDS:
            content = [w for w in phrase if w not in skip and len(w) > 1]
            # "per chef" of "färre medarbetare per chef" is the measure of a rate, not
            # what it is about
            if not rate:
                heads.extend(content[-1:])
            phrase, rate = [], word == "per"
        else:
            phrase.append(word)
    return heads


_QUOTED = re.compile(r"[\"”“'’]([^\"”“'’]+)[\"”“'’]")


def headline_phrase(headline: str) -> tuple[str, ...]:
    """The words of an expression a headline quotes, of two words or more ("vi och dom" of
    'Det finns fortfarande ett "vi och dom"'): a fixed expression is its subject, said in
    so many words, though each of its words is a stop word that `headline_subject` skips.
    Empty where it quotes none."""
    for match in _QUOTED.finditer(headline):
        said = tuple(words(match.group(1)))
        if len(said) >= 2:
            return said
    return ()


# What answers a complaint of too many or too much: a wish for fewer or less of the same
_REMEDIES = {"många": "färre", "mycket": "mindre", "få": "fler", "lite": "mer"}
_EXCESS = re.compile(r"\bför (många|mycket|få|lite) ([a-zåäö]+)", re.I)


def headline_remedy(headline: str) -> tuple[str, ...]:
    """The words of the wish that answers a headline's complaint of too many or too much
    of something ("färre mål" of "Det är för många mål"; "mer stöd" of "… för lite
    stöd"): who asks for fewer goals says there are too many. The rektorer's focus group
    that asked for "färre styrdokument och färre mål" counted for nothing under "Det är
    för många mål" (blind reviews 85 and 86). Empty where it complains of no amount."""
    excess = _EXCESS.search(headline)
    if excess is None:
        return ()
    return (_REMEDIES[excess[1].casefold()], excess[2].casefold())


# what a weakness's own recommendation (`remedy`) asks for, by the words it opens with, as
# the word a proposal asking the same would use: what is unclear made "tydlig", what is
# hard made "lätt" or "enkel", what takes too long "snabb" or "kort"
_REMEDY_ASKS = {
    "Tydliggör": ("tydlig",),
    "Gör det lättare": ("lätt", "enkl"),
    "Korta ledtiderna": ("snabb", "kort"),
}


def asks_remedy(headline: str, proposal: str) -> bool:
    """Whether a proposal asks for what answers a weakness finding's headline: the wish
    for fewer of what it says there are too many of (`headline_remedy`: "färre mål"), or
    what its own recommendation calls for (`remedy`): "En tydlig
    lokalförsörjningsprocess med en kontaktperson" for "Det är oklart vem som bestämmer
    inom lokalförsörjning", "Enklare rapporter" for "Rapporterna är svåra att läsa"."""
    if says_phrase(proposal, headline_remedy(headline)):
        return True
    called = remedy(headline)
    if called is None:
        return False
    said = tokens(proposal)
    return any(
        word.startswith(root)
        for lead, roots in _REMEDY_ASKS.items()
        if called.startswith(lead)
        for root in roots
        for word in said
    )


# What stands in for a thing named before: "vem som äger vad", "Den har blivit bättre"
_STAND_INS = frozenset({"vad", "det", "den", "de", "dem", "dom", "detta", "dessa", "allt"})


def headline_unnamed(headline: str, subject: frozenset[str]) -> tuple[str, ...]:
    """The words of a headline's claim in a row with the place of its subject left empty
    (""), where the subject opens or closes the headline: ("oklart", "vem", "som", "äger",
    "") of "Det är oklart vem som äger systemen", ("", "har", "blivit", "bättre") of
    "Ledningen har blivit bättre". Empty where the subject stands inside it or is more
    than one word."""
    said = words(headline)
    places = [i for i, word in enumerate(said) if stem(word) in subject]
    claim = headline_claim(headline, subject)
    if len(places) != 1 or not claim:
        return ()
    at = places[0]
    if at == 0:
        return ("", *said[1:])
    if at == len(said) - 1:
        first = next(i for i, word in enumerate(said) if stem(word) in claim)
        return (*said[first:at], "")
    return ()


def says_unnamed(text: str, unnamed: Sequence[str]) -> bool:
    """Whether a sentence of `text` says a headline's claim in its words (each by its
    stem) with a word that stands in for a thing named before in the subject's place
    (`headline_unnamed`): the focus group's "det är oklart vem som äger vad", said of the
    systems they were asked about, says "Det är oklart vem som äger systemen"."""
    if not unnamed:
        return False
    size = len(unnamed)
    for sentence in split_sentences(text):
        said = words(sentence)
        for i in range(len(said) - size + 1):
            if all(
                said[i + k] in _STAND_INS if not word else stem(said[i + k]) == stem(word)
                for k, word in enumerate(unnamed)
            ):
                return True
    return False


def says_phrase(text: str, phrase: Sequence[str]) -> bool:
    """Whether `text` says the words of `phrase` in a row ("Det är lite vi och dom")."""
    if not phrase:
        return False
    said, size = words(text), len(phrase)
    return any(tuple(said[i : i + size]) == tuple(phrase) for i in range(len(said) - size + 1))


def answers_phrase(statement: Statement, phrase: Sequence[str]) -> bool:
    """Whether a statement answers a question that says `phrase`: asked 'Känner ni att det
    finns ett "vi och dom" …?', a focus group answered "Stadshuset är en annan värld …"
    without the words. The question is what the answer is about (issue 10: the question
    answered as context); blind review 54 counted that group among those who said it."""
    return (
        bool(phrase) and bool(statement.question) and says_phrase(statement.question or "", phrase)
    )


def headline_claim(headline: str, subject: frozenset[str]) -> frozenset[str]:
    """The stems of what a headline says of its subject: its words that are not the
    subject and either no stop word or a judging one (`cues.evaluative`: "bättre" of
    "Ledningen har blivit bättre")."""
    stop = stop_words()
    said = (
        w for w in words(without_complex_prepositions(headline)) if w not in stop or evaluative(w)
    )
    return frozenset(stem(w) for w in said) - subject


def subject_within(subject: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a headline's subject is part of what another's is about: each of its stems
    one of `other`'s or related to one ("digitalisering" of "Det finns ingen gemensam
    prioritering av vad som ska digitaliseras"). A wish for help with digitalisation,
    beside that weakness, says the same matter again."""
    return bool(subject) and all(any(_same_thing(a, b) for b in other) for a in subject)


def _same_thing(one: str, other: str) -> bool:
    """Whether two stems of headline subjects name one thing (`related_stems`), a stem
    read as the first part of a compound only where the rest is a word: "budget" of
    "budgetprocess", not "kommun" of "kommunikatör" (a wish for a kommunikatör went
    under "Det finns önskemål om en digitaliseringsplan för hela kommunen" once the wish's
    relative clause no longer named it)."""
    if not related_stems(one, other):
        return False
    short, long = sorted((one, other), key=len)
    rest = long[len(short) :]
    # the stem may leave a derivation's ending before the rest ("digitaliser|ingsplan" of
    # "digitaliseringsplan"): a word of its own at the rest's end will do
    return not modifier_of(short, long) or any(
        common_word(rest[cut:]) for cut in range(len(rest) - _REST_LETTERS + 1)
    )


_REST_LETTERS = 4
"""The fewest letters of the word a compound's rest ends in ("plan")."""


def subject_of(sentence: str, subject: frozenset[str]) -> bool:
    """Whether a sentence is said of a headline's `subject`: its own subject (`subject_words`,
    after a joining "och", "men" or "fast") names every stem of it, as it is or a kind of
    it ("IT-ärenden" of "ärenden", "lönekontoret" of "lön", "upphandlingsenheten" of
    "upphandling"), not a thing it is a kind of ("ärenden" of "rehabärenden") nor only one
    of its words ("En chef i hemtjänsten" of "Medarbetarna i hemtjänsten")."""
    said = _JOINING.sub("", sentence.strip(" -–•*"))
    own = {stem(part) for word in subject_words(said) for part in (word, *word.split("-")) if part}
    return bool(subject) and all(
        any(
            word == known
            or kind_of(word, known)
            or word in unit_compounds(known)
            or (word.startswith(known) and _same_thing(known, word))
            for word in own
        )
        for known in subject
    )


_JOINING = re.compile(r"^(?:och|men|fast)\s+", re.I)


def names_subject(text: str, subject: frozenset[str]) -> bool:
    """Whether `text` names a headline's subject other than as one item of a list
    (`outside_enumerations`) or by the first part of its compound alone: "förklarar
    budgeten, förklarar rapporterna, förklarar internhyrorna" names the budget in passing
    and says nothing of it; "de ska hjälpa hela kommunen" says nothing of the
    kommunledningskontor."""
    return names_stem(outside_enumerations(text), subject, by_modifier=False)


def speaks_as(statement: Statement, subject: frozenset[str], claim: frozenset[str]) -> bool:
    """Whether a statement names a headline's subject by its speaker's "vi" and says a word
    of its `claim` (`headline_claim`): a sektorschef's "Vi har två egna controllers … jag
    vet att kontoret tycker att vi bygger en egen organisation" speaks of a sector building
    resources of its own, as "Sektorerna har byggt upp egna resurser vid sidan av" says,
    though it names no sector (blind review 84 counted seven interviews where the breadth
    had four). The kind of unit is the speaker's role's (`unit_kind`), so an enhetschef's
    "vi" names no sector. A word of the claim as well, as "vi" names the subject in
    whatever a sektorschef says ("Och samtidigt ska vi spara") and nearness in meaning
    alone let that in."""
    kind = unit_kind(statement.role)
    return (
        kind is not None
        and bool(unit_stems(kind) & subject)
        and names_stem(statement.text, claim)
        and speaks_for_a_unit(statement.text)
    )


def speaks_in_role(statement: Statement, subject: frozenset[str], claim: frozenset[str]) -> bool:
    """Whether a statement names a headline's subject by its speaker's own person and says
    a word of its `claim` (`headline_claim`): an enhetschef's "Jag har ett särskilt boende
    med fyrtiosex medarbetare" says of one enhetschef what "Många enhetschefer i
    äldreomsorgen har 40, 50 medarbetare" says of them all, though it names none (blind
    review 91 heard group size in both focus groups, where the deck counted none). The
    role is the speaker's (`Statement.role`), named as `praises_own` reads it."""
    role = statement.role
    return (
        bool(role and claim)
        and names_stem(role or "", subject, by_modifier=False)
        and is_personal(statement.text)
        and names_stem(statement.text, claim)
    )


def praises_own(statement: Statement, subject: frozenset[str]) -> bool:
    """Whether a statement's speaker heads the unit a headline's subject names
    (`own_unit_name`: "HR" for the HR-chef) or holds the role it names (the controllers
    on the controllers, blind review 87), so that what they say of it is said of their
    own work."""
    own = own_unit_name(statement.role, statement.sector)
    if any(
        named is not None and names_stem(named, subject, by_modifier=False)
        for named in (own, statement.role)
    ):
        return True
    # the head of the whole administration leads its management: the kommundirektör's
    # "ledningsgruppen har blivit bättre" is a self-assessment (blind reviews 108 and 111
    # found it counted among the interviews praising the management)
    unit = speaker_unit(statement.role, statement.sector)
    return (
        unit is not None
        and unit.name == ADMINISTRATION
        and names_stem(" ".join(subject), _LEADERSHIP)
    )


_LEADERSHIP = frozenset({stem("ledning")})


def statement_names(
    statement: Statement, subject: frozenset[str], claim: frozenset[str] = frozenset()
) -> bool:
    """Whether a statement names a headline's subject: in so many words (`names_subject`)
    or by its speaker's "vi" or "jag", saying a word of its `claim` (`speaks_as`,
    `speaks_in_role`)."""
    return (
        names_subject(statement.text, subject)
        or speaks_as(statement, subject, claim)
        or speaks_in_role(statement, subject, claim)
        or echoes_in_role(statement, subject, claim)
    )


# The endings a unit's noun takes ("sektorn", "sektorer", "sektorerna"): the stemmer
# leaves "sektor" of "sektorerna" but cuts the singular to "sekt"
_UNIT_ENDINGS = ("", "n", "en", "er", "erna", "ar", "arna")


@lru_cache(maxsize=64)
def unit_stems(kind: str) -> frozenset[str]:
    """The stems of the forms of a unit's noun (`unit_kind`: "sektor")."""
    return frozenset(stem(kind + ending) for ending in _UNIT_ENDINGS)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


CLAIM_WORDS = 3
"""The most words of a claim that `echoes` looks for: a longer claim is a whole report
sentence, whose words turn up together under other headings (the seed reports' pairs:
precision 0.00 on the tune split when half of any claim counted)."""


# What judges a subject without saying in what way: "HR är bra", "Ekonomistödet fungerar
# dåligt". A closed class of words, not a lexicon: every other evaluative word ("snabb",
# "krånglig") names the quality it judges.
_WHOLE_JUDGMENTS = frozenset(stem(w) for w in ("bra", "jättebra", "fungerar", "dålig", "dåligt"))
# what such a judgment may be of, its subject's work as a whole: "Controllerna gör ett bra
# jobb", "HR ger ett bra stöd"
_WHOLE_WORK = frozenset(stem(w) for w in ("jobb", "arbete", "stöd", "ger"))


def judges_whole(subject: frozenset[str], claim: frozenset[str]) -> bool:
    """Whether a headline's `claim` only judges its `subject` as a whole ("HR är bra",
    "HR-stödet fungerar bra"), its words aside that name the subject again ("hr-stöd").
    Whatever a statement of the headline's polarity says of that subject supports it: the
    HR consultant who is quick and the one who knows the collective agreements both say
    that HR works well, and "HR-konsulten svarar samma dag och kan arbetsrätten", heard in
    two interviews, stood where seven praised HR (blind review 86)."""
    if not subject or not claim & _WHOLE_JUDGMENTS:
        return False
    return all(
        word in _WHOLE_JUDGMENTS or word in _WHOLE_WORK or any(word.startswith(s) for s in subject)
        for word in claim
    )


def echoes(text: str, subject: frozenset[str], claim: frozenset[str]) -> bool:
    """Whether a sentence of `text` names `subject` and every word of a short `claim`:
    says what the headline says, in its words, whatever else the statement goes on about.

    A long interview turn ("Överlag bra. Jag sitter med i ledningsgruppen och den har
    blivit bättre, mer öppen. Men det finns en bild …") is far from a short headline in
    meaning as a whole, though one of its sentences says just what the headline says."""
    if not subject or not claim or len(claim) > CLAIM_WORDS:
        return False
    return any(
        claim.issubset(_stems(sentence)) and names_subject(sentence, subject)
        for sentence in split_sentences(text)
    )


def echoes_in_role(statement: Statement, subject: frozenset[str], claim: frozenset[str]) -> bool:
    """Whether a statement's speaker holds the role a headline's subject names and one of
    its sentences says every word of a short `claim` of their own person or of whoever
    holds the role ("jag", "man", "det är"): an enhetschef's "Man sitter ensam med allt" and a
    sektorschef's "flera har sagt till mig att de känner sig ensamma" say "Man blir ensam
    som chef", though neither names a chef (blind review 93 found its lines about
    turnover and admin, where these stood outside it)."""
    if not statement.role or not claim or len(claim) > CLAIM_WORDS:
        return False
    # the role by its last part, however short: a sektorschef is a chef
    held = {stem(part) for word in tokens(statement.role) for part in word.split("-") if part}
    if not any(kind_of(own, named) for own in held for named in subject):
        return False
    # by each word in any inflection ("ensamma" of "ensam")
    return any(
        all(names_stem(sentence, {word}) for word in claim)
        and (is_personal(sentence) or bool(_GENERIC.search(sentence)))
        for sentence in split_sentences(statement.text)
    )


# whoever holds the role: "man", or what it is like put impersonally ("Det är ensamt
# ibland", an enhetschef's survey answer, blind review 99)
_GENERIC = re.compile(r"\bman\b|^\s*det\s+(?:är|blir|känns)\b", re.I)


class Mentions:
    """Which statements name a word stem, or a compound built on it or that it is built
    on (the rule of `names_stem`): the engagement's statements that may support a
    headline beyond its own theme's. A consultant counts everyone who said it, wherever
    the clustering put what else they said. Looked up by sorted stems, so that a finding
    costs a few searches, not a pass over every statement."""

    _SHORTEST = 5

    def __init__(self, statements: Iterable[Statement]) -> None:
        by_stem: dict[str, set[str]] = defaultdict(set)
        self._statements: dict[str, Statement] = {}
        self._order: dict[str, int] = {}
        # the questions answered, each once: a turn's statements and a survey question's
        # answers share theirs, so `asked` reads a few hundred, not every statement
        self._answering: dict[str, list[Statement]] = defaultdict(list)
        self._answers: dict[frozenset[str], list[Statement]] = {}
        for st in statements:
            self._statements[st.id] = st
            self._order[st.id] = len(self._order)
            if st.question:
                self._answering[st.question].append(st)
            for token in tokens(st.text):
                for part in {token, *token.split("-")}:
                    if part:
                        by_stem[stem(part)].add(st.id)
            # a speaker's "vi" names their kind of unit (`speaks_as`), their "jag" their
            # role (`speaks_in_role`)
            kind = unit_kind(st.role)
            if kind is not None and speaks_for_a_unit(st.text):
                for unit in unit_stems(kind):
                    by_stem[unit].add(st.id)
            if st.role and is_personal(st.text):
                for word in tokens(st.role):
                    by_stem[stem(word)].add(st.id)
        self._by_stem = dict(by_stem)
        self._forward = sorted(by_stem)
        self._backward = sorted(key[::-1] for key in by_stem)

    def specific(self, stems: frozenset[str], share: float = SPECIFIC_SHARE) -> frozenset[str]:
        """The stems of a subject that few statements name: at most `share` of them
        ("medarbetare" of "färre medarbetare per chef" in a managers' survey, not "chef");
        all of them where none is that rare. Support that only names a word everyone uses
        is no support. On the seed reports' pairs it is a small gain: near and naming the
        subject's specific words is under one consultant heading 0.49 of the time against
        0.48 for any of its words, on both splits, at the same recall (bench/support.py)."""
        if len(stems) < 2 or not self._statements:
            return stems
        total = len(self._statements)
        rare = frozenset(s for s in stems if len(self.naming({s})) <= share * total)
        return rare or stems

    def saying(self, phrase: Sequence[str]) -> list[Statement]:
        """The statements that say the words of `phrase` in a row, in the order they were
        given. A pass over them all: a headline quotes an expression rarely, and its
        words are often stop words that the stems leave out."""
        if not phrase:
            return []
        pattern = _phrase_pattern(phrase)
        return [
            st
            for st in self._statements.values()
            if pattern.search(st.text) and says_phrase(st.text, phrase)
        ]

    def asked(self, phrase: Sequence[str]) -> list[Statement]:
        """The statements that answer a question saying `phrase` (`answers_phrase`), in
        the order they were given."""
        if not phrase:
            return []
        pattern = _phrase_pattern(phrase)
        found = [
            st
            for question, answers in self._answering.items()
            if pattern.search(question) and says_phrase(question, phrase)
            for st in answers
        ]
        return sorted(found, key=lambda st: self._order[st.id])

    def answering(self, stems: frozenset[str]) -> list[Statement]:
        """The statements that answer a question naming any of `stems` (`names_stem`:
        "Hur upplever du samarbetet i ledningsgruppen?" of "ledning"), in the order they
        were given."""
        if not stems:
            return []
        # a finding's headline is weighed for each of its candidates: once per subject
        if stems not in self._answers:
            found = [
                st
                for question, answers in self._answering.items()
                if names_stem(question, stems)
                for st in answers
            ]
            self._answers[stems] = sorted(found, key=lambda st: self._order[st.id])
        return self._answers[stems]

    def answer(self, statement: Statement) -> list[Statement]:
        """The whole answer `statement` is part of: its source's statements that answer
        the same question, in the order they were given. What one of them leaves unsaid
        the answer may say: "Vi har ärenden i TopDesk som har legat i två månader" is
        about IT where the sentence before it, answering the same "Vem driver det
        projektet?", says that IT has the technical management."""
        if not statement.question:
            return [statement]
        found = [
            st
            for st in self._answering.get(statement.question, [])
            if st.source_id == statement.source_id
        ]
        return found if any(st.id == statement.id for st in found) else [statement, *found]

    def naming(self, stems: Iterable[str]) -> list[Statement]:
        """The statements that name any of `stems`, in the order they were given."""
        found: set[str] = set()
        for wanted in stems:
            found |= self._by_stem.get(wanted, set())
            for unit in unit_compounds(wanted):  # "lönekontoret" of "lön"
                found |= self._by_stem.get(unit, set())
            if len(wanted) < self._SHORTEST:
                continue
            for key in _starting(self._forward, wanted):  # "digitaliseringsstrategi"
                found |= self._by_stem[key]
            for key in _starting(self._backward, wanted[::-1]):  # "it-budget"
                found |= self._by_stem[key[::-1]]
            for cut in range(self._SHORTEST, len(wanted)):  # built on a shorter stem
                found |= self._by_stem.get(wanted[:cut], set())
                found |= self._by_stem.get(wanted[-cut:], set())
        return [self._statements[sid] for sid in sorted(found, key=self._order.__getitem__)]


def _phrase_pattern(phrase: Sequence[str]) -> re.Pattern[str]:
    """A quick first look for the words of `phrase` in a row, before `says_phrase`."""
    return re.compile(r"\b" + r"\W+".join(re.escape(w) for w in phrase) + r"\b", re.I)


def _starting(keys: Sequence[str], prefix: str) -> list[str]:
    """The sorted `keys` that start with `prefix`."""
    start = bisect.bisect_left(keys, prefix)
    end = bisect.bisect_left(keys, prefix + "\U0010ffff")
    return list(keys[start:end])


def supporting(
    anchor: Statement,
    members: Sequence[Statement],
    topics: Mapping[str, np.ndarray],
    threshold: float = SUPPORT_SIMILARITY,
    subject: frozenset[str] = frozenset(),
    claim: frozenset[str] = frozenset(),
    phrase: Sequence[str] = (),
    remedy: Sequence[str] = (),
    head: frozenset[str] = frozenset(),
    asked: bool = False,
    judged: Collection[str] = (),
    unnamed: Sequence[str] = (),
) -> list[Statement]:
    """The anchor and the members that say what it says, nearest first: at `threshold` or
    above in `topics`, or the same words: its short claim, the expression it quotes
    (`phrase`, `headline_phrase`) or the wish that answers it (`remedy`,
    `headline_remedy`). Without the anchor's vector: all members.

    With `subject` (`headline_subject`), only members that name it: a statement that
    recruiting is slow says nothing about procurement being slow, however near the two
    are in meaning. On the seed reports' pairs this raises the share of pairs under one
    consultant heading from 0.45 to 0.48 (tune) and from 0.43 to 0.48 (report), keeping
    five sixths of the recall (bench/results/support.md). With `head` (`headline_head`),
    only members that name that part of it too; and where the headline is a wish for
    what `head` names (`asked`), every member that asks for it (`asks_for`), near or
    not: "En administratör som tar schemat" asks for what "Admin nära chefen" does, in
    other words. So does every member in `judged`, near or not, and whether it names the
    subject or the question it answers does: the caller's word that it judges the
    headline's subject as the headline does (`synth.draft.offline.headline_support`).
    A member near the anchor that says its claim of a word standing in for the subject
    (`unnamed`, `headline_unnamed`) names it: the nearness tells what "vad" stands for."""
    centre = topics.get(anchor.id)
    if centre is None:
        return [anchor, *(m for m in members if m.id != anchor.id)]
    same = anchor.text.strip().casefold()
    may_echo = bool(subject) and 0 < len(claim) <= CLAIM_WORDS
    whole = judges_whole(subject, claim)
    wish = asked and bool(head)
    scored = []
    for position, member in enumerate(members):
        if member.id == anchor.id:
            continue
        vector = topics.get(member.id)
        similarity = float(vector @ centre) if vector is not None else -math.inf
        identical = member.text.strip().casefold() == same
        said = (
            says_phrase(member.text, phrase)
            or answers_phrase(member, phrase)
            or says_phrase(member.text, remedy)
        )
        # one that is neither near nor can say it in so many words is not read further:
        # reading whether a statement names the subject is most of what support costs
        far = similarity < threshold and not (identical or said)
        # a wish for what its head names rests on what asks for that, near or not
        if wish and not (identical or said or asks_for(member.text, head)):
            continue
        if far and not (
            whole
            or wish
            or member.id in judged
            or (
                may_echo
                and (echoes(member.text, subject, claim) or echoes_in_role(member, subject, claim))
            )
        ):
            continue
        # what judges the subject names it, by its own subject or the question it answers
        if subject and not (
            member.id in judged
            or statement_names(member, subject, claim)
            or (not far and says_unnamed(member.text, unnamed))
        ):
            continue
        if head and not statement_names(member, head, claim):
            continue
        # where an expression it quotes is all a headline names, it is what support says
        if phrase and not subject and not said:
            continue
        if identical:
            similarity = math.inf
        elif not (said or subject) and len(tokens(member.text)) < _FEWEST_WORDS:
            # a remark that names nothing ("Där har du en poäng.", "Egentligen inget.", "Det
            # är lite frustrerande") is near whatever else is short, and says nothing of a
            # headline that names no subject of its own for it to name (one that does,
            # "En väg in.", names it): such remarks counted five sources more for '"Göra
            # mer med mindre" går inte i längden'
            continue
        elif similarity < threshold:
            similarity = threshold  # says it in so many words: ranked after the near ones
        if similarity >= threshold:
            scored.append((-similarity, position, member))
    return [anchor, *(member for _, _, member in sorted(scored, key=lambda item: item[:2]))]


def asks_for(text: str, head: frozenset[str]) -> bool:
    """Whether a wish asks for what `head` (`headline_head`) names: the first phrase of
    what it asks for (its first sentence without the speaker's frame, up to a comma, a
    preposition or a relative clause) holds it, a compound on it, or it derived
    ("administrativt", "administratör" of "admin"). "Hjälp med internkommunikation till
    medarbetare" asks for no staff, and "Vi lägger 40 % av tiden på administration" for
    nothing."""
    sentences = split_sentences(text)
    if not sentences or not head:
        return False
    said = words(without_wish_frame(sentences[0]).split(",", 1)[0])
    # what it names before a verb or a clause of its own: "Vi vet att vi behöver 900 nya
    # medarbetare" asks for no staff, nor "Stöd när medarbetare utsätts för hot"
    ends = _PHRASE_ENDS | _SUBJUNCTIONS
    phrase = list(takewhile(lambda w: w not in ends and not finite_verb(w), said))
    return any(
        kind_of(stem(w), h) or (stem(w).startswith(h) and related_stems(stem(w), h))
        for w in phrase
        for h in head
    )


# What opens a clause of its own after what a wish names ("Stöd när medarbetare utsätts …")
_SUBJUNCTIONS = frozenset({"när", "då", "så", "eftersom", "medan", "innan", "tills", "ifall"})


_FEWEST_WORDS = 2
"""The fewest words, stop words aside, of a statement that supports a headline without a
subject of its own that it does not say in so many words."""


def narrowed(
    theme: Theme, support_ids: Sequence[str], statements: Mapping[str, Statement]
) -> Theme:
    """The theme as far as its headline is supported: its statements, their breadth
    (counted as the theme's is, against all the engagement's sources) and its quotes among
    them. Without support ids, or none of them known: the theme as it is."""
    members = [statements[sid] for sid in support_ids if sid in statements]
    if not members:
        return theme
    kept = {m.id for m in members}
    return replace(
        theme,
        statement_ids=tuple(m.id for m in members),
        quotes=tuple(q for q in theme.quotes if q in kept),
        size=len(members),
        breadth=counted_as(theme.breadth, members),
    )


def counted_as(record: Mapping[str, object], members: Sequence[Statement]) -> dict[str, object]:
    """The breadth of `members` as a stored breadth `record` was counted: against the same
    sources of the engagement, a kind of source told as the record told it."""
    spread = breadth(members, {}, told_types(record))
    totals = record.get("totals")
    return replace(
        spread,
        totals=dict(totals) if isinstance(totals, Mapping) else {},
        kinds=group_kinds(record),
        place_totals=place_totals(record),
    ).record()
