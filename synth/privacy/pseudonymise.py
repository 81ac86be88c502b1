"""Replacing personal data in statement text by neutral markers such as [namn]."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from synth.privacy.detect import Finding, find_personal_data
from synth.privacy.findings import Kind
from synth.privacy.name_index import NameIndex

__all__ = ["MARKERS", "Pseudonymiser", "contains_marker"]

MARKERS: dict[Kind, str] = {
    "namn": "[namn]",
    "e-post": "[e-post]",
    "telefon": "[telefon]",
    "personnummer": "[personnummer]",
    "adress": "[adress]",
}
_MARKER = re.compile("|".join(re.escape(m) for m in MARKERS.values()))


def contains_marker(text: str) -> bool:
    """Whether `text` holds a marker of removed personal data (such text is no quote)."""
    return bool(_MARKER.search(text))


@dataclass(frozen=True)
class Pseudonymiser:
    """Replaces names, e-mail addresses, phone numbers, personnummer and street addresses
    by markers."""

    index: NameIndex

    @classmethod
    def from_names(
        cls, names: Iterable[str], *, first_names: frozenset[str] | None = None
    ) -> Pseudonymiser:
        """`names`: full names of known people (interview log, recipient list); their first
        names and surnames are looked for on their own too. `first_names` replaces the
        name dictionary (tests, or a customer's own list)."""
        return cls(NameIndex.build(names, first_names=first_names))

    def findings(self, text: str) -> list[Finding]:
        return find_personal_data(text, index=self.index)

    def apply(self, text: str) -> str:
        """`text` with every finding replaced by its marker, the rest left as it was."""
        findings = self.findings(text)
        if not findings:
            return text
        pieces: list[str] = []
        cursor = 0
        for finding in findings:
            pieces.append(text[cursor : finding.start])
            pieces.append(MARKERS[finding.kind])
            cursor = finding.end
        pieces.append(text[cursor:])
        return "".join(pieces)

    def leaks(self, text: str) -> list[Finding]:
        """The personal data left in outgoing `text` (positions in `text`, kinds only).

        Markers are blanked first, keeping positions, so that "[namn]" is not read as text;
        the brackets stay, so that a marker still tells what kind of text is around it (a
        name in capitals beside a marker is read as it was when the marker was put there).
        """
        blanked = _MARKER.sub(lambda m: "[" + "X" * (len(m.group()) - 2) + "]", text)
        return self.findings(blanked)
