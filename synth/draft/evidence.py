"""Evidence lines in the report's voice: what was said, attributed to where it was said.

A consultant does not paste "Vi tappar undersköterskor till regionen." under a finding but
writes "I tre intervjuer beskrivs att verksamheterna tappar undersköterskor till regionen."
The line is built from one sentence of a statement: put in the third person
(`synth.text.voice`), turned into an "att" clause where Swedish word order allows it
safely (the subject first, a sentence adverb such as "inte" moved before the verb), and led
by who said it and how often, in the passive so that no person is named. Where the
sentence cannot be turned safely (a fronted adverbial, "Nu är det …"), it stands as it is,
in the third person; a sentence about the speaker's own person is not evidence that reads
on its own and is not used. "vi" becomes the speaker's own unit where their role and sector
tell it (`synth.text.voice.speaker_unit`), and the sentence is left out where they do not.

A line is a whole sentence. A piece of speech with no finite verb of its own ("ovärderligt
när det blir svåra ärenden") cannot follow "beskrivs att": a wish named is "efterfrågas",
other words are quoted after "nämns", and a piece that opens with a function word
("mellan IFO och skolan") says nothing alone and is left out. A numbered list is split
into its items (`list_items`) before a sentence is chosen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from synth.draft.condense import without_wish_frame
from synth.privacy.pseudonymise import MARKERS, contains_marker
from synth.records import SourceType
from synth.text.grammar import (
    FRONTING,
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    SUBORDINATORS,
    finite_verb,
    first_conjunct,
    has_main_verb,
    is_clause,
    is_verb,
    lower_first,
    splice,
    subordinate_order,
    unfronted,
    without_also,
)
from synth.text.numbers import count_words, listing, numeral_range
from synth.text.sentences import word_count
from synth.text.swedish import stop_words, tokens, words
from synth.text.voice import (
    Unit,
    impersonal,
    is_personal,
    report_voice,
    without_opinion_frame,
)

_NAME = MARKERS["namn"]

__all__ = [
    "about_before",
    "attributed",
    "claim",
    "contrasted",
    "ends_open",
    "evidence_line",
    "first_clause",
    "list_items",
    "without_names",
]

_SUBJECT_PRONOUNS = frozenset({"det", "den", "de", "dom", "man", "vi", "jag", "hon", "han", "hen"})
# One-word adverbials a speaker puts first ("Formellt är det sektorn som …", "Nu är det
# svårt …"): in an "att" clause they follow the subject ("att det formellt är sektorn …").
_FRONTED_ADVERBS = frozenset(
    """nu idag numera formellt egentligen faktiskt tyvärr ofta oftast ibland sällan alltid
    tidigare förut fortfarande ändå kanske troligen självklart naturligtvis""".split()  # noqa: SIM905
)
# Openings that lean on what was said before: a time ("under tiden", "då", "sen"), a
# reason or a contrast ("därför", "annars", "ändå"), an addition ("även", "också").
_LEANS_BACK = re.compile(
    r"^(?:under tiden|samtidigt|därför|annars|ändå|även|också|då|sen|sedan|där)\b", re.I
)
_WHERE = {
    SourceType.INTERVJU: ("intervju", "intervjuer"),
    SourceType.GRUPPINTERVJU: ("gruppintervju", "gruppintervjuer"),
    SourceType.FOKUSGRUPP: ("fokusgrupp", "fokusgrupper"),
    SourceType.WORKSHOP: ("workshop", "workshoppar"),
    SourceType.ENKAT: ("enkätsvar", "enkätsvar"),
    SourceType.OKAND: ("källa", "källor"),
}
"""What a line calls its sources, by their kind: a focus group is no group interview
(review 45: "Focus-group remarks are also labelled 'gruppintervju'")."""


def _subordinate(sentence: str, keep: str = "") -> str | None:
    """The main clause as an "att" clause, or None where the word order is not safe."""
    words = sentence.split()
    if words and words[0].casefold() == "att":
        return sentence[:1].lower() + sentence[1:]
    if len(words) < 3:
        return None
    # a clause of its own after "men", its subject a pronoun: each in the order of an
    # "att" clause ("Centrala kommunikationsenheten är jättetrevliga men de hinner inte" ->
    # "… är jättetrevliga men att de inte hinner")
    turned = _TURN.match(sentence)
    if turned is not None and finite_verb(turned["verb"]):
        first = _subordinate(turned["first"], keep)
        if first is not None and not _TURN.match(turned["first"]):
            return f"{first} men att {subordinate_order(turned['second'])}"
    # two main clauses spliced with a comma are each a clause of what is said: "att det är
    # svårt att få hjälp från kommunikation och att de prioriterar kommunövergripande
    # saker", not "att kommunikation är svårt att få hjälp från, de prioriterar …"
    spliced = splice(sentence)
    if spliced is not None:
        head, tail = spliced
        first = _subordinate(unfronted(head) or head, keep)
        then = _subordinate(tail, keep)
        if first is not None and then is not None:
            return f"{first} och att {then}"
    # a one-word adverbial put first, its verb and a pronoun subject ("Formellt är det
    # sektorn som …"): the subject first, the adverbial and then the verb ("att det
    # formellt är sektorn som …"), with a sentence adverb after the subject before the verb
    # too ("Nu är det inte lätt" -> "att det nu inte är lätt")
    opening = words[0].casefold().strip(",")
    pronoun = words[2].casefold().strip(",") in _SUBJECT_PRONOUNS
    if finite_verb(words[1]) and pronoun:
        if opening not in _FRONTED_ADVERBS or words[1].endswith(","):
            return None  # something else was put first, which an "att" clause cannot keep
        rest = words[3:]
        adverb = rest[:1] if rest and rest[0].casefold().strip(",.") in SENTENCE_ADVERBS else []
        words = [words[2], opening, *adverb, words[1], *rest[len(adverb) :]]
    elif opening in FRONTING:
        # not a phrase that leans on what was said before ("Under tiden kan de inte …")
        leans = _LEANS_BACK.match(sentence) is not None
        moved = _phrase_last(words) if opening in PREPOSITIONS and not leans else None
        if moved is None:
            return None
        return _subordinate(" ".join(moved), keep)
    else:
        # only the main clause's own sentence adverbs move: one after a subordinator or a
        # comma ("Problemet är att det inte hänger ihop") stands where it should already
        main = next(
            (
                i
                for i, w in enumerate(words)
                if i and (w.endswith(",") or w.casefold() in SUBORDINATORS)
            ),
            len(words),
        )
        # an adverb right after a preposition is the phrase's own ("med nästan 15
        # procent"), not the clause's, and stays where it is
        adverbs = [
            i
            for i, w in enumerate(words[: main + 1])
            if w.casefold().strip(",.") in SENTENCE_ADVERBS
            and not (i and words[i - 1].casefold() in PREPOSITIONS)
        ]
        # one sentence adverb right after a one-word subject and its verb, or none at all;
        # it goes before the verb (`subordinate_order`)
        if adverbs and adverbs != [2]:
            return None
    # the verb's adverb or negative pronoun as an "att" clause has it; a fronted adverbial
    # was moved above, in that order already
    joined = subordinate_order(" ".join(words))
    # a name in front ("Vård och omsorg") keeps its capital
    return joined if keep[:1].isupper() and joined.startswith(keep) else lower_first(joined)


# A sentence that turns with "men" to a clause of its own with a pronoun subject
_TURN = re.compile(
    r"^(?P<first>.+?),? men (?P<second>(?:de|den|det|han|hon|man|vi) (?P<verb>\w+)\b.*)$",
    re.I,
)


# A subject the verb after a fronted phrase may have: "det", "vi" or "man" (not "de", who
# were named before), or one noun in its definite form ("sektorerna", "budgeten",
# "hemtjänsten"); "alla sektorer" is two words and is not moved
_MOVABLE_SUBJECT = re.compile(r"^(?:det|vi|man|[a-zåäö]{3,}(?:en|et|na|n))$")


def _phrase_last(words: Sequence[str]) -> list[str] | None:
    """A main clause that opens with a prepositional phrase, its verb and then a one-word
    subject ("I budgeten för 2027 får sektorerna ett effektiviseringskrav på 1,5 procent")
    in straight order with the phrase at the end of the clause ("sektorerna får ett
    effektiviseringskrav på 1,5 procent i budgeten för 2027"), so that it may follow "att";
    None where the phrase, the verb or the subject is not clear."""
    verb = next((i for i, w in enumerate(words) if i >= 2 and finite_verb(w)), None)
    if verb is None or verb + 1 >= len(words) or any(w.endswith(",") for w in words[:verb]):
        return None
    if any(w.casefold() in SUBORDINATORS for w in words[1:verb]):
        return None
    subject = words[verb + 1].strip(",")
    if subject != words[verb + 1] or not _MOVABLE_SUBJECT.match(subject.casefold()):
        return None
    rest = list(words[verb + 2 :])
    # the phrase goes at the end of the main clause, before a comma or a subordinate clause
    end = next(
        (i for i, w in enumerate(rest) if w.endswith(",") or w.casefold() in SUBORDINATORS),
        len(rest),
    )
    if end < len(rest) and not rest[end].endswith(","):
        # a relative or other subordinate clause inside the main one ("telefoner som inte
        # fungerar"): the phrase cannot be put after it, nor between it and its noun
        return None
    head = [*rest[:end], rest[end].rstrip(",")] if end < len(rest) else rest
    if not head:
        return None
    moved = [subject, words[verb], *head, words[0].casefold(), *words[1:verb]]
    if end < len(rest):
        # the comma that ended the main clause ends it still, after the phrase
        moved[-1] += ","
        moved += rest[end + 1 :]
    return moved


def _names_something(body: str) -> bool:
    """Whether a piece opens with what it names, not with a function word ("mellan …",
    "att …") that leaves it the tail of something said before."""
    words = body.split()
    return bool(words) and words[0].casefold().strip(",") not in _FUNCTION_OPENINGS


# A numbered list written as running text: "1. En väg in 2. En tjänstekatalog 3) …".
_LIST_MARK = re.compile(r"(?:^|(?<=\s))\d{1,2}[.)](?=\s|$)")


_SURVEY_DASH = re.compile(r"\s+[-–]\s+")
# A list written with dashes, as a survey answer's bullets: "- IT-ärenden tar för lång tid
# - för många styrdokument"; not the dashes that set off what speech says in passing,
# which open no answer
_DASH_LIST = re.compile(r"^\s*[-–•*]\s+(?=.+\s[-–]\s)")


def list_items(text: str) -> list[str]:
    """The items of a numbered list written as running text, or of one written with
    dashes from its start, or the text alone where it is none: "1. En väg in 2. Tydliga
    roller" -> ["En väg in", "Tydliga roller"], "1. En väg in 2." -> ["En väg in"], "-
    IT-ärenden tar för lång tid - för många styrdokument" -> ["IT-ärenden tar för lång
    tid", "för många styrdokument"]."""
    dashed = _DASH_LIST.match(text)
    if dashed is not None:
        items = _SURVEY_DASH.split(text[dashed.end() :])
        return [item.strip(" ,;:–-") for item in items if item.strip(" ,;:–-.")]
    marks = list(_LIST_MARK.finditer(text))
    # an item cut out of its list by the sentence splitter ("1. En väg in 2.") is one too
    if len(marks) < 2 and not (marks and marks[0].start() == 0):
        return [text]
    items = [text[: marks[0].start()]]
    items += [text[m.end() : n.start()] for m, n in pairwise(marks)]
    items.append(text[marks[-1].end() :])
    return [item.strip(" ,;:–-") for item in items if item.strip(" ,;:–-.")]


_BREAK = re.compile(
    r",\s+|\s+(?:men|och|eftersom|så att)\s+"
    # "så" with a subject after it, spoken for "så att": "E-tjänster för invånarna så vi
    # slipper ta emot blanketter" asks for e-tjänster (not after a verb: "det är så vi gör")
    r"|\s+så\s+(?=(?:vi|jag|man|de|dom|ni|du|hon|han|hen|det)\s)"
)
# Where an "och" joins the parts of one phrase: "ett "vi och dom"", "mellan stadshuset och
# verksamheterna" (with no comma between)
_ONE_PHRASE = re.compile(r"(?:\bvi[\"“”'‘’]?|\bmellan(?:\s+(?!och\b)[^\s,]+){1,3})$", re.I)


def first_clause(sentence: str) -> str:
    """The sentence up to its first comma or conjunction, but not within a name:
    "Barn och utbildning", "Vård och omsorg" are one name, not two clauses."""
    for match in _BREAK.finditer(sentence):
        before = sentence[: match.start()].split()
        # a name ("Barn och utbildning", "Vård och omsorg"), or the first word and what it
        # is coordinated with: "Sjuksköterskor och undersköterskor saknas" is no "Sjuksköterskor"
        if match.group(0).strip() == "och" and (len(before) <= 1 or before[-1][:1].isupper()):
            continue
        if match.group(0).strip() == "och" and _ONE_PHRASE.search(" ".join(before[-4:])):
            continue
        if before and before[-1].endswith("-"):  # "styr- och ledningsfunktion"
            continue
        # after a noun only: "det är så vi gör", "man gör inte så man ska", "och så vi …"
        if match.group(0).strip() == "så" and (
            not before
            or finite_verb(before[-1].strip(","))
            or before[-1].casefold().strip(",") in stop_words()
        ):
            continue
        # "se över och anpassa sin organisation", "före, under och efter": a preposition or
        # particle shares what follows the coordination, cut there it governs nothing
        if before and before[-1].casefold() in PREPOSITIONS:
            continue
        # "fyra, fem miljoner", "två, tre månader": a range, not two clauses
        after = sentence[match.end() :].split(maxsplit=1)
        if before and after and numeral_range(before[-1], after[0]):
            continue
        return sentence[: match.start()]
    return sentence


# A name said to someone in the group or beside who is meant: "Det har vi pratat om i
# flera år, [namn]." and "Vår controller, [namn], är otroligt tillgänglig"; not one a
# pronoun takes up again ("Vår HR-konsult, [namn], hon är …": the pronoun needs it)
_ADDRESSED = re.compile(rf",\s*{re.escape(_NAME)}(?:\s+och\s+{re.escape(_NAME)})?\s*(?=[.!?]*\s*$)")
_APPOSITION = re.compile(
    rf",\s*{re.escape(_NAME)}\s*,(?!\s*(?:hon|han|hen|den|det|de|dom)\b)\s*", re.I
)
# when someone named did something, after what is said: "… sedan [namn] kom"
_SINCE_NAMED = re.compile(rf"\s+(?:sedan|sen|när|efter att)\s+{re.escape(_NAME)}(?:\s.*)?$", re.I)


_AFTER_COMMA = re.compile(r"^,\s*(?:(?:och|men|så)\s+)?", re.I)
_OWN_SUBJECT = re.compile(r"(?:jag|vi|man|det|de|dom|den)\b", re.I)


def without_names(sentence: str) -> str:
    """What a sentence says without the people it names (the "[namn]" of one), where it
    says something without them: "Ledningsgruppen har blivit ett bättre forum sedan
    [namn] kom, hon är tydlig …" says "Ledningsgruppen har blivit ett bättre forum", and
    "[namn] lyssnar, och jag tycker att ledningen i stort har blivit tydligare" its second
    clause (its frame for the caller to drop). What is left may still name someone: such
    a sentence says nothing without them."""
    said = _APPOSITION.sub(" ", _ADDRESSED.sub("", sentence))
    if not contains_marker(said):
        return said
    first = first_clause(said)
    cut = _SINCE_NAMED.sub("", first)
    if not contains_marker(cut) and word_count(cut) >= 3:
        return cut
    # a clause of its own after a comma, not the named one's next verb ("[namn] är ute
    # hos oss och förklarar, …")
    rest = said[len(first) :]
    if contains_marker(first) and not contains_marker(rest):
        clause = _AFTER_COMMA.sub("", rest, count=1) if rest.startswith(",") else ""
        if _OWN_SUBJECT.match(clause):
            return clause.strip()
    return first


# A clause that stops where the thought goes on: "… till exempel", "… och", or a
# subordinate clause cut after one word ("… i våras när Barn"); "som" and "om" also
# compare or mean "about" ("i samma takt som kostnaderna"), so only a name cut after them.
_CLAUSE_ONLY = ("när", "eftersom", "medan", "att", "ifall", "fastän", "såvida")
_ENDS_OPEN = re.compile(
    r"(?i:\b(?:till exempel|t\.ex\.|typ|och|eller|men|som|att|för|med|i|på)$)"
    r"|(?i:\b(?:" + "|".join(_CLAUSE_ONLY) + r")\s+\S+$)"
    r"|\b(?i:" + "|".join(sorted(SUBORDINATORS)) + r")\s+[A-ZÅÄÖ]\S*$"
)


def ends_open(clause: str) -> bool:
    """Whether a clause stops where the thought goes on. A preposition that a question
    word or "som" left at the end closes its clause: "vet vad vi håller på med"."""
    stripped = clause.strip(" .!,")
    if (
        _ENDS_OPEN.search(stripped)
        and not _STRANDED.search(stripped)
        and not _infinitive_last(stripped)
    ):
        return True
    # "de" before a plural noun of the indefinite form wants the "som" clause that says
    # which ones: "Förslaget har sin utgångspunkt i de trender" was cut before "och
    # tendenser som finns i omvärlden" ("de trender" is open, "trenderna" and "de har" not)
    determined = _DETERMINED_PLURAL.search(stripped)
    return determined is not None and not finite_verb(determined[1])


_ATT_LAST = re.compile(r"\batt\s+([a-zåäö]+)$")


def _infinitive_last(clause: str) -> bool:
    """Whether a clause ends on "att" and an infinitive: "Rapporterna är svåra att läsa"
    is whole, where "… eftersom Barn" or "… att Lisa" was cut."""
    last = _ATT_LAST.search(clause)
    return last is not None and is_verb(last[1])


_STRANDED = re.compile(
    r"\b(?:vad|vem|vilken|vilket|vilka|som|var|vart)(?:\s+\w+){1,5}\s+(?:med|i|på|för)$"
    # or a passive's participle leaves its particle last: "blir inte lyssnad på"
    # ("blev liggande på" is cut: a present participle has none)
    r"|\b(?:blir|blev|bli|blivit)\s+(?:inte\s+|aldrig\s+)?\w+(?:(?<!n)de|d|t|da|te|ta)"
    r"\s+(?:med|på|för)$",
    re.I,
)
_DETERMINED_PLURAL = re.compile(r"\bde\s+(\w+(?:er|ar|or))$", re.I)


# Prepositions and conjunctions (closed classes): a piece that opens with one is the tail
# of something said before ("mellan IFO och skolan", "och sen ingenting mer").
_FUNCTION_OPENINGS = (
    PREPOSITIONS
    | frozenset("sedan sen och men eller utan samt".split())  # noqa: SIM905
    | SUBORDINATORS
)


def _said(sentence: str, kinds: Sequence[SourceType]) -> str:
    """A piece of speech as it is quoted: without its stray dashes and end marks, and a
    survey answer's list written with dashes ("HR-konsulten - lönekontoret - controllern")
    with commas. Speech keeps its dashes, which set off what is said in passing."""
    said = sentence.strip().strip(" -–").rstrip(" .!,;:")
    # a causal "för" that ties the sentence to what was said before it: the quotation
    # starts with the clause ("vi har ju två IT-tekniker …"), not mid-sentence (blind
    # review 148: "”för vi har ju två IT-tekniker …”")
    tied = _BECAUSE.match(said)
    if tied is not None and finite_verb(tied["verb"]):
        # "för det mesta fungerar …" is no such "för": a verb follows its subject
        said = said[tied.end("for") :].lstrip()
    if kinds and all(kind == SourceType.ENKAT for kind in kinds):
        said = _SURVEY_DASH.sub(", ", said)
    return said


_BECAUSE = re.compile(
    r"^(?P<for>för)\s+(?:vi|jag|de|dom|det|man|den|hon|han|hen)\s+(?P<verb>\w+)", re.I
)
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]")


