"""What the unit a finding is about answers when the finding is put to it.

An interviewer puts what was heard elsewhere to the one who answers for it: "Jag har hört
i andra intervjuer att ärenden tar lång tid. Hur ser du på det?", and the IT chief
answers "Det stämmer delvis. Servicedesken svarar oftast inom en dag … Men när det
handlar om verksamhetssystemen blir det långa ledtider". A report gives that beside the
finding ("I en intervju bekräftas bilden delvis: …"); a slide that leaves it out reads as
the whole truth, and leaves out what ties the wait to the systems nobody owns (blind
review 160: "every observation must carry the strongest qualifying evidence, especially
from the function being criticised").

The line does not say whose answer it is: "Från IT-enhetens sida" named the one IT chief
interviewed, before his superiors (blind review 161).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from synth.draft.evidence import attributed
from synth.draft.offline import with_last_line
from synth.draft.support import headline_subject, names_subject
from synth.privacy.roles import RoleGroups
from synth.records import Bullet, Statement, ThemeDraft
from synth.synthesis.cues import verdict
from synth.text.grammar import lower_first, outside_enumerations, subordinate_order
from synth.text.sentences import split_sentences, word_count
from synth.text.voice import own_unit_name, report_voice, speaker_unit

__all__ = ["with_replies"]

_TAKEN = {
    "ja": "bekräftas bilden",
    "delvis": "bekräftas bilden delvis",
    "nej": "ifrågasätts bilden",
}
_LEAST_WORDS = 4
"""The fewest words of a sentence that says why: "Det är så." says nothing."""
_MOST_WORDS = 30
"""The most words of the reason told after the verdict, as an evidence line's."""
_JUDGED = frozenset({"styrka", "svaghet"})
"""The findings a claim is put to the unit of: what is good or bad of it, not a wish."""
# A question that asks the unit's head for its own shortcomings: "Om du ska vara
# självkritisk, var finns bristerna?", "Vad kunde ni göra bättre?"
_ASKS_SHORTCOMINGS = re.compile(
    r"\b(?:självkritisk\w*|brist\w*|svaghet\w*|mindre bra|sämre|göra bättre"
    r"|förbättra\w*|utvecklingsområd\w*)\b",
    re.I,
)
_CONTRAST = re.compile(r"^(?:men|däremot|fast)\b[,]?\s*", re.I)


def _of_unit(headline: str, unit: str) -> bool:
    """Whether a headline names the unit a speaker answers for, as `own_unit_name` gives
    it: "IT" in "IT-ärenden tar veckor", "kommunikation" in "Det är svårt att få hjälp från
    kommunikation", "kansli" in "Kansliet …", a sector by its name."""
    low, name = headline.casefold(), unit.casefold()
    if " " in name:
        return name in low
    return any(
        word == name
        or word.startswith(f"{name}-")
        or (len(name) >= _LEAST_WORDS and word.startswith(name))
        for word in re.findall(r"[\wåäöé-]+", low)
    )


def _reason(text: str, statement: Statement, roles: RoleGroups | None) -> str | None:
    """What an answer says after its verdict, in the report's voice with the speaker's "vi"
    as their unit: its first sentence that makes one, and a second where it opens with a
    contrast ("…, men när det handlar om verksamhetssystemen blir det långa ledtider");
    None where no sentence makes one (personal, naming its one person, speaking for the
    unit only its speaker heads, or too short)."""
    unit = speaker_unit(statement.role, statement.sector)
    told: list[str] = []
    for sentence in split_sentences(text):
        if "…" in sentence or "..." in sentence:
            continue
        # an enumeration's "lösenord, skrivare och sånt" is speech, and its clause with it
        spoken = outside_enumerations(sentence) or sentence
        said = report_voice(spoken, unit)
        if said is None or word_count(said) < _LEAST_WORDS:
            continue
        # what the one head of a unit says of it as "vi" points at them, told of the unit
        # or not (`RoleGroups.names_speaker`): "Vi har inte resurser att hjälpa till i
        # varje rekrytering" is the HR chief's
        if roles is not None and (
            roles.names_one_person(said) or roles.names_speaker(statement, spoken)
        ):
            continue
        said = said.rstrip(" .!?")
        if not told:
            told.append(lower_first(said))
        elif _CONTRAST.match(said):
            told.append("men " + lower_first(_CONTRAST.sub("", said, count=1)))
            break
        else:
            break
    reason = ", ".join(told)
    if not reason or word_count(reason) > _MOST_WORDS:
        return told[0] if told and word_count(told[0]) <= _MOST_WORDS else None
    return reason


def _reply(
    draft: ThemeDraft,
    answers: Sequence[tuple[Statement, str]],
    roles: RoleGroups | None,
) -> Bullet | None:
    """The line that gives what the head of the unit the finding names answered when it
    was put to them (`verdict`), or, beside a strength, when asked for the unit's own
    shortcomings (`_ASKS_SHORTCOMINGS`: the HR chief asked "Om du ska vara självkritisk,
    var finns bristerna?" beside "HR-stödet är bra"); None where nobody who answers for
    it was asked, or the answer says nothing but what points at its speaker (their "vi",
    `_reason`). Attributed as any evidence line is, to an interview, not to the unit."""
    subject = headline_subject(draft.headline)
    for answer, own in answers:
        if (
            answer.id in draft.support_ids
            or not answer.question
            or not _of_unit(draft.headline, own)
        ):
            continue
        taken = (
            verdict(answer.text) if subject and names_subject(answer.question, subject) else None
        )
        where = attributed([roles.told_kind(answer) if roles is not None else answer.source_type])
        if taken is not None:
            reason = _reason(answer.text[taken[1] :].lstrip(" ,.;:!–-"), answer, roles)
            line = f"{where} {_TAKEN[taken[0]]}: {reason}." if reason else None
        elif draft.polarity == "styrka" and _ASKS_SHORTCOMINGS.search(answer.question):
            reason = _reason(answer.text, answer, roles)
            line = (
                f"{where} beskrivs samtidigt att {subordinate_order(reason)}." if reason else None
            )
        else:
            continue
        if line is not None:
            return Bullet(text=line, statement_ids=(answer.id,), beside=True)
    return None


def with_replies(
    drafts: Sequence[ThemeDraft],
    statements: Mapping[str, Statement],
    roles: RoleGroups | None = None,
) -> tuple[ThemeDraft, ...]:
    """The drafts with a last line of each strength or weakness that was put to the head of
    the unit its headline names, giving their answer (`_reply`): "I en intervju bekräftas
    bilden delvis: servicedesken svarar oftast inom en dag, men när det handlar om
    verksamhetssystemen blir det långa ledtider", "I en intervju beskrivs samtidigt att
    rekryteringsstödet är för tunt". The line cites its one statement and is marked as
    said beside the finding (`Bullet.beside`): it is grounded on what it cites, and counts
    as none of the finding's evidence. It takes the place of the finding's last line of
    its own where it has as many as a finding may (`with_last_line`)."""
    # the answers of those who head a unit a headline may name, each with its name
    answers = sorted(
        (
            (st, named)
            for st in statements.values()
            if st.source_type.is_interview
            and st.question
            and speaker_unit(st.role, st.sector) is not None
            and (named := own_unit_name(st.role, st.sector)) is not None
        ),
        key=lambda item: (item[0].source_id, item[0].position),
    )
    done = []
    for draft in drafts:
        bullet = (
            _reply(draft, answers, roles) if draft.polarity in _JUDGED and draft.bullets else None
        )
        if bullet is None:
            done.append(draft)
            continue
        done.append(with_last_line(draft, bullet))
    return tuple(done)
