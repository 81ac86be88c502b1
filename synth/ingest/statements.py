"""From speaker turns to statements of one to three sentences, each with its question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from synth.ingest.sentences import is_filler, split_sentences, word_count
from synth.records import StatementDraft, Turn

__all__ = ["statements_from_turns"]

_MAX_WORDS = 60
_SHORT = 6
_QUESTION_CHARS = 300
# Hesitations at the start of a turn and doubled words ("att att") are transcription noise.
_LEADING_NOISE = re.compile(r"^(?:(?:eh|öh|äh|ehm|öhm|mm|hm|ja|nej|alltså|men)\s*[,.…]+\s*)+", re.I)
_DOUBLED = re.compile(r"\b(\w+)(\s+\1\b)+", re.I)


def _clean(sentence: str) -> str:
    sentence = _LEADING_NOISE.sub("", sentence)
    sentence = _DOUBLED.sub(r"\1", sentence)
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def _question_of(turn: Turn) -> str:
    sentences = split_sentences(turn.text)
    questions = [s for s in sentences if s.endswith("?")]
    text = questions[-1] if questions else turn.text.strip()
    return text if len(text) <= _QUESTION_CHARS else text[: _QUESTION_CHARS - 1] + "…"


def _segment_starts(turn: Turn) -> list[tuple[int, float | None]]:
    """Character offset in `turn.text` where each segment begins, with its start time."""
    if not turn.segments:
        return [(0, turn.start)]
    starts: list[tuple[int, float | None]] = []
    cursor = 0
    for text, start in turn.segments:
        found = turn.text.find(text.strip()[:40], cursor) if text.strip() else -1
        offset = found if found >= 0 else cursor
        starts.append((offset, start))
        cursor = offset + len(text.strip())
    return starts


def _timestamp_at(starts: list[tuple[int, float | None]], offset: int) -> float | None:
    stamp = starts[0][1]
    for begin, start in starts:
        if begin <= offset:
            stamp = start
        else:
            break
    return stamp


def _group(sentences: list[tuple[str, int]], max_sentences: int) -> list[list[tuple[str, int]]]:
    """Consecutive sentences in groups of at most `max_sentences` and about 60 words."""
    groups: list[list[tuple[str, int]]] = []
    for sentence in sentences:
        words = word_count(sentence[0])
        current = groups[-1] if groups else None
        so_far = word_count(" ".join(text for text, _ in current)) if current else 0
        fits = current is not None and len(current) < max_sentences and so_far + words <= _MAX_WORDS
        # keep a very short sentence with its neighbour rather than standing alone, and
        # otherwise pair sentences only while the statement is still short
        joins = (
            words < _SHORT
            or so_far < _SHORT
            or (current is not None and len(current) < 2 and so_far < 25)
        )
        if current is not None and fits and joins:
            current.append(sentence)
        else:
            groups.append([sentence])
    return groups


def statements_from_turns(
    turns: Sequence[Turn], *, max_sentences: int = 3, min_words: int = 4
) -> list[StatementDraft]:
    """Split every non-interviewer turn into statements that keep the question they answer."""
    drafts: list[StatementDraft] = []
    question: str | None = None
    for turn in turns:
        if turn.is_interviewer:
            # "Mm." from the interviewer is not a new question
            if not all(is_filler(s) for s in split_sentences(turn.text)):
                question = _question_of(turn)
            continue
        starts = _segment_starts(turn)
        located: list[tuple[str, int]] = []
        cursor = 0
        for sentence in split_sentences(turn.text):
            first_word = sentence.split(" ", 1)[0]
            found = turn.text.find(first_word, cursor)
            offset = found if found >= 0 else cursor
            cursor = offset + 1
            cleaned = _clean(sentence)
            if cleaned and not is_filler(cleaned):
                located.append((cleaned, offset))
        for group in _group(located, max_sentences):
            text = " ".join(sentence for sentence, _ in group)
            if word_count(text) < min_words:
                continue
            drafts.append(
                StatementDraft(
                    text=text,
                    position=len(drafts),
                    speaker=turn.speaker,
                    question=question,
                    timestamp=_timestamp_at(starts, group[0][1]),
                )
            )
    return drafts
