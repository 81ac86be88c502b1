"""Whether a Swedish word is a finite verb, and whether a text is a whole clause.

A bullet or a headline is a whole sentence: a subject and a finite verb in a main clause
("Upphandlingar tar lång tid"). Speech and survey answers are full of pieces that are not
("ovärderligt när det blir svåra ärenden", "mellan IFO och skolan, till exempel",
"Undersköterskor, sjuksköterskor och socialsekreterare"), and of clauses without a subject
("Har aldrig fått hjälp därifrån").

The open class of verbs comes from simplemma's Swedish lemma dictionary (a maintained
PyPI package that ships its data and works offline): a word is a finite verb when its
lemma is a verb (the lemma's own present tense is a known form of it) and the word is
the present, the past or the s-form of that lemma, or a strong past ("tog", "skrev") that
is not built on the lemma's stem. spaCy's Swedish lookup table was the alternative; it maps
"finns" to "finne", "fick" to "ficka" and "har" to "hare", so it fails on the commonest
verbs; hunspell-sv has no word classes. What no lemma list decides, the auxiliaries and
modal verbs (a closed class of grammar words), is listed here.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

import simplemma

from synth.text.swedish import stop_words

__all__ = [
    "FRONTING",
    "PREPOSITIONS",
    "SENTENCE_ADVERBS",
    "SUBORDINATORS",
    "common_word",
    "definite",
    "extraposed",
    "finite_verb",
    "first_conjunct",
    "has_main_verb",
    "infinitive",
    "is_clause",
    "is_verb",
    "lower_first",
    "main_order",
    "presentational",
    "said_clause",
    "subject_words",
    "subordinate_order",
]

# Auxiliaries and modals: a closed class whose forms no regular conjugation gives.
_AUXILIARIES = frozenset(
    """är var har hade kan kunde ska skall skulle måste bör borde vill ville får fick lär
    brukar finns fanns blir blev verkar vet visste vore""".split()  # noqa: SIM905 -- a word list reads as text
)
# Words that open a subordinate clause: its finite verb is not the sentence's.
SUBORDINATORS = frozenset(
    """när om eftersom att som medan innan tills fastän ifall vilket vilka vilken än
    såvida hur varför vem vad där""".split()  # noqa: SIM905
)
# Words that open a main clause before its verb without being its subject ("Nu är det …",
# "I dag har vi …", "När något går sönder vet ingen …"): the subject stands after the verb,
# and the clause cannot become an "att" clause by moving one word.
FRONTING = SUBORDINATORS | frozenset(
    """i på för inom vid nu sen sedan då ibland idag därför dessutom här där till från under
    efter före med utan fast men och så också även bara ofta aldrig alltid egentligen
    tyvärr samtidigt kanske ändå vidare""".split()  # noqa: SIM905 -- a word list reads as text
)
# Prepositions (a closed class): a piece that opens with one is the tail of something said
# before ("mellan IFO och skolan"), and none names what a phrase is about ("per chef").
PREPOSITIONS = frozenset(
    """i på av till från med mellan under över efter före om hos vid genom utan mot kring
    inom bland trots enligt åt ur bakom runt per nära inför via utöver utanför gentemot
    angående beträffande längs""".split()  # noqa: SIM905
)
# Prepositions of several words, whose noun names nothing: "vid sidan av" is "beside",
# no side of anything, and "på grund av" no ground
_COMPLEX_PREPOSITION = re.compile(
    r"\b(?:vid sidan av|i stället för|istället för|på grund av|med hjälp av|i samband med"
    r"|när det gäller|med tanke på|i förhållande till|till följd av|i fråga om|i form av"
    r"|på bekostnad av|med avseende på)\b",
    re.IGNORECASE,
)


def without_complex_prepositions(text: str) -> str:
    """`text` without its prepositions of several words (`_COMPLEX_PREPOSITION`), for what
    reads its words as what it names: "Sektorerna har byggt upp egna resurser vid sidan
    av" says nothing of "sidor"."""
    return _COMPLEX_PREPOSITION.sub(" ", text)


_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")
_COMPOUND = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+(?:-[A-Za-zÅÄÖåäöÉéÜü]+)*")


@lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    return str(simplemma.lemmatize(word, lang="sv"))


