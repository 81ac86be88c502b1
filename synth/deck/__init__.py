"""The PowerPoint deck: observations, strengths and weaknesses, survey charts, the
support-resource inventory, assessment and recommendations.

`write_deck(config, target)` reads the store and writes the deck; `DeckContent` is what
the slides say, built by `observations_from_themes` from the themes and, once `synth draft`
has run, their drafts.
"""

from synth.deck.build import DECK_FILE, DeckResult, build_content, write_deck
from synth.deck.content import (
    Bullet,
    DeckContent,
    Fieldwork,
    Observation,
    Quote,
    Recommendation,
    observations_from_themes,
)

__all__ = [
    "DECK_FILE",
    "Bullet",
    "DeckContent",
    "DeckResult",
    "Fieldwork",
    "Observation",
    "Quote",
    "Recommendation",
    "build_content",
    "observations_from_themes",
    "write_deck",
]
