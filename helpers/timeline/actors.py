"""Who takes part: the actor registry, and the participants a sentence names.

The registry (the project's people registry, ``helpers/data/people.csv``,
read by :func:`helpers.people.actor_registry` as ``name, side, level, kind,
aliases``, side being the study's camp) names the people, institutions and
countries a text may mention; a role phrase ("senior Chinese officials", "Biden's aides")
takes part by its side words and its rank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..datafiles import is_people_file, load_people, read_actor_list
from ..people import SEED_STUDY, Study, actor_registry
from .event_patterns import (
    ADJECTIVAL,
    COUNTRY_CONTEXT,
    REPORTED,
    ROLE_ADJ,
    ROLE_AT_THE_TIME,
    ROLE_IN_CLAUSE,
    ROLE_LEVEL_OF,
    ROLE_LEVELS,
    ROLE_WORD,
    SIDE_WORDS,
)
from ..errors import TimelineInputError
from .scanning import scanner_for
from .schema import LEVELS


@dataclass(frozen=True)
class Actor:
    """An actor the text names: canonical name, side, level and kind (person / institution / country / group)."""

    name: str
    side: str
    level: str
    kind: str


def camps_of(study: Study = SEED_STUDY) -> tuple[str, str]:
    """The study's two camps, in its order (the seeds' study: ``("US", "China")``).

    A timeline draws the engagements between two camps; a study with fewer or
    more raises :class:`~helpers.errors.TimelineInputError`.
    """
    camps = tuple(dict.fromkeys(study.camps.values()))
    if len(camps) != 2:
        raise TimelineInputError(f"the study must name two camps for the timeline, not {len(camps)}: {camps}")
    return camps


def load_actors(path=None, study: Study = SEED_STUDY) -> pd.DataFrame:
    """The actor registry: by default the people registry's actors, else a file of your own, validated.

    Columns ``name, side, level, kind, aliases``; ``aliases`` is a
    ``|``-separated list of the ways a text names the actor (case-sensitive).
    ``path`` may be a file in the people format (``helpers/data/people.csv``'s)
    or an actor list with exactly those five columns (both read and validated
    by :mod:`helpers.datafiles`).
    """
    if path is None:
        return actor_registry(study=study)
    if is_people_file(path):
        return actor_registry(load_people(path), study=study)
    return read_actor_list(path)


def actor_pattern(registry: pd.DataFrame) -> tuple[re.Pattern, dict[str, Actor]]:
    """One pattern for every alias of the registry (longest first), and the actor of each alias."""
    aliases: dict[str, Actor] = {}
    for row in registry.itertuples(index=False):
        actor = Actor(row.name, row.side, row.level, row.kind)
        for alias in str(row.aliases).split("|"):
            alias = alias.strip()
            if alias and alias not in aliases:
                aliases[alias] = actor
    ordered = sorted(aliases, key=len, reverse=True)
    # a name may be wrapped across lines (hard-wrapped readouts): any run of whitespace between its words
    words = (r"\s+".join(re.escape(w) for w in a.split()) for a in ordered)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])")
    return pattern, aliases


@dataclass
class Participant:
    """An actor named in a sentence, or a role phrase, with where the text names it."""

    name: str
    sides: frozenset
    level: str  # rank of the participant ("other" when unranked)
    kind: str  # person, institution, country, group, role
    start: int = 0


@dataclass(frozen=True)
class ActorReader:
    """A registry compiled for reading sentences: its aliases, side words, role phrases and levels.

    Built once per call of :func:`.mentions.event_mentions` and passed down,
    so calls with different registries never share state.
    """

    names: re.Pattern  # every alias of the registry
    aliases: dict[str, Actor]
    side_words: dict[str, str]
    roles: re.Pattern  # role phrases with the side words
    levels: dict[str, str]  # each actor's level in the registry, by canonical name
    camps: tuple[str, str] = ("US", "China")  # the study's two camps, in its order

    @classmethod
    def from_registry(cls, registry: pd.DataFrame, camps: tuple[str, str] = ("US", "China")) -> "ActorReader":
        names, aliases = actor_pattern(registry)
        words = side_words(registry, camps)
        return cls(names, aliases, words, role_phrases(words), dict(zip(registry["name"], registry["level"])),
                   tuple(camps))


def find_participants(text: str, s: int, e: int, reader: ActorReader) -> list[Participant]:
    """Actors named in ``text[s:e]``: registry names, and role phrases ("senior Chinese officials")."""
    found: list[Participant] = []
    taken: list[tuple[int, int, str]] = []
    for m in scanner_for(reader.names).finditer(text, s, e):
        actor = reader.aliases[" ".join(m.group().split())]  # the alias as listed, line breaks read as spaces
        after = text[m.end():m.end() + 40]
        if actor.kind == "country":
            # a country takes part only as a destination, host or party ("visited China", "between X and Y")
            if ADJECTIVAL.match(after) or not COUNTRY_CONTEXT.search(text[max(s, m.start() - 20):m.start()]):
                continue
        elif re.match(r"['’]s\s", after) and actor.kind == "person":
            continue  # "Biden's proposal", "Biden's aides": not Biden himself
        if REPORTED.match(after):
            continue  # "Mr Wang said ...": the speaker, not a participant
        level = actor.level
        role = ROLE_AT_THE_TIME.match(after)
        if role:  # "when he was vice-president": the rank at the time of the event
            level = _level_of_role(role.group("role"))
        found.append(Participant(actor.name, frozenset([actor.side]), level, actor.kind, m.start()))
        taken.append((m.start(), m.end(), actor.kind))
    # a role phrase ends in a role word: a sentence without one has none (one search instead of a scan)
    roles = scanner_for(reader.roles).finditer(text, s, e) if ROLE_WORD.search(text, s, e) else ()
    for m in roles:
        # a role phrase overlapping a person or institution is that actor; one overlapping a country is a role
        if any(a < m.end() and m.start() < b for a, b, kind in taken if kind != "country"):
            continue
        words = m.group()
        sides = frozenset(side for side, p in reader.side_words.items() if re.search(rf"(?<![\w-])(?:{p})(?![\w-])", words))
        if not sides:
            continue
        if REPORTED.match(text[m.end():m.end() + 30]):
            continue
        level = ROLE_LEVEL_OF[next(k for k, v in m.groupdict().items() if v and k in ROLE_LEVEL_OF)]
        found.append(Participant(words.strip(), sides, level, "role", m.start()))
    return sorted(found, key=lambda p: p.start)


def roles_at_the_time(text: str, s: int, e: int, parts: list[Participant]) -> list[Participant]:
    """"Biden visited China in 2011 when he was vice-president": the rank then, for the person named before."""
    out = list(parts)
    for m in ROLE_IN_CLAUSE.finditer(text, s, e):
        before = [i for i, p in enumerate(out) if p.kind == "person" and p.start < m.start()]
        if before:
            i = before[-1]
            p = out[i]
            out[i] = Participant(p.name, p.sides, _level_of_role(m.group("role")), p.kind, p.start)
    return out


def _level_of_role(role: str) -> str:
    """The level a role word names ("vice-president": deputies)."""
    for level, pattern in ROLE_LEVELS:
        if re.fullmatch(pattern, role, re.IGNORECASE):
            return level
    return "other"


def role_phrases(side_words: dict[str, str]) -> re.Pattern:
    """Role phrases ("senior Chinese officials", "Biden's aides") with the given side words."""
    side_any = "|".join(f"(?:{p})" for p in side_words.values())
    return re.compile(
        rf"(?<![\w-])(?:(?:{ROLE_ADJ}|{side_any})(?:\s+and\s+(?:{side_any}))?\s+){{1,4}}(?P<role>"
        + "|".join(f"(?P<r{i}>{p})" for i, (_, p) in enumerate(ROLE_LEVELS))
        + r")\b"
    )


def side_words(registry: pd.DataFrame, camps: tuple[str, str] = ("US", "China")) -> dict[str, str]:
    """The words that put a role on each camp's side, and the possessive of every person in it ("Biden's").

    A camp of :data:`SIDE_WORDS` takes its words from there (country
    adjectives: "Chinese", "American"); another camp takes the names and
    aliases of its countries in the registry ("Russia", "Moscow").
    """
    words = {}
    for camp in camps:
        if camp in SIDE_WORDS:
            words[camp] = SIDE_WORDS[camp]
            continue
        countries = registry[(registry["side"] == camp) & (registry["kind"] == "country")]
        names = sorted({a.strip() for aliases in countries["aliases"] for a in str(aliases).split("|") if a.strip()}
                       | {camp}, key=len, reverse=True)
        words[camp] = "|".join(re.escape(n) + r"(?:['’]s)?" for n in names)
    for side in words:
        people = registry[(registry["side"] == side) & (registry["kind"] == "person")]
        names = sorted({a.strip() for aliases in people["aliases"] for a in str(aliases).split("|") if a.strip()},
                       key=len, reverse=True)
        if names:
            words[side] += "|" + "|".join(rf"{re.escape(n)}['’]s" for n in names)
    return words


def side_names(parts: list[Participant], side: str) -> list[str]:
    """Who is on ``side``: the people named, else the roles and institutions, else the country."""
    persons = [p for p in parts if side in p.sides and p.kind in ("person",)]
    others = [p for p in parts if side in p.sides and p.kind in ("role", "institution", "group")]
    countries = [p for p in parts if side in p.sides and p.kind == "country"]
    chosen = persons or others or countries
    return list(dict.fromkeys(p.name for p in chosen))


def event_level(parts: list[Participant], camps: tuple[str, str] = ("US", "China")) -> str:
    """The level of an engagement: the junior side's most senior participant ("Sherman meets Wang": deputies)."""
    rank = {level: i for i, level in enumerate(LEVELS)}
    best = {}
    for side in camps:
        ranked = [rank[p.level] for p in parts if side in p.sides and p.level != "other"]
        if ranked:
            best[side] = min(ranked)
    if not best:
        return "other"
    return LEVELS[max(best.values())]

