"""The privacy guard and the endpoint rule: what may leave, and to where."""

from __future__ import annotations

import pytest

from synth.draft.client import check_endpoint, is_private_host
from synth.draft.guard import PromptGuard
from synth.errors import LLMError, PersonalDataError
from synth.privacy import Pseudonymiser

GUARD = PromptGuard(Pseudonymiser.from_names(["Kerstin Malm", "Sara Nyström"]))


def prompt(text: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": "Du hjälper konsulter."},
        {
            "role": "user",
            "content": f'<material>\n<uttalande id="INT-01.002" källa="intervju">{text}</uttalande>\n</material>',
        },
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mejla mig på kerstin.malm@testkommun.se om det.", "e-post"),
        ("Ring 070-123 45 67 så tar vi det.", "telefon"),
        ("Mitt personnummer är 19811218-9876 om det behövs.", "personnummer"),
        ("Det var malm som sa det på mötet, Kerstin alltså.", "namn"),
    ],
)
def test_personal_data_in_a_prompt_is_refused_naming_kind_and_statement(
    text: str, kind: str
) -> None:
    with pytest.raises(PersonalDataError) as caught:
        GUARD.check(prompt(text), what="Prompten för tema T01")
    message = str(caught.value)
    assert kind in message and "INT-01.002" in message and "inget skickades" in message
    assert "kerstin" not in message.lower() and "070" not in message


def test_pseudonymised_text_passes() -> None:
    GUARD.check(prompt("[namn] på IT sa att ärendet tar veckor, ring [telefon]."))


def test_a_statement_opening_with_a_word_that_is_also_a_first_name_passes() -> None:
    # "Sen" is a first name too; first in a statement it starts a sentence, as it does
    # first in a text, and a real name there is still found
    GUARD.check(prompt("Sen har vi nämndadministrationen, den är tungrodd."))
    with pytest.raises(PersonalDataError):
        GUARD.check(prompt("Kerstin har nämndadministrationen."))


def test_only_local_and_private_endpoints_unless_external_is_allowed() -> None:
    for url in (
        "http://localhost:11434/v1",
        "http://127.0.0.1:8000/v1",
        "http://10.2.3.4/v1",
        "http://192.168.1.20:1234/v1",
        "http://[::1]:8080/v1",
    ):
        assert check_endpoint(url, allow_external=False) == url
    with pytest.raises(LLMError, match="allow_external = false"):
        check_endpoint(
            "https://api.openai.com/v1", allow_external=False, resolve=lambda host: ["104.18.6.192"]
        )
    with pytest.raises(LLMError, match="allow_external = false"):
        check_endpoint("https://okand.example/v1", allow_external=False, resolve=lambda h: [])
    assert check_endpoint("https://api.openai.com/v1", allow_external=True)
    assert is_private_host("llm.kommun.internal", resolve=lambda host: ["10.0.0.7"])
    with pytest.raises(LLMError, match="http"):
        check_endpoint("ftp://localhost/v1", allow_external=True)
