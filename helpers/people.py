"""One registry of people and institutions, read three ways, with the study's sides applied in one place.

``helpers/data/people.csv`` records facts (aliases, office, country,
affiliation, dates of office).  The analyses each need a view of it:

- :func:`speaker_registry`: ``name, aliases, role, side, kind`` for quotes;
- :func:`actor_registry`: ``name, side, level, kind, aliases`` for the timeline;
- :func:`leaders`: the leaders whose naming :func:`helpers.framing.leader_naming` counts.

Which side a speaker is on is the study's reading of those facts.  The seeds'
study (:data:`SEED_STUDY`) has two camps, the United States and China: a
person or institution speaking for a camp's government (or its state media)
while in office is on that government's side; academics and think-tank
researchers are experts; everyone else, former officials included, is other.

>>> speaker_registry().set_index("name").loc["Barack Obama", ["role", "side"]].tolist()
['former US president', 'other']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from .datafiles import load_people


@dataclass(frozen=True)
class Study:
    """How a study reads the registry: its camps and the side each camp's government speaks for."""

    #: country in the registry -> the camp's name on the timeline ("US", "China")
    camps: dict[str, str] = field(default_factory=dict)
    #: country -> the side of those speaking for its government ("US government")
    government_sides: dict[str, str] = field(default_factory=dict)
    government: tuple[str, ...] = ("government", "state media")
    expert: tuple[str, ...] = ("academia", "think tank")
    expert_side: str = "expert"
    other_side: str = "other"

    @property
    def sides(self) -> tuple[str, ...]:
        return (*self.government_sides.values(), self.expert_side, self.other_side)


SEED_STUDY = Study(
    camps={"US": "US", "China": "China"},
    government_sides={"US": "US government", "China": "Chinese government"},
)


def in_office(entry, when: date | None = None) -> bool | None:
    """Whether ``entry`` held its office on ``when``: True, False, or None when it had not yet begun.

    Without ``when``, an entry whose office has ended (a ``to`` date) is out of
    office: the registry describes people as they are now.
    """
    start, end = entry["from"], entry["to"]
    if when is None:
        return end is None
    if start is not None and when < start:
        return None
    return end is None or when <= end


def role_of(entry, when: date | None = None) -> str:
    """The office as a text can call it on ``when``: "US president", "former US president", or ""."""
    held = in_office(entry, when)
    if held is None:
        return ""
    return entry["office"] if held else f"former {entry['office']}"


def side_of(entry, when: date | None = None, study: Study = SEED_STUDY) -> str:
    """The study's side for a registry entry on ``when`` (see :class:`Study`)."""
    if entry["affiliation"] in study.expert:
        return study.expert_side
    if entry["affiliation"] in study.government and in_office(entry, when):
        return study.government_sides.get(entry["country"], study.other_side)
    return study.other_side


def camp_of(entry, study: Study = SEED_STUDY) -> str:
    """The study's camp of a country, or of one who speaks for its government, whatever the date.

    A former president still belongs to his country's camp; an academic does not.
    """
    if entry["kind"] == "country" or entry["affiliation"] in study.government:
        return study.camps.get(entry["country"], "other")
    return "other"


def speaker_registry(
    people: pd.DataFrame | None = None, when: date | None = None, study: Study = SEED_STUDY
) -> pd.DataFrame:
    """The people and institutions who can be quoted: ``name, aliases (tuple), role, side, kind``.

    ``kind`` is ``named`` for a person and ``institution`` for an institution
    (countries and groups are actors of events, not speakers).
    """
    people = load_people() if people is None else people
    rows = [
        {
            "name": entry["name"],
            "aliases": entry["aliases"],
            "role": role_of(entry, when),
            "side": side_of(entry, when, study),
            "kind": "named" if entry["kind"] == "person" else "institution",
        }
        for entry in people.to_dict("records")
        if entry["kind"] in ("person", "institution")
    ]
    return pd.DataFrame(rows, columns=["name", "aliases", "role", "side", "kind"])


def actor_registry(people: pd.DataFrame | None = None, study: Study = SEED_STUDY) -> pd.DataFrame:
    """The actors of events: ``name, side (camp), level, kind, aliases ('|'-joined, name first)``.

    Experts are speakers, not actors: they are left out.
    """
    people = load_people() if people is None else people
    rows = [
        {
            "name": entry["name"],
            "side": camp_of(entry, study),
            "level": entry["level"],
            "kind": entry["kind"],
            "aliases": "|".join(dict.fromkeys((entry["name"], *entry["aliases"]))),
        }
        for entry in people.to_dict("records")
        if entry["affiliation"] not in study.expert
    ]
    return pd.DataFrame(rows, columns=["name", "side", "level", "kind", "aliases"])


def leaders(people: pd.DataFrame | None = None) -> list[dict]:
    """The leaders whose naming is counted: every person with a surname in the registry."""
    people = load_people() if people is None else people
    return [
        {
            "name": entry["name"],
            "surname": entry["surname"],
            "given": list(entry["given_names"]),
            "family_name_first": bool(entry["family_name_first"]),
        }
        for entry in people.to_dict("records")
        if entry["kind"] == "person" and entry["surname"]
    ]
