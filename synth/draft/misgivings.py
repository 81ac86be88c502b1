"""What is feared of a wish, said in the same exchange as the wish or when asked about it.

A report that lists what the organisation wishes for gives, where it was heard, what holds
the wish back: the HR chief wants one way in to the support and, asked whether the
leadership shares the thought, answers "Sektorerna är lite mer skeptiska, de är rädda att
förlora sina egna resurser". A slide that leaves that out reads as if everyone wanted it
(blind reviews 155-158). The misgiving is rarely in the wish's own statement, nor in its
theme: it is the next answer, or the answer to the interviewer's question about the idea.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from synth.draft.evidence import contrasted
from synth.draft.offline import MAX_BULLETS, evidence_sentence
from synth.draft.support import headline_subject, names_subject
from synth.privacy.roles import RoleGroups
from synth.records import Bullet, Statement, ThemeDraft
from synth.synthesis.cues import misgiving
from synth.text.sentences import split_sentences

__all__ = ["with_misgivings"]

_NEXT_TURNS = 2
"""How many statements after a wish in the same conversation may still answer of it."""

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
    """Whether `question`, asked after a wish given in answer to `asked`, still asks about
    the wish: the same question, or one that refers back to what was said and asks for
    nothing new, nor about something named. A question that itself asks for worries
    ("Finns det något du är orolig för?") gets worries about anything."""
    if question == asked:
        return True
    if not question or misgiving(question):
        return False
    return bool(_REFERS_BACK.search(question)) and not _ASKS_ANEW.search(question)


def _told(statement: Statement, roles: RoleGroups | None) -> str | None:
    """The first sentence of a statement that voices a misgiving, as an evidence line said
    against the finding ("I en intervju beskrivs samtidigt att …"); None where none makes
    one (the speaker's own person, a sentence that points back)."""
    for sentence in split_sentences(statement.text):
        if not misgiving(sentence):
            continue
        line = evidence_sentence(sentence, [statement], None, roles)
        if line is not None:
            return contrasted(line)
    return None


def _heard_beside(
    draft: ThemeDraft,
    statements: Mapping[str, Statement],
    conversations: Mapping[str, Sequence[Statement]],
    asked: Mapping[str, Sequence[Statement]],
) -> list[Statement]:
    """The statements that may tell what is feared of a wish, nearest first: the next
    `_NEXT_TURNS` answers after each interview statement of its support, as long as they
    still answer of it (`_follows_up`), then the answers to a question that names its
    subject. Its own support is evidence of the wish, not beside it."""
    support = set(draft.support_ids)
    found: list[Statement] = []
    for sid in draft.support_ids:
        st = statements.get(sid)
        if st is None or not st.source_type.is_interview:
            continue
        after = [o for o in conversations[st.source_id] if o.position > st.position]
        for other in after[:_NEXT_TURNS]:
            if not _follows_up(other.question, st.question):
                break
            found.append(other)
    subject = headline_subject(draft.headline)
    if subject:
        found.extend(
            answer
            for question, answers in asked.items()
            if not misgiving(question) and names_subject(question, subject)
            for answer in answers
        )
    return [st for st in dict.fromkeys(found) if st.id not in support]


def with_misgivings(
    drafts: Sequence[ThemeDraft],
    statements: Mapping[str, Statement],
    roles: RoleGroups | None = None,
) -> tuple[ThemeDraft, ...]:
    """The drafts with a last line of each wish that tells what is feared of it, where an
    interview or focus group heard beside it gives one (`_heard_beside`, `_told`). A wish
    that already says what is held against it keeps its lines. The line cites its one
    statement and is marked as said beside the wish (`Bullet.beside`): it is grounded on
    what it cites, and counts as none of the wish's evidence."""
    conversations: dict[str, list[Statement]] = defaultdict(list)
    asked: dict[str, list[Statement]] = defaultdict(list)
    for st in statements.values():
        if not st.source_type.is_interview:
            continue
        conversations[st.source_id].append(st)
        if st.question:
            asked[st.question].append(st)
    for told in conversations.values():
        told.sort(key=lambda st: st.position)
    done = []
    for draft in drafts:
        if (
            draft.polarity != "förslag"
            or not draft.bullets
            or any(" samtidigt " in b.text for b in draft.bullets)
        ):
            done.append(draft)
            continue
        lines = (
            (other, line)
            for other in _heard_beside(draft, statements, conversations, asked)
            if (line := _told(other, roles)) is not None
        )
        first = next(lines, None)
        if first is None:
            done.append(draft)
            continue
        other, line = first
        bullet = Bullet(text=line, statement_ids=(other.id,), beside=True)
        done.append(replace(draft, bullets=(*draft.bullets[: MAX_BULLETS - 1], bullet)))
    return tuple(done)