def _known_as(form: str, lemma: str) -> bool:
    return simplemma.is_known(form, lang="sv") and _lemma(form) == lemma


@lru_cache(maxsize=50_000)
def _verb_lemma(lemma: str) -> bool:
    """Whether a lemma is a verb: one of its present-tense forms is a known form of it."""
    if len(lemma) < 2:
        return False
    if lemma.endswith("as") and not lemma.endswith("sas") and len(lemma) > 4:
        return _known_as(lemma, lemma)  # deponents: "lyckas", "hoppas"
    if lemma[-1] not in "aeiouyåäö":
        return False
    stem = _stem(lemma)
    # "tappa" -> "tappar", "köpa" -> "köper", "göra" -> "gör"
    candidates = {lemma + "r", stem + "er"} | ({stem} if stem.endswith("r") else set())
    return any(_known_as(form, lemma) for form in candidates if form != lemma)


def _stem(lemma: str) -> str:
    """The stem the conjugations build on: "tappa" -> "tapp"; "ta", "gå" are their own."""
    return lemma[:-1] if lemma.endswith("a") and len(lemma) > 2 else lemma


@lru_cache(maxsize=100_000)
def finite_verb(word: str) -> bool:
    """Whether a word is a finite verb form: present, past or s-form ("tappar", "köpte",
    "saknas", "tog"), not an infinitive, supine or participle ("tappa", "tagit",
    "sjukskriven")."""
    low = word.casefold()
    if low in _AUXILIARIES:
        return True
    if len(low) < 2 or not simplemma.is_known(low, lang="sv"):
        return False
    lemma = _lemma(low)
    if not _verb_lemma(lemma):
        return False
    if low == lemma:
        return lemma.endswith("as")  # a deponent's present is its infinitive
    stem = _stem(lemma)
    present = {lemma + "r", stem + "er", lemma + "s", stem + "s", stem + "es"}
    if stem.endswith("r"):
        present.add(stem)  # "gör", "hör"; other bare stems are imperatives or nouns ("plan")
    if lemma.endswith("as"):
        present.add(lemma[:-2] + "s")  # "finnas" -> "finns"
    if low in present:
        return True
    if low.startswith(stem):
        # the regular past ("tappade", "köpte", "bodde"); the rest built on the stem is a
        # supine or participle ("tappat", "skrivit", "sjukskriven", "anställda")
        # and its s-form ("genomfördes")
        return low.endswith(("de", "te", "des", "tes")) and not low.endswith(("ande", "ende"))
    # a strong past not built on the stem ("tog", "skrev", "gick"); a supine ends in -t,
    # a comparative in -re ("färre" has the lemma "få", a homograph of the verb)
    return not low.endswith(("t", "re"))


def infinitive(word: str) -> str | None:
    """A finite verb's infinitive ("blir" -> "bli", "gör" -> "göra", "förklarar" ->
    "förklara"), from the lemma dictionary; None for a word that is no finite verb."""
    low = word.casefold()
    if not finite_verb(low):
        return None
    lemma = _lemma(low)
    return lemma if _verb_lemma(lemma) else None


def is_verb(word: str) -> bool:
    """Whether a word is a verb form of any kind: finite, infinitive ("förbättra")."""
    low = word.casefold()
    return finite_verb(low) or (_lemma(low) == low and _verb_lemma(low))


# Adverbs that add a clause to what was said before ("Men sen har sektorerna byggt upp egna
# resurser"): first in a clause they stand before its verb, and the clause says the same
# without them, its subject first again.
_ADDING = frozenset({"sen", "sedan", "dessutom", "också", "även"})
_ADDED = re.compile(
    r"^(?P<adverb>\w+)\s+(?P<verb>[\w-]+)\s+(?P<subject>[\w-]+)(?P<rest>(?:\s+\S+)*)\s*$"
)


_SUBJECT_PRONOUNS = frozenset({"jag", "vi", "man", "dom", "ni", "du", "hon", "han", "hen"})
_EMPTY_SUBJECT_VERBS = frozenset(
    {"finns", "fanns", "är", "var", "blir", "blev", "tar", "tog", "går", "gick", "kommer", "kom"}
)


