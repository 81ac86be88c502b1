"""Support work someone keeps of their own, as an interview tells it: "Vi har en
systemförvaltare på 0,5 tjänst", "i Barn och utbildning finns det en som gör
HR-administration", "sektorn har anställt en egen kommunikatör".

The support-resource inventory is what the units answer for themselves; what the
interviews say of the same units is the check a consultant makes before calling the
inventory's totals the whole of it (blind review 162: the sectors' systemförvaltare named
in three interviews were in no unit's answer). Pure text functions: which inventory
function a role word belongs to is read from the function's own label and the form's
description of it ("IT-stöd, system, e-tjänster …" makes a "systemförvaltare" IT work).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["kept_support", "role_functions"]

# How a role word ends: the people who do the work ("förvaltare", "kommunikatör",
# "IT-tekniker", "controller") or the work itself as one does it ("HR-administration")
_ROLE_ENDINGS = (
    "are",
    "aren",
    "arna",
    "ör",
    "ören",
    "örer",
    "örerna",
    "tekniker",
    "teknikern",
    "teknikerna",
    "konsult",
    "konsulten",
    "konsulter",
    "assistent",
    "assistenten",
    "assistenter",
    "controller",
    "controllern",
    "controllers",
    "ingenjör",
    "administration",
)
_SHORT = 3
"""Label words this short ("IT", "HR", "GIS") name a function only as the first part of a
hyphenated compound ("IT-tekniker")."""
_LEAST = 5
"""The fewest letters a longer word and a role word must share at their start."""
_SHARE = 0.7
"""... and at least this share of the word: "kommunikatör" of "kommunikation", not
"kommundirektör"."""
# Words of the forms' descriptions that name no one field: "digital utveckling" is IT's,
# and a "verksamhetsutvecklare" or "utvecklare" may be anyone's
_GENERIC = frozenset({"utveckling", "stöd", "chefer", "digital", "processer", "projekt"})

# What makes a clause tell of support kept in a unit: its own ("egen", "egna"), taken on
# by the unit ("har anställt", "som sektorn själv anställde"), a share of a post
# ("på halvtid", "0,5 tjänst") or one there who does it ("finns det en som gör …", "hos
# oss"); "vår controller" alone may be the central one who serves the unit
_KEPT = re.compile(
    r"\b(?:egen|eget|egna|anställt|anställde|halvtid|deltid|hos oss"
    r"|\d+(?:,\d+)?\s+tjänst|finns det (?:en|ett|två|tre|fyra|fem|några))\b"
)
# Nor one denied, vacant or placed centrally: "ingen skoladministratör", "en tjänst som
# systemförvaltare utannonserad", "hon sitter på kontoret"
_NOT_KEPT = re.compile(
    r"\b(?:ingen|inget|inga|inte|saknar|saknas|vakan\w*|annonser\w*|utannonser\w*"
    r"|centralt|kommunledningskontoret|sitter på kontoret|blivit sin egen)\b"
)
# clauses, a relative clause with the one it tells of: "Vår systemförvaltare, som är en
# socionom på halvtid, …"
_CLAUSE = re.compile(r"[;.!?]|,\s(?!som\b)")
_WORD = re.compile(r"[\wåäöéü]+(?:-[\wåäöéü]+)*")


def _shared(one: str, other: str) -> int:
    count = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        count += 1
    return count


def _names(word: str, role: str) -> bool:
    """Whether a role word begins with a function's word: "systemförvaltare" with
    "system", "it-tekniker" with "it", "kommunikatör" with "kommunikation"."""
    if len(word) <= _SHORT:
        return role.startswith(f"{word}-")
    shared = _shared(word, role)
    return shared >= _LEAST and shared >= _SHARE * len(word)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\wåäöéü]+", text.casefold()) if w not in _GENERIC]


def role_functions(role: str, functions: Mapping[str, str]) -> str | None:
    """The inventory function a role word belongs to, by the function's label first, then
    by its description (`functions`: label -> description): "IT/digitalisering" of
    "IT-tekniker", "Nämnd- och kansliadministration" of "nämndsekreterare", and of
    "systemförvaltare" where IT's description names "system"; None where the word is no
    role, or names no function or several."""
    said = role.casefold()
    if not said.endswith(_ROLE_ENDINGS):
        return None
    for texts in ([label for label in functions], [functions[label] for label in functions]):
        found = {
            label
            for label, text in zip(functions, texts, strict=True)
            if any(_names(word, said) for word in _words(text))
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def kept_support(
    text: str, functions: Mapping[str, str], sectors: Sequence[str]
) -> list[tuple[str | None, str, str]]:
    """The support a text says a unit keeps of its own (`_KEPT`), clause by clause: per
    role word, the sector the clause names (of `sectors`), or None where it names none,
    the function the role belongs to (`role_functions`) and the role word. Not a role
    denied, vacant or placed centrally (`_NOT_KEPT`), nor one whose own is the speaker's
    ("Chefen har blivit sin egen administratör")."""
    found: list[tuple[str | None, str, str]] = []
    for clause in _CLAUSE.split(text):
        low = clause.casefold()
        if not _KEPT.search(low) or _NOT_KEPT.search(low):
            continue
        named = [s for s in sectors if s.casefold() in low]
        sector = named[0] if len(named) == 1 else None
        if len(named) > 1:
            continue  # which of them keeps it is not told
        for word in _WORD.findall(low):
            function = role_functions(word, functions)
            if function is not None and all(f[:2] != (sector, function) for f in found):
                found.append((sector, function, word))
    return found
