"""The conversations of an engagement's interviews and focus groups, and which answers
still answer of what was said before them.

What is said beside a finding is often not in its own statement: the HR chief, asked
whether the leadership shares the wish for one way in, answers "Sektorerna är lite mer
skeptiska" (`synth.draft.misgivings`). Such an answer follows the finding's statement in
the same exchange, or answers a question put about it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from synth.records import Statement
from synth.synthesis.cues import misgiving

__all__ = ["Exchanges"]

_NEXT_TURNS = 2
"""How many statements after one in the same conversation may still answer of it."""

# A question that asks on about what was just said: "Är det en tanke som delas i
# ledningen?", "Vad tror du om det?". "Finns det något …" asks for anything new, and "Hur
# ser det ut med lokalerna?" about something else.
_REFERS_BACK = re.compile(r"\b(?:det|detta|den|dem|sådan|sådant|sådana)\b", re.I)
_ASKS_ANEW = re.compile(
    r"\b(?:något|någon|några|annat|mer)\b"
    r"|\b(?:med|om|kring|inom|gäller)\s+(?!(?:det|detta|den|dem)\b)\w+",
    re.I,
)


def _follows_up(question: str | None, asked: str | None) -> bool:
    """Whether `question`, asked after a statement given in answer to `asked`, still asks
    about it: the same question, or one that refers back to what was said and asks for
    nothing new, nor about something named. A question that itself asks for worries
    ("Finns det något du är orolig för?") gets worries about anything."""
    if question == asked:
        return True
    if not question or misgiving(question):
        return False
    return bool(_REFERS_BACK.search(question)) and not _ASKS_ANEW.search(question)


@dataclass(frozen=True)
class Exchanges:
    """The statements of each interview and focus group in the order said, and the
    answers to each question asked."""

    conversations: dict[str, list[Statement]]
    asked: dict[str, list[Statement]]

    @classmethod
    def of(cls, statements: Iterable[Statement]) -> Exchanges:
        conversations: dict[str, list[Statement]] = defaultdict(list)
        asked: dict[str, list[Statement]] = defaultdict(list)
        for st in statements:
            if not st.source_type.is_interview:
                continue
            conversations[st.source_id].append(st)
            if st.question:
                asked[st.question].append(st)
        for told in conversations.values():
            told.sort(key=lambda st: st.position)
        return cls(dict(conversations), dict(asked))

    def followed_by(self, said: Statement) -> list[Statement]:
        """The next `_NEXT_TURNS` answers after a statement in its conversation, as long as
        they still answer of what it said (`_follows_up`)."""
        conversation: Sequence[Statement] = self.conversations.get(said.source_id, ())
        after = [o for o in conversation if o.position > said.position][:_NEXT_TURNS]
        followed: list[Statement] = []
        for other in after:
            if not _follows_up(other.question, said.question):
                break
            followed.append(other)
        return followed