def without_addition(clause: str) -> str:
    """A clause without an adding adverb before its verb, its subject first: "sen har
    sektorerna byggt upp egna resurser" -> "sektorerna har byggt upp egna resurser", "sen
    finns det …" -> "det finns …". A pronoun subject is moved, and a one-word noun
    followed by another verb form or nothing ("Sen kom pandemin"); anything else is left
    as it is ("Sen har den nya chefen börjat")."""
    found = _ADDED.match(clause.strip())
    if found is None or found["adverb"].casefold() not in _ADDING:
        return clause
    verb, subject, rest = found["verb"], found["subject"], found["rest"]
    following = rest.split()[:1]
    if not finite_verb(verb) or is_verb(subject) or subject.casefold() in SENTENCE_ADVERBS:
        return clause
    # "den", "de" and "det" are articles too ("sen har den nya chefen börjat"): "det" is
    # the subject after a verb that takes an empty one ("sen finns det inga pengar")
    pronoun = subject.casefold() in _SUBJECT_PRONOUNS or (
        subject.casefold() == "det" and verb.casefold() in _EMPTY_SUBJECT_VERBS
    )
    if (
        following
        and not pronoun
        and not (_verb_form(following[0]) or following[0] in SENTENCE_ADVERBS)
    ):
        return clause
    moved = f"{subject.casefold() if pronoun else subject} {verb.casefold()}{rest}"
    return moved[:1].upper() + moved[1:] if clause[:1].isupper() else moved


# "också"/"även" that add to something said before ("lönekontoret är också pålitligt": as
# what else is?); not the conjunction "även om", nor the second half of "inte bara … utan
# också", "… men också"
_ALSO = re.compile(r"(?<!\butan )(?<!\bmen )\b(?:också|även)\b(?!\s+om\b)", re.I)


# "t.ex." right after a clause's one-word subject, before its verb: the subject is an
# example of what was said before ("… väldigt kunniga medarbetare. HR t.ex. får mycket
# beröm")
_EXAMPLE_OF = re.compile(
    r"^(\s*[\wåäöÅÄÖ-]+)\s+(?:t\.\s?ex\.?|till exempel|bland annat)\s+(?=([\wåäö]+))", re.I
)


def without_also(clause: str) -> str:
    """A clause without the "också" or "även" that points back at what was said before it:
    "lönekontoret är också pålitligt" -> "lönekontoret är pålitligt"; nor the "t.ex."
    after its subject that makes it an example of that: "HR t.ex. får mycket beröm" ->
    "HR får mycket beröm"."""
    example = _EXAMPLE_OF.match(clause)
    if example and finite_verb(example[2]):
        clause = f"{example[1]} {clause[example.end() :]}"
    return re.sub(r"\s{2,}", " ", _ALSO.sub("", clause)).strip().replace(" ,", ",")


def _verb_form(word: str) -> bool:
    """Whether a word is a form of a verb, a supine or participle too ("byggt")."""
    low = word.casefold().strip(".,;:!?")
    return is_verb(low) or (simplemma.is_known(low, lang="sv") and _verb_lemma(_lemma(low)))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def has_main_verb(text: str) -> bool:
    """Whether a text has a finite verb of its own, not only inside a subordinate clause:
    "Det tar lång tid när ..." has, "ovärderligt när det blir svåra ärenden" has not.

    Each word that opens a subordinate clause takes the next finite verb as its own (and
    one more after "och"/"men" inside it); a finite verb that no such word takes is the
    main clause's ("Förändringen som berör nämnderna är liten")."""
    return _main_verb_at([w.casefold() for w in _words(text)]) is not None


def _main_verb_at(words: list[str]) -> int | None:
    """The position of the main clause's finite verb in lower-case `words` (see
    `has_main_verb`), or None."""
    open_clauses = 0
    inside = coordinated = False
    auxiliary_at = -9
    for i, word in enumerate(words):
        if i - auxiliary_at <= 2 and finite_verb(word) and word not in _AUXILIARIES:
            continue  # "ska förändras", "kan inte nås": an infinitive after a modal
        if i == 0 and _attributive(words):
            continue
        if word in _AUXILIARIES:
            auxiliary_at = i
        if word in SUBORDINATORS and _opens_clause(words, i):
            open_clauses += 1
        elif word in ("och", "men", "eller") and inside:
            coordinated = True
        elif finite_verb(word):
            if open_clauses:
                open_clauses -= 1
                inside = True
            elif coordinated:
                coordinated = False
            else:
                return i
    return None


