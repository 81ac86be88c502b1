"""What the next speaker in the same exchange holds against a strength.

Praise in an interview or a focus group is often answered at once: "HR är det bästa
stödet vi har", and the next participant says "Men det där är ju lite det jag tänker på.
Det fungerar för att [namn] svarar. Det är personberoende." A report gives the strength
with that reservation ("… beskrivs samtidigt att det är personberoende"); a slide that
leaves it out reads as uniform praise (blind review 163: "Each strength must carry its
main qualification"; the HR slide omitted "personberoende", "kan det ta en vecka").

Only what is set against the praise in so many words: an answer in the same exchange
(`Exchanges.followed_by`) with a sentence that opens with a contrast ("Men …"), and from
there the first sentence that criticises (a judging word, a lack, an excess or a wait).
An answer that goes on to something else without a contrast is no reservation: the
focus group that praised HR went on to a chair that takes months to buy.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from synth.draft.evidence import contrasted
from synth.draft.exchanges import Exchanges
from synth.draft.offline import CONTRAST_OPENING, evidence_sentence, with_last_line
from synth.privacy.roles import RoleGroups
from synth.records import Bullet, Statement, ThemeDraft
from synth.synthesis.cues import criticises
from synth.text.grammar import subject_words
from synth.text.sentences import split_sentences

__all__ = ["with_reservations"]

_POINTING = re.compile(r"^det\s+(?=(?:är|blir|var|tar|kan|känns)\b)", re.IGNORECASE)


def _headline_subject(headline: str) -> str:
    """The subject of a headline as written: "HR-stödet" of "HR-stödet är bra"; empty
    where its clause opens otherwise (`subject_words`)."""
    words = subject_words(headline)
    return " ".join(headline.split()[: len(words)]) if words else ""


# one named by their unit: "[namn] på lönekontoret svarar alltid samma dag"
_NAMED_AT = re.compile(r"^\[[a-zåäö-]+\]\s+(?:på|hos|i)\s+([\wåäöÅÄÖ-]+)")


def _answered_subject(praise: Statement, subject: str) -> str:
    """What a reservation's "det" stands for: the unit of the one the praise's last
    sentence names, the nearest thing praised ("Och lönen, det är nästan aldrig fel.
    [namn] på lönekontoret svarar alltid samma dag." answered by "Det fungerar för att
    [namn] svarar. Det är personberoende." is lönekontoret's; blind reviews 165 and 166
    read "HR-stödet är personberoende" as inexact); else the finding's `subject`."""
    sentences = split_sentences(praise.text)
    named = _NAMED_AT.match(sentences[-1].strip()) if sentences else None
    return named[1] if named else subject


def _held_against(statement: Statement, subject: str, roles: RoleGroups | None) -> str | None:
    """The reservation a statement sets against what was said before it, as a line said
    beside the finding ("I en fokusgrupp i Barn och utbildning beskrivs samtidigt att
    HR-stödet är personberoende"): from its first sentence that opens with a contrast, the
    first that criticises (`criticises`) and makes an evidence line; its "det" is the
    finding's `subject`, the praise it answers ("Det är personberoende."). None where no
    sentence opens with a contrast, or none after it makes such a line."""
    sentences = split_sentences(statement.text)
    opened = next(
        (k for k, sentence in enumerate(sentences) if CONTRAST_OPENING.match(sentence.lstrip())),
        None,
    )
    if opened is None:
        return None
    for k, sentence in enumerate(sentences[opened:]):
        said = (
            CONTRAST_OPENING.sub("", sentence.lstrip(), count=1).lstrip(" ,")
            if k == 0
            else sentence
        )
        said = said[:1].upper() + said[1:]
        if not criticises(said):
            continue
        if subject and _POINTING.match(said):
            said = _POINTING.sub(f"{subject} ", said, count=1)
        line = evidence_sentence(said, [statement], None, roles)
        if line is not None:
            return contrasted(line)
    return None


def with_reservations(
    drafts: Sequence[ThemeDraft],
    statements: Mapping[str, Statement],
    roles: RoleGroups | None = None,
    exchanges: Exchanges | None = None,
) -> tuple[ThemeDraft, ...]:
    """The drafts with a last line of each strength that the next answers in the same
    exchange as one of its statements set a reservation against (`_held_against`), where
    the strength has no line said beside it yet (a counterpart, a reply). The line cites
    its one statement and is marked as said beside the finding (`Bullet.beside`); it takes
    the place of the finding's last line of its own where it has as many as a finding may
    (`with_last_line`)."""
    # the engine reads the exchanges once for every step that needs them
    exchanges = exchanges or Exchanges.of(statements.values())
    done = []
    for draft in drafts:
        if (
            draft.polarity != "styrka"
            or not draft.bullets
            or any(b.beside or " samtidigt att " in b.text for b in draft.bullets)
        ):
            done.append(draft)
            continue
        support = set(draft.support_ids)
        subject = _headline_subject(draft.headline)
        bullet = None
        for sid in draft.support_ids:
            said = statements.get(sid)
            if said is None or not said.source_type.is_interview:
                continue
            for other in exchanges.followed_by(said):
                if other.id in support:
                    continue
                line = _held_against(other, _answered_subject(said, subject), roles)
                if line is not None:
                    bullet = Bullet(text=line, statement_ids=(other.id,), beside=True)
                    break
            if bullet is not None:
                break
        done.append(with_last_line(draft, bullet) if bullet is not None else draft)
    return tuple(done)
