"""Who may be pointed at: how many sources hold each role, and what a quote's attribution
or an evidence line's "vi" may therefore name.

A quote names its speaker's role only when at least the anonymity threshold of sources
of its audience share it, and its sector only when as many share the role within that
sector; a kind of source fewer hold (the only group interview) is named "intervju".

The audience is who could have said it: a spoken quote reads as spoken, and the people
interviewed are listed in the report, so an interview quote's role is counted among the
interviews and groups only; a survey answer's among the answers. Seven avdelningschefer
of Kommunledningskontoret answering the survey do not hide the one who was interviewed
(the fifth review). Nor does a survey answer's label hide among those it shares with
someone interviewed: the report lists the "verksamhetschef IFO", so "verksamhetschef, Vård
och omsorg" under a survey answer is one of four others and the one named in the list
(blind reviews 67-71), and a listed head of any kind may be among the answering
"avdelningschefer" (review 74); the label names the role and its sector only where at
least the threshold of answers share them besides those interviewed. The same rule decides
whether a speaker's "vi" may be written as their unit ("IT-enheten", "Barn och
utbildning"): for the only IT-chef or the only sektorschef of a sector the unit is the
person, so their sentence is quoted as said instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from synth.privacy.quotes import (
    counts_own_units,
    names_own_colleague,
    speaks_of_one_person,
    special_category,
    states_own_position,
)
from synth.records import SourceType, Statement
from synth.text.voice import Unit, own_unit_name, speaker_unit, speaks_for_a_unit

__all__ = ["RoleGroups"]


# How a quote whose role is not shown is attributed: by the kind of source only.
_KIND_LABELS: dict[SourceType, str] = {
    SourceType.INTERVJU: "intervju",
    SourceType.GRUPPINTERVJU: "gruppintervju",
    SourceType.FOKUSGRUPP: "fokusgrupp",
    SourceType.WORKSHOP: "workshop",
    SourceType.ENKAT: "enkätsvar",
    SourceType.OKAND: "intervju",
}


@dataclass(frozen=True)
class RoleGroups:
    """How many distinct sources hold each role, and each role within a sector, in the
    store: a quote names its role only when at least `threshold` sources share it, and its
    sector only when as many share the role within that sector, so that the only
    kommundirektör or the only HR-chef is never pointed at by a slide."""

    roles: Mapping[tuple[str, str], int]
    """Distinct sources per audience (`_audience`) and role."""
    role_sectors: Mapping[tuple[str, str, str], int]
    """Distinct sources per audience, role and sector."""
    threshold: int
    kinds: Mapping[str, int] = field(default_factory=dict)
    """Distinct sources per kind as a quote names it ("gruppintervju": 1): the only group
    interview, with the two controllers, is no more anonymous than a role."""
    grouped: frozenset[str] = frozenset()
    """The roles a group interview, focus group or workshop holds: several people each."""
    interviewed: Mapping[tuple[str, str], int] = field(default_factory=dict)
    """Distinct one-person interviews per role and sector, as listed in the report."""
    members: Mapping[str, tuple[tuple[str, str | None], ...]] = field(default_factory=dict)
    """Per focus group or workshop, the roles that spoke in it with their sectors, in the
    order they first spoke: the group's words are the group's, told by who it was."""

    @classmethod
    def count(cls, statements: Mapping[str, Statement], threshold: int) -> RoleGroups:
        roles: dict[tuple[str, str], set[str]] = {}
        role_sectors: dict[tuple[str, str, str], set[str]] = {}
        kinds: dict[str, set[str]] = {}
        grouped: set[str] = set()
        interviewed: dict[tuple[str, str], set[str]] = {}
        members: dict[str, dict[tuple[str, str | None], None]] = {}
        for statement in statements.values():
            kinds.setdefault(_kind(statement), set()).add(statement.source_id)
            role = _role_key(statement.role)
            if not role:
                continue
            if statement.source_type in _GROUP_KINDS:
                grouped.add(role)
            if statement.source_type in _MANY_VOICES and statement.role:
                spoke = (" ".join(statement.role.split()), statement.sector)
                members.setdefault(statement.source_id, {})[spoke] = None
            elif statement.source_type is not SourceType.ENKAT:
                held = (role, _role_key(statement.sector))
                interviewed.setdefault(held, set()).add(statement.source_id)
            audience = _audience(statement)
            roles.setdefault((audience, role), set()).add(statement.source_id)
            if statement.sector:
                key = (audience, role, _role_key(statement.sector))
                role_sectors.setdefault(key, set()).add(statement.source_id)
        return cls(
            {r: len(s) for r, s in roles.items()},
            {k: len(s) for k, s in role_sectors.items()},
            threshold,
            {k: len(s) for k, s in kinds.items()},
            frozenset(grouped),
            {k: len(s) for k, s in interviewed.items()},
            {source: tuple(spoke) for source, spoke in members.items()},
        )

    def sector_answers(self, sector: str) -> int:
        """How many survey answers are from a sector, whatever their role."""
        key = _role_key(sector)
        return sum(
            n
            for (audience, _, held), n in self.role_sectors.items()
            if held == key and audience == _WRITTEN
        )

    def _kind(self, statement: Statement) -> str:
        """The kind of source as a quote may name it (`_named_kind`)."""
        return self._named_kind(statement.source_type)

    def _named_kind(self, source_type: SourceType) -> str:
        """The kind of source as a quote may name it: its own ("fokusgrupp") where at
        least `threshold` sources are of that kind or it is a focus group or workshop,
        else "intervju" where the interviews and groups together are as many, else
        nothing at all."""
        kind = _KIND_LABELS.get(source_type, "intervju")
        # a focus group's or a workshop's words are the group's: named as such, as the
        # evidence lines and the breadth name them (review 43: "Metoden döljer … att det
        # är en gruppintervju")
        if self.kinds.get(kind, 0) >= self.threshold or kind in _GROUP_VOICES:
            return kind
        spoken = sum(n for k, n in self.kinds.items() if k in _SPOKEN_KINDS)
        if kind in _SPOKEN_KINDS and spoken >= self.threshold:
            return "intervju"
        return ""

    def told_kind(self, statement: Statement) -> SourceType:
        """The kind of source an evidence line names for `statement` (`told_type`)."""
        return self.told_type(statement.source_type)

    def told_type(self, source_type: SourceType) -> SourceType:
        """The kind of source a deck tells a source of `source_type` as, in its evidence
        lines, its breadth and its account of the fieldwork, as a quote names it
        (`_named_kind`): the only group interview, with two controllers, is told as an
        interview ("I en gruppintervju beskrivs att …" was the controllers to anyone who
        knows who was interviewed; blind reviews 55-57), and counted as one (review 84:
        the breadth's "3 gruppintervjuer" broke the method's own rule)."""
        if self._named_kind(source_type) == "intervju":
            return SourceType.INTERVJU
        return source_type

    def told_types(self) -> dict[SourceType, SourceType]:
        """The kinds of group told as an interview (`told_type`)."""
        return {kind: told for kind in _GROUP_KINDS if (told := self.told_type(kind)) is not kind}

    def attribute(self, statement: Statement) -> tuple[str, bool]:
        """The attribution of a quote from `statement`, and whether its role was withheld."""
        kind = self._kind(statement)
        role = _role_key(statement.role)
        if not role:
            return kind, False
        audience = _audience(statement)
        if self.roles.get((audience, role), 0) < self.threshold:
            return kind, True
        shown = " ".join((statement.role or "").split())
        shown = shown[:1].lower() + shown[1:] if shown[1:2].islower() else shown
        sector = _role_key(statement.sector)
        if sector:
            key = (audience, role, sector)
            if self.role_sectors.get(key, 0) - self._listed(statement, sector) >= self.threshold:
                return f"{shown}, {' '.join((statement.sector or '').split())}", False
        if self.roles.get((audience, role), 0) - self._listed(statement) < self.threshold:
            # quotable, as one of a role enough share, but not labelled with it
            return kind, False
        return shown, False

    def named_role(self, statement: Statement) -> str | None:
        """The role, and its sector where that may be shown, that a quote from `statement`
        is labelled with ("rektor, Barn och utbildning", "enhetschef"); None where the
        label may name only the kind of source, or nothing."""
        label, withheld = self.attribute(statement)
        if withheld or not label or label == self._kind(statement):
            return None
        return label

    def _listed(self, statement: Statement, sector: str | None = None) -> int:
        """How many interviewed one by one, in `sector` or any, a survey answer's role
        label may also take in: their role is the answer's or begins with it
        ("Verksamhetschef IFO" of "Verksamhetschef"), or both are a head of something,
        since a reader cannot tell which title a listed head answers under (the HR-chef
        and the kommunikationschef of Kommunledningskontoret are among its
        "avdelningschefer"; blind review 74). They are named in the report's list of
        interviewees, so they hide no one. Nothing for a spoken statement: its own
        audience is the interviews (`_audience`)."""
        if statement.source_type is not SourceType.ENKAT:
            return 0
        role = _role_key(statement.role)
        return sum(
            n
            for (held, where), n in self.interviewed.items()
            if _may_hold(held, role) and sector in {None, where}
        )

    def names_speaker(self, statement: Statement, text: str) -> bool:
        """Whether `text`, said in `statement`, points at its one speaker: their role is
        too rare to show, or for a survey answer too rare in their sector
        (`_few_in_sector`), and they speak for their unit ("vi", "oss") or name it
        (`_names_own_unit`), which names them by what it does: "vi skulle upphandla ett
        nytt system för trygghetslarmen" is the one head of elderly care interviewed (the
        40th review), and the kanslichef's "Någon sorts tjänstekatalog, där det står vad
        kansliet gör" is the kanslichef (blind review 85). A group's "vi" is the
        group's."""
        if statement.source_type in _GROUP_KINDS:
            return False
        if not (speaks_for_a_unit(text) or _names_own_unit(statement, text)):
            return False
        return self.attribute(statement)[1] or self._few_in_sector(statement)

    def _few_in_sector(self, statement: Statement) -> bool:
        """Whether a survey answer's respondent is one of too few of their role in their
        sector: the client's own export gives each answer its role and sector, so one who
        speaks for their unit is one of those, and what the unit does names them. "vårt
        ärendesystem för bygglov" is one of Samhällsbyggnad's three avdelningschefer who
        answered, the one for bygglov (blind reviews 109 and 110), though the survey's
        avdelningschefer are many. An interviewee's role is weighed among the interviews
        (`attribute`)."""
        role, sector = _role_key(statement.role), _role_key(statement.sector)
        if statement.source_type is not SourceType.ENKAT or not role or not sector:
            return False
        key = (_audience(statement), role, sector)
        return self.role_sectors.get(key, 0) < self.threshold

    def names_one_person(self, text: str) -> bool:
        """Whether `text` speaks of someone by a role only one source holds, in the
        definite singular: "kommundirektören lyssnar och är tydlig" is a judgment of the
        one kommundirektör, on a slide she is shown (review 44). Not a role that source
        is a group of: "controllern förklarar gärna", said of one's own controller, is one
        of the controllers, two of whom were interviewed together (blind review 70 counts
        four in the kommun)."""
        single = {
            role for role, n in self._holders().items() if n == 1 and role not in self.grouped
        }
        low = text.casefold()
        return any(re.search(rf"\b{re.escape(role)}(?:en|n)\b", low) for role in single)

    def _holders(self) -> dict[str, int]:
        """How many sources hold each role, whoever their audience."""
        holders: dict[str, int] = {}
        for (_, role), count in self.roles.items():
            holders[role] = holders.get(role, 0) + count
        return holders

    def may_quote(self, statement: Statement, shown: str | None = None) -> bool:
        """Whether a statement may be shown as a quote without pointing at a person: not
        where the speaker's role is too rare to show, whatever the label under it says.
        The words of the only kommundirektör, of one of two controllers or of the one IFO
        head are known to everyone in the ledningsgrupp who reads them (review 43), "vi" or
        not. A focus group's or a workshop's words are the group's, unless its speakers
        name their own position; nothing of a third person's health is ever quoted, nor
        anything about one third person ("hon", "han"), nor what `shown` of it (the
        sentence a line quotes; else all of it) says of the one colleague of the speaker's
        unit ("vår systemförvaltare")."""
        if (
            special_category(statement.text)
            or speaks_of_one_person(statement.text)
            or names_own_colleague(statement.text if shown is None else shown)
            # (a group's "vi" is the group's, as in `names_speaker`)
            or (
                statement.source_type not in _GROUP_KINDS
                and counts_own_units(statement.text if shown is None else shown)
            )
            or self.names_speaker(statement, statement.text)
            or self.names_one_person(statement.text)
        ):
            return False
        _, withheld = self.attribute(statement)
        if not withheld:
            return True
        return statement.source_type in _MANY_VOICES and not states_own_position(
            statement.text, statement.role
        )

    def unit(self, statement: Statement) -> Unit | None:
        """The unit the speaker's "vi" may be written as: their unit (`speaker_unit`)
        where a quote of theirs would name their role, and their sector where the unit is
        named after it; else None, and the sentence is quoted as said."""
        unit = speaker_unit(statement.role, statement.sector)
        if unit is None:
            return None
        attribution, withheld = self.attribute(statement)
        if withheld or not _role_key(statement.role) or attribution == self._kind(statement):
            return None
        sector = " ".join((statement.sector or "").split())
        if sector and sector.casefold() in unit.name.casefold() and sector not in attribution:
            return None
        return unit