def _attributive(words: list[str]) -> bool:
    """Whether the first of lower-case `words` is a participle before the noun it
    describes, not a verb in the past tense: "legitimerade lärare i vissa ämnen" has no
    verb. A statement opens on its finite verb only as a question ("behövde ni hjälp"),
    so a past form first, before a word that is neither a stop word nor a verb, is the
    noun's."""
    return (
        len(words) > 1
        and _PARTICIPLE.search(words[0]) is not None
        and words[1] not in stop_words()
        and not finite_verb(words[1])
    )


_PARTICIPLE = re.compile(r"(?:ade|de|te|da|ta)$")


def subject_words(text: str) -> tuple[str, ...]:
    """The words of a clause's subject, lower case: all before its main verb ("upphandling"
    of "Upphandling är krånglig", "it-budgeten" of "IT-budgeten har legat still").
    Empty where the clause opens with something else than its subject (a subordinate
    clause or an adverbial: "När något går sönder vet ingen …", "Nu är det …") or has no
    main verb; stop words are the caller's to drop."""
    # compounds keep their hyphen ("it-budgeten"); the verb is looked for in their last part
    words = [w.casefold() for w in _COMPOUND.findall(text)]
    if not words or words[0] in FRONTING:
        return ()
    at = _main_verb_at([w.rsplit("-", 1)[-1] for w in words])
    return tuple(words[:at]) if at else ()


# Where a sentence's first clause ends: a comma or a "men" ("och" also joins names: "Vård
# och omsorg saknar …").
_FIRST_BREAK = re.compile(r",\s|\s+men\s+")


def first_conjunct(text: str) -> str:
    """A sentence up to its first comma or "men": what must be a clause of its own for
    the sentence to stand after "att" ("Mycket prat om digitalisering men inget händer"
    has its verb only after the "men")."""
    return _FIRST_BREAK.split(text, maxsplit=1)[0]


# "Det är svårt att rekrytera …": a "det" that stands for the "att" clause after the verb
# and a few words ("Det tar lång tid att …", "Det har blivit svårare att …"), not for
# something said before ("Det innebär ökad tillgänglighet, att …", "Det är inte för att
# administratören var slarvig").
_EXTRAPOSED = re.compile(
    r"^det\s+(?:är|var|blir|blev|känns|kändes|verkar|tar|tog|har\s+blivit|kan\s+vara"
    r"|skulle\s+vara|vore|hade\s+varit"
    # what can or cannot be done: "Det borde gå att bygga en rapport", "Det går inte att …"
    r"|går|gick|(?:borde|skulle|kan|måste)\s+gå)"
    r"\s+(?:(?:[^\s,;:]+\s+){0,5}?(?<!för )att\s+(?P<clause>\S.*)"
    # or for the question it leaves open: "Det är oklart vem som äger systemen", "Det är
    # inte tydligt hur ansvaret är fördelat" (not "Det är många som vet vem …": a cleft)
    r"|(?:(?!som\b)[^\s,;:]+\s+){1,2}(?:vem|vad|vilka|vilken|vilket|hur|varför|vart|om)"
    r"(?:\s+som)?\s+(?P<question>\S.*))$",
    re.IGNORECASE,
)


# "Det är för många mål": a "det" that presents what there is too much or too little of.
_PRESENTATIONAL = re.compile(
    r"^det\s+(?:är|blir|var|blev)\s+(?:(?:alldeles|lite|väldigt)\s+)?för\s+"
    r"(?:många|mycket|få|lite)\s+(?P<what>\S.*)$",
    re.IGNORECASE,
)


def presentational(text: str) -> str | None:
    """What a presentational "det" presents ("mål" of "Det är för många mål"), or None
    where the sentence is no such one."""
    found = _PRESENTATIONAL.match(text.strip())
    return found["what"].strip() if found else None


