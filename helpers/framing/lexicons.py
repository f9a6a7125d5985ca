"""The editable data files of the framing analysis, as the analysis uses them.

All in ``helpers/data``: ``frames.yaml`` (the frame lexicon), ``loaded_terms.csv``
(evaluative words a sentiment lexicon misses) and ``stopwords.txt``; the
leaders whose naming is counted are the people registry's
(:func:`helpers.people.leaders`).  Each loader takes another path for a user's
own file and raises :class:`LexiconError` naming the file and the row or entry
at fault.  The files are read and validated by :mod:`helpers.datafiles`;
this module checks the term patterns with :func:`.patterns.compile_pattern`
and keeps what it read.

The leaders the analysis counts come from :func:`leaders_to_count`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..datafiles import (
    FRAMES_FILE,
    LOADED_TERMS_FILE,
    STOPWORDS_FILE,
    check_leaders,
    is_people_file,
    load_people,
    read_frames,
    read_leaders_file,
    read_loaded_terms,
    read_stopwords,
)
from ..people import leaders
from .patterns import TermPart, compile_pattern
from .tokens import normalise_word


# --------------------------------------------------------------------------- stopwords


@lru_cache(maxsize=8)
def _stopwords(path: str) -> frozenset[str]:
    return frozenset(normalise_word(word) for word in read_stopwords(path))


def load_stopwords(path: str | Path | None = None) -> frozenset[str]:
    """The stopword list (default ``helpers/data/stopwords.txt``): one word per line, ``#`` comments."""
    return _stopwords(str(path or STOPWORDS_FILE))


# --------------------------------------------------------------------------- frame lexicon


@lru_cache(maxsize=8)
def _frames(path: str) -> pd.DataFrame:
    return read_frames(path, check_term=compile_pattern)


def load_frames(path: str | Path | None = None) -> pd.DataFrame:
    """The frame lexicon (default ``helpers/data/frames.yaml``), one row per term pattern.

    Columns ``frame, label, source, description, term``.  Raises
    :class:`LexiconError` naming the frame and term that break the format.
    """
    return _frames(str(path or FRAMES_FILE)).copy()


# --------------------------------------------------------------------------- loaded terms


def load_loaded_terms(path: str | Path | None = None) -> pd.DataFrame:
    """Loaded terms (default ``helpers/data/loaded_terms.csv``): ``pattern, kind, note``."""
    return read_loaded_terms(path, check_term=compile_pattern)


def loaded_patterns(loaded: pd.DataFrame | None = None) -> dict[str, tuple[TermPart, ...]]:
    """Pattern -> compiled parts for a loaded-terms table (default: the list in ``helpers/data``, compiled once)."""
    if loaded is None:
        return _default_loaded_patterns()
    return {row.pattern: compile_pattern(row.pattern, "loaded term") for row in loaded.itertuples(index=False)}


@lru_cache(maxsize=1)
def _default_loaded_patterns() -> dict[str, tuple[TermPart, ...]]:
    return loaded_patterns(load_loaded_terms())


# --------------------------------------------------------------------------- leaders


def load_leaders(path: str | Path | None = None) -> list[dict]:
    """The leaders whose naming is counted: by default the people registry's (those with a surname).

    ``path`` may be a file in the people format (``helpers/data/people.csv``'s)
    or a YAML file with a ``leaders:`` list of ``name, surname, given,
    family_name_first``.
    """
    if path is None:
        return leaders()
    if is_people_file(path):
        return leaders(load_people(path))
    return read_leaders_file(path)


def leaders_to_count(names: list | dict | None = None) -> list[dict]:
    """The leaders whose mentions are looked for: ``names`` when given (checked), else the people registry's.

    Every function that finds leaders (:func:`~helpers.framing.ledes.first_actor`,
    :func:`~helpers.framing.naming.leader_mentions`) gets them here.
    """
    return check_leaders(names) if names is not None else load_leaders()
