"""Where support sits, as a headline says it: the operations' own support ("Sektorerna har
byggt upp egna resurser vid sidan av").

What sits centrally and what close to the operations is the commission's own question
(DOMAIN.md: "verksamhetsnära stöd"). The support-resource inventory measures it, and a
finding that says it is one the deck sets the inventory's figures beside.
"""

from __future__ import annotations

import re

from synth.text.swedish import stem

__all__ = ["operations_named", "own_support"]

# The levels out in the operations, by the stem a headline's word for them has
# ("sektorerna", "verksamheten", "enheterna", "kontoren"), each in the definite plural
# that names them all; "förvaltningarna" in the plural only: "förvaltningen" is the
# central one where there is one
_OPERATIONS = {
    stem("sektor"): "sektorerna",
    stem("kontor"): "kontoren",
    stem("enhet"): "enheterna",
    stem("verksamhet"): "verksamheterna",
}
_OPERATIONS_PLURAL = "förvaltningar"
_OWN = frozenset({"egen", "eget", "egna"})
# What the operations' own is when it is support: resources, staff and the support roles,
# by the end of the word's stem so that compounds count ("stödresurser", "it-tekniker",
# "hr-administratörer"), in the singular and the plural (the stemmer cuts "resurs" to
# "resur" and "resurser" to "resurs"); not their own routines, systems or goals
_SUPPORT = tuple(
    {
        stem(word)
        for word in """resurs resurser stöd personal tjänst tjänster funktion funktioner
        administratör administratörer administration assistent assistenter controller
        controllers ekonom ekonomer kommunikatör kommunikatörer tekniker handläggare
        specialist specialister medarbetare konsult konsulter organisation""".split()  # noqa: SIM905
    }
)
_AFTER_OWN = 2
"""Words after "egna" where what is their own is named ("egna resurser", "egna
IT-tekniker", "egna små stödfunktioner")."""
# "Sektorerna har inga egna resurser" says the opposite
_DENIED = frozenset({"ingen", "inget", "inga", "inte", "saknar", "saknas"})
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    # every word: the function words ("inga") count here
    return _WORD.findall(text.casefold())


def operations_named(headline: str) -> str | None:
    """The level out in the operations a headline names, in the definite plural:
    "sektorerna" of "Sektorn har anställt egna administratörer", "förvaltningarna" of
    "Förvaltningarna har egen IT"; None where it names none."""
    for word in _words(headline):
        if word.startswith(_OPERATIONS_PLURAL):
            return "förvaltningarna"
        said = stem(word)
        for level, plural in _OPERATIONS.items():
            if said.startswith(level):
                return plural
    return None


def own_support(headline: str) -> bool:
    """Whether a headline says the operations keep support of their own: it names a level
    out there (`operations_named`) and support of their own ("Sektorerna har byggt upp
    egna resurser", "Verksamheterna har egna controllers", "Sektorn har anställt egna
    IT-tekniker"), or a shadow organisation; and denies neither. Not "Det finns en egen
    budget" (no level), nor "Sektorerna har olika rutiner" (nothing of their own), nor
    "Enheterna har egna rutiner" (no support), nor "Sektorerna har inga egna
    resurser"."""
    words = _words(headline)
    if any(w in _DENIED for w in words):
        return False
    if any("skuggorganisation" in w for w in words):
        return True
    owned = [
        stem(w)
        for k, own in enumerate(words)
        if own in _OWN
        for w in words[k + 1 : k + 1 + _AFTER_OWN]
    ]
    support = any(word.endswith(_SUPPORT) for word in owned)
    return support and operations_named(headline) is not None