def extraposed(text: str) -> str | None:
    """The "att" clause a sentence's "det" stands for ("rekrytera behöriga lärare" of "Det
    är svårt att rekrytera behöriga lärare"), or what its open question asks about ("äger
    systemen" of "Det är oklart vem som äger systemen"); None where its "det" is no such
    stand-in."""
    found = _EXTRAPOSED.match(text.strip())
    if found is None:
        return None
    return (found["clause"] or found["question"]).strip()


# Words that are also a preposition or a comparison ("frågor om budgeten", "som en
# introduktion"): they open a clause only before a finite verb ("som styr") or a pronoun
# subject ("om man ringer").
_AMBIGUOUS = frozenset({"om", "som", "än", "innan", "tills", "vad", "hur"})
_COORDINATORS = frozenset({"och", "men", "eller", "så", "för"})
_QUESTION_WORDS = frozenset({"vad", "hur", "vem", "varför"})
_SENTENCE_ADVERBS = frozenset(
    {"inte", "aldrig", "alltid", "också", "även", "bara", "redan", "ofta"}
)
_PRONOUNS = frozenset(
    "det den de dom man vi jag du ni hon han hen alla någon ingen ingenting".split()  # noqa: SIM905
)


def _opens_clause(words: list[str], i: int) -> bool:
    if _infinitive_marker(words, i):
        return False
    if words[i] == "där":
        # after a noun it opens a relative clause ("ett system där man kan följa ärendet",
        # "en plan där välfärdstekniken får plats"); first in a sentence or after "och" it
        # is an adverb ("Där finns ingen som svarar") unless a pronoun subject follows
        after_noun = i > 0 and words[i - 1] not in _COORDINATORS
        return after_noun or (i + 1 < len(words) and words[i + 1] in _PRONOUNS)
    if words[i] in _QUESTION_WORDS and i > 0 and words[i - 1] not in _COORDINATORS:
        # within a sentence a question word opens an indirect question, whatever its
        # subject: "beskriver vad stödet gör", "vet inte hur processen ser ut"
        return True
    if words[i] in _AMBIGUOUS:
        # the adverbs between a relative "som" and its verb: "som både är ett hot och en
        # möjlighet", "som faktiskt fungerar"
        rest = [w for w in words[i + 1 : i + 4] if w not in _BETWEEN]
        following = rest[0] if rest else ""
        return following in _PRONOUNS or finite_verb(following)
    return True


def _infinitive_marker(words: list[str], i: int) -> bool:
    """Whether "att" at `i` marks an infinitive ("möjlighet att bilda utskott ska …"),
    which opens no clause of its own."""
    if words[i] != "att" or i + 1 >= len(words):
        return False
    following = words[i + 1]
    return _lemma(following) == following and _verb_lemma(following)


def is_clause(text: str) -> bool:
    """Whether a text is a main clause that stands on its own: a finite verb of its own
    and a subject before it (not "Har aldrig fått hjälp därifrån", which starts with its
    verb)."""
    words = _words(text)
    if not words or finite_verb(words[0]):
        return False
    # "Att man vet hur lång tid det tar": an att-clause alone names a wish, it states nothing
    if words[0].casefold() == "att":
        return False
    return has_main_verb(text)


# The sentence adverbs that stand after the finite verb of a main clause and before it in a
# subordinate one ("Budgeten ökar inte" -> "att budgeten inte ökar").
SENTENCE_ADVERBS = frozenset(
    """inte aldrig alltid ofta sällan också även bara redan fortfarande nog knappt heller ens
    verkligen egentligen kanske gärna ännu nästan""".split()  # noqa: SIM905
)


# What may stand between a relative "som" and its verb: a sentence adverb or a word of
# speech ("som både är ett hot och en möjlighet", "som faktiskt fungerar").
_BETWEEN = SENTENCE_ADVERBS | frozenset({"både", "faktiskt", "ju", "väl"})


# A negative pronoun after the finite verb ("det finns ingen prioritering") is "inte …
# någon" in an "att" clause: "att det inte finns någon prioritering".
_SOME = {"ingen": "någon", "inget": "något", "inga": "några"}


