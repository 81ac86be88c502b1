"""Finding personal data in Swedish text: e-mail, phone numbers, personnummer, street
addresses and names.

Findings carry only their kind and position, never the text found, so that a finding can
be put in an error message or a log without leaking what it points at.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from synth.privacy.addresses import find_addresses
from synth.privacy.findings import Finding, Kind
from synth.privacy.name_index import NameIndex
from synth.privacy.numbers import find_emails, find_personnummer, find_phones, is_personnummer
from synth.privacy.people import find_names

__all__ = ["Finding", "Kind", "NameIndex", "find_personal_data", "is_personnummer"]

# When two findings overlap, the more specific kind names the merged span: an e-mail
# address holds a name ("per.lindqvist@..."), a personnummer looks like a phone number,
# a street may be named after a person ("Drottning Kristinas väg 12").
_PRIORITY: dict[Kind, int] = {
    "e-post": 0,
    "personnummer": 1,
    "telefon": 2,
    "adress": 3,
    "namn": 4,
}
# Names separated only by these are one person found in pieces ("Kerstin" + "Nyström").
_NAME_JOINERS = frozenset(" \t\u00a0")


@lru_cache(maxsize=32)
def _index(names: tuple[str, ...]) -> NameIndex:
    return NameIndex.build(names)


def find_personal_data(
    text: str, known_names: Iterable[str] = (), *, index: NameIndex | None = None
) -> list[Finding]:
    """Every span of personal data in `text`, in order, overlaps merged.

    `known_names` are full names of people known to the engagement; a caller checking many
    texts passes a prebuilt `index` instead (a `Pseudonymiser` does).
    """
    if index is None:
        index = _index(tuple(known_names))
    found = [
        *find_emails(text),
        *find_personnummer(text),
        *find_phones(text),
        *find_addresses(text),
        *find_names(text, index),
    ]
    return _merge(text, found)


def _merge(text: str, found: list[Finding]) -> list[Finding]:
    merged: list[Finding] = []
    for finding in sorted(found, key=lambda f: (f.start, -f.end, _PRIORITY[f.kind])):
        if merged:
            last = merged[-1]
            overlaps = finding.start < last.end
            adjacent_names = (
                finding.kind == last.kind == "namn"
                and set(text[last.end : finding.start]) <= _NAME_JOINERS
            )
            if overlaps or adjacent_names:
                if finding.end > last.end:
                    merged[-1] = Finding(last.kind, last.start, finding.end)
                continue
        merged.append(finding)
    return merged
