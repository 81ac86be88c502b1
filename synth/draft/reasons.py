"""The reason the sources give for a finding, where several give the same one.

An assessment that only says how widely a finding is heard is a tally (blind reviews 75-80:
"the Bedömning is a frequency report, not an assessment … nothing here is a judgement, a
cause or a consequence"). The seed reports tell why: "Sektorerna har byggt upp egna
resurser, eftersom …". What a consultant may state as the cause of a finding is what those
who say it give as its cause, in so many words: "Och sektorn har anställt egna
administratörer … för att det inte fungerar centralt", said in two focus groups. So a
finding's reason is a causal clause ("eftersom …", "därför att …", "för att det …", "Det
beror på att …") in the statements its headline rests on, after what names the finding's
subject, given by at least two sources in words that share what they are about.

A reason mapped from one part of a sentence to another finding by meaning alone was tried
first: on the demo most links joined findings that merely shared a word ("centralt"), so
only the finding's own statements are read, and the reason is quoted, not inferred.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from synth.draft.support import names_subject
from synth.privacy.pseudonymise import contains_marker
from synth.records import SourceType, Statement
from synth.text.grammar import finite_verb
from synth.text.sentences import split_sentences
from synth.text.swedish import stem, stop_words, words
from synth.text.voice import is_personal, speaks_for_a_unit

__all__ = ["LEAST_TOGETHER", "Reason", "given_reason", "reason_clauses", "told_together"]

LEAST_SOURCES = 2
"""The fewest sources that give a reason before the assessment states it: one voice's
explanation is that voice's, not the material's."""

LEAST_TOGETHER = 3
"""The fewest interviews and groups that tell two findings in one answer before the
assessment says they are told together: two may be one conversation's turn."""

_MOST_WORDS = 15
# How far apart, in statements, two parts of one spoken answer may stand: an answer runs
# on over a few statements, and a question asked again later ("Hur fungerar det?") is
# another answer
_SAME_ANSWER = 2

# "…, eftersom …", "… därför att …", "… på grund av att …"; "… för att det …" only with a
# pronoun subject after it: "för att" also gives a purpose ("för att hjälpa"), and after a
# noun it says what is feared or hoped ("risken för att frågor hamnar mellan stolarna")
_BECAUSE = re.compile(
    r"^(?P<effect>.*?\S),?\s+(?:(?:just|helt enkelt|bland annat)\s+)?"
    r"(?:(?:eftersom|därför att|på grund av att)\s+(?P<cause>.+)"
    r"|för att\s+(?P<pronoun>(?:det|den|de|dom|man|ingen|inget|inga|alla|någon|hon|han)\s.+))$",
    re.IGNORECASE,
)
# "Det beror på att …" after what it explains
_DEPENDS = re.compile(r"^(?:men\s+|och\s+)?det\s+beror\s+(?:ju\s+)?på\s+att\s+(?P<cause>.+)$", re.I)
_NEGATED = re.compile(r"\b(?:inte|inte bara|inte alls)$", re.IGNORECASE)
_NEGATIONS = frozenset({"inte", "ingen", "inget", "inga", "aldrig"})


@dataclass(frozen=True)
class Reason:
    """A reason several sources give for a finding, in one of their words."""

    clause: str
    """As it reads after "att": "det inte fungerar centralt"."""
    statement_ids: tuple[str, ...]
    source_ids: tuple[str, ...]


