"""From speaker turns to statements of one to a few sentences, each with its question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from synth.ingest.admin import is_admin_talk
from synth.records import StatementDraft, Turn
from synth.text.grammar import is_verb, lower_first
from synth.text.sentences import is_filler, sentence_spans, word_count
from synth.text.swedish import stop_words, words

__all__ = ["statements_from_turns"]

_MAX_WORDS = 60
_SHORT = 6
_QUESTION_CHARS = 300

# Hesitation sounds are never words, so they go wherever they stand: "det är, eh, svårt".
_HESITATION = re.compile(r"(?:,\s*)?(?<!\w)(?:e+h+m*|ö+h+m*|ä+h+m*|hm+)(?!\w)[,.…]*\s*", re.I)
# Words a spoken answer starts with before it gets going ("Ja, alltså, vi har ..."); "nej" is
# left, it is often the answer.
_LEADING_NOISE = re.compile(
    r"^(?:(?:ja|jo|jaa|mm|mhm|alltså|men|okej|nämen|jamen|liksom|så)\s*[,.…]+\s*)+", re.I
)
# A transcriber's notes on what is not speech: "[skratt]", "(ohörbart)", "[paus 3 s]".
_NON_SPEECH = re.compile(
    r"\s*[\[(](?:skratt(?:ar)?|ler|ohörbart|ohörbar|otydligt|paus[^\])]*|tystnad|suck(?:ar)?"
    r"|host(?:ar)?|överlappande tal|pratar i mun på varandra|inaudible|laughter|laughs"
    r"|crosstalk|pause|silence)[\])]",
    re.I,
)
_DOUBLED = re.compile(r"(?<!\w)(\w+)(?:\s+\1)+(?!\w)", re.I)
# Doubled words that are real Swedish: "det det handlar om", "var var du", "som som".
_REAL_DOUBLES = frozenset({"det", "den", "de", "var", "så", "ha", "som", "in", "ut", "på"})


def _undouble(match: re.Match[str]) -> str:
    word = match.group(1)
    if word.casefold() in _REAL_DOUBLES or word.isdigit():
        return match.group(0)
    return word


def _clean(sentence: str) -> str:
    """The sentence without hesitations and stutters ("att att"), capitalised."""
    sentence = _NON_SPEECH.sub(" ", sentence)
    sentence = _HESITATION.sub(" ", sentence)
    sentence = _LEADING_NOISE.sub("", sentence.strip())
    sentence = _DOUBLED.sub(_undouble, sentence)
    sentence = re.sub(r"\s+([,.!?…])", r"\1", " ".join(sentence.split()))
    sentence = sentence.lstrip(",.… ")
    return sentence[:1].upper() + sentence[1:]


# A question that asks about what the sentence before it names: "Vad tänker du om det?"
_POINTS_BACK = re.compile(r"\b(?:det|detta|det här|den|den här|dem|dessa|de här)\s*\?$", re.I)


def _names_anything(question: str) -> bool:
    """Whether a question names something of its own, beside its question words, verbs
    and the pronoun it points back with: "IT" of "Om vi går över till IT, hur fungerar
    det?", nothing of "Vad tänker du om det?"."""
    stop = stop_words()
    return any(w not in stop and not is_verb(w) for w in words(question))


def _question_of(turn: Turn) -> str | None:
    """The interviewer's question: the turn's last question sentence, else the whole turn;
    with the sentence before it where it only points back at what that one names: "En idé
    som andra har lyft är en gemensam ingång till stödet, en servicefunktion. Vad tänker
    du om det?" was kept as "Vad tänker du om det?", and the answer's doubts about a
    single point of entry were read, and shown, as about nothing in particular."""
    sentences = [" ".join(turn.text[a:b].split()) for a, b in sentence_spans(turn.text)]
    if all(is_filler(s) for s in sentences):
        return None  # "Mm." from the interviewer is no new question
    questions = [k for k, s in enumerate(sentences) if s.endswith("?")]
    if not questions:
        text = " ".join(turn.text.split())
    else:
        last = questions[-1]
        text = sentences[last]
        before = sentences[last - 1] if last else ""
        if (
            _POINTS_BACK.search(text)
            and not _names_anything(text)
            and before
            and not before.endswith("?")
            and not is_filler(before)
        ):
            text = f"{before} {text}"
    return text if len(text) <= _QUESTION_CHARS else text[: _QUESTION_CHARS - 1].rstrip() + "…"


def _asked_next(turn: Turn, question: str | None) -> str | None:
    """The question the answers after an interviewer's `turn` answer: the one it asks, or
    the one before it (`question`) where it only keeps the answer going: backchannel
    ("Mm.", "Ja, precis.") or an echo to confirm ("140?"). A short prompt that asks
    nothing ("Berätta.", "Utveckla.") has the interviewee go on with what they just
    said, no longer answering the question before it: "Det är kompetensförsörjningen,
    framför allt …" after "Hur länge har du varit här?" - "Snart tre år. Och jag har
    aldrig varit med om ett så tufft läge som nu." - "Berätta." was read, counted and
    told as an answer to how long the speaker has been there."""
    asked = _question_of(turn)
    if asked is not None:
        return asked
    goes_on = turn.text.rstrip().endswith("?") or is_filler(turn.text, min_words=1)
    return question if goes_on else None