def _mentioned(where: str, body: str) -> str | None:
    """A piece of speech with no verb of its own, quoted as what was mentioned; None when
    it opens with a function word ("mellan …", "att …") and says nothing alone."""
    if word_count(body) < 4 or not _names_something(body) or ends_open(body):
        return None
    return _quoted(where, body)


def _quoted(where: str, said: str) -> str:
    """What was said, in quotation marks after where it was said."""
    # a quotation inside the quotation takes the single marks, as Swedish writes it
    inner = _QUOTE_MARKS.sub("\u2019", said)
    return f'{where} nämns "{lower_first(inner)}".'


def attributed(kinds: Sequence[SourceType]) -> str:
    """ "I tre intervjuer och ett enkätsvar": where the sources of a line were heard."""
    counted = Counter(kinds)
    parts = []
    for kind, (one, many) in _WHERE.items():
        count = counted.get(kind, 0)
        if not count:
            continue
        said = count_words(count, neuter=kind == SourceType.ENKAT)
        parts.append(f"{said} {one if count == 1 else many}")
    listed = listing(parts)
    return f"I {listed}"


_PERSON = re.compile(r"\b(?:hon|han|hen)\b", re.IGNORECASE)


def _points_at_someone(sentence: str) -> bool:
    """Whether a sentence speaks of "hon", "han" or "hen" with nobody named before it ("Nu
    delar hon på ca 35 chefer"): the person was named earlier in the turn (and the name
    removed), so the line would say nothing of whom. "HR-konsulten är bra men hon har för
    många chefer" names her first."""
    found = _PERSON.search(sentence)
    if found is None:
        return False
    before = re.findall(r"[\wÅÄÖåäö-]+", sentence[: found.start()].casefold())
    return all(w in FRONTING or w in SENTENCE_ADVERBS or is_verb(w) for w in before)


