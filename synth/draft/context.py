"""The figures the material gives of the development situation: demography, economy,
staffing, as those interviewed and surveyed stated them.

A consultant's account of the development situation rests on figures ("antalet invånare
över 80 ökar med ungefär 40 procent", "ett effektiviseringskrav på 1,5 procent", "900 nya
medarbetare de närmaste fem åren"). Findings are claims heard in several sources, and a
figure is said once, by whoever knows it: two blind reviews found these in the transcripts
and on no main slide of the deck. So they are gathered here, each an evidence line in the
report's voice (`synth.draft.offline.evidence_sentence`), attributed, never quoting a
speaker who alone holds a role and speaks for their unit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from synth.draft.offline import evidence_sentence
from synth.privacy.roles import RoleGroups
from synth.records import Statement
from synth.store.themes import LensRecord
from synth.text.sentences import split_sentences

__all__ = ["DEVELOPMENT", "development_figures"]

DEVELOPMENT = "utvecklingssituation"
"""The perspective whose figures are gathered (the lens class id)."""

# A figure: a number that is no year or decade ("40 procent", "1,5", "900"; "en strategi
# från 2021" and "skolor från 60- och 70-talet" date something and measure nothing), or a
# number written out before what it counts ("två procent", "trettio procent vakanser").
_NUMBER_WORDS = (
    "två",
    "tre",
    "fyra",
    "fem",
    "sex",
    "sju",
    "åtta",
    "nio",
    "tio",
    "elva",
    "tolv",
    "tretton",
    "fjorton",
    "femton",
    "sexton",
    "sjutton",
    "arton",
    "nitton",
    "tjugo",
    "trettio",
    "fyrtio",
    "femtio",
    "sextio",
    "sjuttio",
    "åttio",
    "nittio",
    "hundra",
    "tusen",
)
_MEASURED = "procent|miljoner|miljarder|kronor|tjänster|medarbetare|vakanser|årsarbetare"
_FIGURE = re.compile(
    r"(?<![\d,.])(?!(?:19|20)\d\d(?!\d|[,.]\d))\d+(?:[,.]\d+)?(?![\d-])"
    rf"|\b(?:{'|'.join(_NUMBER_WORDS)})\s+(?:{_MEASURED})\b",
    re.IGNORECASE,
)


def development_figures(
    statements: Sequence[Statement],
    lenses: Mapping[str, LensRecord],
    roles: RoleGroups | None = None,
    *,
    most: int = 6,
    groups_as_interviews: bool = False,
) -> tuple[tuple[str, str], ...]:
    """Up to `most` evidence lines, one per source, that state a figure of the development
    situation, each with the id of its statement: sentences with a number (not a year) of
    statements the perspective lens reads as the development situation, and not as a
    proposal; the most confidently read first. Empty where the material gives none."""
    candidates = sorted(
        (
            (lens.perspective_confidence, position, st)
            for position, st in enumerate(statements)
            if (lens := lenses.get(st.id)) is not None
            and lens.perspective == DEVELOPMENT
            and lens.polarity != "förslag"
        ),
        key=lambda item: (-item[0], item[1]),
    )
    lines: list[tuple[str, str]] = []
    sources: set[str] = set()
    said: set[str] = set()
    for _, _, st in candidates:
        if len(lines) == most:
            break
        if st.source_id in sources:
            continue
        for sentence in split_sentences(st.text):
            if not _FIGURE.search(sentence):
                continue
            line = evidence_sentence(sentence, [st], None, groups_as_interviews, roles)
            # a figure cut off with the end of a long sentence is no figure
            if line is None or not _FIGURE.search(line) or line in said:
                continue
            lines.append((line, st.id))
            sources.add(st.source_id)
            said.add(line)
            break
    return tuple(lines)
