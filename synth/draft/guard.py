"""The last check before a prompt leaves the machine: no personal data in it.

Statements are pseudonymised when they are stored, but a consultant's headline, a
statement edited in the store or a name the log did not know can still carry some. Every
outgoing message is searched for e-mail addresses, phone numbers, personnummer and the
engagement's known names (interview log, recipient list) plus first names; one finding
stops the send. The error names the kinds and the statement ids, never the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from synth.draft.prompts import Message
from synth.errors import PersonalDataError
from synth.privacy import Finding, Pseudonymiser

__all__ = ["PromptGuard"]

_STATEMENT = re.compile(r'<uttalande id="([^"]+)"[^>]*>(.*?)</uttalande>', re.S)


@dataclass(frozen=True)
class PromptGuard:
    pseudonymiser: Pseudonymiser

    def findings(self, text: str) -> list[Finding]:
        return self.pseudonymiser.leaks(text)

    def check(self, messages: Sequence[Message], *, what: str = "En prompt") -> None:
        """Raise PersonalDataError if any message holds personal data; nothing is sent."""
        kinds: set[str] = set()
        where: set[str] = set()
        for message in messages:
            content = message.get("content", "")
            found = self.findings(content)
            if not found:
                continue
            kinds.update(f.kind for f in found)
            spans = [(m.start(2), m.end(2), m.group(1)) for m in _STATEMENT.finditer(content)]
            for finding in found:
                inside = [sid for start, end, sid in spans if start <= finding.start < end]
                where.update(inside or ["promptens egen text"])
        if kinds:
            raise PersonalDataError(
                f"{what} innehåller personuppgifter ({', '.join(sorted(kinds))}) i "
                f"{', '.join(sorted(where))}; inget skickades. Rätta texten (eller lägg till "
                "namnet i intervjuloggen och läs in igen) och kör på nytt."
            )