# A question longer than this makes the line about the question; the answer stands alone.
_QUESTION_WORDS = 14


# "Kan du säga mer om det?", "Varför är det så?": a question that leans on
# what was said before it frames nothing for a reader who did not hear that
_ASKS_BACK = re.compile(r"\b(?:om det|av det|mer|det där|det så|detta|dem|de där)\b|\bdet\?$", re.I)


_PRONOUNS = frozenset({"det", "detta", "den", "dem"})


def about_before(question: str | None) -> bool:
    """Whether a question is about nothing but what was said before it: "Vad hindrar att
    det blir av?" (the service agreement talked of just before), "Hur fungerar det?"; a
    pronoun, and nothing named but what is done."""
    if not question:
        return False
    said = {w.casefold() for w in words(question)}
    return bool(_PRONOUNS & said) and all(is_verb(t) for t in tokens(question))


def _answers_before(piece: str, question: str | None) -> bool:
    """Whether a piece without a verb of its own speaks, as its question does, of what was
    said before them both: "tid, och att det inte prioriteras" on "Vad hindrar att det
    blir av?" was said of a service agreement, and under a finding reads as said of it
    (review 42). "Ett ställe för all uppföljning" names what it speaks of."""
    return about_before(question) and bool(_PRONOUNS & {w.casefold() for w in words(piece)})


