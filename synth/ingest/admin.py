"""Talk about the interview itself, set aside before it becomes a statement.

An interview transcript holds more than answers: contact details ("Mejla mig på …"),
logistics ("Ska jag skicka presentationen?"), checks on the line ("Hör ni mig?"), the
recording being started and stopped, and thanks at the close. None of it is a finding, and
some of it is personal data, so it must never reach a theme, a quote or the deck.

A sentence counts as admin talk on one of three general signals, not on a list of
sentences:

1. **contact** - a contact verb addressed to the interviewer ("mejla mig", "ring mig",
   "skicka gärna …", "du kan ringa", "hör av dig"); contact data said aloud with a contact
   verb (an e-mail address, phone number or personnummer found by `synth.privacy`, or one
   already blanked as "[e-post]"); or the speaker's own data named ("mitt personnummer",
   "min mejladress"). A personnummer in an account of an error at work is substance: it is
   kept, and pseudonymised like any other;
2. **meta-talk** - the interview, the recording, the line or the material handed over,
   spoken about in the interview situation: the recording with a person ("Då stänger vi av
   inspelningen"), the interview, its material or the line addressed to the interviewer
   ("Ska jag skicka presentationen?", "Hör ni mig?"), the line checked or mended ("Nu hör
   jag.", "Det hackade lite först, men nu är det bra."), pay for taking part ("arvode för
   intervjun"), material offered to the interviewer ("jag skickar gärna …"), or speaking
   with the interviewers themselves ("… trygga med att prata med er");
3. **closing formula** - a short sentence that opens with thanks or a farewell ("Tack för
   att du tog dig tid", "Lycka till med utredningen").

A sentence about the organisation that merely uses such a word ("Jag skickar ett mejl till
min verksamhetschef", "När vi skickar ut en enkät") has no addressee in the interview and is
kept. The rule runs on the raw sentence, before pseudonymisation; the caller counts what it
sets aside, so nothing is dropped without a trace.
"""

from __future__ import annotations

import re

from synth.privacy.numbers import find_emails, find_personnummer, find_phones

__all__ = ["is_admin_talk"]

_SHORT = 14
"""A closing formula is short; a longer sentence that opens with thanks says more."""

_WORDS = re.compile(r"[\wåäöÅÄÖéü:@.\-]+")

# A contact verb ("mejla", "ring", "skicka", "hör av"), in any form.
_CONTACT = re.compile(
    r"\b(?:mejla[rs]?|maila[rs]?|e-?posta|ring(?:a|er)?|sms(?::?a)?|skicka[rs]?|kontakta"
    r"|hör(?:\s+\w+)?\s+av\s+(?:dig|er)|nå\s+mig)\b",
    re.I,
)
# A contact verb addressed to the interviewer: the imperative at the start of a clause
# ("Mejla mig", "… eller ring mig", "skicka gärna underlaget dit"), "du/ni kan ringa",
# "hör av dig".
# "De slutade ringa mig" is about the speaker's work, not an invitation, and is kept.
_TO_INTERVIEWER = re.compile(
    r"(?:^|[,;:]\s*|\b(?:och|så|eller|gärna|bara)\s+)(?:mejla|maila|ring|sms:a|kontakta)"
    r"\s+(?:gärna\s+)?mig\b"
    r"|(?:^|[,;:]\s*|\b(?:och|så|eller|bara)\s+)(?:mejla|maila|ring|skicka|sms:a|kontakta)"
    r"\s+gärna\b"
    r"|\b(?:du|ni)\s+(?:kan|får|är\s+välkomna?\s+att)\s+(?:gärna\s+)?"
    r"(?:mejla|maila|ringa|kontakta|höra\s+av)"
    r"|\bhör\s+(?:gärna\s+)?av\s+(?:dig|er)\b",
    re.I,
)
# The speaker's own personal data named in words (the data itself is found by detection).
_OWN_DATA = re.compile(
    r"\b(?:mitt|min|mina)\s+(?:\w+\s+)?(?:personnummer|telefonnummer|mobilnummer|nummer"
    r"|mejl(?:adress)?|mail(?:adress)?|e-?post(?:adress)?)\b",
    re.I,
)
# Personal data a transcriber has already blanked out: "[e-post]", "[telefonnummer]".
_REDACTED = re.compile(r"\[(?:e-?post|mejl|telefon(?:nummer)?|personnummer|nummer)\]", re.I)