def subordinate_order(clause: str) -> str:
    """A main clause in the word order of a subordinate one, as after "att": its first
    sentence adverb ("inte", "aldrig", "alltid" …) moved before the finite verb it follows,
    or a negative pronoun right after it made "inte … någon".
    "Budgeten ökar inte i samma takt" -> "Budgeten inte ökar i samma takt"; a clause
    whose verb neither follows is returned as it is."""
    tokens = clause.split(" ")
    for i in range(1, len(tokens) - 1):
        verb, adverb = tokens[i], tokens[i + 1]
        if _WORD.fullmatch(verb) and finite_verb(verb):
            if adverb.casefold() in SENTENCE_ADVERBS:
                tokens[i], tokens[i + 1] = adverb, verb
                return " ".join(tokens)
            if adverb in _SOME:
                tokens[i : i + 2] = ["inte", verb, _SOME[adverb]]
                return " ".join(tokens)
            return clause  # the finite verb is found and no adverb follows it
    return clause


def said_clause(headline: str, names: Collection[str] = (), *, whole: bool = False) -> str:
    """A finding's headline inside a sentence: "att upphandlingar tar lång tid" where it is
    a clause that starts with its subject, else the headline in quotation marks. Its first
    word keeps its capital where it is a name: an acronym ("IT"), one of `names` (a
    sector's), or a word no Swedish dictionary knows ("Lifecare").

    With `whole`, a headline of two clauses is quoted: as the subject or object of "tas
    upp" its second clause reads as taking the first up ("Att digitaliseringen går för
    långsamt, andra kommuner har kommit längre tas upp …")."""
    text = headline.strip().rstrip(".")
    first = text.split()[0] if text.split() else ""
    # the clause "att" opens must be whole before its first break: "Mycket prat om
    # digitalisering men inget händer" has its verb only after the "men"
    if (
        (whole and "," in text)
        or not is_clause(first_conjunct(text))
        or first.casefold() in FRONTING
    ):
        return f"\u201d{text}\u201d"
    named = any(text.startswith(name) for name in names)
    text = subordinate_order(text)
    return "att " + (text if named else lower_first(text))


# A prepositional object put first, its preposition left last: "Kommunikation är svårt att få
# hjälp från". The neuter adjective agrees with no subject (it is the "det" of "Det är svårt
# att …"), so the noun before it is the preposition's object.
_FRONTED_OBJECT = re.compile(
    r"^(?P<object>[^\s,;:]+(?:\s+[^\s,;:]+){0,2})\s+(?P<verb>är|blir|var|blev)\s+"
    r"(?P<adjective>(?:(?:inte|ganska|väldigt|mycket|lite|så)\s+)?[a-zåäö]+t)\s+att\s+"
    r"(?P<rest>\S(?:.*\S)?)\s+(?P<preposition>[a-zåäö]+)$",
    re.IGNORECASE,
)


def unfronted(clause: str) -> str | None:
    """A clause whose prepositional object was put first, in the written order with an
    extraposing "det": "Kommunikation är svårt att få hjälp från" -> "Det är svårt att få
    hjälp från kommunikation"; None where the clause is no such one. Spoken Swedish
    fronts the topic; a report's headline names it where it belongs. Not a subject the
    adjective agrees with ("Avtalskatalogen är svår att hitta i"), nor a fronted phrase
    with a verb of its own."""
    found = _FRONTED_OBJECT.match(clause.strip().rstrip("."))
    if found is None or found["preposition"].casefold() not in PREPOSITIONS:
        return None
    named = found["object"].split()
    if any(is_verb(word) or word.casefold() in _PRONOUNS for word in named):
        return None
    return (
        f"Det {found['verb'].casefold()} {found['adjective']} att {found['rest']} "
        f"{found['preposition']} {lower_first(found['object'])}"
    )


# A main clause after a comma whose subject is a pronoun standing for the one before:
# "…, de prioriterar kommunövergripande saker", "…, han svarar aldrig"
_SPLICE = re.compile(r",\s*(?:de|dom|han|hon|hen|den)\s+(?P<verb>[a-zåäö]+)\b", re.I)


def splice(sentence: str) -> tuple[str, str] | None:
    """A sentence of two main clauses spliced with a comma, the second's subject a
    personal pronoun for the first's, as its two clauses: "Kommunikation är svårt att få
    hjälp från, de prioriterar kommunövergripande saker". Speech goes on so to why; a
    report writes the claim alone, or each clause as one of its own. None where the first
    comma joins no such clause, or what comes before it is no clause of its own."""
    comma = sentence.find(",")
    found = _SPLICE.match(sentence, comma) if comma > 0 else None
    if found is None or not finite_verb(found["verb"]):
        return None
    head = sentence[:comma].strip()
    return (head, sentence[comma + 1 :].strip()) if is_clause(head) else None