def _framed(where: str, said: str, question: str | None) -> str | None:
    """A piece without a verb of its own, quoted with the question it answers; None where
    it and its question speak of what was said before them (`_answers_before`)."""
    if _answers_before(said, question):
        return None
    return _mentioned(where + _asked(question), said)


def _asked(question: str | None) -> str:
    """' på frågan "Vad fungerar bra i det stöd du får?"', or nothing for a question too
    long to lead a line, one that leans on what was said before it, or one with a
    removed name in it."""
    if not question:
        return ""
    asked = " ".join(question.split())
    if (
        not asked.endswith("?")
        or "[" in asked
        or word_count(asked) > _QUESTION_WORDS
        or _ASKS_BACK.search(asked)
        or about_before(asked)
    ):
        return ""
    return f' på frågan "{asked}"'


def evidence_line(
    sentence: str,
    kinds: Sequence[SourceType],
    polarity: str | None,
    unit: Unit | None = None,
    question: str | None = None,
    *,
    verbatim: bool = False,
    one_sector: bool = False,
    answers: bool = False,
) -> str | None:
    """One sentence as an evidence line, attributed to the kinds of its sources, with "vi"
    as the speakers' `unit` (quoted as said where the unit is not known); None when the
    sentence speaks of the speaker's own person or is a piece that says nothing alone.

    `question`, the one question every source answered, frames a piece with no verb of its
    own: "skoladministratören tillsammans med HR-konsult och controller" says what it says
    only as the answer to "Vad fungerar bra i det stöd du får?"; so it frames a sentence
    that `answers` it, saying only as its answer what it is said of ("Sjuksköterskor är
    nästan omöjligt" to "Hur ser kompetensförsörjningen ut?"). `verbatim`: the sources
    gave it word for word alike, which the attribution says ("I tre enkätsvar med samma
    ordalydelse"): three blind reviews (58-60) found such answers counted as three
    independent voices, unflagged; `one_sector`, and all from one sector, which it says
    too ("… med samma ordalydelse från samma sektor"): a reader weighs three answers from
    one sector, perhaps written together, otherwise than three from across the
    organisation (blind review 112)."""
    # the speaker's frame says who holds the view, which the attribution says: "Jag ska
    # säga att ledningsgruppen har blivit bättre" is evidence that it has improved
    sentence = without_opinion_frame(sentence)
    if not kinds:
        return None
    # what a wish is for, said of the speaker, is said of anyone: "En tjänstekatalog som
    # beskriver vad stödet gör och vad jag kan förvänta mig" asks for a catalogue, no
    # remark about the speaker, and the catalogue's slide had no line of it
    if polarity == "förslag":
        sentence = impersonal(sentence)
    alike = " med samma ordalydelse" + (" från samma sektor" if one_sector else "")
    where = attributed(kinds) + (alike if verbatim else "")
    # a wish in the speaker's own person names what is wanted once its frame is gone:
    # "Jag skulle vilja ha färre styrdokument och färre mål" is "I en fokusgrupp
    # efterfrågas färre styrdokument och färre mål", no remark about the speaker
    wish = without_wish_frame(sentence).strip().rstrip(" .!")
    if (
        polarity == "förslag"
        and wish != sentence.strip().rstrip(" .!")
        and not has_main_verb(wish)
        and _names_something(wish)
        and not is_verb(wish.split()[0])  # "bli bättre på att prioritera" names no thing
        and not is_personal(wish)
    ):
        return f"{where} efterfrågas {lower_first(wish)}."
    if is_personal(sentence) or _points_at_someone(sentence):
        return None
    if answers:
        said = _said(sentence, kinds)
        return _framed(where, said, question) if said and _asked(question) else None
    voiced = report_voice(sentence.strip(), unit)
    if not voiced:
        # "vi" of a unit the report cannot name ("vi har väntat på matsalen i tre år" from
        # one rektor): quoted as said, not turned into a whole group's words
        said = _said(sentence, kinds)
        if not said:
            return None
        if has_main_verb(said):
            return _mentioned(where, said)
        return _framed(where, said, question)
    # an "också" that adds to what the speaker said before dangles under another headline:
    # "I en intervju beskrivs att lönekontoret också är pålitligt" (review 47)
    body = without_also(voiced.strip(" -–").rstrip(" .!,;:"))
    if not body:
        return None
    # a named wish without a verb of its own ("Fler skoladministratörer", "Tillgång till
    # jurist utan att vänta i veckor"): it is what is asked for; an "att" would need a verb
    if polarity == "förslag" and not has_main_verb(body) and _names_something(body):
        return f"{where} efterfrågas {lower_first(body)}."
    # no verb of its own ("för mycket rapportering uppåt", "ovärderligt när …"): quoted,
    # so in the speaker's own words, not the report's ("när vi behöver", not "när
    # enhetscheferna inom Vård och omsorg behöver"): what stands in quotation marks was said
    if not has_main_verb(body) and not body.casefold().startswith("att "):
        said = _said(sentence, kinds)
        return _framed(where, said, question) if said else None
    # a thing named, then what is said of it ("Kompetensen hos HR-konsulterna, de kan
    # sina saker", "Mycket prat om digitalisering men inget händer i praktiken"): spoken
    # word order, which an "att" clause cannot take; quoted as said
    if not has_main_verb(first_conjunct(body)) and not body.casefold().startswith("att "):
        said = _said(sentence, kinds)
        return _framed(where, said, question) if said else None
    clause = _subordinate(body, unit.name if unit else "")
    if clause is None:
        # a fronted adverbial ("I dag har vi …") cannot open an "att" clause by moving one
        # word: a whole clause is quoted as said, still attributed (a line without its
        # source reads as the report's own claim) and needing no question to frame it,
        # unless it leans on what was said before ("Under tiden kan de inte …")
        whole = is_clause(body) and not ends_open(body) and not _LEANS_BACK.match(body)
        return _quoted(where, _said(sentence, kinds)) if whole else None
    verb = "framförs" if polarity == "förslag" else "beskrivs"
    if clause.casefold().startswith("att "):
        # an answer that opens with "Att …" is a wish said without its "jag önskar": what
        # is put forward is the wish. "Att få vara med tidigt" gave "framförs att få …",
        # no Swedish; "Att det finns en väg in till stödet …" gave "framförs att det
        # finns en väg in", which a blind review read as a claim that there is one
        if polarity == "förslag":
            return f"{where} framförs önskemålet {clause}."
        return f"{where} {verb} {clause}."
    return f"{where} {verb} att {clause}."