# The recording: always this interview's.
_RECORDING = re.compile(r"\b(?:inspelning(?:en)?|spela[rs]?\s+in|spelat\s+in)\b", re.I)
# The interview situation, the line and what is handed over or paid for.
_SITUATION = re.compile(
    r"\b(?:intervjun|presentationen|bilderna|underlagen|materialet|ljudet|mikrofonen"
    r"|kameran|länken)\b",
    re.I,
)
# Pay for taking part: "arvode för intervjun", "ersättning för att delta".
_PAY = re.compile(
    r"\b(?:arvode(?:t)?|ersättning(?:en)?)\s+för\s+(?:intervjun|det\s+här|detta|att\s+(?:delta"
    r"|medverka|ställa\s+upp))\b",
    re.I,
)
_HEAR_ME = re.compile(r"\bhör\s+(?:ni|du)\s+mig\b", re.I)
# Speaking with the interviewers themselves: "trygga med att prata med er", "berätta för
# dig", "träffa er igen"; "er" after these verbs can only be the people in the interview.
_TO_YOU = re.compile(
    r"\b(?:prata[rdt]?|pratat|tala[rdt]?|talat|berätta[rdt]?|berättat|träffa[rdt]?|träffat"
    r"|intervjua[rdt]?|intervjuat)\s+(?:\w+\s+)?(?:med|för)\s+(?:er|dig)\b"
    r"|\b(?:träffa[rdt]?|träffat|intervjua[rdt]?|intervjuat)\s+(?:er|dig)\b",
    re.I,
)
# The line checked or mended: "Nu hör jag.", "Det hackade lite först, men nu är det bra."
_LINE = re.compile(
    r"^(?:(?:nu|ja|jo|okej|jaha)[,\s]+)*hör\s+(?:jag|du|ni)(?:\s+(?:dig|er|mig))?(?:\s+nu)?\s*[.!?]*$"
    r"|\b(?:ljudet|bilden|linjen|uppkopplingen|det)\s+(?:hackade|hackar|frös|fryser|bröts)\b"
    r".*\bnu\b",
    re.I,
)
_PERSON = re.compile(r"\b(?:jag|mig|vi|oss|du|dig|ni|er)\b", re.I)
# The interviewer addressed: "du", "ni", "dig", "er", "din" (not the speaker's own "vi").
_SECOND_PERSON = re.compile(r"\b(?:du|dig|ni|er|din|ditt|dina|era)\b", re.I)
_ASKS = re.compile(r"\bska\s+jag\b.*\?\s*$", re.I)
# Material the speaker offers to hand over: "jag skickar gärna vår systemförteckning",
# "jag mejlar den till er", "ska jag skicka presentationen?".
_OFFER = re.compile(
    r"\b(?:jag|vi)\s+(?:\w+\s+){0,2}(?:skickar|mejlar|mailar|skicka|mejla|maila)\b",
    re.I,
)
_ADDRESSEE = re.compile(r"\b(?:till|åt)\s+(?:dig|er)\b|\bgärna\b", re.I)
_SHALL_I_SEND = re.compile(r"\bska\s+jag\s+(?:\w+\s+)?(?:skicka|mejla|maila)\b", re.I)

# Thanks for the conversation itself, not praise: "Tack till Anneli på HR som alltid ställer
# upp" is a finding and is kept.
_THANKS_FOR = (
    r"(?:[.!,]|$|\s+(?:själv|själva|så\s+mycket|allihop|alla|ska\s+(?:du|ni)\s+ha"
    r"|för\s+(?:att\s+(?:du|ni|jag|vi)|din|er|intervjun|samtalet|i\s*dag|nu|tiden"
    r"|möjligheten|det\s+här)))"
)
_CLOSING = re.compile(
    r"^(?:(?:men|ja|jo|och|nej|okej|jamen|nämen)[,\s]+)?"
    r"(?:(?:stort\s+|tusen\s+)?tack(?:ar)?" + _THANKS_FOR + r"|lycka\s+till"
    r"|ha\s+det\s+(?:så\s+)?bra|vi\s+hörs|trevligt\s+att\s+(?:prata|träffas|ses)"
    r"|hej\s+(?:då|så\s+länge))",
    re.I,
)


def _words(sentence: str) -> int:
    return len(_WORDS.findall(sentence))


def _contact(sentence: str) -> bool:
    if _TO_INTERVIEWER.search(sentence):
        return True
    if _OWN_DATA.search(sentence) or _REDACTED.search(sentence):
        return True
    # contact data said aloud with a contact verb: "ring 08-123 456 78"; a personnummer in
    # an account of an error at work is pseudonymised, not set aside
    return bool(_CONTACT.search(sentence)) and any(
        next(iter(find(sentence)), None) is not None
        for find in (find_emails, find_phones, find_personnummer)
    )


def _meta(sentence: str) -> bool:
    if _HEAR_ME.search(sentence) or _SHALL_I_SEND.search(sentence) or _PAY.search(sentence):
        return True
    if _TO_YOU.search(sentence) and _words(sentence) <= 2 * _SHORT:
        return True
    if _LINE.search(sentence.strip()) and _words(sentence) <= _SHORT:
        return True
    if _words(sentence) > 2 * _SHORT:
        return False  # a long sentence that mentions the interview says something else too
    if _RECORDING.search(sentence) and _PERSON.search(sentence):
        return True
    if _SITUATION.search(sentence) and (_SECOND_PERSON.search(sentence) or _ASKS.search(sentence)):
        return True
    # "Bara att jag gärna skickar vår systemförteckning": material offered to the interviewer
    return bool(_OFFER.search(sentence) and _ADDRESSEE.search(sentence))


def _closing(sentence: str) -> bool:
    return bool(_CLOSING.search(sentence.strip())) and _words(sentence) <= _SHORT


def is_admin_talk(sentence: str) -> bool:
    """Whether `sentence` is about the interview itself rather than the organisation."""
    return _closing(sentence) or _contact(sentence) or _meta(sentence)
