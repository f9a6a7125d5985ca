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

import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from .datafiles import load_people


#: The facts a rule of a study can test, and a role pattern can give.
FACTS = ("kind", "affiliation", "country", "party", "office")


@dataclass(frozen=True)
class Rule:
    """One rule of a study: facts that put a person, an institution or a role on ``side``.

    A rule matches when every fact it names matches (``office`` is a regular
    expression searched in the office; the other facts are lists of values)
    and, when ``in_office`` is given, the office is (or is not) held.
    """

    side: str
    kind: tuple[str, ...] = ()
    affiliation: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    party: tuple[str, ...] = ()
    office: re.Pattern | None = None
    in_office: bool | None = None

    def matches(self, facts, held: bool | None) -> bool:
        for name in ("kind", "affiliation", "country", "party"):
            wanted = getattr(self, name)
            if wanted and (facts.get(name) or "") not in wanted:
                return False
        if self.office is not None and not self.office.search(facts.get("office") or ""):
            return False
        return self.in_office is None or bool(held) == self.in_office


@dataclass(frozen=True)
class RolePattern:
    """Words a text uses for a speaker ("(R-Ky.)", "Democratic senator") and the facts they give."""

    pattern: re.Pattern
    facts: tuple[tuple[str, str], ...]


@dataclass(frozen=True, eq=False)  # compared (and cached) by identity: one object per study file
class Study:
    """How a study reads the registry: its camps and the side each camp's government speaks for.

    The default (:data:`SEED_STUDY`, the seeds' US–China study) is built in;
    a study file (:mod:`helpers.study`) gives its own ``rules`` over the
    registry's facts and ``roles``, patterns that read facts from the words a
    text uses for a speaker.  With rules, the first rule that matches gives the
    side, else ``other_side``.
    """

    #: country in the registry -> the camp's name on the timeline ("US", "China")
    camps: dict[str, str] = field(default_factory=dict)
    #: country -> the side of those speaking for its government ("US government")
    government_sides: dict[str, str] = field(default_factory=dict)
    government: tuple[str, ...] = ("government", "state media")
    expert: tuple[str, ...] = ("academia", "think tank")
    expert_side: str = "expert"
    other_side: str = "other"
    #: a study file's sides, rules over facts and role patterns (empty for the built-in study)
    declared_sides: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    roles: tuple[RolePattern, ...] = ()
    name: str = "US–China (default)"
    #: the study file it was read from; "" for the built-in study
    source: str = ""

    @property
    def sides(self) -> tuple[str, ...]:
        if self.declared_sides:
            return self.declared_sides
        return (*self.government_sides.values(), self.expert_side, self.other_side)

    def side_of_facts(self, facts, held: bool | None = True) -> str:
        """The side of the first rule that ``facts`` match, else ``other_side``."""
        for rule in self.rules:
            if rule.matches(facts, held):
                return rule.side
        return self.other_side

    def facts_of_words(self, text: str) -> dict[str, str]:
        """The facts the study's role patterns read in ``text`` (the first pattern to give a fact wins)."""
        facts: dict[str, str] = {}
        for role in self.roles:
            if role.pattern.search(text):
                for name, value in role.facts:
                    facts.setdefault(name, value)
        return facts


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
    if study.rules:
        return study.side_of_facts(entry, in_office(entry, when))
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


def persons(people: pd.DataFrame, when: date | None = None) -> list[dict]:
    """One entry per name: of a person's offices (rows of the same name), the one held on ``when``, else the last
    begun before it (a former office), else the first; aliases and names come from the person's first row.

    Without ``when``: the office still held, else the last one ended.
    """
    by_name: dict[str, list[dict]] = {}
    for entry in people.to_dict("records"):
        by_name.setdefault(entry["name"], []).append(entry)
    out = []
    for offices in by_name.values():
        first = offices[0]
        if len(offices) > 1:
            held = [o for o in offices if in_office(o, when)]
            begun = [o for o in offices if in_office(o, when) is not None]
            chosen = held[0] if held else max(begun or offices[:1], key=lambda o: o["from"] or date.min)
            first = {**chosen, **{k: first[k] for k in ("aliases", "surname", "given_names", "family_name_first")}}
        out.append(first)
    return out


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
        for entry in persons(people, when)
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
        for entry in persons(people)
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
        for entry in persons(people)
        if entry["kind"] == "person" and entry["surname"]
    ]