def _segment_starts(turn: Turn) -> list[tuple[int, float | None]]:
    """Character offset in `turn.text` where each segment begins, with its start time."""
    if not turn.segments:
        return [(0, turn.start)]
    starts: list[tuple[int, float | None]] = []
    cursor = 0
    for text, start in turn.segments:
        found = turn.text.find(text.strip(), cursor) if text.strip() else -1
        offset = found if found >= 0 else cursor
        starts.append((offset, start))
        cursor = offset + len(text.strip())
    return starts


def _timestamp_at(starts: list[tuple[int, float | None]], offset: int, turn: Turn) -> float | None:
    stamp = starts[0][1]
    for begin, start in starts:
        if begin > offset:
            break
        stamp = start
    return stamp if stamp is not None else turn.start


_Sentence = tuple[str, int]
"""A cleaned sentence and its offset in the turn's text."""


# A topic said on its own before the sentence that takes it up with a pronoun: "Men,
# alltså, rapporterna. De är svåra att läsa." Dropped as a fragment, it leaves "De är svåra
# att läsa" to be read as said of what came before it (the controllers).
_TOPIC_CONTRAST = re.compile(r"^\W*men\b", re.I)
# "det" is left out: after a bare word it is more often the answer's own subject ("HR. Det
# vill jag verkligen säga …") than the word taken up
_TAKEN_UP = re.compile(r"^(?:de|dom|den|dessa)\b", re.I)


def _names_a_topic(sentence: str) -> bool:
    """Whether a sentence is a bare topic: a noun or two and nothing to say of them yet."""
    named = [w for w in re.findall(r"[\w-]+", sentence) if w.casefold() not in stop_words()]
    return is_filler(sentence) and 1 <= len(named) <= 2 and not any(w[:1].isdigit() for w in named)


def _taken_up(topic: str, sentence: str) -> str:
    """The topic and the sentence that takes it up as one: "Men rapporterna, de är svåra
    att läsa." A sentence that does not open with a pronoun is left as it is."""
    if not _TAKEN_UP.match(sentence):
        return sentence
    return f"{topic.rstrip('.!?…')}, {lower_first(sentence)}"


def _words(group: list[_Sentence]) -> int:
    return sum(word_count(text) for text, _ in group)


def _group(sentences: list[_Sentence], max_sentences: int) -> list[list[_Sentence]]:
    """Consecutive sentences in groups of at most `max_sentences` and about 60 words."""
    groups: list[list[_Sentence]] = []
    for sentence in sentences:
        current = groups[-1] if groups else None
        if (
            current is not None
            and len(current) < max_sentences
            and _words(current) + word_count(sentence[0]) <= _MAX_WORDS
        ):
            current.append(sentence)
        else:
            groups.append([sentence])
    # A short sentence left alone at the end ("Det är problemet.") belongs with the one
    # before it: join that group, or take over its last sentence when it is full.
    if len(groups) >= 2 and len(groups[-1]) == 1 and word_count(groups[-1][0][0]) < _SHORT:
        last, before = groups[-1], groups[-2]
        if len(before) < max_sentences and _words(before) + _words(last) <= _MAX_WORDS:
            before.extend(groups.pop())
        elif len(before) >= 2 and _words(before[-1:]) + _words(last) <= _MAX_WORDS:
            last.insert(0, before.pop())
    return groups


def statements_from_turns(
    turns: Sequence[Turn],
    *,
    max_sentences: int = 3,
    min_words: int = 4,
    set_aside: list[str] | None = None,
) -> list[StatementDraft]:
    """Split every non-interviewer turn into statements that keep the question they answer.

    Fillers ("mm", "ja precis") are dropped, hesitations cleaned away, and a statement
    shorter than `min_words` words is left out. `timestamp` is the time of the segment (VTT
    or SRT cue) the statement's first sentence was said in.

    When `set_aside` is given, sentences about the interview itself (contact details,
    logistics, the recording, thanks; see `synth.ingest.admin`) are appended to it instead
    of becoming statements, so the caller can count them.
    """
    drafts: list[StatementDraft] = []
    question: str | None = None
    for turn in turns:
        if turn.is_interviewer:
            question = _asked_next(turn, question)
            continue
        starts = _segment_starts(turn)
        sentences: list[_Sentence] = []
        topic: tuple[str, int] | None = None
        for begin, end in sentence_spans(turn.text):
            raw = turn.text[begin:end]
            cleaned = _clean(raw)
            if topic is not None and cleaned:
                # the topic named just before is what the pronoun takes up
                cleaned, begin = _taken_up(topic[0], cleaned), topic[1]
                topic = None
            if cleaned and _names_a_topic(cleaned) and begin + len(raw) < len(turn.text):
                contrast = _TOPIC_CONTRAST.match(raw) is not None
                topic = (f"Men {lower_first(cleaned)}" if contrast else cleaned), begin
                continue
            if not cleaned or is_filler(cleaned):
                continue
            if set_aside is not None and is_admin_talk(cleaned):
                set_aside.append(cleaned)
                continue
            sentences.append((cleaned, begin))
        for group in _group(sentences, max_sentences):
            text = " ".join(sentence for sentence, _ in group)
            if word_count(text) < min_words:
                continue
            drafts.append(
                StatementDraft(
                    text=text,
                    position=len(drafts),
                    speaker=turn.speaker,
                    question=question,
                    timestamp=_timestamp_at(starts, group[0][1], turn),
                )
            )
    return drafts
