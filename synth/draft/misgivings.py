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
from collections.abc import Mapping, Sequence

from synth.draft.evidence import attributed, contrasted
from synth.draft.exchanges import Exchanges
from synth.draft.offline import evidence_sentence, with_last_line
from synth.draft.support import headline_subject, names_subject
from synth.privacy.roles import RoleGroups
from synth.records import Bullet, Statement, ThemeDraft
from synth.synthesis.cues import misgiving
from synth.text.sentences import split_sentences
from synth.text.swedish import stem_tokens
from synth.text.voice import feared

__all__ = ["with_misgivings"]


def _told(statement: Statement, roles: RoleGroups | None) -> str | None:
    """The first sentence of a statement that voices a misgiving, as an evidence line said
    against the finding ("I en intervju beskrivs samtidigt att …"), or, where the speaker
    says it of their own person, as the worry put forward ("I en intervju framförs
    samtidigt oro för att det blir ett lager till", `feared`); None where none makes one
    (a sentence that points back, or names its one speaker)."""
    for sentence in split_sentences(statement.text):
        if not misgiving(sentence):
            continue
        line = evidence_sentence(sentence, [statement], None, roles)
        if line is not None:
            return contrasted(line)
        what = feared(sentence)
        if what is None or (roles is not None and roles.names_one_person(what)):
            continue
        kind = roles.told_kind(statement) if roles is not None else statement.source_type
        return f"{attributed([kind])} framförs samtidigt oro för att {what}."
    return None


# A question that puts an idea or a proposal to the interviewee: "En idé som andra har
# lyft är en gemensam ingång till stödet, en servicefunktion. Vad tänker du om det?"
_PUTS_AN_IDEA = re.compile(r"\b(?:idé|idén|idéer|förslag|förslaget|förslagen)\b", re.I)
_DISTINCT_WISHES = 2
"""In how many wishes' support a word may stand and still tell which wish a question puts:
one proposal often names two ("En väg in. En gemensam servicefunktion, eller åtminstone en
portal med en tjänstekatalog")."""


def _ideas_put(
    wishes: Sequence[ThemeDraft],
    statements: Mapping[str, Statement],
    asked: Mapping[str, Sequence[Statement]],
) -> dict[str, list[Statement]]:
    """Per wish, the answers to a question that puts it to the interviewee in other
    words than its headline's (`_PUTS_AN_IDEA`): the wishes whose support shares with the
    question its rarest word among the wishes, where that word stands in the support of
    at most `_DISTINCT_WISHES` ("servicefunktion", said in an interview that wants both a
    väg in and a tjänstekatalog). Such an answer is first-hand: the sektorschef asked
    about the idea says "Men jag är orolig att det blir ett lager till" (blind review
    160: cite the sector head, not the central manager's word of what the sectors
    think)."""
    putting = {
        question: answers
        for question, answers in asked.items()
        if _PUTS_AN_IDEA.search(question) and not misgiving(question)
    }
    if not putting:
        return {}
    words = {
        draft.theme_id: {
            word
            for sid in draft.support_ids
            if sid in statements
            for word in stem_tokens(statements[sid].text)
        }
        for draft in wishes
    }
    held: dict[str, int] = {}
    for said in words.values():
        for word in said:
            held[word] = held.get(word, 0) + 1
    found: dict[str, list[Statement]] = {}
    for question, answers in putting.items():
        put = set(stem_tokens(question))
        shared = [w for w in put if held.get(w, 0)]
        rarest = min(shared, key=lambda w: (held[w], w), default=None)
        if rarest is None or held[rarest] > _DISTINCT_WISHES:
            continue
        for theme_id, said in words.items():
            if rarest in said:
                found.setdefault(theme_id, []).extend(answers)
    return found


def _heard_beside(
    draft: ThemeDraft,
    statements: Mapping[str, Statement],
    exchanges: Exchanges,
    put: Sequence[Statement] = (),
) -> list[Statement]:
    """The statements that may tell what is feared of a wish, first-hand first: the
    answers to a question that put the wish to the interviewee (`put`, `_ideas_put`) and
    the next answers after them that still answer of it (`Exchanges.followed_by`); then the
    next answers after each interview statement of its support; then the answers to a
    question that names its subject. Its own support is evidence of the wish, not beside
    it."""
    support = set(draft.support_ids)
    spoken = [
        st
        for sid in draft.support_ids
        if (st := statements.get(sid)) is not None and st.source_type.is_interview
    ]
    found: list[Statement] = list(put)
    for said in [*put, *spoken]:
        found += exchanges.followed_by(said)
    subject = headline_subject(draft.headline)
    if subject:
        found.extend(
            answer
            for question, answers in exchanges.asked.items()
            if not misgiving(question) and names_subject(question, subject)
            for answer in answers
        )
    return [st for st in dict.fromkeys(found) if st.id not in support]


def with_misgivings(
    drafts: Sequence[ThemeDraft],
    statements: Mapping[str, Statement],
    roles: RoleGroups | None = None,
    exchanges: Exchanges | None = None,
) -> tuple[ThemeDraft, ...]:
    """The drafts with a last line of each wish that tells what is feared of it, where an
    interview or focus group heard beside it gives one (`_heard_beside`, `_told`). A wish
    that already says what is held against it keeps its lines. The line cites its one
    statement and is marked as said beside the wish (`Bullet.beside`): it is grounded on
    what it cites, and counts as none of the wish's evidence."""
    # the engine reads the exchanges once for every step that needs them
    exchanges = exchanges or Exchanges.of(statements.values())
    wishes = [d for d in drafts if d.polarity == "förslag" and d.bullets]
    put = _ideas_put(wishes, statements, exchanges.asked)
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
            for other in _heard_beside(draft, statements, exchanges, put.get(draft.theme_id, ()))
            if (line := _told(other, roles)) is not None
        )
        first = next(lines, None)
        if first is None:
            done.append(draft)
            continue
        other, line = first
        bullet = Bullet(text=line, statement_ids=(other.id,), beside=True)
        done.append(with_last_line(draft, bullet))
    return tuple(done)
