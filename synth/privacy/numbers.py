"""E-mail addresses, Swedish phone numbers and personnummer in free text.

Interview text is full of numbers that are not personal: amounts ("3 000 000 kr"), years,
dates (2024-03-01), times (08.30), årsarbetare (3,0 åa), percentages and organisation
numbers (212000-1234). The patterns are therefore anchored on what only the personal ones
have: a phone number starts with 0 or +46 and has 7-9 digits after it; a personnummer has
a valid date and check digit, or a valid date and the dash that only a personnummer is
written with (a mistyped one is still somebody's).

Word processors turn "-" into an en dash ("070–123 45 67", "800101–1234"), and some people
write phone numbers with dots ("070.123.45.67"); both are read like the hyphen.
"""

from __future__ import annotations

import datetime as dt
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
# A hyphen as typed or as a word processor makes it: hyphen-minus, hyphen, non-breaking
# hyphen, figure dash, en dash, em dash and minus sign.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH = r"\-" + _DASHES[1:]  # for a character class, the hyphen escaped
# Separators between digit groups: "070-123 45 67", "08 – 123 456 78", "070/123 45 67".
_SEP = rf"(?:{_SPACE}?[{_DASH}/]{_SPACE}?|{_SPACE})"
# Not inside another number, word, date or decimal: "3 000 000 000", "2024-03-01", "3,07".
# After a figure and a space only with a dash or slash, which no amount has: "ring 2
# 070-123 45 67" is a number, "1 070 123 456" is an amount.
_PHONE = re.compile(
    rf"(?<![\w+/.,{_DASH}])"
    rf"(?P<prefix>(?:\+|00){_SPACE}?46{_SEP}?(?:\(0\){_SPACE}?)?|\(0|0)"
    rf"(?P<body>\d+(?:\)?{_SEP}?\d+)*)"
    r"(?![\d\w]|[.,]\d)"
)
# "070.123.45.67", "08.123.456.78", "+46.70.123.45.67": dots between every group, and groups
# of two or three digits after the area code, so that times (08.30), dates (01.02.2024) and
# times with a range (08.30-16.00) are not read as one.
_DOTTED_PHONE = re.compile(
    rf"(?<![\w+/.,{_DASH}])"
    rf"(?P<prefix>(?:\+|00){_SPACE}?46(?:\.|{_SPACE})?|0)"
    r"(?P<body>\d{1,3}(?:\.\d{2,3}){2,4})"
    rf"(?![\w]|[.,{_DASH}:]?\d)"
)
_DOTTED_GROUP = re.compile(r"\d\.\d\d")
# National significant numbers are 7-9 digits (08-12 34 56 to 070-123 45 67).
_NATIONAL_DIGITS = range(7, 10)
_GROUP = re.compile(rf"\d+|\){_SEP}?|{_SEP}")
_MARKED_SEPARATOR = re.compile(rf"[{_DASH}/]")
_PERSONNUMMER_SHAPE = re.compile(rf"\d{{6}}[{_DASH}+]\d{{4}}")

_PERSONNUMMER = re.compile(
    rf"(?<![\w+{_DASH}])((?:19|20)?\d{{6}}){_SPACE}?([{_DASH}+])?{_SPACE}?(\d{{4}})"
    rf"(?![\w{_DASH}]|[.,]\d)"
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
    position = 0
    while (match := _PHONE.search(text, position)) is not None:
        position = match.end()
        # YYMMDD-NNNN is a personnummer shape, never a phone number, even when invalid
        if _PERSONNUMMER_SHAPE.fullmatch(match.group()):
            continue
        body = match.group("body")
        if not body.strip(f"0 \u00a0/(){_DASHES}"):  # "0 000 000" is a zero amount
            continue
        start = match.start()
        after_figure = start > 1 and text[start - 1] in " \u00a0" and text[start - 2].isdigit()
        if after_figure and not _MARKED_SEPARATOR.search(body):
            continue  # "1 070 123 456" is an amount
        end = _phone_end(body, match.start("body"))
        if end is not None:
            yield Finding("telefon", match.start(), end)
            # what was cut off may be the next number: "070-123 45 67 08-123 456 78"
            position = end
    if not _DOTTED_GROUP.search(text):
        return
    for match in _DOTTED_PHONE.finditer(text):
        digits = sum(c.isdigit() for c in match.group("body"))
        if digits in _NATIONAL_DIGITS and match.group("body").strip("0."):
            yield Finding("telefon", match.start(), match.end())


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


def _birth_date(date: str) -> bool:
    """Whether YYMMDD or YYYYMMDD (a samordningsnummer's day plus 60) is a real date."""
    month, day = int(date[-4:-2]), int(date[-2:])
    if 61 <= day <= 91:
        day -= 60
    years = [int(date[:4])] if len(date) == 8 else [1900 + int(date[:2]), 2000 + int(date[:2])]
    for year in years:
        try:
            dt.date(year, month, day)
        except ValueError:
            continue
        return True
    return False


def find_personnummer(text: str) -> Iterator[Finding]:
    for match in _PERSONNUMMER.finditer(text):
        date, sign, serial = match.groups()
        dashed = sign is not None and sign != "+"
        # with its dash the shape is a personnummer's even when the check digit is wrong
        if is_personnummer(f"{date}{'+' if sign == '+' else '-'}{serial}") or (
            dashed and _birth_date(date)
        ):
            yield Finding("personnummer", match.start(), match.end())
