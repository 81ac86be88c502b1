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
# "vi" as the unit the speaker belongs to, in its forms; "oss" and "vår" follow "vi".
_WE = {
    "vi": "verksamheterna",
    "oss": "dem",
    "vår": "deras",
    "vårt": "deras",
    "våra": "deras",
    # the generic "you" of speech: "man", as written Swedish has it
    "du": "man",
    "dig": "en",
    "dej": "en",
    "din": "ens",
    "ditt": "ens",
    "dina": "ens",
}
_WE_WORD = re.compile(r"\b(?:vi|oss|vår|vårt|våra|du|dig|dej|din|ditt|dina)\b", re.I)


def is_personal(sentence: str) -> bool:
    """Whether a sentence speaks of the speaker's own person."""
    return bool(_PERSONAL.search(sentence))


def without_spoken_words(sentence: str) -> str:
    """The sentence without the words of speech ("ju", "liksom", "faktiskt", "typ")."""
    cleaned = _SPOKEN.sub("", sentence)
    cleaned = re.sub(r"\s+([,.!?;:])", r"\1", re.sub(r"\s{2,}", " ", cleaned)).strip(" ,")
    return cleaned[:1].upper() + cleaned[1:] if cleaned else cleaned


def report_voice(sentence: str) -> str | None:
    """The sentence in the third person, or None where it speaks of the speaker's person.

    The first "vi" becomes "verksamheterna" and later ones "de"; "oss" and "vår" follow.
    """
    if is_personal(sentence):
        return None
    sentence = without_spoken_words(sentence)
    seen_we = False

    def swap(match: re.Match[str]) -> str:
        nonlocal seen_we
        word = match.group(0)
        low = word.casefold()
        if low == "vi":
            replacement = "de" if seen_we else _WE["vi"]
            seen_we = True
        else:
            replacement = _WE[low]
        return replacement.capitalize() if word[0].isupper() else replacement

    rewritten = _WE_WORD.sub(swap, sentence)
    return rewritten[:1].upper() + rewritten[1:] if rewritten else rewritten