_GROUP_KINDS = frozenset({SourceType.GRUPPINTERVJU, SourceType.FOKUSGRUPP, SourceType.WORKSHOP})
_SPOKEN_KINDS = frozenset({"intervju", "gruppintervju", "fokusgrupp", "workshop"})
_GROUP_VOICES = frozenset({"fokusgrupp", "workshop"})
_MANY_VOICES = frozenset({SourceType.FOKUSGRUPP, SourceType.WORKSHOP})
"""Sources whose words are a group's: a focus group or a workshop, not a group interview
(the demo's was two controllers)."""


_HEAD = "chef"
"""How a head of something is titled: "HR-chef", "avdelningschef", "enhetschef"."""


def _may_hold(held: str, role: str) -> bool:
    """Whether someone listed as `held` may be among those answering as `role`."""
    heads = held.endswith(_HEAD) and role.endswith(_HEAD)
    return held == role or held.startswith(role + " ") or heads


_WRITTEN = "skrivet"


def _audience(statement: Statement) -> str:
    """Who could have said a statement, as a reader tells: spoken or written."""
    return _WRITTEN if statement.source_type is SourceType.ENKAT else "talat"


def _names_own_unit(statement: Statement, text: str) -> bool:
    """Whether `text` names the unit its speaker heads (`own_unit_name`): "kansliet" said by
    the kanslichef, "IT" by the IT-chef, "Barn och utbildning" by its sektorschef."""
    name = own_unit_name(statement.role, statement.sector)
    if not name:
        return False
    # an abbreviation as written ("IT", not "it"); a word in any form ("kansliets")
    if name.isupper():
        return re.search(rf"\b{re.escape(name)}\b", text) is not None
    return re.search(rf"\b{re.escape(name)}", text, re.IGNORECASE) is not None


def _kind(statement: Statement) -> str:
    return _KIND_LABELS.get(statement.source_type, "intervju")


def _role_key(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()
