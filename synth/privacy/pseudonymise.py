"""Replacing personal data in statement text by neutral markers such as [namn]."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from synth.privacy.detect import Finding, Kind, NameIndex, find_personal_data

__all__ = ["MARKERS", "Pseudonymiser", "contains_marker"]

MARKERS: dict[Kind, str] = {
    "namn": "[namn]",
    "e-post": "[e-post]",
    "telefon": "[telefon]",
    "personnummer": "[personnummer]",
}
_MARKER = re.compile("|".join(re.escape(m) for m in MARKERS.values()))
# "[namn] [namn]" is one person whose first name and surname were found apart
_REPEATED = re.compile(r"(\[namn\])(?:\s+\[namn\])+")


def contains_marker(text: str) -> bool:
    """Whether `text` holds a marker of removed personal data (such text is no quote)."""
    return bool(_MARKER.search(text))


@dataclass(frozen=True)
class Pseudonymiser:
    """Replaces names, e-mail addresses, phone numbers and personnummer by markers."""

    index: NameIndex
    _full: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_names(
        cls, names: Iterable[str], *, first_names: frozenset[str] | None = None
    ) -> Pseudonymiser:
        """`names`: full names of known people (interview log, recipient list)."""
        index = NameIndex.build(names, first_names=first_names)
        return cls(index, index.full_name_pattern())

    def leaks(self, text: str) -> list[Finding]:
        """The personal data left in `text` (positions and kinds only)."""
        return find_personal_data(_MARKER.sub(" ", text), self.index, full=self._full)

    def apply(self, text: str) -> str:
        findings = find_personal_data(text, self.index, full=self._full)
        if not findings:
            return text
        pieces: list[str] = []
        cursor = 0
        for finding in findings:
            pieces.append(text[cursor : finding.start])
            pieces.append(MARKERS[finding.kind])
            cursor = finding.end
        pieces.append(text[cursor:])
        return _REPEATED.sub(r"\1", "".join(pieces))
