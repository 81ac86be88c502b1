"""Keeping personal data out of everything synth writes: detection and pseudonymisation."""

from synth.privacy.detect import find_personal_data, is_personnummer
from synth.privacy.findings import Finding, Kind
from synth.privacy.names import ambiguous_first_names, swedish_first_names
from synth.privacy.pseudonymise import MARKERS, Pseudonymiser, contains_marker

__all__ = [
    "MARKERS",
    "Finding",
    "Kind",
    "Pseudonymiser",
    "ambiguous_first_names",
    "contains_marker",
    "find_personal_data",
    "is_personnummer",
    "swedish_first_names",
]