_ATTRIBUTION = re.compile(
    r"^I (?:(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|\d+) "
    r"(?:intervju(?:er)?|gruppintervju(?:er)?|fokusgrupp(?:er)?|workshop(?:par)?|enkätsvar"
    r"|källa|källor)(?:, | och )?)+ "
    # answers word for word alike say so ("I två enkätsvar med samma ordalydelse …"): the
    # claim of such a line was grounded with its attribution, which outweighed a short
    # answer's words ("IT-ärenden tar veckor", 0.46 against its own two answers)
    r"(?:med samma ordalydelse (?:från samma sektor )?)?"
    r'(?:på frågan ["\u201d][^"\u201d]*["\u201d] )?'
    r"(?:beskrivs|framförs|efterfrågas|önskas|nämns)(?: samtidigt)?(?: att)? "
)


_SAID = re.compile(r"^(I .+? (?:beskrivs|framförs|efterfrågas|önskas|nämns))\b")


def contrasted(line: str) -> str | None:
    """An evidence line as what its sources add against the finding above it: "I två
    intervjuer beskrivs samtidigt att …". None for a line without an attribution, which
    a contrast word cannot open without changing its word order."""
    if not _SAID.match(line):
        return None
    return _SAID.sub(r"\1 samtidigt", line, count=1)


def claim(line: str) -> str:
    """What an evidence line claims, without the attribution `evidence_line` leads it with."""
    stripped = _ATTRIBUTION.sub("", line, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped != line else line
