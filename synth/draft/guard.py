"""The last check before a prompt leaves the machine: no personal data in it.

Statements are pseudonymised when they are stored, but a consultant's headline, a
statement edited in the store or a name the log did not know can still carry some. Every
outgoing message is searched for e-mail addresses, phone numbers, personnummer and the
engagement's known names (interview log, recipient list) plus first names; one finding
stops the send. The error names the kinds and the statement ids, never the text, and how
many prompts of the run had already gone out before it.

The way back is guarded too: `clean` pseudonymises a model's answer before it is parsed,
cached, stored or put into a later prompt.
"""

from __future__ import annotations

import json
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

    def clean(self, answer: str) -> str:
        """A model's answer with personal data replaced by markers.

        A JSON answer is pseudonymised value by value (keys too) and written back without
        escapes, so that a name spelt with \\u escapes is found and markers cannot break the
        JSON; any other answer is pseudonymised as text.
        """
        body = answer.strip()
        start, end = body.find("{"), body.rfind("}")
        if 0 <= start < end:
            try:
                data = json.loads(body[start : end + 1])
            except ValueError:
                pass
            else:
                return json.dumps(self._clean_value(data), ensure_ascii=False)
        return self.pseudonymiser.apply(answer)

    def _clean_value(self, value: object) -> object:
        if isinstance(value, str):
            return self.pseudonymiser.apply(value)
        if isinstance(value, list):
            return [self._clean_value(v) for v in value]
        if isinstance(value, dict):
            return {
                self.pseudonymiser.apply(str(k)): self._clean_value(v) for k, v in value.items()
            }
        return value

    def check(self, messages: Sequence[Message], *, what: str = "En prompt", sent: int = 0) -> None:
        """Raise PersonalDataError if any message holds personal data; this one is not sent.

        `sent`: how many prompts of this run had already been sent (said in the message)."""
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
            if sent == 0:
                outcome = "inget skickades"
            else:
                verb = "förfrågan hade" if sent == 1 else "förfrågningar hade"
                outcome = (
                    f"körningen stoppades: {sent} {verb} redan skickats; den här skickades inte"
                )
            raise PersonalDataError(
                f"{what} innehåller personuppgifter ({', '.join(sorted(kinds))}) i "
                f"{', '.join(sorted(where))}; {outcome}. Rätta texten (eller lägg till "
                "namnet i intervjuloggen och läs in igen) och kör på nytt."
            )
