"""Which support function a text names, and the short names of the functions a survey
asks about: "Hur nöjd är du med stödet från HR?" asks about "HR", and "IT-ärenden blir
liggande" names IT/digitalisering. Pure text functions: the deck puts the survey's figure
beside the finding about a function, and drafting files a finding about one of the
engagement's own support functions under the structures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from synth.text.grammar import subject_words
from synth.text.swedish import names_stem, stem, tokens

__all__ = [
    "function_count",
    "function_labels",
    "function_of",
    "function_parts",
    "headline_function",
    "lines_function",
    "names_function",
    "role_function",
]

_NAMED_SHARE = 1 / 3
"""A finding is about a function when at least this share of its statements name it ...
"""
_DOMINANCE = 3
"""... and at least this many times as many as name any other function."""
_SHORT = 4
"""Names this short ("IT", "HR") match whole words only, never the start of another word."""


def _common(lists: Sequence[Sequence[str]]) -> int:
    """How many leading items all `lists` share."""
    count = 0
    for items in zip(*lists, strict=False):
        if len(set(items)) != 1:
            break
        count += 1
    return count


def function_labels(questions: Sequence[str]) -> dict[str, str]:
    """Short labels for Likert questions: the words they do not share.

    "Hur nöjd är du med stödet från HR?" and "... från ekonomi?" become "HR" and "Ekonomi".
    A single question keeps its text.
    """
    if len(questions) < 2:
        return {q: q for q in questions}
    split = [q.rstrip("?. ").split() for q in questions]
    prefix = _common(split)
    suffix = _common([list(reversed(words)) for words in split])
    labels: dict[str, str] = {}
    for question, words in zip(questions, split, strict=True):
        core = words[prefix : len(words) - suffix] or words
        text = " ".join(core)
        labels[question] = text[:1].upper() + text[1:]
    return labels


# "Nämnd- och kansliadministration": the first word shares the second's last part
_SHARED_HEAD = re.compile(r"^\s*([\wåäöÅÄÖ]+)-\s+(?:och|eller)\s+([\wåäöÅÄÖ]+)")
_LINK = 1
"""A joint "s" between the parts of a compound ("nämndsadministration")."""
_HEAD_LETTERS = 4
"""The fewest letters of the shared last part that tell it ("administration", not "mål")."""


def _name_words(function: str) -> list[str]:
    """The words that name a function: its label's first part ("IT" of "IT/digitalisering",
    "ekonomi" of "Ekonomi/controller"); a first part that shares the second's last part
    ("Nämnd- och kansliadministration") as the two parts, joined by "-"."""
    shared = _SHARED_HEAD.match(function)
    if shared:
        return [f"{shared[1].casefold()}-{shared[2].casefold()}"]
    first = re.split(r"[/,(]| och ", function, maxsplit=1)[0]
    return [w.casefold() for w in re.findall(r"[\wåäöÅÄÖ]+", first)]


def _names_compound(word: str, text_tokens: Sequence[str]) -> bool:
    """Whether a token is the compound a shared-head name means: "nämndadministrationen"
    for "nämnd-kansliadministration", not "nämndmål" or "nämnderna", which speak of the
    committees and their goals, not of their administration."""
    first, other = word.split("-", 1)
    head = stem(other)
    for t in text_tokens:
        if not t.startswith(first):
            continue
        rest = stem(t)[len(first) :]
        if rest.startswith("s") and not head.endswith(rest):
            rest = rest[_LINK:]
        if len(rest) >= _HEAD_LETTERS and head.endswith(rest):
            return True
    return False


def _names(words: Sequence[str], text_tokens: Sequence[str]) -> bool:
    def found(word: str) -> bool:
        if "-" in word:
            return _names_compound(word, text_tokens)
        if len(word) <= _SHORT:
            return word in text_tokens
        root = stem(word)
        return any(t.startswith(root) for t in text_tokens)

    return bool(words) and all(found(w) for w in words)


def function_count(texts: Sequence[str], function: str) -> int:
    """How many of `texts` name `function`."""
    return sum(_names(_name_words(function), words) for words in _split(texts))


# A list a text names only to leave out: "något som inte är HR, IT eller ekonomi, t.ex.
# kommunikation eller upphandling" asks about none of the three, and a focus group's
# answers to it were read as about IT (blind review 156)
_LEFT_OUT = re.compile(
    r"\b(?:inte|ej|förutom|utom|utöver)\s+(?:är\s+|gäller\s+)?"
    r"[\w/-]+(?:\s*,\s*[\w/-]+)*\s+(?:eller|och)\s+[\w/-]+",
    re.IGNORECASE,
)


def _split(texts: Sequence[str]) -> list[list[str]]:
    # "IT-ärenden" is the words "it" and "ärenden"
    return [
        [part for t in tokens(_LEFT_OUT.sub(" ", text)) for part in t.split("-") if part]
        for text in texts
    ]


def function_of(texts: Sequence[str], functions: Sequence[str]) -> str | None:
    """The function most of `texts` name, or None when none is named by enough of them."""
    if not texts:
        return None
    split = _split(texts)
    counts = {f: sum(_names(_name_words(f), words) for words in split) for f in functions}
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < _NAMED_SHARE * len(texts):
        return None
    # a finding about two functions ("IT och ekonomi skyller på varandra") is about
    # neither alone
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= _DOMINANCE * runner_up else None


_EXPLETIVE = ("det",)
"""A subject that is only a "det" standing for what follows the verb."""


def headline_function(headline: str, functions: Sequence[str]) -> str | None:
    """The function a headline is about: the one its subject names ("Upphandling är
    krånglig …"), or, where it opens with something else, the one the whole headline names
    ("När något inte fungerar så bollas det …" names none)."""
    subject = subject_words(headline)
    # a "det" that stands for what follows is no subject of its own: "Det är oklart vem
    # som bestämmer inom lokalförsörjning" is about lokalförsörjning, as "Det finns
    # önskemål om en tydlig lokalförsörjningsprocess" is
    if subject == _EXPLETIVE:
        subject = ()
    return function_of([" ".join(subject) if subject else headline], functions)


def lines_function(lines: Sequence[str], functions: Sequence[str]) -> str | None:
    """The function a finding whose headline names none is about, read off its lines of
    evidence: the one at least half of two or more lines name, far more than any other
    (`function_of`). A line or two that name IT in passing under "Cheferna har för många
    medarbetare" do not make it a finding about IT."""
    if len(lines) < 2:
        return None
    found = function_of(lines, functions)
    if found is None or 2 * function_count(lines, found) < len(lines):
        return None
    return found


_ROLE_STEM = 6
"""The fewest first letters a role shares with a word of a function's label to be of it:
"kommunikat" of "kommunikatör" and "kommunikation", "ekonom" of "ekonom" and "ekonomi"."""


def role_function(role: str, functions: Sequence[str]) -> str | None:
    """The function a support role works in, by the word of its label that begins as the
    role does: "Chefsnära administration/assistenter" of "administratör", "Kommunikation"
    of "kommunikatör", "Ekonomi/controller" of "controller"; None where no label, or more
    than one, has such a word. ("kansliadministration" is no word that begins so.)"""
    said = role.casefold()
    of = [
        f
        for f in functions
        if any(
            len(said) >= _ROLE_STEM and word[:_ROLE_STEM] == said[:_ROLE_STEM]
            for word in re.findall(r"[\wåäö]+", f.casefold())
        )
    ]
    return of[0] if len(of) == 1 else None


_PART_LETTERS = 5
"""The fewest letters of a first part a function's name shares with a word of its
description ("lokal" of "lokalförsörjning" and "lokalbehov"): shorter ones are prefixes
many words share."""
_VOWELS = frozenset("aeiouyåäö")


def _shared_part(name: str, word: str) -> str:
    """The first part of a compound that `name` and `word` share, or "": "lokal" of
    "lokalförsörjning" and "lokalbehov". What follows it must open with a consonant in
    both: a suffix opens with a vowel ("kommun|ikation", "digital|isering"), the second
    part of a compound mostly does not."""
    count = 0
    for a, b in zip(name, word, strict=False):
        if a != b:
            break
        count += 1
    if count < _PART_LETTERS or count >= min(len(name), len(word)):
        return ""
    if name[count] in _VOWELS or word[count] in _VOWELS:
        return ""
    return name[:count]


def function_parts(function: str, description: str = "") -> frozenset[str]:
    """The first parts of compounds that also name a support function in what people say:
    the one its name shares with a word of the form's description of it, "lokal" of
    "Lokalförsörjning" described as "Lokalbehov, hyresavtal …", so that "Lokalfrågor
    fastnar" and "friktion kring lokalerna" speak of lokalförsörjning (blind reviews 164
    and 165 found them missing under its rating). None where they share none."""
    names = [w for word in _name_words(function) for w in word.split("-") if w]
    described = [w.casefold() for w in re.findall(r"[\wåäöÅÄÖ]+", description)]
    return frozenset(part for n in names for w in described if (part := _shared_part(n, w)))


def names_function(text: str, function: str, description: str = "") -> bool:
    """Whether `text` names a support function: by its name, as `function_of` reads it
    (every word of "Chefsnära administration"), or by a first part its name shares with
    its `description` (`function_parts`) as a word, an inflection or a compound
    (`names_stem`); not by an adjective's forms of that part ("köpa lokalt", "lokala
    leverantörer"), which say where, not what."""
    if _names(_name_words(function), _split([text])[0]):
        return True
    parts = function_parts(function, description)
    if not parts:
        return False
    words = [w for w in tokens(text) if not any(w in (f"{p}t", f"{p}a") for p in parts)]
    return names_stem(" ".join(words), parts)
