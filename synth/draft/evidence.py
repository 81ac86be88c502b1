"""Evidence lines in the report's voice: what was said, attributed to where it was said.

A consultant does not paste "Vi tappar undersköterskor till regionen." under a finding but
writes "I tre intervjuer beskrivs att verksamheterna tappar undersköterskor till regionen."
The line is built from one sentence of a statement: put in the third person
(`synth.text.voice`), turned into an "att" clause where Swedish word order allows it
safely (the subject first, a sentence adverb such as "inte" moved before the verb), and led
by who said it and how often, in the passive so that no person is named. Where the
sentence cannot be turned safely (a fronted adverbial, "Nu är det …"), it stands as it is,
in the third person; a sentence about the speaker's own person is not evidence that reads
on its own and is not used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from synth.records import SourceType
from synth.synthesis.describe import source_group
from synth.text.sentences import word_count
from synth.text.voice import report_voice

__all__ = ["attributed", "claim", "evidence_line"]

# Words that open a main clause before its verb without being its subject ("Nu är det …",
# "I dag har vi …"): the clause cannot become an "att" clause by moving one word.
_FRONTED = frozenset(
    """i på när nu sen sedan då ibland idag därför dessutom här där till från under efter
    före med utan om eftersom fast men och så också bara ofta aldrig alltid egentligen
    tyvärr samtidigt kanske ändå vidare""".split()  # noqa: SIM905 -- a word list reads as text
)
# Sentence adverbs that stand after the finite verb in a main clause and before it in an
# "att" clause ("det finns inte" -> "att det inte finns").
_ADVERBS = frozenset(
    """inte aldrig alltid ofta sällan också bara redan fortfarande nog knappt heller ens
    verkligen egentligen kanske gärna""".split()  # noqa: SIM905
)
# A short phrase with none of these verbs is a wish named, not a clause ("Fler
# skoladministratörer.", "Överenskomna servicenivåer.").
_COMMON_VERBS = re.compile(
    r"\b(?:är|var|har|hade|finns|fanns|kan|kunde|ska|skulle|måste|behöver|behövs|borde|bör"
    r"|får|fick|blir|blev|går|gick|gör|gjorde|tar|tog|kommer|kom|vet|saknas|fungerar|vill)\b",
    re.I,
)
# How a phrase without a verb often opens: "För mycket …", "Brist på …", "Ingen …".
_PHRASE_OPENING = re.compile(
    r"^(?:för (?:mycket|lite|många|få)|fler|färre|mer|mindre|bättre|sämre|brist på|bristande"
    r"|avsaknad av|ingen|inget|inga|mycket|lite)\b(?!.*" + _COMMON_VERBS.pattern + ")",
    re.I,
)
_NUMBERS = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta"}
_WHERE = {
    "intervju": ("intervju", "intervjuer"),
    "grupp": ("gruppintervju", "gruppintervjuer"),
    "enkät": ("enkätsvar", "enkätsvar"),
    "övrigt": ("källa", "källor"),
}


def _subordinate(sentence: str) -> str | None:
    """The main clause as an "att" clause, or None where the word order is not safe."""
    words = sentence.split()
    if words and words[0].casefold() == "att":
        return sentence[:1].lower() + sentence[1:]
    if len(words) < 3 or words[0].casefold().strip(",") in _FRONTED:
        return None
    adverbs = [i for i, w in enumerate(words) if w.casefold().strip(",.") in _ADVERBS]
    # one sentence adverb right after a one-word subject and its verb, or none at all
    if adverbs and adverbs != [2]:
        return None
    if adverbs == [2]:
        words = [words[0], words[2], words[1], *words[3:]]
    first = words[0]
    words[0] = _lower_first(first)
    return " ".join(words)


def _named(body: str, most_words: int) -> bool:
    """Whether a short phrase names something without a verb of its own."""
    return word_count(body) <= most_words and not _COMMON_VERBS.search(body)


def _lower_first(text: str) -> str:
    """The text with a lower-case first letter, unless the first word is an acronym or
    a name written with capitals inside ("HR", "IT", "BoU")."""
    first = text.split(" ", 1)[0]
    if first.isupper() or first[1:] != first[1:].lower():
        return text
    return text[:1].lower() + text[1:]


def attributed(kinds: Sequence[SourceType]) -> str:
    """ "I tre intervjuer och ett enkätsvar": where the sources of a line were heard."""
    groups = Counter(source_group(kind) for kind in kinds)
    parts = []
    for group in _WHERE:
        count = groups.get(group, 0)
        if not count:
            continue
        one, many = _WHERE[group]
        if count == 1:
            parts.append(f"{'ett' if group == 'enkät' else 'en'} {one}")
        else:
            parts.append(f"{_NUMBERS.get(count, str(count))} {many}")
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]
    return f"I {listed}"


def evidence_line(sentence: str, kinds: Sequence[SourceType], polarity: str | None) -> str | None:
    """One sentence as an evidence line, attributed to the kinds of its sources; None when
    the sentence speaks of the speaker's own person."""
    voiced = report_voice(sentence.strip())
    if not voiced or not kinds:
        return None
    body = voiced.rstrip(" .!")
    where = attributed(kinds)
    # a named wish or complaint without a verb of its own ("Fler skoladministratörer",
    # "För mycket rapportering uppåt"): an "att" would need one
    if polarity == "förslag" and _named(body, 6) and not body.casefold().startswith("att "):
        return f"{where} efterfrågas {_lower_first(body)}."
    if polarity != "förslag" and (_named(body, 4) or _PHRASE_OPENING.match(body)):
        return f"{body}."
    clause = _subordinate(body)
    if clause is None:
        return f"{body}."
    verb = "framförs" if polarity == "förslag" else "beskrivs"
    if clause.casefold().startswith("att "):
        return f"{where} {verb} {clause}."
    return f"{where} {verb} att {clause}."


_ATTRIBUTION = re.compile(
    r"^I (?:(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|\d+) "
    r"(?:intervjuer?|gruppintervjuer?|enkätsvar|källa|källor)(?:, | och )?)+ "
    r"(?:beskrivs|framförs|efterfrågas|önskas)(?: att)? "
)


def claim(line: str) -> str:
    """What an evidence line claims, without the attribution `evidence_line` leads it with."""
    stripped = _ATTRIBUTION.sub("", line, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped != line else line