def reason_clauses(text: str, subject: frozenset[str]) -> list[str]:
    """The causal clauses of `text` that explain something naming `subject` ("det inte
    fungerar centralt" of "Och sektorn har anställt egna administratörer för att det inte
    fungerar centralt" for the subject "sektor"), each up to its first comma, in the
    speaker's words; none that is negated ("inte för att de är dumma"), names a person
    or the speaker's own person or unit, has no finite verb, or names the subject itself
    (a finding given as its own reason says it again)."""
    found: list[str] = []
    sentences = split_sentences(text)
    for k, sentence in enumerate(sentences):
        stripped = sentence.strip().rstrip(".!?")
        because = _BECAUSE.match(stripped)
        if because is not None:
            effect, cause = because["effect"], because["cause"] or because["pronoun"]
        else:
            depends = _DEPENDS.match(stripped)
            if depends is None or not k:
                continue
            effect, cause = sentences[k - 1], depends["cause"]
        cause = re.split(r",|;|:|\s[–-]\s", cause, maxsplit=1)[0].strip()
        said = words(cause)
        if (
            _NEGATED.search(effect.strip())
            or not said
            or len(said) > _MOST_WORDS
            # the speaker's own person or unit: their reason as they said it
            or is_personal(cause)
            or speaks_for_a_unit(cause)
            or contains_marker(cause)
            or not any(finite_verb(w) for w in said)
            or not names_subject(effect, subject)
            or names_subject(cause, subject)
        ):
            continue
        found.append(cause)
    return found


def given_reason(
    support: Sequence[Statement], subject: frozenset[str], least_sources: int = LEAST_SOURCES
) -> Reason | None:
    """The reason most sources of a finding give for it (`reason_clauses` of the
    statements its headline rests on, `support`), where at least `least_sources` give
    reasons that share a word of what they are about ("fungera" and "central" of "det
    inte fungerar centralt" and "det inte fungerade centralt"); its wording the shortest
    of theirs. None where no reason is given that widely, or without a subject to tell
    what the reason explains."""
    if not subject:
        return None
    given: list[tuple[Statement, str]] = [
        (st, clause) for st in support for clause in reason_clauses(st.text, subject)
    ]
    stop = stop_words() | _NEGATIONS
    sources_of: dict[str, set[str]] = defaultdict(set)
    for st, clause in given:
        for part in {stem(w) for w in words(clause) if w not in stop and len(w) > 1}:
            sources_of[part].add(st.source_id)
    widest = [p for p, sources in sources_of.items() if len(sources) >= least_sources]
    if not widest:
        return None
    # the word most sources share, and of two as shared the longer: "central" before "it"
    shared = max(widest, key=lambda p: (len(sources_of[p]), len(p), p))
    agreeing = [(st, clause) for st, clause in given if shared in {stem(w) for w in words(clause)}]
    clause = min((c for _, c in agreeing), key=lambda c: (len(c), c))
    return Reason(
        clause=clause,
        statement_ids=tuple(dict.fromkeys(st.id for st, _ in agreeing)),
        source_ids=tuple(sorted({st.source_id for st, _ in agreeing})),
    )


def told_together(
    support: Sequence[Statement],
    others: Mapping[str, Sequence[Statement]],
    least_sources: int = LEAST_TOGETHER,
) -> tuple[str, tuple[str, ...]] | None:
    """The other finding (of `others`, each by its id with the statements its headline
    rests on) that the most interviews and groups tell in the same answer as the finding
    `support` holds, and those sources; None where fewer than `least_sources` do.

    Where a cause is not said in so many words (`given_reason`), a consultant still reads
    what people tell together: asked how IT works, five of them told of cases that wait
    for weeks and, in the same answer, that nobody knows who owns the systems (blind
    review 121: "the IT-chef argues that slow cases come from missing systemägare … the
    deck does not connect the two"). The same statement under both findings is no telling
    together, nor a survey answer's list of what does not work, one item after another."""
    spoken = [st for st in support if st.source_type is not SourceType.ENKAT and st.question]
    own = {st.id for st in support}
    best: tuple[str, tuple[str, ...]] | None = None
    for other_id, theirs in others.items():
        by_answer: dict[tuple[str, str | None], list[int]] = defaultdict(list)
        for st in theirs:
            if st.id not in own:
                by_answer[(st.source_id, st.question)].append(st.position)
        sources = sorted(
            {
                st.source_id
                for st in spoken
                if any(
                    abs(st.position - at) <= _SAME_ANSWER
                    for at in by_answer.get((st.source_id, st.question), ())
                )
            }
        )
        if len(sources) >= least_sources and (best is None or len(sources) > len(best[1])):
            best = (other_id, tuple(sources))
    return best
