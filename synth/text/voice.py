"""Who a sentence speaks as, and the same sentence in the report's voice.

A consultant's headline is a judgment about the organisation in the third person ("Upphandling
tar lång tid"), never a quote in the first person ("Jag har 55 medarbetare"). A sentence
where the speaker says "vi" about their unit reads as the report's when "vi" becomes
"verksamheterna" ("Vi har fått fler uppdrag men inte mer resurser" -> "Verksamheterna har
fått fler uppdrag men inte mer resurser"), and the generic "du" of speech becomes "man"
("När du ringer IT får du vänta"); a sentence about the speaker's own person ("jag",
"mina medarbetare") cannot be turned round without guessing, so it is not used at all.
"""

from __future__ import annotations

import re

__all__ = ["is_personal", "report_voice", "without_spoken_words"]

# The speaker's own person: no rewrite makes these the report's words.
_PERSONAL = re.compile(r"\b(?:jag|mig|mej|min|mitt|mina)\b", re.I)
# Words of speech that a written sentence drops: "Det är ju faktiskt så att …".
_SPOKEN = re.compile(
    r",?\s*\b(?:ju|liksom|typ|alltså|asså|faktiskt|ärligt talat|om man säger så|så att säga"
    r"|på något sätt|eller hur|va)\b(?:\s*,(?=\s))?(?=[\s,.!?;:]|$)",
    re.I,
)
# "vi" as the unit the speaker belongs to: the first mention names the units, later ones
# point back ("Vi har fått fler uppdrag och vi hinner inte" -> "Verksamheterna har fått
# fler uppdrag och de hinner inte").
_FIRST = {"vi": "verksamheterna", "oss": "verksamheterna", "vår": "verksamheternas"}
_FIRST |= {"vårt": "verksamheternas", "våra": "verksamheternas"}
_LATER = {"vi": "de", "oss": "dem", "vår": "deras", "vårt": "deras", "våra": "deras"}
# the generic "you" of speech: "man", as written Swedish has it
_YOU = {"du": "man", "dig": "en", "dej": "en", "din": "ens", "ditt": "ens", "dina": "ens"}
_PRONOUN = re.compile(r"\b(?:vi|oss|vår|vårt|våra|du|dig|dej|din|ditt|dina)\b", re.I)
# "vi" is the speaker's unit when it does what a unit does ("vi har", "vi väntar"); "vi är
# ungefär 45 000 invånare" is the municipality and "vi sitter här uppe" the people in the
# room, which "verksamheterna" would misstate, so such a sentence is not turned round.
_UNIT_VERBS = frozenset(
    """har hade får fick fått behöver behövde saknar saknade måste kan kunde ska skulle vet
    visste tappar tappade väntar väntade gör gjorde jobbar arbetar använder köper köpte
    lägger tar tog hinner klarar försöker borde bör vill ville ringer skickar matar
    prioriterar upplever blir blev lyckas""".split()  # noqa: SIM905 -- a word list reads as text
)
# "vi och dom" is a figure of speech about a divide, kept as the speakers' own words
_US_AND_THEM = re.compile(r"\bvi\s+och\s+(?:dom|de)\b", re.I)


def is_personal(sentence: str) -> bool:
    """Whether a sentence speaks of the speaker's own person."""
    return bool(_PERSONAL.search(sentence))


def without_spoken_words(sentence: str) -> str:
    """The sentence without the words of speech ("ju", "liksom", "faktiskt", "typ")."""
    cleaned = _SPOKEN.sub("", sentence)
    cleaned = re.sub(r"\s+([,.!?;:])", r"\1", re.sub(r"\s{2,}", " ", cleaned)).strip(" ,")
    return cleaned[:1].upper() + cleaned[1:] if cleaned else cleaned


def report_voice(sentence: str) -> str | None:
    """The sentence in the third person, or None where it speaks of the speaker's person
    or "vi" cannot safely be read as the speaker's units (see `_UNIT_VERBS`)."""
    if is_personal(sentence):
        return None
    sentence = _US_AND_THEM.sub('"vi och dom"', without_spoken_words(sentence))
    # the quoted figure of speech is not a pronoun of the speaker's
    parts = re.split(r'("vi och dom")', sentence)
    words = [w.casefold() for w in re.findall(r"[\wåäö]+", " ".join(parts[::2]))]
    for i, word in enumerate(words):
        # "vi har" or, with the verb first, "i dag har vi"
        near = {words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)}
        if word == "vi" and not near & _UNIT_VERBS:
            return None
        if word in _FIRST:
            break
    seen_we = False

    def swap(match: re.Match[str]) -> str:
        nonlocal seen_we
        word = match.group(0)
        low = word.casefold()
        if low in _YOU:
            replacement = _YOU[low]
        else:
            replacement = _LATER[low] if seen_we else _FIRST[low]
            seen_we = True
        return replacement.capitalize() if word[0].isupper() else replacement

    rewritten = "".join(part if k % 2 else _PRONOUN.sub(swap, part) for k, part in enumerate(parts))
    return rewritten[:1].upper() + rewritten[1:] if rewritten else rewritten
