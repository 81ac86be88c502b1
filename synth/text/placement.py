"""Where support sits, as a headline says it: the operations' own support ("Sektorerna har
byggt upp egna resurser vid sidan av").

What sits centrally and what close to the operations is the commission's own question
(DOMAIN.md: "verksamhetsnära stöd"). The support-resource inventory measures it, and a
finding that says it is one the deck sets the inventory's figures beside.
"""

from __future__ import annotations

import re

from synth.text.swedish import stem

__all__ = ["asked_role", "operations_named", "own_support", "owns_other", "settles_placement"]

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
# The support roles a person holds, as the words end so that compounds count
# ("it-tekniker", "hr-administratörer"), in the singular and the plural: the words, not
# their stems, for "tekniker" stems to "teknik"
_ROLES = tuple(
    """administratör administratörer assistent assistenter controller controllers ekonom
    ekonomer kommunikatör kommunikatörer tekniker handläggare specialist specialister
    konsult konsulter samordnare sekreterare jurist jurister""".split()  # noqa: SIM905 -- a word list reads as text
)
# What the operations' own is when it is support: resources, staff and the support roles,
# by the end of the word's stem (the stemmer cuts "resurs" to "resur" and "resurser" to
# "resurs"); not their own routines, systems or goals
_SUPPORT = tuple(
    {
        stem(word)
        for word in [
            *_ROLES,
            *"""resurs resurser stöd personal tjänst tjänster funktion funktioner
            administration medarbetare organisation""".split(),  # noqa: SIM905
        ]
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


def owns_other(text: str) -> bool:
    """Whether a text speaks of something of someone's own, but in no clause of support the
    operations keep (`own_support`): "de har sina egna sidor som ingen uppdaterar" (the
    sectors' intranet pages), "formellt är sektorn systemägare, … och leverantören har
    sina egna konsulter" (the supplier's); not "sektorn har anställt egna administratörer
    och en egen kommunikatör", nor what says nothing of anyone's own ("två IT-tekniker
    som sektorn själv anställde")."""
    if not any(w in _OWN for w in _words(text)):
        return False
    return not any(_keeps_support(clause) for clause in _CLAUSES.split(text))


_CLAUSES = re.compile(r"[,;:.!?]")


def _keeps_support(clause: str) -> bool:
    """Whether a clause names a level out in the operations and support of someone's own,
    a function by its abbreviation too ("egen IT"); not support denied ("inga egna")."""
    if operations_named(clause) is None:
        return False
    written = _WORD.findall(clause)
    return any(
        not _DENIED.intersection(w.casefold() for w in written[max(0, k - 1) : k])
        and any(
            w.isupper() or stem(w.casefold()).endswith(_SUPPORT)
            for w in written[k + 1 : k + 1 + _AFTER_OWN]
        )
        for k, own in enumerate(written)
        if own.casefold() in _OWN
    )


# Words before a role that bring in one more of it ("en kommunikatör", "fler controllers",
# "en egen administratör"); the words that place it centrally or share it say where it
# goes already
_MORE = frozenset({"en", "ett", "fler", "egen", "eget", "egna", "extra", "ytterligare"})
_BEFORE_ROLE = 2
"""Words between "en" and the role ("en egen HR-administratör", "en dedikerad ekonom")."""
_PLACED = ("central", "gemensam")


def asked_role(text: str) -> str | None:
    """The support role a recommendation brings in without saying where it belongs, as
    the word says it: "administratör" of "Inför en administratör per verksamhetsområde
    …", "kommunikatör" of "… med en kommunikatör som hjälper till med texter"; None for
    "Inför en gemensam administratör centralt", "Ge stöd i upphandling tidigt" (no role)
    or "Inför en tydlig process med en kontaktperson" (a contact, not a support role)."""
    words = _words(text)
    if any(w.startswith(_PLACED) for w in words):
        return None
    return next(
        (
            w
            for k, more in enumerate(words)
            if more in _MORE
            for w in words[k + 1 : k + 1 + _BEFORE_ROLE]
            if w.endswith(_ROLES)
        ),
        None,
    )


def settles_placement(text: str) -> str | None:
    """The level out in the operations a recommendation weighs against the central one,
    where it says what support belongs where: "sektorerna" of "Ta fram principer för
    vilket stöd som ska finnas centralt och vilket som ska finnas i sektorerna"; None
    where it names only one of them."""
    if not any(w.startswith("central") for w in _words(text)):
        return None
    return operations_named(text)
