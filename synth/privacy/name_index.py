"""The names to look for in a text: known people's (from the log and lists) and first names
from the dictionary, with the forms each may be written in."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from synth.privacy.name_words import LONG_SURNAME, SURNAME_ENDING
from synth.privacy.names import (
    ambiguous_first_names,
    names_used_in_sweden,
    swedish_first_names,
)

__all__ = ["NameIndex", "capitalised"]


def capitalised(token: str) -> bool:
    """ "Anna", "McDonald", "Sven-Erik": an upper-case initial and some lower case, so
    that acronyms (HR, IT, SKR) are not."""
    return token[0].isupper() and any(c.islower() for c in token)


@dataclass(frozen=True)
class NameIndex:
    """The names to look for: known people (from the log and lists) and first names."""

    full_names: tuple[str, ...]
    """Known full names, each a tuple of its words joined by one space."""
    known_parts: frozenset[str]
    """First names and surnames of known people, as written."""
    known_lower: frozenset[str]
    """Those known parts, case-folded, that are safe to match written in lower case."""
    known_folded: frozenset[str]
    """Every word of known people's names, case-folded: a known name in capitals, or a
    known surname after a first name ("maria ek"), is the person's."""
    first_names: frozenset[str]
    ambiguous: frozenset[str]
    swedish: frozenset[str]
    """Names used in Sweden: only these count as a person before a verb ("Per sa")."""

    @classmethod
    def build(cls, names: Iterable[str], *, first_names: frozenset[str] | None = None) -> NameIndex:
        """`names` are full names ("Kerstin Malm"); blank ones are skipped."""
        first = swedish_first_names() if first_names is None else first_names
        ambiguous = ambiguous_first_names()
        full: set[str] = set()
        parts: set[str] = set()
        for name in names:
            words = name.split()
            if not words:
                continue
            full.add(" ".join(words))
            # particles and initials ("von", "O") would match far too much on their own
            parts.update(w for w in words if len(w.rstrip(".")) > 1 and capitalised(w))
        lower = {
            part.casefold()
            for part in parts
            if part.casefold() not in ambiguous
            and (
                part in first
                or len(part) >= LONG_SURNAME
                or (len(part) > 5 and SURNAME_ENDING.search(part.casefold()))
            )
        }
        return cls(
            full_names=tuple(sorted(full, key=lambda n: (-len(n), n))),
            known_parts=frozenset(parts),
            known_lower=frozenset(lower),
            known_folded=frozenset(part.casefold() for part in parts),
            first_names=first,
            ambiguous=ambiguous,
            swedish=names_used_in_sweden(),
        )

    @cached_property
    def first_names_folded(self) -> frozenset[str]:
        """The first names case-folded, to look up a name written in lower case or capitals."""
        return frozenset(name.casefold() for name in self.first_names)

    @cached_property
    def lower_candidates(self) -> frozenset[str]:
        """The words a name written in lower case may start with: first names and the parts
        of known people's names that are safe in lower case."""
        return self.first_names_folded | self.known_lower

    @cached_property
    def full_name_pattern(self) -> re.Pattern[str] | None:
        """One regex for every known full name, in any case, with a genitive s."""
        if not self.full_names:
            return None
        # longest first, so that "Anna Maria Berg" wins over "Anna Maria"
        body = "|".join(r"\s+".join(map(re.escape, n.split())) for n in self.full_names)
        return re.compile(rf"(?<![\w@.])(?:{body})(?:s|['’]s?)?(?![\w@-])", re.IGNORECASE)

    def base(self, token: str) -> tuple[str, bool] | None:
        """The name `token` is, without a genitive s ("Annas" -> "Anna"), and whether it is a
        known person's; None when it is no name."""
        if token in self.known_parts:
            return token, True
        if token in self.first_names:
            return token, False
        stem = token[:-1]
        if len(stem) >= 3 and token.endswith("s"):
            if stem in self.known_parts:
                return stem, True
            if stem in self.first_names:
                return stem, False
        return None
