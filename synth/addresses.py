"""One e-mail address from one cell, parsed and validated, or a Swedish reason why not.

A recipient list cell is typed or pasted by hand, so it may hold a list
("a@kommun.se, b@annan.example"), a half-quoted pair ("a@kommun.se>,<b@annan.example")
or an Outlook entry ("Anna Berg <anna.berg@kommun.se>"). Only the last is accepted besides
a bare address: anything the mail library could read as more than one recipient is refused
rather than guessed at, because the personal workbook goes to whoever is on the envelope.
Parsing is `email.utils` (two parsers that must agree), validation is email-validator,
offline (no DNS look-up).
"""

from __future__ import annotations

from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import getaddresses, parseaddr

from email_validator import EmailNotValidError, validate_email

__all__ = ["AddressError", "sender_address", "single_address"]

_LIST_SEPARATORS = (",", ";")


class AddressError(ValueError):
    """Why a cell is not exactly one valid address; Swedish, never quoting the cell."""


def single_address(text: str) -> str:
    """The one address in `text` ("a@b.se" or "Namn <a@b.se>"), normalised.

    Raises AddressError when the cell is empty, could name more than one recipient, or
    holds an address that is not valid. The reason never repeats the cell's content.
    """
    raw = " ".join(text.split())
    if not raw:
        raise AddressError("e-postadressen saknas")
    if raw.count("@") != 1 or any(sep in raw for sep in _LIST_SEPARATORS):
        raise AddressError(
            "cellen ska innehålla exakt en e-postadress (inga kommatecken, semikolon eller flera @)"
        )
    pairs = getaddresses([raw])
    address = pairs[0][1] if len(pairs) == 1 else ""
    if not address or parseaddr(raw)[1] != address:
        raise AddressError("e-postadressen är ogiltig")
    # A bare address, or a display name followed by exactly "<address>": nothing else
    # (comments, stray brackets) is left for another parser to read differently.
    display = raw[: -len(address) - 2].strip() if raw.endswith(f"<{address}>") else None
    if raw != address and (display is None or any(c in display for c in '<>"()')):
        raise AddressError("e-postadressen är ogiltig")
    try:
        valid = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        raise AddressError("e-postadressen är ogiltig") from None
    return valid.normalized


def sender_address(text: str) -> Address:
    """The From of our own messages, "Utredningen (Firma AB) <utredning@firma.se>", as an
    `Address` whose display name is kept whole.

    Written into a header as it stands, "(Firma AB)" is an RFC 5322 comment that every
    mail reader drops; as an `Address` the name is quoted when it needs to be. The name is
    everything before the last "<", so that parentheses, commas or dots in it stay.
    """
    raw = " ".join(text.split())
    name, address = "", raw
    if raw.endswith(">") and "<" in raw:
        name, _, address = raw[:-1].rpartition("<")
        name = name.strip().strip('"').strip()
    try:
        return Address(display_name=name, addr_spec=address.strip())
    except (HeaderParseError, ValueError, IndexError):
        raise AddressError(
            "avsändaren (mail.sender) ska vara en e-postadress, t.ex. "
            "Utredningen <utredning@firma.se>"
        ) from None
