"""Keeping personal data out of everything synth writes: detection and pseudonymisation.

This package needs only the foundation, so that every reader can hide what it must. The
engagement's own pseudonymiser is built from its interview log and recipient list in
`synth.privacy.engagement`, which sits above the roster and is not re-exported here.
"""

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
