"""The study file: what a comparison is about (its sides, how people and roles map to them, its camps).

A ``study.yaml`` beside ``articles.csv`` (or beside the event folders, one
level up) is found by :func:`find_study`; without one the built-in study is
used (:data:`helpers.people.SEED_STUDY`: the seeds' US and Chinese
governments, experts and others; camps the United States and China) and
:func:`study_note` says so.  The format (``studies/us_politics.yaml`` is an
example)::

    name: US politics
    sides: [Democrats, Republicans, administration, courts, experts, press, other]
    other: other                 # the side of whoever no rule places (one of sides)
    camps: {US: US, China: China}   # camp on the timeline: the registry's country (or a list)
    rules:                       # over the registry's facts; the first that matches gives the side
      - side: administration
        country: [US]
        affiliation: [government]
        office: "president|secretary"   # a regular expression searched in the office
        in_office: true
      - {side: Democrats, party: [Democratic]}
    roles:                       # the words a text uses for a speaker, read as facts
      - {pattern: '\\(D-', party: Democratic}

A rule tests any of ``kind, affiliation, country, party`` (lists of values),
``office`` (a regular expression) and ``in_office`` (true/false).  A role
pattern is a Python regular expression (case-sensitive; start it with
``(?i)`` to ignore case) and gives any of the facts ``kind, affiliation,
country, party, office``; a speaker whose role reads as ``former`` is out of
office.  Errors name the file and the key.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from .errors import StudyFileError
from .people import FACTS, SEED_STUDY, Rule, RolePattern, Study, speaker_registry
from .validation import read_text

STUDY_FILE = "study.yaml"
STUDY_KEYS = ("name", "sides", "other", "camps", "rules", "roles", "expert")
RULE_KEYS = ("side", "kind", "affiliation", "country", "party", "office", "in_office")


def load_study(path: str | Path) -> Study:
    """Read and check a study file; raises :class:`StudyFileError` naming the file and the key."""
    path = Path(path)
    text = read_text(path, "study file", StudyFileError)
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise StudyFileError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(spec, dict):
        raise StudyFileError(f"{path}: a study file is a mapping with the keys {', '.join(STUDY_KEYS)}")
    unknown = sorted(set(spec) - set(STUDY_KEYS))
    if unknown:
        raise StudyFileError(f"{path}: unknown key {unknown[0]!r} (allowed: {', '.join(STUDY_KEYS)})")
    sides = _strings(spec.get("sides"), f"{path}: sides")
    if len(sides) < 2:
        raise StudyFileError(f"{path}: sides must list at least two sides")
    other = spec.get("other", "other")
    if other not in sides:
        raise StudyFileError(f"{path}: other {other!r} is not one of the sides {sides}")
    rules = tuple(_rule(item, sides, f"{path}: rules[{k}]") for k, item in enumerate(_list(spec, "rules", path)))
    roles = tuple(_role(item, f"{path}: roles[{k}]") for k, item in enumerate(_list(spec, "roles", path)))
    camps = _camps(spec.get("camps", {"US": "US", "China": "China"}), f"{path}: camps")
    return Study(camps=camps, government_sides={}, declared_sides=tuple(sides), other_side=other,
                 rules=rules, roles=roles, name=str(spec.get("name") or path.stem), source=str(path))


def _list(spec: dict, key: str, path: Path) -> list:
    value = spec.get(key) or []
    if not isinstance(value, list):
        raise StudyFileError(f"{path}: {key} must be a list")
    return value


def _strings(value, where: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise StudyFileError(f"{where} must be a list of names")
    return [v.strip() for v in value]


def _rule(item, sides: list[str], where: str) -> Rule:
    if not isinstance(item, dict):
        raise StudyFileError(f"{where}: a rule is a mapping with the keys {', '.join(RULE_KEYS)}")
    unknown = sorted(set(item) - set(RULE_KEYS))
    if unknown:
        raise StudyFileError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(RULE_KEYS)})")
    side = item.get("side")
    if side not in sides:
        raise StudyFileError(f"{where}: side {side!r} is not one of the sides {sides}")
    lists = {key: tuple(_strings(item[key], f"{where}: {key}")) for key in ("kind", "affiliation", "country", "party")
             if key in item}
    held = item.get("in_office")
    if held is not None and not isinstance(held, bool):
        raise StudyFileError(f"{where}: in_office must be true or false")
    if not lists and "office" not in item and held is None:
        raise StudyFileError(f"{where}: a rule needs at least one fact to test")
    office = _regex(item["office"], f"{where}: office") if "office" in item else None
    return Rule(side=side, office=office, in_office=held, **lists)


def _role(item, where: str) -> RolePattern:
    if not isinstance(item, dict) or "pattern" not in item:
        raise StudyFileError(f"{where}: a role pattern is a mapping with a pattern and facts ({', '.join(FACTS)})")
    unknown = sorted(set(item) - {"pattern", *FACTS})
    if unknown:
        raise StudyFileError(f"{where}: unknown key {unknown[0]!r} (allowed: pattern, {', '.join(FACTS)})")
    facts = tuple((key, str(item[key])) for key in FACTS if key in item)
    if not facts:
        raise StudyFileError(f"{where}: a role pattern must give at least one fact ({', '.join(FACTS)})")
    return RolePattern(_regex(item["pattern"], f"{where}: pattern"), facts)


def _regex(value, where: str) -> re.Pattern:
    if not isinstance(value, str) or not value:
        raise StudyFileError(f"{where} must be a regular expression")
    try:
        return re.compile(value)
    except re.error as exc:
        raise StudyFileError(f"{where}: {value!r} is not a valid regular expression ({exc})") from None


def _camps(value, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or len(value) != 2:
        raise StudyFileError(f"{where} must map the two camps to the registry's countries ({{US: US, China: China}})")
    camps: dict[str, str] = {}
    for camp, countries in value.items():
        for country in _strings(countries, f"{where}: {camp}"):
            camps[country] = str(camp)
    return camps


# --------------------------------------------------------------------------- finding the study of some articles

def study_path(articles: pd.DataFrame | str | Path | None) -> Path | None:
    """The study file of an articles folder (or of the folders an articles table was read from), or None.

    Looks beside ``articles.csv``, then one level up (beside the event folders).
    """
    if articles is None:
        return None
    if isinstance(articles, pd.DataFrame):
        if "path" not in articles.columns or articles.empty:
            return None
        folders = sorted({Path(p).parent for p in articles["path"].dropna().astype(str)})
    else:
        folders = [Path(articles)]
    for folder in folders:
        for candidate in (folder / STUDY_FILE, folder.parent / STUDY_FILE):
            if candidate.is_file():
                return candidate
    return None


def find_study(articles: pd.DataFrame | str | Path | None = None, path: str | Path | None = None) -> Study:
    """The study of ``articles`` (a table or a folder): ``path`` when given, else the study file found beside
    them, else the built-in study."""
    found = Path(path) if path is not None else study_path(articles)
    return SEED_STUDY if found is None else _cached_study(str(found.resolve()), _mtime(found))


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0  # load_study names the missing file


@lru_cache(maxsize=16)
def _cached_study(path: str, mtime: float) -> Study:
    return load_study(path)


def articles_date(articles: pd.DataFrame | None) -> date | None:
    """The date the registry is read on for ``articles``: the latest publication date, or None."""
    if articles is None or "published" not in getattr(articles, "columns", ()) or articles.empty:
        return None
    latest = pd.to_datetime(articles["published"], errors="coerce").max()
    return None if pd.isna(latest) else latest.date()


def study_speakers(study: Study = SEED_STUDY, when: date | None = None) -> pd.DataFrame:
    """The speaker registry as ``study`` reads it on ``when`` (``name, aliases, role, side, kind``)."""
    return speaker_registry(when=when, study=study)


def study_note(articles: pd.DataFrame | str | Path | None = None, path: str | Path | None = None) -> str:
    """One sentence for a notebook: which study the analyses use, its sides and camps."""
    study = find_study(articles, path)
    camps = " and ".join(dict.fromkeys(study.camps.values()))
    sides = ", ".join(study.sides)
    if not study.source:
        return (f"No study file ({STUDY_FILE}) beside these articles, so the default study is used: "
                f"sides {sides}; the timeline draws engagements between {camps}.")
    return f"Study file {Path(study.source).name} ({study.name}): sides {sides}; the timeline's camps are {camps}."
