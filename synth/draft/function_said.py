"""What the material says of a support function beyond one finding's own words.

The chefs' rating heads the slide of a weakness that one voice alone says in its own
words ("Lokalförsörjning får lågt betyg i chefsenkäten: 43 % ger 1–2 av 5", over two
survey answers in the same words). Under it a consultant sets what else was said against
the function, in whatever words: "Lokalfrågor fastnar och ingen tar ansvar", "besluten
fattas ad hoc", "friktion kring lokalerna" (blind reviews 164 and 165: the other lokal
material was missing, and the slide rested on one voice). Those statements say
"lokalfrågor" and "lokalerna", not "lokalförsörjning", and lie far from the finding's one
voice in meaning; what ties them to it is the function they name (`names_function`).

Pure functions over records; the deck calls them for the finding its rating heads.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from synth.draft.condense import proposes
from synth.draft.offline import evidence_sentence
from synth.privacy.roles import RoleGroups
from synth.records import Bullet, Statement
from synth.store.themes import LensRecord
from synth.text.functions import names_function
from synth.text.sentences import split_sentences

__all__ = ["said_of_function"]


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def said_of_function(
    function: str,
    description: str,
    statements: Sequence[Statement],
    lenses: Mapping[str, LensRecord],
    roles: RoleGroups | None,
    *,
    polarity: str = "svaghet",
    cited: Collection[str] = (),
    most: int = 3,
) -> tuple[Bullet, ...]:
    """Up to `most` lines of what `statements` say of a support `function` (named by its
    name or by what it shares with the form's `description` of it, `names_function`) with
    `polarity` as the lens read them: per statement its first sentence that names the
    function, asks for nothing (a wish is no account of what is wrong) and makes an
    evidence line (`evidence_sentence`, which leaves out what would point at its
    speaker). Answers in the same words are one line, as the finding's own are;
    statements in `cited` (said elsewhere on the slides) are left out. Interviews and
    focus groups first, in the order said, then survey answers: an account at length
    before a line in a form. They are evidence of what is said of the function, not of
    one finding's claim: the caller sets them under a headline that judges the function
    as a whole."""
    alike: dict[str, list[Statement]] = {}
    for st in statements:
        alike.setdefault(_key(st.text), []).append(st)
    ordered = sorted(statements, key=lambda st: not st.source_type.is_interview)
    taken: set[str] = set()
    found: list[Bullet] = []
    for st in ordered:
        if len(found) >= most:
            break
        key = _key(st.text)
        lens = lenses.get(st.id)
        if key in taken or st.id in cited or lens is None or lens.polarity != polarity:
            continue
        group = [s for s in alike[key] if s.id not in cited]
        for sentence in split_sentences(st.text):
            if not names_function(sentence, function, description) or proposes(sentence):
                continue
            line = evidence_sentence(sentence, group, polarity, roles)
            if line is not None:
                found.append(Bullet(text=line, statement_ids=tuple(s.id for s in group)))
                taken.add(key)
                break
    return tuple(found)
