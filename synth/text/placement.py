"""Where support sits, as a headline says it: the operations' own support ("Sektorerna har
byggt upp egna resurser vid sidan av").

What sits centrally and what close to the operations is the commission's own question
(DOMAIN.md: "verksamhetsnära stöd"). The support-resource inventory measures it, and a
finding that says it is one the deck sets the inventory's figures beside.
"""

from __future__ import annotations

import re

from synth.text.swedish import stem

__all__ = ["own_support"]

# The levels out in the operations as a headline names them ("sektorerna", "verksamheten",
# "enheterna", "kontoren"), by stem; and "förvaltningarna" in the plural only:
# "förvaltningen" is the central one where there is one
_OPERATIONS = tuple(stem(word) for word in ("sektor", "kontor", "enhet", "verksamhet"))
_OPERATIONS_PLURAL = "förvaltningar"
_OWN = frozenset({"egen", "eget", "egna"})
# "Sektorerna har inga egna resurser" says the opposite
_DENIED = frozenset({"ingen", "inget", "inga", "inte", "saknar", "saknas"})
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    # every word: the function words ("inga") count here
    return _WORD.findall(text.casefold())


def own_support(headline: str) -> bool:
    """Whether a headline says the operations keep support of their own: it names a level
    out there and something of their own ("Sektorerna har byggt upp egna resurser",
    "Verksamheterna har egna controllers", "Förvaltningarna har egen IT"), or a shadow
    organisation; and denies neither. Not "Det finns en egen budget" (no level), nor
    "Sektorerna har olika rutiner" (nothing of their own), nor "Sektorerna har inga egna
    resurser"."""
    words = _words(headline)
    if any(w in _DENIED for w in words):
        return False
    if any("skuggorganisation" in w for w in words):
        return True
    return any(w in _OWN for w in words) and any(
        stem(w).startswith(_OPERATIONS) or w.startswith(_OPERATIONS_PLURAL) for w in words
    )
