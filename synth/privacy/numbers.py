"""E-mail addresses, Swedish phone numbers and personnummer in free text.

Interview text is full of numbers that are not personal: amounts ("3 000 000 kr"), years,
dates (2024-03-01), times (08.30), årsarbetare (3,0 åa), percentages and organisation
numbers (212000-1234). The patterns are therefore anchored on what only the personal ones
have: a phone number starts with 0 or +46 and has 7-9 digits after it; a personnummer has
a valid date and check digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.se import personnummer

from synth.privacy.findings import Finding

__all__ = ["find_emails", "find_personnummer", "find_phones", "is_personnummer"]

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+(?:@|\s?[(\[]at[)\]]\s?)[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])"
)

_SPACE = "[ \u00a0]"
# Separators between digit groups: "070-123 45 67", "08 - 123 456 78", "070/123 45 67".
_SEP = rf"(?:{_SPACE}?[-/]{_SPACE}?|{_SPACE})"
# Not inside another number, word, date or decimal: "3 000 000 000", "2024-03-01", "3,07".
_PHONE = re.compile(
    rf"(?<![\w+/.,-])(?<!\d{_SPACE})"
    rf"(?P<prefix>(?:\+|00){_SPACE}?46{_SEP}?(?:\(0\){_SPACE}?)?|\(0|0)"
    rf"(?P<body>\d+(?:\)?{_SEP}?\d+)*)"
    r"(?![\d\w]|[.,]\d)"
)
# National significant numbers are 7-9 digits (08-12 34 56 to 070-123 45 67).
_NATIONAL_DIGITS = range(7, 10)
_GROUP = re.compile(rf"\d+|\){_SEP}?|{_SEP}")
_PERSONNUMMER_SHAPE = re.compile(r"\d{6}[-+]\d{4}")

_PERSONNUMMER = re.compile(
    rf"(?<![\w+-])((?:19|20)?\d{{6}}){_SPACE}?([-+])?{_SPACE}?(\d{{4}})(?![\w-]|[.,]\d)"
)


def find_emails(text: str) -> Iterator[Finding]:
    for match in _EMAIL.finditer(text):
        yield Finding("e-post", match.start(), match.end())


def _phone_end(body: str, body_start: int) -> int | None:
    """Where a phone number whose digits follow the trunk prefix ends, or None.

    A number followed by an unrelated figure ("070-123 45 67 2 gånger") is cut back a group
    at a time until it has a national number's length.
    """
    groups = [(m.start(), m.end(), m.group()) for m in _GROUP.finditer(body)]
    while groups:
        digits = sum(len(g) for _, _, g in groups if g.isdigit())
        if digits in _NATIONAL_DIGITS:
            return body_start + groups[-1][1]
        if digits < _NATIONAL_DIGITS.start:
            return None
        groups.pop()
        while groups and not groups[-1][2].isdigit():
            groups.pop()
    return None


def find_phones(text: str) -> Iterator[Finding]:
    for match in _PHONE.finditer(text):
        # YYMMDD-NNNN is a personnummer shape, never a phone number, even when invalid
        if _PERSONNUMMER_SHAPE.fullmatch(match.group()):
            continue
        body = match.group("body")
        if not body.strip("0 \u00a0-/()"):  # "0 000 000" is a zero amount
            continue
        end = _phone_end(body, match.start("body"))
        if end is not None:
            yield Finding("telefon", match.start(), end)


def is_personnummer(number: str) -> bool:
    """Whether `number` is a valid personnummer or samordningsnummer.

    Accepts YYMMDD-NNNN, YYYYMMDD-NNNN, YYMMDD+NNNN (100 years or older) and the same
    without the separator; the date and the check digit must both be right.
    """
    if personnummer.is_valid(number):
        return True
    # stdnum does not know samordningsnummer: the day of birth plus 60
    try:
        compact = personnummer.compact(number)
    except ValidationError:
        return False
    if len(compact) not in (11, 13) or compact[-5] not in "-+":
        return False
    digits = compact[:-5] + compact[-4:]
    day_at = len(compact) - 7
    if not digits.isdigit() or not 61 <= int(compact[day_at : day_at + 2]) <= 91:
        return False
    if not luhn.is_valid(digits[-10:]):
        return False
    birth = f"{compact[:day_at]}{int(compact[day_at : day_at + 2]) - 60:02d}{compact[day_at + 2 :]}"
    try:
        personnummer.get_birth_date(birth)
    except ValidationError:
        return False
    return True


def find_personnummer(text: str) -> Iterator[Finding]:
    for match in _PERSONNUMMER.finditer(text):
        date, sign, serial = match.groups()
        if is_personnummer(f"{date}{sign or '-'}{serial}"):
            yield Finding("personnummer", match.start(), match.end())
