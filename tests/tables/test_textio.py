import pytest

from synth.errors import IngestError
from synth.tables.textio import decode_text


def test_a_binary_file_that_decodes_is_refused_naming_the_file() -> None:
    data = ("rad\x01\x02\x1b" * 50).encode("utf-8")
    with pytest.raises(IngestError) as caught:
        decode_text(data, "export.csv")
    assert "export.csv" in str(caught.value)
    assert "binär fil" in str(caught.value)


def test_tabs_form_feeds_and_windows_newlines_are_text() -> None:
    data = "id\ttext\r\n1\tBra stöd\f\r\n2\tFör långa ledtider\v\r\n".encode()
    assert decode_text(data, "export.csv") == "id\ttext\n1\tBra stöd\f\n2\tFör långa ledtider\v\n"


def test_a_few_stray_control_characters_in_a_long_text_are_kept() -> None:
    text = "Ärendena bollas mellan supporten och leverantören. " * 40 + "\x07"
    assert decode_text(text.encode("utf-8"), "utskrift.txt") == text
