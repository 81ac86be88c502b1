"""Labelled pieces into speaker turns, and who of the speakers interviewed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from synth.ingest.pieces import Piece
from synth.ingest.speakers import INTERVIEWER_LABEL
from synth.records import InterviewMeta, Turn

__all__ = ["speaker_turns"]

_ENDS = (".", "!", "?", "…", ":", ";")


def speaker_turns(pieces: Sequence[Piece], meta: InterviewMeta | None) -> list[Turn]:
    groups: list[tuple[str | None, list[Piece]]] = []
    for piece in pieces:
        continues = bool(groups) and piece.speaker in (None, groups[-1][0])
        if not continues:
            groups.append((piece.speaker, []))
        elif piece.speaker is not None and piece.start is None and groups[-1][1]:
            # a line labelled anew with the same speaker ends the sentence before it, where
            # no caption cue cut it off mid-sentence: "IP: Oförändrat antal nämnder" and
            # "IP: Kopplat ansvar för arbetsmarknad …" read as one sentence, "… nämnder
            # Kopplat ansvar …", in a bullet of the seed engagement's deck
            before = groups[-1][1][-1]
            if not before.text.rstrip().endswith(_ENDS):
                groups[-1][1][-1] = replace(before, text=f"{before.text.rstrip()}.")
        if piece.text:
            groups[-1][1].append(piece)
    groups = [(speaker, items) for speaker, items in groups if items]
    # a speaker whose only line was empty leaves two turns of the one before it side by side
    merged: list[tuple[str | None, list[Piece]]] = []
    for speaker, items in groups:
        if merged and merged[-1][0] == speaker:
            merged[-1][1].extend(replace(item, paragraph=True) for item in items[:1])
            merged[-1][1].extend(items[1:])
        else:
            merged.append((speaker, items))
    interviewers = _interviewers(merged, meta)
    turns: list[Turn] = []
    for speaker, items in merged:
        text = ""
        for item in items:
            separator = "\n\n" if item.paragraph else " "
            text += (separator if text else "") + item.text
        turns.append(
            Turn(
                speaker=speaker,
                text=text,
                position=len(turns),
                is_interviewer=speaker in interviewers,
                start=next((item.start for item in items if item.start is not None), None),
                segments=tuple((item.text, item.start) for item in items),
            )
        )
    return turns


def _named_interviewer(label: str, meta: InterviewMeta | None) -> bool:
    """Whether `label` is one of the log's interviewers, by full name or first name."""
    if meta is None:
        return False
    low = " ".join(label.casefold().split())
    participant_firsts = {n.casefold().split()[0] for n in meta.participants if n.strip()}
    for name in meta.interviewers:
        full = " ".join(name.casefold().split())
        if not full:
            continue
        first = full.split()[0]
        if low == full:
            return True
        # "Sara:" for Sara Nyström, or "Sara Nyström:" when the log says only "Sara", unless
        # a participant shares the first name
        shared = first in participant_firsts
        if not shared and (low == first or (" " not in full and low.split()[0] == full)):
            return True
    return False


def _interviewers(
    groups: Sequence[tuple[str | None, list[Piece]]], meta: InterviewMeta | None
) -> set[str]:
    speakers = {speaker for speaker, _ in groups if speaker is not None}
    found = {
        s for s in speakers if INTERVIEWER_LABEL.fullmatch(s.strip()) or _named_interviewer(s, meta)
    }
    if found or len(speakers) < 2:
        return found
    # No label or log says who asked: the speaker whose turns are mostly questions did.
    asked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for speaker, items in groups:
        if speaker is None:
            continue
        total[speaker] += 1
        if items[-1].text.rstrip().endswith("?"):
            asked[speaker] += 1
    ratios = {s: asked[s] / total[s] for s in total}
    best = max(ratios, key=lambda s: (ratios[s], total[s]))
    others = [r for s, r in ratios.items() if s != best]
    if ratios[best] >= 0.5 and all(ratios[best] >= 2 * r for r in others):
        return {best}
    return set()
