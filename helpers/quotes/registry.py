"""The registry of known speakers: where it comes from, checking it, and looking names up.

The speakers are the people and institutions of the project's one registry,
``helpers/data/people.csv``, read through :func:`helpers.people.speaker_registry`
as a table ``name, aliases, role, side, kind``: the canonical name, other ways
of writing it, the role a reader would give, the side (the study's reading of
the registry's facts) and the kind (``named`` or ``institution``).  Users add
speakers by adding rows to ``people.csv``, or by passing a file of their own
to :func:`load_registry`: either in the people format, or a plain speaker list
with the columns ``name, aliases, role, side, kind`` (side one of
:data:`SIDES`, kind one of :data:`KINDS`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..datafiles import SPEAKER_COLUMNS, is_people_file, load_people, read_speaker_list
from ..errors import SpeakerRegistryError
from ..people import SEED_STUDY, Study, speaker_registry
from ..study import articles_date, find_study
from ..validation import require_columns
from ..vocabularies import SPEAKER_KINDS, SPEAKER_SIDES
from .patterns import COUNTRY_WORDS, FEMALE_ALIAS, MALE_ALIAS
from .speaker import Speaker

REGISTRY_COLUMNS = SPEAKER_COLUMNS
SIDES = SPEAKER_SIDES
KINDS = SPEAKER_KINDS


def load_registry(path: str | Path | None = None, extra: str | Path | None = None) -> pd.DataFrame:
    """Load and validate a speaker registry (default: the speakers of ``helpers/data/people.csv``).

    ``path`` and ``extra`` are files in the people format or in the speaker
    format (``name, aliases, role, side, kind``).  The rows of ``extra`` are
    added to (and, for the same ``name``, replace) those of ``path``: the way
    to add the speakers of your own articles without editing the packaged file.
    Returns ``name, aliases (tuple), role, side, kind``; raises
    :class:`SpeakerRegistryError` naming the file and row on bad input.
    """
    frame = speaker_registry() if path is None else _read_registry(Path(path))
    _check_aliases(frame, str(path or "people registry"))
    if extra is not None:
        more = _read_registry(Path(extra))
        frame = pd.concat([frame[~frame["name"].isin(more["name"])], more], ignore_index=True)
        _check_aliases(frame, str(extra))
    return frame


def _read_registry(path: Path) -> pd.DataFrame:
    """The speakers of a file in the people format, or of a speaker list (both read by :mod:`helpers.datafiles`)."""
    if is_people_file(path):
        return speaker_registry(load_people(path))
    return read_speaker_list(path)


def _aliases(value) -> tuple[str, ...]:
    """A registry row's aliases: a tuple already, or a ``|``-separated string."""
    if isinstance(value, tuple):
        return value
    return tuple(a.strip() for a in str(value or "").split("|") if a.strip())


def _check_aliases(frame: pd.DataFrame, where: str) -> None:
    owner: dict[str, str] = {}
    for row in frame.itertuples(index=False):
        for alias in (row.name, *row.aliases):
            key = normalise_name(alias)
            if key in owner and owner[key] != row.name:
                raise SpeakerRegistryError(
                    f"{where}: alias {alias!r} of {row.name!r} is also a name or alias of {owner[key]!r}"
                )
            owner[key] = row.name


def normalise_name(text: str) -> str:
    """Lower-case key for matching names: straight apostrophes, no dots, no leading "the"."""
    text = text.replace("’", "'").replace(".", "").casefold()
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=8)
def _default_registry() -> Registry:
    return Registry(load_registry())


@lru_cache(maxsize=32)
def _study_registry(study: Study, when) -> Registry:
    return Registry(speaker_registry(when=when, study=study), study)


def study_registry(study: Study, articles: pd.DataFrame | None = None) -> Registry:
    """The registry as ``study`` reads it, on the latest publication date of ``articles`` (when given)."""
    return _study_registry(study, articles_date(articles))


def registry_index(frame: pd.DataFrame | Registry | None = None, articles: pd.DataFrame | None = None) -> Registry:
    """A lookup structure over a registry table (default: the packaged registry).

    Without a table, ``articles`` (when given) choose the registry: the study
    file found beside them (:func:`helpers.study.find_study`), the registry's
    facts read on their latest publication date (so that "President Trump" in
    2018 is the sitting president).
    """
    if frame is None:
        if articles is None:
            return _default_registry()
        return _study_registry(find_study(articles), articles_date(articles))
    if isinstance(frame, Registry):
        return frame
    require_columns(frame, REGISTRY_COLUMNS, "registry table", SpeakerRegistryError,
                    "see helpers.speakers.load_registry")
    return Registry(frame)


class Registry:
    """Alias and surname lookups over a registry table."""

    def __init__(self, frame: pd.DataFrame, study: Study = SEED_STUDY):
        self.frame = frame
        self.study = study
        self.country_words = country_words(frame)
        self.by_alias: dict[str, Speaker] = {}
        self.by_surname: dict[str, list[Speaker]] = {}
        self._names: re.Pattern | None = None
        for row in frame.itertuples(index=False):
            aliases = _aliases(row.aliases)
            gender = ""
            for alias in aliases:
                if MALE_ALIAS.match(alias):
                    gender = "m"
                elif FEMALE_ALIAS.match(alias):
                    gender = "f"
            speaker = Speaker(row.name, row.kind, row.side or "other", row.role, gender=gender,
                              plural=False, registered=True)
            for alias in (row.name, *aliases):
                self.by_alias[normalise_name(alias)] = speaker
            if row.kind == "named":
                parts = row.name.split()
                for part in {parts[0], parts[-1]} if len(parts) > 1 else set():
                    self.by_surname.setdefault(part.casefold(), []).append(speaker)

    def principal(self, text: str) -> Speaker | None:
        """The registered person a description names ("a spokeswoman for Jane Roe" -> Jane Roe), or None."""
        if self._names is None:
            names = sorted((a for a, spk in self.by_alias.items() if spk.kind == "named" and " " in a.strip()
                            or a in self.by_surname), key=len, reverse=True)
            self._names = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
        found = self._names.search(normalise_name(text)) if self._names is not None else None
        return self.by_alias.get(found.group()) if found else None

    def lookup(self, text: str) -> Speaker | None:
        return self.by_alias.get(normalise_name(text))

    def surname(self, word: str) -> Speaker | None:
        found = self.by_surname.get(word.casefold(), [])
        return found[0] if len(found) == 1 else None


def country_words(frame: pd.DataFrame) -> dict[str, re.Pattern]:
    """:data:`~helpers.quotes.patterns.COUNTRY_WORDS` plus every name, alias and surname the registry gives each
    government side, so that "a Biden aide" is US."""
    words = {}
    for side, base in COUNTRY_WORDS.items():
        names: set[str] = set()
        for row in frame[frame["side"] == side].itertuples(index=False):
            names.update(a.strip() for a in (row.name, *_aliases(row.aliases)) if a.strip())
            if row.kind == "named" and len(row.name.split()) > 1:
                names.add(row.name.split()[-1])
        extra = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        words[side] = re.compile(rf"\b(?:{base}{'|' + extra if extra else ''})\b")
    return words