# A connective that ties a sentence to the one before it ("Vidare föreslås …", "Dessutom
# har vi …"): a headline stands alone
_CONNECTIVE_FIRST = re.compile(
    r"^(?:vidare|dessutom|därtill|därutöver|slutligen)\s+(?P<verb>[a-zåäö]+)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def unconnected(clause: str) -> str | None:
    """A clause opening on a connective that ties it to what was said before, as one that
    stands alone; None where it opens on none, or its order cannot be put back. Its verb
    stood second: after a pronoun subject, that subject goes first ("Dessutom har vi ett
    problem" -> "Vi har ett problem"); an s-passive before what it presents takes a
    presentational "det" ("Vidare föreslås en samlad förvaltningsorganisation" -> "Det
    föreslås en samlad förvaltningsorganisation", a seed report's sentence that headed a
    finding of the seed engagement)."""
    found = _CONNECTIVE_FIRST.match(clause.strip())
    if found is None or not finite_verb(found["verb"]):
        return None
    verb, rest = found["verb"].casefold(), found["rest"]
    subject, _, after = rest.partition(" ")
    if subject.casefold() in _PRONOUNS and after:
        return f"{subject.capitalize()} {verb} {after}"
    if verb.endswith("s"):
        return f"Det {verb} {rest}"
    return None


def main_order(clause: str) -> str:
    """What follows the subject of an "att" clause in the word order of a main clause: a
    sentence adverb before the finite verb goes after it ("inte hinner med" -> "hinner
    inte med"), as `subordinate_order` undone."""
    found = _ADVERB_FIRST.match(clause)
    if found is None or found["adverb"].casefold() not in SENTENCE_ADVERBS:
        return clause
    if not finite_verb(found["verb"]):
        return clause
    return f"{found['verb']} {found['adverb']}{clause[found.end() :]}"


_ADVERB_FIRST = re.compile(r"(?P<adverb>\w+)\s+(?P<verb>\w+)")


_DEFINITE = {False: ("en", "n", "et", "t"), True: ("erna", "arna", "orna", "na")}
"""The endings of a noun's definite form, singular and plural, tried in turn."""


def definite(noun: str, *, plural: bool = False) -> str | None:
    """A noun in its definite form, singular or plural: "administratören" and
    "administratörerna" of "administratör", "samordnaren" and "samordnarna" of
    "samordnare"; a compound by its last part ("HR-administratören"). The form is the
    first ending that the lemma dictionary knows as a form of the noun's own lemma; None
    where none is."""
    head, _, last = noun.rpartition("-")
    # the word itself first: "tekniker" is a technician, though its lemma is "teknik"
    for lemma in dict.fromkeys([last.casefold(), _lemma(last.casefold())]):
        stem = lemma[:-1] if plural and lemma.endswith("e") else lemma
        for ending in _DEFINITE[plural]:
            form = stem + ending
            if _known_as(form, lemma):
                return f"{head}-{form}" if head else form
    return None


def lower_first(text: str) -> str:
    """The text with a lower-case first letter, as it reads inside a sentence, unless its
    first word is an acronym or a name written with capitals inside ("HR", "IT", "BoU")
    or a word no Swedish dictionary knows, a name ("Lifecare krånglar")."""
    first = text.split(" ", 1)[0]
    bare = first.strip(".,;:!?\"'”’()")
    # one capital letter alone is the preposition "I" ("I dag har …"), not an acronym
    acronym = first.isupper() and len(bare) > 1
    if not bare or acronym or bare[1:] != bare[1:].lower() or not common_word(bare):
        return text
    return text[:1].lower() + text[1:]


def common_word(word: str) -> bool:
    """Whether a word is a common Swedish word rather than a name ("Lifecare", "Stratsys"):
    one the lemma dictionary knows, or an inflected compound whose head it knows
    ("chefsdagarna" -> "chefsdag"; a name like "Hypergene" loses one letter at most), a
    loanword's plural in "-s" ("controllers"), or a compound on a word it knows."""
    folded = word.casefold()
    if simplemma.is_known(folded, lang="sv"):
        return True
    lemma = simplemma.lemmatize(folded, lang="sv", greedy=True)
    if lemma != folded and (len(folded) - len(lemma) >= 2 or folded == f"{lemma}s"):
        return True
    # a compound the dictionary does not list, on a last part it knows: "årshjulet" (a
    # part of four letters or fewer is too often a name's end: "Hyper-gene")
    return any(
        simplemma.is_known(folded[cut:], lang="sv")
        for cut in range(_COMPOUND_HEAD, len(folded) - _COMPOUND_TAIL + 1)
    )


_COMPOUND_HEAD = 3
_COMPOUND_TAIL = 5


def plural_noun(word: str) -> bool:
    """Whether a noun is plural by its ending on its lemma: "cheferna", "chefer",
    "controllerna", not "controllern" or "ledningen". A neuter's "-en" ("målen") tells
    no number and counts as none."""
    folded = word.casefold()
    lemma = simplemma.lemmatize(folded, lang="sv")
    if lemma != folded and folded.startswith(lemma):
        return folded.endswith("na") or folded[len(lemma) :] in {"er", "ar", "or"}
    # a word the dictionary does not list ("controllerna") by its guessed lemma, and only
    # where it ends as a definite plural: the guess cuts "controller" to "controll"
    guessed = simplemma.lemmatize(folded, lang="sv", greedy=True)
    return guessed != folded and folded.endswith("na")


# Where the items of a list part: a comma, semicolon or colon, a dash between spaces or a
# dash or bullet opening a line ("- HR-konsulten - lönekontoret - controllern").
_ITEM_BREAK = re.compile(r"[,;:](?=\s|$)\s*|\s[–-]\s|(?:^|\n)\s*[-–•*]\s*")
# A part that opens with a contrast says something against the list, not one more item
# ("Demografin: fler äldre, fler med omfattande behov, men samma budget").
_AGAINST = re.compile(r"^\s*(?:men|fast|trots)\b", re.I)
_ITEM_JOINS = re.compile(r"\s(?:och|eller|samt)\s", re.I)
_LIST_ITEM_WORDS = 4
"""The most words of a list item: a longer part is a clause that frames the list."""
_LIST_ITEMS = 3
"""The fewest items of an enumeration: two are a pair ("HR och ekonomi")."""


def outside_enumerations(text: str) -> str:
    """`text` without the items of its enumerations: runs of three or more short parts
    between commas, colons or dashes ("förklarar budgeten, förklarar rapporterna,
    förklarar internhyrorna"; "fakturor, attester, schema, rekrytering, rapporter"). A
    thing named as one item of a list is named in passing: "Varje gång en ny chef kommer
    så börjar man om, förklarar budgeten, …" is about newly arrived managers, not about
    the budget. A list that is a whole clause of its own ("HR, ekonomi, IT fungerar bra":
    its last item has a finite verb and nothing frames it) is kept."""
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+(?=\s*[-–•*]\s)", text):
        parts = [p for p in _ITEM_BREAK.split(sentence) if p and p.strip()]
        # an item is a few words that are no clause of their own: "de kan rehab, de kan
        # arbetsrätten" says two things, "förklarar budgeten, förklarar rapporterna" lists
        short = [
            len(_words(p)) <= _LIST_ITEM_WORDS and not _AGAINST.match(p) and not subject_words(p)
            for p in parts
        ]
        drop: set[int] = set()
        start = 0
        while start < len(parts):
            end = start
            while end < len(parts) and short[end]:
                end += 1
            items = sum(1 + len(_ITEM_JOINS.findall(f" {p} ")) for p in parts[start:end])
            framed = start > 0 or end < len(parts)
            last_verb = (
                any(finite_verb(w) for w in _words(parts[end - 1])) if end > start else False
            )
            if items >= _LIST_ITEMS and (framed or not last_verb):
                drop.update(range(start, end))
            start = end + 1
        kept.append(", ".join(p.strip() for k, p in enumerate(parts) if k not in drop))
    return " ".join(k for k in kept if k)
